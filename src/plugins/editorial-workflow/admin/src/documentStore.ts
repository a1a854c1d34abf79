import * as React from 'react';
import { getFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { errorMessage, type DocumentWorkflow } from './types';

/**
 * One request per open document, shared by the side panel and the action buttons, refreshed after each
 * transition.
 */
interface Entry {
  data?: DocumentWorkflow;
  error?: string;
  loading: boolean;
  fetchedAt?: number;
}

/** An entry younger than this is what the other components of the same view just fetched. */
const FRESH_MS = 2000;

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const EMPTY: Entry = { loading: true };

const keyOf = (uid: string, documentId: string, locale?: string | null) => `${uid}|${documentId}|${locale ?? ''}`;

function emit() {
  for (const listener of listeners) listener();
}

async function load(uid: string, documentId: string, locale?: string | null): Promise<void> {
  const key = keyOf(uid, documentId, locale);
  entries.set(key, { ...(entries.get(key) ?? {}), loading: true });
  emit();
  try {
    const { get } = getFetchClient();
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    const response = await get<{ data: DocumentWorkflow }>(`/${PLUGIN_ID}/documents/${uid}/${documentId}${query}`);
    entries.set(key, { data: response.data.data, loading: false, fetchedAt: Date.now() });
  } catch (error) {
    entries.set(key, { error: errorMessage(error), loading: false, fetchedAt: Date.now() });
  }
  emit();
}

export function refreshDocument(uid: string, documentId: string, locale?: string | null): Promise<void> {
  return load(uid, documentId, locale);
}

export function useDocumentWorkflow(uid: string | undefined, documentId: string | undefined, locale?: string | null): Entry | null {
  const key = uid && documentId ? keyOf(uid, documentId, locale) : null;
  const subscribe = React.useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const entry = React.useSyncExternalStore(subscribe, () => (key ? entries.get(key) ?? EMPTY : null));
  React.useEffect(() => {
    if (!uid || !documentId || !key) return;
    const current = entries.get(key);
    const stale = !current || (!current.loading && Date.now() - (current.fetchedAt ?? 0) > FRESH_MS);
    if (stale) void load(uid, documentId, locale);
  }, [uid, documentId, locale, key]);
  return entry;
}
