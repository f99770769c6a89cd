/**
 * Rich text as SharePoint Online keeps it. An enhanced rich-text column (RichText, FullHtml)
 * stores what is written wrapped in `<div class="ExternalClass<32 hex digits>">…</div>`, with a
 * new id on every save, and REST answers the wrapped value. The data layer reads the value
 * back as it was written, so that wrapper is removed on read; what is inside is kept as is.
 */

/** SharePoint Online's wrapper around a rich-text value. */
const EXTERNAL_CLASS_WRAPPER = /^\s*<div class="?ExternalClass[0-9A-Fa-f]{32}"?>([\s\S]*)<\/div>\s*$/;

/** The value without SharePoint Online's ExternalClass wrapper; other values unchanged. */
export function unwrapExternalClass(value: string): string {
  const match = EXTERNAL_CLASS_WRAPPER.exec(value);
  return match === null ? value : match[1];
}
