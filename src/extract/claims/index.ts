import type { ClaimKind, ClaimRecord, Report } from '../../model/index.ts';
import { findAnchors } from '../dates/anchors.ts';
import { findDates, type DateMention } from '../dates/index.ts';
import { splitSentences, type Sentence } from '../sentences.ts';
import { clauseAround } from './clause.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { placeMentionsIn, placesIn, type PlaceMention } from './places.ts';
import { qualifierBefore } from './qualifiers.ts';
import { COUNT_NOUNS, MEASURE_UNITS, NOT_ADJECTIVE, type CountNoun, type UnitRow } from './units.ts';

/** A number right after one of these designators names a unit, road, hill or plant ("Division 17", "Shahed 9", "M5"). */
const DESIGNATOR_BEFORE =
  /(?:\b(?:Division|Brigade|Corps|Regiment|Battalion|Squadron|Route|Highway|Road|Hill|Shahed|Tal|Tell|No\.?|Number|Unit|Resolution|Article|Plant|Station|Phase|Sector|Point|Base|Flight|Camp|Checkpoint|Gate|Block|Building)|\b[A-Z]{1,3})[\s-]*$/;

const MEASURE_PATTERNS = MEASURE_UNITS.map((row) => ({ row, re: new RegExp(`^[\\s-]*(?:${row.pattern})`, 'i') }));
const COUNT_PATTERNS = COUNT_NOUNS.map((noun) => ({
  noun,
  re: new RegExp(`^[\\s-]+((?:[A-Za-z][\\w'’-]*\\s+){0,3}?)(?:${noun.pattern})\\b`, 'i'),
}));
// Each counted noun as a whole-word pattern, compiled once.
const COUNT_NOUN_WHOLE = COUNT_NOUNS.map((noun) => ({ noun, re: new RegExp(`^(?:${noun.pattern})$`, 'i') }));
const KILLED_AFTER = /^[\s,]*(?:(?:were|was|have\s+been|had\s+been|has\s+been|been|are|being|got|reportedly)\s+)*(killed|dead|executed|injured|wounded)\b/i;
const KILLED_BEFORE = /\b(kill(?:ed|ing|s)?|injur(?:ed|ing)|wound(?:ed|ing))\s+(?:[\w,]+\s+){0,3}$/i;
const TERRITORY_AFTER =
  /^\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:territory|territories|area|areas|land|country|town|city|province|region|countryside|desert|governorate|village|district|neighbou?rhoods?)\b/i;
const DIRECTION =
  /^\s*(?:\([^)]*\)\s*)?(?:away\s+)?(?:(?:to\s+the\s+)?((?:north|south)?-?(?:east|west)?(?:ern)?|north|south)\s+of|(away\s+from|from|of|to|towards?|short\s+of|inside|into|in|west|east|north|south))\b/i;

/**
 * Numeric claims of a report: distances (normalised to km), areas (km²), shares (percent) and
 * counts (what is counted is the unit), with the qualifier written before the number, the clause
 * as quote, the places of the sentence and the date of the sentence (else publication).
 * Dates, times, ages, unit, road and hill numbers are not claims. The event extractor can pass the
 * sentences and dates it already has (`shared`) so that they are not computed twice.
 *
 * @example extractClaims(report).map((c) => [c.kind, c.value, c.unit, c.qualifier])
 * // for "The army is now less than 15 km away from Al-Sukhnah." → [['distance', 15, 'km', 'less_than']]
 */
