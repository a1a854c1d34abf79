import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const CODE = /^[0-9A-Za-z][0-9A-Za-z.\-_/]{2,63}$/;

export default factories.createCoreController('api::dossier.dossier', ({ strapi }) => ({
  /** The five things a citizen may know about a dossier, and nothing else (no applicant, no ids). */
  async lookup(ctx) {
    const code = String(ctx.params.code ?? '').trim();
    if (!CODE.test(code)) throw new errors.ValidationError('Mã hồ sơ không hợp lệ: hãy nhập đúng mã ghi trên giấy tiếp nhận.');
    const dossier = await strapi.db.query('api::dossier.dossier').findOne({
      where: { code },
      select: ['code', 'procedureName', 'receivedAt', 'dueAt', 'status', 'returnedAt'],
    });
    if (!dossier) throw new errors.NotFoundError('Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy tiếp nhận.');
    const { code: found, procedureName, receivedAt, dueAt, status, returnedAt } = dossier;
    ctx.body = { data: { code: found, procedureName, receivedAt, dueAt, status, returnedAt } };
  },
}));
