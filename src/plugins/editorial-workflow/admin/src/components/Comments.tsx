import * as React from 'react';
import { Box, Button, Field, Flex, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { formatDateTime } from '../format';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type CommentOptions, type ItemComment } from '../types';
import { useApi } from '../useApi';

interface Props {
  model: string;
  documentId: string;
  locale?: string | null;
  /** The signed-in person: only they edit their own comments. */
  userId?: number;
  /** The threads the last return pointed at (the panel's `returnComments`); refetched when it changes. */
  returned?: { seq: number; total: number; open: number } | null;
}

const WHOLE_ITEM = '';

/**
 * The item's comment threads in the side panel: a comment may be about one field and name staff who may
 * read the item (they get a notice); replies, edits that keep the earlier text, and "Đã giải quyết".
 */
export const Comments = ({ model, documentId, locale, userId, returned }: Props) => {
  const { formatMessage } = useIntl();
  const { post, put } = useFetchClient();
  const base = `/items/${model}/${documentId}/comments`;
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
  // A return that points at threads marks them: fetched again when a new return does.
  const threads = useApi<ItemComment[]>(`${base}${query}`, returned?.seq);
  const [writing, setWriting] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const send = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      threads.reload();
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    }
  };
  const api = {
    create: (body: { body: string; field?: string; parentId?: number; mentions?: number[] }) => send(() => post(`/${PLUGIN_ID}${base}${query}`, body)),
    edit: (id: number, body: string) => send(() => put(`/${PLUGIN_ID}${base}/${id}${query}`, { body })),
    resolve: (id: number, resolved: boolean) => send(() => post(`/${PLUGIN_ID}${base}/${id}/resolve${query}`, { resolved })),
  };
  const list = threads.data ?? [];
  const open = list.filter((thread) => !thread.resolved).length;
  const stillOpen = returned ? list.filter((thread) => thread.returnSeq === returned.seq && !thread.resolved).length : 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="ew-comments">
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2} wrap="wrap">
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage({ id: t('comments.title'), defaultMessage: 'Trao đổi ({open} chưa giải quyết)' }, { open })}
        </Typography>
        {writing ? null : (
          <Button variant="tertiary" size="S" onClick={() => setWriting(true)} data-testid="ew-comment-new" style={{ whiteSpace: 'nowrap' }}>
            {formatMessage({ id: t('comments.new'), defaultMessage: 'Góp ý' })}
          </Button>
        )}
      </Flex>
      {writing ? (
        <CommentForm model={model} documentId={documentId} query={query}
          onCancel={() => setWriting(false)}
          onSubmit={async (input) => { const ok = await api.create(input); if (ok) setWriting(false); return ok; }} />
      ) : null}
      {returned ? (
        <Typography variant="pi" fontWeight="bold" textColor={stillOpen ? 'warning700' : 'success700'} data-testid="ew-return-open">
          {stillOpen
            ? formatMessage({ id: t('comments.returnOpen'), defaultMessage: 'Lần trả lại kèm {total} ý kiến: còn {open} chưa giải quyết.' }, { total: returned.total, open: stillOpen })
            : formatMessage({ id: t('comments.returnDone'), defaultMessage: 'Lần trả lại kèm {total} ý kiến: đã giải quyết hết.' }, { total: returned.total })}
        </Typography>
      ) : null}
      {error ? <Typography variant="pi" textColor="danger600" role="alert" data-testid="ew-comment-error">{error}</Typography> : null}
      {threads.error ? <Typography variant="pi" textColor="danger600" role="alert">{threads.error}</Typography> : null}
      {list.length === 0 && !threads.loading ? (
        <Typography variant="pi" textColor="neutral600">{formatMessage({ id: t('comments.empty'), defaultMessage: 'Chưa có ý kiến nào.' })}</Typography>
      ) : null}
      <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
        {list.map((thread) => <Thread key={thread.id} thread={thread} userId={userId} api={api} pointed={Boolean(returned && thread.returnSeq === returned.seq)} />)}
      </Flex>
    </Flex>
  );
};

interface Api {
  create(body: { body: string; parentId?: number }): Promise<boolean>;
  edit(id: number, body: string): Promise<boolean>;
  resolve(id: number, resolved: boolean): Promise<boolean>;
}

