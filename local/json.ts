/**
 * SharePoint's JSON response shapes for the three metadata levels a client may ask for in
 * `Accept`: `application/json;odata=minimalmetadata` (what SharePoint Online answers plain
 * `application/json` with), `nometadata` and `verbose` (`{ "d": … }`).
 */
import { ErrorCodes, SpError } from './errors';
import type { LocalResponse } from './types';

/** The metadata level of a response. */
export type MetadataLevel = 'minimal' | 'none' | 'verbose';

/** Picks the metadata level from an `Accept` header. */
export function metadataLevel(accept: string | undefined): MetadataLevel {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) {
    return 'verbose';
  }
  if (value.includes('odata=nometadata')) {
    return 'none';
  }
  return 'minimal';
}

/** The `Content-Type` SharePoint sends for each level. */
export function jsonContentType(level: MetadataLevel): string {
  switch (level) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'none':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    default:
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}

/** The OData annotations of one entity. */
export interface EntityMeta {
  /** Entity type, e.g. `SP.Data.IKPlanerListItem`. */
  readonly type: string;
  /** `odata.id` (absolute URL, or a GUID for list items as SharePoint does). */
  readonly id: string;
  /** Web-relative edit link, e.g. `Web/Lists(guid'…')/Items(7)`; absent for projections. */
  readonly editLink?: string;
  /** ETag with its quotes, e.g. `"<guid>,3"`. */
  readonly etag?: string;
}

/** An entity: annotations plus properties (which may hold nested entities). */
export class Entity {
  public constructor(
    public readonly meta: EntityMeta,
    public readonly props: Record<string, unknown>
  ) {}
}

/** What a handler answers, before it is shaped for the caller's metadata level. */
export type Payload =
  | { readonly kind: 'entity'; readonly entity: Entity; readonly metadata: string; readonly status?: number; readonly headers?: Record<string, string> }
  | {
      readonly kind: 'collection';
      readonly entities: readonly Entity[];
      readonly metadata: string;
      readonly nextLink?: string;
    }
  | { readonly kind: 'value'; readonly value: unknown; readonly edmType: string; readonly verboseName: string; readonly status?: number }
  | { readonly kind: 'raw'; readonly json: unknown; readonly status?: number }
  | { readonly kind: 'empty'; readonly status?: number; readonly headers?: Record<string, string> };

function verboseMeta(meta: EntityMeta, siteUrl: string): Record<string, unknown> {
  const uri = meta.editLink === undefined ? meta.id : `${siteUrl}/_api/${meta.editLink}`;
  return { id: meta.id, uri, ...(meta.etag === undefined ? {} : { etag: meta.etag }), type: meta.type };
}

function shapeValue(value: unknown, level: MetadataLevel, siteUrl: string): unknown {
  if (value instanceof Entity) {
    return shapeEntity(value, level, siteUrl);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => shapeValue(v, level, siteUrl));
    return level === 'verbose' ? { results: items } : items;
  }
  return value;
}

function shapeEntity(entity: Entity, level: MetadataLevel, siteUrl: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity.props)) {
    props[key] = shapeValue(value, level, siteUrl);
  }
  if (level === 'none') {
    return props;
  }
  if (level === 'verbose') {
    return { __metadata: verboseMeta(entity.meta, siteUrl), ...props };
  }
  return {
    'odata.type': entity.meta.type,
    'odata.id': entity.meta.id,
    ...(entity.meta.etag === undefined ? {} : { 'odata.etag': entity.meta.etag }),
    ...(entity.meta.editLink === undefined ? {} : { 'odata.editLink': entity.meta.editLink }),
    ...props
  };
}

/** Turns a payload into the JSON body for the caller's metadata level. */
export function shapePayload(payload: Payload, level: MetadataLevel, siteUrl: string): unknown {
  const metadataUrl = (fragment: string): string => `${siteUrl}/_api/$metadata#${fragment}`;
  switch (payload.kind) {
    case 'entity': {
      const body = shapeEntity(payload.entity, level, siteUrl);
      if (level === 'verbose') {
        return { d: body };
      }
      return level === 'none' ? body : { 'odata.metadata': metadataUrl(payload.metadata), ...body };
    }
    case 'collection': {
      const values = payload.entities.map((e) => shapeEntity(e, level, siteUrl));
      if (level === 'verbose') {
        return { d: { results: values, ...(payload.nextLink === undefined ? {} : { __next: payload.nextLink }) } };
      }
      return {
        ...(level === 'none' ? {} : { 'odata.metadata': metadataUrl(payload.metadata) }),
        value: values,
        ...(payload.nextLink === undefined ? {} : { 'odata.nextLink': payload.nextLink })
      };
    }
    case 'value':
      if (level === 'verbose') {
        return { d: { [payload.verboseName]: payload.value } };
      }
      return level === 'none' ? { value: payload.value } : { 'odata.metadata': metadataUrl(payload.edmType), value: payload.value };
    case 'raw':
      return payload.json;
    case 'empty':
      return undefined;
  }
}

/** Common headers SharePoint sends with every answer. */
export function baseHeaders(): Record<string, string> {
  return {
    'X-SharePointHealthScore': '0',
    'SPClientServiceRequestDuration': '10',
    'X-Content-Type-Options': 'nosniff',
    'MicrosoftSharePointTeamServices': '16.0.0.0',
    'Cache-Control': 'private, max-age=0'
  };
}

/** Serialises an error the way SharePoint does for the caller's metadata level. */
export function errorResponse(error: SpError, level: MetadataLevel): LocalResponse {
  const message = { lang: 'en-US', value: error.message };
  const body =
    level === 'verbose' ? { error: { code: error.code, message } } : { 'odata.error': { code: error.code, message } };
  return {
    status: error.status,
    headers: { ...baseHeaders(), 'Content-Type': jsonContentType(level), ...error.headers },
    body: JSON.stringify(body)
  };
}

/** Wraps anything thrown that is not an SpError into SharePoint's generic 500. */
export function unexpectedError(error: unknown): SpError {
  const message = error instanceof Error ? error.message : String(error);
  return new SpError(500, ErrorCodes.unexpected, message);
}
