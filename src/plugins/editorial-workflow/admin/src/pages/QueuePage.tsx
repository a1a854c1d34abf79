import * as React from 'react';
import { Layouts, Page, useIsMobile, useNotification } from '@strapi/strapi/admin';
import {
  Box, Button, Flex, Link, LinkButton, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Deputies } from '../components/Deputies';
import { CalendarWarning } from '../components/CalendarWarning';
import { OverdueBadge, StateBadge } from '../components/StateBadge';
import { takeTransition } from '../content-manager/transitions';
import { useDefinition, workflowOf } from '../definition';
import { formatDateTime } from '../format';
import { t } from '../pluginId';
import type { QueueItem } from '../types';
import { editPath, useApi } from '../useApi';

const keyOf = (item: QueueItem) => `${item.uid}|${item.documentId}|${item.locale ?? ''}`;
const ALL = '';

/** Distinct values of the items, for a filter's options. */
function optionsOf(items: QueueItem[], pick: (item: QueueItem) => [string, string] | null): Array<[string, string]> {
  const seen = new Map<string, string>();
  for (const item of items) {
    const option = pick(item);
    if (option) seen.set(option[0], option[1]);
  }
  return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1], 'vi'));
}

/**
 * The first step of an item: taken here when it asks for nothing (an approval), else the edit view
 * opens, where its dialog asks for the reason or the time.
 */
const MainAction = ({ item, onDone }: { item: QueueItem; onDone(): void }) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const first = item.transitions[0];
  if (!first) return null;
  if (first.needsInput) {
    return (
      <LinkButton tag={RouterLink} to={editPath(item.uid, item.documentId, item.locale)} variant="secondary" size="S">
        {first.label}…
      </LinkButton>
    );
  }
  return (
    <Button
      size="S"
      loading={busy}
      data-testid="ew-queue-main"
      onClick={async () => {
        setBusy(true);
        const refusal = await takeTransition({ uid: item.uid, documentId: item.documentId, locale: item.locale, state: item.state }, first.id);
        setBusy(false);
        if (refusal) toggleNotification({ type: 'danger', message: refusal });
        else {
          toggleNotification({ type: 'success', message: formatMessage({ id: t('action.done'), defaultMessage: 'Đã thực hiện: {label}' }, { label: first.label }) });
          onDone();
        }
      }}
    >
      {first.label}
    </Button>
  );
};

const Badges = ({ item }: { item: QueueItem }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={1} wrap="wrap">
      <StateBadge label={item.stateLabel} kind={workflowOf(item.uid)?.states.find((s) => s.id === item.state)?.kind} />
      {item.overdue ? <OverdueBadge label={formatMessage({ id: t('overdue'), defaultMessage: 'Quá hạn' })} /> : null}
      {item.isOrientation ? <StateBadge kind="review" label={formatMessage({ id: t('orientation'), defaultMessage: 'Bài định hướng' })} /> : null}
      {item.assignedToMe ? <StateBadge kind="ready" label={formatMessage({ id: t('queue.assignedToMe'), defaultMessage: 'Giao cho bạn' })} /> : null}
    </Flex>
  );
};

const whoOf = (item: QueueItem) => [item.author?.name, item.unit].filter(Boolean).join(' · ');

