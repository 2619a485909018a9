/**
 * The geographic grid: the cells a search reads around a person must hold every place within the
 * radius, but not the corners of the square around the circle, which hold none.
 */
import { cellCol, cellKey, cellRow, cellsAround, distanceKmFast } from '../../src/matching/geo';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('grid cells around a person', () => {
  it('hold every place within the radius, from 5 to 200 km, in Switzerland and Germany', () => {
    const next = random(7);
    let within = 0;
    for (let t = 0; t < 600; t++) {
      const [lat, lon, radius] = [45.8 + next() * 9, 5.9 + next() * 9, [5, 10, 20, 40, 80, 200][t % 6]!];
      const cells = new Set(cellsAround(lat, lon, radius));
      for (let k = 0; k < 40; k++) {
        const [angle, d] = [next() * 2 * Math.PI, radius * (0.9 + next() * 0.2)];
        const [pLat, pLon] = [lat + (Math.sin(angle) * d) / 110.574, lon + (Math.cos(angle) * d) / (111.32 * Math.cos((lat * Math.PI) / 180))];
        if (distanceKmFast(lat, lon, pLat, pLon) > radius) continue;
        within++;
        expect(cells.has(cellKey(cellRow(pLat), cellCol(pLon)))).toBe(true);
      }
    }
    expect(within).toBeGreaterThan(5000);
  });

  it('leave out the corners of the square around a large circle', () => {
    const [lat, lon, radius] = [47.2, 7.5, 100];
    const cells = cellsAround(lat, lon, radius);
    const corner = cellKey(cellRow(lat + radius / 110.574), cellCol(lon + radius / (111.32 * Math.cos((lat * Math.PI) / 180))));
    expect(cells).not.toContain(corner);
    expect(cells).toContain(cellKey(cellRow(lat), cellCol(lon)));
  });
});
