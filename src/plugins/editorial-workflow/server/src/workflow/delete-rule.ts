import type { StateDefinition } from './types';

/**
 * Why an item (one locale of it) may not be deleted now, or null when it may: something the site shows
 * (a published version) or something under review is never deleted around the chain. The gate refuses
 * with this message and the admin panel offers Delete only when it is null.
 */
export function deleteRefusal(state: StateDefinition, hasPublishedVersion: boolean, locale: string | null): string | null {
  if (!hasPublishedVersion && state.kind !== 'live' && state.kind !== 'review' && state.kind !== 'ready') return null;
  const where = locale ? ` (bản ${locale})` : '';
  return hasPublishedVersion && state.kind !== 'live'
    ? `Không xóa được mục${where}: bản đã đăng vẫn đang hiển thị trên trang. Hãy gỡ bài qua quy trình trước khi xóa.`
    : `Không xóa được mục${where} đang ở trạng thái "${state.label}": hãy gỡ hoặc trả lại trước.`;
}
