import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::contributor-unit.contributor-unit');
