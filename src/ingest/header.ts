/** Header keys a report may carry (case-insensitive); others are kept as a warning. */
export const HEADER_KEYS = ['url', 'source', 'published', 'title', 'note'] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** One header value and the 1-based line it was on (for error messages). */
export interface HeaderValue {
  value: string;
  line: number;
}

export interface SplitHeader {
  fields: Partial<Record<HeaderKey, HeaderValue>>;
  /** Everything after the `---` line (the whole text when there is no header). */
  body: string;
  warnings: string[];
}

// A header is short; a file whose first lines are not a header is not scanned any further.
const MAX_HEADER_LINES = 200;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,39})[ \t]*:[ \t]*(.*)$/;
const SEPARATOR = /^-{3,}[ \t]*$/;
const CONTINUATION = /^[ \t]+\S/;

/**
 * Splits a report into its header block and body. A header is `key: value` lines (blank lines and
 * indented continuation lines allowed) ended by a line `---`; Markdown front matter (the same lines
 * between two `---` lines) is read too. Anything else means there is no header and the whole text is
 * the body. `text` must already use `\n` line endings.
 *
 * @example
 * splitHeader('source: Example Wire\npublished: 2017-06-19\n---\nThe army entered Arak.').fields.source;
 * // { value: 'Example Wire', line: 1 }
 */
export function splitHeader(text: string): SplitHeader {
  const noHeader: SplitHeader = { fields: {}, body: text, warnings: [] };
  const lines: { text: string; line: number }[] = [];
  let pos = 0;
  let lineNo = 0;
  let frontMatter = false;
  let sawKey = false;

  while (pos < text.length && lineNo < MAX_HEADER_LINES) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    lineNo++;
    pos = end + 1;

    if (SEPARATOR.test(line)) {
      if (!sawKey && !frontMatter && lines.length === 0) {
        frontMatter = true; // opening `---` of front matter
        continue;
      }
      return readFields(lines, text.slice(Math.min(pos, text.length)));
    }
    if (line.trim() === '') continue;
    if (KEY_LINE.test(line) || (sawKey && CONTINUATION.test(line))) {
      sawKey = true;
      lines.push({ text: line, line: lineNo });
      continue;
    }
    break; // a body line before any `---`: there is no header
  }
  if (sawKey && isKnownKey(lines[0]?.text)) {
    noHeader.warnings.push(`line 1 looks like a header but no "---" line ends it: the whole file was read as the body`);
  }
  return noHeader;
}

function readFields(lines: { text: string; line: number }[], body: string): SplitHeader {
  const fields: SplitHeader['fields'] = {};
  const warnings: string[] = [];
  let current: HeaderValue | null = null;
  for (const { text, line } of lines) {
    const m = KEY_LINE.exec(text);
    if (!m) {
      if (current) current.value = `${current.value} ${text.trim()}`.trim();
      continue;
    }
    const key = m[1]!.toLowerCase();
    const value: HeaderValue = { value: m[2]!.trim(), line };
    current = value;
    if (!isHeaderKey(key)) {
      warnings.push(`line ${line}: unknown header key "${m[1]}" (value "${value.value}") kept only in this warning; known keys: ${HEADER_KEYS.join(', ')}`);
      continue;
    }
    if (fields[key]) {
      warnings.push(`line ${line}: header key "${key}" repeated; the first value (line ${fields[key].line}) is kept`);
      current = null;
      continue;
    }
    fields[key] = value;
  }
  return { fields, body, warnings };
}

function isHeaderKey(key: string): key is HeaderKey {
  return (HEADER_KEYS as readonly string[]).includes(key);
}

function isKnownKey(line: string | undefined): boolean {
  const key = line === undefined ? undefined : KEY_LINE.exec(line)?.[1];
  return key !== undefined && isHeaderKey(key.toLowerCase());
}
