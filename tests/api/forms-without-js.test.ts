import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The public site's forms in a browser without JavaScript: the question form posts to the CMS, which
 * shows the question back with a signed confirmation and stores it once confirmed; tracking and the
 * dossier lookup are plain GET forms answered with a page. Everything through the real HTTP stack.
 */
let app: TestApp;
beforeAll(async () => {
  Object.assign(process.env, { TRUST_PROXY: 'true', QUESTION_CONFIRM_MIN_SECONDS: '1', SITE_URL: 'https://phulam.example.vn' });
  app = await startStrapi();
});
afterAll(async () => {
  await app.stop();
  for (const key of ['TRUST_PROXY', 'QUESTION_CONFIRM_MIN_SECONDS', 'SITE_URL']) delete process.env[key];
});

let clients = 0;
const newClient = () => `198.51.100.${(clients += 1)}`;
const questions = () => app.strapi.db.query('api::question.question').count();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const form = (extra: Record<string, string> = {}) => ({
  name: 'Trần Văn Bình',
  phone: '0912 345 678',
  email: '',
  address: 'Tổ dân phố số 3',
  title: 'Hỏi về đăng ký tạm trú',
  question: 'Tôi thuê nhà ở tổ 3, cần giấy tờ gì để đăng ký tạm trú?',
  consentToPublish: 'true',
  website: '',
  altcha: '',
  ...extra,
});

const post = (path: string, body: Record<string, string>, client: string) =>
  app.http().post(path).set('X-Forwarded-For', client).set('Accept', 'text/html').type('form').send(body);

/** The hidden fields of the confirmation page, as the browser would send them back. */
function hiddenFields(page: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[name] = value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }
  return fields;
}

async function checked(client: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const res = await post('/api/forms/question', form(extra), client).expect(200);
  return hiddenFields(res.text);
}

