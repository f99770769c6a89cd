/**
 * The local stand-in for Word: a `WordDocumentPort` over a .docx held in the browser. It does to
 * `word/document.xml` what Word does with the same calls — a Flat OPC package's body goes in at
 * the cursor, a tagged block's content is replaced in place, the add-in's settings are kept by
 * key — so the task pane can be used, and tested, without Word. Round trips are counted as
 * Word would make them. Styles of inserted packages join the document's (the document's own
 * definition wins, as in Word); numbering and images of inserted packages are not merged (the
 * report renderer uses neither).
 */
import JSZip from 'jszip';

import { isOurTag } from '../blocks/records';
import type { BlockToInsert, DocumentBlocks, RefreshChanges, SelectionContext, WordDocumentPort } from '../document/WordDocumentPort';
import { visibleText, WORDML_NAMESPACE } from '../ooxml/xmlText';

const W = WORDML_NAMESPACE;

/** A place the cursor can be put, for the page's cursor picker. */
export interface CursorPosition {
  /** Index of the body element. */
  readonly index: number;
  /** What a person sees there, e.g. `Stycke: "Ärendet"`. */
  readonly label: string;
}

function textOf(element: Element): string {
  return visibleText(new XMLSerializer().serializeToString(element)).replace(/\s+/g, ' ').trim();
}

function shorten(text: string, length: number = 48): string {
  return text.length <= length ? text : text.slice(0, length - 1) + '…';
}

function tagOfSdt(sdt: Element): string | undefined {
  const tag = sdt.getElementsByTagNameNS(W, 'sdtPr')[0]?.getElementsByTagNameNS(W, 'tag')[0];
  return tag ? tag.getAttributeNS(W, 'val') ?? tag.getAttribute('w:val') ?? undefined : undefined;
}

function sdtContent(sdt: Element): Element | undefined {
  return Array.from(sdt.children).filter((child) => child.localName === 'sdtContent' && child.namespaceURI === W)[0];
}

/** The main part and styles of a Flat OPC package, parsed. */
function parsePackage(flatOpc: string): { body: Element; styles?: Element } {
  const doc = new DOMParser().parseFromString(flatOpc, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('OOXML-paketet är inte välformat. / The OOXML package is not well formed.');
  }
  const parts = Array.from(doc.getElementsByTagNameNS('http://schemas.microsoft.com/office/2006/xmlPackage', 'part'));
  const part = (name: string): Element | undefined => {
    const found = parts.filter((p) => p.getAttributeNS('http://schemas.microsoft.com/office/2006/xmlPackage', 'name') === name || p.getAttribute('pkg:name') === name)[0];
    return found ? (found.getElementsByTagNameNS('http://schemas.microsoft.com/office/2006/xmlPackage', 'xmlData')[0]?.firstElementChild ?? undefined) : undefined;
  };
  const main = part('/word/document.xml');
  const body = main ? main.getElementsByTagNameNS(W, 'body')[0] : undefined;
  if (!body) {
    throw new Error('OOXML-paketet saknar /word/document.xml. / The package has no main part.');
  }
  return { body, styles: part('/word/styles.xml') };
}

/** The stand-in document. */
export class LocalWordDocument implements WordDocumentPort {
  /** Round trips Word would have made so far. */
  public syncs: number = 0;
  private readonly _zip: JSZip;
  private readonly _document: Document;
  private readonly _styles: Document | undefined;
  private readonly _settings: Map<string, unknown> = new Map();
  private readonly _listeners: Set<() => void> = new Set();
  private _cursor: number = 0;

  private constructor(zip: JSZip, document: Document, styles: Document | undefined) {
    this._zip = zip;
    this._document = document;
    this._styles = styles;
    this._cursor = Math.max(0, this._blocks().length - 1);
  }

