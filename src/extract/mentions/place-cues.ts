import type { PlaceKind, PlaceQuery } from '../../model/index.ts';

/**
 * Place-type words as data: what a word next to a name tells the geocoder.
 * `after` rows follow the name ("al-Kabir oilfield"), `before` rows precede it ("the town of Arak").
 */
export interface KindCue {
  words: string;
  kind: PlaceQuery['kindHint'];
}

/** Words after a name, longest first in the compiled pattern. Plural forms cover lists ("Hama and Homs provinces"). */
export const KIND_AFTER: readonly KindCue[] = [
  { words: 'oil ?fields?', kind: 'oil_field' },
  { words: 'gas ?fields?', kind: 'gas_field' },
  { words: 'fields?', kind: 'field' },
  { words: 'military airport|airport|air ?base|airbase', kind: 'airport' },
  { words: 'cit(?:y|ies)', kind: 'city' },
  { words: 'towns?', kind: 'town' },
  { words: 'villages?', kind: 'village' },
  { words: 'neighbou?rhoods?|quarters?', kind: 'neighbourhood' },
  { words: 'provinces?|governorates?', kind: 'province' },
  { words: 'countryside|desert|region|valley|plains?|area|areas', kind: 'region' },
  { words: 'district|sub-?district', kind: 'district' },
  { words: 'mountains?|mount', kind: 'mountain' },
  { words: 'hills?|hilltops?', kind: 'hill' },
  { words: 'dam', kind: 'dam' },
  { words: 'crossing|border crossing|bridge', kind: 'crossing' },
  { words: 'road|highway', kind: 'road' },
  { words: 'base|military base|barracks', kind: 'base' },
  { words: 'station|pumping station', kind: 'station' },
];

/** Words before a name ending in "of": "the town of", "the villages of", "the province of". */
export const KIND_BEFORE: readonly KindCue[] = [
  { words: 'cit(?:y|ies)', kind: 'city' },
  { words: 'towns?', kind: 'town' },
  { words: 'villages?', kind: 'village' },
  { words: 'neighbou?rhoods?|districts?', kind: 'neighbourhood' },
  { words: 'provinces?|governorates?', kind: 'province' },
  { words: 'hills?|hilltops?', kind: 'hill' },
  { words: 'oil ?fields?', kind: 'oil_field' },
  { words: 'gas ?fields?', kind: 'gas_field' },
];

/** Compass words to bearings, for "13 km south of X". */
export const BEARINGS: Readonly<Record<string, number>> = {
  north: 0, northeast: 45, 'north-east': 45, east: 90, southeast: 135, 'south-east': 135, south: 180,
  southwest: 225, 'south-west': 225, west: 270, northwest: 315, 'north-west': 315,
};

