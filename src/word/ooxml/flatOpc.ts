/**
 * A .docx (a zip package) as Flat OPC: the single-XML `pkg:package` form that Word's
 * `insertOoxml` takes. One `pkg:part` per part kept, XML parts as `pkg:xmlData`, binary parts
 * (images) as base64 `pkg:binaryData`. The package keeps what a table needs in another
 * document (the main part and its relationships, styles, numbering, images, hyperlinks, notes)
 * and drops what belongs to a whole document: section properties (page size, margins,
 * headers and footers), settings, fonts, theme and document properties.
 */
import JSZip from 'jszip';

import { bodyContent, escapeXml, removeSectionProperties, replaceBodyContent, stripXmlDeclaration } from './xmlText';

/** The content control that wraps the inserted content. */
export interface BlockControl {
  /** The control's tag, e.g. `ik:5f3a9c21b7e4`; at most 64 characters. */
  readonly tag: string;
  /** The control's title, shown by Word on the control's frame; cut to 64 characters. */
  readonly title: string;
}

/** Options of `docxToFlatOpc`. */
export interface FlatOpcOptions {
  /** Wrap the body in one block-level content control (`w:sdt`) with this tag and title. */
  readonly block?: BlockControl;
}

/** A package converted to Flat OPC. */
export interface FlatOpcPackage {
  /** The `pkg:package` XML. */
  readonly xml: string;
  /** Names of the parts kept, e.g. `/word/document.xml`, in package order. */
  readonly parts: string[];
  /** The body content of the main part as inserted (without the wrapping control). */
  readonly bodyXml: string;
}

/** Longest tag and title Word keeps on a content control. */
export const CONTROL_TEXT_LIMIT = 64;

const PACKAGE_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/**
 * Relationship types whose targets are left out: they describe a whole document, and Word
 * ignores or mis-merges them when content is inserted into another one.
 */
const DROPPED_RELATIONSHIPS = [
  'header',
  'footer',
  'settings',
  'webSettings',
  'fontTable',
  'theme',
  'customXml',
  'glossaryDocument',
  'core-properties',
  'extended-properties',
  'custom-properties',
  'metadata/thumbnail',
  'metadata/core-properties'
];

interface Relationship {
  readonly xml: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : undefined;
}

function parseRelationships(xml: string): Relationship[] {
  const result: Relationship[] = [];
  const pattern = /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    result.push({
      xml: match[0],
      type: attribute(match[0], 'Type') ?? '',
      target: attribute(match[0], 'Target') ?? '',
      external: attribute(match[0], 'TargetMode') === 'External'
    });
  }
  return result;
}

function isDropped(relationship: Relationship): boolean {
  return DROPPED_RELATIONSHIPS.some((suffix) => relationship.type.endsWith('/' + suffix));
}

/** `/word/_rels/document.xml.rels` for `/word/document.xml`. */
function relsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash)}/_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) {
    return target;
  }
  const segments = sourcePart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') {
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  return segments.join('/');
}

interface ContentTypes {
  readonly defaults: Map<string, string>;
  readonly overrides: Map<string, string>;
}

function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const pattern = /<(Default|Override)\b[^>]*>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    const contentType = attribute(match[0], 'ContentType') ?? '';
    if (match[1] === 'Default') {
      defaults.set((attribute(match[0], 'Extension') ?? '').toLowerCase(), contentType);
    } else {
      overrides.set(attribute(match[0], 'PartName') ?? '', contentType);
    }
  }
  return { defaults, overrides };
}

function contentTypeOf(types: ContentTypes, partName: string): string | undefined {
  const override = types.overrides.get(partName);
  if (override !== undefined) {
    return override;
  }
  const dot = partName.lastIndexOf('.');
  return dot < 0 ? undefined : types.defaults.get(partName.slice(dot + 1).toLowerCase());
}

function isXmlContentType(contentType: string): boolean {
  return contentType === 'application/xml' || contentType.endsWith('+xml');
}

/** Cuts a control's title or tag to Word's limit without splitting a surrogate pair. */
export function limitControlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot stand in a title
  const chars = Array.from(text.replace(/[\u0000-\u001f]/g, ' '));
  return chars.length <= CONTROL_TEXT_LIMIT ? chars.join('') : chars.slice(0, CONTROL_TEXT_LIMIT - 1).join('') + '…';
}

