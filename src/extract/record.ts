import type { ActorRef, EventRecord, Report } from '../model/index.ts';
import { acledFor } from './acled.ts';
import type { ActorMention, Candidate, DateRef } from './types.ts';

const ref = (a: ActorMention): ActorRef => ({ name: a.name, side: a.side });
// "forced ISIS to withdraw": the withdrawal was fought for.
const FORCED = /\bforc(?:ed|ing|e|es)\b/i;

/** Date fields of the record: the event's own date, else the cited report's, else publication. */
function dateFields(c: Candidate, published: string | null): Pick<EventRecord, 'date' | 'date_end' | 'date_precision' | 'date_basis' | 'date_offset_days'> {
  const d: DateRef | null = c.date ?? c.citation?.date ?? null;
  if (d) {
    return {
      date: d.date,
      date_end: d.dateEnd,
      date_precision: d.precision,
      date_basis: d.basis,
      date_offset_days: published === null ? d.offsetDays : null,
    };
  }
  return {
    date: published,
    date_end: null,
    date_precision: published ? 'day' : 'unknown',
    date_basis: 'publication',
    date_offset_days: published === null ? 0 : null,
  };
}

/** Turns a refined candidate into the event record of the contract (DESIGN.md). */
export function toRecord(report: Report, c: Candidate): EventRecord | null {
  if (!c.actor || !c.place) return null;
  const s = c.sentence;
  const triggerText = s.text.slice(c.trigger[0] - s.start, c.trigger[1] - s.start);
  const acled = acledFor(c.type, c.actor.side, triggerText, c.type === 'withdrawal' && FORCED.test(s.text.slice(0, c.trigger[0] - s.start)));
  return {
    report_id: report.id,
    type: c.type,
    subtype: c.type === 'other' ? c.subtype : null,
    acled_event_type: acled.event_type,
    acled_sub_event_type: acled.sub_event_type,
    actor: ref(c.actor),
    allies: c.allies.map(ref),
    opponent: c.opponent && c.opponent.side !== c.actor.side ? ref(c.opponent) : null,
    place: c.placeRef ?? { name: c.place.text, canonical: null, gazetteer_id: null, lat: null, lon: null, precision: 'exact', admin1: null },
    ...dateFields(c, report.published),
    modality: c.modality,
    confidence: c.confidence,
    rule: c.rule,
    quote: s.text,
    span: [s.start, s.end],
  };
}
