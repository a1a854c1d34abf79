import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { DayField } from '../components/DayField';
import { useIntl } from 'react-intl';
import { defaultPeriod, periodFileName, periodQuery, type Period } from '../period';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type StatsResult, type StatsRow } from '../types';
import { useApi } from '../useApi';
import { StatsChart } from './StatsChart';

const show = (value: number | null, suffix = '') => (value === null ? '—' : `${value.toLocaleString('vi-VN')}${suffix}`);

/** "Thống kê": per unit or category and period; the same figures as the CSV/XLSX downloads. */
export const StatsPage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  // What the form shows, and what was asked for: the figures, the download and its name use the latter.
  const [period, setPeriod] = React.useState<Period>(() => defaultPeriod());
  const [groupBy, setGroupBy] = React.useState('unit');
  const [shown, setShown] = React.useState({ period, groupBy });
  const query = `${periodQuery(shown.period)}&groupBy=${shown.groupBy}`;
  const { data, error, loading } = useApi<StatsResult>(`/stats?${query}`);
  const [downloadError, setDownloadError] = React.useState<string | null>(null);
  const title = formatMessage({ id: t('nav.stats'), defaultMessage: 'Thống kê' });

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloadError(null);
    try {
      const response = await get<Blob>(`/${PLUGIN_ID}/stats?${query}&format=${format}`, { responseType: 'blob' });
      const url = URL.createObjectURL(response.data);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = periodFileName(shown.period, format);
      anchor.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setDownloadError(errorMessage(failure));
    }
  };

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage({ id: t('stats.subtitle'), defaultMessage: 'Tin bài theo đơn vị và kỳ, so với chỉ tiêu.' })} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap" tag="form"
            onSubmit={(event: React.FormEvent) => { event.preventDefault(); setShown({ period, groupBy }); }}>
            <DayField name="from" label={formatMessage({ id: t('stats.from'), defaultMessage: 'Từ ngày' })} value={period.from} onChange={(from) => setPeriod({ ...period, from })} />
            <DayField name="to" label={formatMessage({ id: t('stats.to'), defaultMessage: 'Đến ngày' })} value={period.to} onChange={(to) => setPeriod({ ...period, to })} />
            <Field.Root name="groupBy">
              <Field.Label>{formatMessage({ id: t('stats.groupBy'), defaultMessage: 'Theo' })}</Field.Label>
              <SingleSelect value={groupBy} onChange={(value: string | number) => setGroupBy(String(value))}>
                <SingleSelectOption value="unit">{formatMessage({ id: t('stats.byUnit'), defaultMessage: 'Đơn vị' })}</SingleSelectOption>
                <SingleSelectOption value="category">{formatMessage({ id: t('stats.byCategory'), defaultMessage: 'Chuyên mục' })}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
            <Button type="submit">{formatMessage({ id: t('stats.show'), defaultMessage: 'Xem' })}</Button>
            <Button variant="secondary" type="button" onClick={() => download('csv')}>CSV</Button>
            <Button variant="secondary" type="button" onClick={() => download('xlsx')}>XLSX</Button>
          </Flex>
          {downloadError ? <Typography textColor="danger600" role="alert">{downloadError}</Typography> : null}
          {loading ? <Page.Loading /> : error ? <Typography textColor="danger600" role="alert">{error}</Typography> : data ? (
            <>
              <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
                <StatsChart
                  title={formatMessage({ id: t('stats.chart'), defaultMessage: 'Số tin bài đã đăng so với chỉ tiêu' })}
                  bars={data.rows.map((row) => ({ name: row.name, published: row.published, quota: row.quota }))}
                  legend={{
                    published: formatMessage({ id: t('pages.stats.legend.published'), defaultMessage: 'Số tin bài đã đăng' }),
                    quota: formatMessage({ id: t('pages.stats.legend.quota'), defaultMessage: 'Chỉ tiêu' }),
                  }}
                />
              </Box>
              <Table colCount={6 + data.waitingStates.length} rowCount={data.rows.length + 2}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{formatMessage({ id: t('stats.name'), defaultMessage: 'Đơn vị' })}</Typography></Th>
                    <Th><Typography variant="sigma">{formatMessage({ id: t('stats.submitted'), defaultMessage: 'Gửi duyệt' })}</Typography></Th>
                    <Th><Typography variant="sigma">{formatMessage({ id: t('stats.published'), defaultMessage: 'Đã đăng' })}</Typography></Th>
                    <Th><Typography variant="sigma">{formatMessage({ id: t('stats.quota'), defaultMessage: 'Chỉ tiêu' })}</Typography></Th>
                    <Th><Typography variant="sigma">{formatMessage({ id: t('stats.returned'), defaultMessage: 'Trả lại' })}</Typography></Th>
                    {data.waitingStates.map((state) => (
                      <Th key={state.id}><Typography variant="sigma">{formatMessage({ id: t('stats.median'), defaultMessage: 'Trung vị chờ (giờ): {state}' }, { state: state.label })}</Typography></Th>
                    ))}
                    <Th><Typography variant="sigma">{formatMessage({ id: t('stats.late'), defaultMessage: 'Đăng muộn' })}</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {[...data.rows, data.total].map((row) => (
                    <Tr key={row.key ?? row.name} data-testid="ew-stats-row">
                      <Td><Typography fontWeight={row === data.total ? 'bold' : undefined}>{row.name}</Typography></Td>
                      <Td><Typography>{show(row.submitted)}</Typography></Td>
                      <Td><Typography>{show(row.published)}</Typography></Td>
                      <Td><Typography>{show(row.quota)}{row.quotaProgress !== null ? ` (${show(row.quotaProgress, '%')})` : ''}</Typography></Td>
                      <Td><Typography>{show(row.returned)}</Typography></Td>
                      {data.waitingStates.map((state) => (
                        <Td key={state.id}><Typography>{show(row.medianWaitHours[state.id] ?? null)}</Typography></Td>
                      ))}
                      <Td><Typography>{show(row.latePublications)}</Typography></Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
