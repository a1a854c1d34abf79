import * as React from 'react';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatDateTime } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type CalendarFeedInfo } from '../types';
import { useApi } from '../useApi';

/**
 * The board member's iCalendar address: created, replaced or revoked here. The server keeps only a hash,
 * so the address is shown once, right after it is made; a lost one is replaced. Only for holders of the
 * feed permission (the board).
 */
export const CalendarFeed = () => {
  const { formatMessage } = useIntl();
  const { post, del } = useFetchClient();
  const permissions = useAuth('CalendarFeed', (state) => state.permissions) as Array<{ action: string }>;
  const mayHaveFeed = permissions.some((permission) => permission.action === `plugin::${PLUGIN_ID}.calendar.feed`);
  const { data, error, reload } = useApi<CalendarFeedInfo>(mayHaveFeed ? '/calendar/feed' : null);
  const [url, setUrl] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const label = (id: string, defaultMessage: string, values?: Record<string, string>) => formatMessage({ id: t(id), defaultMessage }, values);
  if (error || !data) return null;

  const act = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
      reload();
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };
  const create = () => act(async () => {
    const response = await post<{ data: CalendarFeedInfo }>(`/${PLUGIN_ID}/calendar/feed`, {});
    setUrl(response.data.data.url ?? null);
  });
  const revoke = () => act(async () => {
    await del(`/${PLUGIN_ID}/calendar/feed`);
    setUrl(null);
  });

  return (
    <Box background="neutral0" padding={4} hasRadius shadow="tableShadow" data-testid="ew-calendar-feed">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">{label('calendar.feed.title', 'Lịch trên điện thoại (iCalendar)')}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {label('calendar.feed.hint', 'Địa chỉ riêng của bạn để thêm lịch biên tập vào ứng dụng lịch. Ai có địa chỉ này đều xem được lịch: không gửi cho người khác; nếu lộ, hãy đổi địa chỉ mới.')}
        </Typography>
        {data.exists && !url ? (
          <Typography>{label('calendar.feed.exists', 'Đã tạo địa chỉ lúc {at}.', { at: formatDateTime(data.createdAt) })}</Typography>
        ) : null}
        {url ? (
          <Field.Root name="feed-url" hint={label('calendar.feed.once', 'Chỉ hiện một lần: hãy chép ngay vào ứng dụng lịch.')}>
            <Field.Label>{label('calendar.feed.url', 'Địa chỉ lịch')}</Field.Label>
            <TextInput readOnly value={url} onFocus={(event: React.FocusEvent<HTMLInputElement>) => event.target.select()} />
            <Field.Hint />
          </Field.Root>
        ) : null}
        <Flex gap={2} wrap="wrap">
          <Button onClick={create} variant={data.exists ? 'secondary' : 'default'}>
            {data.exists ? label('calendar.feed.rotate', 'Đổi địa chỉ mới') : label('calendar.feed.create', 'Tạo địa chỉ lịch')}
          </Button>
          {url ? <Button variant="tertiary" onClick={() => navigator.clipboard?.writeText(url)}>{label('calendar.feed.copy', 'Sao chép')}</Button> : null}
          {data.exists ? <Button variant="danger-light" onClick={revoke}>{label('calendar.feed.revoke', 'Thu hồi địa chỉ')}</Button> : null}
        </Flex>
        {failure ? <Typography textColor="danger600" role="alert">{failure}</Typography> : null}
      </Flex>
    </Box>
  );
};
