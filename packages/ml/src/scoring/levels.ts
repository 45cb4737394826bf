/**
 * Five skill levels and their indicative relation to India's National Skills Qualifications
 * Framework (NSQF, levels 1–10; craft-artisan qualification packs of the Handicrafts and Carpet
 * Sector Skill Council sit at about levels 2–5). The relation is indicative: a photo assessment is
 * evidence an accredited assessor can use, not an NSQF certificate.
 *
 * Level from the overall score: [0,35) 1 · [35,50) 2 · [50,65) 3 · [65,80) 4 · [80,100] 5.
 */
export type SkillLevel = 1 | 2 | 3 | 4 | 5;

export interface SkillLevelInfo {
  level: SkillLevel;
  key: 'beginner' | 'developing' | 'skilled' | 'advanced' | 'master';
  /** Lowest overall score (inclusive) for this level. */
  minOverall: number;
  nsqf: { min: number; max: number };
  description: { en: string; hi: string };
}

export const SKILL_LEVELS: readonly SkillLevelInfo[] = [
  {
    level: 1,
    key: 'beginner',
    minOverall: 0,
    nsqf: { min: 1, max: 2 },
    description: {
      en: 'Learning the basics: simple pieces made with guidance; lines and finish still uneven.',
      hi: 'बुनियादी काम सीख रही हैं: मार्गदर्शन में सरल काम; रेखाएँ और फ़िनिश अभी असमान।',
    },
  },
  {
    level: 2,
    key: 'developing',
    minOverall: 35,
    nsqf: { min: 2, max: 3 },
    description: {
      en: 'Makes simple, routine pieces on her own; evenness and finish are improving.',
      hi: 'सरल और रोज़मर्रा का काम खुद बनाती हैं; सफ़ाई और फ़िनिश सुधर रही है।',
    },
  },
  {
    level: 3,
    key: 'skilled',
    minOverall: 50,
    nsqf: { min: 3, max: 4 },
    description: {
      en: 'Independent artisan: consistent, saleable work in standard designs.',
      hi: 'स्वतंत्र कारीगर: एक जैसा, बिकने लायक काम, मानक डिज़ाइनों में।',
    },
  },
  {
    level: 4,
    key: 'advanced',
    minOverall: 65,
    nsqf: { min: 4, max: 5 },
    description: {
      en: 'Intricate, even work in complex designs; can check quality and guide others.',
      hi: 'बारीक और एक जैसा काम, कठिन डिज़ाइनों में; गुणवत्ता जाँच सकती हैं और दूसरों को सिखा सकती हैं।',
    },
  },
  {
    level: 5,
    key: 'master',
    minOverall: 80,
    nsqf: { min: 5, max: 6 },
    description: {
      en: 'Master artisan: exceptional detail and finish; can design, train others and lead production.',
      hi: 'मास्टर कारीगर: बेहतरीन बारीकी और फ़िनिश; डिज़ाइन बना सकती हैं, दूसरों को सिखा सकती हैं और उत्पादन संभाल सकती हैं।',
    },
  },
];

export function levelForOverall(overall: number): SkillLevel {
  let level: SkillLevel = 1;
  for (const info of SKILL_LEVELS) if (overall >= info.minOverall) level = info.level;
  return level;
}

export function levelInfo(level: SkillLevel): SkillLevelInfo {
  return SKILL_LEVELS[level - 1]!;
}
