import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlReport } from './page.ts';

describe('readHtmlReport', () => {
  it('makes a Report from a page: day from the meta date, outlet, canonical url', () => {
    const html = readFileSync(new URL('./fixtures/reports/page.html', import.meta.url), 'utf8');
    const [r] = readHtmlReport(html, { id: 'page', file: 'in/page.html' });
    expect(r?.ok && r.report).toMatchObject({
      id: 'page',
      source: 'Example Times',
      url: 'https://times.example.org/2017/09/02/uqayribat',
      published: '2017-09-02',
      format: 'html',
      origin: 'in/page.html',
      warnings: [],
    });
  });

  it('keeps a page whose date cannot be read, with a warning', () => {
    const [r] = readHtmlReport('<meta property="article:published_time" content="last week"><p>Clashes in Hajin.</p>', { id: 'p', file: 'p.html' });
    expect(r?.ok && [r.report.published, r.report.warnings]).toEqual([
      null,
      ['page date "last week" malformed (not a date in a form we read): publication date left unknown', 'no publication date: relative dates will be kept as offsets'],
    ]);
  });

  it('refuses a page with no main text', () => {
    const [r] = readHtmlReport('<html><body><nav>Menu</nav><script>x()</script></body></html>', { id: 'p', file: 'p.html' });
    expect(r?.ok === false && [r.error.code, r.error.message]).toEqual(['E_INGEST_EMPTY', '[frontwatch] [ingest] p.html: the page has no main text']);
  });
});
