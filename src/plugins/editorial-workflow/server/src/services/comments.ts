import type { Core } from '@strapi/strapi';
import type { CommentOptions, ItemComment } from '../api-types';
import { WorkflowError } from '../errors';
import { commentsRepository, type CommentRow } from '../repositories/comments';
import { notificationsRepository } from '../repositories/notifications';
import { titlesOf } from './items';
import { displayName, type AdminUser } from './actor';
import { fieldLabel } from './fields';
import { assertMayReadDraft } from './read-access';

/** Fields that describe the row, not the content: a comment cannot be about them. */
const META = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

export interface CommentTarget {
  uid: string;
  documentId: string;
  locale: string | null;
}

export interface NewComment {
  body: string;
  field?: string;
  parentId?: number;
  mentions?: number[];
}

const notFound = () => new WorkflowError(404, 'COMMENT_NOT_FOUND', 'Không tìm thấy ý kiến này.');

/**
 * Comments on an item: threads (one level of replies), optionally about one field, with mentions of staff
 * who may read the item (each gets a notice in the inbox), edits that keep the earlier text, and resolved
 * or open. Whoever may read the item's draft may read and write its comments (the routes check that first).
 */
export function commentsService(strapi: Core.Strapi) {
  const comments = commentsRepository(strapi);
  const inbox = notificationsRepository(strapi);
  const ability = () => strapi.service('admin::permission').engine as { generateUserAbility(user: unknown): Promise<unknown> };

  /** Each row as the panel shows it, with its field's label; replies not yet under their threads. */
  async function described(target: CommentTarget, rows: CommentRow[]): Promise<ItemComment[]> {
    const labels = new Map<string, string>();
    for (const field of new Set(rows.map((row) => row.field).filter((field): field is string => !!field))) {
      labels.set(field, await fieldLabel(strapi, target.uid, field));
    }
    return rows.map((row) => ({
      id: row.id,
      field: row.field ?? null,
      fieldLabel: row.field ? labels.get(row.field) ?? row.field : null,
      parentId: row.parentId ?? null,
      author: { id: row.authorId, name: row.authorName },
      body: row.body,
      earlier: row.earlier ?? [],
      mentions: row.mentions ?? [],
      createdAt: row.createdAt,
      editedAt: row.editedAt ?? null,
      resolved: row.resolvedAt ? { at: row.resolvedAt, by: row.resolvedByName ?? '' } : null,
      returnSeq: row.returnSeq ?? null,
      replies: [],
    }));
  }

  const describedOne = async (target: CommentTarget, row: CommentRow) => (await described(target, [row]))[0];

  /** The threads of an item: each top-level comment with its replies, oldest first. */
  function threadsOf(comments: ItemComment[]): ItemComment[] {
    const threads = comments.filter((comment) => !comment.parentId);
    const byId = new Map(threads.map((thread) => [thread.id, thread]));
    for (const reply of comments.filter((comment) => comment.parentId)) byId.get(reply.parentId!)?.replies.push(reply);
    return threads;
  }

  /** The staff named in a comment: active admin users who may read the item; anyone else is refused by name. */
  async function mentioned(target: CommentTarget, ids: number[], author: AdminUser): Promise<Array<{ id: number; name: string }>> {
    const wanted = [...new Set(ids)].filter((id) => id !== author.id);
    if (wanted.length === 0) return [];
    const users = (await strapi.db.query('admin::user').findMany({
      where: { id: { $in: wanted }, isActive: true }, populate: ['roles'],
    })) as AdminUser[];
    const missing = wanted.filter((id) => !users.some((user) => user.id === id));
    if (missing.length > 0) {
      throw new WorkflowError(400, 'UNKNOWN_MENTION', `Không có cán bộ đang làm việc với mã ${missing.join(', ')} để nhắc tên.`);
    }
    const people: Array<{ id: number; name: string }> = [];
    for (const user of users) {
      if (!(await mayRead(target, user))) {
        throw new WorkflowError(400, 'MENTION_CANNOT_READ', `${displayName(user)} không được xem mục này, nên không nhắc tên được: hãy trao đổi với người có quyền xem.`);
      }
      people.push({ id: user.id, name: displayName(user) });
    }
    return people;
  }

  async function ownComment(target: CommentTarget, id: number): Promise<CommentRow> {
    const row = await comments.find(id);
    if (!row || row.targetUid !== target.uid || row.targetDocumentId !== target.documentId) throw notFound();
    return row;
  }

  /** Whether `user` may read the item's draft: the Content Manager's own check, with their roles. */
  async function mayRead(target: CommentTarget, user: AdminUser): Promise<boolean> {
    return assertMayReadDraft(strapi, await ability().generateUserAbility(user), target.uid, target.documentId, target.locale)
      .then(() => true, () => false);
  }

  return {
    /** What the comment form offers: the fields a comment may be about, the people who may be mentioned. */
    async options(target: CommentTarget, user: AdminUser): Promise<CommentOptions> {
      const attributes = (strapi.contentType(target.uid as never) as { attributes: Record<string, { type: string; target?: string }> }).attributes;
      const fields: CommentOptions['fields'] = [];
      for (const [field, attribute] of Object.entries(attributes)) {
        if (META.has(field) || (attribute.type === 'relation' && attribute.target === 'admin::user')) continue;
        fields.push({ field, label: await fieldLabel(strapi, target.uid, field) });
      }
      const staff = (await strapi.db.query('admin::user').findMany({
        where: { isActive: true, id: { $ne: user.id } }, populate: ['roles'], orderBy: [{ lastname: 'asc' }, { firstname: 'asc' }],
      })) as AdminUser[];
      const people: CommentOptions['people'] = [];
      for (const person of staff) if (await mayRead(target, person)) people.push({ id: person.id, name: displayName(person) });
      return { fields, people };
    },

    async list(target: CommentTarget): Promise<ItemComment[]> {
      return threadsOf(await described(target, await comments.ofItem(target)));
    },

    /**
     * A step may point at threads only when it asks for a reason (a return, a rejection), and only at open
     * threads of the same item: else 400 before anything moves.
     */
    async assertPointable(target: CommentTarget, ids: number[], transition?: { reason?: boolean; label: string }): Promise<void> {
      if (!transition?.reason) {
        throw new WorkflowError(400, 'COMMENTS_NOT_FOR_STEP', `Bước "${transition?.label ?? ''}" không kèm ý kiến: chỉ khi trả lại hoặc từ chối (có lý do) mới chỉ ra các ý kiến cần xử lý.`);
      }
      const open = new Set((await comments.ofItem(target)).filter((row) => !row.parentId && !row.resolvedAt).map((row) => row.id));
      const wrong = [...new Set(ids)].filter((id) => !open.has(id));
      if (wrong.length > 0) {
        throw new WorkflowError(400, 'COMMENT_NOT_OPEN', `Ý kiến số ${wrong.join(', ')} không phải ý kiến đang mở của mục này: hãy chọn lại.`);
      }
    },

    /** Marks the threads a return pointed at with its log row. */
    pointAt(ids: number[], seq: number): Promise<void> {
      return comments.markReturned([...new Set(ids)], seq);
    },

    /** The threads the item's latest return pointed at: how many, and how many are still open. */
    async ofLastReturn(target: CommentTarget): Promise<{ seq: number; total: number; open: number } | null> {
      const rows = await comments.ofLastReturn(target);
      if (rows.length === 0) return null;
      return { seq: rows[0].returnSeq!, total: rows.length, open: rows.filter((row) => !row.resolvedAt).length };
    },

    /** Open (unresolved) threads of an item: what a resubmission still leaves to settle. */
    open(target: CommentTarget): Promise<number> {
      return comments.openThreads(target);
    },

    async create(target: CommentTarget, input: NewComment, author: AdminUser): Promise<ItemComment> {
      const attributes = (strapi.contentType(target.uid as never) as { attributes: Record<string, unknown> }).attributes;
      if (input.field && (META.has(input.field) || !(input.field in attributes))) {
        throw new WorkflowError(400, 'BAD_FIELD', `Mục này không có trường "${input.field}" để góp ý.`);
      }
      if (input.parentId) {
        const parent = await ownComment(target, input.parentId);
        if (parent.parentId) throw new WorkflowError(400, 'NESTED_REPLY', 'Chỉ trả lời được ý kiến gốc, không trả lời một câu trả lời.');
      }
      const people = await mentioned(target, input.mentions ?? [], author);
      const name = displayName(author);
      const row = await comments.create({
        targetUid: target.uid, targetDocumentId: target.documentId, locale: target.locale,
        field: input.field ?? null, parentId: input.parentId ?? null, authorId: author.id, authorName: name,
        body: input.body, earlier: [], mentions: people,
      });
      if (people.length > 0) {
        const titles = await titlesOf(strapi, [{ targetUid: target.uid, targetDocumentId: target.documentId, locale: target.locale }]);
        const title = titles.get(`${target.uid}|${target.documentId}|${target.locale ?? ''}`) ?? [...titles.values()][0];
        await inbox.createMany(people.map((person) => ({
          recipientId: person.id, logSeq: null, targetUid: target.uid, targetDocumentId: target.documentId, locale: target.locale,
          title: `${name} nhắc bạn: ${title ?? target.documentId}`.slice(0, 250),
          message: input.body.slice(0, 1000),
        })));
      }
      return describedOne(target, row);
    },

    /** Only the author edits a comment; the text it replaces is kept with the time it was replaced. */
    async edit(target: CommentTarget, id: number, body: string, user: AdminUser): Promise<ItemComment> {
      const row = await ownComment(target, id);
      if (row.authorId !== user.id) throw new WorkflowError(403, 'NOT_COMMENT_AUTHOR', 'Chỉ người viết ý kiến mới sửa được ý kiến đó.');
      const now = new Date().toISOString();
      const updated = await comments.update(id, { body, editedAt: now, earlier: [...(row.earlier ?? []), { body: row.body, until: now }] });
      return describedOne(target, updated);
    },

    /** Marks a thread resolved (or open again); anyone who may read the item may, and their name is kept. */
    async resolve(target: CommentTarget, id: number, resolved: boolean, user: AdminUser): Promise<ItemComment> {
      const row = await ownComment(target, id);
      if (row.parentId) throw new WorkflowError(400, 'RESOLVE_THREAD', 'Đánh dấu đã giải quyết trên ý kiến gốc của luồng trao đổi.');
      const updated = await comments.update(id, resolved
        ? { resolvedAt: new Date().toISOString(), resolvedById: user.id, resolvedByName: displayName(user) }
        : { resolvedAt: null, resolvedById: null, resolvedByName: null });
      return describedOne(target, updated);
    },
  };
}

export type CommentsService = ReturnType<typeof commentsService>;
