import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, newsTargets, type StaffMember } from '../helpers/staff';

/**
 * The editorial calendar (GET /editorial-workflow/calendar) and its iCalendar feed for the board
 * (GET /editorial-workflow/calendar.ics?token=): event dates, scheduled publications, due and overdue items
 * on Hà Nội days, in the reader's scope. Dates are counted from today on Hà Nội's wall clock, so the suite
 * also runs under `npm run test:clock` (23:30 and 00:30 Hà Nội).
 */

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const UNIT_A = 'Hội Chữ thập đỏ phường';
const UNIT_B = 'Hội Cựu chiến binh phường';
const HANOI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** 'yyyy-mm-dd' of an instant on Hà Nội's wall clock. */
const hanoiDay = (date: Date | string) => HANOI.format(new Date(date));
/** 'yyyy-mm-dd' plus N calendar days. */
const plusDays = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

interface Entry {
  kind: string; date: string; at: string | null; uid: string; documentId: string; locale: string | null;
  title: string; unit: string | null; unitId: string | null; state: string; stateLabel: string; step: string | null; url: string;
}

let app: TestApp;
let contributorA: StaffMember;
let headA: StaffMember;
let contributorB: StaffMember;
let headB: StaffMember;
let board: StaffMember;
let publisher: StaffMember;
let unitA: string;
let unitB: string;
let today: string;
let eventDay: string;
let eventItem: string;
let dueItem: string;
let overdueItem: string;
let scheduledItem: string;
let publishAt: string;

const calendarUrl = (params: Record<string, string>) => `/editorial-workflow/calendar?${new URLSearchParams(params)}`;
const range = (extra: Record<string, string> = {}) => ({ from: plusDays(today, -3), to: plusDays(today, 10), ...extra });
async function entriesOf(member: StaffMember, params: Record<string, string> = range()): Promise<Entry[]> {
  return (await as(app, member).get(calendarUrl(params)).expect(200)).body.data.entries;
}
const mine = (entries: Entry[], documentId: string) => entries.filter((entry) => entry.documentId === documentId);

async function article(contributor: StaffMember, unitId: string, categoryId: string, title: string, eventDate?: string): Promise<string> {
  const body = { ...goodArticle(unitId, categoryId, title), ...(eventDate ? { eventDate } : {}) };
  return (await as(app, contributor).post(`${CM}?locale=vi`, body).expect(201)).body.data.documentId;
}
const step = (member: StaffMember, documentId: string, transition: string, extra: Record<string, unknown> = {}) =>
  as(app, member).transition(ARTICLE, documentId, { transition, ...extra }).expect(200);

beforeAll(async () => {
  app = await startStrapi();
  contributorA = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_A] });
  headA = await createStaff(app, 'ew-unit-head', { headOf: [UNIT_A] });
  contributorB = await createStaff(app, 'ew-contributor', { memberOf: [UNIT_B] });
  headB = await createStaff(app, 'ew-unit-head', { headOf: [UNIT_B] });
  board = await createStaff(app, 'ew-board');
  publisher = await createStaff(app, 'ew-publisher');
  const a = await newsTargets(app, UNIT_A);
  unitA = a.unitId;
  unitB = (await newsTargets(app, UNIT_B)).unitId;
  today = hanoiDay(new Date());
  eventDay = plusDays(today, 5);

  // A draft of unit A whose event is in five days.
  eventItem = await article(contributorA, unitA, a.categoryId, 'Chữ thập đỏ: ngày hội hiến máu sắp tới', eventDay);
  // Waiting for unit A's head: due one working day on.
  dueItem = await article(contributorA, unitA, a.categoryId, 'Chữ thập đỏ: tin chờ trưởng đơn vị duyệt');
  await step(contributorA, dueItem, 'submit');
  // Waiting too, but its due time has passed.
  overdueItem = await article(contributorA, unitA, a.categoryId, 'Chữ thập đỏ: tin chờ duyệt đã quá hạn');
  await step(contributorA, overdueItem, 'submit');
  await app.strapi.plugin('editorial-workflow').service('workflow')
    .setDue({ uid: ARTICLE, documentId: overdueItem, locale: 'vi' }, new Date(Date.now() - 3_600_000).toISOString());
  // Approved and scheduled for three days on, 09:00 Hà Nội.
  scheduledItem = await article(contributorA, unitA, a.categoryId, 'Chữ thập đỏ: tin hẹn giờ đăng');
  await step(contributorA, scheduledItem, 'submit');
  await step(headA, scheduledItem, 'unit_approve');
  await step(board, scheduledItem, 'board_approve');
  publishAt = new Date(`${plusDays(today, 3)}T09:00:00+07:00`).toISOString();
  await step(publisher, scheduledItem, 'publish', { publishAt });
});
afterAll(async () => {
  await app?.stop();
});

