import type { Core } from '@strapi/strapi';
import { getRegistry } from '../registry';
import { SchemaMap } from './schema-map';

export type { ContentEdge, RelationEdge } from './schema-map';
export { SchemaMap } from './schema-map';

let map: SchemaMap | undefined;

/** The write-path map of the running schemas, built on first use (the schemas are fixed once Strapi runs). */
export function getSchemaMap(strapi: Core.Strapi): SchemaMap {
  map ??= new SchemaMap(strapi, new Set(getRegistry().governedUids()));
  return map;
}
