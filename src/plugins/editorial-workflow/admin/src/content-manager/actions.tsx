import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { workflowOf } from '../definition';
import { useDocumentWorkflow } from '../documentStore';
import { TransitionForm } from '../components/TransitionForm';
import { t } from '../pluginId';
import { takeTransition } from './transitions';

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
    const entry = useDocumentWorkflow(workflowOf(model) ? model : undefined, documentId, document?.locale);
    const data = entry?.data;
    const transition = data?.transitions.filter((candidate) => candidate.allowed)[index];
    if (!documentId || !data || !transition) return null;
    const target = { uid: model, documentId, locale: document?.locale, state: data.state };
    const done = () =>
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: t('action.done'), defaultMessage: 'Đã thực hiện: {label}' }, { label: transition.label }),
      });
    const base = {
      label: transition.label,
      position: 'panel',
      variant: index === 0 ? 'default' : 'secondary',
      disabled: entry?.loading,
    };
    if (transition.needsReason || transition.needsReasonText || transition.schedulable || transition.assigns) {
      return {
        ...base,
        dialog: {
          type: 'modal',
          title: transition.label,
          content: ({ onClose }: { onClose(): void }) => (
            <TransitionForm
              transition={transition}
              model={model}
              onClose={onClose}
              onSubmit={async (input) => {
                const refusal = await takeTransition(target, transition.id, input);
                if (!refusal) done();
                return refusal;
              }}
            />
          ),
        },
      };
    }
    return {
      ...base,
      onClick: async () => {
        const refusal = await takeTransition(target, transition.id);
        if (refusal) toggleNotification({ type: 'danger', message: refusal });
        else done();
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

export function gateDocumentActions(actions: ActionComponent[]): ActionComponent[] {
  return [...TRANSITION_ACTIONS, ...actions.map((action) => (action.type && BYPASSES.has(action.type) ? hiddenWhenGoverned(action) : action))];
}

/** In the list view, every bulk action but delete publishes or unpublishes. */
export function gateBulkActions(actions: ActionComponent[]): ActionComponent[] {
  return actions.map((action) => (action.type === 'delete' ? action : hiddenWhenGoverned(action)));
}
