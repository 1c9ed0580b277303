/**
 * Records keyed by text from strangers (front-matter keys, config keys, settings). A plain object
 * answers `constructor`, `hasOwnProperty` or `__proto__` from Object.prototype, and assigning to
 * `__proto__` replaces the prototype instead of storing a value. So every such lookup goes
 * through {@link own} and every such write through {@link put}.
 */

/** The record's own value for `key`, never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Stores `value` under `key` as an own, enumerable property, even when `key` is `__proto__`. */
export function put<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
