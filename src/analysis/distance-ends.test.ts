import { describe, expect, it } from 'vitest';
import { aroundFigure, nameRuns } from './distance-ends.ts';

describe('distance claim ends', () => {
  it('splits a quote at its distance figure', () => {
    expect(aroundFigure('Al-Sukhnah is about 60 km from Palmyra')).toEqual({ before: 'Al-Sukhnah is about ', after: ' from Palmyra' });
    expect(aroundFigure('the regime forces are now less than 15 kilometers away from al-Kawm').before).toBe('the regime forces are now less than ');
    expect(aroundFigure('a 70-km stretch of desert').after).toBe(' stretch of desert');
    expect(aroundFigure('no figure here')).toEqual({ before: '', after: 'no figure here' });
  });

  it('finds runs of capitalised words, articles included, sentence words left out', () => {
    expect(nameRuns('The distance between Palmyra and Arak is')).toEqual(['Palmyra', 'Arak']);
    expect(nameRuns('away from al-Kawm and Deir ez-Zor city')).toEqual(['al-Kawm', 'Deir ez-Zor']);
    expect(nameRuns('the regime forces are now less than')).toEqual([]);
  });
});
