/**
 * A plain paragraph as a Flat OPC package: the summary sentence inserted on its own. It carries
 * no style, so it takes the document's own body text (Normal) wherever it is placed.
 */
import { type BlockControl, wrapInBlockControl } from './flatOpc';
import { escapeXml, WORDML_NAMESPACE } from './xmlText';

const PACKAGE_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** The paragraph element for a text; line breaks in the text become `w:br`. */
export function paragraphXml(text: string): string {
  const runs = text
    .split(/\r?\n/)
    .map((line, index) => `${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
    .join('');
  return `<w:p><w:r>${runs}</w:r></w:p>`;
}

/** Flat OPC of one paragraph, optionally wrapped in a block-level content control. */
export function paragraphFlatOpc(text: string, block?: BlockControl): { xml: string; bodyXml: string } {
  const bodyXml = paragraphXml(text);
  const document =
    `<w:document xmlns:w="${WORDML_NAMESPACE}"><w:body>` + (block ? wrapInBlockControl(bodyXml, block) : bodyXml) + '</w:body></w:document>';
  const xml =
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PACKAGE_NS}">` +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships></pkg:xmlData></pkg:part>' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    document +
    '</pkg:xmlData></pkg:part></pkg:package>';
  return { xml, bodyXml };
}
