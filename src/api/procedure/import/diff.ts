import type { Core } from '@strapi/strapi';
import { LABELS } from '../../../bootstrap/admin-labels';

const PROCEDURE = 'api::procedure.procedure';
const SHORT = 80;
/** Component attributes the import never writes (the desk's uploaded forms) and so never compares. */
const NOT_IMPORTED = new Set(['media', 'relation', 'component', 'dynamiczone']);

/** One difference between the stored procedure and the file, for the board and the report. */
export interface FieldChange {
  /** API path: `fee`, `methods[0].fee`, `methods` (items added or removed). */
  field: string;
  /** Vietnamese label of the admin panel. */
  label: string;
  /** The list item it is in, when it is inside one ("Cách thức thực hiện, mục 1"). */
  item?: string;
  before: string;
  after: string;
}

/**
 * A procedure as the import compares it: its attributes, with relations already given as what a person
 * reads (the field's name, the legal documents' numbers) rather than ids.
 */
export type ProcedureView = Record<string, unknown>;

type Attribute = { type: string; component?: string; repeatable?: boolean };
type Item = Record<string, unknown>;

const blank = (value: unknown) => (value === undefined || value === '' ? null : value);
const same = (a: unknown, b: unknown) => JSON.stringify(blank(a)) === JSON.stringify(blank(b));

function shown(value: unknown): string {
  const v = blank(value);
  if (v === null || (Array.isArray(v) && v.length === 0)) return '(trống)';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  const text = Array.isArray(v) ? v.join('; ') : String(v);
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}

/** Differences between two procedures over `keys`, using the schema to look inside repeatable components. */
export function procedureDiff(strapi: Core.Strapi, before: ProcedureView, after: ProcedureView, keys: string[]): FieldChange[] {
  const attributes = strapi.contentType(PROCEDURE as never).attributes as Record<string, Attribute>;
  const labels = LABELS[PROCEDURE] ?? {};
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const attribute = attributes[key];
    const label = labels[key] ?? key;
    if (attribute?.type === 'component' && attribute.repeatable && attribute.component) {
      changes.push(...listDiff(strapi, attribute.component, key, label, (before[key] ?? []) as Item[], (after[key] ?? []) as Item[]));
    } else if (!same(before[key], after[key])) {
      changes.push({ field: key, label, before: shown(before[key]), after: shown(after[key]) });
    }
  }
  return changes;
}

/** Item by item when the count is the same; the whole list, shortly, when items came or went. */
function listDiff(strapi: Core.Strapi, component: string, key: string, label: string, before: Item[], after: Item[]): FieldChange[] {
  const attributes = (strapi.components[component as never] as unknown as { attributes: Record<string, Attribute> }).attributes;
  const subkeys = Object.keys(attributes).filter((sub) => !NOT_IMPORTED.has(attributes[sub].type));
  const labels = LABELS[component] ?? {};
  if (before.length !== after.length) {
    const summary = (items: Item[]) => shown(items.map((item) => subkeys.map((sub) => blank(item[sub])).filter((v) => v !== null).join(' | ')));
    return [{ field: key, label, before: `${before.length} mục: ${summary(before)}`, after: `${after.length} mục: ${summary(after)}` }];
  }
  return before.flatMap((item, i) => subkeys
    .filter((sub) => !same(item[sub], after[i][sub]))
    .map((sub) => ({
      field: `${key}[${i}].${sub}`, label: labels[sub] ?? sub, item: `${label}, mục ${i + 1}`,
      before: shown(item[sub]), after: shown(after[i][sub]),
    })));
}

/** The top-level attributes the changes touch, by API name. */
export const changedKeys = (changes: FieldChange[]) => [...new Set(changes.map((change) => change.field.split(/[[.]/)[0]))];

/** One line of a change, for the command line: "Phí, lệ phí (Cách thức thực hiện, mục 1): 8.000 đồng → 10.000 đồng". */
export const describeChange = (change: FieldChange) =>
  `${change.label}${change.item ? ` (${change.item})` : ''}: ${change.before} → ${change.after}`;

/** The log comment the board reads in the item's history: "Nhập bộ thủ tục: thay đổi thời hạn giải quyết, phí, lệ phí". */
export function changeNote(changes: FieldChange[]): string {
  const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
  return `Nhập bộ thủ tục: thay đổi ${[...new Set(changes.map((change) => lowerFirst(change.label)))].join(', ')}`;
}
