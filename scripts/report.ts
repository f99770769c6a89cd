/**
 * `npm run report -- --plan <plan key or id> --period <period key> --shape <shape id or .json>
 * [--out file.docx] [--data <dir> | --site <url> | --demo] [--layout bilaga|fragment]
 * [--summary | --no-summary] [--date YYYY-MM-DD] [--handlaggare <text>]`
 *
 * Writes a follow-up report as .docx, for scripted and batch use. A thin shell: it reads the
 * plan through the product's data service — from the local SharePoint's data folder in-process
 * (default `.local-data/`, or `--data`), from a SharePoint site (`--site`, token in
 * `SP_ACCESS_TOKEN`), or from the demo plans in memory (`--demo`) — and hands it to
 * `buildReport` and `renderReportDocx`. An unknown plan, period or shape, or bad arguments:
 * a Swedish message (English second), exit code 2, and no file written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BearerToken, BrowserFetch } from '@pnp/queryable';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import type { IInternkontrollService, PlanSummary } from '../src/data/InternkontrollService';
import { createInternkontrollService } from '../src/data/PnpInternkontrollService';
import { BUILT_IN_SHAPE_IDS, buildReport, parseReportShape, renderReportDocx, ReportError, ReportShape, requireReportShape } from '../src/reports';
import { createLocalSharePointCore, databaseFile, DEFAULT_SITE_URL, LocalSharePoint, LocalSharePointCore, provisionLocalSharePoint } from '../local';
import { seedDemoData } from '../local/seedDemo';

/** A refusal the user can fix: message, exit code 2, no file. */
class UsageError extends Error {
  public constructor(
    message: string,
    public readonly messageEn: string
  ) {
    super(message);
  }
}

const USAGE =
  'Användning / Usage: npm run report -- --plan <plannyckel eller id> --period <periodnyckel> --shape <rapportformens id eller sökväg till .json> ' +
  '[--out fil.docx] [--data <mapp> | --site <url> | --demo] [--layout bilaga|fragment] [--summary | --no-summary] [--date ÅÅÅÅ-MM-DD] [--handlaggare <text>]';

/** Options that take a value, and flags. */
const VALUE_OPTIONS = ['plan', 'period', 'shape', 'out', 'data', 'site', 'layout', 'date', 'handlaggare'];
const FLAGS = ['demo', 'summary', 'no-summary', 'help'];

/** Parses `--name value` and `--flag` arguments. */
function parseArguments(args: readonly string[]): Record<string, string | true> {
  const parsed: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, '');
    if (!args[i].startsWith('--') || (VALUE_OPTIONS.indexOf(name) < 0 && FLAGS.indexOf(name) < 0)) {
      throw new UsageError(`Okänt argument "${args[i]}". ${USAGE}`, `Unknown argument "${args[i]}".`);
    }
    if (FLAGS.indexOf(name) >= 0) {
      parsed[name] = true;
      continue;
    }
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new UsageError(`--${name} saknar värde. ${USAGE}`, `--${name} has no value.`);
    }
    parsed[name] = value;
    i++;
  }
  return parsed;
}

/** The shape: a built-in id, or a .json file validated like any shape. */
function loadShape(value: string): ReportShape {
  const isFile = /\.json$/i.test(value) || value.indexOf('/') >= 0 || value.indexOf('\\') >= 0;
  if (!isFile) {
    return requireReportShape(value);
  }
  const path = resolve(value);
  if (!existsSync(path)) {
    throw new UsageError(`Rapportformen "${value}" finns inte (${path}).`, `The report shape file "${value}" does not exist (${path}).`);
  }
  const parsed = parseReportShape(readFileSync(path, 'utf8'), { takenIds: BUILT_IN_SHAPE_IDS });
  if (parsed.shape === undefined) {
    throw new UsageError(
      `Rapportformen i "${value}" är ogiltig:\n${parsed.issues.map((issue) => `  ${issue.message}`).join('\n')}`,
      `The report shape in "${value}" is invalid:\n${parsed.issues.map((issue) => `  ${issue.messageEn}`).join('\n')}`
    );
  }
  return parsed.shape;
}

/** Where the plan is read from, and how to let go of it. */
interface Source {
  service: IInternkontrollService;
  /** Where, in Swedish and English. */
  describe: { sv: string; en: string };
  close(): void;
}

