import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('shelling rule', () => {
  it.each([
    ['Regime artillery shelled Kafr Batna on Sunday.', 'shelling/government@Kafr Batna/asserted'],
    ['Rebels fired rockets at the Abbasiyyin neighbourhood.', 'shelling/rebels@Abbasiyyin neighbourhood/asserted'],
    ['Ten missiles fired by the regime forces hit Zamalka.', 'shelling/government@Zamalka/asserted'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });

  it('leaves "jets bombarded X" to the airstrike rule', () => {
    expect(brief('Syrian jets bombarded Hazzeh.')).toEqual(['airstrike/government@Hazzeh/asserted']);
  });

  it('places shelling in a sentence with no place at the paragraph’s last event', () => {
    expect(brief('Government troops entered Maadan. Clashes were accompanied by intensive shelling by the regime forces.')).toContain('shelling/government@Maadan/asserted');
  });
});
