import { Layouts, Page } from '@strapi/strapi/admin';
import { Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { OverdueBadge, StateBadge } from '../components/StateBadge';
import { workflowOf } from '../definition';
import { formatDateTime } from '../format';
import { t } from '../pluginId';
import type { QueueItem } from '../types';
import { editPath, useApi } from '../useApi';

/** "Việc của tôi": what waits for the signed-in person, overdue first, then by due time (the server's order). */
export const QueuePage = () => {
  const { formatMessage } = useIntl();
  const { data, error, loading } = useApi<QueueItem[]>('/queue');
  const title = formatMessage({ id: t('nav.queue'), defaultMessage: 'Việc của tôi' });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage({ id: t('queue.subtitle'), defaultMessage: 'Mục đang chờ bạn xử lý; quá hạn xếp trước.' })} />
      <Layouts.Content>
        {loading ? <Page.Loading /> : error ? <Typography textColor="danger600" role="alert">{error}</Typography> : (
          data && data.length ? (
            <Table colCount={5} rowCount={data.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('queue.title'), defaultMessage: 'Tiêu đề' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('queue.state'), defaultMessage: 'Trạng thái' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('queue.due'), defaultMessage: 'Hạn xử lý' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('queue.actions'), defaultMessage: 'Có thể' })}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.map((item) => (
                  <Tr key={`${item.uid}|${item.documentId}|${item.locale ?? ''}`} data-testid="ew-queue-row">
                    <Td>
                      <Link tag={RouterLink} to={editPath(item.uid, item.documentId, item.locale)}>{item.title}</Link>
                    </Td>
                    <Td>
                      <Flex gap={1}>
                        <StateBadge label={item.stateLabel} kind={workflowOf(item.uid)?.states.find((s) => s.id === item.state)?.kind} />
                        {item.overdue ? <OverdueBadge label={formatMessage({ id: t('overdue'), defaultMessage: 'Quá hạn' })} /> : null}
                      </Flex>
                    </Td>
                    <Td><Typography>{formatDateTime(item.dueAt)}</Typography></Td>
                    <Td><Typography>{item.transitions.map((tr) => tr.label).join(', ')}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : <Typography>{formatMessage({ id: t('queue.empty'), defaultMessage: 'Không có việc nào đang chờ bạn.' })}</Typography>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
