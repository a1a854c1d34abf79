import { foldForSearch } from '../../lib/search-text';

/** A search as the index sees it: folded words and phrases, all of which must match. */
export interface ParsedQuery {
  /** Each term is one word or a quoted phrase of several, folded ("Đống Đa" → ["dong", "da"]). */
  terms: string[][];
}

/**
 * `"phường Phú Lâm" đất đai` → the phrase [phuong, phu, lam] and the words [dat] and [dai].
 * Punctuation splits words, as the index's tokenizer does.
 */
export function parseQuery(q: string): ParsedQuery {
  const terms: string[][] = [];
  const pattern = /"([^"]*)"|([^\s"]+)/g;
  for (const [, phrase, word] of q.matchAll(pattern)) {
    const words = foldForSearch(phrase ?? word ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    if (phrase !== undefined) terms.push(words);
    else for (const w of words) terms.push([w]);
  }
  return { terms };
}

/** Every word of the query, for highlighting. */
export const queryWords = (query: ParsedQuery): string[] => [...new Set(query.terms.flat())];
