/**
 * Hostile strings for the report fuzz test, from a seeded PRNG so a failure reproduces with
 * the seed it prints: control characters, lone surrogates, emoji (pairs, ZWJ sequences, flags),
 * XML and HTML specials, right-to-left text and overrides, 5 000-character words, non-characters,
 * combining marks and Swedish letters, mixed at random.
 */

/** mulberry32: a small, fast PRNG with 32-bit state; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random pick from a list. */
function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A random code unit between two values (inclusive). */
function unit(random: () => number, from: number, to: number): string {
  return String.fromCharCode(from + Math.floor(random() * (to - from + 1)));
}

/** The kinds of piece a string is made of. */
const PIECES: ReadonlyArray<(random: () => number) => string> = [
  // C0 and C1 control characters (XML 1.0 forbids most of C0).
  (random) => unit(random, 0x00, 0x1f),
  (random) => unit(random, 0x7f, 0x9f),
  // Lone high or low surrogates.
  (random) => unit(random, 0xd800, 0xdbff),
  (random) => unit(random, 0xdc00, 0xdfff),
  // Emoji: pairs, ZWJ family, flag, skin tone, keycap.
  (random) => pick(random, ['😀', '👩‍👩‍👧‍👦', '🇸🇪', '👍🏽', '1️⃣', '🧾', '✔', '▶']),
  // XML and HTML specials, markup that looks like ours or Word's.
  (random) => pick(random, ['<', '>', '&', '"', "'", ']]>', '&amp;', '&#0;', '&#x1F600;', '<w:p>', '</w:t>', '<p><b>fet</b> <i>kursiv</i></p>', '<script>alert(1)</script>', '<ul><li>a<li>b</ul>', '<?xml version="1.0"?>', '<!-- x -->', '{varde}', '{']),
  // Right-to-left text and direction controls.
  (random) => pick(random, ['مرحبا بالعالم', 'שלום עולם', '\u202e', '\u202d', '\u200f', '\u200e', '\u2067', '\u2069', 'abc\u202edef']),
  // Non-characters, BOM, separators, odd spaces.
  (random) => pick(random, ['\ufffe', '\uffff', '\ufeff', '\u2028', '\u2029', '\u00a0', '\u200b', '\t', '\r\n', '\n\n', '   ']),
  // Combining marks and Swedish letters.
  (random) => pick(random, ['e\u0301', 'a\u030a', 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'Z̷̢̛a̴l̸g̵o̶']),
  // Plain words.
  (random) => pick(random, ['Kontrollmoment', 'Genomförd', 'risk', 'Stickprov', 'Ej aktuellt', 'Skattning 16:', 'Obligatorisk risk:']),
  // Random BMP characters.
  (random) => unit(random, 0x20, 0xd7ff)
];

/** A 5 000-character word. */
function longWord(random: () => number): string {
  const letter = pick(random, ['a', 'ö', 'W', '😀', 'م']);
  return letter.repeat(Math.ceil(5000 / letter.length)).slice(0, 5000);
}

/** A random hostile string; about one in a hundred holds a 5 000-character word. */
export function hostileString(random: () => number): string {
  if (random() < 0.01) {
    return `${pick(random, ['', 'Före ', '<b>'])}${longWord(random)}${pick(random, ['', ' efter', '</b>'])}`;
  }
  const pieces = 1 + Math.floor(random() * 12);
  let text = '';
  for (let i = 0; i < pieces; i++) {
    text += pick(random, PIECES)(random);
  }
  return text;
}

/** A source of hostile strings that counts how many it gave. */
export class HostileStrings {
  /** Strings given so far. */
  public count = 0;
  private readonly random: () => number;

  public constructor(public readonly seed: number) {
    this.random = mulberry32(seed);
  }

  /** The next string. */
  public next(): string {
    this.count++;
    return hostileString(this.random);
  }
}
