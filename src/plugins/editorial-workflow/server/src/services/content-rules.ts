import type { Core } from '@strapi/strapi';
import { MIN_REASON_LENGTH } from '../workflow/types';

interface Figure {
  image?: unknown;
  alt?: string | null;
  caption?: string | null;
}

interface ArticleDraft {
  title?: string;
  summary?: string;
  body?: unknown;
  eventDate?: string | null;
  cover?: Figure | null;
  gallery?: Figure[];
  category?: { minWords?: number; name?: string } | null;
  unit?: { documentId: string; name: string } | null;
}

/** Days after the event beyond which a submission must say why it is late (the plan: 1–3 days). */
export const LATE_AFTER_DAYS = 3;
const DEFAULT_MIN_WORDS = 100;

export function countWords(blocks: unknown): number {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const { text, children } = node as { text?: unknown; children?: unknown };
      if (typeof text === 'string') texts.push(text);
      walk(children);
    }
  };
  walk(blocks);
  return texts.join(' ').split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * What the plan asks of a news item before it leaves its author (section II.4): a unit the author
 * belongs to, a section, enough words for the section, the event date, photos that are there and described, and a
 * reason when the event is more than three days old.
 */
export async function articleProblems(
  strapi: Core.Strapi,
  documentId: string,
  locale: string | null,
  authorUnitIds: string[],
  lateReason: string | undefined,
  now: Date,
): Promise<string[]> {
  const draft = (await strapi.documents('api::article.article' as never).findOne({
    documentId,
    status: 'draft',
    ...(locale ? { locale } : {}),
    populate: { cover: { populate: ['image'] }, gallery: { populate: ['image'] }, category: { fields: ['minWords', 'name'] }, unit: { fields: ['documentId', 'name'] } },
  } as never)) as ArticleDraft | null;
  if (!draft) return ['Không tìm thấy bản nháp.'];

  const problems: string[] = [];
  if (!draft.summary?.trim()) problems.push('Thiếu sapo (tóm tắt).');
  if (!draft.category) problems.push('Chưa chọn chuyên mục.');
  if (!draft.unit) problems.push('Chưa chọn đơn vị gửi tin.');
  else if (!authorUnitIds.includes(draft.unit.documentId)) {
    problems.push(`Người viết không thuộc đơn vị "${draft.unit.name}".`);
  }
  const minWords = draft.category?.minWords ?? DEFAULT_MIN_WORDS;
  const words = countWords(draft.body);
  if (words < minWords) problems.push(`Nội dung có ${words} chữ, chuyên mục yêu cầu ít nhất ${minWords} chữ.`);
  if (!draft.eventDate) problems.push('Thiếu ngày diễn ra sự kiện.');
  else {
    const ageDays = Math.floor((now.getTime() - new Date(`${draft.eventDate}T00:00:00+07:00`).getTime()) / 86_400_000);
    if (ageDays > LATE_AFTER_DAYS && (lateReason ?? '').trim().length < MIN_REASON_LENGTH) {
      problems.push(`Sự kiện đã qua ${ageDays} ngày: cần ghi lý do gửi muộn (ít nhất ${MIN_REASON_LENGTH} ký tự).`);
    }
  }
  const figures = [...(draft.cover ? [draft.cover] : []), ...(draft.gallery ?? [])];
  figures.forEach((figure, index) => {
    const which = draft.cover && index === 0 ? 'Ảnh đại diện' : `Ảnh số ${draft.cover ? index : index + 1} của bộ ảnh`;
    if (!figure.image) problems.push(`${which} chưa có ảnh: hãy chọn hoặc tải ảnh lên, hoặc xóa mục này.`);
    if (!figure.alt?.trim()) problems.push(`${which} thiếu văn bản thay thế.`);
    if (!figure.caption?.trim()) problems.push(`${which} thiếu chú thích.`);
  });
  return problems;
}
