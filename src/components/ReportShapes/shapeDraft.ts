/**
 * The shape being edited, changed one step at a time (pure: each function returns a new shape),
 * and the validator's issues found by path for the controls that show them.
 */
import { REPORT_FIELDS, type ReportFieldName } from '../../reports/shape/fields';
import type { ReportShapeIssue } from '../../reports/shape/issues';
import type { ReportShape, ReportShapeColumn, ReportShapeTable, RowSource } from '../../reports/shape/types';

/** A deep copy: the editor never changes a shape in place (built-in shapes are frozen). */
export function cloneShape(shape: ReportShape): ReportShape {
  return JSON.parse(JSON.stringify(shape)) as ReportShape;
}

/** The fields a column may show on rows of the kind, in the catalogue's order. */
export function fieldsForRows(rows: RowSource): ReportFieldName[] {
  return (Object.keys(REPORT_FIELDS) as ReportFieldName[]).filter((name) => REPORT_FIELDS[name].rows.indexOf(rows) >= 0);
}

/** The source field of a column as one name (the first part of a stacked column). */
export function columnField(column: ReportShapeColumn): string {
  const first = Array.isArray(column.falt) ? column.falt[0] : column.falt;
  return first === undefined ? '' : typeof first === 'string' ? first : first.falt;
}

/** A column of the field, headed with its label. */
export function newColumn(field: ReportFieldName): ReportShapeColumn {
  return { falt: field, rubrik: REPORT_FIELDS[field].label, bredd: 1 };
}

/** A first table: one row per kontrollmoment, with its description and the period's status. */
export function newTable(): ReportShapeTable {
  return {
    rader: 'kontrollmoment',
    kolumner: [newColumn('kontrollmoment.beskrivning'), { ...newColumn('uppfoljning.status'), rubrik: 'Status {periodkod} {ar}' }]
  };
}

/** An id not among `taken`: `base`, `base-2`, `base-3`, … */
export function freeId(base: string, taken: readonly string[]): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'rapportform';
  if (taken.indexOf(clean) < 0) {
    return clean;
  }
  let n = 2;
  while (taken.indexOf(`${clean}-${n}`) >= 0) {
    n++;
  }
  return `${clean}-${n}`;
}

/** A new own shape with one table. */
export function newShape(name: string, taken: readonly string[]): ReportShape {
  return { id: freeId('egen-rapportform', taken), namn: name, sammanfattning: 'status', tabeller: [newTable()] };
}

/** An own copy of a shape (e.g. a built-in one), under a free id and the given name. */
export function copyAsOwn(shape: ReportShape, name: string, taken: readonly string[]): ReportShape {
  const copy = cloneShape(shape);
  delete copy.$schema;
  copy.id = freeId(`${shape.id}-kopia`, taken);
  copy.namn = name;
  return copy;
}

/** The shape with table `t` changed. */
export function updateTable(shape: ReportShape, t: number, patch: Partial<ReportShapeTable>): ReportShape {
  const tabeller = shape.tabeller.map((table, index) => (index === t ? withoutUndefined({ ...table, ...patch }) : table));
  return { ...shape, tabeller };
}

/** The shape with column `c` of table `t` changed. */
export function updateColumn(shape: ReportShape, t: number, c: number, patch: Partial<ReportShapeColumn>): ReportShape {
  const table = shape.tabeller[t];
  return updateTable(shape, t, { kolumner: table.kolumner.map((column, index) => (index === c ? withoutUndefined({ ...column, ...patch }) : column)) });
}

/** The shape with column `c` of table `t` moved to `to` (clamped to the table). */
export function moveColumn(shape: ReportShape, t: number, c: number, to: number): ReportShape {
  const kolumner = shape.tabeller[t].kolumner.slice();
  const target = Math.max(0, Math.min(kolumner.length - 1, to));
  const [moved] = kolumner.splice(c, 1);
  kolumner.splice(target, 0, moved);
  return updateTable(shape, t, { kolumner });
}

/** The shape with a column of `field` added last to table `t`. */
export function addColumn(shape: ReportShape, t: number, field: ReportFieldName): ReportShape {
  return updateTable(shape, t, { kolumner: [...shape.tabeller[t].kolumner, newColumn(field)] });
}

/** The shape without column `c` of table `t`. */
export function removeColumn(shape: ReportShape, t: number, c: number): ReportShape {
  return updateTable(shape, t, { kolumner: shape.tabeller[t].kolumner.filter((_column, index) => index !== c) });
}

/** The shape with a new table last. */
export function addTable(shape: ReportShape): ReportShape {
  return { ...shape, tabeller: [...shape.tabeller, newTable()] };
}

/** The shape without table `t`. */
export function removeTable(shape: ReportShape, t: number): ReportShape {
  return { ...shape, tabeller: shape.tabeller.filter((_table, index) => index !== t) };
}

/** The object without keys whose value is undefined (so "Standard" leaves the key out of the JSON). */
export function withoutUndefined<T extends object>(value: T): T {
  const copy = { ...value } as Record<string, unknown>;
  Object.keys(copy).forEach((key) => copy[key] === undefined && delete copy[key]);
  return copy as T;
}

/** The issues at exactly `path`, or under it (`tabeller[0]` also takes `tabeller[0].rader`) when `under`. */
export function issuesAt(issues: readonly ReportShapeIssue[], path: string, under: boolean = false): ReportShapeIssue[] {
  return issues.filter((issue) => issue.path === path || (under && (issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`))));
}
