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

  it('reads a ground raid, but not raids by warplanes', () => {
    expect(brief('An army unit raided an ISIS checkpoint on the northern edge of Mayadin.')).toContain('attack/government@northern edge of Mayadin/asserted');
    expect(brief('Dozens of raids by the warplanes hit Jasim.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('reads strikes on vehicles on the move', () => {
    expect(brief('Government troops targeted three ISIS trucks on the road near Shuaytat.')).toContain('attack/government@near Shuaytat/asserted');
  });

  it('does not read destroyed equipment after a toll as an attack of its own', () => {
    expect(brief('The army killed dozens of ISIS militants and destroyed their vehicles near Shuaytat.').filter((e) => e.startsWith('attack'))).toEqual([]);
  });

  it('reads an attack its attacker is named with', () => {
    expect(brief('A large ISIS attack on Hatla was repelled.')).toContain('attack/isis@Hatla/asserted');
    expect(brief('ISIS fighters began counter-attacking in Salhiyeh at dawn.')).toContain('attack/isis@Salhiyeh/asserted');
  });
});