/** Capitalised words that start no place name (sentence openers, calendar words, outlets, titles). */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'he', 'she', 'we', 'our', 'his', 'her', 'i', 'you',
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after', 'before', 'during', 'since', 'while', 'when', 'if', 'but', 'and', 'or', 'as',
  'meanwhile', 'however', 'earlier', 'later', 'according', 'also', 'moreover', 'furthermore', 'thus', 'then', 'now', 'today', 'yesterday',
  'tomorrow', 'there', 'here', 'inside', 'outside', 'about', 'around', 'within', 'across', 'along', 'beyond', 'through', 'throughout',
  'toward', 'towards', 'until', 'over', 'under', 'among', 'between', 'near', 'speaking', 'last', 'next', 'first', 'one', 'two', 'three',
  'pro-government', 'pro-regime', 'pro-assad', 'pro-iranian', 'anti-government', 'both', 'all', 'some', 'many', 'several', 'other', 'another', 'more', 'most', 'once', 'although', 'despite',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'syrian', 'russian', 'iranian', 'turkish', 'kurdish', 'arab', 'iraqi', 'lebanese', 'palestinian', 'american', 'israeli', 'jordanian',
  'observatory', 'sohr', 'reuters', 'afp', 'ap', 'sputnik', 'sana', 'tass', 'xinhua', 'anha', 'anf', 'fna', 'ria', 'novosti', 'cnn', 'bbc',
  'mr', 'president', 'general', 'gen', 'colonel', 'col', 'brig', 'major', 'lieutenant', 'commander', 'minister', 'ministry', 'spokesman',
  'spokesperson', 'head', 'director', 'source', 'sources', 'news', 'agency', 'tv', 'television', 'media', 'islamic', 'state', 'army',
  'forces', 'force', 'human', 'rights', 'defense', 'defence', 'operation', 'operations', 'read', 'related', 'subscribe', 'share', 'click',
  'video', 'photo', 'photos', 'map', 'update', 'breaking', 'exclusive', 'analysis', 'opinion', 'comments', 'comment', 'follow', 'image',
  'getty', 'images', 'via', 'copyright', 'all', 'rights', 'reserved', 'advertisement', 'newsletter', 'sign', 'log', 'register', 'home',
  'world', 'middle', 'east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'central', 'northeastern',
  'southeastern', 'northwestern', 'southwestern', 'countryside', 'province', 'city', 'town', 'village', 'villages', 'oilfield', 'field',
  'government', 'regime', 'coalition', 'militants', 'fighters', 'troops', 'units', 'unit', 'brigade', 'division', 'corps', 'battalion',
  'un', 'united', 'nations', 'security', 'council', 'people', 'civilians', 'killed', 'dozens', 'scores', 'hundreds', 'thousands',
  'rami', 'abdel', 'rahman', 'abdulrahman', 'assad', 'bashar', 'putin', 'trump', 'erdogan', 'lavrov', 'shoigu', 'twitter',
  'syria', 'iraq', 'jordan', 'lebanon', 'israel', 'russia', 'iran', 'moscow', 'washington', 'tehran', 'ankara', 'beirut',
  'baghdad', 'amman', 'britain', 'britain-based', 'uk-based', 'london', 'geneva', 'astana', 'sochi', 'facebook', 'telegram', 'youtube', 'amaq', 'interfax', 'ceasefire', 'truce',
]);

/** Words that mark a capitalised run as something other than a place (an outlet, a state, a person's title). */
export const BLOCKING_WORDS: ReadonlySet<string> = new Set([
  'syria', 'iraq', 'jordan', 'lebanon', 'israel', 'russia', 'iran', 'turkey', 'moscow', 'washington', 'tehran', 'ankara', 'beirut', 'baghdad',
  'amman', 'britain', 'london', 'geneva', 'astana', 'sochi', 'united', 'states', 'nations', 'observatory', 'direct', 'news', 'agency', 'media',
  'ministry', 'spokesman', 'spokesperson', 'president', 'minister', 'commander', 'council', 'rights', 'press', 'tv', 'television', 'channel',
  'international', 'reuters', 'afp', 'sana', 'sohr', 'anha', 'tass', 'xinhua', 'sputnik', 'amaq', 'al-masdar', 'masdar', 'front',
  'forces', 'force', 'civilian', 'civilians', 'casualties', 'clashes', 'fighting', 'battles', 'airstrikes', 'shelling', 'attacks', 'sources', 'source', 'activists', 'residents', 'civilians',
]);

/** Weekday and month words: never the start of a place and never inside one. */
export const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Relation words before a name: what the place is relative to it. */
export const RELATION_BEFORE: ReadonlyArray<{ pattern: string; relation: NonNullable<PlaceQuery['relation']> }> = [
  { pattern: '(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?\\s+)?(?:countryside|suburbs|hinterland|desert|badia|badiya)\\s+of', relation: 'countryside' },
  { pattern: '(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?\\s+)?(?:outskirts|edges?|gates|entrances?|vicinity|perimeter|approaches)\\s+(?:of|to)', relation: 'outskirts' },
  { pattern: '(?:near|nearby|around|close\\s+to|outside|surrounding|next\\s+to|in\\s+the\\s+vicinity\\s+of|in\\s+the\\s+direction\\s+of|(?:north|south|east|west)(?:east|west)?(?:ern)?\\s+of)', relation: 'near' },
];

export type { PlaceKind };
