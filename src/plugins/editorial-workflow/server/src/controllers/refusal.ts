import { WorkflowError } from '../errors';

/** Answers a WorkflowError with its status and `{ data: null, error }`; anything else goes on to Strapi. */
export function answerRefusal(ctx: { status: number; body: unknown }, error: unknown): void {
  if (!(error instanceof WorkflowError)) throw error;
  ctx.status = error.status;
  ctx.body = { data: null, error: { status: error.status, name: error.name, message: error.message, details: error.details } };
}
