import { transitionAction } from './workflow/evaluate';
import type { WorkflowDefinition } from './workflow/types';

const tr = (workflowId: string, ...transitionIds: string[]) => transitionIds.map((id) => transitionAction(workflowId, id));

export const PLUGIN = 'editorial-workflow';

/** Plugin pages and data beyond transitions. */
export const READ_ACTIONS = [
  { uid: 'queue.read', displayName: 'Việc của tôi và thông báo' },
  { uid: 'log.read', displayName: 'Xem nhật ký biên tập' },
  { uid: 'log.verify', displayName: 'Kiểm tra chuỗi nhật ký' },
  { uid: 'stats.read', displayName: 'Xem thống kê' },
  { uid: 'calendar.feed', displayName: 'Nhận lịch biên tập qua iCalendar' },
  { uid: 'settings.manage', displayName: 'Cài đặt quy trình' },
];

/** Every admin permission of the plugin: one per transition of every workflow, generated from the table. */
export function pluginActions(workflows: WorkflowDefinition[]) {
  const read = READ_ACTIONS.map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN, subCategory: 'Chung' }));
  const transitions = workflows.flatMap((wf) =>
    wf.transitions.map((t) => ({
      section: 'plugins',
      pluginName: PLUGIN,
      subCategory: `Quy trình: ${wf.label}`,
      displayName: t.label,
      uid: transitionAction(wf.id, t.id),
    })),
  );
  return [...read, ...transitions];
}

type CmAction = 'create' | 'read' | 'update' | 'delete';

export interface RoleGrant {
  code: string;
  name: string;
  description: string;
  /** Content Manager actions per content type; `own` limits them to items the person created. */
  contentManager: Array<{ uid: string; actions: CmAction[]; condition?: 'own' | 'same-unit' | 'assigned' }>;
  /** Plugin actions, relative to `plugin::editorial-workflow.`: `transition.<workflow>.<id>` and the read actions. */
  plugin: string[];
  /** Actions of the site's other local plugins, in full (`plugin::one-stop.import`). */
  otherPlugins?: string[];
  /** Media Library actions, relative to `plugin::upload.`; `own` limits them to files the person uploaded. */
  upload: Array<{ action: string; condition?: 'own' }>;
  /** Reads across every site (its plugin read actions are not limited to the sites one is a member of). */
  citywide?: boolean;
}

const ARTICLE = 'api::article.article';
const SCHEDULE = 'api::work-schedule.work-schedule';
/** The organisation's pages and officials: the office writes them, the board reviews them, as documents. */
const ORGANISATION_TYPES = ['api::page.page', 'api::official.official'];
const BOARD_TYPES = ['api::procedure.procedure', 'api::legal-document.legal-document', 'api::disclosure.disclosure', ...ORGANISATION_TYPES, 'api::question.question'];
const ONE_STOP_TYPES = ['api::procedure.procedure', 'api::procedure-field.procedure-field', 'api::dossier.dossier', 'api::dossier-report.dossier-report'];
const REFERENCE = ['api::category.category', 'api::contributor-unit.contributor-unit', 'api::procedure-field.procedure-field'];
const readReference = REFERENCE.map((uid) => ({ uid, actions: ['read'] as CmAction[] }));
/**
 * Any officer may be assigned a citizen's question: they read and answer the ones assigned to them, and send
 * the answer to the board (holding `submit_answer` is what makes someone eligible to be assigned).
 */
const answerAssigned = { uid: 'api::question.question', actions: ['read', 'update'] as CmAction[], condition: 'assigned' as const };
const authoring = ['create', 'read', 'update', 'delete'] as CmAction[];
/**
 * Everyone who writes, reviews or attaches files works with the Media Library: they see and pick any
 * file, upload new ones, download them and copy their links, and change (alt text, caption, replace) or
 * delete only the files they uploaded (Strapi's upload plugin checks delete against `assets.update`).
 */
const workWithFiles: RoleGrant['upload'] = [
  { action: 'read' },
  { action: 'assets.create' },
  { action: 'assets.update', condition: 'own' },
  { action: 'assets.download' },
  { action: 'assets.copy-link' },
];

/**
 * The staff roles of the ward's page. Nobody gets Strapi's own Publish action on a governed type:
 * publishing is a transition. Roles are reconciled with this table at every start (bootstrap/roles.ts):
 * what it grants is restored, what it no longer grants is removed, what an administrator added is kept.
 */
