import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage } from '../types';
import { useApi } from '../useApi';

interface YearEntry { year: number; holidays: string[]; makeUpWorkingDays: string[] }
export interface WorkflowSettings {
  years: YearEntry[];
  lastCoveredYear: number | null;
  warning: string | null;
  workflows: Array<{ id: string; label: string; states: Array<{ id: string; label: string; days: number; defaultDays: number }> }>;
  categories: Array<{ documentId: string; name: string; publishDeadlineDays: number }>;
  units: Array<{ documentId: string; name: string; monthlyQuota: number }>;
}

/** One line per day in a text box: easy to paste an official notice's list, and usable on a phone. */
const toLines = (days: string[]) => days.join('\n');
const fromLines = (text: string) => text.split(/[\s,;]+/).map((day) => day.trim()).filter(Boolean);

/** Saves one section; shows the server's Vietnamese message on refusal. */
function useSave(onSaved: () => void) {
  const { put } = useFetchClient();
  const [state, setState] = React.useState<{ busy: boolean; error?: string; done?: boolean }>({ busy: false });
  const save = async (path: string, body: object) => {
    setState({ busy: true });
    try {
      await put(`/${PLUGIN_ID}/settings${path}`, body);
      setState({ busy: false, done: true });
      onSaved();
    } catch (failure) {
      setState({ busy: false, error: errorMessage(failure) });
    }
  };
  return { ...state, save };
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">{title}</Typography>
      {children}
    </Flex>
  </Box>
);

const Outcome = ({ error, done }: { error?: string; done?: boolean }) => {
  const { formatMessage } = useIntl();
  if (error) return <Typography textColor="danger600" role="alert">{error}</Typography>;
  return done ? <Typography textColor="success600" role="status">{formatMessage({ id: t('settings.saved'), defaultMessage: 'Đã lưu và ghi vào nhật ký.' })}</Typography> : null;
};

const YearSection = ({ entry, onSaved }: { entry: YearEntry; onSaved: () => void }) => {
  const { formatMessage } = useIntl();
  const [holidays, setHolidays] = React.useState(toLines(entry.holidays));
  const [makeUp, setMakeUp] = React.useState(toLines(entry.makeUpWorkingDays));
  const saving = useSave(onSaved);
  const label = formatMessage({ id: t('settings.year'), defaultMessage: 'Năm {year}' }, { year: entry.year });
  return (
    <Section title={label}>
      <Field.Root name={`holidays-${entry.year}`} hint={formatMessage({ id: t('settings.daysHint'), defaultMessage: 'Mỗi dòng một ngày, dạng yyyy-mm-dd.' })}>
        <Field.Label>{formatMessage({ id: t('settings.holidays'), defaultMessage: 'Ngày nghỉ lễ' })}</Field.Label>
        <Textarea rows={6} value={holidays} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setHolidays(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Field.Root name={`makeup-${entry.year}`}>
        <Field.Label>{formatMessage({ id: t('settings.makeUp'), defaultMessage: 'Ngày làm bù (thứ Bảy, Chủ nhật)' })}</Field.Label>
        <Textarea rows={2} value={makeUp} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setMakeUp(event.target.value)} />
      </Field.Root>
      <Flex gap={2} wrap="wrap">
        <Button loading={saving.busy} onClick={() => saving.save(`/calendar/${entry.year}`, { holidays: fromLines(holidays), makeUpWorkingDays: fromLines(makeUp) })}>
          {formatMessage({ id: t('settings.save'), defaultMessage: 'Lưu' })}
        </Button>
      </Flex>
      <Outcome error={saving.error} done={saving.done} />
    </Section>
  );
};

/** A row of labelled whole numbers with one Save button. */
const NumbersSection = ({ title, rows, onSave, busy, error, done }: {
  title: string; rows: Array<{ key: string; label: string; value: number; hint?: string }>;
  onSave: (values: Record<string, number>) => void; busy: boolean; error?: string; done?: boolean;
}) => {
  const { formatMessage } = useIntl();
  const [values, setValues] = React.useState<Record<string, string>>(() => Object.fromEntries(rows.map((row) => [row.key, String(row.value)])));
  return (
    <Section title={title}>
      {rows.map((row) => (
        <Field.Root key={row.key} name={row.key} hint={row.hint}>
          <Field.Label>{row.label}</Field.Label>
          <TextInput inputMode="numeric" value={values[row.key] ?? ''} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [row.key]: event.target.value })} />
          {row.hint ? <Field.Hint /> : null}
        </Field.Root>
      ))}
      <Flex><Button loading={busy} onClick={() => onSave(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Number(value)])))}>
        {formatMessage({ id: t('settings.save'), defaultMessage: 'Lưu' })}
      </Button></Flex>
      <Outcome error={error} done={done} />
    </Section>
  );
};

