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
});
