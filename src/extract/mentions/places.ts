import type { PlaceQuery } from '../../model/index.ts';
import type { ActorMention, PlaceMention } from '../types.ts';
import { BEARINGS, BLOCKING_WORDS, CALENDAR_WORD, KIND_AFTER, KIND_BEFORE, NOT_PLACE_WORDS, RELATION_BEFORE } from './place-cues.ts';

// A name word: capitalised, optionally after an Arabic article ("al-Sukhnah", "ez-Zor"), hyphenated parts allowed.
const ART = "(?:(?:al|el|ad|ar|as|at|az|ash|an|ath|adh|ez|es|ed|er|en|et|ul|Al|El)[-‐’']|(?:al|el)\\s(?=\\p{Lu}))";
const WORD = `(?:${ART})?\\p{Lu}[\\p{L}\\p{M}’'\\d]*(?:-[\\p{L}\\d][\\p{L}\\p{M}’'\\d]*)*`;
const NAME = new RegExp(
  `(?<![\\p{L}\\d-])${WORD}(?:\\s(?:(?:al|el|ad|ar|as|at|az|ash|an|ez|bin|ibn|ben|de)[-\\s])?${WORD}|\\s\\d{1,3}(?![\\d.,]))*`,
  'gu',
);
const KIND_AFTER_RE = new RegExp(`^\\s+(${KIND_AFTER.map((k) => k.words).join('|')})\\b`, 'i');
const KIND_AFTER_ROWS = KIND_AFTER.map((k) => ({ re: new RegExp(`^(?:${k.words})$`, 'i'), kind: k.kind }));
const KIND_BEFORE_RE = new RegExp(`\\b(?:the\\s+)?(?:(?:[a-z]+)\\s+)?(${KIND_BEFORE.map((k) => k.words).join('|')})\\s+of\\s+(?:the\\s+)?$`, 'i');
const KIND_BEFORE_ROWS = KIND_BEFORE.map((k) => ({ re: new RegExp(`^(?:${k.words})$`, 'i'), kind: k.kind }));
const RELATION_RES = RELATION_BEFORE.map((r) => ({ re: new RegExp(`\\b(?:the\\s+)?${r.pattern}\\s+(?:the\\s+)?(?:(?:town|city|village|area|province)\\s+of\\s+)?$`, 'i'), relation: r.relation }));
const OFFSET_RE = /\b(\d+(?:\.\d+)?)\s*(?:km|kms|kilometers|kilometres)\s+(?:\([^)]{0,20}\)\s+)?(?:to\s+the\s+)?(north|south|east|west|northeast|southeast|southwest|northwest|north-east|south-east|south-west|north-west)(?:ern)?\s+of\s+(?:the\s+)?(?:(?:ancient\s+)?(?:town|city|village)\s+of\s+)?$/i;
const BEARING_WORD = '(?:north|south|east|west)(?:east|west)?';
const UNNAMED_NEAR_RE = new RegExp(
  String.raw`\b((?:(?:\d+|two|three|four|five|several|some|other|the|a\s+number\s+of)\s+)?(?:(?:strategic|key|important|other|more)\s+)?(?:villages|hills|areas|positions|points|farms|hilltops|towns|sites|buildings|parts|neighbou?rhoods|blocks)\s+(?:located\s+)?(?:(?:to|at)\s+the\s+)?(?:${BEARING_WORD}(?:\s+and\s+${BEARING_WORD})?\s+of|near|around|surrounding|in|inside|within)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?)$`,
  'i',
);
const PROVINCE_HINT_RE = /^(?:provinces?|governorates?|countryside)$/i;
const POSSESSIVE = /['’]s$/;
const DIRECTIONAL_ONLY = /^(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|south-?eastern|north-?western|south-?western|northeastern|southeastern|northwestern|southwestern)\s+)+$/i;
// "IEDs", "RPGs": plural acronyms name things, not places.
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
// "IS-held", "Britain-based", "US-backed": adjectives, not place names.
const COMPOUND_ADJECTIVE = /-(?:held|controlled|based|backed|led|linked|allied|occupied|run|affiliated|born)$/i;
const ANAPHOR_RE = /\bthe\s+(?:((?:oil|gas)-rich)\s+|(?:(?:[a-z]+-(?:rich|held|controlled)|strategic|besieged|encircled|embattled|whole|entire|same),?\s+)+)?(city|town|village|oil ?fields?|gas ?fields?|field|airport|air ?base|base|neighbou?rhood|district|area|province|governorate)\b(?!\s+(?:of|around|near|surrounding|between|(?:located\s+)?(?:to\s+the\s+)?(?:north|south|east|west)\w*\s+of)\b)/gi;
// "IS overran it in 2014", "to establish control over it": "it" as the object of a territorial verb is a place.
const OBJECT_PRONOUN_RE = /(?<=\b(?:overr[au]n|captured|recaptured|retook|seized|took|taken|liberated|stormed|entered|besieged|encircled|surrounded|reached|attacked|control\s+(?:of|over))\s)it\b/gi;
const PRONOUN_RE = /\bit\b/g;
// "advancing on its outskirts": the surroundings of the place just named.
const ITS_SURROUNDINGS_RE = /\bits\s+(?:(?:north|south|east|west)\w*\s+)?(?:outskirts|countryside|vicinity|surroundings|edges?)\b/gi;
// "reached the Iraqi border": a national border is a place though its adjective names no place.
const BORDER_RE = /\bthe\s+((?:Iraqi|Turkish|Jordanian|Lebanese|Israeli)\s+border)\b/g;
// "These areas are also surrounded": the places just listed.
const PLURAL_ANAPHOR_RE = /\b(?:these|those|both)\s+(?:areas|villages|towns|places|positions|neighbou?rhoods|districts|points|sites)\b/gi;
const ANAPHOR_KIND: Readonly<Record<string, PlaceMention['anaphor']>> = {
  city: 'city', town: 'town', village: 'village', oilfield: 'field', 'oil field': 'field', gasfield: 'field', 'gas field': 'field',
  field: 'field', airport: 'airport', airbase: 'airport', 'air base': 'airport', base: 'base', neighborhood: 'neighbourhood',
  neighbourhood: 'neighbourhood', district: 'district', area: 'any', province: 'province', governorate: 'province',
};

