import type { Modules } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { GUARD_SQLSTATE } from './triggers-postgres';

/**
 * A write that slipped past the gate and was stopped by the database guard answers 409 with what to do,
 * not 500: a Document Service middleware that turns the guard's refusal (its own SQLSTATE) into a
 * WorkflowError. Strapi has rolled the write's transaction back by then, so nothing is half-written.
 */
export function guardRefusals(): Modules.Documents.Middleware.Middleware {
  const middleware = async (_ctx: unknown, next: () => Promise<unknown>) => {
    try {
      return await next();
    } catch (error) {
      if ((error as { code?: string } | null)?.code !== GUARD_SQLSTATE) throw error;
      throw new WorkflowError(
        409,
        'DATABASE_GUARD',
        'Thay đổi này chạm vào nội dung đang đăng trên trang nên cơ sở dữ liệu đã từ chối: hãy chọn "Sửa lại" trên mục đang đăng rồi sửa theo quy trình biên tập.',
      );
    }
  };
  return middleware as unknown as Modules.Documents.Middleware.Middleware;
}
