import type { Core } from '@strapi/strapi';

/** Whether a field holds something a reader would see: text with a letter or digit, blocks with text, a link. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return /[\p{L}\p{N}]/u.test(value);
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') {
    const node = value as { text?: unknown; children?: unknown; id?: unknown };
    if ('text' in node || 'children' in node) return hasContent(node.text) || hasContent(node.children);
    return node.id !== undefined;
  }
  return true;
}

/** The field's label in the Content Manager's edit view (the site's Vietnamese labels), else its name. */
export async function fieldLabel(strapi: Core.Strapi, uid: string, field: string): Promise<string> {
  const service = strapi.plugin('content-manager').service('content-types') as {
    findConfiguration(model: unknown): Promise<{ metadatas?: Record<string, { edit?: { label?: string } }> }>;
  };
  const configuration = await service.findConfiguration(strapi.contentType(uid as never));
  return configuration.metadatas?.[field]?.edit?.label ?? field;
}
