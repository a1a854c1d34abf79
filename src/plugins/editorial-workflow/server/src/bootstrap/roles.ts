import type { Core } from '@strapi/strapi';
import { canonicalJson } from '../log/chain';
import { PLUGIN, ROLES, type RoleGrant } from '../permissions';
import { isSiteOwned } from '../sites/owned';
import { SAME_SITE, WITH_SITE } from '../sites/conditions';

const CONDITIONS = {
  own: 'admin::is-creator',
  'same-unit': `plugin::${PLUGIN}.same-unit`,
  assigned: `plugin::${PLUGIN}.assigned-officer`,
} as const;

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
  actionParameters?: Record<string, unknown>;
}

/**
 * On a ward's type every grant also says "in a site where I hold this role" (sites/conditions.ts): the
 * table's condition becomes its with-site combination, an unconditional grant gets the site condition.
 */
function conditionsOf(strapi: Core.Strapi, uid: string, condition: keyof typeof CONDITIONS | undefined): string[] {
  if (!isSiteOwned(strapi, uid)) return condition ? [CONDITIONS[condition]] : [];
  return [condition ? WITH_SITE[condition] : SAME_SITE];
}

/** Content Manager permissions with every field (nested component fields included) and both languages. */
function contentManagerPermissions(strapi: Core.Strapi, grant: RoleGrant): Permission[] {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { get(id: string): unknown } };
  const contentTypes = strapi.service('admin::content-type') as {
    getPermissionsWithNestedFields(actions: unknown[]): Permission[];
  };
  return grant.contentManager.flatMap(({ uid, actions, condition }) =>
    actions.flatMap((action) => {
      const definition = actionProvider.get(`plugin::content-manager.explorer.${action}`) as object;
      const [permission] = contentTypes.getPermissionsWithNestedFields([{ ...definition, subjects: [uid] }]);
      const localized = (strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } })
        .pluginOptions?.i18n?.localized;
      return [{
        action: permission.action,
        subject: uid,
        properties: { ...permission.properties, ...(localized ? { locales: ['vi', 'en'] } : {}) },
        conditions: conditionsOf(strapi, uid, condition),
      }];
    }),
  );
}

/** Plugin and Media Library permissions of a role, as the table grants them. */
function otherPermissions(grant: RoleGrant): Permission[] {
  const plain = (action: string): Permission => ({ action, subject: null, properties: {}, conditions: [] });
  return [
    ...grant.plugin.map((action) => plain(`plugin::${PLUGIN}.${action}`)),
    ...(grant.otherPlugins ?? []).map(plain),
    ...grant.upload.map(({ action, condition }) => ({ ...plain(`plugin::upload.${action}`), conditions: condition ? [CONDITIONS[condition]] : [] })),
  ];
}

/** What makes two permissions the same grant (Strapi compares the same fields when it assigns them). */
const grantKey = ({ action, subject, properties, conditions }: Permission) =>
  canonicalJson({ action, subject: subject ?? null, properties: properties ?? {}, conditions: [...(conditions ?? [])].sort() });

const STORE = { type: 'plugin', name: PLUGIN, key: 'derived-role-grants' } as const;

/**
 * Reconciles the staff roles with the table at every start (found by their code, created when missing):
 * every grant the table derives is (re)assigned, so new grants and new fields reach existing databases;
 * a grant the table derived at an earlier start and no longer derives is removed; any other permission —
 * one an administrator added by hand in Settings → Roles — is kept. What was derived is remembered in the
 * plugin's store, which is how a hand-made grant is told apart from a stale derived one.
 */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as {
    findOne(where: Record<string, unknown>, populate?: unknown): Promise<{ id: number; permissions?: Permission[] } | null>;
    create(data: Record<string, unknown>): Promise<{ id: number; permissions?: Permission[] }>;
    assignPermissions(id: number, permissions: Permission[]): Promise<unknown>;
  };
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { has(id: string): boolean } };
  const store = strapi.store(STORE);
  const earlier = ((await store.get({})) as Record<string, string[]> | null) ?? {};
  const derivedNow: Record<string, string[]> = {};

  for (const grant of ROLES) {
    const derived = [...contentManagerPermissions(strapi, grant), ...otherPermissions(grant)];
    const keys = new Set(derived.map(grantKey));
    const stale = new Set((earlier[grant.code] ?? []).filter((key) => !keys.has(key)));
    const role = (await roles.findOne({ code: grant.code }, ['permissions']))
      ?? (await roles.create({ name: grant.name, code: grant.code, description: grant.description }));
    const handMade = (role.permissions ?? [])
      .map(({ action, subject, properties, conditions, actionParameters }) => ({ action, subject, properties, conditions, actionParameters }))
      // An action no longer registered (a removed plugin) cannot be assigned again: Strapi refuses it.
      .filter((permission) => actionProvider.has(permission.action))
      .filter((permission) => !keys.has(grantKey(permission)) && !stale.has(grantKey(permission)));
    await roles.assignPermissions(role.id, [...derived, ...handMade]);
    derivedNow[grant.code] = [...keys];
  }
  await store.set({ value: derivedNow });
}
