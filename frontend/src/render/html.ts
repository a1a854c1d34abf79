/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Only web and mail links leave the renderer; `javascript:` and the like become plain text. */
export function safeUrl(url: string): string | null {
  return /^(https?:|mailto:|tel:|\/|#)/i.test(url.trim()) ? url.trim() : null;
}
