import { describe, expect, it } from 'vitest';
import { splitHeader } from './header.ts';

describe('splitHeader', () => {
  it('reads keys in any order and case, with their lines, and returns the body after ---', () => {
    const split = splitHeader('Published: 2017-08-09\nSOURCE: Desk B\nurl: https://b.example.org/x\n---\nISIS fighters left the town.\n');
    expect(split.fields.published).toEqual({ value: '2017-08-09', line: 1 });
    expect(split.fields.source).toEqual({ value: 'Desk B', line: 2 });
    expect(split.fields.url?.value).toBe('https://b.example.org/x');
    expect(split.body).toBe('ISIS fighters left the town.\n');
    expect(split.warnings).toEqual([]);
  });

  it('keeps unknown keys as warnings, not errors', () => {
    const split = splitHeader('source: Desk B\nauthor: Someone\n---\nBody.');
    expect(split.fields.source?.value).toBe('Desk B');
    expect(split.warnings).toHaveLength(1);
    expect(split.warnings[0]).toMatch(/line 2: unknown header key "author"/);
    expect(split.body).toBe('Body.');
  });

  it('joins indented continuation lines to the value above', () => {
    const split = splitHeader('note: first part\n  second part\n---\nBody.');
    expect(split.fields.note?.value).toBe('first part second part');
  });

  it('warns about a repeated key and keeps the first value', () => {
    const split = splitHeader('source: One\nsource: Two\n---\nBody.');
    expect(split.fields.source?.value).toBe('One');
    expect(split.warnings[0]).toMatch(/repeated/);
  });

  it('reads Markdown front matter between two --- lines', () => {
    const split = splitHeader('---\ntitle: Front matter\n---\n# Heading\nBody.');
    expect(split.fields.title?.value).toBe('Front matter');
    expect(split.body).toBe('# Heading\nBody.');
  });

  it('treats a file without a header as all body, even when its first line has a colon', () => {
    const text = 'AMMAN: The battle for the desert went on.\nMore text.\n---\nAfter a rule.';
    expect(splitHeader(text)).toEqual({ fields: {}, body: text, warnings: [] });
  });

  it('says so when header-like lines are not closed by ---', () => {
    const split = splitHeader('source: Desk C\npublished: 2017-06-01\n\nThe army moved east.');
    expect(split.fields).toEqual({});
    expect(split.body).toContain('source: Desk C');
    expect(split.warnings[0]).toMatch(/no "---" line/);
  });
});
