import { draftData } from '../helpers/content-types';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { createStaff, type StaffMember } from '../helpers/staff';
import { versionHash } from '../../src/plugins/editorial-workflow/server/src/services/content-hash';
import { permissionOf, type Actor } from '../../src/plugins/editorial-workflow/server/src/workflow/evaluate';
import type { WorkflowDefinition } from '../../src/plugins/editorial-workflow/server/src/workflow/types';
import type { ContentEdge, RelationEdge, SchemaMap } from '../../src/plugins/editorial-workflow/server/src/write-map/schema-map';

/**
 * The generated matrix of issue 13: every relation and media attribute that can reach a governed type
 * (from its other side, and from inside the governed type's own components), × every way of writing
 * it (connect, disconnect, set; deleting the other side; replacing or deleting a file) × each state
 * that locks an item (live, closed) or binds approvals (approved). Nothing in it is listed by hand:
 * the rows come from the plugin's write-path map, which is built from the schemas.
 */
type Attribute = { type: string; required?: boolean; regex?: string; enum?: string[]; default?: unknown; min?: number; component?: string; repeatable?: boolean; multiple?: boolean };
type Model = { attributes: Record<string, Attribute>; pluginOptions?: { i18n?: { localized?: boolean } } };

const LOCKED_STATES = ['published', 'unpublished', 'approved'] as const;
type LockedState = (typeof LOCKED_STATES)[number];
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let app: TestApp;
let admin: StaffMember;
let map: SchemaMap;
let workflows: WorkflowDefinition[];
let n = 0;

// The rows are known only once Strapi runs; jest needs the test names before, so each block loops.
const results: Array<{ row: string; ok: boolean; detail: string }> = [];
/** The rows of the current block that did not hold, with what happened instead. */
const misses = (prefix: string) => results.filter((r) => !r.ok && r.row.startsWith(prefix)).map((r) => `${r.row}: ${r.detail}`);

beforeAll(async () => {
  app = await startStrapi({ seed: false });
  admin = await createStaff(app, 'super-admin');
  map = app.strapi.plugin('editorial-workflow').service('writeMap').get();
  workflows = app.strapi.plugin('editorial-workflow').config('workflows') as WorkflowDefinition[] ?? [];
  if (workflows.length === 0) {
    workflows = (await import('../../src/plugins/editorial-workflow/server/src/workflow/definitions')).DEFAULT_WORKFLOWS;
  }
});
afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`write-path matrix: ${results.length} cases, ${results.filter((r) => r.ok).length} as expected${results.some((r) => !r.ok) ? `\n${results.filter((r) => !r.ok).map((r) => `  MISS ${r.row}: ${r.detail}`).join('\n')}` : ''}`);
  await app.stop();
});

const model = (uid: string) => ((app.strapi.contentTypes as unknown as Record<string, Model>)[uid] ?? (app.strapi.components as unknown as Record<string, Model>)[uid]);
const localized = (uid: string) => Boolean(model(uid).pluginOptions?.i18n?.localized);
const workflowOf = (uid: string) => workflows.find((wf) => wf.contentTypes.includes(uid))!;
const locale = (uid: string) => (localized(uid) ? 'vi' : null);
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const auth = <T extends { set(name: string, value: string): T }>(req: T) => req.set('Authorization', `Bearer ${admin.token}`);

/** Valid data for any type or component, derived from its schema's required attributes. */
function requiredData(uid: string, k: number, media: number | null): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(model(uid).attributes)) {
    if (!attribute.required) continue;
    switch (attribute.type) {
      // A site's code is its ward's 5-digit code in the national list.
      case 'string': case 'text': data[name] = attribute.regex === '^[0-9]{5}$' ? String(10000 + k) : `Giá trị ${name} ${k}`; break;
      case 'email': data[name] = `hop-thu-${k}@example.vn`; break;
      case 'uid': data[name] = `ma-${name}-${k}`; break;
      case 'enumeration': data[name] = attribute.enum![0]; break;
      case 'integer': case 'decimal': case 'float': data[name] = attribute.default ?? attribute.min ?? 1; break;
      // A Monday: a schedule's week starts on one.
      case 'date': data[name] = '2030-01-07'; break;
      case 'boolean': data[name] = false; break;
      case 'component': data[name] = attribute.repeatable ? [requiredData(attribute.component!, k, media)] : requiredData(attribute.component!, k, media); break;
      case 'media': if (media !== null) data[name] = attribute.multiple ? [media] : media; break;
      default: break;
    }
  }
  return data;
}

