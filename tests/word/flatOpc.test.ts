/**
 * A .docx from the `docx` package → Flat OPC → parsed back: the parts a table needs are there
 * with their relationships, the whole-document parts and every sectPr are gone, the body sits
 * in one tagged content control, and every XML part is well formed (libxml2 through
 * xmllint-wasm).
 */
import { AlignmentType, Document, ExternalHyperlink, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, Header } from 'docx';
import { validateXML } from 'xmllint-wasm';
import { deflateSync } from 'node:zlib';

import { docxToFlatOpc, limitControlText } from '../../src/word/ooxml/flatOpc';
import { paragraphFlatOpc } from '../../src/word/ooxml/paragraphPackage';
import { comparableText, visibleText } from '../../src/word/ooxml/xmlText';

/** A 2×2 PNG, made here so the package has a binary part. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer): number => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const raw = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A report-like document: merged cells, repeated header row, a numbered list, a link, an image, a header part. */
async function sampleDocx(): Promise<Uint8Array> {
  const cell = (text: string, extra: object = {}): TableCell =>
    new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph(text)], ...extra });
  const document = new Document({
    numbering: {
      config: [{ reference: 'punkter', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }]
    },
    sections: [
      {
        properties: { page: { size: { orientation: 'landscape' } } },
        headers: { default: new Header({ children: [new Paragraph('Sidhuvud som inte ska med')] }) },
        children: [
          new Table({
            columnWidths: [3000, 3000, 3000],
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Risk'), cell('Kontrollmoment'), cell('Status T2 2022')] }),
              new TableRow({ children: [cell('Omoderna system', { rowSpan: 2 }), cell('Stickprov <10> & "fem"'), cell('✔ Genomförd')] }),
              new TableRow({ children: [cell('Genomgång'), cell('▶ Pågående')] }),
              new TableRow({ children: [cell('Kommentar över två kolumner', { columnSpan: 2 }), cell('Ej påbörjad')] })
            ]
          }),
          new Paragraph({ text: 'Första punkten', numbering: { reference: 'punkter', level: 0 } }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'https://kommun.example/ik', children: [new TextRun('Läs mer')] })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: tinyPng(), transformation: { width: 20, height: 20 } })] })
        ]
      }
    ]
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

interface Part {
  name: string;
  contentType: string;
  xml?: string;
  binary?: string;
}

/** Splits a pkg:package into its parts (test-side reading, independent of the converter). */
function partsOf(flat: string): Part[] {
  const parts: Part[] = [];
  const pattern = /<pkg:part pkg:name="([^"]+)" pkg:contentType="([^"]+)"[^>]*>(?:<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>|<pkg:binaryData>([\s\S]*?)<\/pkg:binaryData>)<\/pkg:part>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(flat)) !== null) {
    parts.push({ name: match[1], contentType: match[2], xml: match[3], binary: match[4] });
  }
  return parts;
}

async function wellFormed(name: string, xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: name, contents: xml }], normalization: 'format' });
  return result.errors.map((e) => e.message);
}

