/**
 * Word for the add-in's tests, through office-addin-mock: the selection, the document's content
 * controls and its add-in settings, with `context.sync` counted. office-addin-mock tracks
 * load/sync of objects but not collections, so the controls and settings are plain arrays
 * (the port reads them with one `load('items')` each). Inserting OOXML does what Word does to
 * the controls: a tagged `w:sdt` in the package becomes a control whose text Word reports with
 * its own marks (paragraph ends `\r`, cell ends `\u0007`).
 */
import { OfficeMockObject } from 'office-addin-mock';

/** A content control as the port sees it after `load('items')`. */
export interface MockControl {
  tag: string;
  text: string;
  /** Calls of insertOoxml on this control: [ooxml, location]. */
  inserted: [string, string][];
  insertOoxml(ooxml: string, location: string): void;
}

/** A setting as the port sees it. */
export interface MockSetting {
  key: string;
  value: unknown;
  delete(): void;
}

/** The mocked Word and what the test can look at. */
export interface MockWord {
  /** Pass to `createOfficeWordPort`. */
  word: { run<T>(batch: (context: never) => Promise<T>): Promise<T> };
  /** Round trips so far. */
  syncs(): number;
  /** The document's content controls (ours and others). */
  controls: MockControl[];
  /** The add-in's settings. */
  settings: MockSetting[];
  /** Calls of insertOoxml on the selection: [ooxml, location]. */
  selectionInserts: [string, string][];
  /** Moves the cursor. */
  setSelection(selection: { insideTable?: boolean; controlTag?: string; isEmpty?: boolean }): void;
}

/** Word's text of WordprocessingML: w:t runs, `\r` after each paragraph, `\u0007` after each cell. */
export function wordText(xml: string): string {
  let text = '';
  const pattern = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<\/w:p>|<\/w:tc>|<w:tab\/>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    if (match[1] !== undefined) {
      text += match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    } else if (match[0] === '</w:p>') {
      text += '\r';
    } else if (match[0] === '</w:tc>') {
      text += '\u0007';
    } else {
      text += '\t';
    }
  }
  return text;
}

/** The body of the main part of a Flat OPC package. */
function bodyOf(flatOpc: string): string {
  const main = /pkg:name="\/word\/document.xml"[^>]*><pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>/.exec(flatOpc);
  if (!main) {
    throw new Error('insertOoxml: no /word/document.xml part');
  }
  return /<w:body>([\s\S]*)<\/w:body>/.exec(main[1])![1];
}

export function createMockWord(initial: { controls?: MockControl[]; settings?: { key: string; value: unknown }[] } = {}): MockWord {
  const controls: MockControl[] = [];
  const settings: MockSetting[] = [];
  const selectionInserts: [string, string][] = [];

  const makeControl = (tag: string, text: string): MockControl => {
    const control: MockControl = {
      tag,
      text,
      inserted: [],
      insertOoxml(ooxml: string, location: string) {
        control.inserted.push([ooxml, location]);
        const body = bodyOf(ooxml);
        if (/<w:sdt>/.test(body)) {
          throw new Error('a control filled with a package that carries its own control would nest controls');
        }
        control.text = location === 'Replace' ? wordText(body) : control.text + wordText(body);
      }
    };
    return control;
  };
  const addSetting = (key: string, value: unknown): void => {
    const existing = settings.filter((s) => s.key === key)[0];
    if (existing) {
      existing.value = value;
      return;
    }
    const setting: MockSetting = {
      key,
      value,
      delete() {
        settings.splice(settings.indexOf(setting), 1);
      }
    };
    settings.push(setting);
  };
  for (const control of initial.controls ?? []) {
    controls.push(makeControl(control.tag, control.text));
  }
  for (const setting of initial.settings ?? []) {
    addSetting(setting.key, setting.value);
  }

  let count = 0;
  type Mock = { context: { sync(): Promise<void> }; run<T>(batch: (context: never) => Promise<T>): Promise<T> };
  /** A fresh mock per cursor position, so load/sync are tracked anew; the document is shared. */
  const build = (selection: { insideTable?: boolean; controlTag?: string; isEmpty?: boolean }): Mock => {
    const data = {
      context: {
        document: {
          selection: {
            isEmpty: selection.isEmpty ?? true,
            parentTableOrNullObject: { isNullObject: !selection.insideTable },
            parentContentControlOrNullObject: { isNullObject: selection.controlTag === undefined, tag: selection.controlTag ?? '' },
            insertOoxml(ooxml: string, location: string) {
              selectionInserts.push([ooxml, location]);
              const body = bodyOf(ooxml);
              const sdt = /^<w:sdt><w:sdtPr>[\s\S]*?<w:tag w:val="([^"]*)"\/>[\s\S]*?<\/w:sdtPr><w:sdtContent>([\s\S]*)<\/w:sdtContent><\/w:sdt>$/.exec(body);
              if (sdt) {
                controls.push(makeControl(sdt[1].replace(/&amp;/g, '&'), wordText(sdt[2])));
              }
            }
          },
          getSelection() {
            return (this as unknown as { selection: unknown }).selection;
          },
          contentControls: { items: controls },
          settings: {
            items: settings,
            add(key: string, value: unknown) {
              addSetting(key, value);
            }
          }
        }
      },
      run: async function <T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
        return batch(this.context);
      }
    };
    const mock = new OfficeMockObject(data) as unknown as Mock;
    const sync = mock.context.sync.bind(mock.context);
    mock.context.sync = async () => {
      count++;
      await sync();
    };
    return mock;
  };
  let current = build({});
  return {
    word: { run: (batch) => current.run(batch) },
    syncs: () => count,
    controls,
    settings,
    selectionInserts,
    setSelection(selection) {
      current = build(selection);
    }
  };
}
