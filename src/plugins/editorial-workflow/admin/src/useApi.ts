import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { errorMessage } from './types';

/**
 * GET a plugin route; reloads when the path changes, or when `refreshKey` does (what the answer depends on
 * but the path does not name, e.g. the item's last log row); the error is the server's message.
 */
export function useApi<T>(path: string | null, refreshKey?: unknown) {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data?: T; error?: string; loading: boolean }>({ loading: Boolean(path) });
  const [tick, setTick] = React.useState(0);
  React.useEffect(() => {
    if (!path) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    get<{ data: T }>(`/${PLUGIN_ID}${path}`)
      .then((response) => current && setState({ data: response.data.data, loading: false }))
      .catch((error) => current && setState({ error: errorMessage(error), loading: false }));
    return () => {
      current = false;
    };
  }, [get, path, tick, refreshKey]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

/** Where the Content Manager edits an item. */
export const editPath = (uid: string, documentId: string, locale: string | null) =>
  `/content-manager/collection-types/${uid}/${documentId}${locale ? `?plugins[i18n][locale]=${locale}` : ''}`;
