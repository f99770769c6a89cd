/**
 * Small string helpers for WordprocessingML. The add-in edits XML that our own renderer wrote
 * (the `docx` package), so a few well-defined string operations are enough and run the same in
 * the browser, in Office and in Node tests: no DOM is needed.
 */

/** The WordprocessingML main namespace, which every `w:` element below must belong to. */
export const WORDML_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Characters XML 1.0 does not allow anywhere: most C0 controls, U+FFFE/U+FFFF and lone surrogates. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an XML attribute value or element content. Characters XML cannot carry
 * are left out, so any text from the lists still gives a well-formed part.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Decodes the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return String.fromCodePoint(code);
      }
    }
  });
}

/** Removes a leading byte-order mark and XML declaration, which a `pkg:xmlData` must not carry. */
export function stripXmlDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF/, '').replace(/^\s*<\?xml[^?]*\?>\s*/, '');
}

/** Removes every `w:sectPr` (the body's last one and those in paragraph properties). */
export function removeSectionProperties(xml: string): string {
  return xml.replace(/<w:sectPr\b[^>]*\/>|<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, '');
}

/** Where the body's content sits in a `word/document.xml`. */
export interface BodyLocation {
  /** Index just after `<w:body>` (or `<w:body …>`). */
  readonly start: number;
  /** Index of `</w:body>`. */
  readonly end: number;
}

/**
 * Finds `w:body` in a main document part. Throws when the part does not bind `w` to the
 * WordprocessingML namespace or has no body: then it was not written by a WordprocessingML
 * producer we understand.
 */
export function locateBody(documentXml: string): BodyLocation {
  const root = /<w:document\b[^>]*>/.exec(documentXml);
  if (!root || root[0].indexOf(`xmlns:w="${WORDML_NAMESPACE}"`) < 0) {
    throw new Error('word/document.xml binder inte prefixet w till WordprocessingML. / word/document.xml does not bind w to WordprocessingML.');
  }
  const open = /<w:body\b[^>]*>/.exec(documentXml);
  const end = documentXml.lastIndexOf('</w:body>');
  if (!open || end < open.index) {
    throw new Error('word/document.xml saknar w:body. / word/document.xml has no w:body.');
  }
  return { start: open.index + open[0].length, end };
}

/** The XML between `<w:body>` and `</w:body>`. */
export function bodyContent(documentXml: string): string {
  const body = locateBody(documentXml);
  return documentXml.slice(body.start, body.end);
}

/** The document part with its body content replaced. */
export function replaceBodyContent(documentXml: string, content: string): string {
  const body = locateBody(documentXml);
  return documentXml.slice(0, body.start) + content + documentXml.slice(body.end);
}

/**
 * The text a reader sees in WordprocessingML, in document order: the content of every `w:t`
 * (runs of text), with tabs and breaks as whitespace. Deleted text (`w:delText`) and field
 * instructions (`w:instrText`) are not part of it.
 */
export function visibleText(xml: string): string {
  const parts: string[] = [];
  const pattern = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:(tab|br|cr)\b[^>]*\/>|<\/w:p>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    if (match[1] !== undefined) {
      parts.push(unescapeXml(match[1]));
    } else if (match[2] !== undefined) {
      parts.push(' ');
    } else if (match[0] === '</w:p>') {
      parts.push('\n');
    }
  }
  return parts.join('');
}

/**
 * The form in which two texts of a block are compared: letters and digits only, in Unicode NFC.
 * Word reports a control's text with its own separators (cell and row marks, paragraph breaks,
 * list labels left out), so spacing, punctuation and symbols are left out of the comparison;
 * any change to words or numbers shows.
 */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
}
