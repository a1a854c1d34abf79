import * as React from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { actorLabel, formatDateTime } from '../format';
import { t } from '../pluginId';
import { takeTransition } from '../content-manager/transitions';
import type { AvailableTransition, ComparedPoint, Comparison, DocumentWorkflow } from '../types';
import { useApi } from '../useApi';
import { TransitionForm, type TransitionInput } from './TransitionForm';
import { FieldChange } from './FieldChange';

interface Props {
  model: string;
  documentId: string;
  locale?: string | null;
  data: DocumentWorkflow;
}

const DRAFT = 'draft';

const comparePath = (model: string, documentId: string, locale: string | null | undefined, from?: string, to?: string) => {
  const query = new URLSearchParams();
  if (locale) query.set('locale', locale);
  if (from) query.set('from', from);
  if (to && to !== DRAFT) query.set('to', to);
  return `/items/${model}/${documentId}/compare${query.toString() ? `?${query}` : ''}`;
};

/**
 * The side panel's "what changed": a line when the draft changed since the reader's own last decision
 * ("Đã sửa từ lần bạn trả lại"), and the comparison of any two points of the history, field by field, from
 * which the reader can take their next step.
 */
export const Changes = ({ model, documentId, locale, data }: Props) => {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const comparable = data.history.filter((entry) => entry.contentHash && entry.event !== 'overdue');
  // Nothing decided on the content yet (a draft never sent): nothing to compare, nothing to ask. After a
  // step (or a save that revoked approvals) the history grows and the summary is fetched again.
  const summary = useApi<Comparison>(comparable.length > 0 ? comparePath(model, documentId, locale) : null, data.history.at(-1)?.seq);
  if (comparable.length === 0) return null;
  const mine = summary.data?.myLastDecision;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {mine && summary.data?.changedSinceMyLastDecision ? (
        <Typography variant="pi" fontWeight="bold" textColor="warning700" data-testid="ew-changed-since">
          {formatMessage(
            { id: t('changes.sinceMine'), defaultMessage: 'Đã sửa từ lần bạn {step} ({at}).' },
            { step: (mine.label ?? mine.event ?? '').toLowerCase(), at: formatDateTime(mine.at ?? null) },
          )}
        </Typography>
      ) : null}
      <Modal.Root open={open} onOpenChange={setOpen}>
        <Modal.Trigger>
          <Button variant="secondary" size="S" data-testid="ew-open-compare">
            {formatMessage({ id: t('changes.open'), defaultMessage: 'Xem thay đổi' })}
          </Button>
        </Modal.Trigger>
        {open ? (
          <CompareDialog model={model} documentId={documentId} locale={locale} data={data} initial={summary.data} onClose={() => setOpen(false)} />
        ) : null}
      </Modal.Root>
    </Flex>
  );
};

const pointLabel = (point: ComparedPoint | null | undefined, draftLabel: string) =>
  !point ? '—' : point.draft ? draftLabel : `${point.label ?? point.event} · ${point.actor ?? ''} · ${formatDateTime(point.at ?? null)}`;

interface DialogProps extends Props {
  initial?: Comparison;
  onClose(): void;
}

