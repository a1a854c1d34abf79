import { solveChallenge } from 'altcha-lib/v1';
import { capturingEmail } from '../helpers/email';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, type StaffMember } from '../helpers/staff';
import { todayInVietnam } from '../../src/lib/dates';

const QUESTION = 'api::question.question';
const CM = `/content-manager/collection-types/${QUESTION}`;

let app: TestApp;
let desk: StaffMember;
let officer: StaffMember;
let otherOfficer: StaffMember;
let board: StaffMember;
let fieldId: string;

beforeAll(async () => {
  Object.assign(process.env, { TRUST_PROXY: 'true', QUESTION_POW_MAX_NUMBER: '2000' });
  app = await startStrapi();
  desk = await createStaff(app, 'ew-publisher');
  officer = await createStaff(app, 'ew-contributor', { memberOf: ['Tư pháp – Hộ tịch'] });
  otherOfficer = await createStaff(app, 'ew-contributor', { memberOf: ['Tư pháp – Hộ tịch'] });
  board = await createStaff(app, 'ew-board');
  fieldId = (await app.strapi.db.query('api::procedure-field.procedure-field').findOne({ where: { code: 'HT' } })).documentId;
});
afterAll(async () => {
  await app.stop();
  delete process.env.TRUST_PROXY;
  delete process.env.QUESTION_POW_MAX_NUMBER;
});

let clients = 0;
const client = () => { clients += 1; return `198.51.${Math.floor(clients / 250)}.${clients % 250}`; };

async function pow(from: string): Promise<string> {
  const { body } = await app.http().get('/api/questions/challenge').set('X-Forwarded-For', from).expect(200);
  const solution = await solveChallenge(body.challenge, body.salt, body.algorithm, body.maxnumber).promise;
  return Buffer.from(JSON.stringify({ ...body, number: solution!.number })).toString('base64');
}

const asked = (extra: Record<string, unknown> = {}) => ({
  name: 'Phạm Văn Bình', email: 'phamvanbinh@example.com', title: 'Đăng ký kết hôn với người ở phường khác',
  question: 'Tôi và vợ sắp cưới ở hai phường khác nhau thì đăng ký kết hôn ở đâu?', consentToPublish: true, field: fieldId, ...extra,
});

async function ask(extra: Record<string, unknown> = {}, from = client()) {
  return app.http().post('/api/questions').set('X-Forwarded-For', from).send({ data: asked({ ...extra, altcha: await pow(from) }) });
}

