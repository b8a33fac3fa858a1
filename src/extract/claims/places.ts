/**
 * Place names written in a sentence, by a simple heuristic: runs of capitalised words (with the
 * Arabic article prefixes "al-", "ad-", "ez-", …) that follow a place preposition ("of Palmyra",
 * "from Al-Sukhnah") or carry such a prefix ("al-Raqqa"). Actor, outlet and calendar words are
 * dropped. The claim check resolves them against the gazetteer; this only collects candidates.
 */

const ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|ez|ed|an|adh|ath|ed)-';
const WORD = `(?:${ARTICLE})?[A-Z][\\p{L}'’]*(?:-(?:${ARTICLE})?[\\p{L}'’]+)*`;
const NAME = new RegExp(`(?:\\b(of|from|in|near|to|towards?|at|around|outside|into|reach(?:ed|ing)?|between|and)\\s+(?:the\\s+)?)?(${WORD}(?:\\s+${WORD})*)`, 'gu');
const LOWER_ARTICLE = new RegExp(`^${ARTICLE}`);

/** Capitalised words that name actors, outlets or times, never places. */
const NOT_PLACE = new Set([
  'ISIS', 'ISIL', 'IS', 'Daesh', 'Da’esh', 'Islamic', 'State', 'SDF', 'YPG', 'SAA', 'HTS', 'FSA', 'NDF', 'Syrian', 'Army', 'Arab',
  'Russian', 'Russia’s', 'Iranian', 'Hezbollah', 'US', 'U.S.', 'American', 'Coalition', 'Kurdish', 'Turkish', 'Iraqi',
  'Observatory', 'SOHR', 'SANA', 'Reuters', 'AFP', 'AP', 'Forces', 'Democratic', 'Government', 'Regime', 'Ministry',
  'Defense', 'Defence', 'Military', 'The', 'A', 'An', 'This', 'That', 'It', 'He', 'She', 'They', 'We', 'In', 'On', 'At',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Tasnim', 'Xinhua', 'UN',
]);

/** Words that make the whole name an organisation, wherever they stand ("Hayat Tahrir al-Sham", "Syria Direct"). */
const ORGANISATION_WORD = new Set([
  'Brigade', 'Brigades', 'Division', 'Corps', 'Regiment', 'Battalion', 'al-Qaeda', 'al-Nusra', 'Nusra', 'Tahrir', 'Hayat',
  'Hay’at', 'Jabhat', 'Ahrar', 'Direct', 'News', 'Agency', 'Press', 'TV', 'Media', 'Council', 'Nations', 'Envoy',
  'President', 'Minister', 'Ministry', 'Observatory', 'Committee', 'Front', 'Movement', 'Party', 'Union',
]);

/** Place-type words written after a name ("Homs Province", "Raqqa City"): the name is what is left. */
const PLACE_TYPE = new Set(['Province', 'Governorate', 'City', 'Town', 'Village', 'Countryside', 'District', 'Desert', 'Region']);

/** A place name and where it starts in the sentence. */
export interface PlaceMention {
  name: string;
  start: number;
}

/**
 * @example placesIn('The army is 15 km away from Al-Sukhnah city and 55 km west of Deir Ezzor.')
 * // ['Al-Sukhnah', 'Deir Ezzor']
 */
export function placesIn(sentence: string): string[] {
  const names: string[] = [];
  for (const p of placeMentionsIn(sentence)) if (!names.includes(p.name)) names.push(p.name);
  return names;
}

/** Every place name of the sentence with its offset, in text order (repeats included). */
export function placeMentionsIn(sentence: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  let lastEnd = -1;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(sentence); m !== null; m = NAME.exec(sentence)) {
    const name = trimNonPlaceWords(m[2] ?? '');
    if (name === '') continue;
    // A name after a comma that follows a place continues a list ("of al-Raqqa, Homs, and Hama").
    const continuesList = lastEnd >= 0 && /^,\s*$/.test(sentence.slice(lastEnd, m.index));
    if (m[1] === undefined && !continuesList && !LOWER_ARTICLE.test(name)) continue;
    lastEnd = m.index + m[0].length;
    found.push({ name, start: m.index + m[0].indexOf(name.split(/\s+/)[0] ?? name) });
  }
  return found;
}

/** "State-held", "Kurdish-led": adjectives of control, not names. */
const CONTROL_ADJECTIVE = /-(?:held|controlled|led|backed|occupied|run|based)$/i;

function trimNonPlaceWords(name: string): string {
  const words = name.split(/\s+/).filter((w) => !CONTROL_ADJECTIVE.test(w));
  if (words.some((w) => ORGANISATION_WORD.has(w))) return '';
  while (words.length > 0 && NOT_PLACE.has(words[0]!)) words.shift();
  while (words.length > 0 && (NOT_PLACE.has(words[words.length - 1]!) || PLACE_TYPE.has(words[words.length - 1]!))) words.pop();
  return words.some((w) => NOT_PLACE.has(w)) ? '' : words.join(' ');
}
