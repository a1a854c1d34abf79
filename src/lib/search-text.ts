/**
 * Text folded for accent-insensitive matching: lower case, marks removed, đ → d (NFD leaves đ whole),
 * spaces collapsed. "Đống Đa" and "dong da" fold to the same "dong da". It must stay self-contained: the
 * public site writes its source into the search page (`foldForSearch.toString()`) so browsers fold alike.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One character folded the same way; a space stays itself. May be empty (a lone mark). */
const foldChar = (char: string): string => (/\s/u.test(char) ? char : foldForSearch(char));

/**
 * The folded text with, for each folded character, the index of the original character it came
 * from: a match found in folded text can be shown on the original, accents and all.
 */
export function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const out of foldChar(char)) {
      folded += out;
      origin.push(index);
    }
    index += char.length;
  }
  return { folded, origin };
}
