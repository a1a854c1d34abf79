import type { Core } from '@strapi/strapi';
import { getRegistry } from '../registry';
import { statesRepository, stateKeyOf, type StateRow } from '../repositories/states';
import { calendarOf } from '../services/due';
import { titlesOf } from '../services/items';
import { draftReader, type DraftReader } from '../services/read-access';
import { staffSites } from '../sites/memberships';
import type { WorkflowDefinition } from '../workflow/types';
import type { CalendarEntry, CalendarKind, CalendarResult } from '../api-types';

const UNIT_UID = 'api::contributor-unit.contributor-unit';
/** The date field that names an item's event (news: "chậm nhất sau 1–3 ngày diễn ra sự kiện"). */
export const EVENT_FIELD = 'eventDate';
/** Rows of `$in` lists per query, well under every database's bound-parameter limit. */
const CHUNK = 500;
const KIND_ORDER: CalendarKind[] = ['overdue', 'due', 'scheduled', 'event'];

export interface CalendarRange {
  /** 'yyyy-mm-dd', Hà Nội days, both included. */
  from: string;
  to: string;
  unit?: string;
  type?: string;
}

interface Candidate {
  kind: CalendarKind;
  uid: string;
  documentId: string;
  locale: string | null;
  date: string;
  at: string | null;
  step: string | null;
}

type Draft = Record<string, unknown> & { documentId: string; locale?: string | null };

