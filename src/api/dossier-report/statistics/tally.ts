import type { Period } from './periods';

/** What the statistics read of a dossier (dates as "yyyy-mm-dd"). */
export interface DossierFacts {
  fieldId: number | null;
  channel: 'truc_tiep' | 'truc_tuyen' | 'buu_chinh';
  status: 'dang_xu_ly' | 'da_giai_quyet' | 'tra_lai' | 'rut_ho_so';
  receivedAt: string;
  dueAt: string | null;
  returnedAt: string | null;
}

export interface Figures {
  carriedOver: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPostal: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  inProgressOnTime: number;
  inProgressOverdue: number;
  returnedOrWithdrawn: number;
}

/** One report row: a period, and a field or (fieldId null) the whole ward. */
export interface ReportRow extends Period, Figures {
  fieldId: number | null;
}

const RECEIVED: Record<DossierFacts['channel'], keyof Figures> = {
  truc_tuyen: 'receivedOnline',
  truc_tiep: 'receivedInPerson',
  buu_chinh: 'receivedPostal',
};

const empty = (): Figures => ({
  carriedOver: 0, receivedOnline: 0, receivedInPerson: 0, receivedPostal: 0, resolvedEarly: 0, resolvedOnTime: 0,
  resolvedLate: 0, inProgressOnTime: 0, inProgressOverdue: 0, returnedOrWithdrawn: 0,
});

/**
 * Where one dossier counts in one period [start, end]: the "to handle" figure (carried over or received by
 * channel) and the outcome figure (resolved early / on time / late, in progress on time / overdue,
 * returned or withdrawn), or null when it is outside the period (docs/one-stop-import.md, "Statistics").
 * A dossier is finished on its returned date unless it is still in progress; one still in progress at the
 * end of the period (or today, for the current period) is overdue once its due date is past.
 */
function classify(d: DossierFacts, { start, end }: Period, today: string): [keyof Figures, keyof Figures] | null {
  const finishedAt = d.status === 'dang_xu_ly' ? null : d.returnedAt;
  if (d.receivedAt > end || (finishedAt !== null && finishedAt < start)) return null;
  const handled: keyof Figures = d.receivedAt < start ? 'carriedOver' : RECEIVED[d.channel];
  if (finishedAt !== null && finishedAt <= end) {
    if (d.status !== 'da_giai_quyet') return [handled, 'returnedOrWithdrawn'];
    if (d.dueAt === null || finishedAt === d.dueAt) return [handled, 'resolvedOnTime'];
    return [handled, finishedAt < d.dueAt ? 'resolvedEarly' : 'resolvedLate'];
  }
  const asOf = end < today ? end : today;
  return [handled, d.dueAt !== null && d.dueAt < asOf ? 'inProgressOverdue' : 'inProgressOnTime'];
}

/** The figures of one period from the dossiers that may count in it, in the order given. */
function periodRows(period: Period, dossiers: Iterable<DossierFacts>, today: string): ReportRow[] {
  const total = empty();
  const byField = new Map<number, Figures>();
  for (const dossier of dossiers) {
    const keys = classify(dossier, period, today);
    if (!keys) continue;
    total[keys[0]] += 1;
    total[keys[1]] += 1;
    if (dossier.fieldId === null) continue;
    let field = byField.get(dossier.fieldId);
    if (!field) byField.set(dossier.fieldId, (field = empty()));
    field[keys[0]] += 1;
    field[keys[1]] += 1;
  }
  return [{ ...period, fieldId: null, ...total }, ...[...byField].map(([fieldId, figures]) => ({ ...period, fieldId, ...figures }))];
}

/**
 * The report rows of the given periods: one for the whole ward in every period, one per field that had
 * any dossier in it. Every dossier to handle (carried over + received) ends up in exactly one of resolved,
 * in progress or returned, so the figures always add up.
 *
 * The periods of one kind do not overlap, so each kind is swept once in date order: a dossier joins when its
 * period's end reaches its receipt and leaves once it was finished before a period starts (it cannot count in
 * any later one). A period then looks only at the dossiers open in it, not at every earlier one: a year of
 * days costs the dossiers open each day, not the whole archive 365 times.
 */
export function tally(dossiers: DossierFacts[], periods: Period[], today: string): ReportRow[] {
  // By receipt date (sorted in place), the order in which they join.
  const sorted = dossiers.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  const finishedAt = (d: DossierFacts) => (d.status === 'dang_xu_ly' ? null : d.returnedAt);
  const rowsOf = new Map<Period, ReportRow[]>();
  for (const kind of new Set(periods.map((p) => p.period))) {
    const ofKind = periods.filter((p) => p.period === kind).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const open: DossierFacts[] = [];
    let next = 0;
    for (const period of ofKind) {
      while (next < sorted.length && sorted[next].receivedAt <= period.end) open.push(sorted[next++]);
      // Compacted in place, order kept: the rows come out as a pass over all the dossiers by receipt would give them.
      let kept = 0;
      for (const dossier of open) {
        const finished = finishedAt(dossier);
        if (finished === null || finished >= period.start) open[kept++] = dossier;
      }
      open.length = kept;
      rowsOf.set(period, periodRows(period, open, today));
    }
  }
  return periods.flatMap((period) => rowsOf.get(period) ?? []);
}
