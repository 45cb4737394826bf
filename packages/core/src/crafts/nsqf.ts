import type { NsqfRef } from './types';

/** Sector Skill Councils whose NSQF qualifications cover SheBalance crafts. */
export const HCSSC = 'Handicrafts and Carpet Sector Skill Council';
export const TSC = 'Textile Sector Skill Council';

export const hcssc = (jobRole: string): NsqfRef => ({ sector: HCSSC, jobRole });
export const tsc = (jobRole: string): NsqfRef => ({ sector: TSC, jobRole });
