import { describe, expect, it } from 'vitest';
import { createPlane, type Plane } from '../../image/analysis';
import { seededRandom } from '../../image/synthetic';
import { measureColour } from './colour';
import { measureDetail } from './detail';
import { measureEdges } from './edges';
import { fft } from './fft';
import { measureRegularity } from './regularity';
import { measureSymmetry } from './symmetry';

function plane(w: number, h: number, f: (x: number, y: number) => number): Plane {
  const p = createPlane(w, h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) p.data[y * w + x] = f(x, y);
  return p;
}

describe('fft', () => {
  it('matches a naive DFT and inverts', () => {
    const rand = seededRandom(5);
    const n = 16;
    const input = Array.from({ length: n }, () => rand() - 0.5);
    const re = Float64Array.from(input);
    const im = new Float64Array(n);
    fft(re, im);
    for (let k = 0; k < n; k++) {
      let sr = 0;
      let si = 0;
      for (let t = 0; t < n; t++) {
        sr += input[t]! * Math.cos((-2 * Math.PI * k * t) / n);
        si += input[t]! * Math.sin((-2 * Math.PI * k * t) / n);
      }
      expect(re[k]).toBeCloseTo(sr, 9);
      expect(im[k]).toBeCloseTo(si, 9);
    }
    fft(re, im, true);
    input.forEach((v, i) => expect(re[i]).toBeCloseTo(v, 9));
    expect(() => fft(new Float64Array(12), new Float64Array(12))).toThrow(RangeError);
  });
});

describe('measureRegularity', () => {
  it('finds the period of a repeated pattern and scores noise low', () => {
    const stripes = plane(256, 256, (x) => 128 + 100 * Math.sin((2 * Math.PI * x) / 32));
    const r = measureRegularity(stripes);
    expect(r.peak).toBeGreaterThan(0.9);
    // 32 px of the 256-px image = 16 px of the 128-px grid.
    expect(Math.abs(r.period[0])).toBe(16);
    expect(Math.abs(r.period[1])).toBeLessThanOrEqual(1);
    const rand = seededRandom(1);
    const noise = plane(256, 256, () => rand() * 255);
    expect(measureRegularity(noise).peak).toBeLessThan(0.2);
    expect(measureRegularity(plane(64, 64, () => 90)).peak).toBe(0);
    // One long bar is a ridge in the autocorrelation, not a repeat.
    const bar = plane(256, 256, (_x, y) => (y > 120 && y < 136 ? 220 : 40));
    expect(measureRegularity(bar).peak).toBeLessThan(0.3);
  });
});

describe('measureSymmetry', () => {
  it('is 1 for a mirror-symmetric picture and low for a one-sided ramp', () => {
    const mirrored = plane(100, 80, (x, y) => Math.abs(x - 49.5) * 2 + Math.abs(y - 39.5));
    expect(measureSymmetry(mirrored).leftRight).toBeGreaterThan(0.99);
    expect(measureSymmetry(mirrored).topBottom).toBeGreaterThan(0.99);
    const ramp = plane(100, 80, (x) => x);
    expect(measureSymmetry(ramp).leftRight).toBeLessThan(-0.9);
  });
});

describe('measureEdges', () => {
  it('scores a crisp step steeper than a soft one and counts edge share', () => {
    const crisp = plane(64, 64, (x) => (x < 32 ? 40 : 220));
    const soft = plane(64, 64, (x) => 40 + 180 / (1 + Math.exp(-(x - 32) / 2.5)));
    const c = measureEdges(crisp);
    const s = measureEdges(soft);
    expect(c.steepness).toBeGreaterThan(0.95);
    expect(s.steepness).toBeLessThan(0.6);
    expect(c.crests).toBeGreaterThan(50);
    expect(c.edgeShare).toBeCloseTo(2 / 64, 1);
    expect(measureEdges(plane(32, 32, () => 100)).crests).toBe(0);
  });
});

describe('measureDetail', () => {
  it('puts fine texture in level 0 and broad shapes in coarse levels', () => {
    const fine = plane(128, 128, (x, y) => ((x + y) % 2 ? 200 : 60));
    const broad = plane(128, 128, (x, y) => 128 + 90 * Math.sin(x / 6) * Math.sin(y / 6));
    const f = measureDetail(fine).bandEnergy;
    const b = measureDetail(broad).bandEnergy;
    expect(f).toHaveLength(4);
    expect(f[0]).toBeGreaterThan(f[2]!);
    expect(b[2]).toBeGreaterThan(b[0]!);
  });
});

describe('measureColour', () => {
  it('is zero for grey and counts distinct hues', () => {
    const grey = { data: new Uint8Array(30 * 30 * 3).fill(128), width: 30, height: 30 };
    expect(measureColour(grey)).toEqual({ colourfulness: 0, distinctHues: 0 });
    const colours = [
      [220, 30, 30],
      [30, 200, 40],
      [30, 60, 220],
      [230, 200, 20],
    ];
    const data = new Uint8Array(40 * 40 * 3);
    for (let i = 0; i < 1600; i++) data.set(colours[Math.floor((i % 40) / 10)]!, i * 3);
    const m = measureColour({ data, width: 40, height: 40 });
    expect(m.distinctHues).toBe(4);
    expect(m.colourfulness).toBeGreaterThan(80);
  });
});
