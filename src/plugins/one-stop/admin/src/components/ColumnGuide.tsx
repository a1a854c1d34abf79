import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { columnGuide } from '../../../../../api/dossier/import/columns';

const GUIDE = columnGuide();
const headerOf = new Map(GUIDE.map((entry) => [entry.column, entry.header]));

const requirement = (requiredWith: string[] | null) => {
  if (requiredWith === null) return 'Không bắt buộc';
  if (requiredWith.length === 0) return 'Bắt buộc';
  return `Bắt buộc nếu không có cột ${requiredWith.map((column) => headerOf.get(column as never)).join(', ')}`;
};

/** The columns the import reads, from the reader's own header table (src/api/dossier/import/columns.ts). */
export const ColumnGuide = () => (
  <Table colCount={3} rowCount={GUIDE.length + 1} data-testid="os-columns">
    <Thead>
      <Tr>
        <Th><Typography variant="sigma">Tên cột</Typography></Th>
        <Th><Typography variant="sigma">Cũng nhận tên</Typography></Th>
        <Th><Typography variant="sigma">Yêu cầu</Typography></Th>
      </Tr>
    </Thead>
    <Tbody>
      {GUIDE.map((entry) => (
        <Tr key={entry.column}>
          <Td><Typography fontWeight="semiBold">{entry.header}</Typography></Td>
          <Td><Typography textColor="neutral600" style={{ whiteSpace: 'normal' }}>{entry.alsoRead.join(', ')}</Typography></Td>
          <Td><Typography style={{ whiteSpace: 'normal' }}>{requirement(entry.requiredWith)}</Typography></Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);
