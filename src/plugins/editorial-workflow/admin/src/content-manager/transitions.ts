import { getFetchClient } from '@strapi/strapi/admin';
import { workflowOf } from '../definition';
import { refreshDocument } from '../documentStore';
import { PLUGIN_ID } from '../pluginId';
import { errorMessage } from '../types';
import type { TransitionInput } from '../components/TransitionForm';

export interface Target {
  uid: string;
  documentId: string;
  locale?: string | null;
  /** The state the person saw when they clicked. */
  state: string;
}

/**
 * Takes a transition on the server. Returns the server's refusal as written, or null on success. When the
 * item went live or left live, the Content Manager's own view of it changed too, so the page reloads.
 */
export async function takeTransition(target: Target, transitionId: string, input: TransitionInput = {}): Promise<string | null> {
  const { post } = getFetchClient();
  const kindOf = (state: string) => workflowOf(target.uid)?.states.find((s) => s.id === state)?.kind;
  try {
    const response = await post<{ data: { state: string } }>(
      `/${PLUGIN_ID}/documents/${target.uid}/${target.documentId}/transitions`,
      { transition: transitionId, ...(target.locale ? { locale: target.locale } : {}), ...input },
    );
    // Going live or leaving live reloads the whole page: fetching the panel first would be thrown away.
    if (kindOf(response.data.data.state) === 'live' || kindOf(target.state) === 'live') window.location.reload();
    else await refreshDocument(target.uid, target.documentId, target.locale);
    return null;
  } catch (error) {
    // A 400 refuses the input (a time in the past): nothing changed, the dialog stays as it is. Anything
    // else may mean the item moved meanwhile, so the panel and buttons are brought up to date.
    if ((error as { response?: { status?: number } })?.response?.status !== 400) {
      await refreshDocument(target.uid, target.documentId, target.locale);
    }
    return errorMessage(error);
  }
}
