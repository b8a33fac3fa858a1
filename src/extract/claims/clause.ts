/** Clause boundaries inside a sentence: semicolons, colons, dashes, quotes, and commas before a space. */
const BOUNDARY = /[;:—–“”"]|,\s|\s-\s/g;

/**
 * The clause of a sentence around [from, to): from the last boundary before `from` to the first
 * boundary (or the sentence's final stop) after `to`, trimmed. Offsets are within the sentence.
 *
 * @example clauseAround('As the army advanced, it was 15 km from the town, officials said.', 25, 30)
 * // { start: 22, end: 48 } — "it was 15 km from the town"
 */
export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m !== null; m = BOUNDARY.exec(sentence)) {
    const boundaryEnd = m.index + m[0].length;
    if (boundaryEnd <= from) start = boundaryEnd;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  while (start < end && /\s/.test(sentence[start]!)) start++;
  while (end > start && /[\s.!?]/.test(sentence[end - 1]!)) end--;
  return { start, end };
}
