import type { StateDefinition } from './types';

export interface EditRefusal {
  code: 'LOCKED' | 'UNDER_REVIEW';
  /** What the person should do instead, to follow "<the item> is in state X: ". */
  hint: string;
}

/**
 * Why an item's content may not be changed now by this person, or null when it may: nothing live or
 * closed changes (revise it first), and an author does not change what is under review. The gate refuses
 * with this, for direct edits and for writes that reach the item from elsewhere; the admin panel offers
 * Save only when it is null.
 */
export function editRefusal(state: StateDefinition, isAuthor: boolean): EditRefusal | null {
  if (state.kind === 'live' || state.kind === 'closed') return { code: 'LOCKED', hint: 'chọn "Sửa lại" trước khi sửa nội dung' };
  if ((state.kind === 'review' || state.kind === 'ready') && isAuthor) {
    return { code: 'UNDER_REVIEW', hint: 'người viết cần "Rút lại" hoặc chờ trả lại rồi mới sửa' };
  }
  return null;
}
