import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { formatDateTime } from '../format';
import { t } from '../pluginId';
import type { CalendarEntry, CalendarKind } from '../types';

/** One colour per kind (the design system's 600 shades for the edge), always beside its name: the colour helps, the words say it. */
const KINDS: Record<CalendarKind, { background: string; text: string; border: string; label: string }> = {
  event: { background: 'primary100', text: 'primary700', border: '#4945ff', label: 'Sự kiện' },
  scheduled: { background: 'secondary100', text: 'secondary700', border: '#0c75af', label: 'Hẹn giờ' },
  due: { background: 'warning100', text: 'warning700', border: '#d9822f', label: 'Đến hạn' },
  overdue: { background: 'danger100', text: 'danger700', border: '#d02b20', label: 'Quá hạn' },
};

export const CALENDAR_KINDS = Object.keys(KINDS) as CalendarKind[];

export const KindBadge = ({ kind }: { kind: CalendarKind }) => {
  const { formatMessage } = useIntl();
  const style = KINDS[kind];
  return (
    <Badge backgroundColor={style.background} textColor={style.text} data-testid={`ew-calendar-kind-${kind}`}>
      {formatMessage({ id: t(`calendar.kind.${kind}`), defaultMessage: style.label })}
    </Badge>
  );
};

/** The hour of a timed entry on Hà Nội's clock ("09:00"); nothing for an event date, which is a whole day. */
const hourOf = (entry: CalendarEntry) => (entry.at ? formatDateTime(entry.at).slice(11) : null);

/**
 * An entry: its kind (colour and name), the item's title opening its edit view, and, unless `compact`
 * (a month's cell), the hour, the step, the state and the unit.
 */
export const CalendarEntryCard = ({ entry, compact = false }: { entry: CalendarEntry; compact?: boolean }) => {
  const style = KINDS[entry.kind];
  // Another language's version of an item is named by its locale: the ward writes in Vietnamese.
  const language = entry.locale && entry.locale !== 'vi' ? entry.locale.toUpperCase() : null;
  const details = [language, hourOf(entry), entry.step, compact ? null : entry.stateLabel, compact ? null : entry.unit].filter(Boolean).join(' · ');
  return (
    <Box
      tag="li" background="neutral0" padding={compact ? 1 : 2} hasRadius borderColor="neutral150"
      style={{ borderLeft: `4px solid ${style.border}`, listStyle: 'none', minWidth: 0 }}
      data-testid="ew-calendar-entry" data-kind={entry.kind} data-date={entry.date}
    >
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <KindBadge kind={entry.kind} />
        <Link tag={RouterLink} to={entry.url} style={{ overflowWrap: 'anywhere' }}>{entry.title}</Link>
        {details ? <Typography variant="pi" textColor="neutral600">{details}</Typography> : null}
      </Flex>
    </Box>
  );
};
