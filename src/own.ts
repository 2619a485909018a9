/**
 * Lookups in tables keyed by what people type or tap. A plain object also answers keys it inherits
 * ("constructor", "toString", "__proto__"), so a word or a button value could reach a function of
 * Object.prototype instead of an entry; these only see the table's own entries.
 */

/** The table's own entry for `key`, or undefined. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `key` is one of the table's own entries (narrows it to the table's keys). */
export function isOwnKey<K extends string>(table: Readonly<Partial<Record<K, unknown>>>, key: string): key is K {
  return Object.hasOwn(table, key);
}
