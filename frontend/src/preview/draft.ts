import type { Query } from '../api/client';

/** A refusal to show to the editor: the HTTP status of the preview page and a Vietnamese message. */
export class PreviewError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'PreviewError';
  }
}

export const TOKEN_REFUSED = 'CMS không nhận mã truy cập của máy chủ xem trước (CMS_API_TOKEN): báo cho quản trị hệ thống.';

interface CmsError {
  error?: { message?: string; details?: { code?: string } };
}

/**
 * The version a link was signed for, from the CMS's GET /api/previews/:token, with the site's own API token
 * (this server's, never the browser's). The CMS's refusals of the link (expired, tampered: codes PREVIEW_*)
 * reach the editor as they are; a refusal of the API token is this server's misconfiguration (502).
 */
export async function fetchDraft<T>(cmsUrl: string, apiToken: string | undefined, token: string, query: Query): Promise<T> {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
  const url = `${cmsUrl.replace(/\/+$/, '')}/api/previews/${encodeURIComponent(token)}?${search}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...(apiToken ? { authorization: `Bearer ${apiToken}` } : {}) } });
  } catch {
    throw new PreviewError(502, 'Máy chủ xem trước không kết nối được với CMS. Thử lại sau ít phút.');
  }
  if (response.ok) return ((await response.json()) as { data: T }).data;
  const body = (await response.json().catch(() => ({}))) as CmsError;
  if (body.error?.details?.code?.startsWith('PREVIEW_') && body.error.message) throw new PreviewError(response.status, body.error.message);
  if (response.status === 401 || response.status === 403) {
    throw new PreviewError(502, TOKEN_REFUSED);
  }
  throw new PreviewError(502, `CMS trả lời ${response.status} khi lấy bản nháp. Thử lại sau ít phút.`);
}
