import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getDefinition } from '../definition';
import { actorLabel, formatDateTime } from '../format';
import { t } from '../pluginId';
import type { HistoryEntry } from '../types';

/** The item's log, newest first: who did what, when, and why. */
export const History = ({ entries }: { entries: HistoryEntry[] }) => {
  const { formatMessage } = useIntl();
  const reasons = getDefinition()?.reasonCodes ?? {};
  if (entries.length === 0) {
    return <Typography variant="pi" textColor="neutral600">{formatMessage({ id: t('history.empty'), defaultMessage: 'Chưa có bước nào.' })}</Typography>;
  }
  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={2} data-testid="ew-history">
      {[...entries].reverse().map((entry) => (
        <Box tag="li" key={entry.seq} paddingLeft={2} style={{ borderLeft: '2px solid #dcdce4' }}>
          <Typography variant="omega" fontWeight="bold" tag="p">{entry.label}</Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {actorLabel(entry.actor)} · {formatDateTime(entry.at)}
          </Typography>
          {entry.reasonCode || entry.reasonText ? (
            <Typography variant="pi" tag="p" data-testid="ew-history-reason">
              {formatMessage({ id: t('history.reason'), defaultMessage: 'Lý do' })}:{' '}
              {entry.reasonCode ? `${reasons[entry.reasonCode] ?? entry.reasonCode} — ` : ''}
              {entry.reasonText}
            </Typography>
          ) : null}
          {entry.comment ? <Typography variant="pi" tag="p">{entry.comment}</Typography> : null}
        </Box>
      ))}
    </Flex>
  );
};
