/**
 * `renderReportDocx`: a report model as a .docx, in one of two layouts:
 * - `bilaga`: the report as an attachment to the tjänsteskrivelse — "Bilaga 1", nämnd, plan,
 *   period, diarienummer and date above the summary and the tables, in a landscape section when
 *   the report is wide (what "Exportera till Word" offers);
 * - `fragment`: only the tables with their headings and, on request, the summary paragraph
 *   (what the Word add-in inserts at the cursor; its section properties are not inserted).
 * Runs in the browser and in Node: the docx package zips to a Uint8Array without Node APIs.
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TextRun } from 'docx';
import type { ReportModel } from '../model/types';
import { docxTableBody } from './tables';
import { docxParagraph, xmlSafeText } from './text';

/** Layout of the document. */
export type ReportDocxLayout = 'bilaga' | 'fragment';

/** Options of `renderReportDocx`. */
export interface RenderReportDocxOptions {
  /** "bilaga" (with the title block) or "fragment" (tables and, on request, the summary). */
  layout: ReportDocxLayout;
  /** Include the summary paragraph; default true for a bilaga, false for a fragment. */
  includeSummary?: boolean;
  /** Include the tables; default true (false with `includeSummary` gives the summary paragraph alone). */
  includeTables?: boolean;
  /** The bilaga's number ("Bilaga 1"); default 1. */
  bilagaNummer?: number | string;
  /** The handläggare named in the bilaga's title block, e.g. "Handläggare". */
  handlaggare?: string;
  /**
   * Width the tables fill, in twips. Default for a bilaga: the A4 text width of the report's
   * orientation (9 638 portrait, 14 570 landscape, with 2 cm margins). Default for a fragment:
   * the portrait width, since it goes into a tjänsteskrivelse whose page is not known here and
   * is upright in practice; the Word add-in passes the width of the section it inserts into
   * when it knows it.
   */
  textWidthTwips?: number;
  /**
   * The approval state in a line, e.g. "Godkänd 2024-09-10 av Förvaltningsdirektör
   * (kontrollsumma 05ea383f9ef6)" (`approvalLine` in src/approvals), shown as "Godkännande: …".
   * A bilaga shows it in the title block; a fragment under its tables (the Word add-in's
   * blocks, so the line travels with the table it vouches for); absent: no line.
   */
  approvalLine?: string;
}

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Page margins in twips (2 cm). */
export const PAGE_MARGIN = 1134;

/** The text width of an A4 page with the report's margins. */
export function textWidthTwips(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - 2 * PAGE_MARGIN;
}

/** A plain paragraph of text. */
function plain(text: string, options: { bold?: boolean; size?: number; after?: number; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; outline?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: options.heading,
    keepNext: options.keepNext,
    outlineLevel: options.outline,
    spacing: { before: 0, after: options.after ?? 120 },
    children: [new TextRun({ text: xmlSafeText(text), bold: options.bold, size: options.size })]
  });
}

/** "Etikett: värde", the label in bold. */
function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 40 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: xmlSafeText(value) })]
  });
}

/** The bilaga's title block: nämnd, plan, period, diarienummer, date. */
function titleBlock(report: ReportModel, options: RenderReportDocxOptions): Paragraph[] {
  const block: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 0, after: 120 },
      children: [new TextRun({ text: xmlSafeText(`Bilaga ${options.bilagaNummer ?? 1}`), bold: true })]
    })
  ];
  if (report.plan.forvaltning !== undefined) {
    block.push(labelled('Förvaltning', report.plan.forvaltning));
  }
  block.push(labelled('Nämnd', report.plan.namnd));
  block.push(labelled('Plan', `Internkontrollplan ${report.plan.ar}`));
  block.push(labelled('Period', `${report.period.label} ${report.plan.ar} (${report.period.startText} – ${report.period.endText})`));
  if (report.plan.diarienummer !== undefined && report.plan.diarienummer !== '') {
    block.push(labelled('Diarienummer', report.plan.diarienummer));
  }
  block.push(labelled('Datum', report.dateText));
  if (options.approvalLine !== undefined && options.approvalLine !== '') {
    block.push(labelled('Godkännande', options.approvalLine));
  }
  if (options.handlaggare !== undefined && options.handlaggare !== '') {
    block.push(labelled('Handläggare', options.handlaggare));
  }
  block.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  block.push(plain(report.title, { heading: HeadingLevel.HEADING_1, after: 200 }));
  return block;
}

/** The document body: title block (bilaga), summary, then each table with its heading and text. */
function body(report: ReportModel, options: RenderReportDocxOptions): Array<Paragraph | Table> {
  const bilaga = options.layout === 'bilaga';
  const children: Array<Paragraph | Table> = bilaga ? titleBlock(report, options) : [];
  const includeSummary = options.includeSummary ?? bilaga;
  if (includeSummary && report.summary.text !== '') {
    children.push(plain(report.summary.text, { after: 200 }));
  }
  if (options.includeTables === false) {
    return children;
  }
  appendTables(children, report, options);
  if (!bilaga && options.approvalLine !== undefined && options.approvalLine !== '') {
    children.push(labelled('Godkännande', options.approvalLine));
  }
  return children;
}

/** Each table with its heading and introduction, and a paragraph after it. */
function appendTables(children: Array<Paragraph | Table>, report: ReportModel, options: RenderReportDocxOptions): void {
  const bilaga = options.layout === 'bilaga';
  const width = options.textWidthTwips ?? textWidthTwips(pageOrientation(report, options));
  for (const table of report.tables) {
    if (table.heading !== undefined && table.heading !== '') {
      // A bilaga uses the heading style; a fragment keeps the document's own styles and carries
      // the outline level directly (localised Word stores style ids such as "Rubrik2").
      children.push(
        bilaga
          ? plain(table.heading, { heading: HeadingLevel.HEADING_2, after: 120, keepNext: true })
          : plain(table.heading, { bold: true, size: 24, outline: 1, after: 120, keepNext: true })
      );
    }
    for (const paragraph of table.intro) {
      children.push(docxParagraph(paragraph, { style: {}, spacingAfter: 120, keepNext: true }));
    }
    children.push(...docxTableBody(table, width));
    // Word joins tables that touch; an empty paragraph keeps the next report table apart.
    children.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
  }
}

/** The page of the document: the report's orientation for a bilaga, upright for a fragment (see `textWidthTwips`). */
function pageOrientation(report: ReportModel, options: RenderReportDocxOptions): 'portrait' | 'landscape' {
  return options.layout === 'bilaga' ? report.orientation : 'portrait';
}

/** The report as .docx bytes. */
export async function renderReportDocx(report: ReportModel, options: RenderReportDocxOptions): Promise<Uint8Array> {
  const landscape = pageOrientation(report, options) === 'landscape';
  const document = new Document({
    creator: 'Internkontroll',
    title: xmlSafeText(report.title),
    description: xmlSafeText(`${report.shapeName}: ${report.plan.namnd} ${report.plan.ar}, ${report.period.label}`),
    styles: {
      default: {
        document: { run: { font: options.layout === 'bilaga' ? 'Arial' : undefined, size: 20, language: { value: 'sv-SE' } } }
      }
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN }
          }
        },
        children: body(report, options)
      }
    ]
  });
  return Packer.pack(document, 'uint8array');
}
