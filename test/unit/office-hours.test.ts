/** OFFICE_HOURS: what operators write, and whether a moment (server-local) falls into it. */
import { loadConfig } from '../../src/config';
import { isOpen, parseOfficeHours } from '../../src/handoff/office-hours';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, 6 + day, hour, minute); // day 0 = Sunday 6 Dec 2026

describe('office hours', () => {
  it('reads weekday ranges and split days, in German or English day names', () => {
    const hours = parseOfficeHours('Mo-Do 08:00-12:00, 13:30-17:00; Fr 08:00-12:00')!;
    expect(isOpen(hours, at(1, 8))).toBe(true);
    expect(isOpen(hours, at(1, 12, 30))).toBe(false);
    expect(isOpen(hours, at(4, 16, 59))).toBe(true);
    expect(isOpen(hours, at(5, 13))).toBe(false);
    expect(isOpen(hours, at(0, 10))).toBe(false);
    expect(isOpen(parseOfficeHours('Mon-Fri 09:00-17:00')!, at(3, 9))).toBe(true);
    expect(isOpen(parseOfficeHours('immer')!, at(0, 3))).toBe(true);
  });

  it('refuses what it cannot read, naming the variable', () => {
    for (const bad of ['', 'Mo-Fr', 'Mo-Fr 17:00-08:00', 'Xy 08:00-12:00', 'Mo-Fr 8-17']) expect(parseOfficeHours(bad)).toBeUndefined();
    expect(() => loadConfig({ OFFICE_HOURS: 'werktags' })).toThrow(/OFFICE_HOURS: expected days and hours like "Mo-Fr 08:00-17:00"/);
    expect(loadConfig({}).OFFICE_HOURS).toBe('Mo-Fr 08:00-17:00');
  });
});