// "Ahmad al-Hamawi, who helps run …", "said al-Hamawi", "al-Hamawi told": a person, not a place
// (and an outlet in a dateline's bracket is no place either).
const PERSON_AFTER = /^\s*(?:,\s*(?:who|an?\s+(?:[\w-]+\s+){0,3}(?:activist|resident|spokes(?:man|woman|person)|commander|official|journalist|reporter|analyst|researcher|doctor|director|member|leader|head|chief|lawyer|witness))\b|\s+(?:said|says|told|added|explained|stated|noted|stressed)\b)/i;
const PERSON_BEFORE = /\b(?:said|says|told|activist|spokes(?:man|woman|person)|commander|journalist|according\s+to)\s+$/i;

// "Hama (Qasioun) – …", "DAMASCUS (SANA) -": the bracket after a dateline names the outlet.
const DATELINE_OUTLET_BEFORE = /\($/;
const DATELINE_OUTLET_AFTER = /^\)\s*[-–—:]/;

function namesPersonOrOutlet(sentence: string, start: number, end: number): boolean {
  if (DATELINE_OUTLET_BEFORE.test(sentence.slice(start - 1, start)) && DATELINE_OUTLET_AFTER.test(sentence.slice(end, end + 4))) return true;
  // "said X" names a speaker only when the clause ends there ("…, said al-Hamawi."), not in "said X was captured".
  const speaker = PERSON_BEFORE.test(sentence.slice(Math.max(0, start - 25), start)) && /^\s*(?:[,.;]|$)/.test(sentence.slice(end, end + 3));
  return speaker || PERSON_AFTER.test(sentence.slice(end, end + 60));
}

