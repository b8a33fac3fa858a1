import { describe, expect, it } from 'vitest';
import { provinceNamed } from './geocoder.ts';
import { loadSyriaGazetteer } from './load.ts';
import { bestCandidate, rankCandidates, type RankContext } from './rank.ts';

describe('bestCandidate', () => {
  const g = loadSyriaGazetteer();
  const canonical = (s: string): string | null => provinceNamed(g, s)?.admin1 ?? null;
  const near = [{ lat: 34.9, lon: 38.9 }, { lat: 35.3, lon: 40.1 }];
  const cases: Array<[string, RankContext]> = [
    ['Arak', { kindHint: 'field' }],
    ['Arak', {}],
    ['Rusafa', { provinceHint: 'Raqqa' }],
    ['Sukhnah', { nearby: near }],
    ['Tadmur', { kindHint: 'populated', nearby: near }],
    ['Hama', { kindHint: 'district' }],
    ['Deir Ezzor', { kindHint: 'airport', provinceHint: 'Deir ez-Zor', nearby: near }],
    ['Bir', {}],
  ];
  it.each(cases)('is the first of rankCandidates, with its why: %s %o', (name, ctx) => {
    const hits = g.lookup(name);
    expect(bestCandidate(hits, ctx, canonical)).toEqual(rankCandidates(hits, ctx, canonical)[0]);
  });
});
