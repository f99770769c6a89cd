/**
 * The site's regional settings that change what SharePoint stores: its time zone. A site of a
 * Swedish municipality is in W. Europe Standard Time ("(UTC+01:00) Amsterdam, Berlin, Bern,
 * Rom, Stockholm, Wien", SharePoint time zone 4). SharePoint Online stores a date-only value as
 * the site's local midnight of that day and REST answers it in UTC: 2025-06-02 is
 * `2025-06-01T22:00:00Z` in summer time, 2025-01-15 is `2025-01-14T23:00:00Z` in winter.
 */

/** The IANA zone of the demo site (SharePoint's W. Europe Standard Time). */
export const SITE_TIME_ZONE = 'Europe/Stockholm';

/** SharePoint's description of the zone, as `web/RegionalSettings/TimeZone` answers it. */
export const SITE_TIME_ZONE_INFO = {
  Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien',
  Id: 4,
  Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 }
} as const;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, instant: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The zone's offset from UTC at an instant, in ms (Stockholm: +1 h in winter, +2 h in summer). */
function offsetAt(timeZone: string, instant: number): number {
  const p = partsIn(timeZone, instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant SharePoint stores for a date-only value given as `instant`: the site-local
 * midnight of the local day the instant falls on, as `YYYY-MM-DDTHH:MM:SSZ`.
 */
export function siteLocalMidnight(instant: Date, timeZone: string = SITE_TIME_ZONE): string {
  const local = partsIn(timeZone, instant.getTime());
  const utcMidnight = Date.UTC(local.year, local.month - 1, local.day);
  // Midnight is never inside a daylight-saving jump in this zone (they happen at 02:00 and 03:00).
  const stored = utcMidnight - offsetAt(timeZone, utcMidnight);
  return `${new Date(stored).toISOString().slice(0, 19)}Z`;
}
