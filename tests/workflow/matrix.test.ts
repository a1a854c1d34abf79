/**
 * The permission matrix of the news workflow, over the real HTTP route.
 *
 * Every (state × transition × actor kind) is tried once. The expected outcome comes from `expected()`
 * below, a hand-written restatement of WORKFLOW.md and the ROLES of permissions.ts — deliberately NOT
 * from `evaluate()`, so a slip in either shows up as a mismatch.
 *
 * Speed: each state has one article per authorship, driven once through the real chain into that state
 * (so its approvals and content hash are real). Before each case only its state row is put back.
 */
import { NEWS } from '../../src/plugins/editorial-workflow/server/src/workflow/definitions';
import { ROLES } from '../../src/plugins/editorial-workflow/server/src/permissions';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { as, createStaff, goodArticle, type StaffMember, newsTargets } from '../helpers/staff';

const ARTICLE = 'api::article.article';
const STATE_UID = 'plugin::editorial-workflow.review-state';
const UNIT = 'Đoàn Thanh niên phường';
const OTHER_UNIT = 'Hội Cựu chiến binh phường';

// ---------------------------------------------------------------------------------------------
// The oracle
// ---------------------------------------------------------------------------------------------

type Role = 'contributor' | 'unit-head' | 'board' | 'propaganda' | 'publisher';

/** The news transitions each staff role holds (ROLES in permissions.ts, restated by hand). */
const HOLDS: Record<Role, string[]> = {
  contributor: ['submit', 'withdraw', 'revise'],
  'unit-head': ['submit', 'withdraw', 'revise', 'unit_approve', 'return'],
  board: ['unit_approve', 'board_approve', 'request_orientation_review', 'return', 'reject', 'unpublish', 'revise'],
  propaganda: ['propaganda_approve', 'return'],
  publisher: ['submit', 'withdraw', 'revise', 'publish', 'cancel_schedule', 'unpublish'],
};

/** How a person stands towards the item at hand. */
interface Profile {
  role: Role;
  isAuthor: boolean;
  headsItemUnit: boolean;
  /** Took the item's unit approval (only matters while a unit approval exists). */
  tookUnitApproval: boolean;
}

const profile = (role: Role, facts: Partial<Omit<Profile, 'role'>> = {}): Profile => ({
  role, isAuthor: false, headsItemUnit: false, tookUnitApproval: false, ...facts,
});

/**
 * The actor kinds. Two beyond the brief's seven, so that every refusal code is reachable:
 * - `board_head_in`: a board member who also heads the item's unit and took its unit approval
 *   (a small ward's reality) — the only way to meet SAME_APPROVER;
 * - `head_author`: a unit head who wrote the item (on items of their own) — the only way to meet
 *   OWN_ITEM, since a contributor author holds no approval permission (NO_PERMISSION comes first).
 */
const KINDS = {
  author: profile('contributor', { isAuthor: true }),
  contributor_other: profile('contributor'),
  unit_head_in: profile('unit-head', { headsItemUnit: true }),
  unit_head_out: profile('unit-head'),
  board: profile('board'),
  board_head_in: profile('board', { headsItemUnit: true, tookUnitApproval: true }),
  propaganda: profile('propaganda'),
  publisher: profile('publisher'),
  head_author: profile('unit-head', { isAuthor: true, headsItemUnit: true }),
} satisfies Record<string, Profile>;
type Kind = keyof typeof KINDS;
const KIND_NAMES = Object.keys(KINDS) as Kind[];

interface Rule {
  from: string[];
  to: string;
  /** Four-eyes: the author may never take it. */
  notAuthor?: boolean;
  /** Only with something scheduled: the matrix's items never are (schedule.test.ts covers the rest). */
  needsSchedule?: boolean;
  /** Besides holding the permission, who may take it (from WORKFLOW.md's "who" column). */
  who: (p: Profile, state: string) => boolean;
}

const holder = () => true;

