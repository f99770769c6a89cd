/**
 * The editor's schema: exactly the nodes and marks of the tags `sanitizeRichText` keeps, and
 * nothing else, so whatever the editor makes is stored unchanged and whatever is stored opens
 * as it was. Paragraphs, bullet and numbered lists, bold, italics, line breaks, and undo.
 */
import type { Extensions } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Italic from '@tiptap/extension-italic';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { UndoRedo } from '@tiptap/extensions';

/** The extensions of the rich-text field. */
export const RICH_TEXT_EXTENSIONS: Extensions = [
  Document,
  Paragraph,
  Text,
  Bold,
  Italic,
  HardBreak,
  BulletList,
  OrderedList,
  ListItem,
  ListKeymap,
  UndoRedo
];
