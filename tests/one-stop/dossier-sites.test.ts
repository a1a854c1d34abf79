import { finishedDossiers } from '../helpers/dossier-stats';
import { importRoutes } from '../helpers/dossier-imports';
import { createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** Dossiers and their statistics are each ward's own: an import writes into one site, its figures count only it. */
let app: TestApp;
let desk: StaffMember;
let home: { documentId: string; code: string };
let other: { documentId: string; code: string };

const DOSSIER = 'api::dossier.dossier';
const REPORT = 'api::dossier-report.dossier-report';

const routes = () => importRoutes(app, desk);
async function importInto(file: Buffer, site?: string): Promise<Record<string, unknown> & { status: string }> {
  const res = await app.http().post(`/one-stop/dossier-imports${site ? `?site=${site}` : ''}`).set('Authorization', `Bearer ${desk.token}`)
    .attach('file', file, 'ho-so.csv').expect(201);
  await routes().confirm(res.body.data.id).expect(202);
  return routes().finished(res.body.data.id);
}
const dossiersOf = (site: { documentId: string }, prefix: string) =>
  app.strapi.db.query(DOSSIER).count({ where: { code: { $startsWith: `${prefix}-` }, site: { documentId: site.documentId } } });
/** Dossiers to handle in 2024 (carried over + received) in the site's yearly report for the whole ward. */
async function handled2024(site: { documentId: string }): Promise<number> {
  const rows = (await app.strapi.db.query(REPORT).findMany({
    where: { period: 'year', periodStart: '2024-01-01', site: { documentId: site.documentId } },
    populate: ['field'],
  })) as Array<Record<string, number> & { field: unknown }>;
  const ward = rows.filter((row) => !row.field);
  expect(ward).toHaveLength(1);
  return ward[0].carriedOver + ward[0].receivedOnline + ward[0].receivedInPerson + ward[0].receivedPostal;
}

beforeAll(async () => {
  app = await startStrapi({ seed: true, staff: false });
  desk = await createStaff(app, 'ew-one-stop');
  home = (await app.strapi.documents('api::site.site').findFirst({ sort: 'id:asc' } as never)) as unknown as typeof home;
  other = (await app.strapi.documents('api::site.site').create({
    data: { code: '10301', wardName: 'Xã Thử Một Cửa', siteTitle: 'Trang xã Thử Một Cửa', address: 'Xã Thử', phone: '024 0000 0301', email: 'motcua@thu.example.vn', personResponsible: 'Chủ tịch' },
  } as never)) as unknown as typeof other;
});
afterAll(async () => {
  await app.stop();
});

describe('dossiers per site', () => {
  it('each ward’s import writes into its site, and each site’s statistics count only its own dossiers', async () => {
    expect(await importInto(finishedDossiers('SA', 12))).toMatchObject({ status: 'done', result: { created: 12 } });
    expect(await importInto(finishedDossiers('SB', 7), other.code)).toMatchObject({ status: 'done', result: { created: 7 } });
    expect([await dossiersOf(home, 'SA'), await dossiersOf(other, 'SA'), await dossiersOf(other, 'SB'), await dossiersOf(home, 'SB')]).toEqual([12, 0, 7, 0]);
    expect(await handled2024(other)).toBe(7);
    expect(await handled2024(home)).toBe(12);
  });

  it('a file whose dossier codes are another ward’s is refused whole, and nothing of either ward changes', async () => {
    const before = await handled2024(other);
    const job = await importInto(finishedDossiers('SA', 12), other.code);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('12 mã hồ sơ của tệp đã thuộc một phường, xã khác (SA-0, SA-1, SA-2…): tệp này có phải của phường, xã khác không? Không nhập dòng nào.');
    expect([await dossiersOf(home, 'SA'), await dossiersOf(other, 'SA')]).toEqual([12, 0]);
    expect(await handled2024(other)).toBe(before);
  });

  it('an unknown ward’s code is refused at upload', async () => {
    const res = await app.http().post('/one-stop/dossier-imports?site=99999').set('Authorization', `Bearer ${desk.token}`)
      .attach('file', finishedDossiers('SX', 2), 'ho-so.csv').expect(400);
    expect(res.body.error.message).toBe('Không có phường, xã mã 99999 trên hệ thống.');
  });
});
