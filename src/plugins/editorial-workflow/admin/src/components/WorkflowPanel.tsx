import * as React from 'react';
import { createPortal } from 'react-dom';
import { Flex, Typography } from '@strapi/design-system';
import { useAuth, useIsDesktop, useQueryParams } from '@strapi/strapi/admin';
import { useMatch } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { useDefinition, workflowOf } from '../definition';
import { useDocumentWorkflow } from '../documentStore';
import { formatDateTime } from '../format';
import { t } from '../pluginId';
import { Changes } from './Changes';
import { Comments } from './Comments';
import { Reviewer } from './Reviewer';
import { History } from './History';
import { OverdueBadge, StateBadge } from './StateBadge';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
}

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex gap={2} alignItems="baseline">
    <Typography variant="pi" textColor="neutral600">{label}:</Typography>
    <Typography variant="pi">{children}</Typography>
  </Flex>
);

/** The edit view's "Quy trình biên tập" panel: where the item stands, what is due, and its history. */
const PanelContent = ({ model, documentId, locale }: { model: string; documentId: string; locale?: string | null }) => {
  const { formatMessage } = useIntl();
  const entry = useDocumentWorkflow(model, documentId, locale);
  const userId = useAuth('WorkflowPanel', (state) => state.user?.id) as number | undefined;
  const workflow = workflowOf(model);
  if (!entry || (entry.loading && !entry.data)) {
    return <Typography variant="pi">{formatMessage({ id: t('loading'), defaultMessage: 'Đang tải…' })}</Typography>;
  }
  if (entry.error || !entry.data) {
    return <Typography variant="pi" textColor="danger600" role="alert">{entry.error}</Typography>;
  }
  const data = entry.data;
  const kind = workflow?.states.find((state) => state.id === data.state)?.kind;
  const expiry = workflow?.transitions.find((transition) => transition.id === data.scheduled)?.effect === 'unpublish';
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="ew-panel">
      <Flex gap={2} wrap="wrap">
        <StateBadge label={data.stateLabel ?? data.state} kind={kind} />
        {data.overdue ? <OverdueBadge label={formatMessage({ id: t('overdue'), defaultMessage: 'Quá hạn' })} /> : null}
        {data.isOrientation ? (
          <StateBadge kind="review" label={formatMessage({ id: t('orientation'), defaultMessage: 'Bài định hướng' })} />
        ) : null}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Line label={formatMessage({ id: t('panel.workflow'), defaultMessage: 'Quy trình' })}>{workflow?.label ?? data.workflow}</Line>
        <Line label={formatMessage({ id: t('panel.due'), defaultMessage: 'Hạn xử lý' })}>{formatDateTime(data.dueAt)}</Line>
        {data.publishAt ? (
          <Line label={expiry
            ? formatMessage({ id: t('schedule.panel.expiry'), defaultMessage: 'Hẹn giờ gỡ' })
            : formatMessage({ id: t('panel.publishAt'), defaultMessage: 'Hẹn giờ đăng' })}>{formatDateTime(data.publishAt)}</Line>
        ) : null}
        {data.author ? (
          <Line label={formatMessage({ id: t('panel.author'), defaultMessage: 'Người viết' })}>
            <span data-testid="ew-author">{data.author.name}{data.author.units.length ? ` (${data.author.units.join(', ')})` : ''}</span>
          </Line>
        ) : null}
        {data.unit ? (
          <Line label={formatMessage({ id: t('panel.unit'), defaultMessage: 'Đơn vị' })}>{data.unit}</Line>
        ) : null}
      </Flex>
      <Reviewer model={model} documentId={documentId} locale={locale} reviewer={data.reviewer} mayAssign={data.mayAssignReviewer} />
      {data.editable.ok ? null : (
        <Typography variant="pi" textColor="neutral700" data-testid="ew-not-editable">{data.editable.reason}</Typography>
      )}
      <Changes model={model} documentId={documentId} locale={locale} data={data} />
      <Comments model={model} documentId={documentId} locale={locale} userId={userId} returned={data.returnComments} />
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: t('panel.history'), defaultMessage: 'Lịch sử xử lý' })}
      </Typography>
      <History entries={data.history} />
    </Flex>
  );
};

