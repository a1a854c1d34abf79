import { blocksText } from '../../lib/blocks-text';

/** What the search index holds for one published entry: original text, shown and highlighted. */
export interface IndexedText {
  title: string;
  body: string;
  slug: string | null;
}

type Row = Record<string, unknown>;

interface Searchable {
  uid: string;
  /** The `type` a caller filters on and reads back. */
  type: string;
  /** Extra conditions on published rows (questions: only those whose askers agreed to publish). */
  where?: Row;
  text(row: Row): IndexedText;
}

const join = (...parts: unknown[]) => parts.filter((p) => typeof p === 'string' && p.trim() !== '').join('\n');
const slug = (row: Row) => (typeof row.slug === 'string' ? row.slug : null);

/**
 * The five searchable types and the public fields each contributes. Questions give their title,
 * question and answer only: asker fields are never indexed.
 */
export const SEARCHABLE: Searchable[] = [
  {
    uid: 'api::article.article',
    type: 'article',
    text: (row) => ({ title: String(row.title ?? ''), body: join(row.summary, blocksText(row.body), row.tags), slug: slug(row) }),
  },
  {
    uid: 'api::procedure.procedure',
    type: 'procedure',
    text: (row) => ({
      title: String(row.name ?? ''),
      body: join(row.code, row.subjects, row.agency, row.result, row.conditions, row.legalBasisText),
      slug: slug(row),
    }),
  },
  {
    uid: 'api::legal-document.legal-document',
    type: 'legal-document',
    text: (row) => ({
      title: join(row.numberSymbol, row.title).replace('\n', ' – '),
      body: join(row.summary, row.issuingBody, row.signer),
      slug: slug(row),
    }),
  },
  {
    uid: 'api::disclosure.disclosure',
    type: 'disclosure',
    text: (row) => ({ title: String(row.title ?? ''), body: join(row.summary, row.legalBasis), slug: slug(row) }),
  },
  {
    uid: 'api::question.question',
    type: 'question',
    where: { consentToPublish: true },
    text: (row) => ({ title: String(row.title ?? ''), body: join(row.question, blocksText(row.answer)), slug: null }),
  },
];

export const SEARCHABLE_UIDS = SEARCHABLE.map((s) => s.uid);
export const SEARCH_TYPES = SEARCHABLE.map((s) => s.type);
