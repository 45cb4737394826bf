export type { District, State } from './types';
export {
  distanceKm,
  districts,
  districtsOf,
  findDistrict,
  findState,
  getDistrict,
  getState,
  nearestDistrict,
  states,
} from './india';
