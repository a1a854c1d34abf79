import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LABELS } from '../bootstrap/admin-labels';
import type { ContentRule, Data } from './context';

interface Attribute {
  type: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  required?: boolean;
  allowedTypes?: string[];
}
type Schema = { attributes: Record<string, Attribute> };

/**
 * Strapi checks `required` only when it publishes, and a reviewed item is saved as a draft for days
 * before that: a photo block with its alt text and caption but no photo would be saved, submitted and
 * reviewed. So a component's required media field (the figure's image) is checked at every save of the
 * component. Which components and types this concerns comes from the schemas.
 */
export function requiredMediaRule(strapi: Core.Strapi): ContentRule {
  const schemaOf = (uid: string) => (strapi.components[uid as never] ?? strapi.contentTypes[uid as never]) as unknown as Schema;
  const concerned = new Map<string, boolean>();
  /** Whether values of this schema can hold a component with a required media field. */
  const holdsRequiredMedia = (uid: string): boolean => {
    if (!concerned.has(uid)) {
      concerned.set(uid, false); // a component cannot contain itself; this also stops a cycle
      concerned.set(uid, Object.values(schemaOf(uid).attributes).some((attribute) =>
        (uid in strapi.components && attribute.type === 'media' && attribute.required === true)
        || componentsOf(attribute).some(holdsRequiredMedia)));
    }
    return concerned.get(uid)!;
  };
  const uids = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::') && holdsRequiredMedia(uid));

  /** Throws for the first component value in `data` whose required media is empty. */
  async function check(uid: string, data: Data, where: string | undefined): Promise<void> {
    for (const [name, attribute] of Object.entries(schemaOf(uid).attributes)) {
      const label = LABELS[uid]?.[name] ?? name;
      // Within a component value being written, a missing media key means no media (unless the row is kept).
      if (attribute.type === 'media' && attribute.required && uid in strapi.components && !(await hasMedia(uid, name, data))) {
        const noun = attribute.allowedTypes?.length === 1 && attribute.allowedTypes[0] === 'images' ? 'ảnh' : 'tệp';
        throw new errors.ValidationError(
          `${where ?? label} chưa có ${noun}: hãy chọn hoặc tải ${noun} lên ở ô "${label}", hoặc xóa mục này.`,
          { field: name },
        );
      }
      if (componentsOf(attribute).length === 0 || !(name in data)) continue;
      const values = attribute.repeatable || attribute.type === 'dynamiczone' ? (data[name] as Data[] | null) ?? [] : [data[name] as Data | null];
      for (const [index, value] of values.entries()) {
        if (!value || typeof value !== 'object') continue;
        const component = attribute.type === 'dynamiczone' ? String(value.__component) : attribute.component!;
        if (!holdsRequiredMedia(component)) continue;
        const place = values.length > 1 || attribute.repeatable || attribute.type === 'dynamiczone' ? `${label}, mục ${index + 1}` : label;
        await check(component, value, where ? `${where} › ${place}` : place);
      }
    }
  }

  /** A component value leaves its media as stored when it names its row (`id`) and not the field. */
  async function hasMedia(component: string, name: string, value: Data): Promise<boolean> {
    if (name in value) return !isEmptyMedia(value[name]);
    if (value.id === undefined || value.id === null) return false;
    const stored = (await strapi.db.query(component as never).findOne({ where: { id: value.id }, populate: [name] })) as Data | null;
    return !isEmptyMedia(stored?.[name]);
  }

  return {
    uids,
    async beforeWrite(_strapi, write) {
      await check(write.uid, write.data, undefined);
    },
  };
}

function componentsOf(attribute: Attribute): string[] {
  if (attribute.type === 'component' && attribute.component) return [attribute.component];
  if (attribute.type === 'dynamiczone') return attribute.components ?? [];
  return [];
}

/** Media as the Document Service accepts it: an id, `{ id }`, a list of them, or `{ set: [...] }`. */
function isEmptyMedia(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'set' in value) return isEmptyMedia((value as { set: unknown }).set);
  return false;
}