export function extractClaims(report: Report, shared: SharedPasses = {}): ClaimRecord[] {
  const text = report.text;
  const anchors = findAnchors(text);
  // Every claim's number starts at a digit or a number word: only their sentences are read.
  const numberAt = mergeSorted(anchors.digit, anchors.number);
  if (numberAt.length === 0) return [];
  const dates = shared.dates ?? findDates(text, report.published, anchors);
  const claims: ClaimRecord[] = [];
  // Earlier claims by kind, value and unit: a restatement can only be one of them.
  const seen = new Map<string, ClaimRecord[]>();
  let nextDate = 0;
  let nextNumber = 0;
  for (const sentence of shared.sentences ?? splitSentences(text)) {
    // Numbers, dates and sentences are all in text order: walk them along together.
    while (nextNumber < numberAt.length && numberAt[nextNumber]! < sentence.start) nextNumber++;
    if (nextNumber >= numberAt.length || numberAt[nextNumber]! >= sentence.end) continue;
    while (nextDate < dates.length && dates[nextDate]!.start < sentence.start) nextDate++;
    let lastDate = nextDate;
    while (lastDate < dates.length && dates[lastDate]!.end <= sentence.end) lastDate++;
    for (const claim of claimsInSentence(report, sentence, dates.slice(nextDate, lastDate))) {
      const key = `${claim.kind}|${claim.value}|${claim.unit}`;
      const same = seen.get(key) ?? [];
      if (same.some((c) => restates(c, claim))) continue;
      same.push(claim);
      seen.set(key, same);
      claims.push(claim);
    }
  }
  return claims;
}

/** What claims need of a date mention: any structural DateMention subset with these fields will do. */
export type DateSpan = Pick<DateMention, 'start' | 'end' | 'date' | 'precision' | 'basis'>;

/** Passes the event extractor has already run on the same report, to be reused instead of run again. */
export interface SharedPasses {
  /** splitSentences(report.text). */
  sentences?: Sentence[];
  /** findDates(report.text, report.published). */
  dates?: readonly DateSpan[];
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x - y);
}

/**
 * A headline or summary that repeats a figure of the body is one claim: same kind, value and unit, and
 * the same places (or no places on one side). The first telling is kept.
 */
function restates(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.places.length === 0 || b.places.length === 0) return true;
  // Places match loosely: "Eastern Ghouta" and "the Ghouta" share a name word.
  const words = (places: string[]): string[] => places.flatMap((p) => p.toLowerCase().split(/[\s-]+/)).filter((w) => w.length > 3);
  const aWords = words(a.places);
  return words(b.places).some((w) => aWords.includes(w));
}

interface Reading {
  kind: ClaimKind;
  value: number;
  unit: string;
  rule: string;
  /** End of the unit (or counted noun), within the sentence. */
  unitEnd: number;
}

function claimsInSentence(report: Report, sentence: Sentence, sentenceDates: readonly DateSpan[]): ClaimRecord[] {
  const s = sentence.text;
  const out: ClaimRecord[] = [];
  let mentions: PlaceMention[] | null = null;
  let previous: { kind: ClaimKind; unitEnd: number } | null = null;
  for (const n of findNumbers(s)) {
    const absStart = sentence.start + n.start;
    if (sentenceDates.some((d) => absStart < d.end && sentence.start + n.end > d.start)) continue;
    const before = textBefore(s, n);
    if (DESIGNATOR_BEFORE.test(before)) continue;
    const reading = readNumber(s, n);
    if (!reading) continue;
    // "35 kilometres (20 miles)": the bracketed figure restates the previous one in other units.
    if (previous && previous.kind === reading.kind && /^\s*\(\s*(?:\w+\s+)?$/.test(s.slice(previous.unitEnd, n.start))) continue;
    previous = { kind: reading.kind, unitEnd: reading.unitEnd };
    // "10-15 km", "between 10 and 15 km": the unit follows the second number, the claim is "up to" it.
    const qualifier = VALUE_RANGE_BEFORE.test(before) ? 'up_to' : qualifierBefore(before).qualifier;
    const clause = clauseAround(s, n.start, reading.unitEnd);
    // A figure standing alone ("6532km" in a caption or a link) says nothing about anything.
    if (!/\p{L}/u.test(s.slice(clause.start, n.start) + s.slice(reading.unitEnd, clause.end))) continue;
    mentions ??= placeMentionsIn(s);
    const places = placesByClause(mentions, clause);
    out.push({
      report_id: report.id,
      kind: reading.kind,
      value: Math.round(reading.value * 100) / 100,
      unit: reading.unit,
      qualifier,
      about: aboutOf(reading, s, n, places, mentions),
      places,
      date: claimDate(s, sentence.start, sentenceDates, report.published),
      rule: reading.rule,
      quote: s.slice(clause.start, clause.end),
      span: [sentence.start + clause.start, sentence.start + clause.end],
    });
  }
  return out;
}

/**
 * The day a claim is about: a day (or the first day of a span of days: "late October") written in
 * its sentence ("on Tuesday", "yesterday"), else
 * publication. Months and years in the sentence are background ("since March 2011", "in 2014"),
 * and a day after "since" starts a period that runs up to the report, so both leave publication.
 */
function claimDate(s: string, sentenceStart: number, dates: readonly DateSpan[], published: string | null): string | null {
  const day = dates.find(
    (d) => (d.precision === 'day' || (d.precision === 'range' && d.basis === 'explicit')) && d.date !== null && !/\bsince\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, d.start - sentenceStart - 12), d.start - sentenceStart)),
  );
  return day?.date ?? published;
}

