import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, MODALITIES, SIDES } from '../model/index.ts';
import { extractReport } from './index.ts';
import { reportOf } from './test-support.ts';

describe('extractReport', () => {
  it('fills every field of the event record with vocabulary values', () => {
    const text = 'On Tuesday, the Syrian army and Hezbollah recaptured the town of Qaryatayn from ISIS.';
    const { events } = extractReport(reportOf(text, '2017-06-15', 'r1'));
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({
      report_id: 'r1', type: 'capture', subtype: null, actor: { side: 'government' }, allies: [{ name: 'Hezbollah', side: 'government' }],
      opponent: { side: 'isis' }, date: '2017-06-13', date_precision: 'day', modality: 'asserted', rule: 'capture-active',
      acled_event_type: 'Battles', acled_sub_event_type: 'Government regains territory',
    });
    expect(text.slice(e.span[0], e.span[1])).toBe(e.quote);
    expect(EVENT_TYPES).toContain(e.type);
    expect(SIDES).toContain(e.actor.side);
    expect(MODALITIES).toContain(e.modality);
  });

  it('returns a note and no events for an unsupported language', () => {
    const out = extractReport(reportOf('تقدمت قوات النظام نحو مدينة السخنة وسيطرت على حقل الهيل النفطي بعد معارك مع التنظيم'));
    expect(out.events).toEqual([]);
    expect(out.notes).toContain('no events: language not supported');
  });

  it('also returns the numeric claims', () => {
    expect(extractReport(reportOf('The army is now 25 km from Sukhnah.')).claims.length).toBeGreaterThan(0);
  });
});

/** CPU milliseconds of this process since `since`. */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

describe('robustness (property-based)', () => {
  const run = (text: string) => extractReport(reportOf(text, null));

  it('never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => Array.isArray(run(s).events)), { numRuns: 200 });
  });

  it('never throws on random words from the trigger and actor lexicons', () => {
    const words = fc.constantFrom('the', 'army', 'ISIS', 'captured', 'Arak', 'of', 'near', 'and', ',', '.', 'km', '25', 'siege', 'if', 'would', 'SDF', 'they', 'the city', 'al-Sukhnah', 'withdrew', 'from', 'to', '\n\n');
    fc.assert(fc.property(fc.array(words, { maxLength: 300 }), (ws) => Array.isArray(run(ws.join(' ')).events)), { numRuns: 200 });
  });

  it('handles very long tokens and text without punctuation quickly', () => {
    const long = 'x'.repeat(200_000);
    const unpunctuated = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? 'the army captured Arak' : 'word')).join(' ');
    const t0 = process.cpuUsage();
    run(long);
    run(unpunctuated);
    expect(cpuMs(t0)).toBeLessThan(5000);
  });

  it('extracts a 5 MB generated report in reasonable time', () => {
    const paragraph = 'The Syrian army captured the villages of Tall Hamid, Abu Alaj and Umm Tuwaynah on Monday. ISIS fled towards Shumaytiyah. Russian jets struck Hajin.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const t0 = process.cpuUsage();
    const out = extractReport(reportOf(text));
    expect(out.events.length).toBeGreaterThan(0);
    // CPU time, not wall time: the limit holds on a busy machine too (about 1 s per MB here).
    expect(cpuMs(t0)).toBeLessThan(15_000);
  });
});