/** `{ cover: { image: file, alt, caption } }` for the path `['cover', 'image']`, with the component's other required fields. */
function dataAlong(owner: string, path: string[], leaf: unknown, k: number): Record<string, unknown> {
  const [head, ...rest] = path;
  const attribute = model(owner).attributes[head];
  if (rest.length === 0) return { [head]: attribute.multiple || attribute.type === 'relation' ? [leaf].flat() : leaf };
  const inner = { ...requiredData(attribute.component!, k, null), ...dataAlong(attribute.component!, rest, leaf, k) };
  return { [head]: attribute.repeatable ? [inner] : inner };
}

function governedData(uid: string, k: number): Record<string, unknown> {
  return { ...requiredData(uid, k, null), ...draftData(uid, k) };
}

const everyPermission = (): Actor => ({
  id: 4242, name: 'Người duyệt thử', roles: [],
  permissions: new Set(workflows.flatMap((wf) => wf.transitions.map((t) => permissionOf(wf, t.id)))),
});

async function toState(uid: string, documentId: string, state: LockedState): Promise<void> {
  const workflow = app.strapi.plugin('editorial-workflow').service('workflow');
  const wf = workflowOf(uid);
  if (state === 'published' || state === 'unpublished') {
    await workflow.publishAsImport({ uid, documentId, locale: locale(uid) }, 'ma trận');
  }
  if (state === 'unpublished') {
    await workflow.perform({ uid, documentId, locale: locale(uid), transitionId: 'unpublish', actor: everyPermission(),
      input: { reasonCode: 'R07', reasonText: 'Gỡ để thử ma trận đường ghi' } });
  }
  if (state === 'approved') {
    const hash = await versionHash(app.strapi, uid, documentId, locale(uid), 'draft');
    const row = await workflow.ensureState({ uid, documentId, locale: locale(uid) });
    const approvals = Object.fromEntries(wf.publishRequires.map((id) => [id, { userId: 4242, hash }]));
    await app.strapi.db.query('plugin::editorial-workflow.review-state').update({ where: { id: row.id }, data: { state: 'approved', approvals } });
  }
}

async function evidence(uid: string, documentId: string) {
  return {
    draft: await versionHash(app.strapi, uid, documentId, locale(uid), 'draft'),
    published: await versionHash(app.strapi, uid, documentId, locale(uid), 'published'),
    state: await app.strapi.db.query('plugin::editorial-workflow.review-state').findOne({ where: { targetDocumentId: documentId } }),
    log: await app.strapi.db.query('plugin::editorial-workflow.log-entry').count(),
  };
}

/** Live and closed items refuse with 409 and keep everything; approved ones take the change and lose their approvals. */
/** `refusedWhole`: the write is refused in every state, approved too (a site is deleted only when empty). */
async function expectOutcome(row: string, uid: string, documentId: string, state: LockedState, write: () => Promise<{ status: number; body: { error?: { message?: string } } }>, refusedWhole = false) {
  const before = await evidence(uid, documentId);
  const res = await write();
  const after = await evidence(uid, documentId);
  let ok: boolean;
  if (state === 'approved' && !refusedWhole) {
    ok = res.status < 300 && after.state.state === workflowOf(uid).revokeTo && Object.keys(after.state.approvals ?? {}).length === 0 && after.log === before.log + 1;
  } else {
    ok = res.status === 409 && /[ơưđạảấầậắằặẹẻếềệịọỏốồộớờợụủứừựỳ]/i.test(res.body.error?.message ?? '') &&
      after.draft === before.draft && after.published === before.published && after.log === before.log &&
      JSON.stringify(after.state) === JSON.stringify(before.state);
  }
  results.push({ row, ok, detail: `answered ${res.status} ${res.body?.error?.message ?? ''}; state ${before.state?.state} → ${after.state?.state}` });
}

const otherSideEdges = () => map.relationEdges.filter((edge: RelationEdge) => edge.inverse && edge.owner.startsWith('api::'));

describe('the map covers every relation and file that reaches a governed type', () => {
  it('every relation or media attribute of a governed type (components included) is in the map', () => {
    for (const uid of map.governed) {
      const walk = (owner: string, path: string[]): string[] => Object.entries(model(owner).attributes).flatMap(([name, attribute]) => {
        const here = [...path, name];
        if (attribute.type === 'component') return walk(attribute.component!, here);
        if (attribute.type === 'media' || (attribute.type === 'relation' && !['createdBy', 'updatedBy', 'localizations'].includes(name))) return [here.join('.')];
        return [];
      });
      const mapped = map.contentEdges.filter((edge: ContentEdge) => edge.governed === uid).map((edge: ContentEdge) => edge.path.join('.')).sort();
      expect(mapped).toEqual(walk(uid, []).sort());
    }
  });

  it('every relation attribute of any type whose target is governed is in the map, with its other side', () => {
    for (const [uid, schema] of Object.entries(app.strapi.contentTypes as unknown as Record<string, Model & { attributes: Record<string, Attribute & { target?: string }> }>)) {
      for (const [name, attribute] of Object.entries(schema.attributes)) {
        if (attribute.type !== 'relation' || !attribute.target || !map.isGoverned(attribute.target)) continue;
        expect(map.reachingFrom(uid).map((edge: RelationEdge) => edge.attribute)).toContain(name);
      }
    }
  });
});

