/**
 * Plain text of a Blocks value: every `text` leaf, paragraph by paragraph. Self-contained (no helper
 * outside it): the public site writes its source into the tracking page's script.
 */
export function blocksText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { text, children } = node as { text?: unknown; children?: unknown[] };
    if (typeof text === 'string') out.push(text);
    if (Array.isArray(children)) children.forEach(walk);
  };
  for (const block of value) {
    walk(block);
    out.push('\n');
  }
  return out.join('').replace(/\s*\n\s*/g, '\n').trim();
}
