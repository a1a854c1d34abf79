import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { solveChallenge } from 'altcha-lib/v1';
import { adminRefreshCookie } from '../helpers/admin-session';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * One test per attack class of docs/research anchors §3 and §5, each named by its advisory (GHSA id,
 * CVE or CWE). They attack the real HTTP surface; private-field leaks through populate, fields, sort
 * and filters on each type are in public-read.test.ts.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  // Behind a TLS proxy: X-Forwarded-For names the client, X-Forwarded-Proto the scheme.
  Object.assign(process.env, {
    TRUST_PROXY: 'true', QUESTION_POW_MAX_NUMBER: '2000', LOGIN_MAX_FAILURES_PER_CLIENT: '6', LOGIN_MAX_FAILURES_PER_ACCOUNT: '4',
  });
  app = await startStrapi();
  token = await app.fullAccessToken();
});
afterAll(async () => {
  await app.stop();
  for (const key of ['TRUST_PROXY', 'QUESTION_POW_MAX_NUMBER', 'LOGIN_MAX_FAILURES_PER_CLIENT', 'LOGIN_MAX_FAILURES_PER_ACCOUNT']) delete process.env[key];
});

let clients = 0;
const newClient = () => `198.51.100.${(clients += 1)}`;

describe('query parameters', () => {
  it.each([
    ['CVE-2026-27886 (where oracle on reset tokens)', 'where[updatedBy][resetPasswordToken][$startsWith]=a'],
    ['GHSA-495j-h493-42q2 (lookup operator)', 'lookup[updatedBy][password][$startsWith]=$2'],
    ['GHSA-jjqf-j4w7-92w8 (filter oracle on reset tokens)', 'filters[updatedBy][resetPasswordToken][$startsWith]=a'],
    ['GHSA-jjqf-j4w7-92w8 (filter oracle nested in $and)', 'filters[$and][0][createdBy][password][$startsWith]=$2'],
    ['GHSA-9xg4-3qfm-9w8f (t1.password alias)', 'filters[t1.password][$startsWith]=$2'],
    ['CWE-200 (sort on a private field of an admin relation)', 'sort=updatedBy.resetPasswordToken'],
    ['CWE-200 (fields on a relation to admin users)', 'fields[0]=updatedBy'],
    ['strictParams (unknown key)', 'foo=1'],
  ])('%s is refused with 400 and reveals nothing', async (_advisory, query) => {
    const a = await app.http().get(`/api/articles?${query}`).expect(400);
    const b = await app.http().get(`/api/articles?${query.replace(/=[^=]*$/, '=zz')}`).expect(400);
    expect(a.body.data ?? null).toBeNull();
    expect(b.body.error.name).toBe(a.body.error.name);
  });

  it('CWE-770 (page size abuse): pageSize and limit are capped at 100', async () => {
    const big = await app.http().get('/api/articles?pagination[pageSize]=100000').expect(200);
    expect(big.body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
    const all = await app.http().get('/api/articles?pagination[limit]=-1').expect(200);
    expect(all.body.data.length).toBeLessThanOrEqual(100);
  });

  it.each([
    ['a wildcard below the first level', 'populate[category][populate]=*'],
    ['three levels of relations', 'populate[category][populate][articles][populate][unit]=true'],
  ])('CWE-400 (strapi#13288, deep populate): %s is refused with 400 and a hint', async (_what, query) => {
    const res = await app.http().get(`/api/articles?${query}`).expect(400);
    expect(res.body.error.message).toMatch(/^Tham số populate không hợp lệ: .+ví dụ populate\[cover\]\[populate\]=image\.$/);
  });

  it('populate=* and two named levels still work', async () => {
    await app.http().get('/api/articles?populate=*').expect(200);
    await app.http().get('/api/articles?populate[cover][populate]=image').expect(200);
  });
});

describe('writes', () => {
  it('GHSA-gc7p-j5xm-xxh2 (mass assignment): a question cannot set its status, answer, publication or officer', async () => {
    const client = newClient();
    const pow = await app.http().get('/api/questions/challenge').set('X-Forwarded-For', client).expect(200);
    const { challenge, salt, algorithm, signature, maxnumber } = pow.body;
    const solution = await solveChallenge(challenge, salt, algorithm, maxnumber).promise;
    const altcha = Buffer.from(JSON.stringify({ algorithm, challenge, number: solution!.number, salt, signature })).toString('base64');
    const res = await app.http().post('/api/questions').set('X-Forwarded-For', client).send({
      data: {
        name: 'Phạm Văn Cường', phone: '0901234567', title: 'Hỏi về giờ làm việc', question: 'Bộ phận một cửa làm việc thứ Bảy không?',
        consentToPublish: true, altcha,
        handlingStatus: 'da_tra_loi', answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tự trả lời' }] }],
        publishedAt: '2026-01-01T00:00:00.000Z', documentId: 'chondocumentidcuatoi00000', trackingCode: 'HD-AAAA-AAAA',
        assignedOfficer: 1, createdBy: 1, locale: 'en', satisfactionRating: 5,
      },
    });
    if (res.status === 201) {
      const stored = await app.strapi.db.query('api::question.question').findOne({ where: { trackingCode: res.body.data.trackingCode }, populate: ['assignedOfficer'] });
      expect(stored).toMatchObject({ handlingStatus: 'moi', publishedAt: null, satisfactionRating: null, assignedOfficer: null });
      expect(stored.answer).toBeNull();
      expect(stored.trackingCode).not.toBe('HD-AAAA-AAAA');
      expect(stored.documentId).not.toBe('chondocumentidcuatoi00000');
    } else {
      expect(res.status).toBe(400);
    }
    expect(await app.strapi.db.query('api::question.question').count({ where: { publishedAt: { $notNull: true }, title: 'Hỏi về giờ làm việc' } })).toBe(0);
  });

  it('CWE-284: no other public type accepts anonymous writes', async () => {
    for (const route of ['articles', 'categories', 'procedures', 'legal-documents', 'disclosures', 'dossiers', 'dossier-reports', 'work-schedules']) {
      const res = await app.http().post(`/api/${route}`).send({ data: { title: 'x' } });
      expect([403, 405]).toContain(res.status);
    }
  });
});

describe('tokens', () => {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = (payload: object) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
  const hs256 = (payload: object, secret: string) => {
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
    return `${head}.${crypto.createHmac('sha256', secret).update(head).digest('base64url')}`;
  };

  it('CVE-2023-22893 (JWT alg:none) is refused on the API and the admin', async () => {
    const now = Math.floor(Date.now() / 1000);
    await app.http().get('/api/users/me').set('Authorization', `Bearer ${unsigned({ id: 1, iat: now, exp: now + 600 })}`).expect(401);
    await app.http().get('/admin/users/me').set('Authorization', `Bearer ${unsigned({ userId: '1', type: 'access', iat: now, exp: now + 600 })}`).expect(401);
  });

  it('CWE-613 (expired token): a correctly signed but expired token is refused', async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    await app.http().get('/api/users/me').set('Authorization', `Bearer ${hs256({ id: 1, iat: past, exp: past + 60 }, 'test-jwt-secret')}`).expect(401);
  });

  it('CWE-285 (API token scopes): a read-only or narrowly scoped token cannot write', async () => {
    const tokens = app.strapi.service('admin::api-token');
    const readOnly = (await tokens.create({ name: 'chi-doc', type: 'read-only', lifespan: null, description: '' })).accessKey;
    await app.http().get('/api/categories').set('Authorization', `Bearer ${readOnly}`).expect(200);
    await app.http().post('/api/categories').set('Authorization', `Bearer ${readOnly}`).send({ data: { name: 'Không được tạo 1' } }).expect(403);
    const scoped = (await tokens.create({
      name: 'chi-sua-tin', type: 'custom', lifespan: null, description: '', permissions: ['api::category.category.find', 'api::category.category.update'],
    })).accessKey;
    await app.http().post('/api/categories').set('Authorization', `Bearer ${scoped}`).send({ data: { name: 'Không được tạo 2' } }).expect(403);
    const [category] = (await app.http().get('/api/categories').expect(200)).body.data;
    await app.http().delete(`/api/categories/${category.documentId}`).set('Authorization', `Bearer ${scoped}`).expect(403);
    expect(await app.strapi.db.query('api::category.category').count({ where: { name: { $startsWith: 'Không được tạo' } } })).toBe(0);
    await app.http().get(`/api/categories/${category.documentId}`).expect(200);
  });
});

