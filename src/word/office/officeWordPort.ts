/// <reference types="office-js" />
/**
 * The office-js implementation of `WordDocumentPort`: the only file with `Word.run` and
 * `context.sync`. Content goes in as OOXML in one call per block; collections are read with a
 * single `load('items')` each, so the round trips do not grow with the document.
 */
import { isOurTag, serialiseRecord } from '../blocks/records';
import type { DocumentBlocks, RefreshChanges, SelectionContext, BlockToInsert, WordDocumentPort } from '../document/WordDocumentPort';

/** The part of the `Word` namespace the port uses; tests pass office-addin-mock's. */
export interface WordRuntime {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

/** Our controls and the add-in's settings, read in one round trip (one `load('items')` each). */
async function readTagged(context: Word.RequestContext): Promise<{ ours: Word.ContentControl[]; settings: Word.SettingCollection; found: DocumentBlocks }> {
  const controls = context.document.contentControls;
  controls.load('items');
  const settings = context.document.settings;
  settings.load('items');
  await context.sync();
  const ours = controls.items.filter((control) => isOurTag(control.tag));
  const records: Record<string, unknown> = {};
  for (const setting of settings.items) {
    if (isOurTag(setting.key)) {
      records[setting.key] = setting.value;
    }
  }
  return { ours, settings, found: { blocks: ours.map((control) => ({ tag: control.tag, text: control.text })), records } };
}

/** A port over the `Word` host (the global `Word` by default). */
export function createOfficeWordPort(word?: WordRuntime): WordDocumentPort {
  const runtime = (): WordRuntime => word ?? (Word as unknown as WordRuntime);

  return {
    inspectSelection(): Promise<SelectionContext> {
      return runtime().run(async (context) => {
        const selection = context.document.getSelection();
        selection.load('isEmpty');
        const table = selection.parentTableOrNullObject;
        table.load('isNullObject');
        const control = selection.parentContentControlOrNullObject;
        control.load('isNullObject,tag');
        await context.sync();
        const tag = control.isNullObject ? undefined : control.tag;
        return { insideTable: !table.isNullObject, insideBlockTag: isOurTag(tag) ? tag : undefined, isEmpty: selection.isEmpty };
      });
    },

    insertBlock(block: BlockToInsert, selection: SelectionContext): Promise<void> {
      return runtime().run(async (context) => {
        const target = context.document.getSelection();
        // Selected text stays: the block goes after it. A bare cursor takes the block in place.
        target.insertOoxml(block.flatOpc, selection.isEmpty ? 'Replace' : 'After');
        context.document.settings.add(block.tag, serialiseRecord(block.record));
        await context.sync();
      });
    },

    readBlocks(): Promise<DocumentBlocks> {
      return runtime().run(async (context) => (await readTagged(context)).found);
    },

    refreshBlocks(decide: (found: DocumentBlocks) => Promise<RefreshChanges>): Promise<void> {
      return runtime().run(async (context) => {
        const { ours, settings, found } = await readTagged(context);
        const changes = await decide(found);
        if (changes.replace.length === 0 && changes.forget.length === 0) {
          return;
        }
        for (const replacement of changes.replace) {
          // A block copied within the document has its tag twice: both copies are rebuilt.
          for (const control of ours.filter((c) => c.tag === replacement.tag)) {
            control.insertOoxml(replacement.flatOpc, 'Replace');
          }
          settings.add(replacement.tag, serialiseRecord(replacement.record));
        }
        for (const key of changes.forget) {
          const setting = settings.items.filter((s) => s.key === key)[0];
          if (setting) {
            setting.delete();
          }
        }
        await context.sync();
      });
    }
  };
}
