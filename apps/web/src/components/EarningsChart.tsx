import { columnLayout, splitBar, type Part } from './earnings-layout';

/** Earned money split into paid out / on the way / waiting: one stacked bar, inline SVG. */
export function MoneySplitBar({
  parts,
  label,
  describe,
}: {
  parts: (Part & { className: string })[];
  label: string;
  describe: string;
}) {
  const width = 320;
  const segments = splitBar(parts, width);
  const cls = new Map(parts.map((p) => [p.key, p.className]));
  return (
    <svg className="chart" viewBox={`0 0 ${width} 36`} role="img" aria-label={`${label}: ${describe}`}>
      <rect x={0} y={4} width={width} height={28} rx={8} className="chart-track" />
      {segments.map((s) => (
        <rect key={s.key} x={s.x} y={4} width={s.width} height={28} className={cls.get(s.key)} />
      ))}
    </svg>
  );
}

/** Money earned per month (last months), columns with the amount written above each. */
export function MonthlyColumns({
  months,
  label,
  format,
  monthName,
}: {
  months: { month: string; value: number }[];
  label: string;
  format: (n: number) => string;
  monthName: (month: string) => string;
}) {
  const width = 320;
  const plot = 120;
  const top = 22;
  const cols = columnLayout(
    months.map((m) => m.value),
    { width, height: plot, gap: 8 },
  );
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${plot + top + 24}`}
      role="img"
      aria-label={`${label}: ${months.map((m) => `${monthName(m.month)} ${format(m.value)}`).join(', ')}`}
    >
      <line x1={0} x2={width} y1={top + plot} y2={top + plot} className="chart-axis" />
      {cols.map((c, i) => (
        <g key={months[i]!.month}>
          <rect
            x={c.x}
            y={top + c.y}
            width={c.width}
            height={Math.max(c.height, 0)}
            rx={4}
            className="chart-bar main"
          />
          {c.value > 0 && (
            // The amount above its column, kept inside the chart at both ends.
            <text
              x={i === 0 ? c.x : i === cols.length - 1 ? c.x + c.width : c.x + c.width / 2}
              y={top + c.y - 6}
              textAnchor={i === 0 ? 'start' : i === cols.length - 1 ? 'end' : 'middle'}
              className="chart-small"
            >
              {format(c.value)}
            </text>
          )}
          <text x={c.x + c.width / 2} y={top + plot + 18} textAnchor="middle" className="chart-small">
            {monthName(months[i]!.month)}
          </text>
        </g>
      ))}
    </svg>
  );
}
