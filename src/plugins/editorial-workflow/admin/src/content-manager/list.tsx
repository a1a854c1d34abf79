import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { workflowOf } from '../definition';
import { t } from '../pluginId';
import { OverdueBadge, StateBadge } from '../components/StateBadge';
import type { ListState } from '../types';

/** The list view's state column and filter use this name; the server rewrites and fills it (list-state.ts). */
export const STATE_FIELD = 'ewState';
const LIST_PATH = /\/content-manager\/collection-types\/([^/?#]+)/;

/**
 * The list-view hooks get the layout but not the model's uid; the route has it. They run while the list
 * renders, so the address is that of the list being shown.
 */
export function currentModel(): string | undefined {
  const match = LIST_PATH.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : undefined;
}

const StateCell = ({ row, model }: { row: Record<string, unknown>; model: string }) => {
  const { formatMessage } = useIntl();
  const state = row[STATE_FIELD] as ListState | undefined;
  if (!state) return null;
  const kind = workflowOf(model)?.states.find((candidate) => candidate.id === state.state)?.kind;
  return (
    <Flex gap={1}>
      <StateBadge label={state.label} kind={kind} />
      {state.overdue ? <OverdueBadge label={formatMessage({ id: t('overdue'), defaultMessage: 'Quá hạn' })} /> : null}
    </Flex>
  );
};

interface ColumnArgs {
  displayedHeaders: Array<Record<string, unknown>>;
  layout: unknown;
}

export function addStateColumn(args: ColumnArgs): ColumnArgs {
  const model = currentModel();
  if (!workflowOf(model)) return args;
  const column = {
    name: STATE_FIELD,
    label: { id: t('list.state'), defaultMessage: 'Trạng thái quy trình' },
    attribute: { type: 'custom' },
    searchable: false,
    sortable: false,
    cellFormatter: (row: Record<string, unknown>) => <StateCell row={row} model={model!} />,
  };
  // Right after the title, where a reviewer looks first; wide tables scroll the last columns out of view.
  const headers = [...args.displayedHeaders];
  const title = headers.findIndex((header) => header.name === 'title');
  headers.splice(title >= 0 ? title + 1 : headers.length, 0, column);
  return { ...args, displayedHeaders: headers };
}

interface FilterArgs {
  displayedFilters: Array<Record<string, unknown>>;
  layout: unknown;
}

export function addStateFilter(args: FilterArgs): FilterArgs {
  const wf = workflowOf(currentModel());
  if (!wf) return args;
  return {
    ...args,
    displayedFilters: [
      ...args.displayedFilters,
      {
        name: STATE_FIELD,
        label: { id: t('list.state'), defaultMessage: 'Trạng thái quy trình' },
        type: 'enumeration',
        options: wf.states.map((state) => ({ label: state.label, value: state.id })),
        operators: [{ label: { id: 'components.FilterOptions.FILTER_TYPES.$eq', defaultMessage: 'is' }, value: '$eq' }],
      },
    ],
  };
}
