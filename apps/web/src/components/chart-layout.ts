export interface Bar {
  label: string;
  /** 0–100 */
  value: number;
  emphasis?: boolean;
}

/** Geometry of a horizontal bar chart; values are clamped to 0–100. */
export function barLayout(bars: Bar[], o: { width: number; rowHeight: number; labelWidth: number }) {
  const track = o.width - o.labelWidth;
  return {
    width: o.width,
    height: bars.length * o.rowHeight,
    rows: bars.map((b, i) => {
      const value = Math.max(0, Math.min(100, b.value));
      return { ...b, value, x: o.labelWidth, y: i * o.rowHeight, track, width: (track * value) / 100 };
    }),
  };
}
