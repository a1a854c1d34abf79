import { as, createStaff, type StaffMember } from '../helpers/staff';
import { startStrapi, type TestApp } from '../helpers/strapi';

const SCHEDULE = 'api::work-schedule.work-schedule';
const CM = `/content-manager/collection-types/${SCHEDULE}`;

let app: TestApp;
let office: StaffMember;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  office = await createStaff(app, 'ew-office');
  token = await app.fullAccessToken();
});
afterAll(async () => {
  await app.stop();
});

const entries = [
  { date: '2026-12-07', session: 'sang', time: '08:00:00.000', content: 'Họp giao ban đầu tuần của Thường trực UBND phường', chair: 'Chủ tịch UBND phường' },
  { date: '2026-12-09', session: 'chieu', time: '14:30:00.000', content: 'Kiểm tra công tác vệ sinh môi trường tại tổ dân phố 5', chair: 'Chủ tịch UBND phường' },
];

describe('a work schedule in the Content Manager', () => {
  it('takes the Monday the office picks and derives the ISO week from it', async () => {
    const res = await as(app, office).post(CM, { body: 'ubnd', weekStart: '2026-12-07', title: 'Lịch tuần', entries }).expect(201);
    expect(res.body.data).toMatchObject({ weekStart: '2026-12-07', week: '2026-W50' });
  });

  it('sums each entry up as "Thứ Hai 07/12 · Sáng 08:00 · <nội dung>", for the collapsed entries', async () => {
    const res = await as(app, office).post(CM, { body: 'hdnd', weekStart: '2026-12-07', entries }).expect(201);
    expect(res.body.data.entries.map((entry: { summary: string }) => entry.summary)).toEqual([
      'Thứ Hai 07/12 · Sáng 08:00 · Họp giao ban đầu tuần của Thường trực UBND phường',
      'Thứ Tư 09/12 · Chiều 14:30 · Kiểm tra công tác vệ sinh môi trường tại tổ dân phố 5',
    ]);
  });

  it('moves the week with a new Monday, even though the form sends the old week back', async () => {
    const created = await as(app, office).post(CM, { body: 'ub_mttq', weekStart: '2026-12-07' }).expect(201);
    const { documentId, week } = created.body.data;
    const res = await as(app, office).put(`${CM}/${documentId}`, { body: 'ub_mttq', week, weekStart: '2026-12-14' }).expect(200);
    expect(res.body.data).toMatchObject({ weekStart: '2026-12-14', week: '2026-W51' });
  });

  it('refuses a day that is not a Monday, naming the Monday of that week', async () => {
    const res = await as(app, office).post(CM, { body: 'doan_the', weekStart: '2026-12-09' }).expect(400);
    expect(res.body.error.message).toBe('Ngày 09/12/2026 là Thứ Tư: hãy chọn ngày thứ Hai đầu tuần (07/12/2026).');
  });

  it('refuses a schedule with neither a Monday nor a week', async () => {
    const res = await as(app, office).post(CM, { body: 'doan_the' }).expect(400);
    expect(res.body.error.message).toBe('Hãy chọn ngày thứ Hai đầu tuần của lịch công tác.');
  });

  it('keeps the summary out of the public API', async () => {
    const res = await app.http().post('/api/work-schedules?status=draft&populate=entries').set('Authorization', `Bearer ${token}`)
      .send({ data: { body: 'dang_uy', week: '2026-W50', entries } }).expect(201);
    expect(res.body.data.weekStart).toBe('2026-12-07');
    expect(res.body.data.entries[0]).toMatchObject({ content: entries[0].content });
    expect(res.body.data.entries[0]).not.toHaveProperty('summary');
  });
});

describe('the lasting key of a schedule entry (the iCalendar UID of the site\'s feeds)', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  type Entry = { id: number; key: string; time: string; content: string };

  it('mints one key per entry, keeps it through edits and publishing, and gives a duplicated entry its own', async () => {
    const week = entries.map((entry, i) => ({ ...entry, date: ['2026-12-21', '2026-12-23'][i] }));
    const created = await as(app, office).post(CM, { body: 'ubnd', weekStart: '2026-12-21', entries: week }).expect(201);
    const { documentId } = created.body.data;
    const keys = created.body.data.entries.map((e: Entry) => e.key);
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key).toMatch(UUID);
    expect(new Set(keys).size).toBe(2);

    // The edit form sends every entry back as it was loaded, here with the first one moved to 09:00 and
    // the second duplicated (the form's "duplicate" copies every field, the key too).
    const [first, second] = created.body.data.entries as Entry[];
    const { id: _id, ...copy } = second;
    const edited = await as(app, office)
      .put(`${CM}/${documentId}`, { body: 'ubnd', weekStart: '2026-12-21', entries: [{ ...first, time: '09:00:00.000' }, second, copy] })
      .expect(200);
    const after = edited.body.data.entries as Entry[];
    expect(after.map((e) => e.key).slice(0, 2)).toEqual(keys);
    expect(after[0].time.slice(0, 5)).toBe('09:00'); // PostgreSQL answers without the milliseconds
    expect(after[2].key).toMatch(UUID);
    expect(keys).not.toContain(after[2].key);

    // Published through the workflow's system path (what imports use): a copy of the draft, with new ids.
    await app.strapi.plugin('editorial-workflow').service('workflow').publishAsImport({ uid: SCHEDULE, documentId }, 'test');
    const published = await app.http().get(`/api/work-schedules/${documentId}?populate=entries`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(published.body.data.entries.map((e: Entry) => e.key)).toEqual(after.map((e) => e.key));
    expect(published.body.data.entries[0].id).not.toBe(after[0].id); // the ids change at publishing, the keys do not
  });
});

describe('the edit form of a work schedule', () => {
  it('shows the week and the entries\' summaries read-only, and titles collapsed entries by their summary', async () => {
    const schedule = await as(app, office).get(`/content-manager/content-types/${SCHEDULE}/configuration`).expect(200);
    expect(schedule.body.data.contentType.metadatas.week.edit.editable).toBe(false);
    expect(schedule.body.data.contentType.metadatas.weekStart.edit.editable).toBe(true);
    const entry = schedule.body.data.components['schedule.entry'];
    expect(entry.settings.mainField).toBe('summary');
    expect(entry.metadatas.summary.edit.editable).toBe(false);
    expect(entry.metadatas.key.edit.editable).toBe(false);
  });
});
