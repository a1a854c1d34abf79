import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { formatDateTime } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type Checkpoint } from '../types';

/** The first {...} in pasted text: the JSON line of the e-mail, the export's last cell, or the copied head. */
function checkpointIn(text: string): Checkpoint | null {
  const json = text.match(/\{[^{}]*\}/)?.[0];
  if (!json) return null;
  try {
    return JSON.parse(json) as Checkpoint;
  } catch {
    return null;
  }
}

interface Props {
  /** Runs the page's verify with this checkpoint and shows the result where the chain check shows it. */
  onVerify(checkpoint: Checkpoint): void;
  verifying: boolean;
  /** The page's search period (yyyy-mm-dd or empty), used by the export buttons. */
  from: string;
  to: string;
}

/** "Mốc kiểm tra": the signed head to keep, a check against a kept checkpoint, and the log's exports. */
export const LogCheckpoint = ({ onVerify, verifying, from, to }: Props) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [head, setHead] = React.useState<{ checkpoint?: Checkpoint; busy: boolean; copied?: boolean }>({ busy: false });
  const [pasted, setPasted] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const text = (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: t(id), defaultMessage }, values);

  const takeHead = async () => {
    setError(null);
    setHead({ busy: true });
    try {
      const response = await get<{ data: Checkpoint }>(`/${PLUGIN_ID}/log/head`);
      setHead({ checkpoint: response.data.data, busy: false });
    } catch (failure) {
      setHead({ busy: false });
      setError(errorMessage(failure));
    }
  };
  const copy = async () => {
    if (!head.checkpoint) return;
    await navigator.clipboard.writeText(JSON.stringify(head.checkpoint));
    setHead({ ...head, copied: true });
  };
  const verify = () => {
    const checkpoint = checkpointIn(pasted);
    if (!checkpoint) {
      setError(text('checkpoint.paste.invalid', 'Hãy dán nguyên văn mốc kiểm tra (dòng bắt đầu bằng {"seq":…) lấy từ thư, tệp xuất hoặc nút "Mốc kiểm tra".'));
      return;
    }
    setError(null);
    onVerify(checkpoint);
  };
  const download = async (format: 'csv' | 'xlsx' | 'jsonl') => {
    setError(null);
    const period = new URLSearchParams(Object.entries({ from, to }).filter(([, value]) => value !== ''));
    try {
      const response = await get<Blob>(`/${PLUGIN_ID}/log/export?format=${format}${period.toString() ? `&${period}` : ''}`, { responseType: 'blob' });
      const url = URL.createObjectURL(response.data);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `nhat-ky-bien-tap-${from || 'dau'}-${to || 'nay'}.${format}`;
      anchor.click();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <Box padding={4} background="neutral0" hasRadius shadow="filterShadow">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">{text('checkpoint.title', 'Mốc kiểm tra')}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {text('checkpoint.hint', 'Mốc kiểm tra là số và mã băm của dòng nhật ký cuối, có chữ ký của máy chủ. Hãy lưu mốc ở nơi khác (thư, bản in): khi kiểm tra theo mốc, những dòng bị xoá sau đó sẽ bị chỉ ra.')}
        </Typography>
        <Flex gap={2} wrap="wrap">
          <Button variant="secondary" onClick={takeHead} loading={head.busy}>{text('checkpoint.take', 'Mốc kiểm tra')}</Button>
          <Button variant="tertiary" onClick={() => download('csv')}>{text('checkpoint.export.csv', 'Xuất nhật ký CSV')}</Button>
          <Button variant="tertiary" onClick={() => download('xlsx')}>{text('checkpoint.export.xlsx', 'Xuất nhật ký XLSX')}</Button>
          <Button variant="tertiary" onClick={() => download('jsonl')}>{text('checkpoint.export.jsonl', 'Xuất nhật ký kèm nội dung (JSONL)')}</Button>
        </Flex>
        {head.checkpoint ? (
          <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-checkpoint">
            <Typography>
              {text('checkpoint.head', 'Dòng cuối số {seq}, cấp lúc {at}.', { seq: head.checkpoint.seq, at: formatDateTime(head.checkpoint.at) })}
            </Typography>
            <Field.Root name="checkpoint-head">
              <Field.Label>{text('checkpoint.copyLabel', 'Mốc để lưu (chép nguyên văn)')}</Field.Label>
              <Textarea value={JSON.stringify(head.checkpoint)} readOnly />
            </Field.Root>
            <Flex gap={2}>
              <Button variant="secondary" onClick={copy}>{text('checkpoint.copy', 'Sao chép')}</Button>
              {head.copied ? <Typography textColor="success600">{text('checkpoint.copied', 'Đã sao chép.')}</Typography> : null}
            </Flex>
          </Flex>
        ) : null}
        <Field.Root name="checkpoint-verify" hint={text('checkpoint.paste.hint', 'Dán mốc đã lưu: dòng JSON trong thư hằng ngày, ô cuối của tệp xuất, hoặc mốc vừa chép.')}>
          <Field.Label>{text('checkpoint.paste', 'Kiểm tra theo mốc')}</Field.Label>
          <Textarea value={pasted} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setPasted(e.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Flex>
          <Button onClick={verify} loading={verifying} disabled={pasted.trim() === ''}>{text('checkpoint.verify', 'Kiểm tra theo mốc')}</Button>
        </Flex>
        {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
      </Flex>
    </Box>
  );
};
