import { solveChallenge } from 'altcha-lib/v1';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff } from '../helpers/staff';

let app: TestApp;
beforeAll(async () => {
  // Behind nginx, X-Forwarded-For names the client; an easy proof of work keeps the suite fast.
  Object.assign(process.env, { TRUST_PROXY: 'true', QUESTION_POW_MAX_NUMBER: '2000' });
  app = await startStrapi();
});
afterAll(async () => {
  await app.stop();
  delete process.env.TRUST_PROXY;
  delete process.env.QUESTION_POW_MAX_NUMBER;
});

let clients = 0;
/** A new client address per call, so that rate limits of one test do not spill into another. */
const newClient = () => `203.0.113.${(clients += 1) % 250}.${Math.floor(clients / 250)}`.split('.').slice(0, 4).join('.');

/** What the ALTCHA widget does in the browser: fetch a challenge and find the number. */
async function solvedPow(client: string): Promise<string> {
  const res = await app.http().get('/api/questions/challenge').set('X-Forwarded-For', client).expect(200);
  const { challenge, salt, algorithm, signature, maxnumber } = res.body;
  const solution = await solveChallenge(challenge, salt, algorithm, maxnumber).promise;
  return Buffer.from(JSON.stringify({ algorithm, challenge, number: solution!.number, salt, signature })).toString('base64');
}

const question = (extra: Record<string, unknown> = {}) => ({
  name: 'Lê Thị Hoa',
  phone: '0903 123 456',
  email: 'lethihoa@example.com',
  address: 'Tổ dân phố số 8',
  title: 'Thủ tục cấp bản sao trích lục khai sinh',
  question: 'Tôi cần bản sao trích lục khai sinh thì nộp hồ sơ ở đâu và mất bao lâu?',
  consentToPublish: true,
  ...extra,
});

const ask = (body: Record<string, unknown>, client = newClient()) =>
  app.http().post('/api/questions').set('X-Forwarded-For', client).send({ data: body });

