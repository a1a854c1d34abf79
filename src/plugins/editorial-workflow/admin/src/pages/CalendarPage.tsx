import * as React from 'react';
import { Layouts, Page, useIsMobile } from '@strapi/strapi/admin';
import { Box, Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { format, parseISO } from 'date-fns';
import { useIntl } from 'react-intl';
import { todayInVietnam, vietnameseWeekday } from '../../../../../lib/dates';
import { daysOf, sameMonth, shift, viewTitle, type CalendarView } from '../calendar-range';
import { CALENDAR_KINDS, CalendarEntryCard, KindBadge } from '../components/CalendarEntryCard';
import { t } from '../pluginId';
import type { CalendarEntry, CalendarResult } from '../types';
import { useApi } from '../useApi';
import { CalendarFeed } from './CalendarFeed';

const ALL = '';

/** Entries by their Hà Nội day. */
function byDay(entries: CalendarEntry[]): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  for (const entry of entries) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  return days;
}

const keyOf = (entry: CalendarEntry) => `${entry.kind}|${entry.uid}|${entry.documentId}|${entry.locale ?? ''}|${entry.at ?? ''}`;

const EntryList = ({ entries, compact }: { entries: CalendarEntry[]; compact?: boolean }) => (
  <Flex tag="ul" direction="column" alignItems="stretch" gap={1} style={{ margin: 0, padding: 0 }}>
    {entries.map((entry) => <CalendarEntryCard key={keyOf(entry)} entry={entry} compact={compact} />)}
  </Flex>
);

/** Month or week as a grid of days, Monday first (desktop and tablet). */
const DayGrid = ({ days, entries, anchor, view, today }: {
  days: string[]; entries: Map<string, CalendarEntry[]>; anchor: string; view: CalendarView; today: string;
}) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={2}>
    <Box tag="table" style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }} data-testid={`ew-calendar-${view}`}>
      <thead>
        <tr>
          {days.slice(0, 7).map((day) => (
            <Box tag="th" key={day} padding={2} style={{ textAlign: 'left' }}><Typography variant="sigma">{vietnameseWeekday(day)}</Typography></Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7)).map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const dimmed = view === 'month' && !sameMonth(day, anchor);
              return (
                <Box
                  tag="td" key={day} padding={1} background={day === today ? 'primary100' : dimmed ? 'neutral100' : 'neutral0'}
                  style={{ verticalAlign: 'top', border: '1px solid #eaeaef', height: view === 'month' ? '7rem' : '20rem' }}
                  data-testid="ew-calendar-day" data-date={day}
                >
                  <Flex direction="column" alignItems="stretch" gap={1}>
                    <Typography variant="pi" fontWeight={day === today ? 'bold' : undefined} textColor={dimmed ? 'neutral500' : 'neutral800'}>
                      {format(parseISO(day), view === 'month' ? 'd' : 'dd/MM')}
                    </Typography>
                    <EntryList entries={entries.get(day) ?? []} compact={view === 'month'} />
                  </Flex>
                </Box>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Box>
  </Box>
);

/** On a phone: the days that have entries, one under another. */
const Agenda = ({ days, entries, emptyLabel, today }: { days: string[]; entries: Map<string, CalendarEntry[]>; emptyLabel: string; today: string }) => {
  const shown = days.filter((day) => entries.has(day));
  if (shown.length === 0) return <Typography>{emptyLabel}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="ew-calendar-agenda">
      {shown.map((day) => (
        <Box key={day} data-testid="ew-calendar-day" data-date={day}>
          <Typography variant="delta" tag="h2" textColor={day === today ? 'primary700' : 'neutral800'}>
            {vietnameseWeekday(day)}, {format(parseISO(day), 'dd/MM/yyyy')}
          </Typography>
          <Box paddingTop={2}><EntryList entries={entries.get(day)!} /></Box>
        </Box>
      ))}
    </Flex>
  );
};

/**
 * "Lịch biên tập": event dates, scheduled publications, items due and overdue, by month or week, filtered
 * by unit and type; each entry opens the item. The server decides what this person may see.
 */
