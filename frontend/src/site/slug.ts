/** The URL segment of an entry: its slug, or its documentId when an editor left the slug empty. */
export function slugOf(entry: { slug?: string | null; documentId: string }): string {
  return entry.slug || entry.documentId;
}
