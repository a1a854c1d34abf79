import type { Core } from '@strapi/strapi';
import { gate } from './gate';
import { createRegistry } from './registry';

export function register({ strapi }: { strapi: Core.Strapi }): void {
  createRegistry(strapi);
  strapi.documents.use(gate(strapi));
}