export const CalendarPage = () => {
  const { formatMessage } = useIntl();
  const isMobile = useIsMobile();
  const today = todayInVietnam();
  const [view, setView] = React.useState<CalendarView>('month');
  const [anchor, setAnchor] = React.useState(today);
  const [unit, setUnit] = React.useState(ALL);
  const [type, setType] = React.useState(ALL);
  const days = daysOf(view, anchor);
  const query = new URLSearchParams({ from: days[0], to: days[days.length - 1], ...(unit ? { unit } : {}), ...(type ? { type } : {}) });
  const { data, error, loading } = useApi<CalendarResult>(`/calendar?${query}`);
  // The options stay while the next range loads.
  const [options, setOptions] = React.useState<Pick<CalendarResult, 'types' | 'units'>>({ types: [], units: [] });
  React.useEffect(() => {
    if (data) setOptions({ types: data.types, units: data.units });
  }, [data]);
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });
  const title = label('nav.calendar', 'Lịch biên tập');
  const entries = byDay(data?.entries ?? []);
  const period = view === 'month'
    ? formatMessage({ id: t('calendar.month'), defaultMessage: 'Tháng {month}' }, { month: viewTitle(view, anchor) })
    : formatMessage({ id: t('calendar.week'), defaultMessage: 'Tuần {week}' }, { week: viewTitle(view, anchor) });

  const toolbar = (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={2} wrap="wrap" alignItems="center" justifyContent="space-between">
        <Flex gap={2} wrap="wrap" alignItems="center">
          <Button variant="tertiary" onClick={() => setAnchor(shift(view, anchor, -1))}>{label('calendar.previous', '‹ Trước')}</Button>
          <Button variant="tertiary" onClick={() => setAnchor(today)}>{label('calendar.today', 'Hôm nay')}</Button>
          <Button variant="tertiary" onClick={() => setAnchor(shift(view, anchor, 1))}>{label('calendar.next', 'Sau ›')}</Button>
          <Typography variant="beta" tag="h2" data-testid="ew-calendar-period">{period}</Typography>
        </Flex>
        <Flex gap={1} role="group" aria-label={label('calendar.view', 'Kiểu xem')}>
          {(['month', 'week'] as const).map((candidate) => (
            <Button key={candidate} variant={view === candidate ? 'default' : 'secondary'} aria-pressed={view === candidate} onClick={() => setView(candidate)}>
              {candidate === 'month' ? label('calendar.view.month', 'Tháng') : label('calendar.view.week', 'Tuần')}
            </Button>
          ))}
        </Flex>
      </Flex>
      <Flex gap={2} wrap="wrap">
        <Box style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
          <SingleSelect aria-label={label('queue.filter.type', 'Loại nội dung')} value={type} onChange={(value: string | number) => setType(String(value))} size="S">
            <SingleSelectOption value={ALL}>{label('queue.filter.allTypes', 'Mọi loại nội dung')}</SingleSelectOption>
            {options.types.map((option) => <SingleSelectOption key={option.uid} value={option.uid}>{option.label}</SingleSelectOption>)}
          </SingleSelect>
        </Box>
        <Box style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
          <SingleSelect aria-label={label('queue.filter.unit', 'Đơn vị')} value={unit} onChange={(value: string | number) => setUnit(String(value))} size="S">
            <SingleSelectOption value={ALL}>{label('queue.filter.allUnits', 'Mọi đơn vị')}</SingleSelectOption>
            {options.units.map((option) => <SingleSelectOption key={option.id} value={option.id}>{option.name}</SingleSelectOption>)}
          </SingleSelect>
        </Box>
      </Flex>
      <Flex gap={2} wrap="wrap" aria-label={label('calendar.legend', 'Chú thích')}>
        {CALENDAR_KINDS.map((kind) => <KindBadge key={kind} kind={kind} />)}
      </Flex>
    </Flex>
  );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={label('calendar.subtitle', 'Ngày sự kiện, lịch hẹn đăng, mục đến hạn và quá hạn (giờ Hà Nội).')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {toolbar}
          {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : loading && !data ? <Page.Loading /> : isMobile ? (
            <Agenda days={days} entries={entries} today={today} emptyLabel={label('calendar.empty', 'Không có mục nào trong khoảng này.')} />
          ) : (
            <DayGrid days={days} entries={entries} anchor={anchor} view={view} today={today} />
          )}
          <CalendarFeed />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
