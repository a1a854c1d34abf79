import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SheetFormat } from '../../dossier/import/read';
import { parseProcedureSet } from '../import/parse';

const PROCEDURE = 'api::procedure.procedure';
const FIELD = 'api::procedure-field.procedure-field';
const LEGAL = 'api::legal-document.legal-document';
const NOTE = 'Đồng bộ bộ thủ tục hành chính';

interface Stored {
  documentId: string;
  code: string;
  inForce: boolean;
  field?: { name: string } | null;
  legalBasis?: Array<{ documentId: string }>;
  dossierComponents?: Array<{ name: string; form?: { id: number } | null }>;
  [key: string]: unknown;
}

export interface SyncReport {
  created: string[];
  updated: Array<{ code: string; fields: string[] }>;
  retired: string[];
  unchanged: number;
  errors: Array<{ line: number; code?: string; message: string }>;
}

const COMPARED = ['name', 'level', 'decisionNumber', 'subjects', 'agency', 'result', 'conditions', 'legalBasisText', 'onlineServiceForm', 'nationalPortalUrl', 'inForce'] as const;
const LISTS = {
  steps: ['title', 'description'],
  methods: ['channel', 'timeLimit', 'fee', 'description'],
  dossierComponents: ['name', 'formName', 'originals', 'copies'],
} as const;

const blank = (value: unknown) => (value === undefined || value === '' ? null : value);
const listKey = (items: unknown, keys: readonly string[]) =>
  JSON.stringify(((items as Array<Record<string, unknown>>) ?? []).map((item) => keys.map((key) => blank(item[key]))));

/** The fields that differ between what is stored and what the file says, by name. */
function changedFields(stored: Stored, data: Record<string, unknown>, fieldName: string | undefined): string[] {
  const changed: string[] = COMPARED.filter((key) => blank(stored[key]) !== blank(data[key]));
  for (const [key, keys] of Object.entries(LISTS)) if (listKey(stored[key], keys) !== listKey(data[key], keys)) changed.push(key);
  if ((stored.field?.name ?? undefined) !== fieldName) changed.push('field');
  const links = (ids: string[]) => [...ids].sort().join(',');
  if (links((stored.legalBasis ?? []).map((doc) => doc.documentId)) !== links(data.legalBasis as string[])) changed.push('legalBasis');
  return changed;
}

/**
 * Imports and re-syncs the commune-level procedure set through the Document Service (so every content
 * rule and middleware runs): new codes are created, changed ones updated, codes no longer in the file
 * marked as no longer in force, never deleted. The set is the province's published decision, so the
 * import publishes as the system, recorded in the editorial log (`import_revised`, `import_published`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: string) => strapi.documents(uid as never) as unknown as {
    findMany(params: object): Promise<Stored[]>;
    create(params: object): Promise<{ documentId: string }>;
    update(params: object): Promise<unknown>;
  };
  const workflow = () => strapi.plugin('editorial-workflow').service('workflow') as {
    reviseAsImport(target: { uid: string; documentId: string }, note: string): Promise<void>;
    publishAsImport(target: { uid: string; documentId: string }, note: string): Promise<void>;
  };

  async function fieldIds(names: string[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const name of new Set(names)) {
      const [found] = await documents(FIELD).findMany({ filters: { name }, fields: ['name'] });
      ids.set(name, (found ?? (await documents(FIELD).create({ data: { name } }))).documentId);
    }
    return ids;
  }

  async function write(documentId: string | undefined, data: Record<string, unknown>): Promise<void> {
    let target = documentId;
    if (target) {
      await workflow().reviseAsImport({ uid: PROCEDURE, documentId: target }, NOTE);
      await documents(PROCEDURE).update({ documentId: target, data, status: 'draft' });
    } else {
      target = (await documents(PROCEDURE).create({ data, status: 'draft' })).documentId;
    }
    await workflow().publishAsImport({ uid: PROCEDURE, documentId: target }, NOTE);
  }

  return {
    async sync(file: Buffer, format: SheetFormat | 'json'): Promise<SyncReport> {
      const parsed = await parseProcedureSet(file, format);
      if (parsed.errors.length > 0) {
        throw new errors.ValidationError(
          `Tệp có ${parsed.errors.length} thủ tục lỗi, chưa nhập gì: ${parsed.errors.slice(0, 5).map((e) => `mục ${e.line}${e.code ? ` (${e.code})` : ''}: ${e.message}`).join(' | ')}`,
          { errors: parsed.errors },
        );
      }
      const stored = await documents(PROCEDURE).findMany({
        status: 'draft', limit: -1,
        populate: { field: { fields: ['name'] }, legalBasis: { fields: ['documentId'] }, steps: true, methods: true, dossierComponents: { populate: { form: { fields: ['id'] } } } },
      });
      const byCode = new Map(stored.map((doc) => [doc.code, doc]));
      const fields = await fieldIds(parsed.procedures.flatMap((p) => (p.field ? [p.field] : [])));
      const symbols = parsed.procedures.flatMap((p) => p.legalBasis);
      const legal = await documents(LEGAL).findMany({ status: 'draft', limit: -1, filters: { numberSymbol: { $in: symbols } }, fields: ['numberSymbol'] });
      const legalIds = new Map(legal.map((doc) => [String(doc.numberSymbol), doc.documentId]));

      const report: SyncReport = { created: [], updated: [], retired: [], unchanged: 0, errors: [] };
      for (const { legalBasis, field, ...input } of parsed.procedures) {
        const existing = byCode.get(input.code);
        // An attached form (PDF/DOC) is the desk's own upload: keep it on the component of the same name.
        const forms = new Map((existing?.dossierComponents ?? []).map((c) => [c.name, c.form?.id]));
        // The file is the whole truth about a procedure: a field it leaves out is emptied.
        const data: Record<string, unknown> = {
          ...Object.fromEntries(COMPARED.map((key) => [key, null])),
          ...input,
          dossierComponents: input.dossierComponents.map((c) => ({ ...c, ...(forms.get(c.name) ? { form: forms.get(c.name) } : {}) })),
          field: field ? fields.get(field) : null,
          legalBasisText: legalBasis.length > 0 ? legalBasis.join('; ') : null,
          legalBasis: legalBasis.map((symbol) => legalIds.get(symbol)).filter((id): id is string => Boolean(id)),
          inForce: true,
        };
        if (!existing) {
          await write(undefined, data);
          report.created.push(input.code);
          continue;
        }
        const changed = changedFields(existing, data, field);
        if (changed.length === 0) report.unchanged += 1;
        else {
          await write(existing.documentId, data);
          report.updated.push({ code: input.code, fields: changed });
        }
      }
      const inFile = new Set(parsed.procedures.map((p) => p.code));
      for (const doc of stored) {
        if (inFile.has(doc.code) || !doc.inForce) continue;
        await write(doc.documentId, { inForce: false });
        report.retired.push(doc.code);
      }
      return report;
    },
  };
};
