/**
 * Office hours of the network's counsellors (OFFICE_HOURS, server-local time), e.g.
 * "Mo-Fr 08:00-17:00" or "Mo-Do 08:00-12:00, 13:30-17:00; Fr 08:00-12:00". Pure parsing and checks.
 */

/** One opening period: weekdays (0 = Sunday … 6 = Saturday) and minutes since midnight [from, to). */
export interface OpeningPeriod {
  days: number[];
  from: number;
  to: number;
}

const DAYS: Record<string, number> = { so: 0, su: 0, mo: 1, di: 2, tu: 2, mi: 3, we: 3, do: 4, th: 4, fr: 5, sa: 6 };

function day(token: string): number | undefined {
  return DAYS[token.trim().toLowerCase().slice(0, 2)];
}

function minutes(token: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(token.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : token.trim() === '24:00' ? 1440 : undefined;
}

function daysOf(spec: string): number[] | undefined {
  const out: number[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-');
    const from = day(a ?? '');
    const to = b === undefined ? from : day(b);
    if (from === undefined || to === undefined) return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      out.push(d);
      if (d === to) break;
    }
  }
  return out;
}

/** The periods of a setting; undefined when it cannot be read. "immer"/"always" means round the clock. */
export function parseOfficeHours(text: string): OpeningPeriod[] | undefined {
  if (/^(immer|always|24\/7)$/i.test(text.trim())) return [{ days: [0, 1, 2, 3, 4, 5, 6], from: 0, to: 1440 }];
  const periods: OpeningPeriod[] = [];
  for (const group of text.split(';')) {
    const m = /^\s*([A-Za-z,\s-]+?)\s+(\d.*)$/.exec(group);
    if (!m) return undefined;
    const days = daysOf(m[1]!.replace(/\s+/g, ''));
    if (!days) return undefined;
    for (const range of m[2]!.split(',')) {
      const [a, b] = range.split('-');
      const from = minutes(a ?? '');
      const to = minutes(b ?? '');
      if (from === undefined || to === undefined || to <= from) return undefined;
      periods.push({ days, from, to });
    }
  }
  return periods.length ? periods : undefined;
}

/** Whether `now` (server-local) falls into one of the periods. */
export function isOpen(periods: readonly OpeningPeriod[], now: Date): boolean {
  const minute = now.getHours() * 60 + now.getMinutes();
  return periods.some((p) => p.days.includes(now.getDay()) && minute >= p.from && minute < p.to);
}
