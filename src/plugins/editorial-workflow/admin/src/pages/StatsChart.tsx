interface Bar {
  name: string;
  published: number;
  quota: number | null;
}

const ROW = 26;
const LABEL = 330;
const WIDTH = 900;

/**
 * Published items per unit against the quota, as plain SVG (no chart library): a bar for what was
 * published, a tick for the quota. The table next to it carries the same figures for screen readers.
 */
export const StatsChart = ({ bars, title }: { bars: Bar[]; title: string }) => {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.published, bar.quota ?? 0)));
  const scale = (value: number) => ((WIDTH - LABEL - 60) * value) / max;
  const height = bars.length * ROW + 10;
  return (
    <svg role="img" aria-label={title} width="100%" viewBox={`0 0 ${WIDTH} ${height}`} data-testid="ew-stats-chart">
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW + 5;
        return (
          <g key={bar.name}>
            <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#32324d">{bar.name}</text>
            <rect x={LABEL} y={y + 3} width={scale(bar.published)} height={ROW - 10} fill="#4945ff" rx="2" />
            {bar.quota !== null ? (
              <line x1={LABEL + scale(bar.quota)} x2={LABEL + scale(bar.quota)} y1={y} y2={y + ROW - 4} stroke="#d02b20" strokeWidth="2" />
            ) : null}
            <text x={LABEL + scale(Math.max(bar.published, bar.quota ?? 0)) + 6} y={y + 15} fontSize="12" fill="#32324d">
              {bar.published}{bar.quota !== null ? ` / ${bar.quota}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
