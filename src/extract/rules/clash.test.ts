import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('clash rules', () => {
  it('takes the first side of "clashes between A and B"', () => {
    expect(brief('Violent clashes broke out between the SDF and ISIS in the Hamidiyah district.')).toContain('clash/sdf@Hamidiyah district/asserted');
  });

  it('reads fighting at a named place', () => {
    expect(brief('Government troops fought Jaysh al-Islam fighters near Harasta.')).toContain('clash/government@near Harasta/asserted');
  });

  it('reads an offensive against a place as a clash there, and its goal as intended', () => {
    const events = brief('The Syrian army is pressing an offensive to recapture Maadan.');
    expect(events).toContain('clash/government@Maadan/asserted');
    expect(events).toContain('capture/government@Maadan/intended');
  });

  it('reads a toll of fighters at a place as a clash by the killers', () => {
    expect(brief('Syrian troops killed dozens of ISIS fighters in Ash Sholah.')).toContain('clash/government@Ash Sholah/asserted');
  });

  it.each([
    'Five civilians were killed in Ariha.',
    'ISIS has mobile assault units in the Jazira desert.',
  ])('not a clash: %s', (text) => {
    expect(brief(text).filter((e) => e.startsWith('clash/'))).toEqual([]);
  });

  it('reads an exchange of fire as a clash', () => {
    expect(brief('There was an exchange of fire between the army and the rebels in Busra al-Harir.')).toContain('clash/government@Busra al-Harir/asserted');
  });

  it('gives an offensive to the side it is waged by, not the side it targets', () => {
    expect(brief('The raid is part of a campaign by regime forces against the Islamic State in rural Homs.')).toContain('clash/government@Homs/asserted');
  });

  it('gives a purpose infinitive to the actor just before it ("a campaign by X to clear")', () => {
    expect(brief('It is part of a campaign by regime forces to clear the Islamic State from rural Homs.')).toContain('capture/government@Homs/intended');
  });

  it('with no subject before the fighting, takes the actor after it', () => {
    expect(brief('ISIS shelled Tadmur. The battle for Qaryatayn intensified on Tuesday as pro-regime forces pressed on.')).toContain('clash/government@Qaryatayn/asserted');
  });

  it('reads "until after midnight" as a time inside the clause, not a new clause', () => {
    expect(brief('Clashes continued until after midnight between the army and ISIS in the area of the Shaer field.')).toContain('clash/government@Shaer field/asserted');
  });

  it('never reads the backer after "backed by a" as the subject', () => {
    expect(brief('The SDF pushed on. Arab fighters backed by a U.S.-led coalition fought their way into the edge of Tabqa.')).toContain('clash/sdf@edge of Tabqa/asserted');
  });

  it('places fighting in a sentence that names no place at the paragraph’s last event', () => {
    expect(brief('Government troops entered Shula on Monday. There was only an exchange of fire between the army and the rebels.')).toContain('clash/government@Shula/asserted');
  });
});
