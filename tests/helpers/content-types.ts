/** The public REST surface: every collection type the Public role reads, by its plural route. */
export const PUBLIC_COLLECTIONS = [
  { uid: 'api::article.article', route: 'articles', draftAndPublish: true },
  { uid: 'api::category.category', route: 'categories', draftAndPublish: false },
  { uid: 'api::contributor-unit.contributor-unit', route: 'contributor-units', draftAndPublish: false },
  { uid: 'api::work-schedule.work-schedule', route: 'work-schedules', draftAndPublish: true },
  { uid: 'api::procedure.procedure', route: 'procedures', draftAndPublish: true },
  { uid: 'api::procedure-field.procedure-field', route: 'procedure-fields', draftAndPublish: false },
  { uid: 'api::dossier-report.dossier-report', route: 'dossier-reports', draftAndPublish: false },
  { uid: 'api::legal-document.legal-document', route: 'legal-documents', draftAndPublish: true },
  { uid: 'api::disclosure.disclosure', route: 'disclosures', draftAndPublish: true },
  { uid: 'api::page.page', route: 'pages', draftAndPublish: true },
  { uid: 'api::official.official', route: 'officials', draftAndPublish: true },
  { uid: 'api::question.question', route: 'questions', draftAndPublish: true },
] as const;

export const DRAFT_AND_PUBLISH = PUBLIC_COLLECTIONS.filter((type) => type.draftAndPublish);

/** Valid draft data for each type with Draft & Publish, unique per call. */
export function draftData(uid: string, n: number): Record<string, unknown> {
  const tag = `BẢN NHÁP BÍ MẬT ${n}`;
  switch (uid) {
    case 'api::article.article':
      return { title: tag, summary: tag, body: [{ type: 'paragraph', children: [{ type: 'text', text: tag }] }] };
    case 'api::work-schedule.work-schedule':
      return { body: 'doan_the', week: `2030-W${String(10 + n).padStart(2, '0')}`, title: tag };
    case 'api::procedure.procedure':
      return { code: `9.99999${n}`, name: tag };
    case 'api::legal-document.legal-document':
      return { numberSymbol: `${900 + n}/TB-UBND`, summary: tag, issuedAt: '2030-01-02' };
    case 'api::disclosure.disclosure':
      return { title: tag, group: 'khac', disclosedAt: '2030-01-02' };
    case 'api::page.page':
      return { title: tag, kind: 'khac', summary: tag };
    case 'api::official.official':
      return { fullName: tag, position: 'Cán bộ thử nghiệm' };
    case 'api::question.question':
      return { title: tag, question: `${tag} — nội dung câu hỏi`, askerName: 'Người hỏi bí mật' };
    default:
      throw new Error(`No draft data for ${uid}`);
  }
}
