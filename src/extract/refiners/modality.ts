import type { Candidate, Citation, DateRef, ExtractContext, SentenceView } from '../types.ts';
import { defineRefiner } from './define.ts';
import { MODAL_AFTER, MODALITY_CUES } from './modality-cues.ts';

const REPORTING_VERB = /\b(?:published|reported|said|says|announced|stated|documented|monitored|confirmed|learned|learnt|added|claimed|told|revealed|noted)\b/gi;
// "The source told SANA that …", "He added that …": the cited statement goes on in a new paragraph.
const SAME_SOURCE_GOES_ON = /^(?:the\s+(?:same\s+)?(?:source|sources|statement|spokesman|spokesperson|commander|official)|he|she)\b[^.;]{0,60}?\b(?:told|said|added|pointed\s+out|stated|noted|explained|confirmed|reported)\b/i;
const NOMINAL_TRIGGER = /^(?:re)?(?:capture|liberation|fall|seizure|recapture)$/i;

/** The earlier report a sentence cites ("SOHR published yesterday that", "On Saturday, the army said"). */
export function findCitation(s: SentenceView, published: string | null): Citation | null {
  if (s.dates.length === 0) return null;
  REPORTING_VERB.lastIndex = 0;
  for (let m = REPORTING_VERB.exec(s.text); m !== null; m = REPORTING_VERB.exec(s.text)) {
    const verbStart = s.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const date = s.dates.find(
      (d) => (d.start >= verbEnd && d.start - verbEnd <= 14) || (d.end <= verbStart && (d.start - s.start <= 4 || verbStart - d.end <= 40) && /^\s*(?:On\s+)?$/i.test(s.text.slice(0, d.start - s.start))),
    );
    if (date && isEarlier(date, published)) return { start: verbStart, end: verbEnd, date };
  }
  return null;
}

function isEarlier(d: DateRef, published: string | null): boolean {
  if (d.offsetDays !== null) return d.offsetDays < 0;
  return published !== null && d.date !== null && d.date < published;
}

/** Reads the words before each trigger for modality cues, and marks events inside a cited earlier report. */
export const modality = defineRefiner({
  name: 'modality',
  refine(ctx: ExtractContext, candidates: Candidate[]): Candidate[] {
    const citations = new Map<number, Citation | null>();
    let carried: { paragraph: number; citation: Citation } | null = null;
    for (const s of ctx.sentences) {
      const own = findCitation(s, ctx.report.published);
      const today = s.dates.some((d) => d.offsetDays === 0);
      if (own) carried = { paragraph: s.paragraph, citation: own };
      else if (carried && SAME_SOURCE_GOES_ON.test(s.text) && !today) carried = { paragraph: s.paragraph, citation: carried.citation };
      else if (carried && (carried.paragraph !== s.paragraph || today)) carried = null;
      citations.set(s.index, own ?? carried?.citation ?? null);
    }
    return candidates.map((c) => {
      const s = c.sentence;
      const ts = c.trigger[0] - s.start;
      const before = s.text.slice(Math.max(0, ts - 90), ts);
      const cue = c.presupposed ? undefined : MODALITY_CUES.find((k) => k.before.test(before));
      let out: Candidate = c;
      if (cue?.effect === 'negated') out = { ...c, negated: true };
      else if (cue) out = { ...c, modality: cue.effect };
      else if (NOMINAL_TRIGGER.test(s.text.slice(ts, c.trigger[1] - s.start)) && c.place) {
        const after = s.text.slice(c.place.end - s.start, c.place.end - s.start + 60);
        if (MODAL_AFTER.test(after)) out = { ...c, modality: 'hypothetical' };
      }
      if (cue) ctx.debug(() => `modality: ${c.rule} "${s.text.slice(ts, c.trigger[1] - s.start)}" → ${cue.name}`);
      const citation = citations.get(s.index) ?? null;
      if (citation && out.modality === 'asserted' && (citation.start < c.trigger[0] || s.dates.includes(citation.date))) {
        out = { ...out, modality: 'reported_earlier', citation };
      }
      return out;
    });
  },
});

/** Drops events their own words deny ("failed to capture", "denied the army entered"). */
export const dropNegated = defineRefiner({
  name: 'drop-negated',
  refine: (ctx, candidates) => candidates.filter((c) => {
    if (c.negated) ctx.debug(() => `drop-negated: ${c.rule} at ${c.trigger[0]}`);
    return !c.negated;
  }),
});
