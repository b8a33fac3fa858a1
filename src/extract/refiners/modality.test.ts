import { describe, expect, it } from 'vitest';
import { extractReport } from '../index.ts';
import { brief, reportOf } from '../test-support.ts';

describe('modality refiner', () => {
  it.each([
    ['The army seeks to recapture Maadan.', 'capture/government@Maadan/intended'],
    ['The SDF aims at controlling Shaddadi.', 'capture/sdf@Shaddadi/intended'],
    ['Government forces are expected to storm Hawijah soon.', 'capture/government@Hawijah/intended'],
    ['If the army reached Tabqa, it would besiege Mansura.', 'siege/government@Mansura/hypothetical'],
    ['The recapture of Qaryatayn could open the road east.', 'capture/government@Qaryatayn/hypothetical'],
  ])('%s', (text, expected) => {
    expect(brief(`The Syrian army is active. ${text}`)).toContain(expected);
  });

  it('does not read the noun "Forces" as "forced to"', () => {
    expect(brief('The Tiger Forces and their allies started an operation to capture Mayadin.')).toContain('capture/government@Mayadin/intended');
  });

  it('keeps achievements factual ("managed to seize")', () => {
    expect(brief('The Syrian army managed to seize Tall Abyad.')).toEqual(['capture/government@Tall Abyad/asserted']);
  });

  it.each(['The rebels failed to capture Halfaya.', 'The army denied rumours that ISIS had taken Suran.'])('drops denied events: %s', (text) => {
    expect(brief(text).filter((e) => e.startsWith('capture/'))).toEqual([]);
  });

  it('dates events of a cited earlier report from the citation', () => {
    const [event] = extractReport(reportOf('SOHR published yesterday that the regime forces took control of Jubb al-Jarrah.')).events;
    expect(event?.modality).toBe('reported_earlier');
    expect(event?.date).toBe('2017-06-14');
  });

  it('keeps the offset of a citation when publication is unknown', () => {
    const [event] = extractReport(reportOf('The monitor also published about 3 days ago that ISIS fled Arak.', null)).events;
    expect(event).toMatchObject({ modality: 'reported_earlier', date: null, date_offset_days: -3 });
  });

  it('carries a cited statement on when the same source keeps speaking in the next paragraph', () => {
    const text = 'The army took Tall Rifaat, a military source announced on Sunday.\n\nThe source told reporters that troops also captured Kafr Naya.';
    const events = extractReport(reportOf(text, '2017-09-04')).events;
    expect(events.map((e) => [e.place?.name, e.modality, e.date])).toEqual([
      ['Tall Rifaat', 'reported_earlier', '2017-09-03'],
      ['Kafr Naya', 'reported_earlier', '2017-09-03'],
    ]);
  });

  it('treats a statement of the publication day as asserted', () => {
    expect(brief('The army said today that it captured Humaymah.')).toEqual(['capture/government@Humaymah/asserted']);
  });
});
