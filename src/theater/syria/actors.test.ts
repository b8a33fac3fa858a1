import { describe, expect, it } from 'vitest';
import { SIDES } from '../../model/index.ts';
import { SYRIA_ACTOR_MODIFIERS, SYRIA_ACTORS } from './actors.ts';

describe('Syria actor lexicon', () => {
  it('gives every row a vocabulary side and at least one alias', () => {
    for (const row of SYRIA_ACTORS) {
      expect(SIDES).toContain(row.side);
      expect(row.aliases.length).toBeGreaterThan(0);
    }
    for (const m of SYRIA_ACTOR_MODIFIERS) expect(SIDES).toContain(m.side);
  });

  it('never gives one spelling two sides', () => {
    const seen = new Map<string, string>();
    for (const row of SYRIA_ACTORS) {
      for (const alias of row.aliases) {
        const key = alias.toLowerCase();
        expect(seen.get(key) ?? row.side, alias).toBe(row.side);
        seen.set(key, row.side);
      }
    }
  });
});
