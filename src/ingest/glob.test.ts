import { describe, expect, it } from 'vitest';
import { globToRegExp, isGlob, splitGlob } from './glob.ts';

describe('glob', () => {
  it('splits a pattern into a folder to walk and the rest', () => {
    expect(splitGlob('reports/**/*.txt')).toEqual({ base: 'reports', rest: '**/*.txt' });
    expect(splitGlob('*.md')).toEqual({ base: '.', rest: '*.md' });
    expect(splitGlob('/data/in/2017-*/a?.html')).toEqual({ base: '/data/in', rest: '2017-*/a?.html' });
  });

  it('matches ** across folders (including none), * and ? within one name', () => {
    const re = globToRegExp('**/*.txt');
    expect(['a.txt', 'x/a.txt', 'x/y/z/a.txt'].every((p) => re.test(p))).toBe(true);
    expect(['a.md', 'x/a.txt/b', '.hidden/a.txt', 'x/.a.txt'].some((p) => re.test(p))).toBe(false);
    expect(globToRegExp('d?.txt').test('d1.txt')).toBe(true);
    expect(globToRegExp('d?.txt').test('d/.txt')).toBe(false);
    expect(globToRegExp('*.txt').test('sub/a.txt')).toBe(false);
  });

  it('supports classes and brace alternatives, and escapes regex characters', () => {
    expect(globToRegExp('r[0-9].{txt,md}').test('r7.md')).toBe(true);
    expect(globToRegExp('r[!0-9].txt').test('r7.txt')).toBe(false);
    expect(globToRegExp('a+b(1).txt').test('a+b(1).txt')).toBe(true);
    expect(globToRegExp('a.txt').test('abtxt')).toBe(false);
  });

  it('knows a glob from a path', () => {
    expect(isGlob('reports/*.txt')).toBe(true);
    expect(isGlob('reports/002.txt')).toBe(false);
  });
});