export const ROLES: RoleGrant[] = [
  {
    code: 'ew-contributor',
    name: 'Cộng tác viên',
    description: 'Viết tin bài của đơn vị mình và gửi trưởng đơn vị duyệt.',
    contentManager: [{ uid: ARTICLE, actions: authoring, condition: 'own' }, answerAssigned, ...readReference],
    plugin: [...tr('news', 'submit', 'withdraw', 'revise'), ...tr('question', 'submit_answer'), 'queue.read'],
    upload: workWithFiles,
  },
  {
    code: 'ew-unit-head',
    name: 'Trưởng đơn vị',
    description: 'Duyệt tin bài của đơn vị mình trước khi gửi Ban biên tập.',
    contentManager: [
      { uid: ARTICLE, actions: authoring, condition: 'own' },
      { uid: ARTICLE, actions: ['read'], condition: 'same-unit' },
      { uid: SCHEDULE, actions: ['read'] },
      answerAssigned,
      ...readReference,
    ],
    plugin: [...tr('news', 'submit', 'withdraw', 'revise', 'unit_approve', 'return'), ...tr('schedule', 'approve', 'return'), ...tr('question', 'submit_answer'), 'queue.read', 'stats.read'],
    upload: workWithFiles,
  },
  {
    code: 'ew-board',
    name: 'Ban biên tập',
    description: 'Kiểm tra tính chính xác, kịp thời, định hướng; duyệt, trả lại, từ chối.',
    contentManager: [
      { uid: ARTICLE, actions: ['read', 'update'] },
      ...BOARD_TYPES.map((uid) => ({ uid, actions: ['read', 'update'] as CmAction[] })),
      { uid: SCHEDULE, actions: ['read'] },
      ...readReference,
    ],
    plugin: [...tr('news', 'unit_approve', 'board_approve', 'request_orientation_review', 'return', 'reject', 'unpublish', 'revise'), ...tr('board-review', 'approve', 'return', 'unpublish', 'cancel_schedule', 'revise'), ...tr('question', 'assign', 'approve', 'return', 'unpublish', 'revise'), ...tr('schedule', 'unpublish'), 'queue.read', 'log.read', 'log.verify', 'stats.read', 'calendar.feed', 'settings.manage'],
    upload: workWithFiles,
  },
  {
    code: 'ew-propaganda',
    name: 'Ban Tuyên giáo',
    description: 'Cho ý kiến với tin bài mang tính định hướng.',
    contentManager: [{ uid: ARTICLE, actions: ['read'] }, ...readReference],
    plugin: [...tr('news', 'propaganda_approve', 'return'), 'queue.read'],
    upload: workWithFiles,
  },
  {
    code: 'ew-publisher',
    name: 'Bộ phận VHTT',
    description: 'Đăng tin bài đã duyệt; trả lời câu hỏi của người dân.',
    contentManager: [
      { uid: ARTICLE, actions: authoring, condition: 'own' },
      { uid: ARTICLE, actions: ['read'] },
      { uid: 'api::question.question', actions: ['read', 'update'] },
      ...BOARD_TYPES.filter((uid) => uid !== 'api::question.question').map((uid) => ({ uid, actions: ['read'] as CmAction[] })),
      { uid: SCHEDULE, actions: ['read'] },
      ...readReference,
    ],
    plugin: [...tr('news', 'submit', 'withdraw', 'revise', 'publish', 'cancel_schedule', 'unpublish'), ...tr('board-review', 'publish', 'cancel_schedule', 'unpublish', 'revise'), ...tr('question', 'assign', 'submit_answer', 'publish', 'unpublish', 'revise'), ...tr('schedule', 'publish', 'cancel_schedule', 'unpublish'), 'queue.read', 'stats.read'],
    upload: workWithFiles,
  },
  {
    code: 'ew-one-stop',
    name: 'Bộ phận một cửa',
    description: 'Cập nhật bộ thủ tục hành chính và kết quả giải quyết hồ sơ.',
    contentManager: ONE_STOP_TYPES.map((uid) => ({ uid, actions: authoring })),
    plugin: [...tr('board-review', 'revise'), 'queue.read'],
    upload: workWithFiles,
    otherPlugins: ['plugin::one-stop.import'],
  },
  {
    code: 'ew-office',
    name: 'Văn phòng',
    description: 'Đăng lịch công tác tuần; cập nhật văn bản, nội dung công khai, trang giới thiệu và danh sách cán bộ.',
    contentManager: [
      { uid: SCHEDULE, actions: authoring },
      { uid: 'api::legal-document.legal-document', actions: authoring },
      { uid: 'api::disclosure.disclosure', actions: authoring },
      ...ORGANISATION_TYPES.map((uid) => ({ uid, actions: authoring })),
      ...readReference,
    ],
    plugin: [...tr('schedule', 'submit', 'revise'), ...tr('board-review', 'revise'), 'queue.read'],
    upload: workWithFiles,
  },
  {
    code: 'ew-city',
    name: 'Thành phố – theo dõi',
    description: 'Cán bộ của thành phố: xem thống kê và nhật ký biên tập của mọi phường, xã; không sửa, duyệt hay đăng gì.',
    contentManager: [],
    plugin: ['log.read', 'stats.read'],
    upload: [],
    citywide: true,
  },
];

/** Codes of the roles that read across every site. */
export const CITYWIDE_ROLES = ROLES.filter((grant) => grant.citywide).map((grant) => grant.code);
