/**
 * The canonical form of the snapshot and its SHA-256. Expected bytes are written by hand from
 * the definition in docs/approvals.md; expected hashes were computed independently with
 * `printf '%s' '<the JSON>' | sha256sum`.
 */
import { canonicalJson, CanonicalJsonError, sha256Hex, shortHash } from '../../src/approvals';

describe('canonicalJson', () => {
  const value = { 'é': 'z', c: { y: true, x: null }, b: 'Å"\n\u001f', a: [1, 2.5, -0, 1e21, 0.1], Ö: 1, skipped: undefined };
  const expected = '{"a":[1,2.5,0,1e+21,0.1],"b":"Å\\"\\n\\u001f","c":{"x":null,"y":true},"Ö":1,"é":"z"}';

  test('sorts keys by UTF-16 code units, drops undefined properties, writes no whitespace', () => {
    expect(canonicalJson(value)).toBe(expected);
  });

  test('gives the same bytes whatever the order the object was built in', () => {
    const reordered = { a: [1, 2.5, 0, 1e21, 0.1], Ö: 1, b: 'Å"\n\u001f', c: { x: null, y: true }, 'é': 'z' };
    expect(canonicalJson(reordered)).toBe(expected);
  });

  test('refuses values without a canonical form, naming where they are', () => {
    expect(() => canonicalJson({ a: [1, NaN] })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: [1, NaN] })).toThrow(/a\[1\]/);
    expect(() => canonicalJson({ a: Infinity })).toThrow(/kanonisk JSON/);
    expect(() => canonicalJson([undefined])).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(undefined)).toThrow(CanonicalJsonError);
  });
});

describe('sha256Hex', () => {
  test('of the hand-written case is the hash sha256sum gives', async () => {
    expect(await sha256Hex(expected())).toBe('05ea383f9ef656b7154132f1935a74c9b597d1d14e2b90324c8993689ba32214');
  });

  test('of the empty text is SHA-256 of nothing', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('short form is the first 12 hex digits', () => {
    expect(shortHash('05ea383f9ef656b7154132f1935a74c9b597d1d14e2b90324c8993689ba32214')).toBe('05ea383f9ef6');
  });

  function expected(): string {
    return canonicalJson({ 'é': 'z', c: { y: true, x: null }, b: 'Å"\n\u001f', a: [1, 2.5, -0, 1e21, 0.1], Ö: 1 });
  }
});
