/**
 * Deputy appointments as the samordnare sees them, and how one is ended early. The list is
 * append-only: an appointment is never edited; a later appointment of the same approver and
 * deputy replaces it from its `Created` on (`appointmentAt`), so ending one early is a new
 * appointment of the pair that ended yesterday.
 */
import { compareInstants } from './time';
import type { DeputyAppointment, DeputyInput } from './types';

/** Where an appointment stands on a day. */
export type DeputyStanding = 'current' | 'upcoming' | 'past' | 'replaced';

/** The day before a "YYYY-MM-DD" day. */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

/**
 * Whether an appointment is in force on `today`, still to come, over, or replaced by a later
 * appointment of the same approver and deputy.
 */
export function deputyStanding(appointment: DeputyAppointment, all: readonly DeputyAppointment[], today: string): DeputyStanding {
  const later = all.some(
    (other) =>
      other.id !== appointment.id &&
      other.approver.id === appointment.approver.id &&
      other.deputy.id === appointment.deputy.id &&
      (compareInstants(other.createdAt, appointment.createdAt) > 0 || (compareInstants(other.createdAt, appointment.createdAt) === 0 && other.id > appointment.id))
  );
  if (later) {
    return 'replaced';
  }
  if (appointment.to < today) {
    return 'past';
  }
  return appointment.from > today ? 'upcoming' : 'current';
}

/**
 * The appointment that ends `appointment` early, on `today`: the same pair, ending yesterday
 * (starting then too when it had not begun, so the range stays valid and lies in the past).
 * Undefined when there is nothing to end (it is over or replaced already).
 */
export function endingOf(appointment: DeputyAppointment, all: readonly DeputyAppointment[], today: string): DeputyInput | undefined {
  const standing = deputyStanding(appointment, all, today);
  if (standing === 'past' || standing === 'replaced') {
    return undefined;
  }
  const yesterday = dayBefore(today);
  return { approverId: appointment.approver.id, deputyId: appointment.deputy.id, from: appointment.from <= yesterday ? appointment.from : yesterday, to: yesterday };
}