describe('relations written from the other side', () => {
  it('connect, disconnect and set on every other-side relation, for every locking state', async () => {
    const edges = otherSideEdges();
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      for (const op of ['connect', 'disconnect', 'set'] as const) {
        for (const state of LOCKED_STATES) {
          n += 1;
          const row = `${edge.owner}.${edge.attribute} → ${edge.target} · ${op} · ${state}`;
          const target = (await app.strapi.documents(edge.target as never).create({ data: governedData(edge.target, 500 + n), ...(locale(edge.target) ? { locale: 'vi' } : {}) } as never)) as unknown as { documentId: string };
          const linked = op !== 'connect';
          const owner = (await app.strapi.documents(edge.owner as never).create({
            data: { ...requiredData(edge.owner, 500 + n, null), ...(linked ? { [edge.attribute]: [target.documentId] } : {}) },
            ...(localized(edge.owner) ? { locale: 'vi' } : {}),
          } as never)) as unknown as { documentId: string };
          await toState(edge.target, target.documentId, state);
          const value = op === 'set' ? { set: [] } : { [op]: [{ documentId: target.documentId, ...(locale(edge.target) ? { locale: 'vi' } : {}) }] };
          await expectOutcome(row, edge.target, target.documentId, state, () =>
            auth(app.http().put(`${cm(edge.owner)}/${owner.documentId}${localized(edge.owner) ? '?locale=vi' : ''}`)).send({ [edge.attribute]: value }));
        }
      }
    }
    expect(edges.flatMap((edge) => misses(`${edge.owner}.${edge.attribute} `))).toEqual([]);
  });
});

describe('deleting what a governed item holds', () => {
  it('deleting the related entry of every relation of a governed type, for every locking state', async () => {
    const edges = map.contentEdges.filter((edge: ContentEdge) => edge.kind === 'relation' && edge.target.startsWith('api::'));
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      for (const state of LOCKED_STATES) {
        n += 1;
        const row = `${edge.governed}.${edge.path.join('.')} → ${edge.target} · delete · ${state}`;
        const related = (await app.strapi.documents(edge.target as never).create({
          data: map.isGoverned(edge.target) ? governedData(edge.target, 700 + n) : requiredData(edge.target, 700 + n, null),
          ...(localized(edge.target) ? { locale: 'vi' } : {}),
        } as never)) as unknown as { documentId: string };
        const item = (await app.strapi.documents(edge.governed as never).create({
          data: { ...governedData(edge.governed, 700 + n), ...dataAlong(edge.governed, edge.path, related.documentId, n) },
          ...(locale(edge.governed) ? { locale: 'vi' } : {}),
        } as never)) as unknown as { documentId: string };
        await toState(edge.governed, item.documentId, state);
        await expectOutcome(row, edge.governed, item.documentId, state, () =>
          auth(app.http().delete(`${cm(edge.target)}/${related.documentId}${localized(edge.target) ? '?locale=vi' : ''}`)), edge.target === 'api::site.site');
      }
    }
    expect(edges.flatMap((edge) => misses(`${edge.governed}.${edge.path.join('.')} → `))).toEqual([]);
  });
});

describe('files that a governed item shows', () => {
  it('replacing or deleting the file of every media attribute, for every locking state', async () => {
    const edges = map.contentEdges.filter((edge: ContentEdge) => edge.kind === 'media');
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      for (const op of ['replace', 'delete'] as const) {
        for (const state of LOCKED_STATES) {
          n += 1;
          const row = `${edge.governed}.${edge.path.join('.')} · ${op} file · ${state}`;
          const file = (await auth(app.http().post('/upload')).attach('files', PNG, `anh-${n}.png`).expect(201)).body[0] as { id: number };
          const item = (await app.strapi.documents(edge.governed as never).create({
            data: { ...governedData(edge.governed, 900 + n), ...dataAlong(edge.governed, edge.path, file.id, n) },
            ...(locale(edge.governed) ? { locale: 'vi' } : {}),
          } as never)) as unknown as { documentId: string };
          await toState(edge.governed, item.documentId, state);
          await expectOutcome(row, edge.governed, item.documentId, state, () => op === 'replace'
            ? auth(app.http().post(`/upload?id=${file.id}`)).attach('files', PNG, `anh-moi-${n}.png`)
            : auth(app.http().delete(`/upload/files/${file.id}`)));
        }
      }
    }
    expect(edges.flatMap((edge) => misses(`${edge.governed}.${edge.path.join('.')} · `))).toEqual([]);
  });
});
