/**
 * Property test: a seeded random walk over the news workflow, through the real HTTP routes.
 *
 * Random people try random transitions (with valid inputs) on a handful of articles, and now and then
 * the board edits an article's summary (which must revoke approvals). Whatever happens, every
 * publication must rest on a full, four-eyes approval of exactly the content that went live.
 *
 * The walk is deterministic for a seed: WALK_SEED=<n> replays another one.
 */
import { NEWS } from '../../src/plugins/editorial-workflow/server/src/workflow/definitions';
import { ROLES } from '../../src/plugins/editorial-workflow/server/src/permissions';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type RoleCode, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const UNIT = 'Đoàn Thanh niên phường';
const OTHER_UNIT = 'Hội Cựu chiến binh phường';
const SEED = Number(process.env.WALK_SEED ?? 20240917);
const STEPS = 400;
const EDIT_RATE = 0.1;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed gives the same walk. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person extends StaffMember {
  label: string;
  role: RoleCode;
}

interface Item {
  documentId: string;
  author: Person;
  /** Flagged at creation, or sent to the propaganda board by a reviewer since (the flag never clears). */
  orientation: boolean;
}

interface LogRow {
  seq: number;
  event: string;
  fromState: string | null;
  toState: string | null;
  contentHash: string | null;
  actor: { id: number | null; name: string };
}

let app: TestApp;
let staff: Person[];
let board: Person;
let unitId: string;
let categoryId: string;

beforeAll(async () => {
  app = await startStrapi();
  const hire = async (label: string, role: RoleCode, units: { memberOf?: string[]; headOf?: string[] } = {}): Promise<Person> =>
    ({ ...(await createStaff(app, role, units)), label, role });
  staff = [
    await hire('contributor 1', 'ew-contributor', { memberOf: [UNIT] }),
    await hire('contributor 2', 'ew-contributor', { memberOf: [UNIT] }),
    await hire('unit head 1', 'ew-unit-head', { headOf: [UNIT] }),
    await hire('unit head 2', 'ew-unit-head', { headOf: [UNIT] }),
    await hire('other unit head', 'ew-unit-head', { headOf: [OTHER_UNIT] }),
    await hire('board 1', 'ew-board'),
    await hire('board 2', 'ew-board'),
    await hire('board 3', 'ew-board'),
    await hire('propaganda', 'ew-propaganda'),
    await hire('publisher', 'ew-publisher'),
  ];
  board = staff.find((person) => person.label === 'board 1')!;
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
});

afterAll(async () => {
  await app?.stop();
});

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

let created = 0;

async function newItem(author: Person, orientation: boolean): Promise<Item> {
  created += 1;
  const res = await as(app, author).post(
    `/content-manager/collection-types/${ARTICLE}?locale=vi`,
    { ...goodArticle(unitId, categoryId, `Bài đi ngẫu nhiên số ${created}`), isOrientation: orientation },
  );
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return { documentId: res.body.data.documentId, author, orientation };
}

/** Where the item is now (setup knowledge to pick plausible transitions; every decision is the server's). */
async function stateOf(item: Item): Promise<string> {
  const row = await app.strapi.db.query('plugin::editorial-workflow.review-state' as never)
    .findOne({ where: { targetDocumentId: item.documentId } });
  return row.state;
}

async function draftOf(item: Item): Promise<{ title: string; summary: string }> {
  const draft = await app.strapi.documents(ARTICLE as never).findOne({ documentId: item.documentId, status: 'draft', locale: 'vi' } as never) as
    unknown as { title: string; summary: string };
  return { title: draft.title, summary: draft.summary };
}

async function historyOf(item: Item): Promise<LogRow[]> {
  const res = await as(app, board).state(ARTICLE, item.documentId).expect(200);
  return res.body.data.history;
}

/** Valid inputs for each transition, so refusals come from the workflow's guards only. */
function bodyFor(transition: string): Record<string, unknown> {
  const reasonText = 'Cần kiểm tra lại nội dung trước khi tiếp tục';
  if (['return', 'reject', 'unpublish'].includes(transition)) return { transition, reasonCode: 'R01', reasonText };
  if (transition === 'request_orientation_review') return { transition, reasonText };
  return { transition };
}

