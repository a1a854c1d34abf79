import { isPreviewable, PREVIEW_TYPES, type PreviewKind } from '../../../src/lib/preview-types';

/** What a preview link says it opens. Read without its signature, only to choose the query: the CMS verifies it. */
export interface LinkClaim {
  kind: PreviewKind;
  uid: string;
  locale: string | null;
}

const TOKEN = /^[\w-]{1,2000}\.[\w-]{1,100}$/;

/** The claim of a well-formed token of a previewable type, or null (the page answers 400 without asking the CMS). */
export function readClaim(token: string | null): LinkClaim | null {
  if (!token || !TOKEN.test(token)) return null;
  try {
    const claim = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { uid?: unknown; locale?: unknown };
    if (typeof claim.uid !== 'string' || !isPreviewable(claim.uid)) return null;
    return { kind: PREVIEW_TYPES[claim.uid], uid: claim.uid, locale: typeof claim.locale === 'string' ? claim.locale : null };
  } catch {
    return null;
  }
}
