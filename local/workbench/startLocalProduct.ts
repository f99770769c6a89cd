/**
 * Everything `npm start` runs, as one function: the file-backed local SharePoint, the demo
 * plans on first start, and the workbench in front of it. The e2e tests call it with free
 * ports and a temporary data directory.
 */
import type { LocalSharePointCore } from '../core';
import { localSpfi } from '../provision';
import { DEFAULT_LOGIN } from '../store/users';
import { seedDemoData, SeedDemoResult } from '../seedDemo';
import { startLocalSharePoint } from '../server';
import { DEFAULT_WORKBENCH_PORT, startWorkbench } from './server';

/** Options of the local product. */
export interface LocalProductOptions {
  /** Workbench port; 0 picks a free one. Default 4321. */
  readonly port?: number;
  /** Local SharePoint port; 0 picks a free one. Default 4322. */
  readonly sharePointPort?: number;
  /** Data directory of the local SharePoint; default `.local-data`. Ignored when `inMemory`. */
  readonly dataDir?: string;
  /** Keep the local SharePoint's data in memory only (tests that insert bulk fixtures through the core). */
  readonly inMemory?: boolean;
  /** Seed the demo plans when the site has none; default true. Without, the site stays empty: no lists at all. */
  readonly demoPlans?: boolean;
  /** Where the local SharePoint reports unexpected errors; default stderr. */
  readonly logger?: (message: string, error: unknown) => void;
  /** Progress notes (Swedish); default none. */
  readonly log?: (message: string) => void;
}

/** The running product. */
export interface LocalProduct {
  /** The workbench page, e.g. `http://localhost:4321/`. */
  readonly workbenchUrl: string;
  /** The Word add-in's local page, e.g. `http://localhost:4321/word`. */
  readonly wordUrl: string;
  /** The local SharePoint site, e.g. `http://127.0.0.1:4322/sites/internkontroll`. */
  readonly siteUrl: string;
  /** What seeding did on this start; undefined when started without the demo plans. */
  readonly seed: SeedDemoResult | undefined;
  /** The core behind the local SharePoint (in-process fixtures and reads). */
  readonly core: LocalSharePointCore;
  /** Milliseconds the workbench bundle took. */
  readonly bundleMs: number;
  /** The demo user the workbench acts as until another is chosen. */
  readonly defaultUser: string;
  /** Closes the workbench, then the local SharePoint and its database. */
  close(): Promise<void>;
}

/** Starts the local SharePoint, seeds it when it has no plans (unless told not to), and starts the workbench. */
export async function startLocalProduct(options: LocalProductOptions = {}): Promise<LocalProduct> {
  const log = options.log ?? ((): void => undefined);
  const sharePoint = await startLocalSharePoint({
    port: options.sharePointPort ?? 4322,
    dataDir: options.dataDir ?? '.local-data',
    inMemory: options.inMemory,
    logger: options.logger
  });
  try {
    let seed: SeedDemoResult | undefined;
    if (options.demoPlans !== false) {
      // Seeding is idempotent: a site that has plans is left as it is.
      log('Kontrollerar listorna och demoplanerna …');
      seed = await seedDemoData(localSpfi(sharePoint.core, 'samordnare', sharePoint.siteUrl));
      log(seed.skipped ? 'Demoplanerna finns redan.' : `Demoplanerna är inlagda (${seed.rows} rader).`);
    }
    const workbench = await startWorkbench({ sharePointOrigin: sharePoint.url, port: options.port ?? DEFAULT_WORKBENCH_PORT, defaultUser: DEFAULT_LOGIN });
    // The workbench's own origin is the only one whose pages may call the local SharePoint directly.
    const port = new URL(workbench.url).port;
    sharePoint.allowOrigin(`http://localhost:${port}`);
    sharePoint.allowOrigin(`http://127.0.0.1:${port}`);
    log(`Arbetsytan är byggd på ${workbench.bundleMs} ms.`);
    return {
      workbenchUrl: workbench.url,
      wordUrl: workbench.wordUrl,
      siteUrl: sharePoint.siteUrl,
      seed,
      core: sharePoint.core,
      bundleMs: workbench.bundleMs,
      defaultUser: DEFAULT_LOGIN,
      close: async () => {
        await workbench.close();
        await sharePoint.close();
      }
    };
  } catch (error) {
    await sharePoint.close();
    throw error;
  }
}
