/** What the body looks like before rules run: text with page furniture blanked, and whether it is English. */
export interface Prepared {
  /** Same length as the input (furniture replaced by spaces), so spans stay offsets into the report. */
  text: string;
  /** Null when the language is supported, else the note to return. */
  unsupported: string | null;
}

// A section header after which the page holds other stories, not the report.
const FURNITURE_SECTION = /^\s*(?:related(?:\s+(?:articles?|news|stories|posts|content|topics|coverage))?|more\s+(?:from|on|stories|news|in)\b.*|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed|shared)|latest\s+(?:news|stories|articles)|popular(?:\s+(?:posts|stories))?|trending|newsfeed|see\s+also|also\s+read|top\s+stories|editor['’]s\s+picks?|tags?\s*:.*)\s*:?\s*$/i;
// Lines that are navigation, link prompts, teasers ("Related: …", "… | Read more") or bylines.
const FURNITURE_LINE = /^\s*(?:read\s+(?:more|also)\b|related\s*:\s*\S|.*\|\s*read\s+more\b|(?:also\s+)?see\s*:|share\b|subscribe\b|follow\s+us\b|click\s+here\b|sign\s+up\b|log\s+in\b|advertisement\b|by\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}\s*$|(?:posted|published|updated)\s*(?:on|:)?\s.*\d{4}\s*$|©|photo\s*:|image\s*:)/i;
const MAX_HEADLINE = 200;
const MAX_HEADLINE_WORDS = 25;
const LANGUAGE_SAMPLE = 20_000;
const ENGLISH_FUNCTION = /\b(?:the|of|and|to|in|on|from|with|that|was|were|is|are|by|for|at|forces|said)\b/gi;

/**
 * Blanks page furniture and tells whether the text is in a language the rules read (English).
 *
 * @example prepareText('Army took Arak.\nRelated Articles\nOther story.').text.includes('Other') // false
 */
export function prepareText(body: string): Prepared {
  // The language of a report shows in its first pages: sampling keeps a 50 MB report cheap.
  const sample = body.slice(0, LANGUAGE_SAMPLE);
  const { letters, latin, words } = scriptCounts(sample);
  if (letters >= 20 && latin / letters < 0.7) return { text: body, unsupported: 'no events: language not supported' };
  if (words >= 25 && !reachesShare(sample, ENGLISH_FUNCTION, words, 0.04)) return { text: body, unsupported: 'no events: language not supported' };
  return { text: blankFurniture(body), unsupported: null };
}

/** Letters, Latin letters and words of a sample, in one pass over its char codes. */
function scriptCounts(text: string): { letters: number; latin: number; words: number } {
  let letters = 0;
  let latin = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
    const isLatin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    // Other scripts: Greek and later blocks, minus general punctuation and symbols.
    const isOther = c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xfe00 && c <= 0xfe0f) && !(c >= 0xd800 && c <= 0xdfff);
    if (isLatin) latin++;
    if (isLatin || isOther) letters++;
  }
  return { letters, latin, words };
}

/** Whether matches of `re` reach `share` of `words`; counting stops as soon as they do (English text: after a few words). */
function reachesShare(text: string, re: RegExp, words: number, share: number): boolean {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) if (++n / words >= share) return true;
  return false;
}

function blankFurniture(body: string): string {
  const lines = body.split('\n');
  let cut = false;
  let seenText = false;
  const isFurniture = (line: string): boolean => {
    if (cut) return true;
    if (FURNITURE_SECTION.test(line)) return (cut = true);
    const first = !seenText && line.trim().length > 0;
    if (first) seenText = true;
    return FURNITURE_LINE.test(line) || isHeadline(line, first);
  };
  let blanked = false;
  const out = lines.map((line) => {
    if (!isFurniture(line)) return line;
    blanked ||= line.length > 0;
    return ' '.repeat(line.length);
  });
  // Most bodies have no furniture: the text is handed back as it came.
  return blanked ? out.join('\n') : body;
}

/** /[.!?:]["”’)]?$/ read from the end: the regex would be tried at every position of the line. */
function endsLikeSentence(trimmed: string): boolean {
  const stop = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === ':';
  const last = trimmed[trimmed.length - 1];
  return stop(last) || ((last === '"' || last === '”' || last === '’' || last === ')') && stop(trimmed[trimmed.length - 2]));
}

/**
 * A headline, caption or teaser: a line with no closing punctuation that is Title Case, a bullet,
 * or the body's short first line. The body tells the same events in full sentences (gold
 * convention: a headline is not a second event).
 */
function isHeadline(line: string, first: boolean): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length >= MAX_HEADLINE || endsLikeSentence(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  // Several sentences, or a paragraph's worth of words, is body text whose last period was lost.
  if (words.length > MAX_HEADLINE_WORDS || /[.!?]\s+\p{Lu}/u.test(trimmed)) return false;
  if (words.length < 4 || /^[•©·▪►]/.test(trimmed)) return true;
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= Math.max(2, long.length * 0.6) || (first && words.length <= 20);
}
