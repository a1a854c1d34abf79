import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::procedure-field.procedure-field');