describe('GET /editorial-workflow/calendar', () => {
  it('puts an item with an event date on that day, as a whole-day entry that opens its edit view', async () => {
    const entries = mine(await entriesOf(board), eventItem);
    expect(entries).toEqual([{
      kind: 'event', date: eventDay, at: null, uid: ARTICLE, documentId: eventItem, locale: 'vi',
      title: 'Chữ thập đỏ: ngày hội hiến máu sắp tới', typeLabel: 'Tin bài', unit: UNIT_A, unitId: unitA,
      state: 'draft', stateLabel: 'Bản nháp', step: null,
      url: `/content-manager/collection-types/${ARTICLE}/${eventItem}?plugins[i18n][locale]=vi`,
    }]);
    // Not on a range that leaves the day out.
    expect(mine(await entriesOf(board, { from: plusDays(eventDay, 1), to: plusDays(eventDay, 20) }), eventItem)).toEqual([]);
    expect(mine(await entriesOf(board, { from: eventDay, to: eventDay }), eventItem)).toHaveLength(1);
  });

  it('puts a scheduled publication on its Hà Nội day, at its time, naming the step', async () => {
    const [entry] = mine(await entriesOf(board), scheduledItem).filter((e) => e.kind === 'scheduled');
    expect(entry).toMatchObject({ kind: 'scheduled', date: plusDays(today, 3), step: 'Đăng bài', state: 'approved', stateLabel: 'Đã duyệt, chờ đăng' });
    expect(new Date(entry.at!).toISOString()).toBe(publishAt);
  });

  it('puts a waiting item on the day it is due, and one past its due time as overdue', async () => {
    const due = (await as(app, board).state(ARTICLE, dueItem).expect(200)).body.data.dueAt as string;
    const [dueEntry] = mine(await entriesOf(board), dueItem).filter((e) => e.kind === 'due' || e.kind === 'overdue');
    expect(dueEntry).toMatchObject({ kind: 'due', date: hanoiDay(due), state: 'submitted', stateLabel: 'Chờ đơn vị duyệt' });
    expect(new Date(dueEntry.at!).getTime()).toBe(new Date(due).getTime());

    const late = mine(await entriesOf(board), overdueItem).filter((e) => e.kind === 'due' || e.kind === 'overdue');
    expect(late).toEqual([expect.objectContaining({ kind: 'overdue', date: hanoiDay(new Date(Date.now() - 3_600_000)) })]);
    // Approved news is due by the plan's deadline after its event (yesterday's + 3 days), besides its schedule.
    expect(mine(await entriesOf(board), scheduledItem).map((e) => e.kind).sort()).toEqual(['due', 'event', 'scheduled']);
  });

  it('filters by unit and by type', async () => {
    const ids = (entries: Entry[]) => new Set(entries.map((entry) => entry.documentId));
    const ofA = ids(await entriesOf(board, range({ unit: unitA })));
    expect([eventItem, dueItem, overdueItem, scheduledItem].every((id) => ofA.has(id))).toBe(true);
    expect((await entriesOf(board, range({ unit: unitA }))).every((entry) => entry.unitId === unitA)).toBe(true);
    const ofB = ids(await entriesOf(board, range({ unit: unitB })));
    expect([eventItem, dueItem, overdueItem, scheduledItem].some((id) => ofB.has(id))).toBe(false);
    expect(await entriesOf(board, range({ type: 'api::page.page' }))).toEqual(expect.not.arrayContaining([expect.objectContaining({ uid: ARTICLE })]));
    expect(ids(await entriesOf(board, range({ type: ARTICLE }))).has(eventItem)).toBe(true);
    // The filters' options: the types this person may read, every unit.
    const data = (await as(app, board).get(calendarUrl(range())).expect(200)).body.data;
    expect(data.types).toEqual(expect.arrayContaining([{ uid: ARTICLE, label: 'Tin bài' }]));
    expect(data.units).toEqual(expect.arrayContaining([{ id: unitA, name: UNIT_A }, { id: unitB, name: UNIT_B }]));
  });

  it("shows each person only what they may read: another unit's contributor and head see nothing of unit A's drafts", async () => {
    const ours = [eventItem, dueItem, overdueItem, scheduledItem];
    for (const outsider of [contributorB, headB]) {
      const seen = (await entriesOf(outsider)).map((entry) => entry.documentId);
      expect(seen.filter((id) => ours.includes(id))).toEqual([]);
    }
    // Unit A's own people see them: the author her items, the head those of her unit.
    expect(mine(await entriesOf(contributorA), eventItem)).toHaveLength(1);
    expect(mine(await entriesOf(headA), dueItem).map((e) => e.kind)).toContain('due');
    // Contributors read no procedures: the type is not even offered.
    const data = (await as(app, contributorB).get(calendarUrl(range())).expect(200)).body.data;
    expect(data.types.map((type: { uid: string }) => type.uid)).not.toContain('api::procedure.procedure');
  });

  it('refuses a bad range with a Vietnamese message (400), and a visitor without a session (401)', async () => {
    const bad = async (params: Record<string, string>) => (await as(app, board).get(calendarUrl(params)).expect(400)).body.error.message as string;
    expect(await bad({ from: today })).toMatch(/"to".*bắt buộc/);
    expect(await bad({ from: '2026-02-30', to: '2026-03-02' })).toMatch(/không phải một ngày có thật/);
    expect(await bad({ from: plusDays(today, 2), to: today })).toMatch(/phải trước hoặc trùng ngày kết thúc/);
    expect(await bad({ from: today, to: plusDays(today, 62) })).toMatch(/dài 63 ngày, tối đa 62 ngày/);
    expect(await bad({ ...range(), unit: 'x' })).toMatch(/"unit"/);
    expect(await bad({ ...range(), page: '2' })).toMatch(/tham số không được hỗ trợ: page/);
    await as(app, board).get(calendarUrl({ from: today, to: plusDays(today, 61) })).expect(200);
    await app.http().get(calendarUrl(range())).expect(401);
  });
});

