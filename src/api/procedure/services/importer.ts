import type { Core } from '@strapi/strapi';
import { env, errors } from '@strapi/utils';
import type { SheetFormat } from '../../dossier/import/read';
import { changedKeys, changeNote, describeChange, procedureDiff, type FieldChange, type ProcedureView } from '../import/diff';
import { procedureInput } from '../import/layout';
import { parseProcedureSet } from '../import/parse';

const PROCEDURE = 'api::procedure.procedure';
const FIELD = 'api::procedure-field.procedure-field';
const LEGAL = 'api::legal-document.legal-document';
const RETIRED_NOTE = 'Nhập bộ thủ tục: mã không còn trong bộ thủ tục, đánh dấu không còn hiệu lực';
const PUBLISHED_NEW_NOTE = 'Nhập bộ thủ tục: thủ tục mới, đăng không qua Ban biên tập (PROCEDURE_IMPORT_PUBLISH_NEW=true)';

interface Stored {
  documentId: string;
  code: string;
  inForce: boolean;
  field?: { name: string } | null;
  legalBasis?: Array<{ documentId: string; numberSymbol: string }>;
  dossierComponents?: Array<{ name: string; form?: { id: number } | null }>;
  [key: string]: unknown;
}

export interface SyncReport {
  /** New codes: drafts waiting for the board, or published when `createdPublished`. */
  created: string[];
  /** Whether the import published the new codes itself (PROCEDURE_IMPORT_PUBLISH_NEW=true). */
  createdPublished: boolean;
  /** Changed codes, written to their drafts for the board: the attributes and each difference. */
  updated: Array<{ code: string; fields: string[]; changes: FieldChange[] }>;
  /** Codes no longer in the file, marked as no longer in force in their drafts for the board. */
  retired: string[];
  unchanged: number;
  errors: Array<{ line: number; code?: string; message: string }>;
}

const sortedUnique = (values: string[]) => [...new Set(values)].sort();

/**
 * Imports and re-syncs the commune-level procedure set through the Document Service (so every content
 * rule and middleware runs): new codes are created, changed ones updated, codes no longer in the file
 * marked as no longer in force, never deleted. Nothing live changes around the board: a changed published
 * procedure is reopened (`import_revised`, its comment naming the changed fields; the live version stays)
 * and its draft waits for the board's approval and the publisher. New codes are drafts for the board too,
 * unless PROCEDURE_IMPORT_PUBLISH_NEW=true, when the import publishes them as the system (`import_published`).
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

  /**
   * Writes a change to an existing procedure's draft. A live one is reopened first (the published version
   * stays on the site); on one under review or approved the edit revokes the approvals, as any edit does.
   */
  async function revise(documentId: string, data: Record<string, unknown>, note: string): Promise<void> {
    await workflow().reviseAsImport({ uid: PROCEDURE, documentId }, note);
    await documents(PROCEDURE).update({ documentId, data, status: 'draft' });
  }

  return {
    describeChange,

    async sync(file: Buffer, format: SheetFormat | 'json'): Promise<SyncReport> {
      const publishNew = env.bool('PROCEDURE_IMPORT_PUBLISH_NEW', false);
      const parsed = await parseProcedureSet(file, format);
      if (parsed.errors.length > 0) {
        throw new errors.ValidationError(
          `Tệp có ${parsed.errors.length} thủ tục lỗi, chưa nhập gì: ${parsed.errors.slice(0, 5).map((e) => `mục ${e.line}${e.code ? ` (${e.code})` : ''}: ${e.message}`).join(' | ')}`,
          { errors: parsed.errors },
        );
      }
      const stored = await documents(PROCEDURE).findMany({
        status: 'draft', limit: -1,
        populate: { field: { fields: ['name'] }, legalBasis: { fields: ['documentId', 'numberSymbol'] }, steps: true, methods: true, dossierComponents: { populate: { form: { fields: ['id'] } } } },
      });
      const byCode = new Map(stored.map((doc) => [doc.code, doc]));
      const fields = await fieldIds(parsed.procedures.flatMap((p) => (p.field ? [p.field] : [])));
      const symbols = parsed.procedures.flatMap((p) => p.legalBasis);
      const legal = await documents(LEGAL).findMany({ status: 'draft', limit: -1, filters: { numberSymbol: { $in: symbols } }, fields: ['numberSymbol'] });
      const legalIds = new Map(legal.map((doc) => [String(doc.numberSymbol), doc.documentId]));

      const report: SyncReport = { created: [], createdPublished: publishNew, updated: [], retired: [], unchanged: 0, errors: [] };
      for (const { legalBasis, field, ...input } of parsed.procedures) {
        const existing = byCode.get(input.code);
        const linked = legalBasis.filter((symbol) => legalIds.has(symbol));
        // An attached form (PDF/DOC) is the desk's own upload: keep it on the component of the same name.
        const forms = new Map((existing?.dossierComponents ?? []).map((c) => [c.name, c.form?.id]));
        // The file is the whole truth about a procedure: a field it leaves out is emptied.
        const data: Record<string, unknown> = {
          ...Object.fromEntries(Object.keys(procedureInput.shape).map((key) => [key, null])),
          ...input,
          dossierComponents: input.dossierComponents.map((c) => ({ ...c, ...(forms.get(c.name) ? { form: forms.get(c.name) } : {}) })),
          field: field ? fields.get(field) : null,
          legalBasisText: legalBasis.length > 0 ? legalBasis.join('; ') : null,
          legalBasis: [...new Set(linked.map((symbol) => legalIds.get(symbol)!))], // in the file's order, as the site lists them
          inForce: true,
        };
        if (!existing) {
          const { documentId } = await documents(PROCEDURE).create({ data, status: 'draft' });
          if (publishNew) await workflow().publishAsImport({ uid: PROCEDURE, documentId }, PUBLISHED_NEW_NOTE);
          report.created.push(input.code);
          continue;
        }
        // Relations are compared as a person reads them: the field's name, the legal documents' numbers.
        const before: ProcedureView = {
          ...existing,
          field: existing.field?.name ?? null,
          legalBasis: sortedUnique((existing.legalBasis ?? []).map((doc) => doc.numberSymbol)),
        };
        const after: ProcedureView = { ...data, field: field ?? null, legalBasis: sortedUnique(linked) };
        const changes = procedureDiff(strapi, before, after, Object.keys(data).filter((key) => key !== 'code'));
        if (changes.length === 0) {
          report.unchanged += 1;
          continue;
        }
        await revise(existing.documentId, data, changeNote(changes));
        report.updated.push({ code: input.code, fields: changedKeys(changes), changes });
      }
      const inFile = new Set(parsed.procedures.map((p) => p.code));
      for (const doc of stored) {
        if (inFile.has(doc.code) || !doc.inForce) continue;
        await revise(doc.documentId, { inForce: false }, RETIRED_NOTE);
        report.retired.push(doc.code);
      }
      return report;
    },
  };
};