describe('uploads', () => {
  const upload = (name: string, type: string, content: Buffer) =>
    app.http().post('/api/upload').set('Authorization', `Bearer ${token}`).attach('files', content, { filename: name, contentType: type });
  const PNG_MAGIC = Buffer.from('89504e470d0a1a0a', 'hex');

  it.each([
    ['an SVG with a script', 'logo.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an HTML page', 'trang.html', 'text/html', Buffer.from('<html><script>alert(document.cookie)</script></html>')],
    ['a PNG/HTML polyglot named .html', 'da-dang.html', 'image/png', Buffer.concat([PNG_MAGIC, Buffer.from('<script>alert(1)</script>')])],
  ])('CVE-2026-22707 (upload type bypass): %s is refused', async (_what, name, type, content) => {
    const before = await app.strapi.db.query('plugin::upload.file').count();
    const res = await upload(name, type, content);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });

  it.each([
    ['a text file with markup', 'ghi-chu.txt', 'text/plain', /^text\/plain/],
    ['HTML declared as a PNG', 'anh.png', 'image/png', /^image\/png/],
  ])('CWE-79 (content sniffing): %s, if accepted, is served inert: its own type, nosniff, sandboxed', async (_what, name, type, served) => {
    const res = await upload(name, type, Buffer.from('<html><script>alert(document.cookie)</script></html>'));
    if (res.status !== 201) return expect(res.status).toBe(400);
    const file = await app.http().get(res.body[0].url).expect(200);
    expect(file.headers['content-type']).toMatch(served);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-security-policy']).toMatch(/sandbox/);
    expect(file.headers['content-disposition'] ?? '').toMatch(type.startsWith('image/') ? /^$|inline/ : /^attachment/);
  });
});

