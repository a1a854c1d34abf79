import { diffArrays, diffWords } from 'diff';
import { canonicalJson } from '../log/chain';
import type { DiffPart, FieldKind } from '../api-types';

export type { DiffPart, FieldKind };

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid']);
/** Between paragraphs of a blocks field in `parts`. */
export const PARAGRAPH_BREAK = '\n\n';

export function kindOf(type: string): FieldKind {
  if (TEXT_TYPES.has(type)) return 'text';
  if (type === 'blocks') return 'blocks';
  if (type === 'media') return 'media';
  if (type === 'relation') return 'relation';
  if (type === 'component' || type === 'dynamiczone') return 'component';
  return 'other';
}

export const sameContent = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

const toParts = (changes: Array<{ value: string; added?: boolean; removed?: boolean }>): DiffPart[] =>
  changes.filter((change) => change.value !== '').map((change) => ({
    value: change.value, ...(change.added ? { added: true } : {}), ...(change.removed ? { removed: true } : {}),
  }));

/** Word-level diff of two strings (null and undefined read as empty). */
export function textParts(before: unknown, after: unknown): DiffPart[] {
  return toParts(diffWords(typeof before === 'string' ? before : '', typeof after === 'string' ? after : ''));
}

/** The text of a blocks node and everything under it. */
function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node !== null && typeof node === 'object') {
    const { text, children } = node as { text?: unknown; children?: unknown };
    return (typeof text === 'string' ? text : '') + textOf(children);
  }
  return '';
}

/** A blocks field's paragraphs (each top-level block, or each item of a list), as text. */
export function paragraphsOf(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block) => {
    const { type, children } = (block ?? {}) as { type?: string; children?: unknown[] };
    return type === 'list' && Array.isArray(children) ? children.map(textOf) : [textOf(block)];
  });
}

/**
 * Blocks compared paragraph by paragraph: paragraphs are first matched as wholes (kept, dropped, new),
 * then a dropped paragraph facing a new one at the same place is diffed word by word. Paragraphs are
 * separated by PARAGRAPH_BREAK parts.
 */
export function blocksParts(before: unknown, after: unknown): DiffPart[] {
  const paragraphs: DiffPart[][] = [];
  const chunks = diffArrays(paragraphsOf(before), paragraphsOf(after));
  for (let i = 0; i < chunks.length; i += 1) {
    const chunk = chunks[i];
    const next = chunks[i + 1];
    if (chunk.removed && next?.added) {
      const pairs = Math.max(chunk.value.length, next.value.length);
      for (let j = 0; j < pairs; j += 1) paragraphs.push(textParts(chunk.value[j] ?? '', next.value[j] ?? ''));
      i += 1;
      continue;
    }
    for (const paragraph of chunk.value) {
      paragraphs.push([{ value: paragraph, ...(chunk.added ? { added: true } : {}), ...(chunk.removed ? { removed: true } : {}) }]);
    }
  }
  return paragraphs.flatMap((parts, index) => (index === 0 ? parts : [{ value: PARAGRAPH_BREAK }, ...parts]));
}
