import type { Core } from '@strapi/strapi';
import { calendarOf } from './due';

const QUESTION = 'api::question.question';
const FIELD = 'api::procedure-field.procedure-field';

export interface QuestionFieldRow {
  field: string;
  received: number;
  published: number;
  /** Waiting past the 15-working-day deadline now, not answered publicly nor closed. */
  overdue: number;
  ratings: number;
  /** Mean of the askers' ratings (1–5), one decimal; null without ratings. Individual ratings are never shown. */
  averageRating: number | null;
}

interface QuestionRow {
  documentId: string;
  receivedAt: string | null;
  dueAt: string | null;
  handlingStatus: string;
  satisfactionRating: number | null;
  ratedAt: string | null;
  publishedAt: string | null;
  field?: { name: string } | null;
}

const NO_FIELD = 'Chưa phân lĩnh vực';

/**
 * Citizens' questions per field for a period (local days): received in it, published in it, rated in
 * it (average), and overdue now.
 */
export function questionStatsService({ strapi }: { strapi: Core.Strapi }) {
  return {
    /** `sites`: only questions of these wards (the asker's, where they hold stats.read); omitted, every ward's. */
    async compute({ from, to, now = new Date(), sites }: { from: string; to: string; now?: Date; sites?: number[] | null }): Promise<{ rows: QuestionFieldRow[]; total: QuestionFieldRow }> {
      const calendar = calendarOf(strapi);
      const start = new Date(calendar.endOfLocalDay(from, -1).getTime() + 1).toISOString();
      const end = calendar.endOfLocalDay(to).toISOString();
      const inPeriod = (value: string | null) => Boolean(value && value >= start && value <= end);
      const rows = (await strapi.db.query(QUESTION as never).findMany({
        ...(sites ? { where: { site: { id: { $in: sites } } } } : {}),
        select: ['documentId', 'receivedAt', 'dueAt', 'handlingStatus', 'satisfactionRating', 'ratedAt', 'publishedAt'],
        populate: { field: { select: ['name'] } },
      })) as QuestionRow[];
      const fields = (await strapi.db.query(FIELD as never).findMany({ select: ['name'] })) as Array<{ name: string }>;

      const byField = new Map<string, QuestionRow[]>();
      for (const row of rows) byField.set(row.field?.name ?? NO_FIELD, [...(byField.get(row.field?.name ?? NO_FIELD) ?? []), row]);
      const summarize = (field: string, items: QuestionRow[]): QuestionFieldRow => {
        const drafts = items.filter((row) => !row.publishedAt);
        const published = items.filter((row) => row.publishedAt);
        const publishedIds = new Set(published.map((row) => row.documentId));
        const ratings = published.filter((row) => row.satisfactionRating && inPeriod(row.ratedAt)).map((row) => row.satisfactionRating!);
        return {
          field,
          received: drafts.filter((row) => inPeriod(row.receivedAt)).length,
          published: published.filter((row) => inPeriod(row.publishedAt)).length,
          overdue: drafts.filter((row) => !publishedIds.has(row.documentId) && row.handlingStatus !== 'tu_choi' && row.dueAt && row.dueAt < now.toISOString()).length,
          ratings: ratings.length,
          averageRating: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null,
        };
      };
      const collator = new Intl.Collator('vi');
      const names = [...new Set([...fields.map((f) => f.name), ...byField.keys()])].sort(collator.compare);
      return { rows: names.map((name) => summarize(name, byField.get(name) ?? [])), total: summarize('Tổng cộng', rows) };
    },
  };
}
