import type { Core } from '@strapi/strapi';

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
      const targets = [attribute.target, attribute.component, ...(attribute.components ?? [])].filter(Boolean) as string[];
      for (const target of targets) {
        if (target.startsWith('api::') || target === 'plugin::upload.file') tags.add(target);
        visit(target);
      }
    }
  };
  visit(uid);
  return tags;
}
