import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, IN_DEMO_WARD, type StaffMember, newsTargets } from '../helpers/staff';

/**
 * "Việc của tôi" with items of several units and authors in review at once: each item is listed with its own
 * unit, author, orientation and steps (the queue reads them for all items together), as its panel says.
 */
const ARTICLE = 'api::article.article';
const YOUTH = 'Đoàn Thanh niên phường';
const WOMEN = 'Hội Liên hiệp Phụ nữ phường';
const PARTY_CATEGORY = 'Hoạt động của Đảng ủy';

interface QueueRow {
  documentId: string;
  title: string;
  unit: string | null;
  unitId: string | null;
  isOrientation: boolean;
  author: { name: string; units: string[] } | null;
  transitions: Array<{ id: string }>;
}

let app: TestApp;
let youthWriter: StaffMember;
let youthHead: StaffMember;
let womenWriter: StaffMember;
let womenHead: StaffMember;
let board: StaffMember;
let youth: { unitId: string; categoryId: string };
let women: { unitId: string; categoryId: string };
let partyCategoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  youthWriter = await createStaff(app, 'ew-contributor', { memberOf: [YOUTH] });
  youthHead = await createStaff(app, 'ew-unit-head', { headOf: [YOUTH] });
  womenWriter = await createStaff(app, 'ew-contributor', { memberOf: [WOMEN] });
  womenHead = await createStaff(app, 'ew-unit-head', { headOf: [WOMEN] });
  board = await createStaff(app, 'ew-board');
  youth = await newsTargets(app, YOUTH);
  women = await newsTargets(app, WOMEN);
  const category = await app.strapi.db.query('api::category.category').findOne({ where: { name: PARTY_CATEGORY, locale: 'vi', ...IN_DEMO_WARD } });
  if (!category) throw new Error(`No category "${PARTY_CATEGORY}" in the demo data`);
  partyCategoryId = category.documentId;
});
afterAll(async () => {
  await app.stop();
});

async function submitted(writer: StaffMember, unitId: string, categoryId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await as(app, writer).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, { ...goodArticle(unitId, categoryId, title), ...extra }).expect(201);
  const { documentId } = res.body.data;
  await as(app, writer).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  return documentId;
}

const queueOf = async (member: StaffMember) => (await as(app, member).get('/editorial-workflow/queue').expect(200)).body.data as QueueRow[];
const find = (queue: QueueRow[], documentId: string) => queue.find((row) => row.documentId === documentId);

/** What the item's panel says to the same person: people, orientation and the steps they may take now. */
async function panel(member: StaffMember, documentId: string) {
  const data = (await as(app, member).state(ARTICLE, documentId).expect(200)).body.data;
  const allowed = (data.transitions as Array<{ id: string; allowed: boolean }>)
    .filter((t) => t.allowed && !['withdraw', 'revise'].includes(t.id)).map((t) => t.id);
  return { author: data.author, unit: data.unit, isOrientation: data.isOrientation, allowed };
}

describe('the queue with items of several units in review', () => {
  let flagged: string;
  let byCategory: string;
  let plain: string;

  beforeAll(async () => {
    flagged = await submitted(youthWriter, youth.unitId, youth.categoryId, 'Đoàn Thanh niên ra quân tình nguyện hè', { isOrientation: true });
    byCategory = await submitted(youthWriter, youth.unitId, partyCategoryId, 'Đoàn Thanh niên học tập nghị quyết của Đảng ủy');
    await as(app, youthHead).transition(ARTICLE, byCategory, { transition: 'unit_approve' }).expect(200);
    plain = await submitted(womenWriter, women.unitId, women.categoryId, 'Hội Phụ nữ tổ chức ngày hội gia đình');
  });

  it('each unit head finds their own unit\'s item, named with its own unit, author and orientation, and not the other\'s', async () => {
    const youthQueue = await queueOf(youthHead);
    expect(find(youthQueue, flagged)).toMatchObject({
      title: 'Đoàn Thanh niên ra quân tình nguyện hè', unit: YOUTH, unitId: youth.unitId, isOrientation: true,
      author: { units: [YOUTH] }, transitions: expect.arrayContaining([expect.objectContaining({ id: 'unit_approve' })]),
    });
    expect(find(youthQueue, plain)).toBeUndefined();

    const womenQueue = await queueOf(womenHead);
    expect(find(womenQueue, plain)).toMatchObject({
      title: 'Hội Phụ nữ tổ chức ngày hội gia đình', unit: WOMEN, unitId: women.unitId, isOrientation: false,
      author: { units: [WOMEN] }, transitions: expect.arrayContaining([expect.objectContaining({ id: 'unit_approve' })]),
    });
    expect(find(womenQueue, flagged)).toBeUndefined();
    expect(find(womenQueue, byCategory)).toBeUndefined();
  });

  it('the board finds the unit-approved item, an orientation item by its category, with the unit and author of that item', async () => {
    const item = find(await queueOf(board), byCategory);
    expect(item).toMatchObject({
      title: 'Đoàn Thanh niên học tập nghị quyết của Đảng ủy', unit: YOUTH, unitId: youth.unitId, isOrientation: true,
      author: { units: [YOUTH] }, transitions: expect.arrayContaining([expect.objectContaining({ id: 'board_approve' })]),
    });
  });

  it('every listed item says what its panel says to the same person: people, orientation and the steps allowed', async () => {
    for (const member of [youthHead, womenHead, board]) {
      const queue = await queueOf(member);
      for (const documentId of [flagged, byCategory, plain]) {
        const item = find(queue, documentId);
        if (!item) continue;
        const seen = await panel(member, documentId);
        expect({ author: item.author, unit: item.unit, isOrientation: item.isOrientation })
          .toEqual({ author: seen.author, unit: seen.unit, isOrientation: seen.isOrientation });
        expect(item.transitions.map((t) => t.id)).toEqual(seen.allowed);
      }
    }
  });
});
