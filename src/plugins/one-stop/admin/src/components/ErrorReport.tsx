import { Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';

export interface RowError { line: number; code?: string; message: string }

interface Props {
  errors: RowError[];
  errorCount: number;
  onDownload(): void;
  downloading: boolean;
}

/** The rows that will not be imported, in red, with the whole report as a CSV download. */
export const ErrorReport = ({ errors, errorCount, onDownload, downloading }: Props) => (
  <Flex direction="column" alignItems="stretch" gap={2} data-testid="os-error-report">
    <Flex gap={4} wrap="wrap" justifyContent="space-between">
      <Typography variant="delta" tag="h3" textColor="danger600">
        Báo cáo lỗi: {errorCount} dòng sẽ không được nhập
      </Typography>
      <Button variant="danger-light" startIcon={<Download />} onClick={onDownload} loading={downloading}>
        Tải báo cáo lỗi (.csv)
      </Button>
    </Flex>
    {errorCount > errors.length && (
      <Typography textColor="danger600">
        Chỉ hiện {errors.length} dòng lỗi đầu tiên; tệp báo cáo có đủ {errorCount} dòng.
      </Typography>
    )}
    <Table colCount={3} rowCount={errors.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">Dòng</Typography></Th>
          <Th><Typography variant="sigma">Mã hồ sơ</Typography></Th>
          <Th><Typography variant="sigma">Lỗi</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {errors.map((error, i) => (
          <Tr key={`${error.line}-${i}`}>
            <Td><Typography textColor="danger600">{error.line}</Typography></Td>
            <Td><Typography textColor="danger600">{error.code ?? ''}</Typography></Td>
            <Td><Typography textColor="danger600" style={{ whiteSpace: 'normal' }}>{error.message}</Typography></Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  </Flex>
);
