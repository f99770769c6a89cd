/**
 * Text of the plan as report paragraphs: the rich-text subset (p, strong, em, ul/ol/li, br)
 * and plain text (blank lines between paragraphs). The HTML is sanitised by the model first, so
 * only those tags reach the reader below, without attributes.
 */
import { decodeEntities, sanitizeRichText } from '../../model/richText';
import type { ReportParagraph, ReportRun } from '../model/types';

/** Collapses white space the way HTML shows it. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/** Removes leading and trailing spaces of a paragraph's runs, and empty runs. */
function trimRuns(runs: ReportRun[]): ReportRun[] {
  const kept = runs.filter((run) => run.text !== '');
  if (kept.length === 0) {
    return kept;
  }
  kept[0] = { ...kept[0], text: kept[0].text.replace(/^ +/, '') };
  const last = kept.length - 1;
  kept[last] = { ...kept[last], text: kept[last].text.replace(/ +$/, '') };
  return kept.filter((run) => run.text !== '');
}

/** Adds a run, joining it to the previous one when the formatting is the same. */
function pushRun(runs: ReportRun[], text: string, bold: boolean, italic: boolean): void {
  if (text === '') {
    return;
  }
  const previous = runs[runs.length - 1];
  if (previous !== undefined && !!previous.bold === bold && !!previous.italic === italic) {
    previous.text += text;
    return;
  }
  const run: ReportRun = { text };
  if (bold) {
    run.bold = true;
  }
  if (italic) {
    run.italic = true;
  }
  runs.push(run);
}

/** Paragraphs of rich text (the safe HTML subset). */
export function richTextParagraphs(html: string | undefined): ReportParagraph[] {
  if (html === undefined || html === '') {
    return [];
  }
  const safe = sanitizeRichText(html);
  const paragraphs: ReportParagraph[] = [];
  const lists: Array<{ kind: 'bullet' | 'number'; count: number }> = [];
  let current: ReportParagraph | undefined;
  let bold = 0;
  let italic = 0;
  const finish = (): void => {
    if (current !== undefined) {
      const runs = trimRuns(current.runs.map((run) => ({ ...run, text: run.text.replace(/ ?\n ?/g, '\n') })));
      if (runs.length > 0) {
        paragraphs.push({ ...current, runs });
      }
    }
    current = undefined;
  };
  const open = (): ReportParagraph => {
    if (current === undefined) {
      current = { runs: [] };
    }
    return current;
  };
  const pattern = /<(\/?)([a-z]+)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(safe)) !== null) {
    if (match[3] !== undefined) {
      const text = collapse(decodeEntities(match[3]));
      if (text.trim() !== '' || current !== undefined) {
        pushRun(open().runs, text, bold > 0, italic > 0);
      }
      continue;
    }
    const closing = match[1] === '/';
    switch (match[2]) {
      case 'p':
        finish();
        break;
      case 'br':
        pushRun(open().runs, '\n', bold > 0, italic > 0);
        break;
      case 'strong':
        bold += closing ? -1 : 1;
        break;
      case 'em':
        italic += closing ? -1 : 1;
        break;
      case 'ul':
      case 'ol':
        finish();
        if (closing) {
          lists.pop();
        } else {
          lists.push({ kind: match[2] === 'ol' ? 'number' : 'bullet', count: 0 });
        }
        break;
      case 'li':
        finish();
        if (!closing && lists.length > 0) {
          const list = lists[lists.length - 1];
          list.count++;
          current = { runs: [], list: { kind: list.kind, level: lists.length - 1, number: list.count } };
        }
        break;
      default:
        break;
    }
  }
  finish();
  return paragraphs;
}

/** Paragraphs of plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
export function plainTextParagraphs(text: string | undefined): ReportParagraph[] {
  if (text === undefined) {
    return [];
  }
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim())
    .filter((block) => block !== '')
    .map((block) => ({ runs: [{ text: block }] }));
}

/** The plain text of paragraphs (list items with "• " or "1. "), one paragraph per line; for tests, sorting and comparison. */
export function paragraphsText(paragraphs: readonly ReportParagraph[]): string {
  return paragraphs
    .map((paragraph) => {
      const marker = paragraph.list === undefined ? '' : paragraph.list.kind === 'bullet' ? '• ' : `${paragraph.list.number}. `;
      return marker + paragraph.runs.map((run) => run.text).join('');
    })
    .join('\n');
}
