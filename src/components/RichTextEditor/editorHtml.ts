/**
 * What the rich-text editor writes, made to match what the model stores: the sanitised subset
 * (p, strong, em, ul/ol/li, br), with list items holding their text directly as seed 002 and
 * SharePoint's own editor write them (the editor wraps each item's text in a paragraph), and an
 * empty document as the empty string. Opening and saving unchanged text therefore writes the
 * same HTML back.
 */
import { isRichTextEmpty, sanitizeRichText } from '../../model';

/** A list item's lone first paragraph, followed by the item's end or a nested list. */
const LONE_ITEM_PARAGRAPH = /<li><p>((?:(?!<\/?(?:p|li|ul|ol)>).)*?)<\/p>(?=<\/li>|<ul>|<ol>)/g;

/** The editor's HTML as the model stores it. */
export function normaliseEditorHtml(html: string): string {
  const safe = sanitizeRichText(html);
  if (isRichTextEmpty(safe)) {
    return '';
  }
  return safe.replace(LONE_ITEM_PARAGRAPH, '<li>$1');
}

/** True when two rich texts are the same once sanitised and normalised (so an untouched field is no change). */
export function sameRichText(a: string | undefined, b: string | undefined): boolean {
  return normaliseEditorHtml(a || '') === normaliseEditorHtml(b || '');
}
