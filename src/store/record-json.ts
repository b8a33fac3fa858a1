/**
 * The JSON stored for an event or claim record: every field the caller gave, in its order, without
 * the store's own `id` and `updated_at` (so a StoredEvent saved back stores the same record).
 */
export function recordJson(record: object): string {
  const copy: Record<string, unknown> = { ...record };
  delete copy.id;
  delete copy.updated_at;
  return JSON.stringify(copy);
}

/** The same JSON with object keys sorted at every depth: two records are equal when these are. */
export function canonicalJson(json: string): string {
  return JSON.stringify(sortKeys(JSON.parse(json)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
