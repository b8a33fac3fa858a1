import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('one-sided attack rule', () => {
  it.each([
    ['ISIS militants ambushed an army convoy near Tiyas.', 'attack/isis@near Tiyas/asserted'],
    ['A suicide car bomb by Daesh struck a checkpoint in Qamishli.', 'attack/isis@Qamishli/asserted'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });

  it('does not take an IED clearance for an attack', () => {
    expect(brief('Army engineers are dismantling IEDs in Suwaydah.').filter((e) => e.startsWith('attack/'))).toEqual([]);
  });
});
