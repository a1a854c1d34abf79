import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { allSites, homeSite, type SiteRef } from '../sites/directory';
import { siteOwnedUids, SITE_UID } from '../sites/owned';
import { relationTarget } from '../sites/relation-input';
import type { ContentRule, Write } from './context';
import { siteMembershipsOf, type SiteMember } from '../sites/members';

/** The site the document's rows hold, and whether a row exists in `locale` (no: the write adds a language). */
async function storedSite(strapi: Core.Strapi, uid: string, documentId: string, locale?: string): Promise<{ site: { id: number; documentId: string } | null; hasLocale: boolean }> {
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { documentId },
    select: ['id', 'locale'],
    populate: { site: { select: ['id', 'documentId'] } },
  })) as Array<{ locale?: string | null; site?: { id: number; documentId: string } | null }>;
  return {
    site: rows.find((row) => row.site)?.site ?? null,
    hasLocale: !locale || rows.some((row) => row.locale === locale),
  };
}

async function findSite(strapi: Core.Strapi, target: { documentId: string } | { id: number }): Promise<SiteRef | undefined> {
  const sites = await allSites(strapi);
  const found = 'documentId' in target ? sites.find((site) => site.documentId === target.documentId) : sites.find((site) => site.id === target.id);
  if (found) return found;
  // Created a moment ago (on this instance or another): the directory rereads only every few seconds.
  const row = (await strapi.db.query(SITE_UID as never).findOne({ where: target, select: ['id', 'documentId', 'code'] })) as SiteRef | null;
  return row ? { ...row, hosts: [] } : undefined;
}


/**
 * The sites the staff member writing may write into, or undefined when the write is not a staff member's
 * (the super admin, who is global; the system: seed, scheduler, migrations).
 */
async function writerSites(strapi: Core.Strapi): Promise<SiteMember[] | undefined> {
  const state = strapi.requestContext.get()?.state as { user?: { id: number; roles?: Array<{ code?: string }> }; auth?: { strategy?: { name?: string } } } | undefined;
  const user = state?.auth?.strategy?.name === 'admin' ? state.user : undefined;
  if (!user || (user.roles ?? []).some((role) => role.code === 'strapi-super-admin')) return undefined;
  return siteMembershipsOf(strapi, user.id);
}

const notMember = (code: string) => new errors.ValidationError(
  `Bạn không phải thành viên trang của phường, xã mã ${code}: không ghi được vào trang đó. Hãy chọn phường, xã nơi bạn làm việc.`,
  { param: 'site' },
);

/**
 * Every item of a ward's type belongs to exactly one site, from its creation on: a staff member writes only
 * into sites they are a member of, and a write that names none gets their site when they have one (several:
 * they must choose); the super admin's and the system's writes that name none get the home site; a write may not name a site that does not exist, and an item never moves to another
 * ward (its history, reviews and public address are that ward's).
 */
export function siteRule(strapi: Core.Strapi): ContentRule {
  return {
    uids: siteOwnedUids(strapi),
    async beforeWrite(_strapi, write: Write) {
      const target = relationTarget(write.data.site);
      const member = await writerSites(strapi);
      if (write.action === 'update' && write.documentId) {
        const { site: stored, hasLocale } = await storedSite(strapi, write.uid, write.documentId, write.locale);
        if (stored) {
          if (member && !member.some((m) => m.siteId === stored.id)) throw notMember((await findSite(strapi, stored))?.code ?? '');
          // The uniqueness checks compare within the item's site.
          write.merged.site = stored.documentId;
          if (target === 'unchanged') {
            // A new language version gets the document's site (i18n copies no relation to it).
            if (!hasLocale) write.data.site = stored.documentId;
            return;
          }
          const asked = target === null ? undefined : await findSite(strapi, target);
          if (asked?.id === stored.id) return;
          const code = (await findSite(strapi, stored))?.code ?? '';
          throw new errors.ValidationError(
            `Mục này thuộc trang của phường, xã mã ${code}: không chuyển được sang trang khác hay bỏ trống phường, xã. Hãy tạo mục mới ở trang cần đăng.`,
            { param: 'site' },
          );
        }
      }
      if (target !== 'unchanged' && target !== null) {
        const asked = await findSite(strapi, target);
        if (!asked) throw new errors.ValidationError('Phường, xã được chọn không có trên hệ thống.', { param: 'site' });
        if (member && !member.some((m) => m.siteId === asked.id)) throw notMember(asked.code);
        write.data.site = write.merged.site = asked.documentId;
        return;
      }
      if (member) {
        if (member.length === 0) {
          throw new errors.ValidationError('Tài khoản của bạn chưa thuộc trang phường, xã nào: hãy nhờ quản trị hệ thống thêm bạn vào trang nơi bạn làm việc.', { param: 'site' });
        }
        if (member.length > 1) {
          throw new errors.ValidationError(`Bạn làm việc ở ${member.length} phường, xã (mã ${member.map((m) => m.siteCode).join(', ')}): hãy chọn phường, xã cho mục này ở ô "site".`, { param: 'site' });
        }
        const own = await findSite(strapi, { id: member[0].siteId });
        if (own) {
          write.data.site = write.merged.site = own.documentId;
          return;
        }
      }
      const home = await homeSite(strapi);
      if (!home) throw new errors.ValidationError('Hệ thống chưa có trang phường, xã nào: hãy tạo trang trước.', { param: 'site' });
      write.data.site = write.merged.site = home.documentId;
    },
  };
}