describe('docxToFlatOpc', () => {
  let docx: Uint8Array;
  let flat: Awaited<ReturnType<typeof docxToFlatOpc>>;
  let parts: Part[];

  beforeAll(async () => {
    docx = await sampleDocx();
    flat = await docxToFlatOpc(docx, { block: { tag: 'ik:0123456789ab', title: 'Status per tertial · Tertial 2 · AFN 2022' } });
    parts = partsOf(flat.xml);
  });

  it('keeps the main part, its relationships, styles, numbering and the image', () => {
    const names = parts.map((p) => p.name);
    expect(names).toEqual(flat.parts);
    for (const name of ['/_rels/.rels', '/word/document.xml', '/word/_rels/document.xml.rels', '/word/styles.xml', '/word/numbering.xml']) {
      expect(names).toContain(name);
    }
    const image = parts.filter((p) => p.name.startsWith('/word/media/'));
    expect(image).toHaveLength(1);
    expect(image[0].contentType).toBe('image/png');
    expect(Buffer.from(image[0].binary as string, 'base64').subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('drops whole-document parts: headers, settings, fonts, theme, document properties', () => {
    const names = parts.map((p) => p.name);
    expect(names.filter((n) => /header|footer|settings|fontTable|theme|docProps|core\.xml|app\.xml/i.test(n))).toEqual([]);
  });

  it('keeps every relationship whose target is kept, and only those', () => {
    const byName = new Map(parts.map((p) => [p.name, p]));
    const packageRels = byName.get('/_rels/.rels')?.xml ?? '';
    expect(packageRels).toMatch(/officeDocument" Target="word\/document.xml"/);
    expect(packageRels).not.toMatch(/core-properties|extended-properties/);
    const rels = byName.get('/word/_rels/document.xml.rels')?.xml ?? '';
    const relationships = Array.from(rels.matchAll(/<Relationship\b[^>]*>/g)).map((m) => m[0]);
    expect(relationships.some((r) => /relationships\/styles"/.test(r))).toBe(true);
    expect(relationships.some((r) => /relationships\/numbering"/.test(r))).toBe(true);
    expect(relationships.some((r) => /hyperlink".*Target="https:\/\/kommun.example\/ik".*TargetMode="External"/.test(r))).toBe(true);
    expect(relationships.some((r) => /relationships\/(header|settings|fontTable|theme|webSettings)"/.test(r))).toBe(false);
    for (const r of relationships.filter((x) => !/TargetMode="External"/.test(x))) {
      const target = /Target="([^"]+)"/.exec(r)![1];
      expect(byName.has('/word/' + target)).toBe(true);
    }
    // Every r:id the body uses is declared.
    const ids = new Set(relationships.map((r) => /Id="([^"]+)"/.exec(r)![1]));
    const used = Array.from((byName.get('/word/document.xml')?.xml ?? '').matchAll(/r:(?:id|embed)="([^"]+)"/g)).map((m) => m[1]);
    expect(used.length).toBeGreaterThanOrEqual(2);
    for (const id of used) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('has no sectPr and wraps the body in one tagged block-level content control', () => {
    const document = parts.filter((p) => p.name === '/word/document.xml')[0].xml as string;
    expect(document).not.toMatch(/sectPr/);
    const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)![1];
    expect(body.startsWith('<w:sdt><w:sdtPr><w:alias w:val="Status per tertial · Tertial 2 · AFN 2022"/><w:tag w:val="ik:0123456789ab"/></w:sdtPr><w:sdtContent>')).toBe(true);
    expect(body.endsWith('</w:sdtContent></w:sdt>')).toBe(true);
    expect(body.match(/<w:sdt>/g)).toHaveLength(1);
    // What makes the table the table survives: repeated header, vertical and horizontal merges, widths.
    expect(document).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    expect(document).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(document).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(document).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(document).toMatch(/<w:gridCol w:w="3000"\/>/);
    expect(flat.bodyXml).not.toMatch(/sdt/);
  });

  it('gives well-formed XML: the package and every part, without XML declarations inside', async () => {
    expect(flat.xml.startsWith('<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package ')).toBe(true);
    expect(await wellFormed('package.xml', flat.xml)).toEqual([]);
    for (const part of parts.filter((p) => p.xml !== undefined)) {
      expect(part.xml).not.toMatch(/^\s*<\?xml/);
      expect(await wellFormed(part.name.replace(/\W/g, '_') + '.xml', part.xml as string)).toEqual([]);
    }
  });

  it('leaves the body bare when no control is asked for', async () => {
    const bare = await docxToFlatOpc(docx);
    expect(bare.xml).not.toMatch(/<w:sdt>/);
    expect(bare.bodyXml).toBe(flat.bodyXml);
  });

  it('refuses a file that is not a Word package', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hej');
    await expect(docxToFlatOpc(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/inget Word-dokument/);
  });
});

describe('the text a block is compared by', () => {
  it('reads w:t text in order, entities decoded, tabs and paragraph ends as whitespace', () => {
    const xml = '<w:p><w:r><w:t>Risk &amp; kontroll</w:t><w:tab/><w:t xml:space="preserve"> 12 </w:t></w:r></w:p><w:p><w:r><w:delText>bort</w:delText><w:t>Hög</w:t></w:r></w:p>';
    expect(visibleText(xml)).toBe('Risk & kontroll  12 \nHög\n');
  });

  it('compares letters and digits only, so Word’s own separators do not count as edits', () => {
    expect(comparableText('✔ Genomförd\t(12)\r\u0007Hög')).toBe('Genomförd12Hög');
    expect(comparableText('Genomförd 12 Hög')).toBe(comparableText('Genomförd12\nHög'));
    expect(comparableText('Genomförd 12 hög')).not.toBe(comparableText('Genomförd 12 Hög'));
  });

  it('cuts control titles to 64 characters without splitting an emoji', () => {
    const long = 'Åtgärder och kontroller · Helår · Socialnämnden i en mycket lång kommun 2022 😀';
    const cut = limitControlText(long);
    expect(Array.from(cut)).toHaveLength(64);
    expect(cut.endsWith('…')).toBe(true);
    expect(limitControlText('Kort titel')).toBe('Kort titel');
  });
});

describe('paragraphFlatOpc', () => {
  it('builds a well-formed one-paragraph package; characters XML cannot carry are left out', async () => {
    const text = 'För sju av nio kontrollmoment <&> är granskningen gjord\u0001 utan anmärkning \uD800.';
    const flat = paragraphFlatOpc(text, { tag: 'ik:aa', title: 'Sammanfattning' });
    expect(await wellFormed('p.xml', flat.xml)).toEqual([]);
    expect(visibleText(flat.bodyXml)).toBe('För sju av nio kontrollmoment <&> är granskningen gjord utan anmärkning .\n');
    expect(flat.xml).toMatch(/<w:tag w:val="ik:aa"\/>/);
  });
});
