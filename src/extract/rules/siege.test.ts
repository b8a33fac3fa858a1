import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('siege rules', () => {
  it('reads an active encirclement', () => {
    expect(brief('Government forces besieged Rastan for weeks.')).toContain('siege/government@Rastan/asserted');
  });

  it('reads the besieger from a possessive, and the lifting as intended', () => {
    const events = brief('The army launched an operation to lift ISIL’s siege on Kuweires.');
    expect(events).toContain('siege/isis@Kuweires/asserted');
    expect(events).toContain('other/government@Kuweires/intended');
  });

  it('reads the passive agent', () => {
    expect(brief('Fuaa had been besieged by the rebels since 2015.')).toContain('siege/rebels@Fuaa/asserted');
  });

  it('does not read "surrounding" as a siege', () => {
    expect(brief('The army entered the surrounding villages of Sabkhah.').filter((e) => e.startsWith('siege/'))).toEqual([]);
  });

  it('states the siege that a lifting ends, asserted even when the lifting is only intended', () => {
    const events = brief('Loyalist forces are preparing to lift the siege imposed by the rebels on Nubl.');
    expect(events).toContain('siege/rebels@Nubl/asserted');
    expect(events).toContain('other/government@Nubl/intended');
  });

  it('reads a place inside the lifting words and a besieger named as an adjective', () => {
    const events = brief('Government troops have pressed east since breaking the IS siege of Kuweires and Tal Hasil last week.');
    expect(events).toContain('siege/isis@Kuweires/asserted');
    expect(events).toContain('other/government@Kuweires/asserted');
  });

  it('never gives the lifting to the besieger, even with the lifter named after it', () => {
    const events = brief('While lifting the ISIS siege on Kuweires remains the goal, the Syrian army first has to secure Maskanah.');
    expect(events).toContain('other/government@Kuweires/asserted');
    expect(events).not.toContain('other/isis@Kuweires/asserted');
  });

  it('does not read "the besieged soldiers" as a siege laid', () => {
    expect(brief('The army reached the Jirah airbase and met the besieged soldiers inside it.').filter((e) => e.startsWith('siege'))).toEqual([]);
  });
});
