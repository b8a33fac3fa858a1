import { describe, expect, it } from 'vitest';
import { formatOf, idFromPath, sniffFormat } from './formats.ts';
import { slugify } from './slug.ts';

describe('formatOf and sniffFormat', () => {
  it('goes by extension when it names a format', () => {
    expect(formatOf('a/b.TXT', '<html>')).toBe('text');
    expect(formatOf('b.markdown', '')).toBe('markdown');
    expect(formatOf('b.ndjson', '')).toBe('jsonl');
    expect(formatOf('b.htm', '')).toBe('html');
  });

  it('sniffs stdin, .xml and unknown extensions from the content', () => {
    expect(sniffFormat('{"id":"a","text":"x"}\n{"id":"b","text":"y"}')).toBe('jsonl');
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(sniffFormat('<div><p>Fragment</p></div>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?><rss version="2.0"></rss>')).toBe('rss');
    expect(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('atom');
    expect(sniffFormat('source: D\n---\n# Title\n\n- a [link](https://x.example)')).toBe('markdown');
    expect(sniffFormat('source: D\n---\nPlain words about the front.')).toBe('text');
    expect(formatOf('-', '{"id":"a","text":"x"}')).toBe('jsonl');
    expect(formatOf('report', 'Plain.')).toBe('text');
  });

  it('derives report ids from file names', () => {
    expect(idFromPath('reports/2017/d101.txt')).toBe('d101');
    expect(idFromPath('a.b.md')).toBe('a.b');
    expect(idFromPath('README')).toBe('README');
    expect(idFromPath('-')).toBe('stdin');
  });
});

describe('slugify', () => {
  it('makes stable, safe ids from guids', () => {
    expect(slugify('https://www.Example.org/2017/06/19/Army-Enters-Arak/')).toBe('example-org-2017-06-19-army-enters-arak');
    expect(slugify('tag:x.example,2017:42')).toBe('tag-x-example-2017-42');
    expect(slugify('Ḥamā café')).toBe('hama-cafe');
  });

  it('shortens long guids, keeping the end and a hash so they do not collide', () => {
    const a = slugify(`https://x.example/${'a'.repeat(200)}/one`);
    const b = slugify(`https://x.example/${'a'.repeat(200)}/two`);
    expect(a.length).toBeLessThanOrEqual(80);
    expect(a).not.toBe(b);
    expect(a).toMatch(/-one-[0-9a-f]{8}$/);
  });
});
