import type { Core } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { eventLabel } from '../notify';
import { getRegistry } from '../registry';
import type { LogEntry } from '../repositories/log';
import { snapshotsRepository } from '../repositories/snapshots';
import type { WorkflowDefinition } from '../workflow/types';
import type { ComparedPoint, Comparison, FieldComparison, MediaRef, RelationRef } from '../api-types';
import { draftVersion } from './content-hash';
import { fieldLabel } from './fields';
import { blocksParts, kindOf, sameContent, textParts } from './field-diff';
import { titlesOf } from './items';
import type { WorkflowService } from './workflow';

/** Fields that describe the row, not the content (as content-hash.ts leaves them out). */
const META = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);
/** Log events that are not someone's decision on the content. */
const NOT_DECISIONS = new Set(['overdue']);

type Attribute = { type: string; target?: string; component?: string };

export interface CompareRequest {
  uid: string;
  documentId: string;
  locale?: string;
  /** Log entry seq numbers; `to` may be 'draft' (the default). */
  from?: number;
  to?: number | 'draft';
  userId: number;
}

const badEntry = (seq: number) => new WorkflowError(400, 'BAD_LOG_ENTRY',
  `Mục nhật ký số ${seq} không thuộc mục này hoặc không gắn với nội dung nào: không so sánh được.`);

