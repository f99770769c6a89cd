/**
 * Reads the `<Field …/>` schema XML SharePoint's `createfieldasxml` accepts: the attributes
 * Type, Name, StaticName, DisplayName, ID, Required, Indexed, EnforceUniqueValues,
 * MaxLength, List, ShowField, Mult, UserSelectionMode, Format, Min, Max, Decimals,
 * FillInChoice, RichText, NumLines, Description, Group, Hidden, and the child elements
 * CHOICES/CHOICE and Default.
 */
import { SpError, ErrorCodes } from './errors';

/** A parsed XML element. */
export interface XmlElement {
  /** Element name as written. */
  readonly name: string;
  /** Attributes by name as written. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements in order. */
  readonly children: readonly XmlElement[];
  /** The element's own text (entities decoded), children's text excluded. */
  readonly text: string;
}

/** 400: schema XML that does not parse. */
export function invalidSchemaXml(): SpError {
  return new SpError(400, ErrorCodes.spExceptionGeneric, 'The schema XML of the field is not valid.');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_match, entity: string) => {
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
      default:
        return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

class XmlReader {
  private position: number = 0;

  public constructor(private readonly source: string) {}

  public readDocument(): XmlElement {
    this.skipProlog();
    const element = this.readElement();
    this.skipMisc();
    if (this.position !== this.source.length) {
      throw invalidSchemaXml();
    }
    return element;
  }

  private skipMisc(): void {
    for (;;) {
      const rest = this.source.slice(this.position);
      const space = /^\s+/.exec(rest);
      if (space !== null) {
        this.position += space[0].length;
        continue;
      }
      if (rest.startsWith('<!--')) {
        const end = this.source.indexOf('-->', this.position);
        if (end < 0) {
          throw invalidSchemaXml();
        }
        this.position = end + 3;
        continue;
      }
      return;
    }
  }

  private skipProlog(): void {
    this.skipMisc();
    if (this.source.startsWith('<?', this.position)) {
      const end = this.source.indexOf('?>', this.position);
      if (end < 0) {
        throw invalidSchemaXml();
      }
      this.position = end + 2;
    }
    this.skipMisc();
  }

  private readElement(): XmlElement {
    const open = /^<([A-Za-z_][\w.:-]*)/.exec(this.source.slice(this.position));
    if (open === null) {
      throw invalidSchemaXml();
    }
    const name = open[1];
    this.position += open[0].length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const rest = this.source.slice(this.position);
      const attribute = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest);
      if (attribute !== null) {
        attributes[attribute[1]] = decodeEntities(attribute[3] ?? attribute[4] ?? '');
        this.position += attribute[0].length;
        continue;
      }
      const close = /^\s*(\/?)>/.exec(rest);
      if (close === null) {
        throw invalidSchemaXml();
      }
      this.position += close[0].length;
      if (close[1] === '/') {
        return { name, attributes, children: [], text: '' };
      }
      break;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.position >= this.source.length) {
        throw invalidSchemaXml();
      }
      if (this.source.startsWith('</', this.position)) {
        const end = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(this.source.slice(this.position));
        if (end === null || end[1] !== name) {
          throw invalidSchemaXml();
        }
        this.position += end[0].length;
        return { name, attributes, children, text: decodeEntities(text) };
      }
      if (this.source.startsWith('<!--', this.position)) {
        this.skipMisc();
        continue;
      }
      if (this.source.startsWith('<![CDATA[', this.position)) {
        const end = this.source.indexOf(']]>', this.position);
        if (end < 0) {
          throw invalidSchemaXml();
        }
        text += this.source.slice(this.position + 9, end);
        this.position = end + 3;
        continue;
      }
      if (this.source[this.position] === '<') {
        children.push(this.readElement());
        continue;
      }
      const next = this.source.indexOf('<', this.position);
      const chunkEnd = next < 0 ? this.source.length : next;
      text += this.source.slice(this.position, chunkEnd);
      this.position = chunkEnd;
    }
  }
}

/** Parses one XML element (with optional prolog and comments). */
export function parseXmlElement(source: string): XmlElement {
  return new XmlReader(source).readDocument();
}

/** SharePoint's TRUE/FALSE attribute convention. */
export function xmlBoolean(value: string | undefined): boolean | undefined {
  if (value === undefined) {
    return undefined;
  }
  return value.trim().toUpperCase() === 'TRUE';
}

/** Finds a child element by name, case-insensitively. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name.toLowerCase() === name.toLowerCase());
}

/**
 * Encodes a display name into an internal name the way SharePoint does when no name hint is
 * given: characters other than ASCII letters and digits become `_xHHHH_`, and the result is
 * cut at 32 characters.
 */
export function encodeInternalName(displayName: string): string {
  let encoded = '';
  for (const ch of displayName) {
    encoded += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return encoded.slice(0, 32);
}
