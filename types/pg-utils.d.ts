// node-postgres's parameter conversion (not in @types/pg): how a value is sent, e.g. a Date in local time.
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): unknown;
}
