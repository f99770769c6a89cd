/**
 * Rich text of comments and descriptions: a small safe HTML subset (p, b/strong, i/em,
 * ul/ol/li, br) stored as a string. The sanitiser works on the string alone (no DOM), so it runs
 * the same in the browser, in Node and before a value is written to SharePoint.
 */

/** Tags kept by the sanitiser. Attributes are never kept. */
export const ALLOWED_RICH_TEXT_TAGS: readonly string[] = ['p', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'br'];

/** Tags whose content is dropped with them: it is code or metadata, never text for the nämnd. */
const DROPPED_WITH_CONTENT: readonly string[] = ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'textarea', 'select'];

/** Tags that end a line or block; a removed one of these still separates words. */
const BLOCK_TAGS: readonly string[] = ['p', 'div', 'li', 'ul', 'ol', 'br', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote'];

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  rdquo: '\u201d',
  ldquo: '\u201c',
  rsquo: '\u2019',
  hellip: '\u2026'
};

/** Decodes the character references HTML text commonly holds; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole: string, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[body.toLowerCase()];
    return named !== undefined ? named : whole;
  });
}

/** Escapes text for HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A piece of HTML: text, or a start/end tag. */
type Token = { kind: 'text'; text: string } | { kind: 'start' | 'end'; tag: string; selfClosing: boolean };

/** Splits HTML into text and tags. Comments, doctypes and processing instructions are dropped. */
function tokenise(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html)) !== null) {
    if (match.index > last) {
      tokens.push({ kind: 'text', text: html.slice(last, match.index) });
    }
    if (match[2] !== undefined) {
      tokens.push({
        kind: match[1] === '/' ? 'end' : 'start',
        tag: match[2].toLowerCase(),
        selfClosing: match[3] === '/'
      });
    }
    last = pattern.lastIndex;
  }
  if (last < html.length) {
    tokens.push({ kind: 'text', text: html.slice(last) });
  }
  return tokens;
}

/** Normalises synonyms so the stored HTML is predictable: b → strong, i → em. */
function canonicalTag(tag: string): string {
  if (tag === 'b') {
    return 'strong';
  }
  if (tag === 'i') {
    return 'em';
  }
  return tag;
}

/**
 * Returns safe HTML containing only the allowed tags, without attributes, with every tag closed
 * and all other text escaped. b and i are written as strong and em. Content of script, style and
 * similar elements is removed; other disallowed tags are removed but their text kept.
 */
export function sanitizeRichText(html: string | undefined): string {
  if (html === undefined || html === '') {
    return '';
  }
  const tokens = tokenise(html);
  const open: string[] = [];
  let out = '';
  let droppedDepth = 0;
  let droppedTag = '';
  for (const token of tokens) {
    if (droppedDepth > 0) {
      // Inside a dropped element: only its own nesting matters.
      if (token.kind === 'start' && token.tag === droppedTag && !token.selfClosing) {
        droppedDepth++;
      } else if (token.kind === 'end' && token.tag === droppedTag) {
        droppedDepth--;
      }
      continue;
    }
    if (token.kind === 'text') {
      out += escapeHtml(decodeEntities(token.text));
      continue;
    }
    if (DROPPED_WITH_CONTENT.indexOf(token.tag) >= 0) {
      if (token.kind === 'start' && !token.selfClosing) {
        droppedDepth = 1;
        droppedTag = token.tag;
      }
      continue;
    }
    if (ALLOWED_RICH_TEXT_TAGS.indexOf(token.tag) < 0) {
      // Keep words apart where a removed block element separated them.
      if (BLOCK_TAGS.indexOf(token.tag) >= 0) {
        out += ' ';
      }
      continue;
    }
    const tag = canonicalTag(token.tag);
    if (tag === 'br') {
      if (token.kind === 'start') {
        out += '<br>';
      }
      continue;
    }
    if (token.kind === 'start') {
      if (token.selfClosing) {
        continue;
      }
      // HTML's implied ends: a new li ends the open li, a new paragraph or list ends an open p.
      const innermost = open[open.length - 1];
      if ((tag === 'li' && innermost === 'li') || ((tag === 'p' || tag === 'ul' || tag === 'ol') && innermost === 'p')) {
        out += `</${open.pop()}>`;
      }
      out += `<${tag}>`;
      open.push(tag);
    } else {
      const at = open.lastIndexOf(tag);
      if (at < 0) {
        continue; // A stray end tag closes nothing.
      }
      // Close what was left open inside it, so the nesting stays valid.
      while (open.length > at) {
        out += `</${open.pop()}>`;
      }
    }
  }
  while (open.length > 0) {
    out += `</${open.pop()}>`;
  }
  return out;
}

/**
 * Plain text of rich text, for Word cells, Teams cards, list views and length checks.
 * Paragraphs are separated by a blank line, br by a line break, list items start with "• " or
 * their number.
 */
export function richTextToPlainText(html: string | undefined): string {
  if (html === undefined || html === '') {
    return '';
  }
  const tokens = tokenise(sanitizeRichText(html));
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let out = '';
  const breakLine = (blank: boolean): void => {
    out = out.replace(/[ \t]+$/, '');
    if (out === '') {
      return;
    }
    const wanted = blank ? '\n\n' : '\n';
    if (out.slice(-wanted.length) !== wanted) {
      out = out.replace(/\n*$/, '') + wanted;
    }
  };
  for (const token of tokens) {
    if (token.kind === 'text') {
      const text = decodeEntities(token.text).replace(/[ \t\r\n]+/g, ' ');
      out += /(^|\n)$/.test(out) ? text.replace(/^ /, '') : text;
      continue;
    }
    switch (token.tag) {
      case 'p':
        breakLine(true);
        break;
      case 'br':
        if (token.kind === 'start') {
          out = out.replace(/[ \t]+$/, '') + '\n';
        }
        break;
      case 'ul':
      case 'ol':
        breakLine(lists.length === 0);
        if (token.kind === 'start') {
          lists.push({ ordered: token.tag === 'ol', count: 0 });
        } else {
          lists.pop();
        }
        break;
      case 'li':
        breakLine(false);
        if (token.kind === 'start') {
          const list = lists[lists.length - 1];
          const indent = lists.length > 1 ? '  '.repeat(lists.length - 1) : '';
          if (list && list.ordered) {
            list.count++;
            out += `${indent}${list.count}. `;
          } else {
            out += `${indent}• `;
          }
        }
        break;
      default:
        break;
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Rich text from plain text: blank-line separated paragraphs become p, single line breaks br.
 * Used when text comes from a plain field or an import.
 */
export function plainTextToRichText(text: string | undefined): string {
  if (text === undefined || text.trim() === '') {
    return '';
  }
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => escapeHtml(line.trim())).join('<br>')}</p>`)
    .join('');
}

/** True when rich text has no visible text. */
export function isRichTextEmpty(html: string | undefined): boolean {
  return richTextToPlainText(html).replace(/[\s\u00a0•]/g, '') === '';
}
