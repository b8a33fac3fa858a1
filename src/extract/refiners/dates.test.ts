import { describe, expect, it } from 'vitest';
import { extractReport } from '../index.ts';
import { reportOf } from '../test-support.ts';

const first = (text: string, published: string | null) => extractReport(reportOf(text, published)).events[0];

describe('dates refiner', () => {
  it('takes the date written in the event’s clause', () => {
    expect(first('The army captured Tadmur on the 2nd of March 2017.', '2017-06-15')).toMatchObject({ date: '2017-03-02', date_basis: 'explicit' });
  });

  it('resolves relative dates against publication', () => {
    expect(first('ISIS fled Sukhnah yesterday.', '2017-08-13')).toMatchObject({ date: '2017-08-12', date_basis: 'relative' });
  });

  it('falls back to the publication date', () => {
    expect(first('The SDF captured Tabqa.', '2017-05-10')).toMatchObject({ date: '2017-05-10', date_basis: 'publication', date_offset_days: null });
  });

  it('never invents a date when publication is unknown', () => {
    expect(first('The SDF captured Tabqa.', null)).toMatchObject({ date: null, date_basis: 'publication', date_offset_days: 0 });
    expect(first('ISIS fled Sukhnah yesterday.', null)).toMatchObject({ date: null, date_offset_days: -1 });
  });

  it('does not date an event by the day a statement was made when the event has its own day', () => {
    const { events } = extractReport(reportOf('ISIS retook half of Mayadin in a counter-attack, a monitor said Friday. "ISIS started counter-attacking in Mayadin on Thursday night," he said.', '2017-11-10'));
    expect(events.find((e) => e.type === 'attack')?.date).toBe('2017-11-09');
  });

  it('does not date an event by "for the first time since 2015"', () => {
    const [event] = extractReport(reportOf('The army reached the Iraqi border for the first time since 2015.', '2017-06-15')).events;
    expect(event?.date).toBe('2017-06-15');
    expect(event?.date_basis).toBe('publication');
  });

  it('does not date an event by the month a statement was made ("said in early November")', () => {
    const [event] = extractReport(reportOf('The army will go on after the battle for Mayadin ends, the president said in early November.', null)).events;
    expect(event?.date_basis).toBe('publication');
    expect(event?.date_offset_days).toBe(0);
  });
});
