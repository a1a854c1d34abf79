import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatDay } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type Assignee, type DeputyView } from '../types';
import { useApi } from '../useApi';
import { DayField } from './DayField';

/**
 * "Người thay khi tôi vắng": a unit head or board member names who holds their workflow rights while they
 * are away (services/deputies.ts on the server), sees the leaves they are part of, and ends one early.
 */
export const Deputies = () => {
  const { formatMessage } = useIntl();
  const label = (id: string, defaultMessage: string, values?: Record<string, string>) => formatMessage({ id: t(id), defaultMessage }, values);
  const { post } = useFetchClient();
  const [refresh, setRefresh] = React.useState(0);
  const { data } = useApi<{ mayName: boolean; leaves: DeputyView[] }>('/deputies', refresh);
  const { data: options } = useApi<Assignee[]>(data?.mayName ? '/deputies/options' : null);
  const [form, setForm] = React.useState({ deputyId: '', fromDate: '', toDate: '' });
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  if (!data || (!data.mayName && data.leaves.length === 0)) return null;

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      setForm({ deputyId: '', fromDate: '', toDate: '' });
      setRefresh((n) => n + 1);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const name = () => act(() => post(`/${PLUGIN_ID}/deputies`, { deputyId: Number(form.deputyId), fromDate: form.fromDate, toDate: form.toDate }));
  const end = (id: number) => act(() => post(`/${PLUGIN_ID}/deputies/${id}/end`, {}));

  return (
    <Box tag="section" aria-labelledby="ew-deputies" background="neutral0" padding={4} marginTop={6} hasRadius shadow="tableShadow" data-testid="ew-deputies">
      <Typography id="ew-deputies" variant="delta" tag="h2">{label('deputies.title', 'Người thay khi vắng')}</Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingTop={3}>
        {data.leaves.map((leave) => (
          <Flex tag="li" key={leave.id} gap={3} wrap="wrap" justifyContent="space-between">
            <Typography>
              {label(leave.active ? 'deputies.lineActive' : 'deputies.line',
                leave.active ? '{deputy} thay {principal} từ {from} đến {to} (đang thay)' : '{deputy} thay {principal} từ {from} đến {to}',
                { deputy: leave.deputy.name, principal: leave.principal.name, from: formatDay(leave.fromDate), to: formatDay(leave.toDate) })}
            </Typography>
            {leave.mine ? (
              <Button variant="tertiary" size="S" disabled={busy} onClick={() => end(leave.id)}>{label('deputies.end', 'Kết thúc')}</Button>
            ) : null}
          </Flex>
        ))}
        {data.leaves.length === 0 ? <Typography textColor="neutral600">{label('deputies.none', 'Chưa cử ai thay.')}</Typography> : null}
      </Flex>
      {data.mayName ? (
        <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
          <Field.Root name="deputyId">
            <Field.Label>{label('deputies.who', 'Người thay')}</Field.Label>
            <SingleSelect value={form.deputyId} onChange={(value: string | number) => setForm({ ...form, deputyId: String(value) })}
              placeholder={label('deputies.pick', 'Chọn cán bộ')}>
              {(options ?? []).map((person) => <SingleSelectOption key={person.id} value={String(person.id)}>{person.label}</SingleSelectOption>)}
            </SingleSelect>
          </Field.Root>
          <Flex gap={3} wrap="wrap">
            <DayField name="fromDate" label={label('deputies.from', 'Từ ngày')} value={form.fromDate} onChange={(fromDate) => setForm({ ...form, fromDate })} />
            <DayField name="toDate" label={label('deputies.to', 'Đến ngày')} value={form.toDate} onChange={(toDate) => setForm({ ...form, toDate })} />
          </Flex>
          {problem ? <Typography textColor="danger600" role="alert">{problem}</Typography> : null}
          <Box>
            <Button disabled={busy || !form.deputyId || !form.fromDate || !form.toDate} onClick={name}>{label('deputies.submit', 'Cử người thay')}</Button>
          </Box>
        </Flex>
      ) : null}
    </Box>
  );
};
