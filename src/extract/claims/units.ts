import type { ClaimKind } from '../../model/index.ts';

/** A unit written after a number, as a data row: how to recognise it and how to normalise the value. */
export interface UnitRow {
  kind: ClaimKind;
  /** Regex source matched right after the number (anchored there). */
  pattern: string;
  /** The record's unit: `km`, `km2`, `percent`, or what a count counts. */
  unit: string;
  /** Multiplier to the normalised unit (miles → km). */
  factor: number;
  reason: string;
}

const KM = 'kilomet(?:er|re)s?|kms?\\b';
const MILE = 'miles?\\b|mi\\b';

/** Measurement units, area first: "square km" must not be read as a distance. */
export const MEASURE_UNITS: readonly UnitRow[] = [
  { kind: 'area', pattern: `(?:square|sq\\.?)\\s*(?:${KM})`, unit: 'km2', factor: 1, reason: 'square kilometres' },
  { kind: 'area', pattern: `(?:${KM})\\s*(?:square|sq\\.?)(?!\\s+(?:of|from|away))`, unit: 'km2', factor: 1, reason: '"kilometers square"' },
  { kind: 'area', pattern: 'km2\\b|km²|sqkm\\b', unit: 'km2', factor: 1, reason: 'km2 written as a symbol' },
  { kind: 'area', pattern: `(?:square|sq\\.?)\\s*(?:${MILE})`, unit: 'km2', factor: 2.589988, reason: 'square miles' },
  { kind: 'area', pattern: 'hectares?\\b', unit: 'km2', factor: 0.01, reason: 'hectares' },
  { kind: 'area', pattern: 'd[uo]n[ua]ms?\\b', unit: 'km2', factor: 0.001, reason: 'dunums (1,000 m² in the Levant)' },
  { kind: 'distance', pattern: `(?:${KM})`, unit: 'km', factor: 1, reason: 'kilometres' },
  { kind: 'distance', pattern: `(?:${MILE})`, unit: 'km', factor: 1.609344, reason: 'miles' },
  { kind: 'count', pattern: '(?:percent\\b|per\\s+cent\\b|%)', unit: 'percent', factor: 1, reason: 'percent' },
];

/** What a count counts: a noun written after the number (possibly after a few adjectives). */
export interface CountNoun {
  pattern: string;
  unit: string;
  /** Whether a "killed" / "injured" after it makes the unit "… killed" (people, not villages). */
  person: boolean;
}

export const COUNT_NOUNS: readonly CountNoun[] = [
  { pattern: 'people|persons', unit: 'people', person: true },
  { pattern: 'civilians', unit: 'civilians', person: true },
  { pattern: 'children|kids', unit: 'children', person: true },
  { pattern: 'women', unit: 'women', person: true },
  { pattern: 'fighters|militants|terrorists|jihadists|gunmen|insurgents|extremists|rebels|militiamen|elements|members|mercenaries', unit: 'fighters', person: true },
  { pattern: 'soldiers|troops|servicemen|personnel|officers', unit: 'soldiers', person: true },
  { pattern: 'families', unit: 'families', person: false },
  { pattern: 'refugees|displaced', unit: 'displaced people', person: false },
  { pattern: 'prisoners|captives|hostages|detainees', unit: 'prisoners', person: true },
  { pattern: 'bodies|corpses', unit: 'bodies', person: false },
  { pattern: 'casualties', unit: 'casualties', person: false },
  { pattern: 'dead', unit: 'people killed', person: false },
  { pattern: 'injured|wounded', unit: 'people injured', person: false },
  { pattern: 'villages|towns|hamlets|settlements|localities', unit: 'villages', person: false },
  { pattern: 'neighbou?rhoods|districts|quarters', unit: 'neighborhoods', person: false },
  { pattern: 'oil\\s*fields|oilfields|gas\\s*fields|wells|fields', unit: 'oilfields', person: false },
  { pattern: 'hills|heights|mountains|peaks', unit: 'hills', person: false },
  { pattern: 'positions|checkpoints|outposts|posts|bases', unit: 'positions', person: false },
  { pattern: 'air\\s*strikes|air\\s*raids|raids|strikes|sorties', unit: 'airstrikes', person: false },
  { pattern: 'missiles|rockets|shells|mortars|barrel\\s+bombs|bombs|projectiles', unit: 'missiles', person: false },
  { pattern: 'bombers|jets|warplanes|aircraft|helicopters|drones|planes', unit: 'aircraft', person: false },
  { pattern: 'tanks|vehicles|armou?red\\s+vehicles|car\\s+bombs|VBIEDs', unit: 'vehicles', person: false },
];

/** Words that end a count's adjective run: a count noun is at most three plain words after the number. */
export const NOT_ADJECTIVE = new Set([
  'of', 'and', 'or', 'from', 'to', 'in', 'on', 'at', 'by', 'the', 'a', 'an', 'were', 'was', 'have', 'had', 'are', 'is',
  'been', 'with', 'for', 'that', 'which', 'who', 'after', 'before', 'since', 'ago', 'years', 'year', 'days', 'day',
  'hours', 'months', 'weeks', 'km', 'percent',
]);
