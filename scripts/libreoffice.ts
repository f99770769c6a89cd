/**
 * LibreOffice (Debian's libreoffice-writer-nogui, headless) and poppler (pdfinfo, pdftoppm,
 * pdftotext) for checking rendered documents: .docx → PDF → page count, text and PNG. Node only;
 * used by the render tests and `npm run render:report-image`. `scripts/test.mjs` installs the
 * tools on a fresh machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The commands the render checks need. */
export const RENDER_TOOLS = ['soffice', 'pdfinfo', 'pdftoppm', 'pdftotext'] as const;

/** True when a command is on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The render tools missing on this machine. */
export function missingRenderTools(): string[] {
  return RENDER_TOOLS.filter((tool) => !hasCommand(tool));
}

/** Runs a command; throws with its output when it fails. */
function run(command: string, args: string[], timeoutMs: number): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} misslyckades (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error}`);
  }
  return result.stdout;
}

/**
 * Converts .docx files to PDF with one headless LibreOffice run (it starts once for all files),
 * in a profile of its own so parallel runs and a desktop LibreOffice never meet. LibreOffice
 * runs in a process group of its own: on timeout the whole group is killed, so no soffice.bin
 * is left behind (killing the `soffice` wrapper alone would orphan it). Resolves with the PDF
 * paths, in the order of the inputs.
 */
export async function convertToPdf(docxFiles: readonly string[], outDir: string, timeoutMs: number = 240000): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'ik-lo-profile-'));
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles];
      const child = spawn('soffice', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => {
        killGroup(child.pid);
        reject(new Error(`LibreOffice blev inte klar på ${timeoutMs / 1000} s / did not finish in ${timeoutMs / 1000} s: ${docxFiles.join(' ')}`));
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        // The wrapper may exit before its soffice.bin; nothing of the group may outlive the run.
        killGroup(child.pid);
        if (code === 0) {
          resolvePromise();
        } else {
          reject(new Error(`soffice ${args.join(' ')} misslyckades (${code ?? signal}): ${output}`));
        }
      });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((file) => {
    const pdf = join(outDir, basename(file).replace(/\.docx$/i, '.pdf'));
    if (!existsSync(pdf)) {
      throw new Error(`LibreOffice skrev ingen PDF för ${file}`);
    }
    return pdf;
  });
}

/** Kills a process group, if any of it is left. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) {
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is gone already.
  }
}

/** What pdfinfo says about a PDF. */
export interface PdfInfo {
  /** Number of pages. */
  pages: number;
  /** Width and height of the first page, in points. */
  width: number;
  height: number;
}

/** Reads page count and page size of a PDF. */
export function pdfInfo(pdf: string): PdfInfo {
  const output = run('pdfinfo', [pdf], 60000);
  const pages = /Pages:\s+(\d+)/.exec(output);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(output);
  if (pages === null || size === null) {
    throw new Error(`pdfinfo kunde inte läsa ${pdf}: ${output}`);
  }
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** The text of each page of a PDF (pdftotext, layout kept), one string per page. */
export function pdfPageTexts(pdf: string): string[] {
  const output = run('pdftotext', ['-layout', pdf, '-'], 60000);
  const pages = output.split('\f');
  return pages[pages.length - 1].trim() === '' ? pages.slice(0, -1) : pages;
}

/** Renders one page of a PDF as PNG at the resolution given; returns the PNG's path. */
export function pdfPageToPng(pdf: string, page: number, outFileWithoutExtension: string, dpi: number = 80): string {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outFileWithoutExtension], 60000);
  return `${outFileWithoutExtension}.png`;
}