/**
 * How often each transition is tried, relative to the others out of the same state. Steps forward
 * weigh more so that items do get published; `reject` weighs little, since it ends an item.
 */
const WEIGHT: Record<string, number> = {
  submit: 4, unit_approve: 4, board_approve: 4, propaganda_approve: 4, publish: 4,
  withdraw: 1, request_orientation_review: 1, return: 1, unpublish: 1, revise: 2, reject: 0.3,
};

/** People whose role holds the transition's permission (to choose plausible actors more often). */
function holders(transition: string): Person[] {
  const action = `transition.news.${transition.replace(/_/g, '-')}`;
  return staff.filter((person) => ROLES.find((role) => role.code === person.role)!.plugin.includes(action));
}

/**
 * The property, for one publication: since the item last entered draft/returned, the log holds the
 * unit approval, the board approval and (for orientation items) the propaganda board's approval, all
 * on the content hash that was published, by three different people, none of them the author; and the
 * public API serves the draft as it stood when it was published.
 */
async function violationsOfPublication(item: Item, draftAtPublish: { title: string; summary: string }): Promise<string[]> {
  const history = await historyOf(item);
  const publishRow = history.at(-1)!;
  if (publishRow.event !== 'publish') return [`last log row is ${publishRow.event}, not publish`];
  const earlier = history.slice(0, -1);
  const lastReset = earlier.map((row) => row.toState).lastIndexOf('draft');
  const lastReturn = earlier.map((row) => row.toState).lastIndexOf('returned');
  const round = earlier.slice(Math.max(lastReset, lastReturn) + 1);

  const needed = ['unit_approve', 'board_approve', ...(item.orientation ? ['propaganda_approve'] : [])];
  const problems: string[] = [];
  const approvers: number[] = [];
  for (const event of needed) {
    const row = [...round].reverse().find((candidate) => candidate.event === event && candidate.contentHash === publishRow.contentHash);
    if (!row) {
      problems.push(`no ${event} on the published content since the last draft/returned (round: ${round.map((r) => r.event).join(' → ')})`);
      continue;
    }
    if (row.actor.id === item.author.id) problems.push(`${event} by the author`);
    approvers.push(row.actor.id!);
  }
  if (new Set(approvers).size !== approvers.length) problems.push(`approvals not by different people: ${approvers.join(', ')}`);

  const res = await app.http().get(`/api/articles/${item.documentId}`);
  if (res.status !== 200) problems.push(`public API answers ${res.status}`);
  else {
    const live = { title: res.body.data.title, summary: res.body.data.summary };
    if (JSON.stringify(live) !== JSON.stringify(draftAtPublish)) {
      problems.push(`live ${JSON.stringify(live)} ≠ approved draft ${JSON.stringify(draftAtPublish)}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

describe(`a random walk over the news workflow (seed ${SEED})`, () => {
  it('never publishes anything that was not approved, as it is, by unit, board (and propaganda board)', async () => {
    const rng = mulberry32(SEED);
    const pick = <T>(list: T[]): T => list[Math.floor(rng() * list.length)];
    const pickWeighted = (ids: string[]): string => {
      let r = rng() * ids.reduce((sum, id) => sum + WEIGHT[id], 0);
      return ids.find((id) => (r -= WEIGHT[id]) < 0) ?? ids[ids.length - 1];
    };
    const authors = staff.filter((person) => ['contributor 1', 'contributor 2', 'unit head 1'].includes(person.label));
    const items: Item[] = [];
    for (const [index, author] of [...authors, ...authors].entries()) items.push(await newItem(author, index % 2 === 0));

    const stats = { transitions: 0, successes: 0, edits: 0, editsRefused: 0, publications: 0, replaced: 0 };
    const refusals: Record<string, number> = {};
    const unexpected: string[] = [];
    const violations: string[] = [];
    const checkedPublishSeqs = new Set<number>();
    const walked = new Set(items.map((item) => item.documentId));

    for (let step = 0; step < STEPS; step += 1) {
      const slot = Math.floor(rng() * items.length);
      const item = items[slot];

      if (rng() < EDIT_RATE) {
        // The board edits the summary: allowed while editing or under review (approvals are revoked),
        // refused (LOCKED) on live and closed items.
        stats.edits += 1;
        const res = await as(app, board).put(
          `/content-manager/collection-types/${ARTICLE}/${item.documentId}?locale=vi`,
          { summary: `Tóm tắt do Ban biên tập sửa ở bước ${step}` },
        );
        if (res.status === 409 && res.body.error?.details?.code === 'LOCKED') stats.editsRefused += 1;
        else if (res.status !== 200) unexpected.push(`step ${step}: edit answered ${res.status} ${JSON.stringify(res.body.error)}`);
        continue;
      }

      // Mostly a transition out of the current state by someone holding it, sometimes anything by anyone.
      const state = await stateOf(item);
      const out = NEWS.transitions.filter((t) => t.from.includes(state)).map((t) => t.id);
      const transition = rng() < 0.8 && out.length > 0 ? pickWeighted(out) : pick(NEWS.transitions.map((t) => t.id));
      const candidates = holders(transition);
      const actor = rng() < 0.7 && candidates.length > 0 ? pick(candidates) : pick(staff);
      const draftBefore = transition === 'publish' ? await draftOf(item) : undefined;

      stats.transitions += 1;
      const res = await as(app, actor).transition(ARTICLE, item.documentId, bodyFor(transition));
      if (res.status !== 200) {
        const code = res.body.error?.details?.code ?? `HTTP ${res.status}`;
        refusals[code] = (refusals[code] ?? 0) + 1;
        if (![400, 403, 409].includes(res.status)) unexpected.push(`step ${step}: ${transition} by ${actor.label} answered ${res.status}`);
        continue;
      }
      stats.successes += 1;
      if (transition === 'request_orientation_review') item.orientation = true;
      if (transition === 'publish') {
        stats.publications += 1;
        const problems = await violationsOfPublication(item, draftBefore!);
        checkedPublishSeqs.add(res.body.data.entry.seq);
        for (const problem of problems) violations.push(`step ${step}, ${item.documentId}: ${problem}`);
      }
      if (res.body.data.state === 'rejected') {
        // Rejected is the end of an item: bring in a fresh one so the walk keeps five or six in play.
        items[slot] = await newItem(item.author, item.orientation && rng() < 0.5);
        walked.add(items[slot].documentId);
        stats.replaced += 1;
      }
    }

    // Nothing reached `published` but through a checked publication.
    const publishedRows = (await app.strapi.db.query('plugin::editorial-workflow.log-entry' as never).findMany({
      where: { targetDocumentId: { $in: [...walked] }, toState: 'published' },
      select: ['seq', 'event', 'targetDocumentId'],
    })) as Array<{ seq: number; event: string; targetDocumentId: string }>;
    const unchecked = publishedRows.filter((row) => !checkedPublishSeqs.has(row.seq));

    const verify = await as(app, board).post('/editorial-workflow/log/verify').expect(200);

    console.log([
      `Random walk, seed ${SEED}: ${STEPS} steps = ${stats.transitions} transitions + ${stats.edits} edits by the board (${stats.editsRefused} refused as LOCKED)`,
      `successes: ${stats.successes}; publications: ${stats.publications}; items rejected and replaced: ${stats.replaced}; rows in the whole log: ${verify.body.data.rows}`,
      `refusals by code: ${JSON.stringify(Object.fromEntries(Object.entries(refusals).sort()))}`,
      ...(violations.length ? ['VIOLATIONS:', ...violations] : []),
    ].join('\n'));

    expect(stats.transitions).toBeGreaterThanOrEqual(300);
    expect(stats.publications).toBeGreaterThan(0);
    expect(unexpected).toEqual([]);
    expect(unchecked).toEqual([]);
    expect(violations).toEqual([]);
    expect(verify.body.data).toMatchObject({ ok: true });
    // 400 steps over HTTP, each edit hashed before and after by the gate: minutes on a loaded 2-core machine.
  }, 360_000);
});
