/**
 * The governed types the public site has a page for, so that "Xem trước" can show their draft there
 * (shared by the CMS, which signs links only for these, and the site's preview server, which renders them).
 * Pages and officials are left out: their review is the board's and the issue asks for these five.
 */
export const PREVIEW_TYPES = {
  'api::article.article': 'article',
  'api::procedure.procedure': 'procedure',
  'api::legal-document.legal-document': 'document',
  'api::disclosure.disclosure': 'disclosure',
  'api::work-schedule.work-schedule': 'schedule',
} as const;

export type PreviewUid = keyof typeof PREVIEW_TYPES;
export type PreviewKind = (typeof PREVIEW_TYPES)[PreviewUid];

export const isPreviewable = (uid: string): uid is PreviewUid => Object.hasOwn(PREVIEW_TYPES, uid);