const Thread = ({ thread, userId, api, pointed }: { thread: ItemComment; userId?: number; api: Api; pointed: boolean }) => {
  const { formatMessage } = useIntl();
  const [reply, setReply] = React.useState<string | null>(null);
  return (
    <Box tag="li" padding={2} hasRadius background={thread.resolved ? 'neutral100' : 'neutral0'} borderColor={pointed && !thread.resolved ? 'warning500' : 'neutral200'} borderStyle="solid" borderWidth="1px" data-testid="ew-comment-thread">
      <Flex direction="column" alignItems="stretch" gap={2}>
        {pointed ? (
          <Typography variant="pi" textColor="warning700" data-testid="ew-comment-pointed">
            {formatMessage({ id: t('comments.pointed'), defaultMessage: 'Kèm lần trả lại' })}
          </Typography>
        ) : null}
        <Comment comment={thread} userId={userId} api={api} />
        {thread.replies.length > 0 ? (
          <Flex tag="ol" direction="column" alignItems="stretch" gap={2} paddingLeft={3} style={{ borderLeft: '2px solid #dcdce4' }}>
            {thread.replies.map((item) => <Box tag="li" key={item.id}><Comment comment={item} userId={userId} api={api} /></Box>)}
          </Flex>
        ) : null}
        {thread.resolved ? (
          <Typography variant="pi" textColor="success700" data-testid="ew-comment-resolved">
            {formatMessage({ id: t('comments.resolvedBy'), defaultMessage: 'Đã giải quyết — {by}, {at}' }, { by: thread.resolved.by, at: formatDateTime(thread.resolved.at) })}
          </Typography>
        ) : null}
        {reply !== null ? (
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Field.Root name={`ew-reply-${thread.id}`}>
              <Field.Label>{formatMessage({ id: t('comments.reply'), defaultMessage: 'Trả lời' })}</Field.Label>
              <Textarea value={reply} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReply(event.target.value)} />
            </Field.Root>
            <Flex gap={2}>
              <Button size="S" onClick={async () => { if (await api.create({ body: reply, parentId: thread.id })) setReply(null); }}>
                {formatMessage({ id: t('comments.send'), defaultMessage: 'Gửi' })}
              </Button>
              <Button size="S" variant="tertiary" onClick={() => setReply(null)}>{formatMessage({ id: t('form.cancel'), defaultMessage: 'Huỷ' })}</Button>
            </Flex>
          </Flex>
        ) : (
          <Flex gap={2} wrap="wrap">
            <Button size="S" variant="tertiary" onClick={() => setReply('')}>{formatMessage({ id: t('comments.reply'), defaultMessage: 'Trả lời' })}</Button>
            <Button size="S" variant="tertiary" onClick={() => api.resolve(thread.id, !thread.resolved)} data-testid="ew-comment-resolve">
              {thread.resolved
                ? formatMessage({ id: t('comments.reopen'), defaultMessage: 'Mở lại' })
                : formatMessage({ id: t('comments.resolve'), defaultMessage: 'Đã giải quyết' })}
            </Button>
          </Flex>
        )}
      </Flex>
    </Box>
  );
};

const Comment = ({ comment, userId, api }: { comment: ItemComment; userId?: number; api: Api }) => {
  const { formatMessage } = useIntl();
  const [draft, setDraft] = React.useState<string | null>(null);
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="ew-comment">
      <Typography variant="pi" textColor="neutral600">
        <strong>{comment.author.name}</strong> · {formatDateTime(comment.createdAt)}
        {comment.fieldLabel ? ` · ${formatMessage({ id: t('comments.about'), defaultMessage: 'về "{field}"' }, { field: comment.fieldLabel })}` : ''}
      </Typography>
      {draft !== null ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Textarea aria-label={formatMessage({ id: t('comments.edit'), defaultMessage: 'Sửa' })} value={draft}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft(event.target.value)} />
          <Flex gap={2}>
            <Button size="S" onClick={async () => { if (await api.edit(comment.id, draft)) setDraft(null); }}>{formatMessage({ id: t('comments.save'), defaultMessage: 'Lưu ý kiến' })}</Button>
            <Button size="S" variant="tertiary" onClick={() => setDraft(null)}>{formatMessage({ id: t('form.cancel'), defaultMessage: 'Huỷ' })}</Button>
          </Flex>
        </Flex>
      ) : (
        <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }} data-testid="ew-comment-body">{comment.body}</Typography>
      )}
      {comment.mentions.length > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: t('comments.mentions'), defaultMessage: 'Nhắc: {names}' }, { names: comment.mentions.map((person) => person.name).join(', ') })}
        </Typography>
      ) : null}
      {comment.earlier.length > 0 ? (
        <details>
          <summary><Typography variant="pi" textColor="neutral600">{formatMessage({ id: t('comments.edited'), defaultMessage: 'Đã sửa {at}: xem bản trước' }, { at: formatDateTime(comment.editedAt) })}</Typography></summary>
          {comment.earlier.map((earlier) => (
            <Typography key={earlier.until} variant="pi" tag="p" textColor="neutral600" style={{ whiteSpace: 'pre-wrap' }}>
              {formatDateTime(earlier.until)}: {earlier.body}
            </Typography>
          ))}
        </details>
      ) : null}
      {comment.author.id === userId && draft === null ? (
        <Box><Button size="S" variant="ghost" onClick={() => setDraft(comment.body)}>{formatMessage({ id: t('comments.edit'), defaultMessage: 'Sửa' })}</Button></Box>
      ) : null}
    </Flex>
  );
};

