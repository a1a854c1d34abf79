import type { Core } from '@strapi/strapi';
import { SITE_UID } from '../sites/owned';
/** The workflow plugin's record of who works at which ward (its sites/memberships.ts). */
const MEMBERSHIP_UID = 'plugin::editorial-workflow.site-membership';

/**
 * Which field of a related item names it in the Content Manager's pickers, lists and relation chips.
 * Strapi takes a target's first text field: a ward showed as its code ("09556") wherever an item names its
 * site, and a member as their first name ("Lan"). A ward is named by its name everywhere; a member of a ward
 * by their e-mail, which tells two people of one name apart.
 */
const BY_TARGET: Record<string, { field: string; strapiDefault: string }> = {
  [SITE_UID]: { field: 'wardName', strapiDefault: 'code' },
};
const BY_FIELD: Record<string, Record<string, { field: string; strapiDefault: string }>> = {
  [MEMBERSHIP_UID]: { user: { field: 'email', strapiDefault: 'firstname' } },
};

type Side = { mainField?: string } & Record<string, unknown>;
interface Configuration {
  layouts?: unknown;
  settings?: unknown;
  metadatas?: Record<string, { edit?: Side; list?: Side }>;
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

/**
 * At every start, on every type the Content Manager shows. Only a field still on Strapi's default is changed,
 * so a label chosen later in "Cấu hình giao diện" stays.
 */
export async function applyRelationLabels(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  for (const [uid, model] of Object.entries(strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string; target?: string }> }>)) {
    const wanted = Object.entries(model.attributes)
      .map(([name, attribute]) => [name, BY_FIELD[uid]?.[name] ?? (attribute.type === 'relation' && attribute.target ? BY_TARGET[attribute.target] : undefined)] as const)
      .filter((entry): entry is readonly [string, { field: string; strapiDefault: string }] => Boolean(entry[1]));
    if (wanted.length === 0) continue;
    const configuration = await service.findConfiguration(model);
    const metadatas = structuredClone(configuration.metadatas ?? {});
    let changed = false;
    for (const [name, { field, strapiDefault }] of wanted) {
      for (const side of [metadatas[name]?.edit, metadatas[name]?.list]) {
        if (side && side.mainField === strapiDefault) {
          side.mainField = field;
          changed = true;
        }
      }
    }
    if (changed) await service.updateConfiguration(model, { settings: configuration.settings, metadatas, layouts: configuration.layouts });
  }
}
