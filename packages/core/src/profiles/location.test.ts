import { describe, expect, it } from 'vitest';
import { districts, states } from '../geo';
import { coarsenLocation, isInIndia } from './location';

describe('coarsenLocation', () => {
  it('keeps two decimals (about a kilometre) and never the exact point', () => {
    expect(coarsenLocation({ lat: 26.912434, lng: 75.787271 })).toEqual({ lat: 26.91, lng: 75.79 });
    expect(coarsenLocation({ lat: 8.0849, lng: 77.5495 })).toEqual({ lat: 8.08, lng: 77.55 });
    expect(coarsenLocation({ lat: -0.001, lng: 0.004 })).toEqual({ lat: 0, lng: 0 });
  });

  it('moves a point by at most half a step in each direction', () => {
    for (let i = 0; i < 200; i++) {
      const p = { lat: 8 + ((i * 0.13737) % 29), lng: 68 + ((i * 0.29173) % 29) };
      const c = coarsenLocation(p);
      expect(Math.abs(c.lat - p.lat)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.lng - p.lng)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.round(c.lat * 100)).toBeCloseTo(c.lat * 100, 9);
    }
  });
});

describe('isInIndia', () => {
  it('holds every listed district headquarters and state centre', () => {
    expect(districts.filter((d) => !isInIndia(d)).map((d) => d.id)).toEqual([]);
    expect(states.filter((s) => !isInIndia(s)).map((s) => s.code)).toEqual([]);
  });

  it('holds border towns, islands and the far corners', () => {
    const inside: [string, number, number][] = [
      ['Amritsar', 31.63, 74.87],
      ['Jammu', 32.73, 74.86],
      ['Leh', 34.16, 77.58],
      ['Siliguri', 26.73, 88.4],
      ['Agartala', 23.83, 91.28],
      ['Karimganj', 24.87, 92.36],
      ['Cooch Behar', 26.32, 89.45],
      ['Bangaon', 23.05, 88.82],
      ['Jaisalmer', 26.91, 70.92],
      ['Okha', 22.47, 69.07],
      ['Tawang', 27.59, 91.87],
      ['Raxaul', 26.98, 84.85],
      ['Kanyakumari', 8.08, 77.55],
      ['Rameswaram', 9.29, 79.31],
      ['Port Blair', 11.62, 92.73],
      ['Kavaratti', 10.57, 72.64],
    ];
    for (const [name, lat, lng] of inside) expect(isInIndia({ lat, lng }), name).toBe(true);
  });

  it('keeps neighbouring countries and the rest of the world out', () => {
    const outside: [string, number, number][] = [
      ['Lahore', 31.55, 74.34],
      ['Karachi', 24.86, 67.0],
      ['Islamabad', 33.68, 73.05],
      ['Kathmandu', 27.71, 85.32],
      ['Biratnagar', 26.48, 87.28],
      ['Thimphu', 27.47, 89.64],
      ['Dhaka', 23.81, 90.41],
      ['Sylhet', 24.9, 91.87],
      ['Rajshahi', 24.37, 88.6],
      ['Comilla', 23.46, 91.18],
      ['Jaffna', 9.66, 80.01],
      ['Colombo', 6.93, 79.85],
      ['Malé', 4.17, 73.51],
      ['Lhasa', 29.65, 91.1],
      ['Mandalay', 21.97, 96.08],
      ['London', 51.5, -0.12],
      ['Null Island', 0, 0],
    ];
    for (const [name, lat, lng] of outside) expect(isInIndia({ lat, lng }), name).toBe(false);
    expect(isInIndia({ lat: Number.NaN, lng: 77 })).toBe(false);
  });
});