/** "Việc của tôi": what waits for the signed-in person, overdue first, then by due time (the server's order). */
export const QueuePage = () => {
  const { formatMessage } = useIntl();
  useDefinition();
  const isMobile = useIsMobile();
  const { data, error, loading, reload } = useApi<QueueItem[]>('/queue');
  const [type, setType] = React.useState(ALL);
  const [unit, setUnit] = React.useState(ALL);
  const title = formatMessage({ id: t('nav.queue'), defaultMessage: 'Việc của tôi' });
  const items = data ?? [];
  const types = optionsOf(items, (item) => [item.uid, item.typeLabel]);
  const units = optionsOf(items, (item) => (item.unitId && item.unit ? [item.unitId, item.unit] : null));
  const shown = items.filter((item) => (type === ALL || item.uid === type) && (unit === ALL || item.unitId === unit));
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });

  const filters = (
    <Flex gap={2} wrap="wrap" paddingBottom={4}>
      <Box minWidth="12rem">
        <SingleSelect aria-label={label('queue.filter.type', 'Loại nội dung')} value={type} onChange={(value: string | number) => setType(String(value))} size="S">
          <SingleSelectOption value={ALL}>{label('queue.filter.allTypes', 'Mọi loại nội dung')}</SingleSelectOption>
          {types.map(([value, name]) => <SingleSelectOption key={value} value={value}>{name}</SingleSelectOption>)}
        </SingleSelect>
      </Box>
      {units.length ? (
        <Box minWidth="12rem">
          <SingleSelect aria-label={label('queue.filter.unit', 'Đơn vị')} value={unit} onChange={(value: string | number) => setUnit(String(value))} size="S">
            <SingleSelectOption value={ALL}>{label('queue.filter.allUnits', 'Mọi đơn vị')}</SingleSelectOption>
            {units.map(([value, name]) => <SingleSelectOption key={value} value={value}>{name}</SingleSelectOption>)}
          </SingleSelect>
        </Box>
      ) : null}
    </Flex>
  );

  const cards = (
    <Flex direction="column" alignItems="stretch" gap={3} tag="ul">
      {shown.map((item) => (
        <Box tag="li" key={keyOf(item)} background="neutral0" padding={4} hasRadius shadow="tableShadow" data-testid="ew-queue-card">
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Link tag={RouterLink} to={editPath(item.uid, item.documentId, item.locale)}>{item.title}</Link>
            <Typography variant="pi" textColor="neutral600">{[item.typeLabel, whoOf(item)].filter(Boolean).join(' · ')}</Typography>
            <Badges item={item} />
            <Typography variant="pi">{label('queue.due', 'Hạn xử lý')}: {formatDateTime(item.dueAt)}</Typography>
            <Box><MainAction item={item} onDone={reload} /></Box>
          </Flex>
        </Box>
      ))}
    </Flex>
  );

  const table = (
    <Table colCount={6} rowCount={shown.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{label('queue.title', 'Tiêu đề')}</Typography></Th>
          <Th><Typography variant="sigma">{label('queue.card.type', 'Loại')}</Typography></Th>
          <Th><Typography variant="sigma">{label('queue.card.author', 'Người viết · đơn vị')}</Typography></Th>
          <Th><Typography variant="sigma">{label('queue.state', 'Trạng thái')}</Typography></Th>
          <Th><Typography variant="sigma">{label('queue.due', 'Hạn xử lý')}</Typography></Th>
          <Th><Typography variant="sigma">{label('queue.actions', 'Có thể')}</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {shown.map((item) => (
          <Tr key={keyOf(item)} data-testid="ew-queue-row">
            <Td><Link tag={RouterLink} to={editPath(item.uid, item.documentId, item.locale)}>{item.title}</Link></Td>
            <Td><Typography>{item.typeLabel}</Typography></Td>
            <Td><Typography>{whoOf(item) || '—'}</Typography></Td>
            <Td><Badges item={item} /></Td>
            <Td><Typography>{formatDateTime(item.dueAt)}</Typography></Td>
            <Td>
              <Flex gap={2} wrap="wrap">
                <MainAction item={item} onDone={reload} />
                {item.transitions.length > 1 ? (
                  <Typography variant="pi" textColor="neutral600">{item.transitions.slice(1).map((tr) => tr.label).join(', ')}</Typography>
                ) : null}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={label('queue.subtitle', 'Mục đang chờ bạn xử lý; quá hạn xếp trước.')} />
      <Layouts.Content>
        <CalendarWarning />
        {loading && !data ? <Page.Loading /> : error ? <Typography textColor="danger600" role="alert">{error}</Typography> : (
          items.length ? (
            <>
              {filters}
              {shown.length ? (isMobile ? cards : table) : <Typography>{label('queue.card.noMatch', 'Không có việc nào khớp bộ lọc.')}</Typography>}
            </>
          ) : <Typography>{label('queue.empty', 'Không có việc nào đang chờ bạn.')}</Typography>
        )}
        <Deputies />
      </Layouts.Content>
    </Page.Main>
  );
};
