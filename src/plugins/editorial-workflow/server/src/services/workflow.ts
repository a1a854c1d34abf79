import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { carry } from '../gate/carrying';
import { workflowTransaction } from '../guard/transaction';
import { getRegistry } from '../registry';
import { logRepository, type LogEntry } from '../repositories/log';
import { statesRepository, type StateRow } from '../repositories/states';
import { stateView } from '../workflow/state-view';
import { unitsRepository, type UnitPeople } from '../repositories/units';
import { checkInput, evaluate, type Actor, type ItemFacts, type TransitionInput } from '../workflow/evaluate';
import { isSchedulable, type TransitionDefinition, type WorkflowDefinition } from '../workflow/types';
import { deleteRefusal } from '../workflow/delete-rule';
import { editRefusal } from '../workflow/edit-rule';
import { vietnamDateTime } from '../time/format';
import { actorOf, lentRightsAt, SYSTEM_ACTOR, type AdminUser } from './actor';
import { peopleOf } from './people';
import { holdersOf } from '../notify/recipients';
import { permissionOf } from '../workflow/evaluate';
import { fieldLabel, hasContent } from './fields';
import { contentHash, draftVersion } from './content-hash';
import { snapshotsRepository } from '../repositories/snapshots';
import { articleProblems } from './content-rules';
import { dueAt, publishDeadline } from './due';
import { freshSettings } from '../settings/cache';
import { titleKey, titlesOf } from './items';
import { notifier, type Notice } from '../notify';
import { siteOfItem, sitesOfItems } from '../sites/owned';
import { membersAmong } from '../sites/memberships';
import type { Assignee, AvailableTransition, ItemPeople, QueueItem } from '../api-types';

export type { Assignee, AvailableTransition, QueueItem };

/** Emitted on strapi.eventHub after each transition commits: { uid, documentId, locale, event, fromState, toState }. */
export const TRANSITION_EVENT = 'editorial-workflow.transition';

export interface Target {
  uid: string;
  documentId: string;
  locale?: string | null;
}

export interface TransitionRequest extends Target {
  transitionId: string;
  actor: Actor;
  input?: TransitionInput;
  now?: Date;
  /** Written in the step's own transaction once its log row exists (a return's comment pointers): both or neither. */
  alsoDo?: (entry: LogEntry) => Promise<unknown>;
}

/** What an item's draft and unit tell the workflow (see `contextsOf`). */
interface ItemContext {
  unit: UnitPeople | null;
  isOrientation: boolean;
}

