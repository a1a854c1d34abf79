import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

/**
 * The list view shows an enumeration's stored value as it is (Strapi 5.54's `CellValue` formats dates,
 * numbers and booleans, not enumerations): this list-view hook gives those columns a cell that looks the
 * value up under the same translation key as the edit form's select and the filters (field-labels.ts).
 */
interface Header {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
}
interface ColumnArgs {
  displayedHeaders: Header[];
  layout: unknown;
}

const ChoiceCell = ({ value }: { value: unknown }) => {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <Typography textColor="neutral800">-</Typography>;
  return (
    <Typography textColor="neutral800" ellipsis>
      {formatMessage({ id: value, defaultMessage: value })}
    </Typography>
  );
};

export function labelChoiceColumns(args: ColumnArgs): ColumnArgs {
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) =>
      header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? { ...header, cellFormatter: (row: Record<string, unknown>) => <ChoiceCell value={row[header.name]} /> }
        : header,
    ),
  };
}
