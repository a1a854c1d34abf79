import { useEffect, useState, type ChangeEvent } from 'react';
import { Alert, Badge, Box, Button, Flex, ProgressBar, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { LABELS } from '../../../../../bootstrap/admin-labels';
import { DOSSIER_STATUS_LABELS } from '../../../../../lib/citizen-labels';
import { viDate } from '../../../../../lib/dates';

interface RowError { line: number; code?: string; message: string }
interface Job {
  id: string;
  fileName: string;
  status: 'preview' | 'running' | 'done' | 'failed';
  rows: number;
  valid: number;
  invalid: number;
  acceptable: boolean;
  maxErrorRate: number;
  progress: { done: number; total: number };
  preview: Array<Record<string, string | null>>;
  /** The first row errors (at most 200: the page polls the job every second); errorCount is all of them. */
  errors: RowError[];
  errorCount: number;
  result?: { created: number; updated: number; unchanged: number; invalid: number; seconds: number; reports: { rows: number } };
  error?: string;
}

const CHANNEL: Record<string, string> = { truc_tiep: 'Trực tiếp', truc_tuyen: 'Trực tuyến', buu_chinh: 'Bưu chính' };
const DOSSIER_LABELS = LABELS['api::dossier.dossier'];
const COLUMNS = ['code', 'procedure', 'channel', 'receivedAt', 'dueAt', 'returnedAt', 'status'].map((field) => DOSSIER_LABELS[field]);
const API = '/one-stop/dossier-imports';

function messageOf(error: unknown): string {
  const body = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error;
  return body?.message ?? 'Không gửi được yêu cầu. Hãy thử lại.';
}

/** Upload → preview (first rows, error report) → confirm → progress → result. */
const ImportPage = () => {
  const { get, post } = useFetchClient();
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (job?.status !== 'running') return undefined;
    const timer = setInterval(async () => {
      const { data } = await get<{ data: Job }>(`${API}/${job.id}`);
      setJob(data.data);
    }, 1000);
    return () => clearInterval(timer);
  }, [job?.id, job?.status]);

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const { data } = await post<{ data: Job }>(API, form);
      setJob(data.data);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!job) return;
    setBusy(true);
    try {
      const { data } = await post<{ data: Job }>(`${API}/${job.id}/confirm`);
      setJob(data.data);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setJob(null);
    setFile(null);
    setFailure(null);
  };

  return (
    <Page.Main>
      <Page.Title>Nhập hồ sơ một cửa</Page.Title>
      <Layouts.Header
        title="Nhập hồ sơ từ phần mềm một cửa"
        subtitle="Tệp .xlsx hoặc .csv xuất hằng ngày. Tên người nộp không được lưu. Nhập lại cùng tệp không làm thay đổi gì."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {failure && <Alert variant="danger" title="Không nhập được" onClose={() => setFailure(null)} closeLabel="Đóng">{failure}</Alert>}

          {!job && (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Flex direction="column" alignItems="start" gap={4}>
                <Typography variant="delta" tag="h2">1. Chọn tệp</Typography>
                <input
                  type="file"
                  aria-label="Tệp hồ sơ"
                  accept=".xlsx,.csv"
                  onChange={(event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null)}
                />
                <Button onClick={upload} loading={busy} disabled={!file}>Tải lên và xem trước</Button>
              </Flex>
            </Box>
          )}

          {job && (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2">
                  {job.status === 'preview' ? '2. Xem trước' : job.status === 'running' ? '3. Đang nhập' : '4. Kết quả'}: {job.fileName}
                </Typography>
                <Flex gap={2}>
                  <Badge>{job.rows} dòng</Badge>
                  <Badge active>{job.valid} dòng hợp lệ</Badge>
                  <Badge>{job.invalid} dòng lỗi</Badge>
                </Flex>

                {job.status === 'preview' && (
                  <>
                    {!job.acceptable && (
                      <Alert variant="danger" title="Quá nhiều dòng lỗi" closeLabel="Tải tệp khác" onClose={restart}>
                        Hơn {Math.round(job.maxErrorRate * 100)}% số dòng bị lỗi: hãy sửa tệp rồi tải lên lại.
                      </Alert>
                    )}
                    <Table colCount={7} rowCount={job.preview.length + 1}>
                      <Thead>
                        <Tr>
                          {COLUMNS.map((label) => (
                            <Th key={label}><Typography variant="sigma">{label}</Typography></Th>
                          ))}
                        </Tr>
                      </Thead>
                      <Tbody>
                        {job.preview.map((row) => (
                          <Tr key={row.code}>
                            <Td><Typography>{row.code}</Typography></Td>
                            <Td><Box maxWidth="32rem"><Typography ellipsis>{row.procedureName}</Typography></Box></Td>
                            <Td><Typography>{CHANNEL[row.channel ?? ''] ?? row.channel}</Typography></Td>
                            <Td><Typography>{viDate(row.receivedAt)}</Typography></Td>
                            <Td><Typography>{viDate(row.dueAt)}</Typography></Td>
                            <Td><Typography>{viDate(row.returnedAt)}</Typography></Td>
                            <Td><Typography>{DOSSIER_STATUS_LABELS[row.status ?? ''] ?? row.status}</Typography></Td>
                          </Tr>
                        ))}
                      </Tbody>
                    </Table>
                    <Flex gap={2}>
                      <Button onClick={confirm} loading={busy} disabled={!job.acceptable || job.valid === 0}>
                        Xác nhận nhập {job.valid} hồ sơ
                      </Button>
                      <Button variant="tertiary" onClick={restart}>Chọn tệp khác</Button>
                    </Flex>
                  </>
                )}

                {job.status === 'running' && (
                  <Flex direction="column" alignItems="start" gap={2}>
                    <ProgressBar value={job.progress.total ? (job.progress.done * 100) / job.progress.total : 0} />
                    <Typography>Đã ghi {job.progress.done}/{job.progress.total} hồ sơ…</Typography>
                  </Flex>
                )}

                {job.status === 'done' && job.result && (
                  <Alert variant="success" title="Đã nhập xong" closeLabel="Đóng" onClose={restart}>
                    Thêm mới {job.result.created}, cập nhật {job.result.updated}, không đổi {job.result.unchanged}, bỏ qua {job.result.invalid} dòng lỗi;
                    đã tính lại {job.result.reports.rows} dòng số liệu trong {job.result.seconds.toFixed(1)} giây.
                  </Alert>
                )}
                {job.status === 'failed' && <Alert variant="danger" title="Nhập thất bại, không có thay đổi" closeLabel="Đóng" onClose={restart}>{job.error}</Alert>}
                {job.status !== 'preview' && job.status !== 'running' && (
                  <Box><Button variant="secondary" onClick={restart}>Nhập tệp khác</Button></Box>
                )}

                {job.errors.length > 0 && (
                  <>
                    <Typography variant="delta" tag="h3">Báo cáo lỗi ({job.errorCount})</Typography>
                    {job.errorCount > job.errors.length && (
                      <Typography textColor="neutral600">
                        Chỉ hiện {job.errors.length} dòng lỗi đầu tiên; {job.errorCount - job.errors.length} dòng lỗi khác không được hiện.
                      </Typography>
                    )}
                    <Table colCount={3} rowCount={job.errors.length + 1}>
                      <Thead>
                        <Tr>
                          <Th><Typography variant="sigma">Dòng</Typography></Th>
                          <Th><Typography variant="sigma">Mã hồ sơ</Typography></Th>
                          <Th><Typography variant="sigma">Lỗi</Typography></Th>
                        </Tr>
                      </Thead>
                      <Tbody>
                        {job.errors.map((error, i) => (
                          <Tr key={`${error.line}-${i}`}>
                            <Td><Typography>{error.line}</Typography></Td>
                            <Td><Typography>{error.code ?? ''}</Typography></Td>
                            <Td><Typography>{error.message}</Typography></Td>
                          </Tr>
                        ))}
                      </Tbody>
                    </Table>
                  </>
                )}
              </Flex>
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ImportPage;
