import type { Core } from '@strapi/strapi';

const UID = 'api::question.question';

/** Never shown to staff: machinery (the proof-of-work salt, the search index) and what the rating step stamps. */
const HIDDEN = ['powSalt', 'searchText', 'ratedAt', 'assignedOfficer'];
/**
 * Shown but not editable: the citizen's own record and what the workflow's steps write. The assignee is
 * chosen in the "Giao trả lời" step (a name and a unit), not in a relation picker of admin users that
 * reviewers may not read; the list and the side panel show who it is.
 */
const READ_ONLY = ['trackingCode', 'receivedAt', 'consentToPublish', 'satisfactionRating', 'handlingStatus', 'answeredAt', 'dueAt'];
/** The list: title and tracking code; the plugin adds the state, the assignee and the deadline (dd/mm/yyyy). */
const LIST = ['title', 'trackingCode'];

interface Configuration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts?: { edit?: Array<Array<{ name: string; size: number }>>; list?: string[] };
}
interface ConfigurationService {
  findConfiguration(model: unknown): Promise<Configuration>;
  updateConfiguration(model: unknown, configuration: Configuration): Promise<unknown>;
}

/**
 * The question's edit and list views, set at every start (the fields are the system's, so an administrator's
 * "Configure the view" does not bring them back). The server ignores writes to these fields anyway (handling.ts).
 */
export async function applyQuestionLayout(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ConfigurationService;
  const model = strapi.contentType(UID as never) as { attributes: Record<string, unknown> };
  for (const field of [...HIDDEN, ...READ_ONLY, ...LIST]) {
    if (!(field in model.attributes)) throw new Error(`Question layout names an unknown field: ${field}`);
  }
  const configuration = await service.findConfiguration(model);
  const metadatas = structuredClone(configuration.metadatas ?? {});
  for (const field of READ_ONLY) metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field]?.edit, editable: false } };
  const edit = (configuration.layouts?.edit ?? [])
    .map((row) => row.filter((cell) => !HIDDEN.includes(cell.name)))
    .filter((row) => row.length > 0);
  await service.updateConfiguration(model, {
    // The question's title names it in the edit view's heading and in relation pickers, not its tracking code.
    settings: { ...configuration.settings, mainField: 'title' },
    metadatas,
    layouts: { ...configuration.layouts, edit, list: LIST },
  });
}
