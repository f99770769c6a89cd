import { isRichTextEmpty, plainTextToRichText, richTextToPlainText, sanitizeRichText } from '../../src/model';

describe('sanitizeRichText', () => {
  it('keeps the allowed subset and writes b/i as strong/em', () => {
    expect(sanitizeRichText('<p><b>Obligatorisk risk:</b> <i>text</i></p><ul><li>ett</li><li>två</li></ul>x<br/>y')).toBe(
      '<p><strong>Obligatorisk risk:</strong> <em>text</em></p><ul><li>ett</li><li>två</li></ul>x<br>y'
    );
  });

  it('removes every attribute, including event handlers and styles', () => {
    expect(sanitizeRichText('<p onclick="alert(1)" style="color:red" class="x">Hej</p>')).toBe('<p>Hej</p>');
    expect(sanitizeRichText('<ul style="list-style-type: none"><li>a</li></ul>')).toBe('<ul><li>a</li></ul>');
  });

  it('drops script and style with their content, and other tags but not their text', () => {
    expect(sanitizeRichText('a<script>alert("x")</script>b<style>p{}</style>c')).toBe('abc');
    expect(sanitizeRichText('<div><a href="javascript:alert(1)">länk</a> <img src=x onerror=alert(1)></div>')).toBe(' länk  ');
    expect(sanitizeRichText('<SCRIPT>bad()</SCRIPT>ok')).toBe('ok');
    expect(sanitizeRichText('<!-- kommentar -->text')).toBe('text');
  });

  it('escapes text so it can never become markup', () => {
    expect(sanitizeRichText('1 < 2 & 3 > 2')).toBe('1 &lt; 2 &amp; 3 &gt; 2');
    expect(sanitizeRichText('&lt;script&gt;x&lt;/script&gt;')).toBe('&lt;script&gt;x&lt;/script&gt;');
    const once = sanitizeRichText('<p>"citat" &amp; <em>mer</em></p>');
    expect(sanitizeRichText(once)).toBe(once);
  });

  it('closes open tags and ignores stray end tags', () => {
    expect(sanitizeRichText('<p><strong>fet')).toBe('<p><strong>fet</strong></p>');
    expect(sanitizeRichText('text</p></ul>')).toBe('text');
    expect(sanitizeRichText('<ul><li>a<li>b</ul>')).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(sanitizeRichText('<p>ett<p>två<ul><li>x</ul>')).toBe('<p>ett</p><p>två</p><ul><li>x</li></ul>');
  });

  it('returns an empty string for nothing', () => {
    expect(sanitizeRichText(undefined)).toBe('');
    expect(sanitizeRichText('')).toBe('');
  });
});

describe('richTextToPlainText', () => {
  it('separates paragraphs, breaks lines and marks list items', () => {
    const html = '<p>Granskningen är genomförd utan anmärkning.</p><p>Andra stycket<br>ny rad</p><ul><li>punkt ett</li><li>punkt två</li></ul><ol><li>första</li><li>andra</li></ol>';
    expect(richTextToPlainText(html)).toBe(
      'Granskningen är genomförd utan anmärkning.\n\nAndra stycket\nny rad\n\n• punkt ett\n• punkt två\n\n1. första\n2. andra'
    );
  });

  it('decodes entities, collapses white space and drops markup', () => {
    expect(richTextToPlainText('<p>A &amp; B&nbsp;C   \n  D</p><script>x</script>')).toBe('A & B\u00a0C D');
  });

  it('round-trips plain text through plainTextToRichText', () => {
    const text = 'Första stycket.\nRad två.\n\nAndra stycket med <tecken> & mer.';
    const html = plainTextToRichText(text);
    expect(html).toBe('<p>Första stycket.<br>Rad två.</p><p>Andra stycket med &lt;tecken&gt; &amp; mer.</p>');
    expect(richTextToPlainText(html)).toBe(text);
  });

  it('knows empty rich text', () => {
    expect(isRichTextEmpty('<p> </p><ul><li></li></ul>')).toBe(true);
    expect(isRichTextEmpty('<p>x</p>')).toBe(false);
    expect(isRichTextEmpty(undefined)).toBe(true);
  });
});
