/**
 * A fingerprint of a report's content: two 32-bit FNV-1a hashes (different offsets) of the
 * model's JSON without the date, 16 hex digits. Not cryptographic: it tells "the same report"
 * from "changed", e.g. whether a refreshed table differs from the one inserted.
 */
import type { ReportModel } from '../model/types';

/** FNV-1a over the UTF-16 code units of a text, from the given offset basis. */
function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Eight hex digits. */
function hex(value: number): string {
  return ('00000000' + value.toString(16)).slice(-8);
}

/** The fingerprint of a report: same content (shape, plan, period, tables, summary) → same fingerprint. */
export function reportFingerprint(report: ReportModel): string {
  const content = JSON.stringify({
    shapeId: report.shapeId,
    title: report.title,
    plan: report.plan,
    period: report.period,
    orientation: report.orientation,
    summary: report.summary.text,
    tables: report.tables
  });
  return hex(fnv1a(content, 0x811c9dc5)) + hex(fnv1a(content, 0x01000193));
}
