/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Only web and mail links leave the renderer; `javascript:` and the like become plain text. */
export function safeUrl(url: string): string | null {
  return /^(https?:|mailto:|tel:|\/|#)/i.test(url.trim()) ? url.trim() : null;
}

/** Markup that is already safe: built by `html` or escaped on the way in. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | null | undefined | false | Part[];

const piece = (part: Part): string => {
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(piece).join('');
  return part instanceof SafeHtml ? part.value : escapeHtml(String(part));
};

/** A template whose every interpolation is escaped unless it is SafeHtml: the CMS's server-rendered pages. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, i) => out + text + (i < parts.length ? piece(parts[i]) : ''), ''));
}
