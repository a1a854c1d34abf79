import { factories } from '@strapi/strapi';
import { publicSiteOf } from '../../../sites/public-scope';

export default factories.createCoreController('api::dossier.dossier', ({ strapi }) => ({
  async lookup(ctx) {
    ctx.body = { data: await strapi.service('api::dossier.dossier').lookup(String(ctx.params.code ?? ''), await publicSiteOf(strapi, ctx)) };
  },
}));
