import { foldWithOffsets } from '../../lib/search-text';

const MARK_OPEN = '<mark>';
const MARK_CLOSE = '</mark>';
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where whole query words start and end in the original text, found on its folded form. */
function findMatches(text: string, words: string[]): Array<[number, number]> {
  const { folded, origin } = foldWithOffsets(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of folded.matchAll(pattern)) {
      const start = origin[match.index];
      const lastChar = origin[match.index + match[0].length - 1];
      ranges.push([start, lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1)]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]).filter((range, i, all) => i === 0 || range[0] >= all[i - 1][1]);
}

/**
 * The text around the first match, HTML-escaped, with every matched word in <mark>: "dong da" marks
 * "Đống Đa" in the original spelling. Without a match, the beginning of the text.
 */
export function highlight(text: string, words: string[], length = 200): string {
  const ranges = findMatches(text, words);
  const start = ranges.length ? Math.max(0, ranges[0][0] - Math.floor(length / 3)) : 0;
  const from = start === 0 ? 0 : Math.max(start, text.lastIndexOf(' ', start) + 1);
  const to = Math.min(text.length, from + length);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [s, e] of ranges) {
    if (s < from || e > to) continue;
    out += escapeHtml(text.slice(at, s)) + MARK_OPEN + escapeHtml(text.slice(s, e)) + MARK_CLOSE;
    at = e;
  }
  out += escapeHtml(text.slice(at, to)) + (to < text.length ? '…' : '');
  return out.replace(/\s+/g, ' ');
}
