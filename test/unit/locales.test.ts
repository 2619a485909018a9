import fs from 'node:fs';
import path from 'node:path';
import { nearestLocale, t } from '../../src/i18n';

const dir = path.join(__dirname, '..', '..', 'locales');
const flatKeys = (node: unknown, prefix = ''): string[] =>
  node && typeof node === 'object' && !Array.isArray(node)
    ? Object.entries(node).flatMap(([k, v]) => flatKeys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));

describe('locale files', () => {
  const locales = ['de-CH', 'de-DE', 'en'];
  const keys = Object.fromEntries(locales.map((l) => [l, new Set(flatKeys(load(l)))]));
  const all = new Set(locales.flatMap((l) => [...keys[l]!]));

  it.each(locales)('%s has every key the others have', (locale) => {
    expect([...all].filter((k) => !keys[locale]!.has(k))).toEqual([]);
  });

  it('de-CH never uses ß', () => {
    expect(fs.readFileSync(path.join(dir, 'de-CH.json'), 'utf8')).not.toContain('ß');
  });

  it('fills placeholders and maps client locales to supported ones', () => {
    expect(t('de-CH', 'common.yes')).toBe('Ja');
    expect(nearestLocale('de-ch', 'de-DE')).toBe('de-CH');
    expect(nearestLocale('de-AT', 'de-DE')).toBe('de-DE');
    expect(nearestLocale('en-US', 'de-CH')).toBe('en');
    expect(nearestLocale('fr-FR', 'de-CH')).toBe('de-CH');
  });

  it('throws on an unknown key instead of showing a raw key to a person', () => {
    expect(() => t('de-DE', 'does.not.exist')).toThrow(/Missing locale text/);
  });
});
