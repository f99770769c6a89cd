/** Splitting a snapshot over the decision's columns and further parts, on hand-built texts. */
import { chunkText, joinSnapshotParts, splitSnapshot } from '../../src/data/approvals/approvalMapping';

test('chunks never split a surrogate pair, and join to the text', () => {
  expect(chunkText('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
  // "😀" is two code units; a cut after "ab" + its first half moves before it.
  expect(chunkText('ab😀c', 3)).toEqual(['ab', '😀c']);
  expect(chunkText('', 3)).toEqual([]);
});

test('a snapshot of 4 × 63 999 characters fills the columns; one more character is a part', () => {
  const full = 'x'.repeat(4 * 63999);
  expect(splitSnapshot(full).overflow).toEqual([]);
  expect(Object.keys(splitSnapshot(full).columns)).toEqual(['Ogonblicksbild', 'Ogonblicksbild2', 'Ogonblicksbild3', 'Ogonblicksbild4']);
  const more = splitSnapshot(`${full}yz`);
  expect(more.overflow).toEqual(['yz']);
  const big = splitSnapshot('x'.repeat(300000));
  // 300 000 − 255 996 = 44 004 characters in one part.
  expect(big.overflow.map((p) => p.length)).toEqual([44004]);
});

test('parts join in the order of their numbers, only the decision’s own', () => {
  const items = [
    { Title: 'k#10', Ogonblicksbildsdel: 'J' },
    { Title: 'k#2', Ogonblicksbildsdel: 'B' },
    { Title: 'annan#1', Ogonblicksbildsdel: 'X' },
    { Title: 'k#1', Ogonblicksbildsdel: 'A' },
    { Title: 'k#x', Ogonblicksbildsdel: 'Y' }
  ];
  expect(joinSnapshotParts('k', items)).toBe('ABJ');
});
