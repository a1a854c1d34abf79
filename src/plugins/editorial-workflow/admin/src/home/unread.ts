import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';

/**
 * The unread count shown on the menu icon and the home page. Strapi re-creates the menu's links on every
 * render, so the count lives here, once for the page, and is fetched again at most every 30 seconds.
 */
const FRESH_MS = 30_000;
let unread: number | null = null;
let fetchedAt = 0;
let pending = false;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setUnread(count: number): void {
  unread = count;
  fetchedAt = Date.now();
  listeners.forEach((listener) => listener());
}

export function useUnreadCount(): number | null {
  const { get } = useFetchClient();
  const count = React.useSyncExternalStore(subscribe, () => unread);
  React.useEffect(() => {
    if (pending || Date.now() - fetchedAt < FRESH_MS) return;
    pending = true;
    get<{ data: { unread: number } }>(`/${PLUGIN_ID}/inbox`)
      .then((response) => setUnread(response.data.data.unread))
      .catch(() => undefined) // the count is a hint; the inbox page shows the error
      .finally(() => {
        pending = false;
      });
  }, [get]);
  return count;
}
