/**
 * The local workbench: serves the page that hosts the App against the local SharePoint, the
 * esbuild bundle of src/workbench/main.tsx (built once at start; also at
 * `/teams?theme=…&entity=…&subEntityId=…`, the app as Teams' personal app shows it), the Word
 * add-in's local page (`/word`: the task pane beside a stand-in document, bundle of
 * src/word/local/main.tsx), and proxies /sites/internkontroll/* and the Graph subset
 * (/_graph/…) to the local SharePoint so the page and its data are same-origin (the
 * `local-user` cookie then goes with every request).
 *
 * The local SharePoint answers a request that names no user with 401. The workbench is where
 * the demo's default user lives: the page sets the `local-user` cookie to `defaultUser` when the
 * browser has none, and the proxy adds it to a request that names nobody (`npm start` prints
 * this in its banner).
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { closeServer, listen } from '../listen';

/** Options of the workbench server. */
export interface WorkbenchServerOptions {
  /** Origin of the local SharePoint, e.g. `http://127.0.0.1:4322`. */
  readonly sharePointOrigin: string;
  /** TCP port; 0 picks a free one. Default 4321. */
  readonly port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** Repository root (where src/workbench lives); default the folder above local/. */
  readonly root?: string;
  /** The demo user a browser without a `local-user` cookie acts as; default `samordnare`. */
  readonly defaultUser?: string;
}

/** A running workbench. */
export interface WorkbenchServer {
  /** The page, e.g. `http://localhost:4321/`. */
  readonly url: string;
  /** The Word add-in's local page, e.g. `http://localhost:4321/word`. */
  readonly wordUrl: string;
  /** Milliseconds the bundles took to build (built side by side). */
  readonly bundleMs: number;
  /** Size of the workbench bundle in bytes. */
  readonly bundleBytes: number;
  /** Size of the Word page's bundle in bytes. */
  readonly wordBundleBytes: number;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/** Default port of the workbench. */
export const DEFAULT_WORKBENCH_PORT = 4321;

/** The path the local SharePoint's site lives under; proxied as it is. */
const SITE_PREFIX = '/sites/internkontroll';

/** The local SharePoint's loopback-only token endpoint, passed on for the page's own origin. */
const TOKEN_PATH = '/_local/token';

/** The local SharePoint's Graph subset (notifications), passed on for the page's own origin. */
const GRAPH_PREFIX = '/_graph/';

/** The page. Fonts are the machine's own: there is no internet to fetch Fluent's web fonts from. */
function pageHtml(title: string = 'Internkontroll – lokal arbetsyta', script: string = '/app.js'): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<style>
  html, body { margin: 0; padding: 0; background: #f5f5f4; color: #201f1e;
    font-family: 'Segoe UI', system-ui, -apple-system, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;
    -webkit-font-smoothing: antialiased; }
  #root:empty::before { content: 'Laddar …'; display: block; padding: 24px; }
</style>
</head>
<body>
<div id="root"></div>
<noscript>Internkontroll behöver JavaScript.</noscript>
<script src="${script}"></script>
</body>
</html>
`;
}

/** Builds the browser bundle of an entry (default: the workbench's). */
async function bundle(root: string, entry: string = 'src/workbench/main.tsx'): Promise<{ code: string; ms: number }> {
  const started = Date.now();
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2019'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  return { code: result.outputFiles[0].text, ms: Date.now() - started };
}

/** Whether a request names a user: a bearer token, X-Local-User or the `local-user` cookie. */
function namesUser(request: IncomingMessage): boolean {
  return (
    request.headers.authorization !== undefined ||
    request.headers['x-local-user'] !== undefined ||
    /(?:^|;\s*)local-user=/.test(request.headers.cookie ?? '')
  );
}

/**
 * Forwards a request to the local SharePoint (Host and cookies included); a request that names
 * no user gets the default demo user's cookie.
 */
function proxy(request: IncomingMessage, response: ServerResponse, target: URL, defaultUser: string): void {
  const headers = { ...request.headers };
  if (!namesUser(request)) {
    const cookie = `local-user=${encodeURIComponent(defaultUser)}`;
    headers.cookie = headers.cookie === undefined || headers.cookie === '' ? cookie : `${headers.cookie}; ${cookie}`;
  }
  const upstream = httpRequest(
    {
      hostname: target.hostname,
      port: target.port,
      method: request.method,
      path: request.url,
      // The browser's Host is kept so the URLs SharePoint writes into its answers (next-page
      // links, odata.id) point back at the workbench's origin, not at the other port.
      headers
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    }
  );
  upstream.on('error', () => {
    if (!response.headersSent) {
      response.writeHead(502, { 'Content-Type': 'text/plain;charset=utf-8' });
    }
    response.end('Den lokala SharePoint svarar inte. / The local SharePoint does not answer.');
  });
  request.pipe(upstream);
}

/** Starts the workbench. */
export async function startWorkbench(options: WorkbenchServerOptions): Promise<WorkbenchServer> {
  const root = options.root ?? resolve(__dirname, '..', '..');
  const host = options.host ?? '127.0.0.1';
  const target = new URL(options.sharePointOrigin);
  const defaultUser = options.defaultUser ?? 'samordnare';
  const started = Date.now();
  const [built, wordBuilt] = await Promise.all([bundle(root), bundle(root, 'src/word/local/main.tsx')]);
  const script = Buffer.from(built.code, 'utf8');
  const page = Buffer.from(pageHtml(), 'utf8');
  const wordScript = Buffer.from(wordBuilt.code, 'utf8');
  const wordPage = Buffer.from(pageHtml('Internkontroll – Word-tillägget lokalt', '/word.js'), 'utf8');
  const bundleMs = Date.now() - started;

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    // The site, and the local SharePoint's token endpoint for the Word task pane's sign-in.
    if (path === SITE_PREFIX || path.indexOf(SITE_PREFIX + '/') === 0 || path.indexOf(GRAPH_PREFIX) === 0 || (path === TOKEN_PATH && request.method === 'POST')) {
      proxy(request, response, target, defaultUser);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    // `/teams` is the same page as Teams would host it: the bundle reads the simulated Teams
    // context (theme, entity, subEntityId) from the address.
    if (path === '/' || path === '/index.html' || path === '/teams' || path === '/teams/') {
      const cookie = /(?:^|;\s*)local-user=/.test(request.headers.cookie ?? '')
        ? {}
        : { 'Set-Cookie': `local-user=${encodeURIComponent(defaultUser)}; Path=/; SameSite=Lax` };
      response.writeHead(200, { 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': String(page.length), 'Cache-Control': 'no-store', ...cookie });
      response.end(request.method === 'HEAD' ? undefined : page);
      return;
    }
    if (path === '/word' || path === '/word/') {
      response.writeHead(200, { 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': String(wordPage.length), 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : wordPage);
      return;
    }
    if (path === '/app.js' || path === '/word.js') {
      const body = path === '/app.js' ? script : wordScript;
      response.writeHead(200, {
        'Content-Type': 'text/javascript;charset=utf-8',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store'
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain;charset=utf-8' });
    response.end('Hittades inte / Not found');
  });
  server.keepAliveTimeout = 5000;

  const port = await listen(server, options.port ?? DEFAULT_WORKBENCH_PORT, host);
  let closed = false;
  return {
    url: `http://localhost:${port}/`,
    wordUrl: `http://localhost:${port}/word`,
    bundleMs,
    bundleBytes: script.length,
    wordBundleBytes: wordScript.length,
    close: async () => {
      if (closed) {
        return;
      }
      closed = true;
      await closeServer(server);
    }
  };
}