/** Body content wrapped in one block-level content control. */
export function wrapInBlockControl(content: string, control: BlockControl): string {
  if (control.tag.length > CONTROL_TEXT_LIMIT) {
    throw new Error(`Taggen är längre än ${CONTROL_TEXT_LIMIT} tecken. / The tag is longer than ${CONTROL_TEXT_LIMIT} characters.`);
  }
  return (
    '<w:sdt><w:sdtPr>' +
    `<w:alias w:val="${escapeXml(limitControlText(control.title))}"/>` +
    `<w:tag w:val="${escapeXml(control.tag)}"/>` +
    '</w:sdtPr><w:sdtContent>' +
    content +
    '</w:sdtContent></w:sdt>'
  );
}

interface KeptPart {
  readonly name: string;
  readonly contentType: string;
  readonly xml?: string;
  readonly base64?: string;
}

/**
 * Converts a .docx to Flat OPC for `insertOoxml`. Throws (Swedish, then English) when the
 * package has no main document part.
 */
export async function docxToFlatOpc(docx: Uint8Array, options: FlatOpcOptions = {}): Promise<FlatOpcPackage> {
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string): Promise<string | undefined> => {
    const file = zip.file(name.replace(/^\//, ''));
    return file ? file.async('string') : undefined;
  };
  const typesXml = await read('[Content_Types].xml');
  const packageRels = await read('_rels/.rels');
  if (typesXml === undefined || packageRels === undefined) {
    throw new Error('Filen är inget Word-dokument (saknar [Content_Types].xml eller _rels/.rels). / Not a Word package.');
  }
  const types = parseContentTypes(typesXml);
  const mainRelationship = parseRelationships(packageRels).filter((r) => r.type.endsWith('/officeDocument'))[0];
  if (!mainRelationship) {
    throw new Error('Word-dokumentet saknar huvuddel (officeDocument). / The package has no main document part.');
  }
  const mainPart = resolveTarget('/', mainRelationship.target).replace(/^([^/])/, '/$1');

  const kept: KeptPart[] = [];
  const seen = new Set<string>();
  let bodyXml = '';

  const keepRels = (partName: string, relationships: Relationship[], allXml: string): void => {
    const root = /<Relationships\b[^>]*>/.exec(allXml);
    // An empty part may be written `<Relationships …/>`: open it again before adding children.
    const open = root ? root[0].replace(/\s*\/>$/, '>') : undefined;
    const xml = `${open ?? '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'}${relationships.map((r) => r.xml).join('')}</Relationships>`;
    kept.push({ name: relsPartOf(partName), contentType: RELS_CONTENT_TYPE, xml });
  };

  const visit = async (partName: string): Promise<void> => {
    if (seen.has(partName)) {
      return;
    }
    seen.add(partName);
    const contentType = contentTypeOf(types, partName);
    const file = zip.file(partName.replace(/^\//, ''));
    if (!file || contentType === undefined) {
      return;
    }
    if (isXmlContentType(contentType)) {
      let xml = stripXmlDeclaration(await file.async('string'));
      if (partName === mainPart) {
        const content = removeSectionProperties(bodyContent(xml));
        bodyXml = content;
        xml = replaceBodyContent(xml, options.block ? wrapInBlockControl(content, options.block) : content);
      }
      kept.push({ name: partName, contentType, xml });
    } else {
      kept.push({ name: partName, contentType, base64: await file.async('base64') });
    }
    const relsXml = await read(relsPartOf(partName));
    if (relsXml === undefined) {
      return;
    }
    const relationships = parseRelationships(relsXml).filter((r) => !isDropped(r));
    keepRels(partName, relationships, relsXml);
    for (const relationship of relationships) {
      if (!relationship.external) {
        await visit(resolveTarget(partName, relationship.target));
      }
    }
  };

  kept.push({
    name: '/_rels/.rels',
    contentType: RELS_CONTENT_TYPE,
    xml: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${mainRelationship.xml}</Relationships>`
  });
  await visit(mainPart);
  if (!seen.has(mainPart) || kept.every((part) => part.name !== mainPart)) {
    throw new Error('Word-dokumentets huvuddel saknas i paketet. / The main document part is missing.');
  }

  const partsXml = kept
    .map((part) =>
      part.xml !== undefined
        ? `<pkg:part pkg:name="${escapeXml(part.name)}" pkg:contentType="${escapeXml(part.contentType)}"><pkg:xmlData>${part.xml}</pkg:xmlData></pkg:part>`
        : `<pkg:part pkg:name="${escapeXml(part.name)}" pkg:contentType="${escapeXml(part.contentType)}" pkg:compression="store"><pkg:binaryData>${part.base64 ?? ''}</pkg:binaryData></pkg:part>`
    )
    .join('');
  return {
    xml: `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PACKAGE_NS}">${partsXml}</pkg:package>`,
    parts: kept.map((part) => part.name),
    bodyXml
  };
}