describe('the life of a question, through the HTTP surface', () => {
  it('asked, tracked, assigned, answered by the officer, approved, published, rated; the asker is e-mailed at each step', async () => {
    let code = '';
    const mails = await capturingEmail(app, async () => {
      const res = await ask();
      expect(res.status).toBe(201);
      code = res.body.data.trackingCode;
      const track = async () => (await app.http().get(`/api/questions/track/${code}`).expect(200)).body.data;
      expect(await track()).toMatchObject({ status: 'received', answer: null });
      const { documentId } = await app.strapi.db.query(QUESTION).findOne({ where: { trackingCode: code } });

      // The desk assigns it; the officer sees only questions assigned to them.
      await as(app, officer).get(`${CM}/${documentId}`).expect(403);
      await as(app, desk).put(`${CM}/${documentId}`, { assignedOfficer: officer.id }).expect(200);
      expect((await track()).status).toBe('assigned');
      await as(app, officer).get(`${CM}/${documentId}`).expect(200);
      await as(app, otherOfficer).get(`${CM}/${documentId}`).expect(403);

      await as(app, officer).put(`${CM}/${documentId}`, {
        answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hai bên đăng ký kết hôn tại UBND cấp xã nơi cư trú của một trong hai bên.' }] }],
      }).expect(200);
      expect((await track()).status).toBe('answered');

      await as(app, board).transition(QUESTION, documentId, { transition: 'approve' }).expect(200);
      await as(app, desk).transition(QUESTION, documentId, { transition: 'publish' }).expect(200);
      const published = await track();
      expect(published.status).toBe('published');
      expect(JSON.stringify(published.answer)).toContain('nơi cư trú');

      await app.http().post(`/api/questions/track/${code}/rating`).set('X-Forwarded-For', client()).send({ rating: 5 }).expect(200);
      const list = await app.http().get('/api/questions?q=ket hon').expect(200);
      expect(list.body.data.map((q: { trackingCode: string }) => q.trackingCode)).toContain(code);
    });
    // Staff get the workflow's own notices too (the publisher hears of the approval); the asker gets these.
    expect(mails.filter((mail) => mail.to === 'phamvanbinh@example.com').map((mail) => [mail.to, mail.subject])).toEqual([
      ['phamvanbinh@example.com', `Câu hỏi ${code}: đã được giao cho cán bộ trả lời`],
      ['phamvanbinh@example.com', `Câu hỏi ${code}: đã có câu trả lời, đang chờ Ban biên tập duyệt`],
      ['phamvanbinh@example.com', `Câu hỏi ${code}: đã có câu trả lời được công bố`],
    ]);
  });

  it('keeps HTML and script inert in every text field', async () => {
    const html = '<script>alert(1)</script><b onmouseover="x()">đậm</b>';
    const res = await ask({ name: `Tên ${html}`, address: html, title: `Tiêu đề ${html}`, question: `Câu hỏi ${html}` });
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query(QUESTION).findOne({ where: { trackingCode: res.body.data.trackingCode } });
    expect(stored).toMatchObject({ askerName: `Tên ${html}`, askerAddress: html, title: `Tiêu đề ${html}`, question: `Câu hỏi ${html}` });
    const tracked = await app.http().get(`/api/questions/track/${res.body.data.trackingCode}`).expect(200);
    expect(tracked.headers['content-type']).toMatch(/^application\/json/);
    expect(tracked.body.data.title).toBe(`Tiêu đề ${html}`);
  });

  it('an overdue question shows in the board\'s queue, marked, and in the question statistics', async () => {
    const res = await ask({ title: 'Câu hỏi để quá hạn trả lời' });
    const { documentId } = await app.strapi.db.query(QUESTION).findOne({ where: { trackingCode: res.body.data.trackingCode } });
    const past = new Date(Date.now() - 86_400_000).toISOString();
    await app.strapi.plugin('editorial-workflow').service('workflow').setDue({ uid: QUESTION, documentId }, past);
    await app.strapi.db.query(QUESTION).updateMany({ where: { documentId }, data: { dueAt: past } });
    const queue = await as(app, board).get('/editorial-workflow/queue').expect(200);
    expect(queue.body.data[0]).toMatchObject({ documentId, overdue: true, title: 'Câu hỏi để quá hạn trả lời' });
    // The statistics count Vietnam days: after 17:00 UTC it is already tomorrow in Hà Nội.
    const today = todayInVietnam();
    const stats = await as(app, board).get(`/editorial-workflow/stats/questions?from=${today.slice(0, 8)}01&to=${today}`).expect(200);
    const hoTich = stats.body.data.rows.find((row: { field: string }) => row.field === 'Hộ tịch');
    expect(hoTich.overdue).toBeGreaterThanOrEqual(1);
    expect(hoTich).toMatchObject({ ratings: 1, averageRating: 5 });
    expect(JSON.stringify(stats.body)).not.toMatch(/Phạm Văn Bình|phamvanbinh/);
  });
});

describe('a flood of questions', () => {
  it('1,000 asks from one client are throttled; 200 distinct clients all get through, none lost or doubled', async () => {
    const before = await app.strapi.db.query(QUESTION).count();
    const flooder = client();
    const flood: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      flood.push((await app.http().post('/api/questions').set('X-Forwarded-For', flooder).send({ data: asked() })).status);
    }
    const throttled = flood.filter((status) => status === 429).length;
    const people = await Promise.all(Array.from({ length: 200 }, () => ask()));
    const created = people.filter((res) => res.status === 201);
    const codes = new Set(created.map((res) => res.body.data.trackingCode));
    console.log(`flood: ${flood.length} asks from one client → ${throttled} × 429, ${flood.length - throttled} refused for other reasons; `
      + `200 distinct clients → ${created.length} × 201, ${codes.size} distinct tracking codes`);
    expect(throttled).toBe(995);
    expect(flood.slice(0, 5).every((status) => status === 400)).toBe(true); // no proof of work
    expect(created).toHaveLength(200);
    expect(codes.size).toBe(200);
    expect(await app.strapi.db.query(QUESTION).count()).toBe(before + 200);
    // 1,200 requests, 200 of them solving a proof of work: minutes on a loaded 2-core machine.
  }, 300_000);
});
