import { createHash } from 'node:crypto';

const MAX_SLUG = 80;

/**
 * A stable, file-name-safe id from a feed guid, Atom id or link: the scheme and `www.` go, runs of
 * anything but letters and digits become `-`. Over-long slugs keep their end (where the article
 * name is) plus a short hash of the whole, so two long guids never collide.
 *
 * @example slugify('https://www.example.org/2017/06/19/army-enters-arak/'); // 'example-org-2017-06-19-army-enters-arak'
 */
export function slugify(value: string): string {
  const slug = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug || shortHash(value);
  return `${slug.slice(-(MAX_SLUG - 9)).replace(/^-+/, '')}-${shortHash(value)}`;
}

/** First 8 hex digits of sha256: enough to tell items of one feed apart. */
export function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8);
}