// ---------------------------------------------------------------------------------------------------
// iCalendar: a strict reading of RFC 5545's structure (CRLF lines of at most 75 octets, unfolded;
// BEGIN/END nested; the properties every VEVENT must have), then the entries.

interface IcsComponent { name: string; props: Array<{ name: string; params: string; value: string }>; children: IcsComponent[] }

function readIcs(text: string): IcsComponent {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: IcsComponent[] = [];
  let root: IcsComponent | null = null;
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, name, params, value] = match;
    if (name === 'BEGIN') {
      const component = { name: value, props: [], children: [] };
      if (stack.length) stack[stack.length - 1].children.push(component);
      else if (root) throw new Error('two top-level components');
      else root = component;
      stack.push(component);
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      if (!stack.length) throw new Error(`property outside a component: ${line}`);
      stack[stack.length - 1].props.push({ name, params, value });
    }
  }
  expect(stack).toEqual([]);
  expect(root?.name).toBe('VCALENDAR');
  const prop = (component: IcsComponent, name: string) => component.props.filter((p) => p.name === name);
  expect(prop(root!, 'VERSION').map((p) => p.value)).toEqual(['2.0']);
  expect(prop(root!, 'PRODID')).toHaveLength(1);
  for (const event of root!.children) {
    expect(event.name).toBe('VEVENT');
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) expect([required, prop(event, required).length]).toEqual([required, 1]);
    expect(prop(event, 'DTSTAMP')[0].value).toMatch(/^\d{8}T\d{6}Z$/);
    const start = prop(event, 'DTSTART')[0];
    expect(start.params === ';VALUE=DATE' ? /^\d{8}$/.test(start.value) : /^\d{8}T\d{6}Z$/.test(start.value)).toBe(true);
  }
  const uids = root!.children.map((event) => prop(event, 'UID')[0].value);
  expect(new Set(uids).size).toBe(uids.length);
  return root!;
}