describe('asking without JavaScript', () => {
  it('shows the question back to confirm, in the site\'s frame, and stores nothing yet', async () => {
    const before = await questions();
    const res = await post('/api/forms/question', form(), newClient()).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<h1>Kiểm tra lại câu hỏi</h1>');
    expect(res.text).toContain('Hỏi về đăng ký tạm trú');
    expect(res.text).toContain('<link rel="stylesheet" href="https://phulam.example.vn/assets/site.css">');
    expect(res.text).toContain('Phường Phú Lâm');
    expect(hiddenFields(res.text).confirmation).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toContain("form-action 'self'");
    expect(res.headers['content-security-policy']).toContain('style-src https://phulam.example.vn');
    expect(await questions()).toBe(before);
  });

  it('refuses a bad form with each message beside its field and every value kept', async () => {
    const before = await questions();
    const res = await post('/api/forms/question', form({ title: '', email: 'binh@', phone: '' }), newClient()).expect(400);
    expect(res.text).toContain('<h1>Gửi câu hỏi</h1>');
    expect(res.text).toContain('Thư điện tử: không đúng dạng, ví dụ ten@example.com.');
    expect(res.text).toContain('Tiêu đề: bắt buộc.');
    expect(res.text).toMatch(/id="title-loi">Tiêu đề: bắt buộc\.<\/span><input id="title"[^>]*aria-invalid="true"/);
    expect(res.text).toContain('value="Trần Văn Bình"');
    // The address is one line: address-line1 (street-address is for a multi-line field, WCAG 1.3.5).
    expect(res.text).toMatch(/<input id="address" name="address"[^>]* autocomplete="address-line1"/);
    expect(res.text).not.toContain('street-address');
    expect(res.text).toContain('>Tôi thuê nhà ở tổ 3, cần giấy tờ gì để đăng ký tạm trú?</textarea>');
    expect(await questions()).toBe(before);
  });

  it('refuses a form whose hidden honeypot was filled in', async () => {
    const res = await post('/api/forms/question', form({ website: 'http://spam.example' }), newClient()).expect(400);
    expect(res.text).toContain('Biểu mẫu: không hợp lệ, hãy tải lại trang.');
  });

  it('stores the confirmed question once and shows its tracking code and due date', async () => {
    const client = newClient();
    const before = await questions();
    const confirm = await checked(client);
    await wait(1100);
    const res = await post('/api/forms/question/confirm', confirm, client).expect(201);
    const code = /<strong id="tracking-code">(HD-[0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(res.text)?.[1];
    expect(code).toBeDefined();
    expect(res.text).toMatch(/Hạn trả lời: \d{2}\/\d{2}\/\d{4}\./);
    expect(await questions()).toBe(before + 1);
    const stored = await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode: code } });
    expect(stored).toMatchObject({ askerName: 'Trần Văn Bình', askerPhone: '0912 345 678', askerEmail: null, title: 'Hỏi về đăng ký tạm trú', consentToPublish: true, handlingStatus: 'moi' });
    expect(stored.dueAt).not.toBeNull();

    const replay = await post('/api/forms/question/confirm', confirm, newClient()).expect(400);
    expect(replay.text).toContain('Biểu mẫu này đã được gửi: hãy tải lại biểu mẫu để gửi câu hỏi mới.');
    expect(await questions()).toBe(before + 1);

    const tracked = await app.http().get(`/api/forms/question-track?ma=${code}`).expect(200);
    expect(tracked.text).toContain('Đã tiếp nhận');
    expect(tracked.text).not.toMatch(/Trần Văn Bình|0912/);
  });

  it('asks for a moment\'s reading when confirmed at once, with a new confirmation that then works', async () => {
    const client = newClient();
    const before = await questions();
    const early = await post('/api/forms/question/confirm', await checked(client), client).expect(400);
    expect(early.text).toContain('Hãy đọc lại câu hỏi vài giây rồi bấm');
    expect(await questions()).toBe(before);
    await wait(1100);
    await post('/api/forms/question/confirm', hiddenFields(early.text), client).expect(201);
    expect(await questions()).toBe(before + 1);
  });

  it('refuses a question changed after its confirmation, or a forged confirmation, keeping the text', async () => {
    const client = newClient();
    const before = await questions();
    const confirm = await checked(client);
    await wait(1100);
    const changed = await post('/api/forms/question/confirm', { ...confirm, title: 'Một tiêu đề khác hẳn' }, client).expect(400);
    expect(changed.text).toContain('Nội dung đã khác với nội dung vừa xác nhận');
    expect(changed.text).toContain('value="Một tiêu đề khác hẳn"');
    const forged = await post('/api/forms/question/confirm', { ...confirm, confirmation: `${confirm.confirmation.split('.')[0]}.AAAA` }, client).expect(400);
    expect(forged.text).toContain('Xác nhận không hợp lệ: hãy gửi lại câu hỏi từ biểu mẫu.');
    const missing = await post('/api/forms/question/confirm', { ...confirm, confirmation: '' }, client).expect(400);
    expect(missing.text).toContain('Xác nhận không hợp lệ');
    expect(await questions()).toBe(before);
  });

  it('brings the form back filled in when the citizen chooses to change the question', async () => {
    const client = newClient();
    const res = await post('/api/forms/question', { ...(await checked(client)), edit: '1' }, client).expect(200);
    expect(res.text).toContain('<h1>Gửi câu hỏi</h1>');
    expect(res.text).toContain('value="Hỏi về đăng ký tạm trú"');
    expect(res.text).toMatch(/<input id="consent" name="consentToPublish" type="checkbox" value="true" checked>/);
  });

  it('shows HTML and script typed into the form as inert text', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const res = await post('/api/forms/question', form({ title: `Hỏi ${script}`, address: script }), newClient()).expect(200);
    expect(res.text).not.toContain('<script>');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('shares the per-client budget of asking with the JSON route, and says so in a page', async () => {
    const client = newClient();
    const confirmations = [];
    for (let i = 0; i < 6; i += 1) confirmations.push(await checked(client, { title: `Câu hỏi số ${i + 1} về tạm trú` }));
    await wait(1100);
    const statuses = [];
    for (const confirm of confirmations) statuses.push((await post('/api/forms/question/confirm', confirm, client)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await post('/api/forms/question/confirm', confirmations[5], client).expect(429);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.text).toContain('Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau');
    await app.http().post('/api/questions').set('X-Forwarded-For', client).send({ data: {} }).expect(429);
  });

  it('answers a body over 16 KB with 413, in a page', async () => {
    const res = await post('/api/forms/question', form({ question: 'x'.repeat(20_000) }), newClient()).expect(413);
    expect(res.text).toContain('Câu hỏi quá dài: tối đa 16 KB.');
  });
});

describe('tracking and looking up without JavaScript', () => {
  it('shows where a question stands and its published answer', async () => {
    const res = await app.http().get('/api/forms/question-track?ma=hd-dem0-0001').expect(200);
    expect(res.text).toContain('<dt>Tình trạng</dt><dd>Đã trả lời</dd>');
    expect(res.text).toContain('Luật Hộ tịch');
    const asker = await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode: 'HD-DEM0-0001' } });
    for (const personal of [asker.askerName, asker.askerPhone, asker.askerEmail].filter(Boolean)) expect(res.text).not.toContain(personal);
  });

  it('answers an unknown code with 404 and the form to try again', async () => {
    const res = await app.http().get('/api/forms/question-track?ma=HD-ZZZZ-ZZZZ').expect(404);
    expect(res.text).toContain('Không tìm thấy câu hỏi với mã tra cứu này.');
    expect(res.text).toContain('value="HD-ZZZZ-ZZZZ"');
    const empty = await app.http().get('/api/forms/question-track').expect(200);
    expect(empty.text).toContain('<label for="ma">Mã tra cứu');
  });

  it('shows a dossier\'s five public facts, and refuses unknown and malformed codes in words', async () => {
    const res = await app.http().get('/api/forms/dossier-lookup?ma=H26.45.16-261125-0003').expect(200);
    expect(res.text).toContain('<h2 id="ket-qua">Hồ sơ H26.45.16-261125-0003</h2>');
    expect(res.text).toContain('<dt>Tình trạng</dt><dd>Đang xử lý</dd>');
    expect(res.text).toMatch(/<dt>Ngày nhận<\/dt><dd>\d{2}\/\d{2}\/\d{4}<\/dd>/);
    const unknown = await app.http().get('/api/forms/dossier-lookup?ma=H26.45.16-000000-9999').expect(404);
    expect(unknown.text).toContain('Không tìm thấy hồ sơ có mã này.');
    const malformed = await app.http().get(`/api/forms/dossier-lookup?ma=${encodeURIComponent("' OR 1=1")}`).expect(400);
    expect(malformed.text).toContain('Mã hồ sơ không hợp lệ');
  });

  it('limits lookups per client together with the JSON lookup', async () => {
    const client = newClient();
    for (let i = 0; i < 20; i += 1) await app.http().get(`/api/dossiers/lookup/H26.45.16-000000-${1000 + i}`).set('X-Forwarded-For', client).expect(404);
    const res = await app.http().get('/api/forms/dossier-lookup?ma=H26.45.16-261125-0003').set('X-Forwarded-For', client).expect(429);
    expect(res.text).toContain('Bạn đã gửi quá nhiều yêu cầu.');
  });
});
