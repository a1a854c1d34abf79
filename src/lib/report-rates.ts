type Figures = Record<string, unknown>;

const count = (doc: Figures, field: string): number => Number(doc[field] ?? 0);
const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part * 10000) / whole) / 100;

/**
 * The derived rates of a report, the one definition for typed and computed reports:
 * on-time % = 100 − (resolved late + overdue in progress) / (carried over + received), as the
 * provincial one-stop systems publish it; online % = received online / received.
 */
export function reportRates(doc: Figures): { onTimeRate: number | null; onlineRate: number | null } {
  const received = count(doc, 'receivedOnline') + count(doc, 'receivedInPerson') + count(doc, 'receivedPostal');
  const toHandle = count(doc, 'carriedOver') + received;
  const late = count(doc, 'resolvedLate') + count(doc, 'inProgressOverdue');
  const lateRate = percent(late, toHandle);
  return {
    onTimeRate: lateRate === null ? null : Math.round((100 - lateRate) * 100) / 100,
    onlineRate: percent(count(doc, 'receivedOnline'), received),
  };
}
