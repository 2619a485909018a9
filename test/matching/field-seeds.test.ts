/**
 * The field of the best proposals (src/matching/hybrid.ts fieldOfSeeds): the occupations the seeds
 * point to weigh by how many seeds agree on them, so one stray proposal cannot pull a whole field in.
 */
import { fieldOfSeeds } from '../../src/matching/hybrid';

const RELATED: Record<string, string[]> = {
  cook: ['baker'],
  baker: ['cook', 'confectioner'],
  retail: ['clerk', 'logistics'],
};
const relatedOf = (o: string) => (Object.prototype.hasOwnProperty.call(RELATED, o) ? RELATED[o]! : []);
const none = () => false;

describe('fieldOfSeeds', () => {
  it('weighs a field two seeds agree on fully and a stray seed’s field at a fraction', () => {
    const field = fieldOfSeeds(['cook', 'baker', 'retail'], relatedOf, none);
    expect(field.get('cook')).toBe(1);
    expect(field.get('baker')).toBe(1);
    expect(field.get('confectioner')).toBe(0.5);
    expect(field.get('retail')).toBe(0.5);
    expect(field.get('logistics')).toBe(0.5);
  });

  it('keeps every field at full weight when no seed agrees with another', () => {
    const field = fieldOfSeeds(['cook', 'retail'], relatedOf, none);
    expect(field.get('cook')).toBe(1);
    expect(field.get('retail')).toBe(1);
    expect(field.get('clerk')).toBe(1);
  });

  it('skips seeds without an occupation and occupations the person has already', () => {
    const field = fieldOfSeeds([undefined, 'baker', undefined], relatedOf, (o) => o === 'cook');
    expect([...field.keys()].sort()).toEqual(['baker', 'confectioner']);
    expect(fieldOfSeeds([], relatedOf, none).size).toBe(0);
  });

  it('takes prototype keys as plain occupation ids', () => {
    const field = fieldOfSeeds(['__proto__', 'constructor', '__proto__'], relatedOf, none);
    expect(field.get('__proto__')).toBe(1);
    expect(field.get('constructor')).toBe(0.5);
  });
});