interface FormProps {
  model: string;
  documentId: string;
  query: string;
  onSubmit(input: { body: string; field?: string; mentions?: number[] }): Promise<boolean>;
  onCancel(): void;
}

/** A new thread: the text, what it is about (a field or the whole item), whom to tell. */
const CommentForm = ({ model, documentId, query, onSubmit, onCancel }: FormProps) => {
  const { formatMessage } = useIntl();
  const options = useApi<CommentOptions>(`/items/${model}/${documentId}/comments/options${query}`);
  const [body, setBody] = React.useState('');
  const [field, setField] = React.useState(WHOLE_ITEM);
  const [mentions, setMentions] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState(false);
  const submit = async () => {
    setBusy(true);
    await onSubmit({ body, ...(field ? { field } : {}), ...(mentions.length ? { mentions: mentions.map(Number) } : {}) });
    setBusy(false);
  };
  return (
    // Not a <form>: the panel sits inside the edit view's own form, and a nested form's submit is the outer one's.
    <Box role="group" aria-label={formatMessage({ id: t('comments.new'), defaultMessage: 'Góp ý' })} data-testid="ew-comment-form">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Field.Root name="ew-comment-body" required>
          <Field.Label>{formatMessage({ id: t('comments.body'), defaultMessage: 'Ý kiến' })}</Field.Label>
          <Textarea value={body} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)} />
        </Field.Root>
        <Field.Root name="ew-comment-field">
          <Field.Label>{formatMessage({ id: t('comments.field'), defaultMessage: 'Về trường' })}</Field.Label>
          <SingleSelect value={field} onChange={(value: string | number) => setField(String(value))}>
            <SingleSelectOption value={WHOLE_ITEM}>{formatMessage({ id: t('comments.wholeItem'), defaultMessage: 'Cả mục' })}</SingleSelectOption>
            {(options.data?.fields ?? []).map((option) => <SingleSelectOption key={option.field} value={option.field}>{option.label}</SingleSelectOption>)}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="ew-comment-mentions" hint={formatMessage({ id: t('comments.mentions.hint'), defaultMessage: 'Chỉ gồm người được xem mục này; họ nhận thông báo.' })}>
          <Field.Label>{formatMessage({ id: t('comments.mentions.label'), defaultMessage: 'Nhắc tên' })}</Field.Label>
          <MultiSelect value={mentions} onChange={(values: string[]) => setMentions(values)} withTags
            placeholder={formatMessage({ id: t('comments.mentions.placeholder'), defaultMessage: 'Chọn người cần biết…' })}>
            {(options.data?.people ?? []).map((person) => <MultiSelectOption key={person.id} value={String(person.id)}>{person.name}</MultiSelectOption>)}
          </MultiSelect>
          <Field.Hint />
        </Field.Root>
        <Flex gap={2}>
          <Button type="button" size="S" loading={busy} disabled={!body.trim()} onClick={submit}>{formatMessage({ id: t('comments.send'), defaultMessage: 'Gửi' })}</Button>
          <Button type="button" size="S" variant="tertiary" onClick={onCancel}>{formatMessage({ id: t('form.cancel'), defaultMessage: 'Huỷ' })}</Button>
        </Flex>
      </Flex>
    </Box>
  );
};
