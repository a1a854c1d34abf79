import { adminRefreshCookie } from '../helpers/admin-session';
import { startStrapi, type TestApp } from '../helpers/strapi';

// The public site's browsers post questions to the API from another origin; CORS_ORIGINS names the ones allowed.
const SITE = 'https://phulam.hanoi.gov.vn';

let app: TestApp;
beforeAll(async () => {
  process.env.CORS_ORIGINS = `${SITE}, https://www.phulam.hanoi.gov.vn`;
  app = await startStrapi({ seed: false });
});
afterAll(async () => {
  delete process.env.CORS_ORIGINS;
  await app.stop();
});

describe('CORS for the public site', () => {
  it('lets the site\'s origin post a question from the browser (preflight)', async () => {
    const res = await app
      .http()
      .options('/api/questions')
      .set('Origin', SITE)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type')
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(SITE);
    expect(res.headers['access-control-allow-methods']).toMatch(/POST/);
    // The forms send no cookies: nothing in the API answers with credentials.
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers the site\'s origin on reads, and no other origin', async () => {
    const allowed = await app.http().get('/api/questions/challenge').set('Origin', SITE).expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE);
    const other = await app.http().get('/api/questions/challenge').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app
      .http()
      .options('/api/questions')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers the site\'s origin on uploads, so a video\'s captions (WebVTT) load on the site with crossorigin', async () => {
    const token = await app.fullAccessToken();
    const vtt = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào bà con.\n');
    const uploaded = await app.http().post('/api/upload').set('Authorization', `Bearer ${token}`)
      .attach('files', vtt, { filename: 'phu-de.vtt', contentType: 'text/vtt' }).expect(201);
    const url = uploaded.body[0].url as string;
    expect(url).toMatch(/^\/uploads\/.+\.vtt$/);
    const allowed = await app.http().get(url).set('Origin', SITE).expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE);
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await app.http().get(url).set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS never reaches the admin side, not even for the site\'s own origin', () => {
  it('POST /admin/access-token with a real refresh cookie gets no CORS answer for the site or a foreign origin', async () => {
    for (const origin of [SITE, 'https://evil.example']) {
      // A fresh session each time: the refresh token is spent by the first use.
      const cookie = await adminRefreshCookie(app);
      const res = await app.http().post('/admin/access-token').set('Origin', origin).set('Cookie', cookie).send({});
      // The cookie is good (the panel itself, on its own origin, gets its token); the browser must not hand it over.
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });

  it.each(['/admin/login', '/content-manager/collection-types/api::article.article', '/upload', '/editorial-workflow/log/verify', '/i18n/locales', '/users-permissions/roles'])(
    'a preflight from the site to %s gets no allow headers',
    async (path) => {
      const res = await app.http().options(path).set('Origin', SITE).set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type,authorization');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    },
  );
});
