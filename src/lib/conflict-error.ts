import { errors } from '@strapi/utils';

/**
 * A 409 with a Vietnamese message: Strapi's ApplicationErrors cannot say 409, an http-errors HttpError can,
 * and Strapi's error middleware answers it from `status` without logging it as a server error.
 */
export class ConflictError extends Error {
  readonly expose = true;
  readonly status = 409;

  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

// http-errors' HttpError cannot be constructed, only inherited from: its prototype goes into the chain.
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);
