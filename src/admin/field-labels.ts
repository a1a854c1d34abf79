import { CHOICES, LABELS } from '../bootstrap/admin-labels';

/**
 * Field labels and enumeration values of the content types in both admin languages, under the keys the
 * Content Manager looks up: `content-manager.content-types.<uid>.<field>` (or `components.<uid>.<field>`) for a field, the bare value for an
 * enumeration's option (the edit form's select and the list filters). Vietnamese comes from the one table of
 * labels; English is the API name in words. Both are needed: Strapi fills a language's missing keys from English.
 */
/** Strapi's own fields, which the list view can show as columns of every type. */
const SYSTEM_FIELDS: Record<string, string> = {
  id: 'Mã số', documentId: 'Mã tài liệu', createdAt: 'Ngày tạo', updatedAt: 'Sửa lần cuối', publishedAt: 'Ngày đăng',
  createdBy: 'Người tạo', updatedBy: 'Người sửa', locale: 'Ngôn ngữ',
};

/**
 * The content types' names as written in their schemas (already Vietnamese): the Content Manager's menu and
 * list title look a type's name up as a translation key, and log a missing translation when there is none.
 */
const SCHEMAS = {
  ...import.meta.glob<{ info: { displayName: string } }>('../api/*/content-types/*/schema.json', { eager: true }),
  ...import.meta.glob<{ info: { displayName: string } }>('../plugins/*/server/src/content-types/*/schema.json', { eager: true }),
};
/** Strapi's own types that the Content Manager lists (users-permissions' public accounts). */
const STRAPI_TYPES: Record<string, string> = { User: 'Người dùng' };

const words = (name: string) => {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

export function fieldTranslations(): { vi: Record<string, string>; en: Record<string, string> } {
  const vi: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [uid, labels] of Object.entries(LABELS)) {
    const isType = uid.includes('::');
    for (const [field, label] of Object.entries(isType ? { ...SYSTEM_FIELDS, ...labels } : labels)) {
      // a component's fields are looked up under `components`, a content type's under `content-types`
      const key = `content-manager.${isType ? 'content-types' : 'components'}.${uid}.${field}`;
      vi[key] = label;
      en[key] = words(field);
    }
  }
  for (const fields of Object.values(CHOICES)) {
    for (const values of Object.values(fields)) {
      for (const [value, label] of Object.entries(values)) {
        vi[value] = label;
        en[value] = words(value);
      }
    }
  }
  for (const schema of Object.values(SCHEMAS)) {
    vi[schema.info.displayName] = schema.info.displayName;
    en[schema.info.displayName] = schema.info.displayName;
  }
  for (const [name, label] of Object.entries(STRAPI_TYPES)) vi[name] = label;
  return { vi, en };
}
