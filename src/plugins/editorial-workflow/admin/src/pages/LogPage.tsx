import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { DayField } from '../components/DayField';
import { actorLabel, formatDateTime } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type Checkpoint, type LogRow, type VerifyResult } from '../types';
import { useApi } from '../useApi';
import { LogCheckpoint } from './LogCheckpoint';

/** "Nhật ký": search the append-only log, check its hash chain (against a kept checkpoint too), export it. */
export const LogPage = () => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const [form, setForm] = React.useState({ title: '', actor: '', from: '', to: '' });
  const [query, setQuery] = React.useState('');
  const { data, error, loading } = useApi<LogRow[]>(`/log${query}`);
  const [verify, setVerify] = React.useState<{ result?: VerifyResult; error?: string; busy: boolean }>({ busy: false });
  const title = formatMessage({ id: t('nav.log'), defaultMessage: 'Nhật ký' });

  const search = (event: React.FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value.trim() !== ''));
    setQuery(params.toString() ? `?${params}` : '');
  };
  // Without a checkpoint the server compares with the strongest one it stored.
  const runVerify = async (checkpoint?: Checkpoint) => {
    setVerify({ busy: true });
    try {
      const response = await post<{ data: VerifyResult }>(`/${PLUGIN_ID}/log/verify`, checkpoint ? { checkpoint } : {});
      setVerify({ result: response.data.data, busy: false });
    } catch (failure) {
      setVerify({ error: errorMessage(failure), busy: false });
    }
  };
  const field = (name: keyof typeof form, label: string) => (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={form[name]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [name]: e.target.value })} />
    </Field.Root>
  );
  const day = (name: 'from' | 'to', label: string) => (
    <DayField name={name} label={label} value={form[name]} onChange={(value) => setForm({ ...form, [name]: value })} />
  );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({ id: t('log.subtitle'), defaultMessage: 'Mọi bước xử lý, không sửa, không xoá được.' })}
        primaryAction={<Button onClick={() => runVerify()} loading={verify.busy}>{formatMessage({ id: t('log.verify'), defaultMessage: 'Kiểm tra chuỗi nhật ký' })}</Button>}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {verify.result ? (
            <Typography role="status" data-testid="ew-verify" textColor={verify.result.ok ? 'success600' : 'danger600'}>
              {verify.result.ok
                ? formatMessage({ id: t('log.verify.ok'), defaultMessage: 'Chuỗi nhật ký nguyên vẹn: {rows} bản ghi.' }, { rows: verify.result.rows })
                : formatMessage({ id: t('log.verify.broken'), defaultMessage: 'Chuỗi nhật ký bị phá ở bản ghi số {seq}: {reason}' }, { seq: verify.result.brokenAt, reason: verify.result.reason })}
            </Typography>
          ) : null}
          {verify.result?.checkpoint && (verify.result.ok || verify.result.reason !== verify.result.checkpoint.message) ? (
            <Typography data-testid="ew-verify-checkpoint" textColor={verify.result.checkpoint.ok ? 'success600' : 'danger600'}>
              {verify.result.checkpoint.message}
            </Typography>
          ) : null}
          {verify.error ? <Typography textColor="danger600" role="alert">{verify.error}</Typography> : null}
          <LogCheckpoint onVerify={runVerify} verifying={verify.busy} from={form.from} to={form.to} />
          <Flex gap={4} alignItems="flex-end" wrap="wrap" tag="form" onSubmit={search}>
            {field('title', formatMessage({ id: t('pages.log.title'), defaultMessage: 'Tiêu đề tài liệu' }))}
            {field('actor', formatMessage({ id: t('log.actor'), defaultMessage: 'Người thực hiện' }))}
            {day('from', formatMessage({ id: t('log.from'), defaultMessage: 'Từ ngày' }))}
            {day('to', formatMessage({ id: t('log.to'), defaultMessage: 'Đến ngày' }))}
            <Button type="submit">{formatMessage({ id: t('log.search'), defaultMessage: 'Tìm' })}</Button>
          </Flex>
          {loading ? <Page.Loading /> : error ? <Typography textColor="danger600" role="alert">{error}</Typography> : (
            <Table colCount={6} rowCount={(data?.length ?? 0) + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">#</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('log.at'), defaultMessage: 'Thời điểm' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('log.actor'), defaultMessage: 'Người thực hiện' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('log.event'), defaultMessage: 'Bước' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('log.document'), defaultMessage: 'Tài liệu' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('log.reason'), defaultMessage: 'Lý do / ghi chú' })}</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {(data ?? []).map((row) => (
                  <Tr key={row.seq}>
                    <Td><Typography>{row.seq}</Typography></Td>
                    <Td><Typography>{formatDateTime(row.at)}</Typography></Td>
                    <Td><Typography>{actorLabel(row.actor)}</Typography></Td>
                    <Td><Box minWidth="14rem" style={{ whiteSpace: 'normal' }}><Typography>{row.label}{row.toStateLabel ? ` → ${row.toStateLabel}` : ''}</Typography></Box></Td>
                    <Td>
                      {/* Titles are long: they wrap instead of pushing the table off the screen. */}
                      <Box minWidth="16rem" maxWidth="32rem" style={{ whiteSpace: 'normal' }}>
                        <Typography tag="p" fontWeight="semiBold">{row.title}</Typography>
                        <Typography tag="p" variant="pi" textColor="neutral600">{row.typeLabel}</Typography>
                      </Box>
                    </Td>
                    <Td><Typography>{[row.reasonCode, row.reasonText, row.comment].filter(Boolean).join(' — ')}</Typography></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