  /** Opens a .docx. */
  public static async open(docx: Uint8Array): Promise<LocalWordDocument> {
    const zip = await JSZip.loadAsync(docx);
    const parser = new DOMParser();
    const main = await zip.file('word/document.xml')?.async('string');
    if (main === undefined) {
      throw new Error('Dokumentet saknar word/document.xml. / The document has no main part.');
    }
    const styles = await zip.file('word/styles.xml')?.async('string');
    return new LocalWordDocument(zip, parser.parseFromString(main, 'application/xml'), styles !== undefined ? parser.parseFromString(styles, 'application/xml') : undefined);
  }

  /** Called after every change to the document. */
  public onChange(listener: () => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  private _changed(): void {
    this._listeners.forEach((listener) => listener());
  }

  private _body(): Element {
    return this._document.getElementsByTagNameNS(W, 'body')[0];
  }

  /** The body's elements, without the final section properties. */
  private _blocks(): Element[] {
    return Array.from(this._body().children).filter((child) => child.localName !== 'sectPr');
  }

  /** Where the cursor can be put. */
  public positions(): CursorPosition[] {
    return this._blocks().map((element, index) => {
      if (element.localName === 'tbl') {
        return { index, label: `Tabell: "${shorten(textOf(element))}"` };
      }
      if (element.localName === 'sdt') {
        const tag = tagOfSdt(element);
        const alias = element.getElementsByTagNameNS(W, 'alias')[0];
        const title = alias ? alias.getAttributeNS(W, 'val') ?? alias.getAttribute('w:val') : tag;
        return { index, label: `${isOurTag(tag) ? 'Infogat block' : 'Innehållskontroll'}: ${shorten(title ?? '')}` };
      }
      const text = textOf(element);
      return { index, label: text ? `Stycke: "${shorten(text)}"` : 'Tomt stycke' };
    });
  }

  /** The cursor's body index. */
  public get cursor(): number {
    return this._cursor;
  }

  /** Moves the cursor to a body element (the end of it). The document itself does not change. */
  public setCursor(index: number): void {
    this._cursor = Math.max(0, Math.min(index, this._blocks().length - 1));
  }

  public async inspectSelection(): Promise<SelectionContext> {
    this.syncs++;
    const element = this._blocks()[this._cursor];
    if (!element) {
      return { insideTable: false, isEmpty: true };
    }
    const tag = element.localName === 'sdt' ? tagOfSdt(element) : undefined;
    const insideTable = element.localName === 'tbl' || (element.localName === 'sdt' && element.getElementsByTagNameNS(W, 'tbl').length > 0);
    return { insideTable, insideBlockTag: isOurTag(tag) ? tag : undefined, isEmpty: true, textWidthTwips: this.textWidthTwips() };
  }

  /** Page width less the left and right margins of the document's (final) section, in twips; undefined without one. */
  public textWidthTwips(): number | undefined {
    const sectPr = Array.from(this._body().children).filter((child) => child.localName === 'sectPr')[0];
    const size = sectPr?.getElementsByTagNameNS(W, 'pgSz')[0];
    const margin = sectPr?.getElementsByTagNameNS(W, 'pgMar')[0];
    if (!size || !margin) {
      return undefined;
    }
    const twips = (element: Element, name: string): number => Number(element.getAttributeNS(W, name) ?? element.getAttribute(`w:${name}`));
    const width = twips(size, 'w') - twips(margin, 'left') - twips(margin, 'right');
    return Number.isFinite(width) && width > 0 ? width : undefined;
  }

  public async insertBlock(block: BlockToInsert, selection: SelectionContext): Promise<void> {
    this.syncs++;
    const { body, styles } = parsePackage(block.flatOpc);
    const at = this._blocks()[this._cursor];
    const imported = Array.from(body.children).map((child) => this._document.importNode(child, true));
    const reference = at ? at.nextSibling : null;
    // A bare cursor on an empty paragraph takes the block in its place, as Word's Replace does.
    const replace = at && at.localName === 'p' && textOf(at) === '' && selection.isEmpty;
    for (const node of imported) {
      this._body().insertBefore(node, reference);
    }
    // Word keeps a paragraph after a block; the cursor goes there.
    const after = this._document.createElementNS(W, 'w:p');
    this._body().insertBefore(after, reference);
    if (replace) {
      this._body().removeChild(at);
    }
    this._mergeStyles(styles);
    this._settings.set(block.tag, JSON.stringify(block.record));
    this._cursor = this._blocks().indexOf(after);
    this._changed();
  }

  private _tagged(): { sdts: Element[]; found: DocumentBlocks } {
    const sdts = Array.from(this._body().getElementsByTagNameNS(W, 'sdt')).filter((sdt) => isOurTag(tagOfSdt(sdt)));
    const blocks = sdts.map((sdt) => ({ tag: tagOfSdt(sdt) as string, text: visibleText(new XMLSerializer().serializeToString(sdtContent(sdt) ?? sdt)) }));
    const records: Record<string, unknown> = {};
    this._settings.forEach((value, key) => {
      records[key] = value;
    });
    return { sdts, found: { blocks, records } };
  }

  public async readBlocks(): Promise<DocumentBlocks> {
    this.syncs++;
    return this._tagged().found;
  }

  public async refreshBlocks(decide: (found: DocumentBlocks) => Promise<RefreshChanges>): Promise<void> {
    this.syncs++;
    const { sdts, found } = this._tagged();
    const changes = await decide(found);
    if (changes.replace.length === 0 && changes.forget.length === 0) {
      return;
    }
    this.syncs++;
    for (const replacement of changes.replace) {
      const { body, styles } = parsePackage(replacement.flatOpc);
      for (const sdt of sdts.filter((s) => tagOfSdt(s) === replacement.tag)) {
        const content = sdtContent(sdt);
        if (!content) {
          continue;
        }
        while (content.firstChild) {
          content.removeChild(content.firstChild);
        }
        Array.from(body.children).forEach((child) => content.appendChild(this._document.importNode(child, true)));
      }
      this._mergeStyles(styles);
      this._settings.set(replacement.tag, JSON.stringify(replacement.record));
    }
    changes.forget.forEach((key) => this._settings.delete(key));
    this._changed();
  }

  /** A hand edit, as a person would make in Word: words added to the first cell or paragraph of the block at the cursor. */
  public editByHand(words: string): boolean {
    const element = this._blocks()[this._cursor];
    const text = element ? element.getElementsByTagNameNS(W, 't')[0] : undefined;
    if (!text) {
      return false;
    }
    text.textContent = `${text.textContent ?? ''} ${words}`;
    text.setAttribute('xml:space', 'preserve');
    this._changed();
    return true;
  }

  /** The stored record values by key (the document's add-in settings). */
  public settings(): Map<string, unknown> {
    return new Map(this._settings);
  }

  /** The document's text, for tests and screen readers. */
  public text(): string {
    return textOf(this._body());
  }

  /** The document as a .docx. */
  public async toDocx(): Promise<Uint8Array> {
    const serializer = new XMLSerializer();
    this._zip.file('word/document.xml', serializer.serializeToString(this._document));
    if (this._styles) {
      this._zip.file('word/styles.xml', serializer.serializeToString(this._styles));
    }
    return this._zip.generateAsync({ type: 'uint8array' });
  }

  private _mergeStyles(styles: Element | undefined): void {
    if (!styles || !this._styles) {
      return;
    }
    const root = this._styles.documentElement;
    const known = new Set(Array.from(root.getElementsByTagNameNS(W, 'style')).map((s) => s.getAttributeNS(W, 'styleId') ?? s.getAttribute('w:styleId')));
    for (const style of Array.from(styles.getElementsByTagNameNS(W, 'style'))) {
      const id = style.getAttributeNS(W, 'styleId') ?? style.getAttribute('w:styleId');
      if (!known.has(id)) {
        root.appendChild(this._styles.importNode(style, true));
        known.add(id);
      }
    }
  }
}
