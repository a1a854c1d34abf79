import * as React from 'react';
import { useAuth, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useDefinition, workflowOf } from '../definition';
import { useDocumentWorkflow } from '../documentStore';
import { TransitionForm, type TransitionInput } from '../components/TransitionForm';
import { formatDateTime } from '../format';
import { t } from '../pluginId';
import type { AvailableTransition } from '../types';
import { takeTransition, type Target } from './transitions';

interface ActionProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
}

type Description = Record<string, unknown> | null;
type ActionComponent = ((props: ActionProps) => Description) & { type?: string };

/** More than any state of the shipped tables offers at once. */
const SLOTS = 8;

/**
 * Slot i shows the i-th transition the signed-in person may take on the open item. The Content Manager
 * wants a fixed list of action components, while the transitions depend on the item, hence slots.
 */
function transitionSlot(index: number): ActionComponent {
  const Slot: ActionComponent = ({ model, documentId, document }) => {
    const { formatMessage } = useIntl();
    const { toggleNotification } = useNotification();
    useDefinition();
    const entry = useDocumentWorkflow(workflowOf(model) ? model : undefined, documentId, document?.locale);
    const data = entry?.data;
    const transition = data?.transitions.filter((candidate) => candidate.allowed)[index];
    const target: Target | null = documentId && data ? { uid: model, documentId, locale: document?.locale, state: data.state } : null;
    const done = (label: string, at?: string) =>
      toggleNotification({
        type: 'success',
        message: at
          ? formatMessage({ id: t('schedule.done'), defaultMessage: 'Đã hẹn giờ "{label}" lúc {at}.' }, { label, at: formatDateTime(at) })
          : formatMessage({ id: t('action.done'), defaultMessage: 'Đã thực hiện: {label}' }, { label }),
      });
    // The dialog's content must stay the same component across renders, or a refresh of the item would
    // remount the form and lose what was typed and the server's refusal shown in it.
    const latest = React.useRef<{ transition?: AvailableTransition; target: Target | null }>({ target });
    latest.current = { transition, target };
    const Content = React.useMemo(
      () =>
        function TransitionDialog({ onClose }: { onClose(): void }) {
          const { transition: current, target: where } = latest.current;
          if (!current || !where) return null;
          return (
            <TransitionForm
              transition={current}
              model={where.uid}
              documentId={where.documentId}
              locale={where.locale}
              onClose={onClose}
              onSubmit={async (input: TransitionInput) => {
                const refusal = await takeTransition(where, current.id, input);
                if (!refusal) done(current.label, input.publishAt);
                return refusal;
              }}
            />
          );
        },
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [],
    );
    if (!target || !transition) return null;
    const base = {
      label: transition.label,
      position: 'panel',
      variant: index === 0 ? 'default' : 'secondary',
    };
    if (transition.needsReason || transition.needsReasonText || transition.schedulable || transition.assigns) {
      return { ...base, dialog: { type: 'modal', title: transition.label, content: Content } };
    }
    return {
      ...base,
      onClick: async () => {
        const refusal = await takeTransition(target, transition.id);
        if (refusal) toggleNotification({ type: 'danger', message: refusal });
        else done(transition.label);
      },
    };
  };
  Slot.type = `editorial-workflow-transition-${index}`;
  return Slot;
}

export const TRANSITION_ACTIONS = Array.from({ length: SLOTS }, (_, index) => transitionSlot(index));

/** Strapi's own buttons that would publish, unpublish or discard outside the workflow. */
const BYPASSES = new Set(['publish', 'unpublish', 'discard']);

/**
 * Hides a built-in action on governed types: nobody is offered a button the server would refuse. The
 * model of a mounted action never changes, so the wrapped component's hooks always run in the same order.
 */
export function hiddenWhenGoverned<A extends ActionComponent>(Action: A): ActionComponent {
  const Wrapped: ActionComponent = (props) => (workflowOf(props.model) ? null : Action(props));
  Wrapped.type = Action.type;
  return Wrapped;
}

const inPanel = (description: Description) => [description?.position].flat().includes('panel');

/**
 * Delete, offered on a governed item only when the gate would let it go (the server's `deletable`).
 * i18n adds its per-locale actions without a type: the per-locale delete (header and row menus) follows
 * the same rule, its "publish/unpublish multiple locales" (panel) would go around the workflow and goes.
 */
function deleteWhenDeletable(Action: ActionComponent, { foreign = false } = {}): ActionComponent {
  const Wrapped: ActionComponent = (props) => {
    const description = Action(props);
    useDefinition();
    const governed = Boolean(workflowOf(props.model));
    const entry = useDocumentWorkflow(governed ? props.model : undefined, props.documentId, props.document?.locale);
    if (!governed || !description) return description;
    if (foreign && inPanel(description)) return null;
    return entry?.data?.deletable.ok ? description : null;
  };
  Wrapped.type = Action.type;
  return Wrapped;
}

/**
 * Save, offered on a governed item only when the gate would take the edit from this person (the server's
 * `editable`): not on what is live or closed (revise it first), not to an author on what is under review.
 * The panel says why.
 */
function saveWhenEditable(Action: ActionComponent): ActionComponent {
  const Wrapped: ActionComponent = (props) => {
    const description = Action(props);
    useDefinition();
    const governed = Boolean(workflowOf(props.model));
    const entry = useDocumentWorkflow(governed ? props.model : undefined, props.documentId, props.document?.locale);
    if (!governed || !description || !props.documentId) return description;
    return entry?.data?.editable.ok === false ? null : description;
  };
  Wrapped.type = Action.type;
  return Wrapped;
}

/** "Edit the model" only for whoever may use the Content-Type Builder (the super admin). */
function withModelPermission(Action: ActionComponent): ActionComponent {
  const Wrapped: ActionComponent = (props) => {
    const description = Action(props);
    const permissions = useAuth('EditTheModel', (state) => state.permissions);
    return permissions.some((permission) => permission.action.startsWith('plugin::content-type-builder.')) ? description : null;
  };
  Wrapped.type = Action.type;
  return Wrapped;
}

/**
 * The edit view's actions: the transition slots first, then Strapi's own that work. On governed types,
 * publishing and unpublishing (also per locale, which i18n adds without a type) only go through the
 * workflow, and Save and Delete follow the gate's rules for the item's state.
 */
export function gateDocumentActions(actions: ActionComponent[]): ActionComponent[] {
  return [
    ...TRANSITION_ACTIONS,
    ...actions.map((action) => {
      if (action.type === 'delete') return deleteWhenDeletable(action);
      if (action.type === 'update') return saveWhenEditable(action);
      if (action.type === 'edit-the-model') return withModelPermission(action);
      if (!action.type) return deleteWhenDeletable(action, { foreign: true });
      return BYPASSES.has(action.type) ? hiddenWhenGoverned(action) : action;
    }),
  ];
}

/** In the list view, every bulk action but delete publishes or unpublishes. */
export function gateBulkActions(actions: ActionComponent[]): ActionComponent[] {
  return actions.map((action) => (action.type === 'delete' ? action : hiddenWhenGoverned(action)));
}
