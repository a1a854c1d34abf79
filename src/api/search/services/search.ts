import type { Core } from '@strapi/strapi';
import { createSearch } from '../../../public-api/search/service';

export default ({ strapi }: { strapi: Core.Strapi }) => createSearch(strapi);