const ARTICLE = 'api::article.article';
/** Items per `$in`: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

export interface TransitionResult {
  state: StateRow;
  entry: LogEntry;
}

/** Carries out transitions, keeps the state table and the log in step, and answers the gate. */
export function workflowService({ strapi }: { strapi: Core.Strapi }) {
  const states = statesRepository(strapi);
  const log = logRepository(strapi);
  const units = unitsRepository(strapi);
  const notify = notifier(strapi);
  const snapshots = snapshotsRepository(strapi);

  async function titleOf(row: StateRow): Promise<string> {
    return (await titlesOf(strapi, [row])).get(titleKey(row)) ?? row.targetDocumentId;
  }

  function workflowOf(uid: string): WorkflowDefinition {
    const wf = getRegistry().workflowOf(uid);
    if (!wf) throw new WorkflowError(404, 'NOT_GOVERNED', `Loại nội dung "${uid}" không theo quy trình biên tập.`);
    return wf;
  }

  /** The locale a state row is kept under: the given or default locale for localized types, none otherwise. */
  async function localeOf(uid: string, locale: string | null | undefined): Promise<string | null> {
    const model = strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } };
    if (!model.pluginOptions?.i18n?.localized) return null;
    return locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
  }

  async function draftRow(uid: string, documentId: string, locale: string | null) {
    const where: Record<string, unknown> = { documentId, publishedAt: null };
    if (locale) where.locale = locale;
    const assignee = getRegistry().workflowOf(uid)?.assignee?.field;
    const populate = { createdBy: { select: ['id'] }, ...(assignee ? { [assignee]: { select: ['id'] } } : {}) };
    return strapi.db.query(uid as never).findOne({ where, populate }) as Promise<
      ({ id: number; createdBy?: { id: number } | null } & Record<string, unknown>) | null
    >;
  }

  /** Who acts as an item's author: its assignee in workflows that assign people, else its creator. */
  function authorOfDraft(wf: WorkflowDefinition, draft: { createdBy?: { id: number } | null } & Record<string, unknown>): number | null {
    if (wf.assignee) return (draft[wf.assignee.field] as { id: number } | null | undefined)?.id ?? null;
    return draft.createdBy?.id ?? null;
  }

  async function hasPublishedVersion(uid: string, documentId: string, locale: string | null): Promise<boolean> {
    const where: Record<string, unknown> = { documentId, publishedAt: { $notNull: true } };
    if (locale) where.locale = locale;
    return (await strapi.db.query(uid as never).count({ where })) > 0;
  }

  /**
   * The system (an import, the demo data) moves an item to `to` outside the table's transitions, in one
   * transaction with `alsoDo` (a publication) and the log entry naming the system as the actor.
   */
  async function moveAsSystem(row: StateRow, to: string, event: string, note: string, alsoDo?: () => Promise<unknown>): Promise<void> {
    const now = new Date();
    const version = await draftVersion(strapi, row.targetUid, row.targetDocumentId, row.locale);
    await workflowTransaction(strapi, async ({ trx }) => {
      const closesRound = to === 'published' ? { editorIds: [] } : {};
      if (!(await states.moveIf(row, { state: to, enteredAt: now.toISOString(), dueAt: null, approvals: {}, ...closesRound }))) {
        throw new WorkflowError(409, 'CONFLICT', 'Mục vừa được người khác xử lý.');
      }
      await alsoDo?.();
      await log.append({
        targetUid: row.targetUid, targetDocumentId: row.targetDocumentId, locale: row.locale, event,
        fromState: row.state, toState: to, actor: await actorSnapshot(SYSTEM_ACTOR), reasonCode: null,
        reasonText: null, comment: note, contentHash: version.hash, at: now,
      }, trx);
      await snapshots.keep(row.targetUid, version);
    });
  }

  /** The item's state row; items made before the plugin (or by imports) get one on first use. */
  async function ensureState(target: Target, authorId?: number | null): Promise<StateRow> {
    const wf = workflowOf(target.uid);
    const locale = await localeOf(target.uid, target.locale);
    const existing = await states.find(target.uid, target.documentId, locale);
    if (existing) return existing;
    const draft = await draftRow(target.uid, target.documentId, locale);
    if (!draft) throw new WorkflowError(404, 'NOT_FOUND', 'Không tìm thấy mục này.');
    const state = (await hasPublishedVersion(target.uid, target.documentId, locale)) ? 'published' : wf.initial;
    return states.create({
      targetUid: target.uid,
      targetDocumentId: target.documentId,
      locale,
      workflow: wf.id,
      state,
      authorId: authorId ?? authorOfDraft(wf, draft),
      isOrientation: false,
      approvals: {},
      enteredAt: new Date().toISOString(),
      dueAt: null,
      publishAt: null,
      publishBy: null,
    });
  }

  /**
   * What the items' drafts and units say about them: each one's unit (whose heads review it: its own, or its
   * workflow's fixed one) and, when `orientation` is asked, whether it is an orientation item (flagged on the
   * state row, on the item, or by its category). One draft query per type and locale, one for the units, one
   * per fixed unit, however many items: the queue and the panel read the same answers. Keyed by `titleKey`.
   */
  async function contextsOf(rows: StateRow[], { orientation }: { orientation: boolean }): Promise<Map<string, ItemContext>> {
    const groups = new Map<string, StateRow[]>();
    for (const row of rows) {
      const group = `${row.targetUid}|${row.locale ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), row]);
    }
    const unitIdOf = new Map<string, string | null>();
    const flagged = new Set<string>();
    for (const group of groups.values()) {
      const { targetUid: uid, locale } = group[0];
      const wf = workflowOf(uid);
      const unitField = wf.unit && 'field' in wf.unit ? wf.unit.field : null;
      const byCategory = orientation && uid === ARTICLE && group.some((row) => !row.isOrientation);
      if (!unitField && !byCategory) continue;
      const documentIds = [...new Set(group.map((row) => row.targetDocumentId))];
      for (let start = 0; start < documentIds.length; start += CHUNK) {
        const drafts = (await strapi.documents(uid as never).findMany({
          filters: { documentId: { $in: documentIds.slice(start, start + CHUNK) } },
          status: 'draft',
          ...(locale ? { locale } : {}),
          fields: byCategory ? ['documentId', 'isOrientation'] : ['documentId'],
          populate: {
            ...(unitField ? { [unitField]: { fields: ['documentId'] } } : {}),
            ...(byCategory ? { category: { fields: ['requiresOrientationReview'] } } : {}),
          },
        } as never)) as Array<Record<string, unknown> & { documentId: string }>;
        for (const draft of drafts) {
          const key = titleKey({ targetUid: uid, targetDocumentId: draft.documentId, locale });
          if (unitField) unitIdOf.set(key, (draft[unitField] as { documentId: string } | null | undefined)?.documentId ?? null);
          const category = draft.category as { requiresOrientationReview?: boolean } | null | undefined;
          if (byCategory && (draft.isOrientation || category?.requiresOrientationReview)) flagged.add(key);
        }
      }
    }
    const byDocumentId = await units.byDocumentIds([...unitIdOf.values()].filter((id): id is string => Boolean(id)));
    const bySlug = new Map<string, UnitPeople | null>();
    const contexts = new Map<string, ItemContext>();
    for (const row of rows) {
      const wf = workflowOf(row.targetUid);
      const key = titleKey(row);
      let unit: UnitPeople | null = null;
      if (wf.unit && 'slug' in wf.unit) {
        if (!bySlug.has(wf.unit.slug)) bySlug.set(wf.unit.slug, await units.bySlug(wf.unit.slug));
        unit = bySlug.get(wf.unit.slug) ?? null;
      } else if (wf.unit) {
        const unitId = unitIdOf.get(key);
        unit = unitId ? byDocumentId.get(unitId) ?? null : null;
      }
      contexts.set(key, { unit, isOrientation: row.isOrientation || flagged.has(key) });
    }
    return contexts;
  }

  async function unitOf(row: StateRow): Promise<UnitPeople | null> {
    return (await contextsOf([row], { orientation: false })).get(titleKey(row))!.unit;
  }

  /** The facts `evaluate` decides on, from the state row and what `contextsOf` found. */
  function factsFrom(row: StateRow, context: ItemContext): ItemFacts {
    return {
      state: row.state,
      authorId: row.authorId,
      editorIds: row.editorIds ?? [],
      unitHeadIds: context.unit?.headIds ?? [],
      isOrientation: context.isOrientation,
      approvals: row.approvals ?? {},
      currentHash: undefined,
      scheduled: scheduledOf(row),
    };
  }

  async function factsOf(row: StateRow, withHash: boolean): Promise<ItemFacts> {
    const facts = factsFrom(row, (await contextsOf([row], { orientation: true })).get(titleKey(row))!);
    if (withHash) facts.currentHash = await contentHash(strapi, row.targetUid, row.targetDocumentId, row.locale);
    return facts;
  }

  /** The deadline the item carries itself (a question's legal answer date), for states without a target. */
  async function ownDeadline(wf: WorkflowDefinition, row: StateRow): Promise<string | null> {
    if (!wf.dueField) return null;
    const draft = (await draftRow(row.targetUid, row.targetDocumentId, row.locale)) as Record<string, unknown> | null;
    const value = draft?.[wf.dueField];
    return value ? new Date(value as string).toISOString() : null;
  }

  /** Refuses a step while a field it needs is empty (a question sent without an answer). */
  async function assertFilled(row: StateRow, fields: string[], label: string): Promise<void> {
    const draft = (await draftRow(row.targetUid, row.targetDocumentId, row.locale)) as Record<string, unknown> | null;
    const empty = fields.filter((field) => !hasContent(draft?.[field]));
    if (empty.length > 0) {
      const names = await Promise.all(empty.map(async (field) => `"${await fieldLabel(strapi, row.targetUid, field)}"`));
      throw new WorkflowError(400, 'REQUIRED_EMPTY', `Chưa "${label}" được: hãy nhập ${names.join(', ')} rồi bấm Lưu trước.`);
    }
  }

  /** The person named by an `assigns` step: one of the holders of the workflow's eligible permission. */
  async function eligibleAssignee(wf: WorkflowDefinition, id: number | undefined, row: StateRow): Promise<number> {
    if (!wf.assignee || id === undefined) throw new WorkflowError(400, 'ASSIGNEE_REQUIRED', 'Hãy chọn cán bộ được giao.');
    // An officer of the item's ward: another ward's people cannot be given its questions.
    const site = await siteOfItem(strapi, row.targetUid, row.targetDocumentId);
    if (!(await holdersOf(strapi, permissionOf(wf, wf.assignee.eligible), site)).includes(id)) {
      throw new WorkflowError(400, 'NOT_ELIGIBLE', 'Người được chọn không có quyền trả lời: hãy chọn một cán bộ trong danh sách.');
    }
    return id;
  }

  /** A step's own writes to the draft (status fields, the assignee), inside its transaction, below the gate. */
  async function writeDraft(wf: WorkflowDefinition, row: StateRow, writes: Record<string, string> | undefined, assigneeId: number | undefined, now: Date) {
    const data: Record<string, unknown> = Object.fromEntries(
      Object.entries(writes ?? {}).map(([field, value]) => [field, value === '$now' ? now.toISOString() : value]),
    );
    if (assigneeId !== undefined && wf.assignee) data[wf.assignee.field] = assigneeId;
    if (Object.keys(data).length === 0) return;
    const draft = await draftRow(row.targetUid, row.targetDocumentId, row.locale);
    if (draft) await strapi.db.query(row.targetUid as never).update({ where: { id: draft.id }, data } as never);
  }

  /** Who wrote each item and which unit it belongs to, as the panel and the queue name them: one look-up for all. */
  async function authorsAndUnits(items: Array<{ row: StateRow; unit: UnitPeople | null }>): Promise<ItemPeople[]> {
    const authorIds = [...new Set(items.map(({ row }) => row.authorId).filter((id): id is number => Boolean(id)))];
    const people = new Map((await peopleOf(strapi, authorIds)).map((person) => [person.id, person]));
    return items.map(({ row, unit }) => {
      const author = row.authorId ? people.get(row.authorId) : undefined;
      return { author: author ? { name: author.name, units: author.units } : null, unit: unit?.name ?? null };
    });
  }

  /** The content type's name as the Content Manager shows it. */
  function typeLabel(uid: string): string {
    return (strapi.contentType(uid as never) as { info?: { displayName?: string } } | undefined)?.info?.displayName ?? uid;
  }

  /** The step waiting on the item's schedule: rows scheduled before steps other than publish were named hold none. */
  function scheduledOf(row: StateRow): string | null {
    return row.publishAt ? row.scheduledTransition ?? 'publish' : null;
  }

  async function actorSnapshot(actor: Actor) {
    const actorUnits = actor.id ? await units.ofUser(actor.id) : [];
    return { id: actor.id || null, name: actor.name, roles: actor.roles, units: actorUnits.map((unit) => unit.name) };
  }

  return {
    governs(uid: string): boolean {
      return Boolean(getRegistry().workflowOf(uid));
    },

    ensureState,

    /** Sets when an item is due out of its current state, for deadlines the item itself carries (questions). */
    async setDue(target: Target, due: string): Promise<void> {
      const row = await ensureState(target);
      await states.setDue(row.id, due);
    },

    /** Who may be assigned items of a type: "Họ tên — Đơn vị" of each holder of the eligible permission. */
    /** `sites`: only people who are members of one of these wards (the asker's); omitted, everyone. */
    async assignees(uid: string, actor: Actor, sites?: number[]): Promise<Assignee[]> {
      const wf = workflowOf(uid);
      // Names and units of staff are shown only to those who may assign: not to every signed-in person.
      const assigning = wf.transitions.filter((t) => t.assigns);
      if (!assigning.some((t) => actor.permissions.has(permissionOf(wf, t.id)))) {
        throw new WorkflowError(403, 'NO_PERMISSION', `Tài khoản của bạn không có quyền "${assigning[0]?.label ?? 'giao việc'}".`);
      }
      if (!wf.assignee) throw new WorkflowError(404, 'NO_ASSIGNEE', `Loại nội dung "${wf.label}" không giao cho người xử lý.`);
      const eligible = await holdersOf(strapi, permissionOf(wf, wf.assignee.eligible));
      return peopleOf(strapi, sites ? await membersAmong(strapi, eligible, sites) : eligible);
    },

    /** The workflow's view of an admin user (for scripts, imports and the demo seed). */
    actorOf: (user: AdminUser) => actorOf(strapi, user),

    /** The unit whose heads review the item (its own unit, or the workflow's fixed one). */
    unitOf: (row: StateRow) => unitOf(row),

    async state(target: Target): Promise<StateRow> {
      return ensureState(target);
    },

    /** The locale the item's workflow is kept under (the default one when a localized type's is not given). */
    localeOf,

    async history(target: Target): Promise<LogEntry[]> {
      const locale = await localeOf(target.uid, target.locale);
      return log.history(target.uid, target.documentId, locale);
    },

    async available(target: Target, actor: Actor): Promise<AvailableTransition[]> {
      const wf = workflowOf(target.uid);
      const row = await ensureState(target);
      const facts = await factsOf(row, wf.transitions.some((t) => t.effect === 'publish' && t.from.includes(row.state)));
      return wf.transitions
        .filter((t) => t.from.includes(row.state))
        .map((t) => {
          const verdict = evaluate(wf, t.id, actor, facts);
          return {
            id: t.id,
            label: t.label,
            allowed: verdict.ok,
            ...(verdict.ok ? {} : { refusal: { code: verdict.code, message: verdict.message } }),
            needsReason: Boolean(t.reason),
            needsReasonText: Boolean(t.reason || t.reasonText),
            schedulable: isSchedulable(t, target.uid),
            assigns: Boolean(t.assigns),
          };
        });
    },

    /**
     * What the edit view's panel shows besides the transitions: author and unit, orientation (as the
     * workflow decides it), the step scheduled, and whether a delete, or an edit by `userId`, would pass
     * the gate now.
     */
    async details(target: Target, userId?: number): Promise<{
      people: ItemPeople; isOrientation: boolean; scheduled: string | null;
      deletable: { ok: boolean; reason?: string }; editable: { ok: boolean; reason?: string };
    }> {
      const wf = workflowOf(target.uid);
      const row = await ensureState(target);
      const state = wf.states.find((candidate) => candidate.id === row.state)!;
      const refusal = deleteRefusal(state, await hasPublishedVersion(row.targetUid, row.targetDocumentId, row.locale), row.locale);
      const edit = editRefusal(state, userId !== undefined && userId === row.authorId);
      const context = (await contextsOf([row], { orientation: true })).get(titleKey(row))!;
      const [people] = await authorsAndUnits([{ row, unit: context.unit }]);
      return {
        people,
        isOrientation: context.isOrientation,
        scheduled: scheduledOf(row),
        deletable: refusal ? { ok: false, reason: refusal } : { ok: true },
        editable: edit ? { ok: false, reason: `Mục đang ở trạng thái "${state.label}": ${edit.hint}.` } : { ok: true },
      };
    },

    /**
     * Carries out one transition: checks it with `evaluate`, then moves the state with a conditional
     * update, performs the publish/unpublish it stands for and appends the log row, all in one
     * transaction. A concurrent transition on the same item makes this one fail with 409.
     */
    async perform(request: TransitionRequest): Promise<TransitionResult> {
      const now = request.now ?? new Date();
      const input = request.input ?? {};
      const wf = workflowOf(request.uid);
      // Another instance may have changed the calendar or an SLA: due times come from the settings in force.
      await freshSettings(strapi);
      const row = await ensureState(request);
      const t = wf.transitions.find((candidate) => candidate.id === request.transitionId);
      // The content the decision is bound to: its hash goes in the log row, the content into the snapshot.
      const version = await draftVersion(strapi, row.targetUid, row.targetDocumentId, row.locale);
      const facts = { ...(await factsOf(row, false)), currentHash: version.hash };
      const verdict = evaluate(wf, request.transitionId, request.actor, facts);
      if (!verdict.ok) throw new WorkflowError(verdict.status, verdict.code, verdict.message);
      const refusal = checkInput(wf, request.transitionId, input, now, request.uid);
      if (refusal) throw new WorkflowError(refusal.status, refusal.code, refusal.message);
      const transition = t!;

      if (transition.contentRules && row.targetUid === 'api::article.article') {
        const authorUnits = (await units.ofUser(request.actor.id)).map((unit) => unit.documentId);
        const problems = await articleProblems(strapi, row.targetDocumentId, row.locale, authorUnits, input.reasonText, now);
        if (problems.length > 0) {
          throw new WorkflowError(400, 'CONTENT_RULES', `Chưa gửi được: ${problems.join(' ')}`);
        }
      }

      if (transition.requires?.length) await assertFilled(row, transition.requires, transition.label);
      const assigneeId = transition.assigns ? await eligibleAssignee(wf, input.assigneeId, row) : undefined;

      const hash = version.hash;
      // A scheduled step only records when it fires; cancelling clears that record: neither moves the item.
      const scheduled = Boolean(input.publishAt && isSchedulable(transition, request.uid));
      const cancels = Boolean(transition.cancelsSchedule);
      const stays = scheduled || cancels;
      const to = stays ? row.state : verdict.to;
      const toKind = wf.states.find((state) => state.id === to)?.kind;
      // Approved news waits for the publisher until the plan's deadline after the event, not one working day.
      const due = (toKind === 'ready' && (await publishDeadline(strapi, row.targetUid, row.targetDocumentId, row.locale)))
        || dueAt(strapi, wf, to, now) || (await ownDeadline(wf, row));
      const noSchedule = { publishAt: null, publishBy: null, scheduledTransition: null, scheduledInput: null };
      const changes: Partial<StateRow> = scheduled
        ? {
            publishAt: new Date(input.publishAt!).toISOString(), publishBy: request.actor.id, scheduledTransition: transition.id,
            scheduledInput: transition.reason || transition.reasonText ? { reasonCode: input.reasonCode, reasonText: input.reasonText?.trim() } : null,
          }
        : cancels
          ? noSchedule
          : {
            state: to,
            enteredAt: now.toISOString(),
            dueAt: due,
            ...noSchedule,
            isOrientation: row.isOrientation || Boolean(transition.setsOrientation),
            ...(assigneeId !== undefined ? { authorId: assigneeId } : {}),
            // A publication closes a round of changes: four-eyes starts again with the next revision.
            ...(transition.effect === 'publish' ? { editorIds: [], reviewerId: null } : {}),
            approvals: toKind === 'editing'
              ? {}
              : transition.approval
                ? { ...(row.approvals ?? {}), [transition.id]: { userId: request.actor.id, hash, ...(verdict.onBehalfOf ? { onBehalfOf: verdict.onBehalfOf.id } : {}) } }
                : row.approvals ?? {},
          };
      const note = scheduled
        ? `${scheduleVerb(transition.effect)} lúc ${vietnamDateTime(changes.publishAt!)}. `
        : cancels && row.publishAt
          ? `Đã hủy lịch ${scheduleVerb(wf.transitions.find((other) => other.id === scheduledOf(row))?.effect).toLowerCase()} lúc ${vietnamDateTime(row.publishAt)}. `
          : '';
      const actor = { ...(await actorSnapshot(request.actor)), ...(verdict.onBehalfOf ? { onBehalfOf: verdict.onBehalfOf } : {}) };
      const title = await titleOf(row);

      const result = await workflowTransaction(strapi, async ({ trx }) => {
        if (!(await states.moveIf(row, changes))) {
          throw new WorkflowError(409, 'CONFLICT', 'Mục vừa được người khác xử lý: hãy tải lại để xem trạng thái mới.');
        }
        if (!stays) await writeDraft(wf, row, transition.writes, assigneeId, now);
        if (transition.effect && !stays) {
          const { uid, documentId } = request;
          const locale = row.locale ?? undefined;
          const documents = strapi.documents(uid as never);
          await carry({ uid, documentId, action: transition.effect }, () =>
            transition.effect === 'publish'
              ? documents.publish({ documentId, locale } as never)
              : documents.unpublish({ documentId, locale } as never),
          );
        }
        const entry = await log.append(
          {
            targetUid: row.targetUid,
            targetDocumentId: row.targetDocumentId,
            locale: row.locale,
            event: scheduled ? `${transition.id}_scheduled` : transition.id,
            fromState: row.state,
            toState: to,
            actor,
            reasonCode: input.reasonCode ?? null,
            reasonText: input.reasonText?.trim() || null,
            comment: (note + (input.comment?.trim() ?? '')).trim() || null,
            contentHash: hash,
            at: now,
          },
          trx,
        );
        await request.alsoDo?.(entry);
        await snapshots.keep(row.targetUid, version);
        const notice = await notify.record(wf, entry, title, {
          event: entry.event, toState: to, actorId: request.actor.id || null, authorId: changes.authorId ?? row.authorId, unitHeadIds: facts.unitHeadIds,
          reviewerId: row.reviewerId,
        });
        return { state: { ...row, ...changes, version: row.version + 1 }, entry, notice };
      });
      await notify.email(result.notice);
      // For the site's own reactions to a step (a question's asker is e-mailed), after it committed.
      await strapi.eventHub.emit(TRANSITION_EVENT, {
        uid: row.targetUid, documentId: row.targetDocumentId, locale: row.locale, event: result.entry.event, fromState: row.state, toState: to,
      });
      return { state: result.state, entry: result.entry };
    },

    /**
     * After an edit: whoever changed the content is recorded (they may not approve it), and an approval
     * is bound to the content it was given on. If the content changed, the approvals are revoked and the
     * item goes back to the workflow's `revokeTo` state, with a log row. `force` revokes even when the
     * hash cannot see the change (a file replaced under the same name).
     */
    async afterEdit(target: Target, actor: Actor, { changed = true, force = false }: { changed?: boolean; force?: boolean } = {}): Promise<void> {
      const wf = workflowOf(target.uid);
      const row = await ensureState(target);
      if ((changed || force) && actor.id) await states.addEditor(row, actor.id);
      const kind = wf.states.find((state) => state.id === row.state)?.kind;
      const approvals = Object.values(row.approvals ?? {});
      if ((kind !== 'review' && kind !== 'ready') || approvals.length === 0) return;
      const version = await draftVersion(strapi, row.targetUid, row.targetDocumentId, row.locale);
      const hash = version.hash;
      if (!force && approvals.every((approval) => approval.hash === hash)) return;
      const now = new Date();
      const snapshot = await actorSnapshot(actor);
      const facts = await factsOf(row, false);
      const title = await titleOf(row);
      const notice: Notice = await workflowTransaction(strapi, async ({ trx }) => {
        const changes = {
          state: wf.revokeTo, approvals: {}, enteredAt: now.toISOString(), dueAt: dueAt(strapi, wf, wf.revokeTo, now),
          publishAt: null, publishBy: null, scheduledTransition: null, scheduledInput: null,
        };
        if (!(await states.moveIf(row, changes))) {
          throw new WorkflowError(409, 'CONFLICT', 'Mục vừa được người khác xử lý: hãy tải lại để xem trạng thái mới.');
        }
        const entry = await log.append({
          targetUid: row.targetUid, targetDocumentId: row.targetDocumentId, locale: row.locale, event: 'approval_revoked',
          fromState: row.state, toState: wf.revokeTo, actor: snapshot, reasonCode: null,
          reasonText: 'Nội dung đã sửa sau khi duyệt: các lượt duyệt trước bị hủy.', comment: null, contentHash: hash, at: now,
        }, trx);
        await snapshots.keep(row.targetUid, version);
        return notify.record(wf, entry, title, {
          event: entry.event, toState: wf.revokeTo, actorId: actor.id || null, authorId: row.authorId, unitHeadIds: facts.unitHeadIds,
          reviewerId: row.reviewerId,
        });
      });
      await notify.email(notice);
    },

    /**
     * Imports: reopens a published or unpublished item as a draft so that a synchronisation may change
     * it, recorded in the log as `import_revised`; the live version stays until `publishAsImport`.
     */
    async reviseAsImport(target: Target, note: string): Promise<void> {
      const wf = workflowOf(target.uid);
      const row = await ensureState(target);
      const kind = wf.states.find((state) => state.id === row.state)?.kind;
      if (kind !== 'live' && kind !== 'closed') return;
      await moveAsSystem(row, wf.initial, 'import_revised', note);
    },

    /** Imports and demo data: publishes an item as the system, recorded in the log as such. */
    async publishAsImport(target: Target, note: string): Promise<void> {
      workflowOf(target.uid);
      const row = await ensureState(target);
      await moveAsSystem(row, 'published', 'import_published', note, () =>
        carry({ uid: target.uid, documentId: target.documentId, action: 'publish' }, () =>
          strapi.documents(target.uid as never).publish({ documentId: target.documentId, locale: row.locale ?? undefined } as never),
        ),
      );
    },

    /**
     * "Việc của tôi": items waiting for something this person may do now (approve, return, publish,
     * or submit their own returned item), overdue first, then by due time.
     */
    /**
     * `atSite`: the actor's workflow rights at a site, null when they are not a member of it (their view of
     * ward items is then taken site by site; without it, the actor's rights apply everywhere: the system).
     */
    async queue(actor: Actor, now = new Date(), atSite?: (siteId: number) => Promise<ReadonlySet<string> | null>): Promise<QueueItem[]> {
      // In id order: items the sort below ranks equal keep one order, whatever plan the database chooses.
      // The states something can still happen in, from the definitions: an IN list the state index answers
      // (NOT IN the live and closed ones made the database read every archived item's row).
      const open = [...new Set(getRegistry().workflows.flatMap((wf) => wf.states.filter((s) => s.kind !== 'live' && s.kind !== 'closed').map((s) => s.id)))];
      const active = (await states.findMany({ state: { $in: open } }, { id: 'asc' }))
        .filter((row) => getRegistry().workflowOf(row.targetUid));
      // What each item's draft and unit say, for all of them at once; evaluate then decides in memory.
      const contexts = await contextsOf(active, { orientation: true });
      const siteOf = atSite ? await sitesOfItems(strapi, active.map((row) => ({ uid: row.targetUid, documentId: row.targetDocumentId }))) : undefined;
      const rightsAt = new Map<number, ReadonlySet<string> | null>();
      const lentAt = new Map<string, ReadonlySet<string>>();
      const waiting: Array<{ row: StateRow; wf: WorkflowDefinition; context: ItemContext; actions: TransitionDefinition[] }> = [];
      for (const row of active) {
        const wf = workflowOf(row.targetUid);
        let who = actor;
        const site = siteOf?.get(`${row.targetUid}|${row.targetDocumentId}`) ?? null;
        if (atSite && site !== null) {
          if (!rightsAt.has(site)) rightsAt.set(site, await atSite(site));
          const rights = rightsAt.get(site);
          // Another ward's item is not offered at all.
          if (!rights) continue;
          // A deputy is offered what the principal may do AT the item's site, as actorAt lets them act.
          const standsInFor = await Promise.all((actor.standsInFor ?? []).map(async (principal) => {
            const key = `${principal.id}|${site}`;
            if (!lentAt.has(key)) lentAt.set(key, await lentRightsAt(strapi, principal.id, site));
            return { ...principal, permissions: lentAt.get(key)! };
          }));
          who = { ...actor, permissions: rights, standsInFor };
        }
        const context = contexts.get(titleKey(row))!;
        const facts = factsFrom(row, context);
        // Listing does not hash every item: publish is offered when approvals agree, and re-checked when taken.
        facts.currentHash = Object.values(facts.approvals)[0]?.hash;
        const actions = wf.transitions
          .filter((t) => t.from.includes(row.state) && !['withdraw', 'revise'].includes(t.id))
          // Reassigning stays possible, but only an item nobody was given waits for someone to assign it.
          .filter((t) => !(t.assigns && row.authorId))
          .filter((t) => evaluate(wf, t.id, who, facts).ok);
        if (actions.length > 0) waiting.push({ row, wf, context, actions });
      }
      const people = await authorsAndUnits(waiting.map(({ row, context }) => ({ row, unit: context.unit })));
      const items: QueueItem[] = waiting.map(({ row, wf, context, actions }, index) => {
        const view = stateView(wf, row, now);
        return {
          uid: row.targetUid, documentId: row.targetDocumentId, locale: row.locale, workflow: wf.id, state: row.state,
          stateLabel: view.label, title: '', dueAt: row.dueAt, overdue: view.overdue, publishAt: row.publishAt,
          typeLabel: typeLabel(row.targetUid), isOrientation: context.isOrientation, ...people[index],
          unitId: context.unit?.documentId ?? null,
          assignedToMe: row.reviewerId === actor.id,
          transitions: actions.map((t) => ({
            id: t.id, label: t.label, needsInput: Boolean(t.reason || t.reasonText || isSchedulable(t, row.targetUid)),
          })),
        };
      });
      const titles = await titlesOf(strapi, items.map((item) => ({ targetUid: item.uid, targetDocumentId: item.documentId, locale: item.locale })));
      for (const item of items) item.title = titles.get(`${item.uid}|${item.documentId}|${item.locale ?? ''}`) ?? item.documentId;
      return items.sort((a, b) => Number(b.assignedToMe) - Number(a.assignedToMe) || Number(b.overdue) - Number(a.overdue)
        || (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'));
    },

    verifyLog: () => log.verify(),

    /** Whether `actor` may give this item to a board member now: a board member, the item waiting. */
    mayAssignReviewer(row: StateRow, actor: Actor): boolean {
      const wf = workflowOf(row.targetUid);
      const kind = wf.states.find((candidate) => candidate.id === row.state)?.kind;
      return actor.permissions.has(permissionOf(wf, wf.boardTransition)) && (kind === 'review' || kind === 'ready');
    },

    /** Board members an item may be given to; only a board member may ask. */
    async reviewers(target: Target, actor: Actor): Promise<Assignee[]> {
      const wf = workflowOf(target.uid);
      const board = permissionOf(wf, wf.boardTransition);
      if (!actor.permissions.has(board)) throw new WorkflowError(403, 'NOT_BOARD', 'Chỉ Ban biên tập giao việc cho thành viên của mình.');
      // Only the board of the item's ward.
      return peopleOf(strapi, await holdersOf(strapi, board, await siteOfItem(strapi, target.uid, target.documentId)));
    },

    /**
     * The board gives an item to one of its members (or takes it back: null). Not a step: the state stays,
     * the log has a row, the member hears of it and of everything after it, and finds it first in their queue.
     */
    async assignReviewer(target: Target, actor: Actor, reviewerId: number | null, now = new Date()): Promise<StateRow> {
      const wf = workflowOf(target.uid);
      const row = await ensureState(target);
      const board = permissionOf(wf, wf.boardTransition);
      if (!actor.permissions.has(board)) throw new WorkflowError(403, 'NOT_BOARD', 'Chỉ Ban biên tập giao việc cho thành viên của mình.');
      const state = wf.states.find((candidate) => candidate.id === row.state);
      if (state?.kind !== 'review' && state?.kind !== 'ready') {
        throw new WorkflowError(409, 'NOT_WAITING', `Mục đang ở trạng thái "${state?.label ?? row.state}": chỉ giao được mục đang chờ duyệt hoặc chờ đăng.`);
      }
      const [person] = reviewerId === null ? [] : await peopleOf(strapi, (await holdersOf(strapi, board, await siteOfItem(strapi, target.uid, target.documentId))).filter((id) => id === reviewerId));
      if (reviewerId !== null && !person) throw new WorkflowError(400, 'NOT_A_MEMBER', 'Chỉ giao được cho một thành viên Ban biên tập.');
      if ((row.reviewerId ?? null) === reviewerId) return row;
      const snapshot = await actorSnapshot(actor);
      const title = await titleOf(row);
      const notice = await workflowTransaction(strapi, async ({ trx }) => {
        if (!(await states.moveIf(row, { reviewerId }))) {
          throw new WorkflowError(409, 'CONFLICT', 'Mục vừa được người khác xử lý: hãy tải lại để xem trạng thái mới.');
        }
        const entry = await log.append({
          targetUid: row.targetUid, targetDocumentId: row.targetDocumentId, locale: row.locale,
          event: reviewerId === null ? 'reviewer_unassigned' : 'reviewer_assigned', fromState: row.state, toState: row.state,
          actor: snapshot, reasonCode: null, reasonText: null,
          comment: person ? `Giao cho ${person.name} xem xét.` : 'Thôi giao cho thành viên Ban biên tập.', contentHash: null, at: now,
        }, trx);
        // Only the member given the item hears of the assignment itself.
        return notify.record(wf, entry, title, {
          event: entry.event, toState: row.state, actorId: actor.id || null, authorId: null, unitHeadIds: [],
          reviewerId: reviewerId ?? row.reviewerId ?? null,
        });
      });
      await notify.email(notice);
      return { ...row, reviewerId, version: row.version + 1 };
    },
  };
}

export type WorkflowService = ReturnType<typeof workflowService>;

/** How the log and the messages name a scheduled step. */
export function scheduleVerb(effect: 'publish' | 'unpublish' | undefined): string {
  return effect === 'unpublish' ? 'Hẹn gỡ' : 'Hẹn đăng';
}