/** The news transitions of WORKFLOW.md. */
const RULES: Record<string, Rule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', who: (p) => p.isAuthor },
  withdraw: { from: ['submitted'], to: 'draft', who: (p) => p.isAuthor },
  // (A board member may stand in only when the author is the unit's sole head: never so for these items.)
  unit_approve: { from: ['submitted'], to: 'unit_approved', notAuthor: true, who: (p) => p.headsItemUnit },
  board_approve: { from: ['unit_approved'], to: 'approved', notAuthor: true, who: holder },
  request_orientation_review: { from: ['unit_approved', 'approved'], to: 'propaganda_review', who: holder },
  propaganda_approve: { from: ['propaganda_review'], to: 'approved', notAuthor: true, who: holder },
  // "Whoever may act on the from-state": whoever may give the approval that leads out of it; out of
  // `approved` there is none to give, so the board.
  return: {
    from: ['submitted', 'unit_approved', 'propaganda_review', 'approved'],
    to: 'returned',
    who: (p, state) => (state === 'approved' ? p.role === 'board' : expected(APPROVAL_OUT_OF[state], state, p).status === 200),
  },
  reject: { from: ['submitted', 'unit_approved', 'propaganda_review'], to: 'rejected', who: holder },
  publish: { from: ['approved'], to: 'published', who: holder },
  cancel_schedule: { from: ['approved'], to: 'approved', needsSchedule: true, who: holder },
  unpublish: { from: ['published'], to: 'unpublished', who: holder },
  revise: { from: ['published', 'unpublished'], to: 'draft', who: (p) => p.isAuthor || p.role === 'board' },
};

/** The approval that moves an item out of each review state. */
const APPROVAL_OUT_OF: Record<string, string> = {
  submitted: 'unit_approve',
  unit_approved: 'board_approve',
  propaganda_review: 'propaganda_approve',
};

type Outcome = { status: 200; to: string } | { status: 403 | 409; code: string };

/** The expected answer, in evaluate()'s documented order of checks. Items here are never orientation
 * items at `unit_approved`, so board_approve leads to `approved`. */
function expected(transition: string, state: string, p: Profile): Outcome {
  const rule = RULES[transition];
  if (!rule.from.includes(state)) return { status: 409, code: 'INVALID_STATE' };
  if (rule.needsSchedule) return { status: 409, code: 'NOT_SCHEDULED' };
  if (!HOLDS[p.role].includes(transition)) return { status: 403, code: 'NO_PERMISSION' };
  if (rule.notAuthor && p.isAuthor) return { status: 403, code: 'OWN_ITEM' };
  if (transition === 'board_approve' && p.tookUnitApproval) return { status: 403, code: 'SAME_APPROVER' };
  if (!rule.who(p, state)) return { status: 403, code: 'NOT_RELATED' };
  return { status: 200, to: rule.to };
}

/** Inputs that always pass checkInput, so a refusal can only come from the guards under test. */
function bodyFor(transition: string): Record<string, unknown> {
  const reasonText = 'Nội dung cần kiểm tra lại trước khi tiếp tục';
  if (['return', 'reject', 'unpublish'].includes(transition)) return { transition, reasonCode: 'R01', reasonText };
  if (transition === 'request_orientation_review') return { transition, reasonText };
  return { transition };
}

// ---------------------------------------------------------------------------------------------
// Setup: people and one article per (authorship × state), each driven into its state for real
// ---------------------------------------------------------------------------------------------

type Authorship = 'contributor' | 'head';
/** Which articles a kind acts on: `head_author` on the ones its own person wrote. */
const authorshipOf = (kind: Kind): Authorship => (kind === 'head_author' ? 'head' : 'contributor');

type Step = [actor: 'author' | 'unitApprover' | 'board' | 'publisher', transition: string];
const TO_SUBMITTED: Step[] = [['author', 'submit']];
const TO_UNIT_APPROVED: Step[] = [...TO_SUBMITTED, ['unitApprover', 'unit_approve']];
const TO_APPROVED: Step[] = [...TO_UNIT_APPROVED, ['board', 'board_approve']];
const TO_PUBLISHED: Step[] = [...TO_APPROVED, ['publisher', 'publish']];

