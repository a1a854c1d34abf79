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

/**
 * The report rows of the given periods: one for the whole ward in every period, one per field that had
 * any dossier in it. Every dossier to handle (carried over + received) ends up in exactly one of resolved,
 * in progress or returned, so the figures always add up.
 */
export function tally(dossiers: DossierFacts[], periods: Period[], today: string): ReportRow[] {
  // By receipt date (sorted in place): a period only looks at the dossiers received by its end.
  const sorted = dossiers.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  const rows: ReportRow[] = [];
  for (const period of periods) {
    const total = empty();
    const byField = new Map<number, Figures>();
    for (const dossier of sorted) {
      if (dossier.receivedAt > period.end) break;
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
    rows.push({ ...period, fieldId: null, ...total });
    for (const [fieldId, figures] of byField) rows.push({ ...period, fieldId, ...figures });
  }
  return rows;
}
