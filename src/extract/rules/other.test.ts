import { describe, expect, it } from 'vitest';
import { extractReport } from '../index.ts';
import { brief, reportOf } from '../test-support.ts';

describe('other rules', () => {
  it('names the subtype of a lifted siege', () => {
    const [event] = extractReport(reportOf('The Syrian army broke the siege on Kuweires airbase.')).events.filter((e) => e.type === 'other');
    expect(event?.subtype).toBe('siege lifted');
    expect(event?.actor.side).toBe('government');
  });

  it('reads a cut supply line', () => {
    expect(brief('The SDF cut the supply road to Tabqa.')).toContain('other/sdf@Tabqa/asserted');
  });

  it('reads a secured road', () => {
    const events = extractReport(reportOf('The army secured the road to Khanasser.')).events;
    expect(events.map((e) => e.subtype)).toContain('road secured');
  });

  it('reads restoring security to a road as a road secured', () => {
    const [event] = extractReport(reportOf('The army is restoring security to the road to Ithriya.')).events;
    expect(event?.subtype).toBe('road secured');
  });

  it('reads "units of the army" as the subject of the clause it opens', () => {
    const events = extractReport(reportOf('ISIS shelled Mayadin. Since then, units of the army, covered by Russian jets, have pressed on since breaking the Kuweires siege in May.')).events;
    expect(events.find((e) => e.type === 'other')?.actor.side).toBe('government');
  });

  it('gives a lifting to the army named with its allies before the purpose infinitive', () => {
    const events = extractReport(reportOf('ISIS shelled Tabni. It is part of an operation launched by the Syrian army and allies to lift the siege imposed by ISIS on Kuweires.')).events;
    expect(events.find((e) => e.type === 'other')?.actor.side).toBe('government');
  });
});