describe('asking a question', () => {
  it('stores it as a draft, returns a tracking code to read aloud and the due date 15 working days on', async () => {
    const client = newClient();
    const res = await ask(question({ altcha: await solvedPow(client) }), client).expect(201);
    expect(res.body.data.trackingCode).toMatch(/^HD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const days = (new Date(res.body.data.dueAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(19); // 15 working days are at least three weeks
    const stored = await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode: res.body.data.trackingCode } });
    expect(stored).toMatchObject({ askerName: 'Lê Thị Hoa', handlingStatus: 'moi', publishedAt: null, consentToPublish: true });
    const body = JSON.stringify(res.body);
    expect(body).not.toContain('Lê Thị Hoa');
  });

  it.each([
    ['no name', { name: undefined }, 'Họ và tên: bắt buộc.'],
    ['a one-letter name', { name: 'A' }, 'Họ và tên: ít nhất 2 ký tự.'],
    ['no contact', { phone: undefined, email: undefined }, 'Liên hệ: cần số điện thoại hoặc thư điện tử để nhận trả lời.'],
    ['a bad e-mail', { email: 'hoa@' }, 'Thư điện tử: không đúng dạng, ví dụ ten@example.com.'],
    ['a bad phone', { phone: 'gọi tôi' }, 'Số điện thoại: chỉ gồm chữ số, 8–15 ký tự.'],
    ['a short question', { question: 'Hỏi?' }, 'Nội dung câu hỏi: ít nhất 10 ký tự.'],
    ['a long title', { title: 'T'.repeat(251) }, 'Tiêu đề: tối đa 250 ký tự.'],
    ['an unknown field', { field: 'khongcolinhvucnay00000000' }, 'Lĩnh vực: không có lĩnh vực này.'],
    ['the honeypot filled in', { website: 'http://spam.example' }, 'Biểu mẫu: không hợp lệ, hãy tải lại trang.'],
  ])('with %s is refused with a message naming the field', async (_what, change, message) => {
    const client = newClient();
    const before = await app.strapi.db.query('api::question.question').count();
    const res = await ask(question({ ...change, altcha: await solvedPow(client) }), client).expect(400);
    expect(res.body.error.message).toBe(message);
    expect(await app.strapi.db.query('api::question.question').count()).toBe(before);
  });

  it('without a proof of work, with a wrong one, or with one already used, is refused', async () => {
    const client = newClient();
    const missing = await ask(question(), client).expect(400);
    expect(missing.body.error.message).toBe('Xác minh chống thư rác: bắt buộc, hãy tải lại biểu mẫu.');
    const pow = await solvedPow(client);
    const decoded = JSON.parse(Buffer.from(pow, 'base64').toString());
    const wrong = Buffer.from(JSON.stringify({ ...decoded, number: decoded.number + 1 })).toString('base64');
    const bad = await ask(question({ altcha: wrong }), client).expect(400);
    expect(bad.body.error.message).toContain('Xác minh chống thư rác không đúng');
    await ask(question({ altcha: pow }), client).expect(201);
    const replay = await ask(question({ altcha: pow }), newClient()).expect(400);
    expect(replay.body.error.message).toBe('Biểu mẫu này đã được gửi: hãy tải lại biểu mẫu để gửi câu hỏi mới.');
  });

  it('larger than 16 KB is refused with 413', async () => {
    const client = newClient();
    const res = await ask(question({ question: 'x'.repeat(20_000), altcha: await solvedPow(client) }), client).expect(413);
    expect(res.body.error.message).toBe('Câu hỏi quá dài: tối đa 16 KB.');
  });

  it('keeps HTML as plain text: what comes back is the same inert string', async () => {
    const client = newClient();
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> Hỏi về hộ tịch';
    const res = await ask(question({ title: script, altcha: await solvedPow(client) }), client).expect(201);
    const tracked = await app.http().get(`/api/questions/track/${res.body.data.trackingCode}`).expect(200);
    expect(tracked.body.data.title).toBe(script);
    expect(tracked.headers['content-type']).toMatch(/^application\/json/);
  });

  it('a flood from one client is throttled while every other client gets through', async () => {
    const flooder = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await ask(question({ altcha: await solvedPow(flooder) }), flooder)).status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
    const others = await Promise.all(Array.from({ length: 20 }, async () => {
      const client = newClient();
      return ask(question({ altcha: await solvedPow(client) }), client);
    }));
    expect(others.map((res) => res.status)).toEqual(Array(20).fill(201));
    const codes = others.map((res) => res.body.data.trackingCode);
    expect(new Set(codes).size).toBe(20);
  });
});

