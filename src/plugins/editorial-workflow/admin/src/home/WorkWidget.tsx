import { useAuth } from '@strapi/strapi/admin';
import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { OverdueBadge, StateBadge } from '../components/StateBadge';
import { workflowOf } from '../definition';
import { formatDateTime } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import type { QueueItem } from '../types';
import { editPath, useApi } from '../useApi';
import { useUnreadCount } from './unread';

const ARTICLE = 'api::article.article';
// Four, with the line naming the wards: the widget has a fixed height, and a fifth item would be cut off.
const SHOWN = 4;
const page = (path: string) => `/plugins/${PLUGIN_ID}/${path}`;

interface Permission {
  action: string;
  subject?: string | null;
}

/**
 * The home page's "Công việc" widget: what waits for the signed-in person (the queue, overdue first), the
 * unread notices, and "Viết tin mới" for those who may create articles. Each count opens its page; each
 * item opens its edit view, where the panel offers the steps.
 */
export const WorkWidget = () => {
  const { formatMessage } = useIntl();
  const { data, error, loading } = useApi<QueueItem[]>('/queue');
  const sites = useApi<Array<{ code: string; wardName: string }>>('/my-sites').data ?? [];
  const unread = useUnreadCount();
  const permissions = useAuth('WorkWidget', (state) => state.permissions) as Permission[];
  const mayWrite = permissions.some((p) => p.action === 'plugin::content-manager.explorer.create' && p.subject === ARTICLE);
  if (loading) return <Typography textColor="neutral600">{formatMessage({ id: t('loading'), defaultMessage: 'Đang tải…' })}</Typography>;
  if (error) return <Typography textColor="danger600" role="alert">{error}</Typography>;
  const items = data ?? [];
  const overdue = items.filter((item) => item.overdue).length;
  const counts = [
    { to: page('queue'), id: 'home.queue', label: 'Việc của tôi ({count})', count: items.length, testId: 'ew-home-queue' },
    { to: page('inbox'), id: 'home.unread', label: 'Thông báo chưa đọc ({count})', count: unread ?? 0, testId: 'ew-home-unread' },
    { to: page('queue'), id: 'home.overdue', label: 'Quá hạn ({count})', count: overdue, testId: 'ew-home-overdue' },
  ];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {sites.length > 0 ? (
        <Typography variant="omega" textColor="neutral700" data-testid="ew-home-sites">
          {formatMessage({ id: t('home.sites'), defaultMessage: 'Làm việc tại: {sites}' }, { sites: sites.map((site) => site.wardName).join(', ') })}
        </Typography>
      ) : null}
      <Flex gap={2} wrap="wrap">
        {counts.map((c) => (
          <LinkButton key={c.id} tag={RouterLink} to={c.to} variant={c.id === 'home.overdue' && c.count ? 'danger-light' : 'tertiary'} size="S" data-testid={c.testId}>
            {formatMessage({ id: t(c.id), defaultMessage: c.label }, { count: c.count })}
          </LinkButton>
        ))}
        {mayWrite ? (
          <LinkButton tag={RouterLink} to={`/content-manager/collection-types/${ARTICLE}/create`} size="S" data-testid="ew-home-write">
            {formatMessage({ id: t('home.write'), defaultMessage: 'Viết tin mới' })}
          </LinkButton>
        ) : null}
      </Flex>
      {items.length === 0 ? (
        <Typography textColor="neutral600">{formatMessage({ id: t('queue.empty'), defaultMessage: 'Không có việc nào đang chờ bạn.' })}</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
          {items.slice(0, SHOWN).map((item) => (
            <Box tag="li" key={`${item.uid}|${item.documentId}|${item.locale ?? ''}`} data-testid="ew-home-item">
              <Flex justifyContent="space-between" gap={2} wrap="wrap">
                <Typography tag={RouterLink} to={editPath(item.uid, item.documentId, item.locale)} fontWeight="semiBold" textColor="primary600">
                  {item.title}
                </Typography>
                <Flex gap={1}>
                  <StateBadge label={item.stateLabel} kind={workflowOf(item.uid)?.states.find((s) => s.id === item.state)?.kind} />
                  {item.overdue ? <OverdueBadge label={formatMessage({ id: t('overdue'), defaultMessage: 'Quá hạn' })} /> : null}
                </Flex>
              </Flex>
              {item.dueAt ? (
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage({ id: t('home.due'), defaultMessage: 'Hạn xử lý: {due}' }, { due: formatDateTime(item.dueAt) })}
                </Typography>
              ) : null}
            </Box>
          ))}
          {items.length > SHOWN ? (
            <Typography tag={RouterLink} to={page('queue')} textColor="primary600" variant="pi">
              {formatMessage({ id: t('home.more'), defaultMessage: 'Xem cả {count} việc' }, { count: items.length })}
            </Typography>
          ) : null}
        </Flex>
      )}
    </Flex>
  );
};
