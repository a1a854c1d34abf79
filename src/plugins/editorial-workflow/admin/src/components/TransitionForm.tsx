import * as React from 'react';
import { Button, Checkbox, Field, Flex, Modal, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getDefinition } from '../definition';
import { DATE_TIME_PATTERN, parseDateTime } from '../format';
import { t } from '../pluginId';
import type { Assignee, AvailableTransition, ItemComment } from '../types';
import { useApi } from '../useApi';

export interface TransitionInput {
  reasonCode?: string;
  reasonText?: string;
  comment?: string;
  publishAt?: string;
  assigneeId?: number;
  commentIds?: number[];
}

interface Props {
  transition: AvailableTransition;
  /** The content type, for the list of people an assigning step may choose from. */
  model: string;
  /** The item, for the open comment threads a return may point at. */
  documentId?: string;
  locale?: string | null;
  onSubmit(input: TransitionInput): Promise<string | null>;
  onClose(): void;
}

/**
 * What a transition asks for before it is taken: a reason code and text (at least the table's minimum
 * length), or a publication time in Vietnam's time. The server checks the same rules; its refusal is shown
 * as written.
 */
export const TransitionForm = ({ transition, model, documentId, locale, onSubmit, onClose }: Props) => {
  const { formatMessage } = useIntl();
  const definition = getDefinition();
  const minLength = definition?.minReasonLength ?? 20;
  const [reasonCode, setReasonCode] = React.useState<string>('');
  const [reasonText, setReasonText] = React.useState('');
  const [comment, setComment] = React.useState('');
  const [publishAt, setPublishAt] = React.useState('');
  const [assigneeId, setAssigneeId] = React.useState<string>('');
  const people = useApi<Assignee[]>(transition.assigns ? `/assignees/${model}` : null);
  // A return may name the open threads the author must settle.
  const threads = useApi<ItemComment[]>(transition.needsReason && documentId
    ? `/items/${model}/${documentId}/comments${locale ? `?locale=${encodeURIComponent(locale)}` : ''}` : null);
  const openThreads = (threads.data ?? []).filter((thread) => !thread.resolved);
  const [pointed, setPointed] = React.useState<number[]>([]);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [serverError, setServerError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  // A scheduled take-down is an expiry: the time field says so.
  const expiry = definition?.workflows.some((wf) => wf.transitions.some((t) => t.id === transition.id && t.effect === 'unpublish'));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    // React carries the submit up through the dialog's portal: the edit view's own form must not get it.
    event.stopPropagation();
    const found: Record<string, string> = {};
    if (transition.assigns && !assigneeId) {
      found.assigneeId = formatMessage({ id: t('questions.assignee.required'), defaultMessage: 'Hãy chọn cán bộ được giao trả lời.' });
    }
    if (transition.needsReason && !reasonCode) {
      found.reasonCode = formatMessage({ id: t('form.reasonCode.required'), defaultMessage: 'Hãy chọn lý do.' });
    }
    if (transition.needsReasonText && reasonText.trim().length < minLength) {
      found.reasonText = formatMessage(
        { id: t('form.reasonText.short'), defaultMessage: 'Hãy viết rõ lý do, ít nhất {min} ký tự (hiện có {count}).' },
        { min: minLength, count: reasonText.trim().length },
      );
    }
    let publishAtIso: string | undefined;
    if (transition.schedulable && publishAt.trim()) {
      const parsed = parseDateTime(publishAt);
      if (!parsed) {
        found.publishAt = formatMessage(
          { id: t('form.publishAt.invalid'), defaultMessage: 'Hãy nhập thời điểm theo mẫu {pattern}, ví dụ 05/12/2026 08:30.' },
          { pattern: 'dd/mm/yyyy HH:mm' },
        );
      } else publishAtIso = parsed.toISOString();
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    setServerError(null);
    setBusy(true);
    const refusal = await onSubmit({
      ...(transition.needsReason ? { reasonCode } : {}),
      ...(transition.needsReasonText ? { reasonText: reasonText.trim() } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(publishAtIso ? { publishAt: publishAtIso } : {}),
      ...(transition.assigns ? { assigneeId: Number(assigneeId) } : {}),
      ...(pointed.length ? { commentIds: pointed } : {}),
    });
    setBusy(false);
    if (refusal) setServerError(refusal);
    else onClose();
  };

  return (
    <form onSubmit={submit} noValidate data-testid="ew-transition-form">
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {transition.assigns ? (
            <Field.Root name="assigneeId" error={errors.assigneeId ?? people.error} required
              hint={formatMessage({ id: t('questions.assignee.hint'), defaultMessage: 'Chỉ gồm cán bộ có quyền trả lời câu hỏi.' })}>
              <Field.Label>{formatMessage({ id: t('questions.assignee'), defaultMessage: 'Cán bộ được giao trả lời' })}</Field.Label>
              <SingleSelect
                value={assigneeId}
                onChange={(value: string | number) => setAssigneeId(String(value))}
                placeholder={formatMessage({ id: t('questions.assignee.placeholder'), defaultMessage: 'Chọn cán bộ (họ tên — đơn vị)…' })}
                data-testid="ew-assignee"
              >
                {(people.data ?? []).map((person) => (
                  <SingleSelectOption key={person.id} value={String(person.id)}>{person.label}</SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          ) : null}
          {transition.needsReason ? (
            <Field.Root name="reasonCode" error={errors.reasonCode} required>
              <Field.Label>{formatMessage({ id: t('form.reasonCode'), defaultMessage: 'Lý do' })}</Field.Label>
              <SingleSelect
                value={reasonCode}
                onChange={(value: string | number) => setReasonCode(String(value))}
                placeholder={formatMessage({ id: t('form.reasonCode.placeholder'), defaultMessage: 'Chọn lý do…' })}
              >
                {Object.entries(definition?.reasonCodes ?? {}).map(([code, label]) => (
                  <SingleSelectOption key={code} value={code}>{label}</SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          ) : null}
          {transition.needsReasonText ? (
            <Field.Root name="reasonText" error={errors.reasonText} required
              hint={formatMessage({ id: t('form.reasonText.hint'), defaultMessage: 'Ít nhất {min} ký tự; người viết sẽ đọc lời này.' }, { min: minLength })}>
              <Field.Label>{formatMessage({ id: t('form.reasonText'), defaultMessage: 'Giải thích' })}</Field.Label>
              <Textarea value={reasonText} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReasonText(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          ) : null}
          {transition.schedulable ? (
            <Field.Root name="publishAt" error={errors.publishAt}
              hint={expiry
                ? formatMessage({ id: t('schedule.expiry.hint'), defaultMessage: 'Giờ Việt Nam, mẫu {pattern}, ví dụ 31/12/2026 17:00. Để trống để gỡ ngay.' }, { pattern: 'dd/mm/yyyy HH:mm' })
                : formatMessage({ id: t('form.publishAt.hint'), defaultMessage: 'Giờ Việt Nam (Asia/Ho_Chi_Minh), mẫu {pattern}. Để trống để đăng ngay.' }, { pattern: 'dd/mm/yyyy HH:mm' })}>
              <Field.Label>{expiry
                ? formatMessage({ id: t('schedule.expiry.label'), defaultMessage: 'Hết hạn hiển thị lúc' })
                : formatMessage({ id: t('form.publishAt'), defaultMessage: 'Thời điểm đăng' })}</Field.Label>
              <TextInput value={publishAt} data-testid="ew-publish-at" placeholder={DATE_TIME_PATTERN.toLowerCase()} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPublishAt(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          ) : null}
          {openThreads.length > 0 ? (
            <Flex direction="column" alignItems="stretch" gap={1} data-testid="ew-return-comments">
              <Typography variant="pi" fontWeight="bold">
                {formatMessage({ id: t('form.returnComments'), defaultMessage: 'Ý kiến người viết cần xử lý' })}
              </Typography>
              {openThreads.map((thread) => (
                <Checkbox key={thread.id} checked={pointed.includes(thread.id)}
                  onCheckedChange={(checked: boolean | 'indeterminate') => setPointed((current) => (checked === true ? [...current, thread.id] : current.filter((id) => id !== thread.id)))}>
                  {thread.fieldLabel ? `${thread.fieldLabel}: ` : ''}{thread.body.length > 80 ? `${thread.body.slice(0, 80)}…` : thread.body}
                </Checkbox>
              ))}
            </Flex>
          ) : null}
          <Field.Root name="comment">
            <Field.Label>{formatMessage({ id: t('form.comment'), defaultMessage: 'Ghi chú (không bắt buộc)' })}</Field.Label>
            <Textarea value={comment} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)} />
          </Field.Root>
          {serverError ? <Typography textColor="danger600" role="alert" data-testid="ew-server-error">{serverError}</Typography> : null}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose} type="button">
          {formatMessage({ id: t('form.cancel'), defaultMessage: 'Huỷ' })}
        </Button>
        <Button type="submit" loading={busy}>{transition.label}</Button>
      </Modal.Footer>
    </form>
  );
};