export const WorkflowPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  useDefinition();
  // Not governed, or not saved yet: there is no workflow to show.
  if (!workflowOf(model) || !documentId) return null;
  return {
    title: formatMessage({ id: t('panel.title'), defaultMessage: 'Quy trình biên tập' }),
    content: <PanelContent model={model} documentId={documentId} locale={document?.locale} />,
  };
};

/**
 * Where the summary goes on a phone or tablet: right under the edit view's Draft/Published tabs, above
 * the form. The Content Manager offers no zone there, so a node of ours is placed after the tab list;
 * without one (no tabs) the summary stays where it is mounted, with the buttons.
 */
function useAboveForm(active: boolean, key: string | undefined): HTMLElement | null {
  const [host, setHost] = React.useState<HTMLElement | null>(null);
  React.useEffect(() => {
    if (!active) return;
    const tabs = document.querySelector('main [role="tablist"]');
    if (!tabs) return;
    const node = document.createElement('div');
    tabs.insertAdjacentElement('afterend', node);
    setHost(node);
    return () => {
      node.remove();
      setHost(null);
    };
  }, [active, key]);
  return host;
}

/**
 * On a phone or tablet the Content Manager keeps its side panels in a drawer under the form: the state,
 * the due time, the schedule and the author are shown above the form instead (mounted through the
 * "editView.right-links" zone, which renders with the buttons).
 */
export const WorkflowSummary = () => {
  const { formatMessage } = useIntl();
  useDefinition();
  const isDesktop = useIsDesktop();
  const match = useMatch('/content-manager/collection-types/:model/:documentId');
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const model = match?.params.model;
  const documentId = match?.params.documentId;
  const governed = Boolean(workflowOf(model));
  const entry = useDocumentWorkflow(governed ? model : undefined, documentId === 'create' ? undefined : documentId, query.plugins?.i18n?.locale);
  const data = entry?.data;
  const host = useAboveForm(!isDesktop && governed, documentId);
  if (isDesktop || !governed || !data) return null;
  const kind = workflowOf(model)?.states.find((state) => state.id === data.state)?.kind;
  const summary = (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="ew-summary" background="neutral0" padding={3} marginTop={4} hasRadius shadow="tableShadow">
      <Typography variant="sigma" textColor="neutral600" tag="h2">
        {formatMessage({ id: t('panel.title'), defaultMessage: 'Quy trình biên tập' })}
      </Typography>
      <Flex gap={2} wrap="wrap">
        <StateBadge label={data.stateLabel ?? data.state} kind={kind} />
        {data.overdue ? <OverdueBadge label={formatMessage({ id: t('overdue'), defaultMessage: 'Quá hạn' })} /> : null}
        {data.isOrientation ? <StateBadge kind="review" label={formatMessage({ id: t('orientation'), defaultMessage: 'Bài định hướng' })} /> : null}
      </Flex>
      <Line label={formatMessage({ id: t('panel.due'), defaultMessage: 'Hạn xử lý' })}>{formatDateTime(data.dueAt)}</Line>
      {data.publishAt ? (
        <Line label={formatMessage({ id: t('panel.publishAt'), defaultMessage: 'Hẹn giờ đăng' })}>{formatDateTime(data.publishAt)}</Line>
      ) : null}
      {data.author ? (
        <Line label={formatMessage({ id: t('panel.author'), defaultMessage: 'Người viết' })}>
          {data.author.name}{data.unit ? ` · ${data.unit}` : ''}
        </Line>
      ) : null}
    </Flex>
  );
  return host ? createPortal(summary, host) : summary;
};
