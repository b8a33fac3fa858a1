/**
 * Transliteration-aware name keys.
 *
 * Syrian names reach English text in many spellings. Three levels of key let them meet:
 * - `foldName`: lower case, no diacritics, no ‘ayn/hamza marks, Arabic letter forms unified;
 * - `normalizeName`: the folded name without articles (al-, el-, ar-, as-, … also assimilated inside
 *   names: "Deir ez-Zor", "Ezzor"), with common word variants (Deir/Dayr, Ain/Ein/Ayn, Tal/Tall …),
 *   doubled letters and endings (-ah/-eh/-e → -a, -iyah/-iyeh/-ia → -iya) unified, spaces removed;
 * - `skeletonKey`: the consonant skeleton of that key (q/k/g/c → k, kh/x → h, sh → s, th → t, dh → z;
 *   vowels, w and y dropped), where al-Resafa, al-Rasafeh, Rusafa and Ar Rusafah all give `rsf`.
 */

/**
 * Version of the key rules. The committed table stores each name's keys with this number; a table
 * written under another version has its keys recomputed at load. Bump it when the rules change.
 */
export const NORMALIZE_VERSION = 3;

/** Article forms that stand as their own token after folding ("al-Raqqa" → "al raqqa"). */
const ARTICLES = new Set([
  'al', 'el', 'il', 'ul', 'l', 'ar', 'er', 'ur', 'as', 'es', 'us', 'ad', 'ed', 'ud', 'ash', 'esh', 'ush',
  'at', 'et', 'ut', 'az', 'ez', 'uz', 'an', 'en', 'un', 'ath', 'adh', 'ats', 'ds', 'ech', 'ach',
]);

/** Common generic words and their variant spellings, unified before the key is built. */
const WORD_VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    deir: 'dayr', dair: 'dayr', der: 'dayr', dier: 'dayr', deyr: 'dayr', dayr: 'dayr',
    ain: 'ayn', ein: 'ayn', ayn: 'ayn', ayin: 'ayn', aain: 'ayn',
    tal: 'tall', tel: 'tall', tell: 'tall', tall: 'tall', til: 'tall',
    jabal: 'jabal', jebel: 'jabal', jabel: 'jabal', jbel: 'jabal', jebal: 'jabal', djebel: 'jabal',
    bir: 'bir', beer: 'bir', bier: 'bir',
    kafr: 'kafr', kfar: 'kafr', kafar: 'kafr', kefr: 'kafr', kfr: 'kafr',
    beit: 'bayt', bayt: 'bayt', bait: 'bayt', beyt: 'bayt', bet: 'bayt',
    wadi: 'wadi', wady: 'wadi', ouadi: 'wadi',
    khirbet: 'khirbat', khirbat: 'khirbat', kherbet: 'khirbat', khirba: 'khirbat', khirbit: 'khirbat',
    umm: 'umm', um: 'umm', om: 'umm', oum: 'umm', omm: 'umm',
    abu: 'bu', abou: 'bu', albu: 'bu', abo: 'bu', bu: 'bu',
    shaykh: 'shaykh', sheikh: 'shaykh', shaikh: 'shaykh', cheikh: 'shaykh', sheykh: 'shaykh',
  }),
);

