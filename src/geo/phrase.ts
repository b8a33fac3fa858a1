/**
 * Turns a place phrase as written ("13 km south of Deir ez-Zor", "the eastern countryside of Hama",
 * "the road between Khanasser and Ithriya", "Ark oilfield", "the town of al-Sukhna") into a PlaceQuery:
 * the bare name plus the cue, offset and relation the words around it give. The geocoder uses it
 * when a name as given is not in the gazetteer; extraction may call it too. Rules are data rows.
 */
import type { PlaceQuery } from '../model/place.ts';
import { bearingOf } from './geometry.ts';

const DIR = '(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern|ward|wards)?';
const NUM = '(\\d+(?:[.,]\\d+)?)';
const KM = '(?:km|kms|kilometers?|kilometres?)';

/** Words in front of a name that only say what kind of place it is. */
const PREFIX_CUES: ReadonlyArray<[RegExp, PlaceQuery['kindHint'] | undefined]> = [
  [/^(?:the\s+)?(?:key\s+|strategic\s+|small\s+)?town\s+of\s+/i, 'town'],
  [/^(?:the\s+)?(?:key\s+|strategic\s+|small\s+)?(?:village|hamlet)\s+of\s+/i, 'village'],
  [/^(?:the\s+)?(?:key\s+|strategic\s+|small\s+)?city\s+of\s+/i, 'city'],
  [/^(?:the\s+)?(?:key\s+|strategic\s+|small\s+)?locality\s+of\s+/i, 'populated'],
  [/^(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?\s+of\s+/i, 'populated'],
  [/^(?:the\s+)?(?:key\s+)?(?:oil\s*field|gas\s*field|field)s?\s+of\s+/i, 'field'],
  [/^(?:the\s+)?(?:province|governorate)\s+of\s+/i, 'province'],
  [/^(?:the\s+)?(?:(?:military\s+)?airport|air\s*base|airfield)\s+of\s+/i, 'airport'],
  [/^(?:the\s+)?(?:mountains?|hills?|heights)\s+of\s+/i, 'hill'],
  [/^(?:the\s+)?(?:neighbou?rhood|district|quarter)\s+of\s+/i, undefined],
];

/** Words after a name that only say what kind of place it is. */
const SUFFIX_CUES: ReadonlyArray<[RegExp, PlaceQuery['kindHint'] | undefined]> = [
  [/\s+city$/i, 'city'],
  [/\s+town$/i, 'town'],
  [/\s+(?:village|hamlet)$/i, 'village'],
  [/\s+(?:oil\s*fields?|oilfields?|gas\s*fields?|fields?)$/i, 'field'],
  [/\s+(?:province|governorate|provincial\s+border|administrative\s+borders?)$/i, 'province'],
  [/\s+(?:(?:military\s+)?airport|air\s*base|airfield)$/i, 'airport'],
  [/\s+(?:chain\s+of\s+mountains|mountains?|mountain\s+range|hills?|heights)$/i, 'mountain'],
  [/\s+(?:dam)$/i, 'dam'],
  [/\s+(?:crossing|border\s+crossing)$/i, 'crossing'],
  [/\s+(?:neighbou?rhood|district|quarter|area|region|areas|valley|farm|farms|vicinity)$/i, undefined],
];

/** Relation phrases in front of a name: "countryside of X", "outskirts of X", "near X". */
const RELATIONS: ReadonlyArray<[RegExp, NonNullable<PlaceQuery['relation']>]> = [
  [new RegExp(`^(?:the\\s+)?(?:${DIR}\\s+(?:and\\s+${DIR}\\s+)?)?(?:countryside\\s+of|desert\\s+of|suburbs\\s+of|parts?\\s+of|administrative\\s+borders\\s+of|borders\\s+of|rural|countryside)\\s+`, 'i'), 'countryside'],
  [new RegExp(`^(?:the\\s+)?(?:${DIR}\\s+)?(?:outskirts|edges?|entrances?)\\s+of\\s+`, 'i'), 'outskirts'],
  [/^(?:the\s+)?(?:vicinity|surroundings|environs|area|areas|region)\s+(?:of|around|near)\s+/i, 'near'],
  [/^(?:near|around|outside|close\s+to|nearby)\s+/i, 'near'],
];

// Compiled once: the geocoder parses a phrase for every name it does not know as given.
const OFFSET_PHRASE = new RegExp(`${NUM}\\s*${KM}\\s+(?:to\\s+the\\s+|to\\s+)?(${DIR})\\s+of\\s+(.+)$`, 'i');
const DIRECTIONAL_PHRASE = new RegExp(`^(?:the\\s+)?${DIR}\\s+(.+?)(?:\\s+(?:countryside|desert|suburbs|outskirts|part))?$`, 'i');
const TAIL_PHRASE = new RegExp(`^.*\\b(${DIR}\\s+of|countryside\\s+of|rural|near|around|in|of|outside|towards?|to|at)\\s+(.+)$`, 'i');
/** A verb in -ing that a phrase may start with ("Controlling al-Mayadeen city"): no part of a name. */
const LEADING_GERUND = /^[a-z]{3,}ing\s+(?=\S)/i;
/** A possessor in front of a place ("ISIL's central pocket", "the army's airbase"); not "Ra's al-Ayn". */
const LEADING_POSSESSOR = /^(?:the\s+)?[\p{L}-]{3,}['’]s\s+(?=\S)/iu;

function stripCues(text: string): { name: string; kindHint?: PlaceQuery['kindHint'] } {
  let name = text.trim().replace(/[.,;:]+$/, '').replace(LEADING_GERUND, '').replace(LEADING_POSSESSOR, '').replace(/^the\s+/i, '');
  let kindHint: PlaceQuery['kindHint'] | undefined;
  for (let changed = true; changed;) {
    changed = false;
    for (const [re, hint] of [...PREFIX_CUES, ...SUFFIX_CUES]) {
      const next = name.replace(re, '');
      if (next !== name && next.trim().length > 0) {
        name = next.trim();
        kindHint ??= hint;
        changed = true;
      }
    }
  }
  name = name.replace(/^the\s+/i, '');
  return kindHint ? { name, kindHint } : { name };
}

/**
 * Parse a place phrase into a query.
 * @example queryFromPhrase('13 km south of Deir ez-Zor') // { name: 'Deir ez-Zor', offset: { km: 13, bearingDeg: 180 }, … }
 * @example queryFromPhrase('the road between Khanasser and Ithriya') // { name: 'Khanasser', relation: 'between', otherName: 'Ithriya', … }
 */
export function queryFromPhrase(text: string): PlaceQuery {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
  const offset = OFFSET_PHRASE.exec(t);
  if (offset?.[1] && offset[2] && offset[3]) {
    const bearingDeg = bearingOf(offset[2]);
    if (bearingDeg !== null) {
      return { ...stripCues(offset[3]), text, offset: { km: Number(offset[1].replace(',', '.')), bearingDeg } };
    }
  }
  const between = /\bbetween\s+(.+?)\s+and\s+(.+)$/i.exec(t) ?? /\blinking\s+(.+?)\s+(?:to|and|with)\s+(.+)$/i.exec(t);
  if (between?.[1] && between[2]) {
    return { name: stripCues(between[1]).name, otherName: stripCues(between[2]).name, relation: 'between', text };
  }
  const road = roadBetween(t);
  if (road) return road;
  const rest = t.replace(/^(?:in|at|on|to|towards?|from)\s+/i, '');
  for (const [re, relation] of RELATIONS) {
    const m = re.exec(rest);
    if (m) {
      const inner = rest.slice(m[0].length);
      return { ...stripCues(inner), relation, text };
    }
  }
  // "eastern Hama", "east Salamiyah", "the eastern Deir al-Zor countryside": a direction before a name.
  const directional = DIRECTIONAL_PHRASE.exec(rest);
  if (directional?.[1]) return { ...stripCues(directional[1]), relation: 'countryside', text };
  const countrysideAfter = /^(?:the\s+)?(.+?)\s+(?:countryside|suburbs|desert)$/i.exec(rest);
  if (countrysideAfter?.[1]) return { ...stripCues(countrysideAfter[1]), relation: 'countryside', text };
  return { ...stripCues(rest), text };
}

/** Article forms that a hyphen joins to the next word of the same name ("Deir ez-Zor", "al-Bab"). */
const ARTICLE_BEFORE_HYPHEN = /(?:^|\s)(?:al|el|ar|as|ad|ash|at|az|an|er|es|ed|ez|et|en)$/i;

/**
 * "the Palmyra-Sukhnah road", "the Deir ez-Zor–Hasakah highway": a road named by its two ends is
 * the stretch between them. A dash splits two places when a capital follows and no article precedes.
 */
function roadBetween(text: string): PlaceQuery | null {
  const m = /^(?:the\s+)?(.+?)\s+(?:road|highway|motorway)$/i.exec(text);
  if (!m?.[1]) return null;
  const body = m[1];
  for (let i = body.length - 2; i > 0; i--) {
    const c = body[i];
    if ((c === '-' || c === '–' || c === '—') && /\p{Lu}/u.test(body[i + 1] ?? '') && !ARTICLE_BEFORE_HYPHEN.test(body.slice(0, i))) {
      const a = body.slice(0, i).trim();
      const b = body.slice(i + 1).trim();
      return { name: stripCues(a).name, otherName: stripCues(b).name, relation: 'between', text };
    }
  }
  return null;
}

/** Words that name no place on their own ("the airbase", "the city", "the pocket"). */
const GENERIC = /^(?:the\s+)?(?:air\s*base|airport|city|town|village|villages|province|governorate|area|areas|region|river|field|oil\s*field|pocket|enclave|territory|desert|border|front|countryside|hills?|base|road|crossing|district|neighbou?rhoods?|stadium|hospital)s?$/i;

/** True when a bare name is only a generic word, which the geocoder must not guess a place for. */
export function isGenericName(name: string): boolean {
  return GENERIC.test(name.trim());
}

/**
 * The named place at the end of a longer phrase, after its last locating word:
 * "the Euphrates River near Deir ez-Zor" → near "Deir ez-Zor"; "several villages in Uqayribat
 * district" → "Uqayribat"; "areas west of Sukhna" → near "Sukhna". Null when there is none.
 */
export function tailOfPhrase(text: string): PlaceQuery | null {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
  const m = TAIL_PHRASE.exec(t);
  const tail = m?.[2];
  if (!tail || tail === t) return null;
  const inner = queryFromPhrase(tail);
  const before = t.slice(0, t.length - tail.length);
  const relation = /\b(?:countryside|rural|suburbs)(?:\s+of)?\s+$/i.test(before) ? 'countryside' : 'near';
  return { ...inner, text, relation: inner.relation ?? relation };
}
