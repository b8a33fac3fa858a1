import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownToText } from './markdown.ts';

describe('markdownToText', () => {
  it('drops heading marks, emphasis and code marks, keeps link text, drops images', () => {
    const md = '## Front near *Sukhnah*\n\nThe **army** and __allies__ hit `T3` near [Palmyra](https://x.example/p "t").\n![a map](map.png)';
    expect(markdownToText(md)).toBe('Front near Sukhnah\n\nThe army and allies hit T3 near Palmyra.\n');
  });

  it('strips list bullets, blockquotes, rules and reference links', () => {
    const md = '- first item\n* second item\n1. third item\n> a quote\n\n---\nSee [the map][m].\n\n[m]: https://x.example/map';
    expect(markdownToText(md)).toBe('first item\nsecond item\nthird item\na quote\n\nSee the map.\n\n');
  });

  it('leaves underscores inside words and lone asterisks alone', () => {
    expect(markdownToText('file_name_here and 5 * 3 = 15')).toBe('file_name_here and 5 * 3 = 15');
  });

  it('keeps the content of fenced code but not the fences', () => {
    expect(markdownToText('Before\n```\nraw *text*\n```\nAfter')).toBe('Before\nraw *text*\nAfter');
  });
});

describe('looksLikeMarkdown', () => {
  it('needs two signs of Markdown', () => {
    expect(looksLikeMarkdown('# Title\n\nSee [this](https://x.example).')).toBe(true);
    expect(looksLikeMarkdown('The army took the town. It was a hard fight.')).toBe(false);
    expect(looksLikeMarkdown('- one bullet only')).toBe(false);
  });
});