const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
const propOf = (event: IcsComponent, name: string) => event.props.find((p) => p.name === name);
const feedOf = (token: string) => app.http().get(`/editorial-workflow/calendar.ics?token=${encodeURIComponent(token)}`);
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('GET /editorial-workflow/calendar.ics (the board\'s feed)', () => {
  it('gives a board member a feed address once; the feed is valid iCalendar with the same entries', async () => {
    expect((await as(app, board).get('/editorial-workflow/calendar/feed').expect(200)).body.data).toEqual({ exists: false, createdAt: null });
    const created = (await as(app, board).post('/editorial-workflow/calendar/feed').expect(200)).body.data;
    expect(created.url).toMatch(/\/editorial-workflow\/calendar\.ics\?token=/);
    const info = (await as(app, board).get('/editorial-workflow/calendar/feed').expect(200)).body.data;
    expect(info).toEqual({ exists: true, createdAt: created.createdAt });
    // The token is stored hashed: it is nowhere in the store.
    const stored = await app.strapi.db.query('strapi::core-store').findMany({ where: { key: { $contains: 'calendar-feed' } } });
    expect(JSON.stringify(stored)).not.toContain(tokenOf(created.url).split('.')[1]);

    const res = await feedOf(tokenOf(created.url)).buffer(true).parse((response, done) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { text += chunk; });
      response.on('end', () => done(null, text));
    }).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const calendar = readIcs(res.body as string);
    const summaries = calendar.children.map((event) => unescape(propOf(event, 'SUMMARY')!.value));
    expect(summaries).toContain('[Sự kiện] Chữ thập đỏ: ngày hội hiến máu sắp tới');
    expect(summaries).toContain('[Hẹn giờ: Đăng bài] Chữ thập đỏ: tin hẹn giờ đăng');
    expect(summaries).toContain('[Quá hạn] Chữ thập đỏ: tin chờ duyệt đã quá hạn');
    expect(summaries).toContain('[Đến hạn] Chữ thập đỏ: tin chờ trưởng đơn vị duyệt');
    const event = calendar.children.find((e) => unescape(propOf(e, 'SUMMARY')!.value).includes('ngày hội hiến máu'))!;
    expect(propOf(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: ';VALUE=DATE', value: eventDay.replace(/-/g, '') });
    expect(propOf(event, 'DTEND')!.value).toBe(plusDays(eventDay, 1).replace(/-/g, ''));
    expect(propOf(event, 'URL')!.value).toMatch(new RegExp(`/admin/content-manager/collection-types/${ARTICLE}/${eventItem}\\?plugins%5Bi18n%5D%5Blocale%5D=vi$`));
    expect(unescape(propOf(event, 'DESCRIPTION')!.value)).toBe(`Tin bài · Bản nháp\nĐơn vị: ${UNIT_A}`);
    const scheduled = calendar.children.find((e) => unescape(propOf(e, 'SUMMARY')!.value) === '[Hẹn giờ: Đăng bài] Chữ thập đỏ: tin hẹn giờ đăng')!;
    expect(propOf(scheduled, 'DTSTART')!.value).toBe(publishAt.replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
  });

  it('refuses a wrong, rotated or revoked token (401) and a member who lost the right (403), with no data', async () => {
    const first = tokenOf((await as(app, board).post('/editorial-workflow/calendar/feed').expect(200)).body.data.url);
    const second = tokenOf((await as(app, board).post('/editorial-workflow/calendar/feed').expect(200)).body.data.url);
    const refused = async (token: string, status: number) => {
      const res = await feedOf(token).expect(status);
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.text).not.toContain('VCALENDAR');
      expect(res.text).not.toContain('Chữ thập đỏ');
      return res.body.error.message as string;
    };
    expect(await refused(first, 401)).toMatch(/không hợp lệ hoặc đã bị thu hồi/);
    await feedOf(second).expect(200);
    expect(await refused(`${second.slice(0, -1)}${second.endsWith('A') ? 'B' : 'A'}`, 401)).toMatch(/không hợp lệ/);
    expect(await refused(`${publisher.id}.${second.split('.')[1]}`, 401)).toMatch(/không hợp lệ/);
    await refused('rác', 401);
    await app.http().get('/editorial-workflow/calendar.ics').expect(400);

    await as(app, board).del('/editorial-workflow/calendar/feed').expect(200);
    await refused(second, 401);

    // A token of a member who is then deactivated gives nothing.
    const other = await createStaff(app, 'ew-board');
    const token = tokenOf((await as(app, other).post('/editorial-workflow/calendar/feed').expect(200)).body.data.url);
    await feedOf(token).expect(200);
    await app.strapi.db.query('admin::user').update({ where: { id: other.id }, data: { isActive: false } });
    expect(await refused(token, 403)).toMatch(/không còn quyền/);
  });

  it('is for the board: a contributor may not get a feed address (403)', async () => {
    await as(app, contributorA).post('/editorial-workflow/calendar/feed').expect(403);
    await as(app, contributorA).get('/editorial-workflow/calendar/feed').expect(403);
    await as(app, publisher).post('/editorial-workflow/calendar/feed').expect(403);
  });

  // Last: it widens the contributors' role.
  it("serves each owner's own scope: given the right by hand, a contributor of another unit gets none of unit A's drafts", async () => {
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'ew-contributor' } });
    await app.strapi.service('admin::role').addPermissions(role.id, [
      { action: 'plugin::editorial-workflow.calendar.feed', subject: null, properties: {}, conditions: [] },
    ]);
    const feedText = async (member: StaffMember) => {
      const token = tokenOf((await as(app, member).post('/editorial-workflow/calendar/feed').expect(200)).body.data.url);
      const text = (await feedOf(token).expect(200)).text;
      readIcs(text);
      return text.replace(/\r\n /g, '');
    };
    expect(await feedText(contributorB)).not.toContain('Chữ thập đỏ');
    expect(await feedText(contributorA)).toContain('SUMMARY:[Sự kiện] Chữ thập đỏ: ngày hội hiến máu sắp tới');
  });
});
