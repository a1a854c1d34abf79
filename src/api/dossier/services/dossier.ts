import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SiteRef } from '../../../sites/directory';

const CODE = /^[0-9A-Za-z][0-9A-Za-z.\-_/]{2,63}$/;

export interface DossierLookup {
  code: string;
  procedureName: string;
  receivedAt: string | null;
  dueAt: string | null;
  status: string;
  returnedAt: string | null;
}

export default factories.createCoreService('api::dossier.dossier', ({ strapi }) => ({
  /**
   * The five things a citizen may know about a dossier, and nothing else (no applicant, no ids); looked up
   * within the site asked on, so a code of another ward answers exactly as an unknown one.
   */
  async lookup(rawCode: string, site: SiteRef): Promise<DossierLookup> {
    const code = rawCode.trim();
    if (!CODE.test(code)) throw new errors.ValidationError('Mã hồ sơ không hợp lệ: hãy nhập đúng mã ghi trên giấy tiếp nhận.');
    const dossier = await strapi.db.query('api::dossier.dossier').findOne({
      where: { code, site: { id: site.id } },
      select: ['code', 'procedureName', 'receivedAt', 'dueAt', 'status', 'returnedAt'],
    });
    if (!dossier) throw new errors.NotFoundError('Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy tiếp nhận.');
    const { code: found, procedureName, receivedAt, dueAt, status, returnedAt } = dossier;
    return { code: found, procedureName, receivedAt, dueAt, status, returnedAt };
  },
}));
