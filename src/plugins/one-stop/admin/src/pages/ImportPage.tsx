import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Alert, Badge, Box, Button, Flex, ProgressBar, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { ColumnGuide } from '../components/ColumnGuide';
import { ErrorReport, type RowError } from '../components/ErrorReport';
import { download } from '../download';
import { LABELS } from '../../../../../bootstrap/admin-labels';
import { DOSSIER_STATUS_LABELS } from '../../../../../lib/citizen-labels';
import { viDate } from '../../../../../lib/dates';

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
  const [downloading, setDownloading] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

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

  const save = async (what: string, url: string, name: string) => {
    setDownloading(what);
    setFailure(null);
    try {
      await download(get, url, name);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setDownloading(null);
    }
  };
  const sample = (format: 'csv' | 'xlsx') => save(format, `/one-stop/dossier-import-sample/${format}`, `mau-ho-so-mot-cua.${format}`);
  const errorReport = job && job.errorCount > 0 ? (
    <ErrorReport
      errors={job.errors}
      errorCount={job.errorCount}
      downloading={downloading === 'errors'}
      onDownload={() => save('errors', `${API}/${job.id}/errors`, `bao-cao-loi-${job.fileName.replace(/\.[^.]*$/, '')}.csv`)}
    />
  ) : null;

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
                <Flex gap={3} wrap="wrap">
                  {/* The native input stays for the keyboard and screen readers, hidden behind a styled button. */}
                  <input
                    ref={picker}
                    type="file"
                    aria-label="Tệp hồ sơ"
                    accept=".xlsx,.csv"
                    style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
                    onChange={(event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? null)}
                  />
                  <Button variant="secondary" startIcon={<Upload />} onClick={() => picker.current?.click()}>
                    {file ? 'Chọn tệp khác' : 'Chọn tệp .xlsx hoặc .csv'}
                  </Button>
                  <Typography data-testid="os-file-name" textColor={file ? 'neutral800' : 'neutral600'}>
                    {file ? `${file.name} (${Math.max(1, Math.round(file.size / 1024)).toLocaleString('vi-VN')} KB)` : 'Chưa chọn tệp nào'}
                  </Typography>
                </Flex>
                <Button onClick={upload} loading={busy} disabled={!file}>Tải lên và xem trước</Button>
                <Typography variant="delta" tag="h2">Tệp cần có những cột nào</Typography>
                <Typography textColor="neutral600">
                  Dòng đầu tiên của tệp là tên cột, viết hoa hay thường, có dấu hay không đều được; các cột khác bị bỏ qua.
                </Typography>
                <ColumnGuide />
                <Flex gap={2} wrap="wrap">
                  <Button variant="tertiary" startIcon={<Download />} loading={downloading === 'csv'} onClick={() => sample('csv')}>Tải tệp mẫu (.csv)</Button>
                  <Button variant="tertiary" startIcon={<Download />} loading={downloading === 'xlsx'} onClick={() => sample('xlsx')}>Tải tệp mẫu (.xlsx)</Button>
                </Flex>
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
                    {/* The rows that will not be imported come first: read before the preview and the confirm button. */}
                    {errorReport}
                    <Typography variant="delta" tag="h3">Các dòng đầu tiên sẽ được nhập</Typography>
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
                    <Typography>Đã ghi {job.progress.done}/{job.progress.total} hồ sơ hợp lệ…</Typography>
                  </Flex>
                )}

                {job.status === 'done' && job.result && (
                  <Alert variant="success" title="Đã nhập xong" closeLabel="Đóng" onClose={restart}>
                    Thêm mới {job.result.created}, cập nhật {job.result.updated}, không đổi {job.result.unchanged}, bỏ qua {job.result.invalid} dòng lỗi;
                    đã tính lại {job.result.reports.rows} dòng số liệu trong {job.result.seconds.toFixed(1)} giây.
                  </Alert>
                )}
                {job.status === 'failed' && <Alert variant="danger" title="Nhập thất bại" closeLabel="Đóng" onClose={restart}>{job.error}</Alert>}
                {job.status !== 'preview' && job.status !== 'running' && (
                  <Box><Button variant="secondary" onClick={restart}>Nhập tệp khác</Button></Box>
                )}

                {job.status !== 'preview' && errorReport}
              </Flex>
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ImportPage;