/** Drops leading words that start no place ("In", "Syrian", "Eastern") and trailing possessives. */
function trimName(raw: string): { skip: number; name: string } | null {
  const words = raw.split(/\s+/);
  let skip = 0;
  while (words.length > 0 && NOT_PLACE_WORDS.has(words[0]!.toLowerCase())) skip += words.shift()!.length + 1;
  if (words.length === 0) return null;
  const bare = words.map((w) => w.replace(POSSESSIVE, ''));
  if (bare.some((w) => CALENDAR_WORD.test(w) || BLOCKING_WORDS.has(w.toLowerCase()) || COMPOUND_ADJECTIVE.test(w) || PLURAL_ACRONYM.test(w))) return null;
  const name = words.join(' ').replace(POSSESSIVE, '');
  if (name.length < 2 || /^\d/.test(name)) return null;
  return { skip, name };
}

/**
 * Finds place mentions in one sentence: capitalised names with the cue words around them
 * (kind, relation, offset), plus anaphors ("the city") that coreference resolves later.
 * Names that are actor mentions are not places.
 *
 * @example findPlaces('The army took the town of Arak.', 0, [])[0]?.kindHint // 'town'
 */
export function findPlaces(sentence: string, offset: number, actors: readonly ActorMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  // exec loops, not matchAll: matchAll clones the regex on every call, and this runs per sentence.
  NAME.lastIndex = 0;
  for (let m = NAME.exec(sentence); m !== null; m = NAME.exec(sentence)) {
    const trimmed = trimName(m[0]);
    if (!trimmed) continue;
    const localStart = m.index + trimmed.skip;
    const localEnd = localStart + trimmed.name.length;
    const start = offset + localStart;
    const end = offset + localEnd;
    if (actors.some((a) => a.start < end && start < a.end)) continue;
    if (namesPersonOrOutlet(sentence, localStart, localEnd)) continue;
    // Skipped compass words ("the Eastern Ghouta") stay in the phrase, so the cues before them are read.
    const phraseStart = DIRECTIONAL_ONLY.test(m[0].slice(0, trimmed.skip)) ? m.index : localStart;
    out.push(describe(sentence, offset, localStart, localEnd, trimmed.name, phraseStart));
  }
  for (const m of sentence.matchAll(OBJECT_PRONOUN_RE)) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], anaphor: 'any' });
  }
  for (const m of sentence.matchAll(ITS_SURROUNDINGS_RE)) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], anaphor: 'any', relation: 'near' });
  }
  for (const m of sentence.matchAll(BORDER_RE)) {
    const start = offset + m.index + m[0].length - m[1]!.length;
    out.push({ start, end: offset + m.index + m[0].length, text: m[1]!, name: m[1]!, kindHint: 'region' });
  }
  for (const m of sentence.matchAll(PLURAL_ANAPHOR_RE)) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], anaphor: 'list' });
  }
  for (const m of sentence.matchAll(PRONOUN_RE)) {
    // "areas located at the south and southeast of it": an unnamed place near the one just named.
    const unnamed = UNNAMED_NEAR_RE.exec(sentence.slice(Math.max(0, m.index - 80), m.index));
    if (!unnamed) continue;
    const start = offset + m.index - unnamed[0].length;
    out.push({ start, end: offset + m.index + m[0].length, text: sentence.slice(m.index - unnamed[0].length, m.index + m[0].length), name: m[0], anaphor: 'any', relation: 'near' });
  }
  for (const m of sentence.matchAll(ANAPHOR_RE)) {
    const start = offset + m.index;
    const key = m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/fields$/, 'field');
    // "the gas-rich area" is the field just named, whatever the noun.
    const anaphor = m[1] ? 'field' : (ANAPHOR_KIND[key] ?? 'populated');
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], anaphor });
  }
  out.sort((a, b) => a.start - b.start);
  shareListCues(sentence, offset, out);
  return out;
}

// A capitalised kind word that closes a name ("Al-Hail Oil Field", "Raqqa City") is a cue, not part of the name.
const KIND_SUFFIX = new RegExp(`\\s(${KIND_AFTER.map((k) => k.words).join('|')})$`, 'i');