/** Opens the data source the arguments name. */
async function openSource(options: Record<string, string | true>): Promise<Source> {
  if (typeof options.site === 'string') {
    const token = process.env.SP_ACCESS_TOKEN;
    if (token === undefined || token === '') {
      throw new UsageError('--site kräver en åtkomsttoken i SP_ACCESS_TOKEN (se docs/real-sharepoint.md).', '--site needs an access token in SP_ACCESS_TOKEN (see docs/real-sharepoint.md).');
    }
    const url = options.site.replace(/\/+$/, '');
    // BrowserFetch (no retry of its own): the service retries reads itself, as in the hosts.
    const sp: SPFI = spfi(url).using(SPBrowser({ baseUrl: url }), BrowserFetch(), BearerToken(token));
    return { service: createInternkontrollService(sp), describe: { sv: url, en: url }, close: () => undefined };
  }
  let core: LocalSharePointCore;
  let describe: { sv: string; en: string };
  if (options.demo === true) {
    core = createLocalSharePointCore({ logger: () => undefined });
    await provisionLocalSharePoint(core);
    await seedDemoData(localSp(core));
    describe = { sv: 'demoplanerna i minnet', en: 'the demo plans in memory' };
  } else {
    const dir = resolve(typeof options.data === 'string' ? options.data : process.env.LOCAL_DATA_DIR || '.local-data');
    const file = databaseFile(dir);
    if (!existsSync(file)) {
      throw new UsageError(
        `Ingen lokal data i ${dir}: kör "npm start" en gång (den lägger in demoplanerna), ange --data <mapp>, --site <url> eller --demo.`,
        `No local data in ${dir}: run "npm start" once (it adds the demo plans), or give --data <dir>, --site <url> or --demo.`
      );
    }
    core = createLocalSharePointCore({ database: file, logger: () => undefined });
    describe = { sv: dir, en: dir };
  }
  return { service: createInternkontrollService(localSp(core)), describe, close: () => core.close() };
}

/** PnPjs in-process on a local core; the service does its own retrying. */
function localSp(core: LocalSharePointCore): SPFI {
  return spfi(DEFAULT_SITE_URL).using(SPBrowser({ baseUrl: DEFAULT_SITE_URL }), LocalSharePoint(core, { user: 'samordnare', retries: 1 }));
}

/** The plan with the key or id. */
function findPlan(plans: PlanSummary[], value: string, source: { sv: string; en: string }): PlanSummary {
  const byKey = plans.filter((plan) => plan.key === value)[0];
  const byId = /^\d+$/.test(value) ? plans.filter((plan) => plan.id === Number(value))[0] : undefined;
  const plan = byKey ?? byId;
  if (plan === undefined) {
    const known = plans.map((item) => `${item.key} (id ${item.id}: ${item.namnd} ${item.ar})`).join(', ') || 'inga';
    throw new UsageError(`Okänd plan "${value}" (${source.sv}). Planer: ${known}.`, `Unknown plan "${value}" (${source.en}). Plans: ${known}.`);
  }
  return plan;
}

/** Runs the command; returns the exit code. */
async function main(args: readonly string[]): Promise<number> {
  const options = parseArguments(args);
  if (options.help === true) {
    console.log(USAGE);
    return 0;
  }
  for (const required of ['plan', 'period', 'shape']) {
    if (typeof options[required] !== 'string') {
      throw new UsageError(`--${required} saknas. ${USAGE}`, `--${required} is missing.`);
    }
  }
  const layout = typeof options.layout === 'string' ? options.layout : 'bilaga';
  if (layout !== 'bilaga' && layout !== 'fragment') {
    throw new UsageError(`Okänd layout "${String(layout)}": välj bilaga eller fragment.`, `Unknown layout "${String(layout)}": choose bilaga or fragment.`);
  }
  if (typeof options.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw new UsageError(`Ogiltigt datum "${options.date}": skriv ÅÅÅÅ-MM-DD.`, `Invalid date "${options.date}": write YYYY-MM-DD.`);
  }
  const shape = loadShape(options.shape as string);
  const source = await openSource(options);
  try {
    const plan = findPlan(await source.service.listPlans(), options.plan as string, source.describe);
    const view = await source.service.loadPlanView(plan.id);
    const report = buildReport(view, options.period as string, shape, { datum: typeof options.date === 'string' ? options.date : undefined });
    const bytes = await renderReportDocx(report, {
      layout,
      includeSummary: options.summary === true ? true : options['no-summary'] === true ? false : undefined,
      handlaggare: typeof options.handlaggare === 'string' ? options.handlaggare : undefined
    });
    const out = resolve(typeof options.out === 'string' ? options.out : `${plan.key}-${report.period.key}-${shape.id}.docx`);
    writeFileSync(out, bytes);
    const rows = report.tables.reduce((sum, table) => sum + table.dataRowCount, 0);
    const tables = report.tables.length === 1 ? '1 tabell' : `${report.tables.length} tabeller`;
    console.log(`Skrev ${out}: ${report.title}, ${tables}, ${rows} ${rows === 1 ? 'rad' : 'rader'}, ${bytes.length} byte.`);
    return 0;
  } finally {
    source.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ReportError) {
      console.error(`${error.message}\n${error.messageEn}`);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    const english = error instanceof Error && typeof (error as { messageEn?: unknown }).messageEn === 'string' ? (error as unknown as { messageEn: string }).messageEn : '';
    console.error(`Rapporten kunde inte skrivas: ${message}${english !== '' ? `\nThe report could not be written: ${english}` : ''}`);
    process.exit(1);
  }
);
