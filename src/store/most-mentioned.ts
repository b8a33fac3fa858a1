/** Rows that share a key, summarised: the spelling most mentioned and the total mentions. */
export interface MentionGroup<R> {
  name: string;
  mentions: number;
  rows: R[];
}

/**
 * Groups mention rows by `keyOf`, names each group by its most mentioned spelling (ties: the
 * alphabetically first, so the answer does not depend on row order) and sorts the groups by
 * mentions, most first, then by name.
 */
export function mostMentioned<R extends { name: string; mentions: number }>(rows: readonly R[], keyOf: (row: R) => string): MentionGroup<R>[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return [...groups.values()]
    .map((members) => {
      const bySpelling = new Map<string, number>();
      for (const m of members) bySpelling.set(m.name, (bySpelling.get(m.name) ?? 0) + m.mentions);
      const [name] = [...bySpelling.entries()].sort(([a, x], [b, y]) => y - x || compare(a, b))[0] ?? [''];
      return { name, mentions: members.reduce((sum, m) => sum + m.mentions, 0), rows: members };
    })
    .sort((a, b) => b.mentions - a.mentions || compare(a.name, b.name));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
