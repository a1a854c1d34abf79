import type { Core } from '@strapi/strapi';

/**
 * What a content rule sees of a Document Service call. Strapi's own type is a union over every
 * content type and action; the rules only read these few fields, so they use this narrow view.
 */
export type Data = Record<string, unknown>;

export interface WriteContext {
  uid: string;
  action: string;
  contentType: { uid: string; pluginOptions?: { i18n?: { localized?: boolean } } };
  params: { documentId?: string; locale?: string; data?: Data; status?: string };
}

export type Next = () => Promise<unknown>;

export interface ContentRule {
  /** Content types the rule applies to. */
  uids: readonly string[];
  /** Runs before a create or update reaches the database; may fill in `data` or throw a ValidationError. */
  beforeWrite(strapi: Core.Strapi, write: Write): Promise<void>;
}

/** A create or update being checked: its data, and the stored draft it changes (for updates). */
export interface Write {
  uid: string;
  action: 'create' | 'update';
  documentId?: string;
  locale?: string;
  data: Data;
  /** The stored values merged with the incoming ones: what the document will look like. */
  merged: Data;
}
