import * as React from 'react';
import { loadDefinition } from './definition';
import { PLUGIN_ID } from './pluginId';

/** Marks the plugin ready once the workflow table is loaded; a failure leaves the admin usable. */
export const Initializer = ({ setPlugin }: { setPlugin(id: string): void }) => {
  React.useEffect(() => {
    loadDefinition()
      .catch((error) => console.error('editorial-workflow: the workflow table could not be loaded', error))
      .finally(() => setPlugin(PLUGIN_ID));
  }, [setPlugin]);
  return null;
};
