import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReportFormat } from '../model/index.ts';
import { buildReport, fail, lenientDate, type IngestResult } from './build.ts';
import { IngestError, INGEST_ERROR_CODES } from './errors.ts';
import { htmlFragmentToText } from './html.ts';
import { shortHash, slugify } from './slug.ts';

// Bodies may be escaped HTML, CDATA or inline XHTML: keep them raw and reduce them as HTML.
const BODY_TAGS = ['description', 'content:encoded', 'content', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: BODY_TAGS.map((t) => `*.${t}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type XmlNode = Record<string, unknown>;

/** Is this XML text an RSS or Atom feed? (For `.xml` files and stdin.) */
export function feedKind(xml: string): Extract<ReportFormat, 'rss' | 'atom'> | null {
  const head = xml.slice(0, 4096);
  if (/<feed[\s>]/.test(head) && /http:\/\/www\.w3\.org\/2005\/Atom/.test(head)) return 'atom';
  if (/<rss[\s>]/.test(head) || /<rdf:RDF[\s>]/.test(head)) return 'rss';
  if (/<feed[\s>]/.test(head)) return 'atom';
  return null;
}

/**
 * Reads an RSS 2.0 (or RSS 1.0/RDF) or Atom feed: one report per item/entry. id is the slug of the
 * guid/id (else the link, else `<file id>-<hash of the text>`); text comes from content:encoded,
 * content, description or summary, reduced as HTML (an item with none of them is its title);
 * published from pubDate, dc:date, published or
 * updated (a malformed one is a warning); source is the channel/feed title. Malformed XML or a file
 * that is no feed is one `E_INGEST_FEED` error; an item without text is an `E_INGEST_EMPTY` error.
 *
 * @example readFeed(rssXml, { id: 'wire', file: 'wire.rss' }).map((r) => r.ok && r.report.id);
 */
export function readFeed(xml: string, at: { id: string; file: string; origin?: string }): IngestResult[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [fail(new IngestError(INGEST_ERROR_CODES.feed, at.file, `malformed XML: ${valid.err.msg}`, valid.err.line))];
  }
  const doc = parser.parse(xml) as XmlNode;
  const rss = asNode(doc['rss']);
  const rdf = asNode(doc['rdf:RDF']);
  const atom = asNode(doc['feed']);
  if (rss || rdf) {
    const channel = asNode(rss?.['channel'] ?? rdf?.['channel']);
    const items = asNodes(rss ? channel?.['item'] : rdf?.['item']);
    return readItems(items, 'rss', textOf(channel?.['title']), at);
  }
  if (atom) return readItems(asNodes(atom['entry']), 'atom', textOf(atom['title']), at);
  return [fail(new IngestError(INGEST_ERROR_CODES.feed, at.file, 'XML file is neither an RSS <rss>/<rdf:RDF> nor an Atom <feed> document'))];
}

function readItems(items: XmlNode[], format: 'rss' | 'atom', source: string | null, at: { id: string; file: string; origin?: string }): IngestResult[] {
  if (items.length === 0) {
    return [fail(new IngestError(INGEST_ERROR_CODES.empty, at.file, `the ${format === 'rss' ? 'RSS channel has no <item>' : 'Atom feed has no <entry>'}`))];
  }
  return items.map((item, index) => {
    const title = titleOf(item['title']);
    const content = bodyOf(item);
    // A headline-only item is still a report: its title is its text.
    const body = content || title || '';
    const warnings: string[] = content === '' && title ? [`item ${index + 1} has no content: its title is used as its text`] : [];
    const link = linkOf(item);
    const key = textOf(item['guid']) ?? textOf(item['id']) ?? link;
    const id = key ? slugify(key) : `${at.id}-${shortHash(body)}`;
    const dateValue = textOf(item['pubDate']) ?? textOf(item['dc:date']) ?? textOf(item['published']) ?? textOf(item['updated']);
    const built = buildReport({
      id,
      format,
      origin: at.origin ?? at.file,
      file: at.file,
      body,
      source,
      url: link,
      published: lenientDate(dateValue, `item ${index + 1}`, warnings),
      title,
      warnings,
    });
    if (built.ok) return built;
    const detail = `item ${index + 1} (${id}): ${built.error.detail}`;
    return fail(new IngestError(built.error.code, at.file, detail));
  });
}

/** The richest body an item has: full content before the summary. */
function bodyOf(item: XmlNode): string {
  for (const tag of ['content:encoded', 'content', 'description', 'summary']) {
    const raw = textOf(item[tag]);
    if (raw) return htmlFragmentToText(unescapeRaw(raw));
  }
  return '';
}

function linkOf(item: XmlNode): string | null {
  for (const link of asArray(item['link'])) {
    if (typeof link === 'string' && link.trim()) return link.trim(); // RSS <link>url</link>
    const node = asNode(link);
    const rel = typeof node?.['@_rel'] === 'string' ? node['@_rel'] : 'alternate';
    if (node && rel === 'alternate' && typeof node['@_href'] === 'string') return node['@_href'];
  }
  return null;
}

function titleOf(value: unknown): string | null {
  const raw = textOf(value);
  if (raw === null) return null;
  const type = asNode(value)?.['@_type'];
  return type === 'html' || type === 'xhtml' ? htmlFragmentToText(raw) : raw;
}

/** A stop node's raw inner XML: CDATA sections unwrapped, XML entities decoded elsewhere. */
function unescapeRaw(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
}

function decodeXmlEntities(s: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), m);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), m);
    return named[lower] ?? m;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

function textOf(value: unknown): string | null {
  const v = typeof value === 'string' ? value : asNode(value)?.['#text'];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function asNode(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function asNodes(value: unknown): XmlNode[] {
  return asArray(value).map(asNode).filter((n): n is XmlNode => n !== null);
}
