/**
 * A refusal with its HTTP status and a stable code. It is not one of Strapi's ApplicationErrors (those
 * cannot say 409), so Strapi's error middleware formats it from `status`, keeping message and details,
 * whether it is thrown from our routes or from the gate inside a Content Manager or REST request.
 */
export class WorkflowError extends Error {
  readonly expose = true;
  readonly details: { code: string };

  constructor(
    readonly status: 400 | 403 | 404 | 409,
    code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowError';
    this.details = { code };
  }
}
