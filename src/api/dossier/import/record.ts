import { parseCalendarDate } from '../../../lib/dates';
import { foldForSearch } from '../../../lib/search-text';
import type { Channel, Column, Status, WordReader } from './columns';
import { maskName } from './mask';

/** A procedure of the ward's set, as a dossier row refers to it. */
export interface KnownProcedure {
  /**
   * Its rows (draft and published): a dossier links to both, as the Document Service links them. Read
   * again when the import is confirmed (publishing replaces the published row, so its id changes).
   */
  ids: number[];
  code: string;
  name: string;
  fieldId: number | null;
}

export interface Catalogue {
  byCode: Map<string, KnownProcedure>;
  byName: Map<string, KnownProcedure>;
}

export function catalogue(procedures: KnownProcedure[]): Catalogue {
  return {
    byCode: new Map(procedures.map((p) => [p.code.trim().toLowerCase(), p])),
    byName: new Map(procedures.map((p) => [foldForSearch(p.name), p])),
  };
}

/**
 * A dossier as it is stored: no personal data (the applicant only as initials, and only when asked). The
 * procedure is kept by its code: its ids and field are looked up when the import is written.
 */
export interface DossierRecord {
  code: string;
  procedureCode: string;
  procedureName: string;
  channel: Channel;
  receivedAt: string;
  dueAt: string | null;
  returnedAt: string | null;
  status: Status;
  applicant: string | null;
}

export interface RowError {
  line: number;
  code?: string;
  message: string;
}

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).normalize('NFC').trim();

const LABELS: Partial<Record<Column, string>> = { receivedAt: 'Ngày tiếp nhận', dueAt: 'Ngày hẹn trả', returnedAt: 'Ngày trả kết quả' };

/** One row → a record, or the reasons it cannot be imported (all of them, so the desk fixes the row once). */
export function toRecord(
  line: number,
  cells: Partial<Record<Column, unknown>>,
  procedures: Catalogue,
  maskApplicant: boolean,
  words: WordReader,
): DossierRecord | RowError[] {
  const code = text(cells.code);
  const fail = (message: string): RowError => ({ line, ...(code ? { code } : {}), message });
  const errors: RowError[] = [];
  if (!code) errors.push(fail('Thiếu mã hồ sơ.'));
  else if (code.length < 3 || code.length > 64) errors.push(fail(`Mã hồ sơ "${code}" phải dài từ 3 đến 64 ký tự.`));

  const procedureCode = text(cells.procedureCode);
  const procedureName = text(cells.procedureName);
  const procedure = procedureCode
    ? procedures.byCode.get(procedureCode.toLowerCase())
    : procedureName ? procedures.byName.get(foldForSearch(procedureName)) : undefined;
  if (!procedure) {
    errors.push(fail(procedureCode
      ? `Mã thủ tục "${procedureCode}" không có trong bộ thủ tục của phường; hãy nhập bộ thủ tục trước.`
      : procedureName ? `Tên thủ tục "${procedureName}" không có trong bộ thủ tục của phường.` : 'Thiếu mã thủ tục hoặc tên thủ tục.'));
  }

  const dates: Partial<Record<'receivedAt' | 'dueAt' | 'returnedAt', string | null>> = {};
  for (const column of ['receivedAt', 'dueAt', 'returnedAt'] as const) {
    const raw = cells[column];
    if (text(raw) === '') {
      dates[column] = null;
      continue;
    }
    dates[column] = parseCalendarDate(typeof raw === 'string' ? raw.trim() : raw);
    if (dates[column] === null) {
      errors.push(fail(`${LABELS[column]} "${text(raw)}" không phải ngày hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).`));
    }
  }
  const { receivedAt, dueAt, returnedAt } = dates;
  if (text(cells.receivedAt) === '') errors.push(fail('Thiếu ngày tiếp nhận.'));
  if (receivedAt && dueAt && dueAt < receivedAt) errors.push(fail('Ngày hẹn trả trước ngày tiếp nhận.'));
  if (receivedAt && returnedAt && returnedAt < receivedAt) errors.push(fail('Ngày trả kết quả trước ngày tiếp nhận.'));

  const status = words.statusOf(text(cells.status));
  if (!status) errors.push(fail(`Trạng thái "${text(cells.status)}" không rõ (Đang xử lý, Đã giải quyết, Trả lại, Rút hồ sơ).`));
  else if (status !== 'dang_xu_ly' && text(cells.returnedAt) === '') {
    errors.push(fail('Hồ sơ đã giải quyết, trả lại hoặc rút phải có ngày trả kết quả.'));
  }

  const channelText = text(cells.channel);
  const channel = channelText ? words.channelOf(channelText) : 'truc_tiep';
  if (!channel) errors.push(fail(`Kênh nộp "${channelText}" không rõ (Trực tiếp, Trực tuyến, Bưu chính).`));

  if (errors.length > 0 || !procedure || !status || !channel || !receivedAt) return errors;
  const applicant = text(cells.applicant);
  return {
    code,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    channel,
    receivedAt,
    dueAt: dueAt ?? null,
    returnedAt: status === 'dang_xu_ly' ? null : returnedAt ?? null,
    status,
    applicant: maskApplicant && applicant ? maskName(applicant) : null,
  };
}
