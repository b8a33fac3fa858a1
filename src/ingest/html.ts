import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

/** What a page says about itself, and its main text. Dates are returned as written. */
export interface ReducedPage {
  text: string;
  title: string | null;
  /** The publication date as the page writes it (not yet checked). */
  published: string | null;
  url: string | null;
  /** The outlet, from og:site_name. */
  siteName: string | null;
}

// Elements that never hold the report's own text.
const DROP_TAGS = new Set([
  'nav', 'footer', 'aside', 'script', 'style', 'noscript', 'form', 'iframe', 'svg', 'canvas', 'template',
  'button', 'select', 'input', 'textarea', 'object', 'embed', 'video', 'audio', 'map', 'dialog', 'head', 'title', 'meta', 'link',
]);
// Roles of page furniture (ARIA landmarks other than main).
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
// class/id words of menus, share bars, related links, comments, cookie banners and ads. Matched as
// whole words of the class or id (split on spaces, - and _) so "commentary" or "address" survive.
const NOISE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'navmenu', 'menu', 'menubar', 'mainmenu', 'submenu', 'breadcrumb', 'breadcrumbs',
  'share', 'shares', 'sharing', 'sharebar', 'sharedaddy', 'social', 'socials', 'related', 'relatedposts',
  'comment', 'comments', 'commentlist', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr',
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promoted',
  'newsletter', 'subscribe', 'subscription', 'signup', 'popup', 'modal', 'sidebar', 'widget', 'widgets',
  'masthead', 'toolbar', 'pagination', 'pager', 'skip', 'outbrain', 'taboola', 'footer',
]);
// Blocks that end a paragraph (blank line) and blocks that only end a line.
const PARAGRAPH_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'section', 'article',
  'main', 'header', 'figure', 'hr', 'address', 'details', 'fieldset', 'hgroup',
]);
const LINE_TAGS = new Set(['div', 'br', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'body', 'center']);
const CELL_TAGS = new Set(['td', 'th']);

// Unclosed tags (truncated pages) keep their element instead of being unwrapped into the parent.
const PARSE_OPTIONS = { comment: false, parseNoneClosedTags: true };

// An <article> shorter than this is a teaser card, not the page's story.
const MIN_ARTICLE_CHARS = 140;

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'date', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'datecreated', 'article:modified_time', 'datemodified',
];

/**
 * Reduces an HTML page to its main text and metadata. Main text comes from the longest `<article>`,
 * else `<main>` (or role=main), else `<body>`; navigation, page header/footer, asides, scripts, forms
 * and elements whose class or id names a menu, share bar, related links, comments, cookie banner or
 * ad are dropped (a `<header>` inside the chosen article or main is its headline and is kept). Block elements
 * become line breaks, entities are decoded, whitespace is collapsed.
 *
 * @example
 * reducePage('<title>Arak</title><nav>Home</nav><article><p>The army entered Arak.</p></article>').text;
 * // 'The army entered Arak.'
 */
export function reducePage(html: string): ReducedPage {
  const doc = parse(html, PARSE_OPTIONS);
  const metas = metaMap(doc);
  const root = mainContainer(doc);
  return {
    text: textOf(root, ['article', 'main'].includes(root.rawTagName?.toLowerCase() ?? '') ? 'article' : 'page'),
    title: firstOf(
      () => metas.get('og:title'),
      () => metas.get('twitter:title'),
      () => textContent(doc.querySelector('title')),
      () => textContent(doc.querySelector('h1')),
    ),
    published: firstOf(...PUBLISHED_META.map((k) => () => metas.get(k)), () => jsonLdDate(doc), () => timeDate(root), () => timeDate(doc)),
    url: firstOf(() => canonical(doc), () => metas.get('og:url')),
    siteName: firstOf(() => metas.get('og:site_name')),
  };
}

/**
 * Reduces an HTML fragment (a feed item's content) to text with the same rules as `reducePage`,
 * without choosing a main container.
 *
 * @example htmlFragmentToText('<p>Shelling on <b>Deir ez-Zor</b>&nbsp;airport.</p>'); // 'Shelling on Deir ez-Zor airport.'
 */
export function htmlFragmentToText(html: string): string {
  return textOf(parse(html, PARSE_OPTIONS), 'page');
}

