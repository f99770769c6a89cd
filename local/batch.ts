/**
 * `$batch` bodies as PnPjs writes them and SharePoint answers them. Requests: a
 * `multipart/mixed; boundary=batch_…` body whose parts are either an `application/http`
 * GET or a `multipart/mixed; boundary=changeset_…` holding `application/http` writes, each
 * with an absolute URL. Answers: one flat `application/http` part per request, in order,
 * separated by `--batchresponse_…` (the shape PnPjs's batching.ts parses line by line).
 */
import { randomUUID } from 'node:crypto';
import { ErrorCodes, SpError } from './errors';
import { reasonPhrase, type LocalRequest, type LocalResponse } from './types';

/** 400: a batch body that does not parse. */
function invalidBatch(detail: string): SpError {
  return new SpError(400, ErrorCodes.invalidClientQuery, `The batch request is not valid: ${detail}.`);
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return match === null ? undefined : match[1].trim();
}

function parseHeaders(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

function headerOf(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Splits a multipart body on a boundary into the raw text of its parts. */
function splitParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  if (chunks.length < 2) {
    throw invalidBatch('boundary not found');
  }
  const parts: string[] = [];
  // chunks[0] is the preamble; a chunk starting with "--" is the closing delimiter.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) {
      break;
    }
    parts.push(chunk.replace(/^[ \t]*\n/, ''));
  }
  return parts;
}

/** Splits "headers, blank line, rest". */
function headBody(text: string): { head: string[]; rest: string } {
  const end = text.indexOf('\n\n');
  if (end < 0) {
    return { head: text.split('\n').filter((l) => l.trim() !== ''), rest: '' };
  }
  return { head: text.slice(0, end).split('\n'), rest: text.slice(end + 2) };
}

function parseHttpPart(text: string): LocalRequest {
  const { rest } = headBody(text);
  const { head, rest: body } = headBody(rest);
  const [requestLine, ...headerLines] = head;
  const match = /^([A-Z]+)\s+(\S+)\s+HTTP\/\d\.\d\s*$/i.exec(requestLine ?? '');
  if (match === null) {
    throw invalidBatch('a part has no request line');
  }
  const trimmedBody = body.replace(/\s+$/, '');
  return {
    method: match[1].toUpperCase(),
    url: match[2],
    headers: parseHeaders(headerLines),
    body: trimmedBody === '' ? undefined : trimmedBody
  };
}

/** Parses a `$batch` request body into its requests, in order (changesets flattened). */
export function parseBatchRequest(body: string, contentType: string | undefined): LocalRequest[] {
  const boundary = boundaryOf(contentType);
  if (boundary === undefined) {
    throw invalidBatch('no boundary in Content-Type');
  }
  const normalised = body.replace(/\r\n/g, '\n');
  const requests: LocalRequest[] = [];
  for (const part of splitParts(normalised, boundary)) {
    const { head, rest } = headBody(part);
    const partType = headerOf(parseHeaders(head), 'Content-Type') ?? '';
    if (/^multipart\/mixed/i.test(partType)) {
      const changeset = boundaryOf(partType);
      if (changeset === undefined) {
        throw invalidBatch('a changeset has no boundary');
      }
      for (const inner of splitParts(rest, changeset)) {
        requests.push(parseHttpPart(inner));
      }
    } else {
      requests.push(parseHttpPart(part));
    }
  }
  return requests;
}

/** Builds the `multipart/mixed` answer to a batch from its answers, in order. */
export function buildBatchResponse(responses: readonly LocalResponse[], baseHeaders: Record<string, string>): LocalResponse {
  const boundary = `batchresponse_${randomUUID()}`;
  const lines: string[] = [];
  for (const response of responses) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${response.status} ${reasonPhrase(response.status)}`);
    for (const [name, value] of Object.entries(response.headers)) {
      // PnPjs keeps only "name: value" lines without further colons; drop the rest.
      if (!value.includes(':') && !/^(X-SharePointHealthScore|SPClientServiceRequestDuration|X-Content-Type-Options|MicrosoftSharePointTeamServices|Cache-Control)$/i.test(name)) {
        lines.push(`${name === 'Content-Type' ? 'CONTENT-TYPE' : name}: ${value}`);
      }
    }
    lines.push('');
    // The body is one line (JSON.stringify escapes newlines); PnPjs joins body lines anyway.
    if (response.body !== '') {
      lines.push(response.body.replace(/\r?\n/g, ' '));
    }
  }
  lines.push(`--${boundary}--`, '');
  return {
    status: 200,
    headers: { ...baseHeaders, 'Content-Type': `multipart/mixed; boundary=${boundary}` },
    body: lines.join('\n')
  };
}