/** Reads the cue words around one name. */
function describe(sentence: string, offset: number, localStart: number, localEnd: number, written: string, phraseStart = localStart): PlaceMention {
  const suffix = KIND_SUFFIX.exec(written);
  const name = suffix && suffix.index > 0 ? written.slice(0, suffix.index) : written;
  const before = sentence.slice(Math.max(0, phraseStart - 80), phraseStart);
  const after = sentence.slice(localEnd, localEnd + 30);
  let textStart = phraseStart;
  let textEnd = localEnd;
  const place: PlaceMention = { start: 0, end: 0, text: '', name };
  if (suffix && suffix.index > 0) {
    place.kindHint = kindFrom(KIND_AFTER_ROWS, suffix[1]!);
    if (PROVINCE_HINT_RE.test(suffix[1]!)) place.provinceHint = name;
  }
  const kindAfter = KIND_AFTER_RE.exec(after);
  if (kindAfter) {
    place.kindHint = kindFrom(KIND_AFTER_ROWS, kindAfter[1]!);
    textEnd += kindAfter[0].length;
    if (PROVINCE_HINT_RE.test(kindAfter[1]!)) place.provinceHint = name;
  }
  const kindBefore = KIND_BEFORE_RE.exec(before);
  if (kindBefore) {
    place.kindHint ??= kindFrom(KIND_BEFORE_ROWS, kindBefore[1]!);
    textStart = phraseStart - kindBefore[0].length;
    if (place.kindHint === 'province') place.provinceHint = name;
  }
  const offsetCue = OFFSET_RE.exec(before);
  if (offsetCue) {
    place.offset = { km: Number(offsetCue[1]), bearingDeg: BEARINGS[offsetCue[2]!.toLowerCase()] ?? 0 };
    place.relation = 'near';
    textStart = Math.min(textStart, phraseStart - offsetCue[0].length);
  } else {
    const unnamed = UNNAMED_NEAR_RE.exec(before);
    const relation = unnamed ? null : relationBefore(before);
    if (unnamed) {
      place.relation = 'near';
      textStart = Math.min(textStart, phraseStart - unnamed[0].length);
    } else if (relation) {
      place.relation = relation.relation;
      if (relation.relation === 'countryside') place.provinceHint ??= name;
      textStart = Math.min(textStart, phraseStart - relation.length);
    }
  }
  place.start = offset + textStart;
  place.end = offset + textEnd;
  place.text = sentence.slice(textStart, textEnd).replace(/^the\s+/i, '');
  return place;
}

/** The first relation cue (in RELATION_BEFORE order) that ends `before`, with its length. */
function relationBefore(before: string): { relation: (typeof RELATION_RES)[number]['relation']; length: number } | null {
  for (const r of RELATION_RES) {
    const hit = r.re.exec(before);
    if (hit) return { relation: r.relation, length: hit[0].length };
  }
  return null;
}

function kindFrom(rows: ReadonlyArray<{ re: RegExp; kind: PlaceQuery['kindHint'] }>, word: string): PlaceQuery['kindHint'] {
  return rows.find((r) => r.re.test(word.trim()))?.kind;
}

// Items of one list share their cue: "the villages of A, B and C", "Hama and Homs provinces".
const LIST_GLUE = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

function shareListCues(sentence: string, offset: number, places: PlaceMention[]): void {
  for (let i = 1; i < places.length; i++) {
    const prev = places[i - 1]!;
    const cur = places[i]!;
    if (prev.anaphor || cur.anaphor) continue;
    const glue = sentence.slice(prev.end - offset, cur.start - offset);
    if (!LIST_GLUE.test(glue)) continue;
    if (prev.kindHint && !cur.kindHint) cur.kindHint = prev.kindHint;
    if (cur.kindHint && !prev.kindHint) prev.kindHint = cur.kindHint;
    if (cur.kindHint === 'province') prev.provinceHint ??= prev.name;
    if (prev.relation && !cur.relation) cur.relation = prev.relation;
  }
}
