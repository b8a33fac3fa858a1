import { buildReport, lenientDate, type IngestResult } from './build.ts';
import { reducePage } from './html.ts';

/**
 * Reads an HTML page as one report: main text, title (og:title or `<title>`), publication date
 * (article:published_time, JSON-LD, `<time datetime>` …), url (canonical or og:url) and outlet
 * (og:site_name). A malformed date on the page is a warning, not an error.
 *
 * @example readHtmlReport('<article><p>The army entered Arak.</p></article>', { id: 'p', file: 'p.html' });
 */
export function readHtmlReport(html: string, at: { id: string; file: string; origin?: string }): IngestResult[] {
  const page = reducePage(html);
  const warnings: string[] = [];
  const published = lenientDate(page.published, 'page', warnings);
  return [
    buildReport({
      id: at.id,
      format: 'html',
      origin: at.origin ?? at.file,
      file: at.file,
      body: page.text,
      source: page.siteName,
      url: page.url,
      published,
      title: page.title,
      warnings,
    }),
  ];
}