const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const AYN_HAMZA = /['’‘`ʿʾʻʼ´′ʹ]/g;
const ARABIC_LETTERS: ReadonlyMap<string, string> = new Map([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ة', 'ه'], ['ى', 'ي'], ['ؤ', 'و'], ['ئ', 'ي'], ['ء', ''], ['ک', 'ك'], ['ی', 'ي'],
]);
const LATIN_EXTRA: ReadonlyMap<string, string> = new Map([
  ['ı', 'i'], ['ø', 'o'], ['æ', 'ae'], ['ß', 'ss'], ['đ', 'd'], ['ł', 'l'], ['œ', 'oe'],
  // Cyrillic look-alikes that scraped pages slip into Latin words ("Salаmiyah" with a Cyrillic а).
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['у', 'y'], ['х', 'x'], ['і', 'i'], ['к', 'k'], ['м', 'm'], ['т', 't'], ['н', 'h'],
]);
const ARABIC_CHAR = /[\u0600-\u06ff]/;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const NON_ALNUM_ASCII = /[^a-z0-9]+/g;

/**
 * Lower-case a name and strip what never tells two places apart: diacritics, ‘ayn/hamza marks,
 * Arabic vowel signs, tatweel and letter-form variants, punctuation.
 * @example foldName('‘Uqayribāt') // 'uqayribat'
 */
export function foldName(s: string): string {
  // Fast path: plain ASCII needs no decomposition or letter-form mapping.
  if (PLAIN_ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, '').replace(NON_ALNUM_ASCII, ' ').trim();
  // Kurdish and Turkish ç is the digraph ch ("Koçer" = "Kocher"). Not ş: in the romanised Arabic of
  // the open data ş is the emphatic s (Şafşāf = Safsaf).
  let out = s.replace(/[çÇ]/g, 'ch').normalize('NFKD').replace(MARKS, '').toLowerCase().replace(AYN_HAMZA, '');
  out = out.replace(/[أإآٱةىؤئءکیıøæßđłœаеорсухікмтн]/g, (c) => ARABIC_LETTERS.get(c) ?? LATIN_EXTRA.get(c) ?? c);
  return out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A token that begins with an assimilated article: "ezzor", "assukhnah", "arraqqa". */
const ATTACHED_ARTICLE = /^[aeu](sh|th|dh|[tdrzsnl])\1/;

/** A consonant (or digraph) and w before a vowel at a word's start: "Dwair", "Sweida", "Hwaija". */
const INITIAL_CW = /^([bcdfghjklmnpqrstvz]h?)w(?=[aeiouy])/;

function normalizeLatinToken(token: string, isFirst: boolean): string {
  // Kurdish (Kurmanji) x is kh: "Sexanî" = "Sakhani", "Xirbet" = "Khirbet".
  const unx = token.includes('x') ? token.replace(/x/g, 'kh') : token;
  let t = WORD_VARIANTS.get(unx) ?? unx;
  // The diminutive fu'ayl is written without its first vowel in Levantine spellings: Dwair = Duwayr.
  if (t[1] === 'w' || t[2] === 'w') t = t.replace(INITIAL_CW, '$1uw');
  if (t.length >= 5 && ATTACHED_ARTICLE.test(t) && !(isFirst && t.startsWith('all'))) {
    t = t.replace(/^[aeu](sh|th|dh|[tdrzsnl])/, '');
  }
  t = t.replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/(.)\1+/g, '$1');
  if (t.length > 3) {
    t = t.replace(/(?:iy|ey|i)(?:a|ah|e|eh)$/, 'iya').replace(/(?:ah|eh|e|aa)$/, 'a');
  }
  // o/u and e/i are one vowel each in Arabic; ay/ey/ei are one diphthong.
  return t.replace(/ey|ei|ay/g, 'ai').replace(/o/g, 'u').replace(/e/g, 'i');
}

function normalizeArabicToken(token: string): string {
  return token.length > 3 && token.startsWith('ال') ? token.slice(2) : token;
}

/**
 * The matching key of a name: folded, articles dropped, word variants, doubled letters and
 * endings unified, no spaces. Names that differ only in those ways share a key.
 * @example normalizeName('Deir ez-Zor') === normalizeName('Deir Ezzor') // true ('dayrzor')
 */
export function normalizeName(s: string): string {
  return keyOfFolded(foldName(s));
}

/** `normalizeName` of a name already passed through `foldName`. */
export function keyOfFolded(folded: string): string {
  const tokens = folded.split(' ').filter((t) => t.length > 0);
  const kept = tokens.filter((t, i) => !(ARTICLES.has(t) && (i < tokens.length - 1 || tokens.length > 1)));
  const words = kept.length > 0 ? kept : tokens;
  // Joined words may bring two equal letters together ("Beit Tima" / "Baytima"): collapse again.
  return words
    .map((t, i) => (ARABIC_CHAR.test(t) ? normalizeArabicToken(t) : normalizeLatinToken(t, i === 0)))
    .join('')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The consonant skeleton of a key from `normalizeName`: q/k/g/c → k, kh → h, sh/ch → s,
 * th → t, dh → z, p → b, v → f; vowels, w and y (and Arabic long vowels) dropped; doubles collapsed.
 * Falls back to the key itself when nothing would remain.
 * @example skeletonKey(normalizeName('Aqayrabat')) // 'krbt'
 */
export function skeletonKey(key: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < key.length; i++) {
    const c = key[i] ?? '';
    const next = key[i + 1];
    let mapped: string;
    if (next === 'h' && DIGRAPH_H[c] !== undefined) {
      mapped = DIGRAPH_H[c] ?? '';
      i++;
    } else if (c === 'd' && next === 'j') {
      mapped = 'j';
      i++;
    } else {
      mapped = SKELETON_LETTER[c] ?? c;
    }
    if (mapped !== '' && mapped !== last) out += mapped;
    if (mapped !== '') last = mapped;
  }
  return out.length > 0 ? out : key;
}

/** Letters before an h that make one sound: kh → h, gh → k, sh/ch → s, th → t, dh → z. */
const DIGRAPH_H: Readonly<Record<string, string>> = { k: 'h', g: 'k', s: 's', c: 's', t: 't', d: 'z' };
/** Single letters of the skeleton: q/g/c → k, p → b, v → f; vowels, w, y and Arabic long vowels dropped. */
const SKELETON_LETTER: Readonly<Record<string, string>> = {
  q: 'k', g: 'k', c: 'k', p: 'b', v: 'f', a: '', e: '', i: '', o: '', u: '', w: '', y: '', 'ا': '', 'و': '', 'ي': '', 'ى': '',
};

/** Both keys of a name at once (the index stores both). */
export function nameKeys(s: string): { key: string; skeleton: string } {
  const key = normalizeName(s);
  return { key, skeleton: skeletonKey(key) };
}
