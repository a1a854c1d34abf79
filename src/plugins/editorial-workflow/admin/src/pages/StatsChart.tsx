import { Flex, Typography } from '@strapi/design-system';

interface Bar {
  name: string;
  published: number;
  quota: number | null;
}

const PUBLISHED_COLOUR = '#4945ff';
const QUOTA_COLOUR = '#d02b20';
const ROW = 26;
const LABEL = 330;
const WIDTH = 900;

/**
 * Published items per unit against the quota, as plain SVG (no chart library): a bar for what was
 * published, a tick for the quota. The table next to it carries the same figures for screen readers.
 */
export const StatsChart = ({ bars, title, legend }: { bars: Bar[]; title: string; legend: { published: string; quota: string } }) => {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.published, bar.quota ?? 0)));
  const scale = (value: number) => ((WIDTH - LABEL - 60) * value) / max;
  const height = bars.length * ROW + 10;
  return (
    <>
      <Flex gap={4} wrap="wrap" paddingBottom={2} data-testid="ew-stats-legend">
        <Flex gap={2}>
          <svg width="18" height="12" aria-hidden="true"><rect width="18" height="12" rx="2" fill={PUBLISHED_COLOUR} /></svg>
          <Typography variant="pi">{legend.published}</Typography>
        </Flex>
        <Flex gap={2}>
          <svg width="18" height="16" aria-hidden="true"><line x1="9" x2="9" y1="0" y2="16" stroke={QUOTA_COLOUR} strokeWidth="2" /></svg>
          <Typography variant="pi">{legend.quota}</Typography>
        </Flex>
      </Flex>
      <svg role="img" aria-label={title} width="100%" viewBox={`0 0 ${WIDTH} ${height}`} data-testid="ew-stats-chart">
        <title>{title}</title>
        {bars.map((bar, index) => {
          const y = index * ROW + 5;
          return (
            <g key={bar.name}>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#32324d">{bar.name}</text>
              <rect x={LABEL} y={y + 3} width={scale(bar.published)} height={ROW - 10} fill={PUBLISHED_COLOUR} rx="2" />
              {bar.quota !== null ? (
                <line x1={LABEL + scale(bar.quota)} x2={LABEL + scale(bar.quota)} y1={y} y2={y + ROW - 4} stroke={QUOTA_COLOUR} strokeWidth="2" />
              ) : null}
              <text x={LABEL + scale(Math.max(bar.published, bar.quota ?? 0)) + 6} y={y + 15} fontSize="12" fill="#32324d">
                {bar.published}{bar.quota !== null ? ` / ${bar.quota}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </>
  );
};
