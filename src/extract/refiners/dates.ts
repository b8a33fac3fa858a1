import { clauseEnd, clauseStart } from '../roles.ts';
import type { Candidate, DateRef } from '../types.ts';
import { defineRefiner } from './define.ts';

// A date this far (characters) outside the event's clause no longer governs it.
const MAX_REACH = 150;
const OUTSIDE_CLAUSE_PENALTY = 1000;
// "for the first time since 2015": a comparison, not the event's date.
const FIRST_SINCE = /\bfirst\s+time\s+(?:(?:since|in)\s+)?$/i;
const STATEMENT_DAY = /\b(?:said|says|announced|reported|stated|confirmed|added|claimed|told\s+(?:\w+\s+){1,3}?)\s+(?:on\s+|in\s+)?$/i;

/**
 * Attaches to each event the date mention that governs it: the nearest one in its clause, else the
 * nearest in its sentence within reach. A cited report's own date is not the event's date (the
 * modality pass keeps it as the citation). Events with none keep `date` null: the record falls back
 * to the citation's date, then to the publication date.
 */
export const attachDates = defineRefiner({
  name: 'dates',
  refine(ctx, candidates) {
    return candidates.map((c) => {
      // An event placed by its context ("dozens were killed") happened when that event did, unless it says otherwise.
      const date = governingDate(c) ?? (c.context ? governingDate(c.context) : null);
      if (date) ctx.debug(() => `dates: ${c.rule} at ${c.trigger[0]} ← "${date.text}"`);
      return { ...c, date };
    });
  },
});

/** The date mention nearest the event's trigger: in its clause first, else in its sentence within reach. */
function governingDate(c: Candidate): DateRef | null {
  const s = c.sentence;
  const ts = c.trigger[0] - s.start;
  const te = c.trigger[1] - s.start;
  const from = s.start + clauseStart(s, ts);
  const to = s.start + clauseEnd(s, te, []);
  let best: DateRef | null = null;
  let bestDistance = Infinity;
  for (const d of s.dates) {
    if (c.citation && d === c.citation.date) continue;
    // "a monitor said Friday": the day of a statement, not of the event (citations and the publication date cover it).
    const lead = s.text.slice(Math.max(0, d.start - s.start - 30), d.start - s.start);
    if (STATEMENT_DAY.test(lead) || FIRST_SINCE.test(lead)) continue;
    if (d.offsetDays !== null && d.offsetDays > 0) continue;
    // A mention that resolves to nothing ("recently", "the 13th" with no publication date) dates nothing.
    if (d.date === null && d.offsetDays === null && d.precision !== 'month' && d.basis !== 'explicit') continue;
    const gap = d.start >= c.trigger[1] ? d.start - c.trigger[1] : d.end <= c.trigger[0] ? c.trigger[0] - d.end : 0;
    if (gap > MAX_REACH) continue;
    const distance = gap + (d.start >= from && d.end <= to ? 0 : OUTSIDE_CLAUSE_PENALTY);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