interface ContentTypeInfo {
  attributes: Record<string, { type: string }>;
  info?: { displayName?: string };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

/** Where the Content Manager edits an item, relative to the admin panel's address (the admin's editPath). */
export const editPath = (uid: string, documentId: string, locale: string | null) =>
  `/content-manager/collection-types/${uid}/${documentId}${locale ? `?plugins[i18n][locale]=${locale}` : ''}`;

const chunks = <T>(values: T[]): T[][] =>
  Array.from({ length: Math.ceil(values.length / CHUNK) }, (_, index) => values.slice(index * CHUNK, (index + 1) * CHUNK));

/**
 * The editorial calendar: event dates, scheduled steps and due times of the governed items a person may read,
 * on the Hà Nội days of a range. Types and their event fields come from the registry and the schemas; due
 * times and schedules from the state table, as the queue and the scheduler keep them.
 */
export function calendarEntries(strapi: Core.Strapi) {
  const states = statesRepository(strapi);
  const calendar = calendarOf(strapi);
  const model = (uid: string) => strapi.contentType(uid as never) as unknown as ContentTypeInfo;

  /** Governed types whose schema has an event date. */
  const eventTypes = (uids: string[]) => uids.filter((uid) => model(uid).attributes[EVENT_FIELD]?.type === 'date');

  /** The item's unit as the workflow finds it: a relation of the draft, or the workflow's fixed unit. */
  function unitIdOf(wf: WorkflowDefinition, draft: Draft, bySlug: Map<string, string>): string | null {
    if (!wf.unit) return null;
    if ('slug' in wf.unit) return bySlug.get(wf.unit.slug) ?? null;
    return (draft[wf.unit.field] as { documentId?: string } | null | undefined)?.documentId ?? null;
  }

  async function eventCandidates(uids: string[], range: CalendarRange): Promise<Candidate[]> {
    const found: Candidate[] = [];
    for (const uid of eventTypes(uids)) {
      const rows = (await strapi.db.query(uid as never).findMany({
        where: { publishedAt: null, [EVENT_FIELD]: { $gte: range.from, $lte: range.to } },
        select: ['documentId', EVENT_FIELD, ...(model(uid).pluginOptions?.i18n?.localized ? ['locale'] : [])],
      } as never)) as Draft[];
      for (const row of rows) {
        found.push({ kind: 'event', uid, documentId: row.documentId, locale: row.locale ?? null, date: String(row[EVENT_FIELD]).slice(0, 10), at: null, step: null });
      }
    }
    return found;
  }

  /** Scheduled steps, due and overdue times within the range, from the state table. */
  function timedCandidates(rows: StateRow[], start: Date, end: Date, now: Date): Candidate[] {
    const within = (iso: string | null): iso is string => Boolean(iso) && new Date(iso!) >= start && new Date(iso!) <= end;
    const found: Candidate[] = [];
    for (const row of rows) {
      const wf = getRegistry().workflowOf(row.targetUid)!;
      const kind = wf.states.find((state) => state.id === row.state)?.kind;
      const ref = { uid: row.targetUid, documentId: row.targetDocumentId, locale: row.locale };
      if (within(row.publishAt)) {
        const stepId = row.scheduledTransition ?? 'publish';
        const step = wf.transitions.find((t) => t.id === stepId)?.label ?? stepId;
        found.push({ ...ref, kind: 'scheduled', date: calendar.localDate(new Date(row.publishAt)), at: row.publishAt, step });
      }
      // Only items still waiting are due: a published or closed item's old due time is history.
      if (within(row.dueAt) && kind !== 'live' && kind !== 'closed') {
        const overdue = new Date(row.dueAt).getTime() < now.getTime();
        found.push({ ...ref, kind: overdue ? 'overdue' : 'due', date: calendar.localDate(new Date(row.dueAt)), at: row.dueAt, step: null });
      }
    }
    return found;
  }

  /** Drafts of the candidates with the relations the read conditions need, by state key. */
  async function draftsOf(uid: string, documentIds: string[], reader: DraftReader): Promise<Map<string, Draft>> {
    const drafts = new Map<string, Draft>();
    for (const ids of chunks([...new Set(documentIds)])) {
      const rows = (await strapi.db.query(uid as never).findMany({
        where: { documentId: { $in: ids }, publishedAt: null }, populate: reader.populate,
      } as never)) as Draft[];
      for (const row of rows) drafts.set(stateKeyOf(uid, row.documentId, row.locale), row);
    }
    return drafts;
  }

  async function publishedKeys(uid: string, documentIds: string[]): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const ids of chunks([...new Set(documentIds)])) {
      const rows = (await strapi.db.query(uid as never).findMany({
        where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
        select: ['documentId', ...(model(uid).pluginOptions?.i18n?.localized ? ['locale'] : [])],
      } as never)) as Draft[];
      for (const row of rows) keys.add(stateKeyOf(uid, row.documentId, row.locale));
    }
    return keys;
  }

  async function statesOf(keys: string[]): Promise<Map<string, StateRow>> {
    const rows = new Map<string, StateRow>();
    for (const part of chunks(keys)) for (const row of await states.findMany({ stateKey: { $in: part } })) rows.set(row.stateKey, row);
    return rows;
  }

  return {
    eventTypes,

    /** The entries of the range for the person whose ability is given, overdue first within a day. */
    async entries(range: CalendarRange, userAbility: unknown, now = new Date()): Promise<CalendarResult> {
      const readers = new Map<string, DraftReader>();
      for (const uid of getRegistry().governedUids()) {
        const reader = draftReader(strapi, userAbility, uid);
        if (reader.mayReadType) readers.set(uid, reader);
      }
      // The unit filter offers the units of the person's own wards (the entries are scoped by the read conditions).
      const sites = await staffSites(strapi);
      const units = (await strapi.db.query(UNIT_UID as never).findMany({
        ...(sites ? { where: { site: { id: { $in: sites } } } } : {}), select: ['documentId', 'name', 'slug'],
      } as never)) as Array<{
        documentId: string; name: string; slug: string;
      }>;
      const unitName = new Map(units.map((unit) => [unit.documentId, unit.name]));
      const bySlug = new Map(units.map((unit) => [unit.slug, unit.documentId]));
      const types = [...readers.keys()]
        .map((uid) => ({ uid, label: model(uid).info?.displayName ?? uid }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
      const result: CalendarResult = {
        from: range.from, to: range.to, entries: [], types,
        units: units.map((unit) => ({ id: unit.documentId, name: unit.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      };
      const uids = [...readers.keys()].filter((uid) => !range.type || uid === range.type);
      if (uids.length === 0) return result;

      // The range's first and last instants on Hà Nội's wall clock.
      const start = new Date(calendar.endOfLocalDay(range.from, -1).getTime() + 1);
      const end = calendar.endOfLocalDay(range.to);
      const timedRows = await states.findMany({
        targetUid: { $in: uids },
        $or: [
          { publishAt: { $gte: start.toISOString(), $lte: end.toISOString() } },
          { dueAt: { $gte: start.toISOString(), $lte: end.toISOString() } },
        ],
      });
      const candidates = [...(await eventCandidates(uids, range)), ...timedCandidates(timedRows, start, end, now)];
      const keyOf = (candidate: Candidate) => stateKeyOf(candidate.uid, candidate.documentId, candidate.locale);
      const stateRows = new Map(timedRows.map((row) => [row.stateKey, row]));
      for (const [key, row] of await statesOf(candidates.filter((c) => !stateRows.has(keyOf(c))).map(keyOf))) stateRows.set(key, row);

      const kept: Array<Candidate & { draft: Draft; state: string; stateLabel: string; unitId: string | null }> = [];
      for (const uid of uids) {
        const mine = candidates.filter((candidate) => candidate.uid === uid);
        if (mine.length === 0) continue;
        const wf = getRegistry().workflowOf(uid)!;
        const reader = readers.get(uid)!;
        const drafts = await draftsOf(uid, mine.map((c) => c.documentId), reader);
        // Items without a state row yet (made before the plugin, imports): published if a published version exists.
        const live = await publishedKeys(uid, mine.filter((c) => !stateRows.has(keyOf(c))).map((c) => c.documentId));
        for (const candidate of mine) {
          const draft = drafts.get(keyOf(candidate));
          if (!draft || !reader.mayRead(draft)) continue;
          const unitId = unitIdOf(wf, draft, bySlug);
          if (range.unit && unitId !== range.unit) continue;
          const state = stateRows.get(keyOf(candidate))?.state ?? (live.has(keyOf(candidate)) ? 'published' : wf.initial);
          const definition = wf.states.find((candidateState) => candidateState.id === state);
          // A rejected or taken-down item's event is no longer the board's business.
          if (candidate.kind === 'event' && definition?.kind === 'closed') continue;
          kept.push({ ...candidate, draft, state, stateLabel: definition?.label ?? state, unitId });
        }
      }

      const titles = await titlesOf(strapi, kept.map((c) => ({ targetUid: c.uid, targetDocumentId: c.documentId, locale: c.locale })));
      result.entries = kept
        .map(({ draft: _draft, ...entry }): CalendarEntry => ({
          kind: entry.kind, date: entry.date, at: entry.at, uid: entry.uid, documentId: entry.documentId, locale: entry.locale,
          title: titles.get(`${entry.uid}|${entry.documentId}|${entry.locale ?? ''}`) ?? entry.documentId,
          typeLabel: model(entry.uid).info?.displayName ?? entry.uid,
          unit: entry.unitId ? unitName.get(entry.unitId) ?? null : null, unitId: entry.unitId,
          state: entry.state, stateLabel: entry.stateLabel, step: entry.step, url: editPath(entry.uid, entry.documentId, entry.locale),
        }))
        .sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
          || (a.at ?? '').localeCompare(b.at ?? '') || a.title.localeCompare(b.title, 'vi'));
      return result;
    },
  };
}

export type CalendarEntries = ReturnType<typeof calendarEntries>;
