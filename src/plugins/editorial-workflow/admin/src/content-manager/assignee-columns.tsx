import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { workflowOf } from '../definition';
import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';
import { TIME_ZONE } from '../format';
import { t } from '../pluginId';
import type { ListState } from '../types';
import { currentModel, STATE_FIELD } from './list';

interface Header {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
  [key: string]: unknown;
}
interface ColumnArgs {
  displayedHeaders: Header[];
  layout: unknown;
}

const day = (iso: unknown) => {
  if (typeof iso !== 'string') return '—';
  const date = new TZDate(iso, TIME_ZONE);
  return isValid(date) ? format(date, 'dd/MM/yyyy') : '—';
};

const AssigneeCell = ({ row }: { row: Record<string, unknown> }) => {
  const { formatMessage } = useIntl();
  const assignee = (row[STATE_FIELD] as ListState | undefined)?.assignee;
  return (
    <Typography textColor={assignee ? 'neutral800' : 'neutral500'} ellipsis>
      {assignee ?? formatMessage({ id: t('questions.assignee.none'), defaultMessage: 'Chưa giao' })}
    </Typography>
  );
};

/**
 * Items that a workflow assigns to people (questions): who has each one, by name and unit, and its own
 * deadline as dd/mm/yyyy in Vietnam's date. The names come with the list (list-state.ts), so a reviewer
 * who may not read admin users still sees them.
 */
export function addAssigneeColumns(args: ColumnArgs): ColumnArgs {
  const model = currentModel();
  const wf = workflowOf(model);
  if (!wf?.assignee) return args;
  const headers = [...args.displayedHeaders];
  const state = headers.findIndex((header) => header.name === STATE_FIELD);
  const columns: Header[] = [
    {
      name: 'ewAssignee',
      label: { id: t('questions.list.assignee'), defaultMessage: 'Cán bộ trả lời' },
      attribute: { type: 'custom' },
      searchable: false,
      sortable: false,
      cellFormatter: (row: Record<string, unknown>) => <AssigneeCell row={row} />,
    },
    ...(wf.dueField ? [{
      name: wf.dueField,
      label: { id: t('questions.list.due'), defaultMessage: 'Hạn trả lời' },
      attribute: { type: 'datetime' },
      searchable: false,
      sortable: true,
      cellFormatter: (row: Record<string, unknown>) => <Typography textColor="neutral800">{day(row[wf.dueField as string])}</Typography>,
    }] : []),
  ];
  headers.splice(state >= 0 ? state + 1 : headers.length, 0, ...columns);
  return { ...args, displayedHeaders: headers };
}
