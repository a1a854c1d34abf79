import type { Core } from '@strapi/strapi';

/** Fields the content rules compute on save (src/rules): the edit form shows them read-only. */
const DERIVED: Record<string, string[]> = {
  'api::work-schedule.work-schedule': ['week'],
  'schedule.entry': ['summary', 'key'],
};

/** Repeatable components whose collapsed entries are titled by a computed field instead of their first text. */
const ENTRY_TITLES: Record<string, string> = {
  'schedule.entry': 'summary',
};

interface Configuration {
  layouts?: unknown;
  settings?: { mainField?: string } & Record<string, unknown>;
  metadatas?: Record<string, { edit?: { editable?: boolean } & Record<string, unknown> }>;
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

/** Applied at every start, so a derived field added later reaches existing databases too. */
export async function applyDerivedFields(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const uid of new Set([...Object.keys(DERIVED), ...Object.keys(ENTRY_TITLES)])) {
    const isComponent = !uid.startsWith('api::');
    const model = isComponent ? strapi.components[uid as never] : strapi.contentType(uid as never);
    if (!model) throw new Error(`Derived fields name an unknown model: ${uid}`);
    const service = contentManager.service(isComponent ? 'components' : 'content-types') as ConfigurationService;
    const configuration = await service.findConfiguration(model);
    const metadatas = structuredClone(configuration.metadatas ?? {});
    const settings = { ...configuration.settings };
    let changed = false;
    for (const field of DERIVED[uid] ?? []) {
      const edit = metadatas[field]?.edit;
      if (!edit) throw new Error(`Derived fields name an unknown field: ${uid}.${field}`);
      if (edit.editable !== false) {
        edit.editable = false;
        changed = true;
      }
    }
    const title = ENTRY_TITLES[uid];
    if (title && settings.mainField !== title) {
      settings.mainField = title;
      changed = true;
    }
    if (changed) await service.updateConfiguration(model, { settings, metadatas, layouts: configuration.layouts });
  }
}
