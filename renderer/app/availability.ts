/**
 * Whether a contact answers at a given moment, from the days and hours staff set.
 * A contact without hours answers any time. A shift whose end is earlier than its
 * start runs past midnight and belongs to the day it starts.
 */
import type { Availability, Contact, Weekday } from '../../electron/ipc/contract';

// Date.getDay() order: Sunday first.
const BY_GET_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function isAvailableAt(availability: Availability | undefined, at: Date): boolean {
  if (!availability) return true;
  const now = at.getHours() * 60 + at.getMinutes();
  const from = minutes(availability.from);
  const to = minutes(availability.to);
  const today = BY_GET_DAY[at.getDay()]!;
  const yesterday = BY_GET_DAY[(at.getDay() + 6) % 7]!;
  if (from < to) return availability.days.includes(today) && now >= from && now < to;
  // Overnight: the evening part today, or the morning part of a shift that began yesterday.
  return (availability.days.includes(today) && now >= from) || (availability.days.includes(yesterday) && now < to);
}

/** Contacts to show first (answering now) and the rest, each in the order staff set. */
export function splitByAvailability(contacts: readonly Contact[], at: Date) {
  const now: Contact[] = [];
  const later: Contact[] = [];
  for (const contact of contacts) (isAvailableAt(contact.availability, at) ? now : later).push(contact);
  return { now, later };
}

/** "Mon, Tue and Wed 08:00–16:00" in the reader's language, from Intl (no text to translate). */
export function describeAvailability(availability: Availability, language: string): string {
  // 2024-01-01 was a Monday.
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  const dayNames = availability.days.map((day) =>
    weekday.format(new Date(Date.UTC(2024, 0, 1 + ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(day)))),
  );
  const list = new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(dayNames);
  const time = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const at = (value: string) => time.format(new Date(Date.UTC(2024, 0, 1, Number(value.slice(0, 2)), Number(value.slice(3, 5)))));
  return `${list} ${at(availability.from)}–${at(availability.to)}`;
}
