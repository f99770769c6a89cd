/** Deputy standings and early endings, and the request slot key, on hand-built appointments. */
import { dayBefore, deputyStanding, endingOf, eventSlotKey, requestSlotKey, type DeputyAppointment } from '../../src/approvals';

const chef = { id: 7, title: 'Förvaltningsdirektör' };
const deputy = { id: 9, title: 'Biträdande' };
const author = { id: 2, title: 'Samordnare' };

function appointment(id: number, from: string, to: string, createdAt: string): DeputyAppointment {
  return { id, key: `k${id}`, approver: chef, deputy, from, to, author, createdAt };
}

test('dayBefore crosses months, years and leap days', () => {
  expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  expect(dayBefore('2023-03-01')).toBe('2023-02-28');
  expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  expect(dayBefore('2025-07-15')).toBe('2025-07-14');
});

test('standing: current, upcoming, past, and replaced by a later appointment of the same pair', () => {
  const a = appointment(1, '2025-07-01', '2025-07-31', '2025-06-01T08:00:00Z');
  expect(deputyStanding(a, [a], '2025-07-01')).toBe('current');
  expect(deputyStanding(a, [a], '2025-07-31')).toBe('current');
  expect(deputyStanding(a, [a], '2025-06-30')).toBe('upcoming');
  expect(deputyStanding(a, [a], '2025-08-01')).toBe('past');
  const b = appointment(2, '2025-07-01', '2025-07-10', '2025-07-05T08:00:00Z');
  expect(deputyStanding(a, [a, b], '2025-07-06')).toBe('replaced');
  expect(deputyStanding(b, [a, b], '2025-07-06')).toBe('current');
  // Another deputy's appointment does not replace it.
  const other = { ...b, id: 3, deputy: { id: 11, title: 'Annan' } };
  expect(deputyStanding(a, [a, other], '2025-07-06')).toBe('current');
});

test('ending early: yesterday is the last day; one not begun ends as a past day; over or replaced has nothing to end', () => {
  const a = appointment(1, '2025-07-01', '2025-07-31', '2025-06-01T08:00:00Z');
  expect(endingOf(a, [a], '2025-07-10')).toEqual({ approverId: 7, deputyId: 9, from: '2025-07-01', to: '2025-07-09' });
  expect(endingOf(a, [a], '2025-06-20')).toEqual({ approverId: 7, deputyId: 9, from: '2025-06-19', to: '2025-06-19' });
  expect(endingOf(a, [a], '2025-08-01')).toBeUndefined();
  const b = appointment(2, '2025-07-01', '2025-07-09', '2025-07-10T08:00:00Z');
  expect(endingOf(a, [a, b], '2025-07-10')).toBeUndefined();
});

test('request slot keys: plan, period and round; events never look like one', () => {
  expect(requestSlotKey(12, 'T2', 0)).toBe('12|T2|0');
  expect(requestSlotKey(12, 'T2', 3)).toBe('12|T2|3');
  expect(() => requestSlotKey(0, 'T2', 0)).toThrow(RangeError);
  expect(() => requestSlotKey(12, '', 0)).toThrow(RangeError);
  expect(() => requestSlotKey(12, 'T2', -1)).toThrow(RangeError);
  expect(eventSlotKey('abc')).toBe('händelse:abc');
});
