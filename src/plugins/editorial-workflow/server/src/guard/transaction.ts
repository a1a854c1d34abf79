import type { Core } from '@strapi/strapi';

/** The transaction-local setting the database guard checks (see triggers-postgres.ts). */
export const CARRYING_SETTING = 'editorial_workflow.carrying';

/** What `strapi.db.transaction(cb)` hands to its callback. */
export interface TransactionContext {
  trx: { raw(sql: string, bindings?: unknown[]): Promise<unknown> };
  onCommit(cb: () => void): void;
  onRollback(cb: () => void): void;
}

/**
 * Runs `work` in `strapi.db.transaction`, and on PostgreSQL marks that transaction as the workflow's own
 * so the guard's triggers let its writes to live content and to the log through. Everything inside —
 * `strapi.db.query`, the Document Service's publish and unpublish, nested `strapi.db.transaction` calls —
 * runs on this same connection: @strapi/database keeps the open transaction in an AsyncLocalStorage and
 * reuses it instead of opening another. Nested in someone else's transaction, the mark is lifted again
 * when `work` is done, so the caller's own writes afterwards stay guarded.
 */
export function workflowTransaction<T>(strapi: Core.Strapi, work: (context: TransactionContext) => Promise<T>): Promise<T> {
  return strapi.db.transaction(async (context) => {
    const ctx = context as unknown as TransactionContext;
    if (strapi.db.dialect.client !== 'postgres') return work(ctx);
    const before = (await ctx.trx.raw('select current_setting(?, true) as value', [CARRYING_SETTING])) as { rows: Array<{ value: string | null }> };
    const previous = before.rows[0]?.value ?? '';
    await ctx.trx.raw('select set_config(?, ?, true)', [CARRYING_SETTING, 'on']);
    let failed = false;
    try {
      return await work(ctx);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // After a failed SQL statement PostgreSQL refuses everything until rollback; the rollback ends the mark anyway.
      if (previous !== 'on') await ctx.trx.raw('select set_config(?, ?, true)', [CARRYING_SETTING, previous]).catch((error: unknown) => {
        if (!failed) throw error;
      });
    }
  }) as Promise<T>;
}
