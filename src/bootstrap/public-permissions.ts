import type { Core } from '@strapi/strapi';

/**
 * What an anonymous visitor (the static site build, other sites, citizens) may read. Only published
 * entries are served; private fields (askers' contacts, unit staff) are stripped by the schema.
 * Writes are never public here: the question form gets its own guarded route. Dossiers are never
 * listed: citizens look one up by its code (GET /api/dossiers/lookup/:code).
 */
export const PUBLIC_READ_TYPES = [
  'article',
  'category',
  'contributor-unit',
  'work-schedule',
  'procedure',
  'procedure-field',
  'dossier-report',
  'legal-document',
  'disclosure',
  'page',
  'official',
  'question',
] as const;

export function publicReadActions(): string[] {
  return [
    ...PUBLIC_READ_TYPES.flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
    'api::site.site.find',
    // Also GET /api/site-setting: the site of the request's host (src/api/site/routes/current.ts).
    'api::site.site.findOne',
  ];
}

export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The Users & Permissions "public" role is missing.');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = new Set(
    (await permissions.findMany({ where: { role: role.id }, select: ['action'] })).map((p: { action: string }) => p.action),
  );
  for (const action of publicReadActions()) {
    if (!granted.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
}
