/**
 * A refusal Strapi's ApplicationErrors cannot say (409: the state changed, or another import runs).
 * Strapi's error middleware formats it from `status`, in the usual `{ error: { status, name, message } }`.
 */
export class ImportConflict extends Error {
  readonly expose = true;
  readonly status = 409;

  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}