const CompareDialog = ({ model, documentId, locale, data, initial, onClose }: DialogProps) => {
  const { formatMessage } = useIntl();
  const draftLabel = formatMessage({ id: t('changes.draft'), defaultMessage: 'Bản nháp hiện tại' });
  const [from, setFrom] = React.useState<string>(initial?.from?.seq ? String(initial.from.seq) : '');
  const [to, setTo] = React.useState<string>(DRAFT);
  const [showSame, setShowSame] = React.useState(false);
  const [pending, setPending] = React.useState<AvailableTransition | null>(null);
  const [refusal, setRefusal] = React.useState<string | null>(null);
  const comparison = useApi<Comparison>(from ? comparePath(model, documentId, locale, from, to) : null);
  const entries = data.history.filter((entry) => entry.contentHash && entry.event !== 'overdue');
  const entryOptions = entries.map((entry) => (
    <SingleSelectOption key={entry.seq} value={String(entry.seq)}>
      {`${entry.label} · ${actorLabel(entry.actor)} · ${formatDateTime(entry.at)}`}
    </SingleSelectOption>
  ));
  const target = { uid: model, documentId, locale, state: data.state };
  const steps = data.transitions.filter((transition) => transition.allowed);

  const take = async (transition: AvailableTransition, input?: TransitionInput) => {
    const answer = await takeTransition(target, transition.id, input);
    if (!answer) onClose();
    return answer;
  };
  const choose = async (transition: AvailableTransition) => {
    setRefusal(null);
    if (transition.needsReason || transition.needsReasonText || transition.schedulable || transition.assigns) setPending(transition);
    else setRefusal(await take(transition));
  };

  const title = formatMessage({ id: t('changes.title'), defaultMessage: 'So sánh các phiên bản' });
  if (pending) {
    return (
      <Modal.Content aria-label={pending.label}>
        <Modal.Header><Modal.Title>{pending.label}</Modal.Title></Modal.Header>
        <TransitionForm transition={pending} model={model} documentId={documentId} locale={locale} onClose={() => setPending(null)} onSubmit={(input) => take(pending, input)} />
      </Modal.Content>
    );
  }
  const fields = comparison.data?.fields ?? [];
  const changed = fields.filter((field) => field.changed);
  const same = fields.filter((field) => !field.changed);
  return (
    <Modal.Content aria-label={title} data-testid="ew-compare">
      <Modal.Header><Modal.Title>{title}</Modal.Title></Modal.Header>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} wrap="wrap" alignItems="flex-start">
            <Box style={{ flex: '1 1 16rem' }}>
              <Field.Root name="ew-compare-from">
                <Field.Label>{formatMessage({ id: t('changes.from'), defaultMessage: 'Từ' })}</Field.Label>
                <SingleSelect value={from} onChange={(value: string | number) => setFrom(String(value))}
                  placeholder={formatMessage({ id: t('changes.pick'), defaultMessage: 'Chọn một bước trong lịch sử…' })}>
                  {entryOptions}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Box style={{ flex: '1 1 16rem' }}>
              <Field.Root name="ew-compare-to">
                <Field.Label>{formatMessage({ id: t('changes.to'), defaultMessage: 'Đến' })}</Field.Label>
                <SingleSelect value={to} onChange={(value: string | number) => setTo(String(value))}>
                  <SingleSelectOption value={DRAFT}>{draftLabel}</SingleSelectOption>
                  {entryOptions}
                </SingleSelect>
              </Field.Root>
            </Box>
          </Flex>
          {!from ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: t('changes.noDecision'), defaultMessage: 'Chưa có lượt duyệt nào của bạn để so sánh: hãy chọn một bước trong lịch sử.' })}
            </Typography>
          ) : null}
          {comparison.error ? <Typography textColor="danger600" role="alert">{comparison.error}</Typography> : null}
          {comparison.loading ? <Typography variant="pi">{formatMessage({ id: t('loading'), defaultMessage: 'Đang tải…' })}</Typography> : null}
          {comparison.data ? (
            <>
              <Typography variant="pi" textColor="neutral600" data-testid="ew-compare-points">
                {pointLabel(comparison.data.from, draftLabel)} → {pointLabel(comparison.data.to, draftLabel)}
              </Typography>
              {changed.length === 0 ? (
                <Typography data-testid="ew-compare-nothing">
                  {formatMessage({ id: t('changes.none'), defaultMessage: 'Nội dung giống hệt nhau: không có trường nào thay đổi.' })}
                </Typography>
              ) : (
                <Flex direction="column" alignItems="stretch" gap={3} data-testid="ew-compare-changed">
                  {changed.map((field) => <FieldChange key={field.field} field={field} />)}
                </Flex>
              )}
              {same.length > 0 ? (
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Box>
                    <Button variant="tertiary" size="S" onClick={() => setShowSame(!showSame)} aria-expanded={showSame}>
                      {showSame
                        ? formatMessage({ id: t('changes.hideSame'), defaultMessage: 'Ẩn {count} trường không đổi' }, { count: same.length })
                        : formatMessage({ id: t('changes.showSame'), defaultMessage: 'Hiện {count} trường không đổi' }, { count: same.length })}
                    </Button>
                  </Box>
                  {showSame ? same.map((field) => <FieldChange key={field.field} field={field} />) : null}
                </Flex>
              ) : null}
            </>
          ) : null}
          {refusal ? <Typography textColor="danger600" role="alert" data-testid="ew-compare-refusal">{refusal}</Typography> : null}
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Modal.Close>
          <Button variant="tertiary">{formatMessage({ id: t('changes.close'), defaultMessage: 'Đóng' })}</Button>
        </Modal.Close>
        <Flex gap={2} wrap="wrap">
          {steps.map((transition, index) => (
            <Button key={transition.id} variant={index === 0 ? 'default' : 'secondary'} onClick={() => choose(transition)} data-testid={`ew-compare-step-${transition.id}`}>
              {transition.label}
            </Button>
          ))}
        </Flex>
      </Modal.Footer>
    </Modal.Content>
  );
};
