import { LABELS } from '../bootstrap/admin-labels';

/**
 * Field labels of the content types in both admin languages, under the keys the Content Manager looks up
 * (`content-manager.content-types.<uid>.<field>`, `content-manager.components.<uid>.<field>`). Vietnamese comes from the one table of labels; English is
 * the field's API name in words. Both are needed: Strapi fills a language's missing keys from English.
 */
const words = (name: string) => {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

export function fieldTranslations(): { vi: Record<string, string>; en: Record<string, string> } {
  const vi: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [uid, labels] of Object.entries(LABELS)) {
    // A component's fields are looked up under content-manager.components.<category>.<name>.<field>.
    const prefix = uid.startsWith('api::') ? `content-manager.content-types.${uid}` : `content-manager.components.${uid}`;
    for (const [field, label] of Object.entries(labels)) {
      const key = `${prefix}.${field}`;
      vi[key] = label;
      en[key] = words(field);
    }
  }
  return { vi, en };
}
