export const PLUGIN_ID = 'editorial-workflow';

/** Translation key of this plugin: every label lives in translations/vi.json (and en.json). */
export const t = (key: string) => `${PLUGIN_ID}.${key}`;
