import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedKind, readFeed } from './feed.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/reports/${name}`, import.meta.url), 'utf8');

describe('readFeed: RSS 2.0', () => {
  const results = readFeed(fixture('wire.rss'), { id: 'wire', file: 'feeds/wire.rss' });

  it('gives one result per item with a stable slug id from the guid', () => {
    expect(results.map((r) => (r.ok ? r.report.id : r.error.code))).toEqual([
      'wire-example-org-2017-09-18-euphrates',
      'tag-wire-example-org-2017-item-2',
      'tag-wire-example-org-2017-item-3',
      'E_INGEST_EMPTY',
    ]);
  });

  it('prefers content:encoded, reduces it as HTML, takes the channel title as source', () => {
    const first = results[0];
    expect(first?.ok && first.report).toMatchObject({
      source: 'Example Wire & Partners',
      url: 'https://wire.example.org/2017/09/18/euphrates',
      published: '2017-09-18',
      title: 'Army crosses the Euphrates',
      format: 'rss',
      origin: 'feeds/wire.rss',
      text: 'Army engineers built a pontoon bridge and troops crossed the Euphrates near Deir ez-Zor on Monday.\n\nFighting continued in Khusham & Hatla.',
    });
  });

  it('decodes escaped HTML in a description and keeps an item with a malformed date, warning', () => {
    const second = results[1];
    expect(second?.ok && second.report.text).toBe('Aircraft struck a convoy south of al-Mayadin.');
    expect(second?.ok && second.report.published).toBeNull();
    expect(second?.ok && second.report.warnings[0]).toMatch(/item 2 date "not a date" malformed/);
  });

  it('keeps a headline-only item with its title as text, saying so', () => {
    const third = results[2];
    expect(third?.ok && [third.report.text, third.report.published, third.report.warnings]).toEqual([
      'Troops reach the outskirts of Hatla',
      '2017-09-20',
      ['item 3 has no content: its title is used as its text'],
    ]);
  });

  it('names the file and the item when an item has no text at all', () => {
    const fourth = results[3];
    expect(fourth?.ok === false && fourth.error.message).toBe('[frontwatch] [ingest] feeds/wire.rss: item 4 (tag-wire-example-org-2017-item-4): the report body is empty');
  });
});

describe('readFeed: Atom', () => {
  const results = readFeed(fixture('desk.atom'), { id: 'desk', file: 'desk.atom' });

  it('reads entries: id slug, alternate link, published before updated, XHTML content, html title', () => {
    expect(results.every((r) => r.ok)).toBe(true);
    const reports = results.flatMap((r) => (r.ok ? [r.report] : []));
    expect(reports.map((r) => [r.id, r.url, r.published, r.title, r.source, r.format])).toEqual([
      ['urn-uuid-0b1c2d3e-mayadin', 'https://desk.example.org/mayadin', '2017-10-14', 'Army regains Mayadin', 'Frontwatch Atom Desk', 'atom'],
      ['urn-uuid-9f8e7d6c-albukamal', null, '2017-11-09', 'Clashes near Albu Kamal', 'Frontwatch Atom Desk', 'atom'],
    ]);
    expect(reports[0]?.text).toBe('Army units regained the city of Mayadin on Saturday.\n\nEngineers began clearing mines & booby traps.');
    expect(reports[1]?.text).toBe('Clashes broke out west of Albu Kamal on Thursday.');
  });
});

describe('readFeed: bad feeds', () => {
  it('reports malformed XML with its line', () => {
    const [r] = readFeed('<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</item></channel></rss>', { id: 'bad', file: 'bad.rss' });
    expect(r?.ok === false && r.error.code).toBe('E_INGEST_FEED');
    expect(r?.ok === false && r.error.line).toBe(3);
    expect(r?.ok === false && r.error.message).toMatch(/^\[frontwatch\] \[ingest\] bad\.rss:3: malformed XML/);
  });

  it('refuses XML that is no feed, and a feed with no items', () => {
    const [notFeed] = readFeed('<?xml version="1.0"?><catalog><book/></catalog>', { id: 'c', file: 'c.xml' });
    expect(notFeed?.ok === false && notFeed.error.code).toBe('E_INGEST_FEED');
    const [noItems] = readFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>', { id: 'e', file: 'e.rss' });
    expect(noItems?.ok === false && noItems.error.code).toBe('E_INGEST_EMPTY');
  });

  it('falls back to the link, then to a content hash, for items without a guid', () => {
    const xml = '<rss><channel><item><link>https://x.example/a</link><description>First.</description></item><item><description>Second.</description></item></channel></rss>';
    const ids = readFeed(xml, { id: 'wire', file: 'wire.rss' }).map((r) => r.ok && r.report.id);
    expect(ids[0]).toBe('x-example-a');
    expect(ids[1]).toMatch(/^wire-[0-9a-f]{8}$/);
    expect(readFeed(xml, { id: 'wire', file: 'wire.rss' }).map((r) => r.ok && r.report.id)).toEqual(ids);
  });
});

describe('feedKind', () => {
  it('tells RSS from Atom from other XML', () => {
    expect(feedKind(fixture('wire.rss'))).toBe('rss');
    expect(feedKind(fixture('desk.atom'))).toBe('atom');
    expect(feedKind('<?xml version="1.0"?><catalog/>')).toBeNull();
  });
});