/** Compares two points of an item's history (snapshots of decisions, or the current draft), field by field. */
export function compareService(strapi: Core.Strapi) {
  const snapshots = snapshotsRepository(strapi);
  const workflow = () => strapi.plugin('editorial-workflow').service('workflow') as WorkflowService;

  const pointOf = (wf: WorkflowDefinition, entry: LogEntry): ComparedPoint => ({
    seq: entry.seq, draft: false, contentHash: entry.contentHash!, event: entry.event, label: eventLabel(wf, entry.event), actor: entry.actor?.name, at: entry.at,
  });

  async function contentAt(entry: LogEntry): Promise<unknown> {
    const snapshot = await snapshots.find(entry.contentHash!);
    if (!snapshot) {
      throw new WorkflowError(400, 'NO_SNAPSHOT', `Bước "${entry.event}" (số ${entry.seq}) được ghi trước khi có bản lưu nội dung: không so sánh được.`);
    }
    return snapshot.content;
  }

  async function mediaRefs(value: unknown): Promise<MediaRef[]> {
    const files = (Array.isArray(value) ? value : value ? [value] : []) as Array<{ hash?: string }>;
    const hashes = files.map((file) => file.hash).filter((hash): hash is string => typeof hash === 'string');
    const found = hashes.length === 0 ? [] : (await strapi.db.query('plugin::upload.file').findMany({
      where: { hash: { $in: hashes } }, select: ['id', 'hash', 'url'],
    })) as Array<{ id: number; hash: string; url: string }>;
    // A file replaced since keeps its id but not its hash: the earlier bytes are no longer on file.
    return hashes.map((hash) => {
      const file = found.find((candidate) => candidate.hash === hash);
      return { hash, id: file?.id ?? null, url: file?.url ?? null };
    });
  }

  async function relationRefs(target: string | undefined, value: unknown, locale: string | null): Promise<RelationRef[]> {
    const refs = (Array.isArray(value) ? value : value ? [value] : []) as Array<{ documentId?: string }>;
    const ids = refs.map((ref) => ref.documentId).filter((id): id is string => typeof id === 'string');
    if (!target || ids.length === 0) return ids.map((documentId) => ({ documentId, title: null }));
    const model = strapi.contentType(target as never) as { attributes: Record<string, Attribute>; pluginOptions?: { i18n?: { localized?: boolean } }; options?: { draftAndPublish?: boolean } } | undefined;
    const localized = Boolean(model?.pluginOptions?.i18n?.localized);
    const field = ['title', 'name', 'fullName'].find((name) => model?.attributes[name]);
    const titles = new Map<string, string>();
    if (getRegistry().workflowOf(target)) {
      for (const [key, title] of await titlesOf(strapi, ids.map((id) => ({ targetUid: target, targetDocumentId: id, locale: null })))) {
        const [, documentId, rowLocale] = key.split('|');
        if (!localized || !titles.has(documentId) || rowLocale === (locale ?? '')) titles.set(documentId, title);
      }
    } else if (field) {
      const where = { documentId: { $in: ids }, ...(model?.options?.draftAndPublish ? { publishedAt: null } : {}), ...(localized && locale ? { locale } : {}) };
      const rows = (await strapi.db.query(target as never).findMany({ where, select: ['documentId', field] })) as Array<Record<string, string>>;
      for (const row of rows) titles.set(row.documentId, row[field]);
    }
    return ids.map((documentId) => ({ documentId, title: titles.get(documentId) ?? null }));
  }

  /** A component's content with its images and relations named (file id and URL, documentId and title). */
  async function resolved(componentUid: string | undefined, value: unknown, locale: string | null): Promise<unknown> {
    if (Array.isArray(value)) return Promise.all(value.map((item) => resolved(componentUid, item, locale)));
    if (value === null || typeof value !== 'object') return value ?? null;
    const record = value as Record<string, unknown>;
    const uid = componentUid ?? (record.__component as string | undefined);
    const component = uid ? (strapi.components[uid as never] as { attributes: Record<string, Attribute> } | undefined) : undefined;
    if (!component) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      const attribute = component.attributes[key];
      const kind = attribute ? kindOf(attribute.type) : 'other';
      out[key] = kind === 'media' ? await mediaRefs(item)
        : kind === 'relation' ? await relationRefs(attribute.target, item, locale)
          : kind === 'component' ? await resolved(attribute.component, item, locale)
            : item;
    }
    return out;
  }

  async function compareField(uid: string, locale: string | null, field: string, attribute: Attribute, before: unknown, after: unknown): Promise<FieldComparison> {
    const kind = kindOf(attribute.type);
    const changed = !sameContent(before, after);
    const base = { field, label: await fieldLabel(strapi, uid, field), kind, changed };
    if (kind === 'text') return { ...base, parts: textParts(before, after) };
    if (kind === 'blocks') return { ...base, parts: blocksParts(before, after) };
    if (kind === 'media') return { ...base, before: await mediaRefs(before), after: await mediaRefs(after) };
    if (kind === 'relation') return { ...base, before: await relationRefs(attribute.target, before, locale), after: await relationRefs(attribute.target, after, locale) };
    if (kind === 'component') return changed ? { ...base, before: await resolved(attribute.component, before, locale), after: await resolved(attribute.component, after, locale) } : base;
    return changed ? { ...base, before: before ?? null, after: after ?? null } : base;
  }

  return {
    /** Call only after the read check (read-access.ts): the answer holds the item's content. */
    async compare(request: CompareRequest): Promise<Comparison> {
      const wf = getRegistry().workflowOf(request.uid)!;
      const state = await workflow().state({ uid: request.uid, documentId: request.documentId, locale: request.locale });
      const history = (await workflow().history({ uid: request.uid, documentId: request.documentId, locale: state.locale }))
        .filter((entry) => entry.contentHash && !NOT_DECISIONS.has(entry.event));
      const entryOf = (seq: number) => {
        const entry = history.find((candidate) => candidate.seq === seq);
        if (!entry) throw badEntry(seq);
        return entry;
      };
      const approvals = new Set(wf.transitions.filter((t) => t.approval).map((t) => t.id));
      const mine = [...history].reverse().find((entry) => entry.actor?.id === request.userId) ?? null;
      const lastApproval = [...history].reverse().find((entry) => approvals.has(entry.event)) ?? null;

      const draft = await draftVersion(strapi, request.uid, request.documentId, state.locale);
      const fromEntry = request.from !== undefined ? entryOf(request.from) : mine ?? lastApproval;
      const toEntry = request.to !== undefined && request.to !== 'draft' ? entryOf(request.to) : null;
      const toPoint: ComparedPoint = toEntry ? pointOf(wf, toEntry) : { seq: null, draft: true, contentHash: draft.hash };
      const comparison = {
        to: toPoint,
        changedSinceMyLastDecision: Boolean(mine && mine.contentHash !== draft.hash),
        myLastDecision: mine ? pointOf(wf, mine) : null,
      };
      if (!fromEntry) return { from: null, ...comparison, fields: [] };

      const before = (await contentAt(fromEntry)) as Record<string, unknown>;
      const after = (toEntry ? await contentAt(toEntry) : draft.content) as Record<string, unknown>;
      const attributes = (strapi.contentType(request.uid as never) as { attributes: Record<string, Attribute> }).attributes;
      const fields: FieldComparison[] = [];
      for (const [field, attribute] of Object.entries(attributes)) {
        if (META.has(field) || (attribute.type === 'relation' && attribute.target === 'admin::user')) continue;
        fields.push(await compareField(request.uid, state.locale, field, attribute, before[field], after[field]));
      }
      return { from: pointOf(wf, fromEntry), ...comparison, fields };
    },
  };
}
