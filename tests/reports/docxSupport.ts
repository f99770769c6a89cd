/**
 * Reading .docx files in tests: unzip with jszip, check XML well-formedness with libxml2
 * (xmllint-wasm), and count WordprocessingML elements.
 */
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';

/** The parts of a .docx that the tests read. */
export interface DocxParts {
  /** Names of every part in the package. */
  names: string[];
  /** word/document.xml as text. */
  document: string;
  /** word/document.xml as the bytes stored (what a reader parses). */
  documentBytes: Uint8Array;
  /** Every XML part's bytes, by name. */
  xmlParts: Record<string, Uint8Array>;
}

/** Unzips a .docx. */
export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const xmlParts: Record<string, Uint8Array> = {};
  for (const name of names.filter((item) => /\.(xml|rels)$/.test(item))) {
    xmlParts[name] = await zip.files[name].async('uint8array');
  }
  const documentBytes = xmlParts['word/document.xml'];
  return { names, document: new TextDecoder('utf-8').decode(documentBytes), documentBytes, xmlParts };
}

/** A file name xmllint takes (no slashes, no leading dash). */
function lintName(name: string): string {
  return 'part_' + name.replace(/[^A-Za-z0-9._]/g, '_');
}

/**
 * libxml2's complaints about XML documents given as stored bytes, all parsed in one xmllint
 * run; each complaint starts with its document's name. Empty when all are well-formed.
 */
export async function xmlDocumentsProblems(documents: Record<string, Uint8Array>): Promise<string[]> {
  const names = Object.keys(documents);
  const byLintName = new Map(names.map((name) => [lintName(name), name] as [string, string]));
  const result = await validateXML({
    xml: names.map((name) => ({ fileName: lintName(name), contents: documents[name] })),
    normalization: 'format',
    // Parse only: --noout instead of printing the formatted documents.
    modifyArguments: (args: string[]) => args.map((arg) => (arg === '--format' ? '--noout' : arg)),
    initialMemoryPages: 512,
    maxMemoryPages: 16384
  });
  if (result.valid) {
    return [];
  }
  return result.errors.map((error) => `${error.loc !== null ? byLintName.get(error.loc.fileName) ?? error.loc.fileName : '?'}: ${error.message}`);
}

/** libxml2's complaints about one XML document; empty when well-formed. */
export async function xmlProblems(name: string, bytes: Uint8Array): Promise<string[]> {
  return xmlDocumentsProblems({ [name]: bytes });
}

/** Problems of every XML part of a package, prefixed with the part's name. */
export async function packageXmlProblems(parts: DocxParts): Promise<string[]> {
  return xmlDocumentsProblems(parts.xmlParts);
}

/** How many times a pattern occurs. */
export function count(text: string, pattern: RegExp): number {
  return (text.match(new RegExp(pattern.source, pattern.flags.indexOf('g') >= 0 ? pattern.flags : pattern.flags + 'g')) ?? []).length;
}

/** The `w:tbl` elements of a document (tables are not nested in reports). */
export function tables(document: string): string[] {
  return document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

/** The `w:tr` rows of a table. */
export function rows(table: string): string[] {
  return table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
}

/** The `w:tc` cells of a row. */
export function cells(row: string): string[] {
  return row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
}

/** The visible text of an XML fragment: the w:t contents, unescaped. */
export function text(xml: string): string {
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
    .map((run) => run.replace(/<[^>]+>/g, ''))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
