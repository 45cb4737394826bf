import { describe, expect, it } from 'vitest';
import {
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

const REQUIRED: readonly (readonly [string, string])[] = [
  ['Lucknow', 'UP'],
  ['Barmer', 'RJ'],
  ['Kutch', 'GJ'],
  ['Jaipur', 'RJ'],
  ['Madhubani', 'BR'],
  ['Patiala', 'PB'],
  ['Bankura', 'WB'],
  ['Birbhum', 'WB'],
  ['Sikar', 'RJ'],
  ['Varanasi', 'UP'],
  ['Srikakulam', 'AP'],
  ['Thanjavur', 'TN'],
  ['Bastar', 'CG'],
  ['Mandla', 'MP'],
  ['Dindori', 'MP'],
  ['Puri', 'OD'],
  ['Ajmer', 'RJ'],
  ['Bhilwara', 'RJ'],
  ['Ramanagara', 'KA'],
  ['Moradabad', 'UP'],
  ['Saharanpur', 'UP'],
  ['Firozabad', 'UP'],
  ['Bulandshahr', 'UP'],
  ['Kullu', 'HP'],
  ['Kangra', 'HP'],
  ['Srinagar', 'JK'],
  ['Kamrup Metropolitan', 'AS'],
  ['Majuli', 'AS'],
  ['Imphal West', 'MN'],
  ['Nagpur', 'MH'],
  ['Palghar', 'MH'],
  ['Thane', 'MH'],
  ['Pune', 'MH'],
  ['Kolhapur', 'MH'],
  ['Chennai', 'TN'],
  ['Madurai', 'TN'],
  ['Kanchipuram', 'TN'],
  ['Ernakulam', 'KL'],
  ['Thrissur', 'KL'],
  ['Hyderabad', 'TS'],
  ['Warangal', 'TS'],
  ['Yadadri Bhuvanagiri', 'TS'],
  ['Khordha', 'OD'],
  ['Cuttack', 'OD'],
  ['Kolkata', 'WB'],
  ['Murshidabad', 'WB'],
  ['Nadia', 'WB'],
  ['Ahmedabad', 'GJ'],
  ['Surat', 'GJ'],
  ['Patan', 'GJ'],
  ['Indore', 'MP'],
  ['Bhopal', 'MP'],
  ['Gwalior', 'MP'],
  ['Dhar', 'MP'],
  ['Amritsar', 'PB'],
  ['Ludhiana', 'PB'],
  ['Jalandhar', 'PB'],
  ['Patna', 'BR'],
  ['Darbhanga', 'BR'],
  ['Ranchi', 'JH'],
  ['Dumka', 'JH'],
  ['Raipur', 'CG'],
];

describe('states and union territories', () => {
  it('lists all 28 states and 8 union territories with unique ISO codes', () => {
    expect(states.filter((s) => s.kind === 'state')).toHaveLength(28);
    expect(states.filter((s) => s.kind === 'ut')).toHaveLength(8);
    expect(new Set(states.map((s) => s.code)).size).toBe(36);
    for (const s of states) {
      expect(s.code).toMatch(/^[A-Z]{2}$/);
      expect(s.hi).toMatch(/^[\p{Script=Devanagari}\s]+$/u);
      expect(s.lat).toBeGreaterThan(6);
      expect(s.lat).toBeLessThan(37.5);
      expect(s.lng).toBeGreaterThan(68);
      expect(s.lng).toBeLessThan(97.5);
    }
  });

  it.each([
    ['UP', 'UP'],
    ['up', 'UP'],
    ['Uttar Pradesh', 'UP'],
    ['उत्तर प्रदेश', 'UP'],
    ['यूपी', 'UP'],
    ['orissa', 'OD'],
    ['उड़ीसा', 'OD'],
    ['Tamilnadu', 'TN'],
    ['தமிழ்நாடு', 'TN'],
    ['west bengal', 'WB'],
    ['পশ্চিমবঙ্গ', 'WB'],
    ['J&K', 'JK'],
    ['Chattisgarh', 'CG'],
    ['छत्तीसगढ', 'CG'],
    ['Pondicherry', 'PY'],
    ['Rajasthan state', 'RJ'],
    ['Atlantis', undefined],
    ['', undefined],
  ])('findState(%j) → %s', (text, code) => {
    expect(findState(text)?.code).toBe(code);
  });

  it('gets a state by code, case-insensitively', () => {
    expect(getState('rj')?.name).toBe('Rajasthan');
    expect(getState('XX')).toBeUndefined();
  });
});

describe('districts', () => {
  it('has at least 120 districts across at least 20 states, with unique ids and known states', () => {
    expect(districts.length).toBeGreaterThanOrEqual(120);
    const perState = new Map<string, number>();
    for (const d of districts) perState.set(d.state, (perState.get(d.state) ?? 0) + 1);
    expect(perState.size).toBeGreaterThanOrEqual(20);
    for (const code of [
      'UP',
      'RJ',
      'GJ',
      'MH',
      'WB',
      'BR',
      'MP',
      'TN',
      'KA',
      'KL',
      'OD',
      'AP',
      'TS',
      'PB',
      'AS',
    ]) {
      expect(perState.get(code) ?? 0, code).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(districts.map((d) => d.id)).size).toBe(districts.length);
    for (const d of districts) {
      expect(getState(d.state), d.id).toBeDefined();
      expect(d.id).toMatch(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.hi, d.id).toMatch(/^[\p{Script=Devanagari}\s-]+$/u);
    }
  });

  it('places every district inside India and within 800 km of its state centre', () => {
    for (const d of districts) {
      expect(d.lat, d.id).toBeGreaterThan(6.5);
      expect(d.lat, d.id).toBeLessThan(37.2);
      expect(d.lng, d.id).toBeGreaterThan(68.1);
      expect(d.lng, d.id).toBeLessThan(97.4);
      expect(distanceKm(d, getState(d.state)!), d.id).toBeLessThan(800);
    }
  });

  it('includes the major craft districts', () => {
    for (const [name, state] of REQUIRED) expect(findDistrict(name, state)?.name, name).toBe(name);
  });

  it.each([
    ['Lucknow', undefined, 'up-lucknow'],
    ['लखनऊ', undefined, 'up-lucknow'],
    ['Bhuj', undefined, 'gj-kutch'],
    ['भुज', undefined, 'gj-kutch'],
    ['kachchh district', undefined, 'gj-kutch'],
    ['Kochi', undefined, 'kl-ernakulam'],
    ['Guwahati', undefined, 'as-kamrup-metropolitan'],
    ['Pochampally', undefined, 'ts-yadadri-bhuvanagiri'],
    ['Channapatna', undefined, 'ka-ramanagara'],
    ['Raghurajpur', undefined, 'od-puri'],
    ['Bhubaneswar', undefined, 'od-khordha'],
    ['Khurja', undefined, 'up-bulandshahr'],
    ['Kishangarh', undefined, 'rj-ajmer'],
    ['Sanganer', undefined, 'rj-jaipur'],
    ['Allahabad', undefined, 'up-prayagraj'],
    ['मधुबनी जिला', undefined, 'br-madhubani'],
    ['Bishnupur', undefined, 'mn-bishnupur'],
    ['Bishnupur', 'WB', 'wb-bankura'],
    ['Lucknow', 'RJ', undefined],
    ['Nowhere', undefined, undefined],
  ])('findDistrict(%j, %s) → %s', (text, state, id) => {
    expect(findDistrict(text, state)?.id).toBe(id);
  });

  it('lists a state’s districts and finds one by id', () => {
    const bihar = districtsOf('br');
    expect(bihar.map((d) => d.name)).toContain('Darbhanga');
    expect(bihar.every((d) => d.state === 'BR')).toBe(true);
    expect(getDistrict('wb-birbhum')?.hi).toBe('बीरभूम');
  });

  it('measures distances and finds the nearest district to a pin', () => {
    expect(distanceKm({ lat: 28.61, lng: 77.21 }, { lat: 19.08, lng: 72.88 })).toBeGreaterThan(1100);
    expect(distanceKm({ lat: 28.61, lng: 77.21 }, { lat: 19.08, lng: 72.88 })).toBeLessThan(1200);
    expect(nearestDistrict(26.87, 80.91).id).toBe('up-lucknow');
    expect(nearestDistrict(23.24, 69.66).id).toBe('gj-kutch');
  });
});
