import { WorkflowError } from '../errors';
import type { AdminUser } from '../services/actor';

/** What the admin routes of the plugin read of Koa's context. */
export interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user: AdminUser; userAbility?: unknown };
  body: unknown;
  status: number;
}

/** Answers a WorkflowError with its status and `{ data: null, error }`; anything else goes on to Strapi. */
export function answerRefusal(ctx: { status: number; body: unknown }, error: unknown): void {
  if (!(error instanceof WorkflowError)) throw error;
  ctx.status = error.status;
  ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: error.details } };
}