describe('security headers (CWE-1021 framing, CWE-319 transport, CWE-693 protection mechanisms)', () => {
  it.each(['/api/articles', '/admin/init'])('%s carries CSP with frame-ancestors, nosniff and frame options', async (path) => {
    const res = await app.http().get(path).expect(200);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('sends HSTS over TLS (from the trusted proxy) and never over plain HTTP', async () => {
    const plain = await app.http().get('/api/articles').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    for (const path of ['/api/articles', '/admin/init']) {
      const tls = await app.http().get(path).set('X-Forwarded-Proto', 'https').expect(200);
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    }
    // A cached read (answered in front of the stack, global::cache-hits) is no different.
    const hit = await app.http().get('/api/articles').expect(200);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.headers['strict-transport-security']).toBeUndefined();
    const tlsHit = await app.http().get('/api/articles').set('X-Forwarded-Proto', 'https').expect(200);
    expect(tlsHit.headers['x-cache']).toBe('HIT');
    expect(tlsHit.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('login brute force', () => {
  it.each([
    ['/admin/login', (email: string) => ({ email, password: 'Sai-mat-khau-1' })],
    ['/api/auth/local', (email: string) => ({ identifier: email, password: 'Sai-mat-khau-1' })],
  ])('GHSA-7mqx-wwh4-f9fw / GHSA-24q2-59hm-rh9r: %s throttles one client rotating e-mails, and one account over many clients', async (path, body) => {
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      statuses.push((await app.http().post(path).set('X-Forwarded-For', client).send(body(`nguoi${i}@phulam.test`))).status);
    }
    expect(statuses.slice(0, 6).every((s) => s === 400 || s === 401)).toBe(true);
    expect(statuses.slice(6)).toEqual([429, 429]);
    const blocked = await app.http().post(path).set('X-Forwarded-For', client).send(body('khac@phulam.test')).expect(429);
    expect(blocked.body.error.message).toMatch(/^Bạn đã gửi quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    const target = `quantri${path.length}@phulam.test`;
    const spread: number[] = [];
    for (let i = 0; i < 6; i += 1) spread.push((await app.http().post(path).set('X-Forwarded-For', newClient()).send(body(target))).status);
    expect(spread.slice(4)).toEqual([429, 429]);
    // Another client and account is unaffected.
    expect((await app.http().post(path).set('X-Forwarded-For', newClient()).send(body('ai-do@phulam.test'))).status).not.toBe(429);
  });
});

describe('CORS without CORS_ORIGINS (closed by default)', () => {
  const EVIL = 'https://evil.example';

  it('issue 13 attack 7: a foreign origin holding the refresh cookie gets no CORS answer from /admin/access-token', async () => {
    const cookie = await adminRefreshCookie(app);
    const res = await app.http().post('/admin/access-token').set('Origin', EVIL).set('Cookie', cookie).send({});
    // The cookie is good (the panel itself, on its own origin, gets its token); the browser must not hand it over.
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it.each(['/admin/access-token', '/admin/login', '/content-manager/collection-types/api::article.article', '/api/questions'])(
    'a preflight from a foreign origin to %s gets no allow headers',
    async (path) => {
      const res = await app.http().options(path).set('Origin', EVIL).set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,authorization');
      for (const header of ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers']) {
        expect(res.headers[header]).toBeUndefined();
      }
    },
  );

  it('public reads from a foreign origin carry no CORS header (the build reads server-side)', async () => {
    const res = await app.http().get('/api/articles').set('Origin', EVIL).expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('public accounts (the site has none)', () => {
  it('issue 13 attack 9: POST /api/auth/local/register is refused in Vietnamese, creates no user and gives no JWT', async () => {
    const before = await app.strapi.db.query('plugin::users-permissions.user').count();
    const res = await app.http().post('/api/auth/local/register').set('X-Forwarded-For', newClient())
      .send({ username: 'ke-la', email: 'ke-la@evil.example', password: 'Mat-khau-du-dai-1' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Trang thông tin điện tử của phường không mở đăng ký tài khoản. Người dân gửi câu hỏi, tra cứu hồ sơ mà không cần tài khoản.');
    expect(res.body.jwt).toBeUndefined();
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
    // Sign-up through a login provider is closed by the plugin's own setting.
    const advanced = await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' }) as { allow_register: boolean };
    expect(advanced.allow_register).toBe(false);
  });

  it('the public role lists no users, and forgot-password says the same for any address', async () => {
    expect((await app.http().get('/api/users')).status).toBe(403);
    expect((await app.http().get('/api/users/1')).status).toBe(403);
    expect([401, 403]).toContain((await app.http().get('/api/users/me')).status);
    const res = await app.http().post('/api/auth/forgot-password').send({ email: 'khong-co-ai@phulam.test' }).expect(200);
    expect(res.body).toEqual({ ok: true });
  });
});

describe('body caps count the bytes actually read', () => {
  /**
   * Sends `total` bytes of `type` to `path` in 16 KB chunks without Content-Length (Transfer-Encoding:
   * chunked), a little at a time, and stops writing when the answer comes.
   */
  async function chunked(path: string, type: string, head: string, total: number) {
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': type, 'X-Forwarded-For': newClient() } }, (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => { body += chunk; });
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, body, sent }); req.destroy(); });
      });
      req.on('error', (error) => { if (!answered) reject(error); });
      req.write(head);
      sent += head.length;
      const chunk = 'x'.repeat(16 * 1024);
      const more = () => {
        if (answered) return;
        if (sent >= total) return void req.end();
        req.write(chunk);
        sent += chunk.length;
        setTimeout(more, 5);
      };
      more();
    });
  }

  it('issue 13 attack 10: a chunked 900 KB question is refused with 413 before it is read whole', async () => {
    const res = await chunked('/api/questions', 'application/json', '{"data":{"question":"', 900 * 1024);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toBe('Câu hỏi quá dài: tối đa 16 KB.');
    expect(res.sent).toBeLessThan(900 * 1024);
  });

  it('a chunked 900 KB form without JavaScript gets the 413 page', async () => {
    const res = await chunked('/api/forms/question', 'application/x-www-form-urlencoded', 'question=', 900 * 1024);
    expect(res.status).toBe(413);
    expect(res.body).toContain('Câu hỏi quá dài: tối đa 16 KB.');
    expect(res.sent).toBeLessThan(900 * 1024);
  });
});