/** What the number measures: a unit written after it, a share, or a counted noun; null when none. */
function readNumber(s: string, n: NumberMention): Reading | null {
  const after = s.slice(n.end);
  // The fraction's text ends with its "of": give it back so that the share can look at what follows.
  if (n.fraction) return share(n.value, ` of${after}`, n.end, 'fraction');
  for (const { row, re } of MEASURE_PATTERNS) {
    const m = re.exec(after);
    if (!m) continue;
    if (row.unit === 'percent') {
      // "60% off" is a price, not a claim
      if (/^\s*off\b/i.test(after.slice(m[0].length))) return null;
      return share(n.value, after.slice(m[0].length), n.end + m[0].length, 'percent');
    }
    return { kind: row.kind, value: n.value * row.factor, unit: row.unit, rule: ruleName(row), unitEnd: n.end + m[0].length };
  }
  return count(s, n, after);
}

function share(value: number, after: string, unitEnd: number, rule: string): Reading {
  // A share of land ("40 percent of the town") is an area claim; a share of anything else a count.
  const ofLand = TERRITORY_AFTER.test(after) || placesIn(/^\s+of\s+(?:the\s+)?\S+(?:\s+\S+)?/.exec(after)?.[0] ?? '').length > 0;
  return { kind: ofLand ? 'area' : 'count', value, unit: 'percent', rule: `${rule}-${ofLand ? 'of-land' : 'of-other'}`, unitEnd };
}

/** "the number of neighborhoods liberated today thus rose to 6": the counted noun comes first. */
const NUMBER_OF_BEFORE = new RegExp(
  `\\bnumber\\s+of\\s+(?:[\\w'’-]+\\s+){0,2}?(${COUNT_NOUNS.map((c) => c.pattern).join('|')})\\b[^.;]{0,80}?\\b(?:rose|risen|reached|increased|climbed|jumped|grew|went\\s+up)(?:\\s+(?:\\w+\\s+)?to)?\\s+(?:[a-z]+\\s+){0,2}$`,
  'i',
);

function count(s: string, n: NumberMention, after: string): Reading | null {
  const numberOf = NUMBER_OF_BEFORE.exec(textBefore(s, n));
  if (numberOf) {
    const noun = COUNT_NOUN_WHOLE.find((c) => c.re.test(numberOf[1] ?? ''))?.noun;
    if (noun) {
      const outcome = noun.person ? (/\b(killed|dead|injured|wounded)\b/i.exec(numberOf[0])?.[1] ?? '') : '';
      const unit = noun.unit + (/kill|dead/i.test(outcome) ? ' killed' : outcome ? ' injured' : '');
      return { kind: 'count', value: n.value, unit, rule: 'count-number-of', unitEnd: n.end };
    }
  }
  let best: { noun: CountNoun; end: number } | null = null;
  for (const { noun, re } of COUNT_PATTERNS) {
    const m = re.exec(after);
    if (!m) continue;
    const adjectives = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (adjectives.some((w) => NOT_ADJECTIVE.has(w.toLowerCase()))) continue;
    if (!best || m[0].length < best.end) best = { noun, end: m[0].length };
  }
  if (!best) return casualtiesWithoutNoun(s, n);
  const unitEnd = n.end + best.end;
  let unit = best.noun.unit;
  if (best.noun.person) {
    const outcome = KILLED_AFTER.exec(s.slice(unitEnd))?.[1] ?? KILLED_BEFORE.exec(textBefore(s, n))?.[1] ?? '';
    if (/kill|dead|execut/i.test(outcome)) unit += ' killed';
    else if (/injur|wound/i.test(outcome)) unit += ' injured';
  }
  return { kind: 'count', value: n.value, unit, rule: 'count-noun', unitEnd };
}

