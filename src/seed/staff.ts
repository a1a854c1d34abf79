import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { subDays, format } from 'date-fns';
import { DEMO_BODY, DEMO_ITEMS, DEMO_STAFF, DEMO_UNIT, type StaffKey } from './data/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'api::contributor-unit.contributor-unit';

interface Workflow {
  perform(request: Record<string, unknown>): Promise<unknown>;
  actorOf(user: { id: number }): Promise<unknown>;
}

export interface StaffReport {
  created: number;
  existing: number;
  /** Passwords of the accounts created now; shown once, never stored in clear. */
  credentials: Array<{ email: string; role: string; password: string }>;
}

/**
 * Makes a staff account a member of a demo ward's site (by default the seed's first site) with the given
 * roles there. For whoever adds more demo wards: call it with that ward's site id.
 */
export async function addDemoMember(strapi: Core.Strapi, userId: number, roleCodes: string[], siteId?: number): Promise<void> {
  const site = siteId ?? ((await strapi.db.query('api::site.site' as never).findMany({ select: ['id'], orderBy: { id: 'asc' }, limit: 1 })) as Array<{ id: number }>)[0]?.id;
  if (site === undefined) throw new Error('No site to make the demo staff members of');
  const memberships = strapi.plugin('editorial-workflow').service('memberships') as { addMember(userId: number, siteId: number, roleCodes: string[]): Promise<void> };
  await memberships.addMember(userId, site, roleCodes);
}

/** A password nobody can guess from the code: demo accounts are never protected by a default one. */
const newPassword = () => `Pl-${randomBytes(9).toString('base64url')}-9a`;

/**
 * Demo staff (one per workflow role) and news items in each state of the workflow, driven there
 * through the workflow itself. Accounts and items that exist are left alone.
 */
export async function seedDemoStaff(strapi: Core.Strapi): Promise<StaffReport> {
  const report: StaffReport = { created: 0, existing: 0, credentials: [] };
  const users = new Map<StaffKey, { id: number }>();

  for (const member of DEMO_STAFF) {
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: member.email } });
    if (existing) {
      users.set(member.key, existing);
      report.existing += 1;
      continue;
    }
    const role = await strapi.db.query('admin::role').findOne({ where: { code: member.role } });
    const password = newPassword();
    const user = await strapi.service('admin::user').create({
      email: member.email, firstname: member.firstname, lastname: member.lastname, password,
      isActive: true, registrationToken: null, roles: [role.id],
    });
    users.set(member.key, user);
    await addDemoMember(strapi, user.id, [member.role]);
    report.created += 1;
    report.credentials.push({ email: member.email, role: role.name, password });
    for (const [relation, unitName] of [['members', 'memberOf' in member ? member.memberOf : undefined], ['heads', 'headOf' in member ? member.headOf : undefined]] as const) {
      if (!unitName) continue;
      const unit = await strapi.db.query(UNIT).findOne({ where: { name: unitName }, populate: { [relation]: { select: ['id'] } } });
      const ids = [...(unit[relation] as Array<{ id: number }>).map((u) => u.id), user.id];
      await strapi.db.query(UNIT).update({ where: { id: unit.id }, data: { [relation]: ids } });
    }
  }

  const workflow = strapi.plugin('editorial-workflow').service('workflow') as Workflow;
  const unit = await strapi.db.query(UNIT).findOne({ where: { name: DEMO_UNIT } });
  const category = await strapi.db.query('api::category.category').findOne({ where: { name: 'Tổ dân phố', locale: 'vi' } });
  const contributor = users.get('contributor')!;
  for (const item of DEMO_ITEMS) {
    if (await strapi.db.query(ARTICLE).findOne({ where: { title: item.title } })) {
      report.existing += 1;
      continue;
    }
    const { documentId } = (await strapi.documents(ARTICLE as never).create({
      locale: 'vi',
      data: {
        title: item.title,
        summary: `${item.title}: hoạt động của ${DEMO_UNIT.toLowerCase()} phường Phú Lâm.`,
        body: DEMO_BODY.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
        unit: unit.documentId,
        category: category.documentId,
        author: 'Nguyễn Thị Lan',
        eventDate: format(subDays(new Date(), 1), 'yyyy-MM-dd'),
        eventPlace: 'Nhà văn hóa tổ dân phố',
        isOrientation: item.isOrientation ?? false,
        createdBy: contributor.id,
        updatedBy: contributor.id,
      },
    } as never)) as { documentId: string };
    report.created += 1;
    for (const step of item.steps) {
      await workflow.perform({
        uid: ARTICLE, documentId, locale: 'vi', transitionId: step.transition,
        actor: await workflow.actorOf(users.get(step.by)!),
        input: { reasonCode: step.reasonCode, reasonText: step.reasonText },
      });
    }
  }
  return report;
}

/**
 * The other demo wards' staff, so that a newcomer sees people who belong to one ward: its board member and
 * its contributor, each a member of that ward's site only. Accounts that exist are left alone.
 */
export async function seedWardStaff(strapi: Core.Strapi, ward: { host: string; name: string }, siteDocumentId: string): Promise<StaffReport> {
  const report: StaffReport = { created: 0, existing: 0, credentials: [] };
  const site = (await strapi.db.query('api::site.site' as never).findOne({ where: { documentId: siteDocumentId }, select: ['id'] })) as { id: number };
  const domain = `${ward.host.replace(/\.localhost$/, '')}.demo`;
  const people = [
    { email: `banbientap@${domain}`, firstname: 'Ban biên tập', lastname: ward.name, role: 'ew-board', siteId: site.id },
    { email: `congtacvien@${domain}`, firstname: 'Cộng tác viên', lastname: ward.name, role: 'ew-contributor', siteId: site.id },
  ];
  for (const person of people) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: person.email } })) {
      report.existing += 1;
      continue;
    }
    const role = await strapi.db.query('admin::role').findOne({ where: { code: person.role } });
    const password = newPassword();
    const user = await strapi.service('admin::user').create({
      email: person.email, firstname: person.firstname, lastname: person.lastname, password, isActive: true, registrationToken: null, roles: [role.id],
    });
    await addDemoMember(strapi, user.id, [person.role], person.siteId);
    report.created += 1;
    report.credentials.push({ email: person.email, role: `${role.name} (${ward.name})`, password });
  }
  return report;
}
