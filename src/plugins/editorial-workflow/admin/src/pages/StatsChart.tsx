import { Box, Flex, Typography } from '@strapi/design-system';

interface Bar {
  name: string;
  published: number;
  quota: number | null;
}

const PUBLISHED_COLOUR = '#4945ff';
const QUOTA_COLOUR = '#d02b20';
const TRACK_COLOUR = '#eaeaef';

/**
 * Published items per unit against the quota: a bar for what was published, a tick for the quota. Plain
 * HTML rather than a scaled drawing, so the text keeps its size on a phone (the unit's name sits above
 * its bar); the table next to it carries the same figures for screen readers.
 */
export const StatsChart = ({ bars, title, legend }: { bars: Bar[]; title: string; legend: { published: string; quota: string } }) => {
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.published, bar.quota ?? 0)));
  const percent = (value: number) => `${(100 * value) / max}%`;
  return (
    <>
      <Flex gap={4} wrap="wrap" paddingBottom={2} data-testid="ew-stats-legend">
        <Flex gap={2}>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 18, height: 12, borderRadius: 2, background: PUBLISHED_COLOUR }} />
          <Typography variant="pi">{legend.published}</Typography>
        </Flex>
        <Flex gap={2}>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 2, height: 16, background: QUOTA_COLOUR }} />
          <Typography variant="pi">{legend.quota}</Typography>
        </Flex>
      </Flex>
      <Flex role="img" aria-label={title} direction="column" alignItems="stretch" gap={3} data-testid="ew-stats-chart">
        {bars.map((bar) => (
          <Box key={bar.name} aria-hidden="true">
            <Flex justifyContent="space-between" gap={2} paddingBottom={1}>
              <Typography variant="pi">{bar.name}</Typography>
              <Typography variant="pi" fontWeight="bold">{bar.published}{bar.quota !== null ? ` / ${bar.quota}` : ''}</Typography>
            </Flex>
            <div style={{ position: 'relative', height: 12, borderRadius: 2, background: TRACK_COLOUR }}>
              <div style={{ width: percent(bar.published), height: '100%', borderRadius: 2, background: PUBLISHED_COLOUR }} />
              {bar.quota !== null ? (
                <div style={{ position: 'absolute', left: `calc(${percent(bar.quota)} - 1px)`, top: -3, bottom: -3, width: 2, background: QUOTA_COLOUR }} />
              ) : null}
            </div>
          </Box>
        ))}
      </Flex>
    </>
  );
};
