import { describe, expect, it } from 'vitest';
import { extractReport } from '../index.ts';
import { brief, reportOf } from '../test-support.ts';

describe('coreference refiner', () => {
  it('resolves "the organization" to the last named militant group', () => {
    expect(brief('HTS attacked Abu Dali. Later the organization withdrew from Abu Dali.')).toContain('withdrawal/hts@Abu Dali/asserted');
  });

  it('resolves "they" to the last acting side', () => {
    expect(brief('The SDF captured Karama. Then they advanced towards Hazimah.')).toContain('advance/sdf@Hazimah/asserted');
  });

  it('resolves "the field" to the last field named', () => {
    const events = extractReport(reportOf('The army reached the Shaer gas field. ISIS then withdrew from the field.')).events;
    expect(events.find((e) => e.type === 'withdrawal')?.place?.name).toBe('Shaer gas field');
  });

  it('gives a subjectless event to the report’s main actor', () => {
    expect(brief('The Syrian army captured Kabajeb. Heavy clashes erupted in Shula.')).toContain('clash/government@Shula/asserted');
  });

  it('reads a bracketed acronym as the same actor, not an ally', () => {
    const [event] = extractReport(reportOf('The Syrian Arab Army (SAA), Hezbollah and the Tiger Forces captured Humaymah.')).events;
    expect(event?.actor.name).toBe('Syrian Arab Army');
    expect(event?.allies.map((a) => a.name)).toEqual(['Hezbollah', 'Tiger Forces']);
  });

  it('lists named allies with the main actor, all on its side', () => {
    const [event] = extractReport(reportOf('The Syrian army, Hezbollah and the Tiger Forces captured Humaymah.')).events;
    expect(event?.actor.side).toBe('government');
    expect(event?.allies.map((a) => a.name)).toEqual(['Hezbollah', 'Tiger Forces']);
  });
});