describe('tracking a question', () => {
  it('shows where it stands, never who asked, and accepts the code as people type it', async () => {
    const client = newClient();
    const asked = await ask(question({ altcha: await solvedPow(client) }), client).expect(201);
    const code: string = asked.body.data.trackingCode;
    const res = await app.http().get(`/api/questions/track/${code.toLowerCase().replace(/-/g, ' ')}`).expect(200);
    expect(res.body.data).toMatchObject({ trackingCode: code, status: 'received', answer: null });
    expect(JSON.stringify(res.body)).not.toMatch(/Lê Thị Hoa|0903|lethihoa|askerName/);
  });

  it('shows the published answer of a demo question', async () => {
    const res = await app.http().get('/api/questions/track/HD-DEM0-0001').expect(200);
    expect(res.body.data.status).toBe('published');
    expect(JSON.stringify(res.body.data.answer)).toContain('Luật Hộ tịch');
  });

  it('answers an unknown or malformed code with the same 404', async () => {
    const unknown = await app.http().get('/api/questions/track/HD-ZZZZ-ZZZZ').expect(404);
    const malformed = await app.http().get('/api/questions/track/%27%20OR%201=1').expect(404);
    expect(unknown.body).toEqual(malformed.body);
  });

  it('is rate-limited per client', async () => {
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) statuses.push((await app.http().get('/api/questions/track/HD-ZZZZ-ZZZZ').set('X-Forwarded-For', client)).status);
    expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});

describe('handling, answering and rating', () => {
  it('moves through assigned and answered as the officer works and sends the answer, and is rated once after publication', async () => {
    const client = newClient();
    const asked = await ask(question({ title: 'Hỏi về đăng ký thường trú ở Đống Đa', altcha: await solvedPow(client) }), client).expect(201);
    const code: string = asked.body.data.trackingCode;
    const row = await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode: code } });
    // The desk gives it to an officer by the workflow's step; the officer writes the answer and sends it.
    const desk = await createStaff(app, 'ew-publisher');
    const officer = await createStaff(app, 'ew-contributor', { memberOf: ['Tư pháp – Hộ tịch'] });
    const board = await createStaff(app, 'ew-board');
    const Q = 'api::question.question';
    await as(app, desk).transition(Q, row.documentId, { transition: 'assign', assigneeId: officer.id }).expect(200);
    expect((await app.http().get(`/api/questions/track/${code}`).expect(200)).body.data.status).toBe('assigned');
    await as(app, officer).put(`/content-manager/collection-types/${Q}/${row.documentId}`, {
      answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Ông/bà liên hệ Công an phường để được hướng dẫn đăng ký thường trú.' }] }],
    }).expect(200);
    // Writing is not sending: the asker still reads "assigned" until the officer sends the answer.
    expect((await app.http().get(`/api/questions/track/${code}`).expect(200)).body.data.status).toBe('assigned');
    await as(app, officer).transition(Q, row.documentId, { transition: 'submit_answer' }).expect(200);
    expect((await app.http().get(`/api/questions/track/${code}`).expect(200)).body.data.status).toBe('answered');
    await as(app, board).transition(Q, row.documentId, { transition: 'approve' }).expect(200);
    const early = await app.http().post(`/api/questions/track/${code}/rating`).send({ rating: 5 }).expect(400);
    expect(early.body.error.message).toBe('Chỉ đánh giá được khi câu trả lời đã được công bố.');

    await as(app, desk).transition(Q, row.documentId, { transition: 'publish' }).expect(200);
    const tracked = await app.http().get(`/api/questions/track/${code}`).expect(200);
    expect(tracked.body.data.status).toBe('published');
    expect(JSON.stringify(tracked.body.data.answer)).toContain('Công an phường');

    await app.http().post(`/api/questions/track/${code}/rating`).send({ rating: 7 }).expect(400);
    await app.http().post(`/api/questions/track/${code}/rating`).send({ rating: 4 }).expect(200);
    const again = await app.http().post(`/api/questions/track/${code}/rating`).send({ rating: 1 }).expect(400);
    expect(again.body.error.message).toBe('Câu trả lời này đã được đánh giá.');
    const stored = await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode: code, publishedAt: { $notNull: true } } });
    expect(stored.satisfactionRating).toBe(4);

    const found = await app.http().get('/api/questions?q=dong da').expect(200);
    expect(found.body.data.map((q: { trackingCode: string }) => q.trackingCode)).toContain(code);
    expect(JSON.stringify(found.body)).not.toMatch(/satisfactionRating|searchText|askerName/);
    const none = await app.http().get('/api/questions?q=khong co cau nay').expect(200);
    expect(none.body.data).toEqual([]);
  });
});

describe('the public list of questions', () => {
  it('holds only published questions whose askers agreed, without personal data', async () => {
    const res = await app.http().get('/api/questions?populate=*').expect(200);
    const codes = res.body.data.map((q: { trackingCode: string }) => q.trackingCode);
    expect(codes).toContain('HD-DEM0-0001');
    expect(codes).not.toContain('HD-DEM0-0002');
    expect(JSON.stringify(res.body)).not.toMatch(/askerName|powSalt|Nguyễn Văn An/);
  });

  it('cannot be written to by anonymous callers except through the guarded ask', async () => {
    for (const res of [
      await app.http().put('/api/questions/abc').send({ data: { title: 'x' } }),
      await app.http().delete('/api/questions/abc'),
    ]) expect([403, 404, 405]).toContain(res.status);
  });
});
