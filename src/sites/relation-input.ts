/** One related item as a write names it: by documentId or by id. */
export type Ref = { documentId: string } | { id: number };

/** What a write's value for a to-one relation asks for: a document, an id, nothing, or no change. */
export type RelationTarget = Ref | null | 'unchanged';

/** One item of a relation value: a documentId, an id (number or digits), `{ documentId }` or `{ id }`. */
export function refOf(value: unknown): Ref | undefined {
  if (typeof value === 'string') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (value && typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string') return { documentId };
    if (typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))) return { id: Number(id) };
  }
  return undefined;
}

const one = (value: unknown): RelationTarget => refOf(value) ?? 'unchanged';

/**
 * Reads every shape Strapi 5 accepts for a to-one relation: a documentId, an id, `{ documentId }`, `{ id }`,
 * an array of one, `{ set }`, `{ connect, disconnect }` (the Content Manager's), or null.
 */
export function relationTarget(value: unknown): RelationTarget {
  if (value === undefined) return 'unchanged';
  if (value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : one(value[value.length - 1]);
  if (typeof value === 'object') {
    const { set, connect, disconnect } = value as { set?: unknown[]; connect?: unknown[]; disconnect?: unknown[] };
    if (Array.isArray(set)) return set.length === 0 ? null : one(set[set.length - 1]);
    if (Array.isArray(connect) && connect.length > 0) return one(connect[connect.length - 1]);
    if (Array.isArray(disconnect) && disconnect.length > 0) return null;
    if (set !== undefined || connect !== undefined || disconnect !== undefined) return 'unchanged';
  }
  return one(value);
}

/**
 * The items any relation value links to, in the same shapes: one, a list, `{ set }`, `{ connect }`
 * (disconnections link nothing).
 */
export function linkedRefs(value: unknown): Ref[] {
  if (value === undefined || value === null) return [];
  const list = (items: unknown) => (Array.isArray(items) ? items : [items]).map(refOf).filter(Boolean) as Ref[];
  if (Array.isArray(value)) return list(value);
  if (typeof value === 'object' && ('set' in value || 'connect' in value || 'disconnect' in value)) {
    const { set, connect } = value as { set?: unknown; connect?: unknown };
    return [...(set === undefined ? [] : list(set)), ...(connect === undefined ? [] : list(connect))];
  }
  return list(value);
}
