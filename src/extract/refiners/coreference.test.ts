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

  it('places a toll with no place of its own where the paragraph’s last event was, every listed place', () => {
    const events = brief('Government troops retook Khirbet Sawda and Tell Nimr on Friday. Dozens of ISIS militants were killed in the fighting.');
    expect(events).toContain('clash/government@Khirbet Sawda/asserted');
    expect(events).toContain('clash/government@Tell Nimr/asserted');
  });

  it('does not carry a place into a new paragraph', () => {
    const events = brief('Government troops retook Khirbet Sawda on Friday.\n\nDozens of ISIS militants were killed in the fighting.');
    expect(events.filter((e) => e.startsWith('clash'))).toEqual([]);
  });

  it('prefers a place named earlier in the same sentence to the last event', () => {
    const events = brief('The army captured Jubb Ahmar. The fall of Rasm Hamid followed weeks of raids in which scores of IS fighters were killed.');
    expect(events).toContain('clash/government@Rasm Hamid/asserted');
    expect(events).not.toContain('clash/government@Jubb Ahmar/asserted');
  });

  it('gives a subjectless withdrawal to the side the last actor fought', () => {
    const events = brief('The army captured Jubb Ahmar on Friday. The fall of Jubb Ahmar came after weeks of fighting with the terrorist organization, whose members fled the battlefield.');
    expect(events).toContain('withdrawal/isis@Jubb Ahmar/asserted');
  });

  it('reads "the gas-rich area" as the field just named', () => {
    const events = extractReport(reportOf('The army retook the Jazal oil field near Tadmur. The battle for the oil-rich area lasted weeks.')).events;
    expect(events.find((e) => e.type === 'clash')?.place?.name).toBe('Jazal oil field');
  });

  it('places an air strike with no place in its sentence at the last event', () => {
    const events = brief('Syrian troops seized Humaymah on Tuesday.\nThe advance came after dozens of Russian air strikes.');
    expect(events).toContain('airstrike/government@Humaymah/asserted');
  });

  it('goes on across a paragraph break when the sentence opens on a back-reference', () => {
    const events = brief('Syrian troops seized Humaymah on Tuesday.\n\nThe advance came after dozens of Russian air strikes.');
    expect(events).toContain('airstrike/government@Humaymah/asserted');
  });

  it('never guesses for an actor the side named inside the trigger ("drive IS out of X")', () => {
    const events = brief('ISIS shelled Harbinafsah. Capturing the hill is a win in the quest to drive IS out of Harbinafsah.');
    expect(events.filter((e) => e.startsWith('capture/isis'))).toEqual([]);
  });

  it('resolves "the town" after "areas west of X" to X itself', () => {
    const events = brief('The Syrian army captured key areas west of Humaymah and advanced towards the town.');
    expect(events).toContain('advance/government@Humaymah/asserted');
  });

  it('reads "these areas" as each place of the list just named', () => {
    const events = brief('ISIS now holds only Watani Hospital, Naim Roundabout and the Stadium. These areas are also surrounded by the SDF.');
    expect(events).toEqual(['siege/sdf@Watani Hospital/asserted', 'siege/sdf@Naim Roundabout/asserted', 'siege/sdf@Stadium/asserted']);
  });

  it('resolves a plural "the gas fields" to the field last named', () => {
    const events = extractReport(reportOf('The army reached the Shaer gas field near Hayyan. Then the troops took over all the gas fields.')).events;
    expect(events.filter((e) => e.type === 'capture').map((e) => e.place?.name)).toEqual(['Shaer gas field']);
  });
});
