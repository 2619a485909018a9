import { pointDistanceKm } from '../../src/matching/geo';
import { allPlaces, lookupPlace, nearestPlace } from '../../src/nlu/places';

describe('places', () => {
  it.each([
    ['4500', 'Solothurn'], ['4500 Solothurn', 'Solothurn'], ['CH-2540', 'Grenchen'], ['Grenchen', 'Grenchen'],
    ['in Olten', 'Olten'], ['Grenchn', 'Grenchen'], ['Solothrun', 'Solothurn'], ['70173 Stuttgart', 'Stuttgart'],
    ['Esslingen', 'Esslingen am Neckar'], ['Genf', 'Genève'], ['Zurich', 'Zürich'], ['St. Gallen', 'St. Gallen'],
    ['Sankt Gallen', 'St. Gallen'], ['Frankfurt', 'Frankfurt am Main'], ['Frankfurt (Oder)', 'Frankfurt (Oder)'],
    ['Oberdorf SO', 'Oberdorf SO'], ['4710 Klus', 'Klus'], ['Ludwigsburg', 'Ludwigsburg'], ['Biel', 'Biel/Bienne'],
  ])('lookupPlace(%s) → %s', (text, name) => expect(lookupPlace(text)?.name).toBe(name));

  it('knows the country and nearby codes', () => {
    expect(lookupPlace('4600')).toMatchObject({ country: 'CH', postalCode: '4600' });
    expect(lookupPlace('71032')).toMatchObject({ country: 'DE', name: 'Böblingen' });
    const approx = lookupPlace('4599');
    expect(approx).toMatchObject({ postalCode: '4599', approximate: true, country: 'CH' });
  });

  it('finds the country of a shared location by its nearest town, and none far from both countries', () => {
    expect(nearestPlace({ latitude: 48.79, longitude: 9.2 })).toMatchObject({ name: 'Stuttgart', country: 'DE' });
    expect(nearestPlace({ latitude: 47.352, longitude: 7.905 })?.country).toBe('CH');
    expect(nearestPlace({ latitude: 48.857, longitude: 2.352 })).toBeUndefined(); // Paris
  });

  it('returns undefined for unknown text', () => {
    expect(lookupPlace('')).toBeUndefined();
    expect(lookupPlace('xyzzy')).toBeUndefined();
    expect(lookupPlace('Ich kann löten')).toBeUndefined();
  });

  it('covers the Kanton Solothurn and the region', () => {
    const codes = new Set(allPlaces().map((p) => p.postalCode));
    for (const code of ['4500', '2540', '4600', '4710', '5012', '4143', '4226', '3253', '4716', '4588', '4118', '4632']) {
      expect(codes.has(code)).toBe(true);
    }
    expect(allPlaces().length).toBeGreaterThan(700);
    for (const place of allPlaces()) {
      expect(place.latitude).toBeGreaterThan(45.5);
      expect(place.latitude).toBeLessThan(55.2);
      expect(place.longitude).toBeGreaterThan(5.8);
      expect(place.longitude).toBeLessThan(15.1);
    }
  });

  it('gives places coordinates the matcher measures distances with', () => {
    expect(pointDistanceKm(lookupPlace('Solothurn')!, lookupPlace('Olten')!)).toBeCloseTo(31.8, 0);
    expect(pointDistanceKm(lookupPlace('Berlin')!, lookupPlace('München')!)).toBeGreaterThan(500);
    const p = lookupPlace('Grenchen')!;
    expect(pointDistanceKm(p, p)).toBe(0);
  });
});
