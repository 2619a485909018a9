import { IdTable } from '../../src/matching/id-table';

describe('job ids held as columns', () => {
  it('finds every job number by its id and gives each id back, for UUIDs, source ids and ids beyond Latin-1', () => {
    const ids = ['0b7c6f3e-2d1a-4c8e-9f00-5a4b3c2d1e0f', 'ba-10000-123', 'demo-1', '', 'Zürich-7', 'emoji-🙂', 'job-東京', 'b1', 'b10', 'b100'];
    const table = new IdTable();
    for (const id of ids) table.push(id);
    table.seal();
    expect(table.size).toBe(ids.length);
    ids.forEach((id, i) => {
      expect(table.get(id)).toBe(i);
      expect(table.idOf(i)).toBe(id);
    });
    for (const unknown of ['b1000', 'B1', 'demo-', 'emoji-🙃', 'job-東']) expect(table.get(unknown)).toBeUndefined();
  });

  it('finds a repeated id at its later number, as a catalog update would replace it', () => {
    const table = new IdTable();
    for (const id of ['a', 'b', 'a', 'ü-€', 'ü-€']) table.push(id);
    table.seal();
    expect([table.get('a'), table.get('b'), table.get('ü-€')]).toEqual([2, 1, 4]);
  });

  it('holds many ids with colliding table slots', () => {
    const table = new IdTable();
    for (let i = 0; i < 50_000; i++) table.push(`job-${i}`);
    table.seal();
    for (let i = 0; i < 50_000; i += 997) expect(table.get(`job-${i}`)).toBe(i);
    expect(table.get('job-50000')).toBeUndefined();
    expect(new IdTable().seal().get('x')).toBeUndefined();
  });
});