/** One Save per row (a category's deadline is its own change in the log). */
const CategoriesSection = ({ data, onSaved }: { data: WorkflowSettings; onSaved: () => void }) => {
  const { formatMessage } = useIntl();
  const saving = useSave(onSaved);
  return (
    <NumbersSection
      title={formatMessage({ id: t('settings.deadlines'), defaultMessage: 'Thời hạn đăng theo chuyên mục (ngày sau sự kiện)' })}
      rows={data.categories.map((category) => ({ key: category.documentId, label: category.name, value: category.publishDeadlineDays }))}
      busy={saving.busy} error={saving.error} done={saving.done}
      onSave={async (values) => {
        for (const category of data.categories) {
          if (values[category.documentId] !== category.publishDeadlineDays) await saving.save(`/categories/${category.documentId}`, { publishDeadlineDays: values[category.documentId] });
        }
      }}
    />
  );
};

/** "Cài đặt quy trình": the board's calendar, SLAs, deadlines and quotas. */
export const SettingsPage = () => {
  const { formatMessage } = useIntl();
  const { data, error, loading, reload } = useApi<WorkflowSettings>('/settings');
  const [newYear, setNewYear] = React.useState('');
  const saved = () => reload();
  const sla = useSave(saved);
  const quotas = useSave(saved);
  const title = formatMessage({ id: t('nav.settings'), defaultMessage: 'Cài đặt quy trình' });
  const years = data ? [...data.years, ...(newYear && !data.years.some((y) => String(y.year) === newYear) ? [{ year: Number(newYear), holidays: [], makeUpWorkingDays: [] }] : [])] : [];
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage({ id: t('settings.subtitle'), defaultMessage: 'Mỗi thay đổi được kiểm tra và ghi vào nhật ký.' })} />
      <Layouts.Content>
        {loading && !data ? <Page.Loading /> : error ? <Typography textColor="danger600" role="alert">{error}</Typography> : data ? (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {data.warning ? <Box padding={3} background="warning100" hasRadius role="alert"><Typography textColor="warning700">{data.warning}</Typography></Box> : null}
            <Flex gap={2} alignItems="flex-end" wrap="wrap">
              <Field.Root name="newYear">
                <Field.Label>{formatMessage({ id: t('settings.addYear'), defaultMessage: 'Thêm năm' })}</Field.Label>
                <TextInput inputMode="numeric" value={newYear} placeholder={String((data.lastCoveredYear ?? new Date().getFullYear()) + 1)}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNewYear(event.target.value.trim())} />
              </Field.Root>
            </Flex>
            {years.slice().reverse().map((entry) => <YearSection key={entry.year} entry={entry} onSaved={saved} />)}
            {data.workflows.map((wf) => (
              <NumbersSection key={wf.id}
                title={formatMessage({ id: t('settings.sla'), defaultMessage: 'Thời hạn xử lý (ngày làm việc): {workflow}' }, { workflow: wf.label })}
                rows={wf.states.map((state) => ({ key: state.id, label: state.label, value: state.days, hint: formatMessage({ id: t('settings.default'), defaultMessage: 'Mặc định: {days}' }, { days: state.defaultDays }) }))}
                busy={sla.busy} error={sla.error} done={sla.done}
                onSave={(days) => sla.save(`/sla/${wf.id}`, { days })}
              />
            ))}
            <CategoriesSection data={data} onSaved={saved} />
            <NumbersSection
              title={formatMessage({ id: t('settings.quotas'), defaultMessage: 'Chỉ tiêu tin bài mỗi tháng theo đơn vị' })}
              rows={data.units.map((unit) => ({ key: unit.documentId, label: unit.name, value: unit.monthlyQuota }))}
              busy={quotas.busy} error={quotas.error} done={quotas.done}
              onSave={(values) => quotas.save('/quotas', { quotas: values })}
            />
          </Flex>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
