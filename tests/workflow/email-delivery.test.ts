import { startSmtpRelay, type SmtpRelay } from '../helpers/email';
import { eventually } from '../helpers/publishing';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

// Notices go through a real SMTP exchange: a local relay this suite starts, Strapi's nodemailer provider
// pointed at it (config/plugins.ts), and each message read back with mailparser.
const ARTICLE = 'api::article.article';
const UNIT = 'Công an phường';
const PUBLIC_URL = 'https://cms.phulam.test';

let relay: SmtpRelay;
let app: TestApp;
let contributor: StaffMember;
let head: StaffMember;
let unitId: string;
let categoryId: string;
const logged: string[] = [];

beforeAll(async () => {
  relay = await startSmtpRelay();
  Object.assign(process.env, relay.env, { PUBLIC_URL, EMAIL_RETRY_ATTEMPTS: '3', EMAIL_RETRY_DELAY_MS: '200' });
  app = await startStrapi();
  for (const level of ['info', 'warn', 'error'] as const) {
    const original = app.strapi.log[level].bind(app.strapi.log);
    app.strapi.log[level] = ((message: string, ...rest: unknown[]) => {
      logged.push(`${level}: ${message}`);
      return original(message, ...rest);
    }) as never;
  }
  contributor = await createStaff(app, 'ew-contributor', { memberOf: [UNIT] });
  head = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});
afterAll(async () => {
  await app?.stop();
  await relay?.close();
  for (const key of [...Object.keys(relay?.env ?? {}), 'PUBLIC_URL', 'EMAIL_RETRY_ATTEMPTS', 'EMAIL_RETRY_DELAY_MS']) delete process.env[key];
});

async function submit(title: string): Promise<string> {
  const created = await as(app, contributor).post(`/content-manager/collection-types/${ARTICLE}?locale=vi`, goodArticle(unitId, categoryId, title)).expect(201);
  const documentId = created.body.data.documentId as string;
  await as(app, contributor).transition(ARTICLE, documentId, { transition: 'submit' }).expect(200);
  return documentId;
}
const mailAbout = (title: string) => relay.received.filter((mail) => mail.subject.includes(title));
const inboxHas = async (documentId: string) =>
  (await as(app, head).get('/editorial-workflow/inbox').expect(200)).body.data.notifications
    .some((notice: { targetDocumentId: string }) => notice.targetDocumentId === documentId);

describe('notices by e-mail through an SMTP relay', () => {
  it('a submission reaches the unit head: recipient, Vietnamese subject, the link to the item in the admin panel', async () => {
    const title = 'Tin về phong trào toàn dân bảo vệ an ninh Tổ quốc';
    const documentId = await submit(title);
    expect(await eventually(async () => mailAbout(title).length > 0, 5000)).toBe(true);
    const [mail] = mailAbout(title);
    expect(mail.to).toEqual([head.email]);
    expect(mail.subject).toBe(`[Trang TTĐT] Gửi duyệt: ${title}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=vi`);
    expect(relay.attempts.filter((address) => address === head.email)).toHaveLength(1);
  });

  it('a relay that refuses twice with 451 gets the message at the third attempt; the in-app notice is there at once', async () => {
    const title = 'Tin gửi khi hệ thống thư đang bận';
    const before = relay.attempts.length;
    relay.refuse(2);
    const documentId = await submit(title);
    expect(await inboxHas(documentId)).toBe(true);
    // The relay holds the message before its 250 reaches the sender, so the sender's log line comes after.
    const sentAtThird = () => logged.some((line) => line.startsWith('info:') && line.includes(`${head.email} sent at attempt 3/3`));
    expect(await eventually(async () => sentAtThird(), 5000)).toBe(true);
    expect(mailAbout(title)).toHaveLength(1);
    expect(relay.attempts.length - before).toBe(3);
    expect(logged.filter((line) => line.includes(head.email) && line.includes('failed at attempt'))).toHaveLength(2);
  });

  it('a relay that keeps refusing: three attempts, then an error in the log; the in-app notice stays', async () => {
    const title = 'Tin gửi khi hệ thống thư hỏng hẳn';
    const before = relay.attempts.length;
    relay.refuse(10);
    const documentId = await submit(title);
    const gaveUp = () => logged.some((line) => line.startsWith('error:') && line.includes(`${head.email} not sent after 3 attempts`));
    expect(await eventually(async () => gaveUp(), 5000)).toBe(true);
    expect(relay.attempts.length - before).toBe(3);
    expect(mailAbout(title)).toEqual([]);
    expect(await inboxHas(documentId)).toBe(true);
    relay.refuse(0);
  });
});
