import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import { WorkflowError } from '../errors';
import { GUARD_SQLSTATE } from './triggers-postgres';

/** Whether the guard refused a query of the current Document Service call. */
const calls = new AsyncLocalStorage<{ refused: boolean }>();
const isRefusal = (error: unknown) => (error as { code?: string } | null)?.code === GUARD_SQLSTATE;

/**
 * A write that slipped past the gate and was stopped by the database guard answers 409 with what to do,
 * not 500: a Document Service middleware that turns the guard's refusal into a WorkflowError. Strapi's
 * entity manager sometimes hides the refusal behind its own failed clean-up query ("current transaction
 * is aborted"), so every failed query is watched, and a refusal anywhere in the call counts. Strapi has
 * rolled the write's transaction back by then, so nothing is half-written.
 */
export function guardRefusals(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  let watching = false;
  const middleware = (_ctx: unknown, next: () => Promise<unknown>) => {
    if (!watching) {
      strapi.db.connection.on('query-error', (error: unknown) => {
        const call = calls.getStore();
        if (call && isRefusal(error)) call.refused = true;
      });
      watching = true;
    }
    return calls.run({ refused: false }, async () => {
      try {
        return await next();
      } catch (error) {
        if (!isRefusal(error) && !calls.getStore()!.refused) throw error;
        throw new WorkflowError(
          409,
          'DATABASE_GUARD',
          'Thay đổi này chạm vào nội dung đang đăng trên trang nên cơ sở dữ liệu đã từ chối: hãy chọn "Sửa lại" trên mục đang đăng rồi sửa theo quy trình biên tập.',
        );
      }
    });
  };
  return middleware as unknown as Modules.Documents.Middleware.Middleware;
}