/** How each state is reached; `orientation` items go to propaganda_review on board_approve. */
const REACH: Record<string, { steps: Step[]; orientation?: boolean }> = {
  draft: { steps: [] },
  submitted: { steps: TO_SUBMITTED },
  unit_approved: { steps: TO_UNIT_APPROVED },
  propaganda_review: { steps: TO_APPROVED, orientation: true },
  approved: { steps: TO_APPROVED },
  published: { steps: TO_PUBLISHED },
  returned: { steps: [...TO_SUBMITTED, ['unitApprover', 'return']] },
  rejected: { steps: [...TO_SUBMITTED, ['board', 'reject']] },
  unpublished: { steps: [...TO_PUBLISHED, ['board', 'unpublish']] },
};

interface Fixture {
  documentId: string;
  rowId: number;
  /** The state row as the real chain left it: what every case starts from. */
  snapshot: { state: string; approvals: unknown; isOrientation: boolean };
  /** An allowed case moved it away from the snapshot. */
  moved: boolean;
}

let app: TestApp;
let people: Record<Kind, StaffMember>;
let unitId: string;
let categoryId: string;
const fixtures = {} as Record<Authorship, Record<string, Fixture>>;
const STATES = NEWS.states.map((s) => s.id);
const TRANSITIONS = NEWS.transitions.map((t) => t.id);

const stateRows = () => app.strapi.db.query(STATE_UID as never);