/**
 * The words before a number that the rules look at, at most LOOK_BACK characters: regexes anchored
 * at the end (`$`) scan from the start, so an unbounded prefix would make long sentences quadratic.
 */
const LOOK_BACK = 200;

function textBefore(s: string, n: NumberMention): string {
  return s.slice(Math.max(0, n.start - LOOK_BACK), n.start);
}

const VALUE_RANGE_BEFORE = /(?:^|[^\w.,])\d[\d,.]*\s*(?:-|–|to|and)\s*$/;

/** "The strike killed 12 and wounded 30": a toll right after the verb counts people. */
const TOLL_VERB_BEFORE = /\b(?:(kill(?:ed|ing|s)?)|(?:injur|wound)(?:ed|ing|s)?)\s+(?:(?:at\s+least|more\s+than|about|around|some|nearly|up\s+to)\s+)?$/i;

function casualtiesWithoutNoun(s: string, n: NumberMention): Reading | null {
  const verb = TOLL_VERB_BEFORE.exec(textBefore(s, n));
  if (!verb || n.fraction) return null;
  // "killed 3 of the 10 commanders" or "killed 3 more" is not a bare toll
  if (/^\s*(?:of|more|others?)\b/i.test(s.slice(n.end))) return null;
  return { kind: 'count', value: n.value, unit: verb[1] ? 'people killed' : 'people injured', rule: 'count-toll', unitEnd: n.end };
}

function ruleName(row: UnitRow): string {
  return `${row.kind}-${row.reason.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`;
}

/** The sentence's places, those of the claim's clause first: they are what the number is about. */
function placesByClause(mentions: PlaceMention[], clause: { start: number; end: number }): string[] {
  const inClause = mentions.filter((p) => p.start >= clause.start && p.start < clause.end);
  const names: string[] = [];
  for (const p of [...inClause, ...mentions]) if (!names.includes(p.name)) names.push(p.name);
  return names;
}

/** A few words saying what the number is about, built from the sentence. */
function aboutOf(reading: Reading, s: string, n: NumberMention, places: string[], mentions: PlaceMention[]): string {
  const after = s.slice(reading.unitEnd);
  const where = places.length > 0 ? ` (${places.join(', ')})` : '';
  if (reading.kind === 'distance') {
    const d = DIRECTION.exec(after);
    const cue = d ? (d[1] ? `${d[1].toLowerCase()} of` : (d[2] ?? '').toLowerCase()) : 'from';
    const target = placesIn(`of ${after.slice(d ? d[0].length : 0)}`)[0] ?? firstWords(after.slice(d ? d[0].length : 0), 4);
    // What lies at that distance: the nearest place named before the number ("Arak lies 35 km …").
    const subject = mentions.filter((p) => p.start < n.start && p.name !== target).pop()?.name;
    return `distance ${cue} ${target}${subject ? ` (${subject})` : ''}`.trim();
  }
  if (reading.unit === 'percent') return `share of ${firstWords(after.replace(/^\s+of\s+/i, ''), 5)}`.trim();
  if (reading.kind === 'area') {
    const head = /([\w’'-]+\s+(?:area|territory|pocket|region|enclave))\s+(?:of\s+)?(?:[a-z]+\s+){0,4}$/i.exec(textBefore(s, n))?.[1];
    return `${head ?? 'area'}${where}`;
  }
  return `${reading.unit}${where}`;
}

function firstWords(text: string, count: number): string {
  return (/^[^,;:.()]*/.exec(text.trim())?.[0] ?? '').split(/\s+/).slice(0, count).join(' ');
}
