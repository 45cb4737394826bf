import { findDistrict, findState } from '../geo';
import { invalid } from '../shared/errors';

export interface ResolvedPlace {
  /** ISO 3166-2:IN state code, e.g. 'UP'. */
  state: string;
  /** The official district name when we know it, else her words, trimmed. */
  district: string;
  /** The geo module's district id when known ('up-lucknow'), else null. */
  districtId: string | null;
}

/**
 * Validates a district and state as a person typed them. The state must be one we know (by code, name,
 * former name or Hindi name); a known district is stored under its official name, an unknown one as typed.
 */
export function resolvePlace(input: { district: string; state: string }): ResolvedPlace {
  const state = findState(input.state);
  if (!state) {
    throw invalid('profile.state_unknown', { state: input.state }, [
      { path: 'state', message: `unknown state: ${input.state}` },
    ]);
  }
  const typed = input.district.trim().replace(/\s+/g, ' ');
  const district = findDistrict(typed, state.code);
  return { state: state.code, district: district?.name ?? typed, districtId: district?.id ?? null };
}
