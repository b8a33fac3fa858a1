import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('airstrike rule', () => {
  it.each([
    ['Russian warplanes struck Khan al-Sabil on Monday.', 'airstrike/government@Khan al-Sabil/asserted'],
    ['Coalition airstrikes hit Hajin overnight.', 'airstrike/us_coalition@Hajin/asserted'],
    ['Syrian jets bombarded al-Hamidiyah and Tal Jaber.', 'airstrike/government@Tal Jaber/asserted'],
    ['Turkish jets bombed Jinderes.', 'airstrike/turkey@Jinderes/asserted'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });

  it('gives a strike "by" a ground force without planes to its air backer', () => {
    expect(brief('The SDF advanced under airstrikes that hit Shaddadi.')).toContain('airstrike/us_coalition@Shaddadi/asserted');
  });

  it.each(['The rebels asked for air support near Tafas.', 'The army was backed by air cover.'])('not a strike: %s', (text) => {
    expect(brief(text).filter((e) => e.startsWith('airstrike/'))).toEqual([]);
  });

  it('reads bombers striking "the province" as the province last named', () => {
    const events = brief('The army is advancing in Idlib province. Russian bombers hit militant targets in the province on Friday.');
    expect(events).toContain('airstrike/government@Idlib province/asserted');
  });
});
