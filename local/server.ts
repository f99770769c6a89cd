/**
 * The HTTP server of the local SharePoint (node:http). It serves the core at
 * `http://<host>:<port>/sites/internkontroll/_api/…`, answers CORS only for the origins it is
 * told to trust (the workbench's own), and keeps `/_local/…` admin calls (faults, reset, the
 * token endpoint) to loopback callers. It listens on loopback only unless `allowRemote` is
 * set, and then warns: the local SharePoint is a development tool, not a server for a network.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { isLoopbackAddress } from './auth';
import { createLocalSharePointCore, DEFAULT_PORT, type BatchFailureMode, type LocalSharePointCore } from './core';
import type { FaultSettings } from './faults';
import type { LocalRequest } from './types';
import type { AddressInfo } from 'node:net';
import { closeServer, listen } from './listen';

/** Options of the server. */
export interface LocalSharePointServerOptions {
  /** TCP port; 0 picks a free one. Default 4322. */
  readonly port?: number;
  /** Directory of the SQLite file; default `.local-data`. Ignored when `inMemory`. */
  readonly dataDir?: string;
  /** Keep the data in memory only (tests). */
  readonly inMemory?: boolean;
  /** Interface to listen on; default 127.0.0.1. Anything but loopback needs `allowRemote`. */
  readonly host?: string;
  /** Allows listening on an interface other than loopback (prints a warning). */
  readonly allowRemote?: boolean;
  /** Origins whose pages may call the server from the browser (CORS), e.g. the workbench's. */
  readonly corsOrigins?: readonly string[];
  /** Where the warning about a non-loopback interface goes; default stderr. */
  readonly warn?: (message: string) => void;
  /** What a `$batch` answers after a part fails; default `continue`. */
  readonly batchFailure?: BatchFailureMode;
  /** Fault injection from the start. */
  readonly faults?: FaultSettings;
  /** Where unexpected errors are reported. */
  readonly logger?: (message: string, error: unknown) => void;
}

/** A running server. */
export interface LocalSharePointServer {
  /** Origin, e.g. `http://127.0.0.1:4322`. */
  readonly url: string;
  /** Site URL, e.g. `http://127.0.0.1:4322/sites/internkontroll`. */
  readonly siteUrl: string;
  /** The core behind the server. */
  readonly core: LocalSharePointCore;
  /** Trusts one more origin for CORS (the workbench, once it knows its port). */
  allowOrigin(origin: string): void;
  /** Stops listening, ends open connections and closes the database. */
  close(): Promise<void>;
}

/** The SQLite file inside a data directory. */
export function databaseFile(dataDir: string): string {
  return join(resolve(dataDir), 'sharepoint.sqlite');
}

/** Largest request body accepted (a big $batch stays well below it). */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Interfaces that are this machine only. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost']);

function corsHeaders(request: IncomingMessage, trusted: ReadonlySet<string>): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined || !trusted.has(origin.toLowerCase())) {
    return {};
  }
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, Content-Type, SPRequestGuid',
    Vary: 'Origin'
  };
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      throw new RangeError('body too large');
    }
    chunks.push(buffer);
  }
  return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

/** Starts the HTTP server. */
export async function startLocalSharePoint(options: LocalSharePointServerOptions = {}): Promise<LocalSharePointServer> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host)) {
    if (options.allowRemote !== true) {
      throw new Error(
        `Den lokala SharePoint lyssnar bara på den här datorn; ${host} kräver --allow-remote. / ` +
          `The local SharePoint listens on loopback only; ${host} needs --allow-remote.`
      );
    }
    (options.warn ?? ((message: string) => process.stderr.write(`${message}\n`)))(
      `VARNING: den lokala SharePoint lyssnar på ${host} och kan nås från nätverket. Den är ett utvecklingsverktyg utan riktig inloggning. / ` +
        `WARNING: the local SharePoint listens on ${host} and can be reached from the network. It is a development tool without real sign-in.`
    );
  }
  const trustedOrigins = new Set((options.corsOrigins ?? []).map((origin) => origin.toLowerCase()));
  let database = ':memory:';
  if (options.inMemory !== true) {
    const dataDir = options.dataDir ?? '.local-data';
    mkdirSync(resolve(dataDir), { recursive: true });
    database = databaseFile(dataDir);
  }
  const logger = options.logger ?? ((message: string, error: unknown): void => console.error(message, error));
  const core = createLocalSharePointCore({ database, faults: options.faults, logger, batchFailure: options.batchFailure });

  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const cors = corsHeaders(request, trustedOrigins);
    if (request.method === 'OPTIONS') {
      if (Object.keys(cors).length === 0) {
        response.writeHead(403, { 'Content-Type': 'text/plain;charset=utf-8' });
        response.end('Ursprunget är inte betrott / origin not trusted');
        return;
      }
      response.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '600'
      });
      response.end();
      return;
    }
    if (/\/_local\//i.test(request.url ?? '') && !isLoopbackAddress(request.socket.remoteAddress ?? '')) {
      response.writeHead(403, { ...cors, 'Content-Type': 'text/plain;charset=utf-8' });
      response.end('Endast lokalt / local only');
      return;
    }
    let body: string | undefined;
    try {
      body = await readBody(request);
    } catch {
      response.writeHead(413, cors);
      response.end();
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) {
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
    }
    const address = server.address() as AddressInfo;
    const authority = request.headers.host ?? `${host}:${address.port}`;
    const localRequest: LocalRequest = {
      method: request.method ?? 'GET',
      url: `http://${authority}${request.url ?? '/'}`,
      headers,
      body,
      clientAddress: request.socket.remoteAddress ?? ''
    };
    const answer = await core.handle(localRequest);
    const payload = Buffer.from(answer.body, 'utf8');
    response.writeHead(answer.status, {
      ...answer.headers,
      ...cors,
      ...(answer.status === 204 ? {} : { 'Content-Length': String(payload.length) })
    });
    response.end(answer.status === 204 ? undefined : payload);
  };

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      // The core answers every failure itself; this only catches transport errors.
      logger('local SharePoint: request failed', error);
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': 'application/json;charset=utf-8' });
      }
      response.end();
    });
  });
  server.keepAliveTimeout = 5000;

  const port = await listen(server, options.port ?? DEFAULT_PORT, host);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed = false;
  return {
    url: origin,
    siteUrl: `${origin}${core.sitePath}`,
    core,
    allowOrigin: (origin: string) => {
      trustedOrigins.add(origin.toLowerCase());
    },
    close: async () => {
      if (closed) {
        return;
      }
      closed = true;
      await closeServer(server);
      core.close();
    }
  };
}
