/**
 * Report paragraphs as docx paragraphs. Text is made safe for XML here (the model keeps text as
 * stored): characters XML 1.0 forbids are removed and lone surrogates become U+FFFD, so any
 * text a user typed still gives a well-formed document. Lists are written as indented
 * paragraphs with their marker as text, not as Word numbering: inserted OOXML keeps them as
 * they are (Word turns inserted bullets into numbers or drops multilevel lists, office-js
 * #604 and #1042), and a refresh never collides with the document's own numbering.
 */
import { Paragraph, Tab, TextRun } from 'docx';
import type { ReportParagraph, ReportRun } from '../model/types';

/** Characters XML 1.0 does not allow (C0 controls but tab, LF, CR; U+FFFE/U+FFFF), and the C1 controls. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** A lone high or low surrogate: in unicode mode a pair is one code point, so only lone halves match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** Text that XML 1.0 accepts: forbidden characters removed, lone surrogates as U+FFFD, tabs and CR as spaces. */
export function xmlSafeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(FORBIDDEN, '')
    .replace(/[\t\r]/g, ' ');
}

/** Formatting applied to every run of a paragraph. */
export interface RunStyle {
  /** Size in half-points. */
  size?: number;
  /** Text colour "rrggbb". */
  colour?: string;
  /** Bold regardless of the run. */
  bold?: boolean;
}

/** docx text runs of a report run; "\n" becomes a line break. */
function runsOf(run: ReportRun, style: RunStyle): TextRun[] {
  return xmlSafeText(run.text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: run.bold === true || style.bold === true ? true : undefined,
          italics: run.italic === true ? true : undefined,
          size: style.size,
          color: style.colour
        })
    );
}

/** Markers of list levels: "•", "◦", "▪". */
const BULLETS = ['•', '◦', '▪'];

/** Indentation of one list level, in twips (0.5 cm). */
const LIST_INDENT = 284;

/** Options of a docx paragraph made from report paragraphs. */
export interface ParagraphOptions {
  /** Run formatting. */
  style: RunStyle;
  /** Space before, in twips; default 0. */
  spacingBefore?: number;
  /** Space after, in twips; default 60 (3 pt). */
  spacingAfter?: number;
  /** Keep with the next paragraph (group headings). */
  keepNext?: boolean;
}

/** A docx paragraph of one report paragraph. */
export function docxParagraph(paragraph: ReportParagraph, options: ParagraphOptions): Paragraph {
  const children: TextRun[] = [];
  let indent: { left: number; hanging: number } | undefined;
  if (paragraph.list !== undefined) {
    const level = Math.max(0, Math.min(paragraph.list.level, 8));
    const marker = paragraph.list.kind === 'number' ? `${paragraph.list.number}.` : BULLETS[level % BULLETS.length];
    children.push(new TextRun({ children: [marker, new Tab()], size: options.style.size, color: options.style.colour }));
    indent = { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT };
  }
  for (const run of paragraph.runs) {
    children.push(...runsOf(run, options.style));
  }
  return new Paragraph({
    children,
    indent,
    keepNext: options.keepNext,
    spacing: { before: options.spacingBefore ?? 0, after: options.spacingAfter ?? 60 }
  });
}

/** docx paragraphs of report paragraphs; at least one (a table cell must hold a paragraph). */
export function docxParagraphs(paragraphs: readonly ReportParagraph[], options: ParagraphOptions): Paragraph[] {
  if (paragraphs.length === 0) {
    return [new Paragraph({ children: [], spacing: { before: 0, after: 0 } })];
  }
  return paragraphs.map((paragraph, i) => docxParagraph(paragraph, { ...options, spacingAfter: i === paragraphs.length - 1 ? 0 : options.spacingAfter }));
}
