import type { Core } from '@strapi/strapi';

const UPLOAD_FILE = 'plugin::upload.file';

type Attributes = Record<string, { type: string; target?: string; component?: string; components?: string[] }>;

/**
 * The content types a response of `uid` can show: itself, and with `populate` everything reachable
 * through relations and components (a changed category must drop cached articles that embed it).
 */
export function tagsFor(strapi: Core.Strapi, uid: string, populated: boolean): Set<string> {
  const tags = new Set([uid]);
  if (!populated) return tags;
  const seen = new Set<string>();
  const visit = (model: string) => {
    if (seen.has(model)) return;
    seen.add(model);
    const schema = (strapi.contentTypes[model as never] ?? strapi.components[model as never]) as { attributes?: Attributes } | undefined;
    for (const attribute of Object.values(schema?.attributes ?? {})) {
      // A media field names no target in the schema: its files are the upload plugin's.
      const media = attribute.type === 'media' ? UPLOAD_FILE : undefined;
      const targets = [attribute.target, media, attribute.component, ...(attribute.components ?? [])].filter(Boolean) as string[];
      for (const target of targets) {
        if (target.startsWith('api::') || target === UPLOAD_FILE) tags.add(target);
        visit(target);
      }
    }
  };
  visit(uid);
  return tags;
}
