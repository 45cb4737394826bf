import { barLayout, type Bar } from './chart-layout';

/** Horizontal bars out of 100, drawn as inline SVG (no chart library), with numbers written beside. */
export function ScoreChart({
  bars,
  label,
  format,
}: {
  bars: Bar[];
  label: string;
  format: (n: number) => string;
}) {
  const layout = barLayout(bars, { width: 320, rowHeight: 44, labelWidth: 120 });
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={`${label}: ${bars.map((b) => `${b.label} ${format(b.value)}`).join(', ')}`}
    >
      {layout.rows.map((r) => (
        <g key={r.label}>
          <text x={0} y={r.y + 26} className="chart-label">
            {r.label}
          </text>
          <rect x={r.x} y={r.y + 8} width={r.track} height={26} rx={6} className="chart-track" />
          <rect
            x={r.x}
            y={r.y + 8}
            width={r.width}
            height={26}
            rx={6}
            className={`chart-bar ${r.emphasis ? 'main' : ''}`}
          />
          <text x={r.x + r.track - 6} y={r.y + 27} textAnchor="end" className="chart-value">
            {format(r.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
