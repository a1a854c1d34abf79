import { errors } from '@strapi/utils';

/**
 * A refusal with its HTTP status and a stable code. It is not one of Strapi's ApplicationErrors (those
 * cannot say 409) but an http-errors HttpError, so Strapi's error middleware answers it from `status`,
 * keeping message and details, and does not log it as a server error, whether it is thrown from our routes
 * or from the gate inside a Content Manager or REST request.
 */
export class WorkflowError extends Error {
  readonly expose = true;
  readonly details: { code: string };

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowError';
    this.details = { code };
  }
}

// http-errors' HttpError cannot be constructed (it throws), only inherited from: its prototype goes into the
// chain so that `instanceof errors.HttpError` holds.
Object.setPrototypeOf(WorkflowError.prototype, errors.HttpError.prototype);
