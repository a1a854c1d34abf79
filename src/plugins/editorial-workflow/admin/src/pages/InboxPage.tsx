import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { formatDateTime } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import type { Notification } from '../types';
import { editPath, useApi } from '../useApi';

/** "Thông báo": the in-app inbox, unread first marked, with the unread count. */
export const InboxPage = () => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const { data, error, loading, reload } = useApi<{ unread: number; notifications: Notification[] }>('/inbox');
  const title = formatMessage({ id: t('nav.inbox'), defaultMessage: 'Thông báo' });
  const markAll = async () => {
    await post(`/${PLUGIN_ID}/inbox/read`, {});
    reload();
  };
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={data ? formatMessage({ id: t('inbox.unread'), defaultMessage: '{count} thông báo chưa đọc' }, { count: data.unread }) : undefined}
        primaryAction={data && data.unread > 0 ? (
          <Button variant="secondary" onClick={markAll}>{formatMessage({ id: t('inbox.markAll'), defaultMessage: 'Đánh dấu đã đọc tất cả' })}</Button>
        ) : undefined}
      />
      <Layouts.Content>
        {loading ? <Page.Loading /> : error ? <Typography textColor="danger600" role="alert">{error}</Typography> : (
          <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
            {(data?.notifications ?? []).map((item) => (
              <Box tag="li" key={item.id} background="neutral0" padding={4} hasRadius shadow="tableShadow" data-testid="ew-notification">
                <Flex gap={2}>
                  {item.readAt ? null : <Badge backgroundColor="primary100" textColor="primary700">{formatMessage({ id: t('inbox.new'), defaultMessage: 'Mới' })}</Badge>}
                  <Link tag={RouterLink} to={editPath(item.targetUid, item.targetDocumentId, item.locale)}>{item.title}</Link>
                </Flex>
                {item.message ? <Typography tag="p">{item.message}</Typography> : null}
                <Typography variant="pi" textColor="neutral600">{formatDateTime(item.createdAt)}</Typography>
              </Box>
            ))}
            {data && data.notifications.length === 0 ? <Typography>{formatMessage({ id: t('inbox.empty'), defaultMessage: 'Chưa có thông báo.' })}</Typography> : null}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
