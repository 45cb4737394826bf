import { describe, expect, it } from 'vitest';
import { barLayout } from './chart-layout';
import { pickVoiceMode } from './voice-mode';

describe('score chart layout', () => {
  it('draws each bar in proportion to its score out of 100, clamped', () => {
    const l = barLayout(
      [
        { label: 'a', value: 50 },
        { label: 'b', value: 130 },
        { label: 'c', value: -5 },
      ],
      { width: 300, rowHeight: 40, labelWidth: 100 },
    );
    expect(l.height).toBe(120);
    expect(l.rows.map((r) => [r.y, r.width])).toEqual([
      [0, 100],
      [40, 200],
      [80, 0],
    ]);
  });
});

describe('voice mode', () => {
  it('prefers the browser recogniser, then recording for the server', () => {
    expect(pickVoiceMode({ recognition: true, recorder: true })).toBe('recognition');
    expect(pickVoiceMode({ recognition: false, recorder: true })).toBe('record');
    expect(pickVoiceMode({ recognition: false, recorder: false })).toBe('none');
  });
});