function mainContainer(doc: HTMLElement): HTMLElement {
  let best: HTMLElement | null = null;
  let bestLength = 0;
  for (const article of doc.querySelectorAll('article')) {
    // rawText (entities left encoded) is a good enough measure and ten times cheaper than text.
    const length = article.rawText.trim().length;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  if (best && bestLength >= MIN_ARTICLE_CHARS) return best;
  return doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.querySelector('body') ?? doc;
}

/** Text of a container, dropping furniture; falls back to dropping less when that leaves nothing. */
function textOf(root: HTMLElement, kind: 'page' | 'article'): string {
  const strict = collect(root, { noise: true, keepHeader: kind === 'article' });
  return strict !== '' ? strict : collect(root, { noise: false, keepHeader: true });
}

function collect(root: HTMLElement, opts: { noise: boolean; keepHeader: boolean }): string {
  const parts: string[] = [];
  const walk = (node: Node, inPre: boolean): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      // Zero-width characters go, and so do stray \u0001/\u0002, which would read as break markers.
      const text = node.text.replace(/[\u0001\u0002\u200b\u200c\u200d\ufeff]/g, '');
      parts.push(inPre ? text : text.replace(WHITESPACE_TO_COLLAPSE, ' '));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (el !== root && isDropped(el, tag, opts)) return;
    const pre = inPre || tag === 'pre';
    const brk = PARAGRAPH_TAGS.has(tag) ? PARAGRAPH_BREAK : LINE_TAGS.has(tag) ? LINE_BREAK : CELL_TAGS.has(tag) ? ' ' : '';
    if (brk) parts.push(brk);
    for (const child of el.childNodes) walk(child, pre);
    if (brk) parts.push(brk);
  };
  walk(root, false);
  return tidy(parts.join(''));
}

// Runs of 2+ blanks and single non-space blanks (\s covers NBSP): matching every single space
// instead makes a 50 MB page take 30 times longer.
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

// Break markers: a run of them becomes the strongest break in it (one blank line at most), so
// `<li>` after `<li>` or a `<br>` inside a `<p>` is one line break, not two.
const LINE_BREAK = '\u0001';
const PARAGRAPH_BREAK = '\u0002';
const BREAK_RUN = /[ \t]*[\u0001\u0002][\u0001\u0002 \t]*/g;

function isDropped(el: HTMLElement, tag: string, opts: { noise: boolean; keepHeader: boolean }): boolean {
  if (DROP_TAGS.has(tag)) return true;
  if (tag === 'header' && !opts.keepHeader) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  if (DROP_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) return true;
  if (!opts.noise) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => NOISE_WORDS.has(w));
}

/** Resolves break markers, trims lines, keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  // Text nodes are already collapsed and BREAK_RUN eats the blanks around breaks, so whole-string
  // passes with few matches are enough (per-line passes are slow on 50 MB pages).
  return text
    .replace(BREAK_RUN, (run) => (run.includes(PARAGRAPH_BREAK) ? '\n\n' : '\n'))
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function metaMap(doc: HTMLElement): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

function canonical(doc: HTMLElement): string | undefined {
  const link = doc.querySelectorAll('link').find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  return link?.getAttribute('href')?.trim() || undefined;
}

function timeDate(root: HTMLElement): string | undefined {
  const times = root.querySelectorAll('time');
  const marked = times.find((t) => t.hasAttribute('pubdate') || (t.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished');
  const chosen = marked ?? times.find((t) => t.getAttribute('datetime'));
  return chosen?.getAttribute('datetime')?.trim() || textContent(chosen ?? null) || undefined;
}

/** `datePublished` from schema.org JSON-LD blocks, searched without trusting their shape. */
function jsonLdDate(doc: HTMLElement): string | undefined {
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.rawText);
    if (match) return match[1];
  }
  return undefined;
}

function textContent(el: HTMLElement | null): string | undefined {
  const text = el?.text.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The first non-blank value, trying each source in turn (later ones walk the whole tree). */
function firstOf(...sources: (() => string | undefined)[]): string | null {
  for (const source of sources) {
    const value = source()?.trim();
    if (value) return value;
  }
  return null;
}
