import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::contributor-unit.contributor-unit');