async function createArticle(writer: StaffMember, title: string, isOrientation: boolean): Promise<string> {
  const res = await as(app, writer).post(
    `/content-manager/collection-types/${ARTICLE}?locale=vi`,
    { ...goodArticle(unitId, categoryId, title), isOrientation },
  );
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

async function buildFixture(authorship: Authorship, state: string): Promise<Fixture> {
  const writer = authorship === 'head' ? people.head_author : people.author;
  const { steps, orientation = false } = REACH[state];
  const documentId = await createArticle(writer, `Bài kiểm tra ma trận: ${authorship}, ${state}`, orientation);
  const actors = { author: writer, unitApprover: people.board_head_in, board: people.board, publisher: people.publisher };
  for (const [who, transition] of steps) {
    const res = await as(app, actors[who]).transition(ARTICLE, documentId, bodyFor(transition));
    if (res.status !== 200) throw new Error(`setup ${state}/${transition}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const row = await stateRows().findOne({ where: { targetDocumentId: documentId } });
  if (row.state !== state) throw new Error(`setup reached ${row.state}, wanted ${state}`);
  return { documentId, rowId: row.id, snapshot: { state: row.state, approvals: row.approvals, isOrientation: row.isOrientation }, moved: false };
}

/**
 * Puts the item back where its chain left it; `version` is left alone. Only allowed cases move an item,
 * so refused ones skip the write (a refusal that moved it anyway would show up as mismatches in the
 * cases after it).
 */
async function reset(fixture: Fixture): Promise<void> {
  if (!fixture.moved) return;
  await stateRows().update({ where: { id: fixture.rowId }, data: fixture.snapshot });
  fixture.moved = false;
}

beforeAll(async () => {
  app = await startStrapi();
  const member = { memberOf: [UNIT] };
  const author = await createStaff(app, 'ew-contributor', member);
  const unitHeadIn = await createStaff(app, 'ew-unit-head', { headOf: [UNIT] });
  people = {
    author,
    contributor_other: await createStaff(app, 'ew-contributor', member),
    unit_head_in: unitHeadIn,
    unit_head_out: await createStaff(app, 'ew-unit-head', { headOf: [OTHER_UNIT] }),
    board: await createStaff(app, 'ew-board'),
    board_head_in: await createStaff(app, 'ew-board', { headOf: [UNIT] }),
    propaganda: await createStaff(app, 'ew-propaganda'),
    publisher: await createStaff(app, 'ew-publisher'),
    // The same person as unit_head_in: on the items they wrote, they are the author.
    head_author: unitHeadIn,
  };
  ({ unitId, categoryId } = await newsTargets(app, UNIT));
  for (const authorship of ['contributor', 'head'] as const) {
    fixtures[authorship] = {};
    for (const state of STATES) fixtures[authorship][state] = await buildFixture(authorship, state);
  }
  // Two dozen items walked through the chain to their states: on a busy 2-core machine this passes 2 minutes.
}, 300_000);

afterAll(async () => {
  await app?.stop();
});

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

let cases = 0;
let allowed = 0;

describe('the oracle restates the sources it was written from', () => {
  it('covers exactly the states and transitions of NEWS', () => {
    expect(Object.keys(RULES).sort()).toEqual([...TRANSITIONS].sort());
    expect(Object.keys(REACH).sort()).toEqual([...STATES].sort());
  });

  it('grants each role the news transitions ROLES gives it', () => {
    for (const role of Object.keys(HOLDS) as Role[]) {
      const grant = ROLES.find((candidate) => candidate.code === `ew-${role}`)!;
      const news = grant.plugin.filter((action) => action.startsWith('transition.news.'))
        .map((action) => action.slice('transition.news.'.length).replace(/-/g, '_'));
      expect({ role, news: news.sort() }).toEqual({ role, news: [...HOLDS[role]].sort() });
    }
  });
});

/** One case: put the item in `state`, ask as `kind`, and say what differs from the oracle (if anything). */
async function mismatchOf(transition: string, state: string, kind: Kind): Promise<string | null> {
  const fixture = fixtures[authorshipOf(kind)][state];
  await reset(fixture);
  const want = expected(transition, state, KINDS[kind]);
  const res = await as(app, people[kind]).transition(ARTICLE, fixture.documentId, bodyFor(transition));
  if (res.status === 200) fixture.moved = true;
  const got = res.status === 200
    ? { status: 200, to: res.body.data?.state }
    : { status: res.status, code: res.body.error?.details?.code };
  cases += 1;
  if (want.status === 200) allowed += 1;
  if (JSON.stringify(got) === JSON.stringify(want)) return null;
  const message = res.status >= 400 ? ` (${res.body.error?.message})` : '';
  return `${transition} from ${state} by ${kind}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}${message}`;
}

describe('POST …/transitions answers as the oracle says', () => {
  it.each(TRANSITIONS)('%s, from every state, by every kind of actor', async (transition) => {
    const mismatches: string[] = [];
    for (const state of STATES) {
      for (const kind of KIND_NAMES) {
        const mismatch = await mismatchOf(transition, state, kind);
        if (mismatch) mismatches.push(mismatch);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('covered states × transitions × actor kinds', () => {
    const size = STATES.length * TRANSITIONS.length * KIND_NAMES.length;
    console.log(`Permission matrix: ${cases} cases (${STATES.length} states × ${TRANSITIONS.length} transitions × ${KIND_NAMES.length} actor kinds), ${allowed} allowed, ${cases - allowed} refused`);
    expect(cases).toBe(size);
  });
});

describe('GET …/documents lists what the oracle allows', () => {
  it.each(['author', 'unit_head_in', 'board', 'publisher'] as Kind[])('for %s, in every state', async (kind) => {
    for (const state of STATES) {
      const fixture = fixtures[authorshipOf(kind)][state];
      await reset(fixture);
      const res = await as(app, people[kind]).state(ARTICLE, fixture.documentId).expect(200);
      expect(res.body.data.state).toBe(state);
      const listed = (res.body.data.transitions as Array<{ id: string; allowed: boolean; refusal?: { code: string } }>)
        .map((t) => ({ id: t.id, allowed: t.allowed, code: t.refusal?.code ?? null }));
      // Listed: every transition out of the state, in table order; the flag and reason from the oracle.
      const want = TRANSITIONS.filter((t) => RULES[t].from.includes(state)).map((t) => {
        const outcome = expected(t, state, KINDS[kind]);
        return { id: t, allowed: outcome.status === 200, code: outcome.status === 200 ? null : outcome.code };
      });
      expect({ kind, state, listed }).toEqual({ kind, state, listed: want });
    }
  });
});
