import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFragmentToText, reducePage } from './html.ts';

const fixture = readFileSync(new URL('./fixtures/reports/page.html', import.meta.url), 'utf8');

describe('reducePage', () => {
  const page = reducePage(fixture);

  it('keeps the article text with block elements as line breaks and entities decoded', () => {
    expect(page.text).toBe(
      [
        'Army reaches Uqayribat',
        '',
        '2 September 2017',
        '',
        'Government troops entered the outskirts of Uqayribat on Saturday after heavy shelling, according to a military source’s statement.',
        '',
        'The advance cut the road between the town and Salamiyah’s eastern countryside.',
        'Islamic State fighters fell back to the east.',
        '',
        'Two villages were taken.',
        'One bridge was destroyed.',
      ].join('\n'),
    );
  });

  it('drops navigation, page header/footer, asides, scripts, share bars, related links, comments and cookie banners', () => {
    for (const furniture of ['Politics', 'Home World', 'cookies', 'Share on', 'Read also', 'football', 'Great article', 'Copyright', 'not text', 'color']) {
      expect(page.text).not.toContain(furniture);
    }
  });

  it('reads title from og:title, date from article:published_time as written, url from canonical, outlet from og:site_name', () => {
    expect(page.title).toBe('Army reaches Uqayribat & cuts a supply road');
    expect(page.published).toBe('2017-09-02T21:40:00+03:00');
    expect(page.url).toBe('https://times.example.org/2017/09/02/uqayribat');
    expect(page.siteName).toBe('Example Times');
  });

  it('falls back to <title>, og:url, <time datetime> and <body> when richer markup is missing', () => {
    const bare = reducePage(
      '<html><head><title>Shelling in Deir ez-Zor</title><meta property="og:url" content="https://x.example/s"></head>' +
        '<body><nav>Menu</nav><div class="post"><p>Rockets hit the <i>al-Joura</i> district.</p><time datetime="2017-07-05T10:00">5 July</time></div></body></html>',
    );
    expect(bare).toEqual({
      text: 'Rockets hit the al-Joura district.\n\n5 July',
      title: 'Shelling in Deir ez-Zor',
      published: '2017-07-05T10:00',
      url: 'https://x.example/s',
      siteName: null,
    });
  });

  it('picks the longest <article> and ignores short teaser cards', () => {
    const story = 'Government forces advanced along the highway toward the T2 pumping station. '.repeat(3);
    const html = `<body><article><p>Teaser one</p></article><article><p>${story}</p></article><article><p>Teaser two</p></article></body>`;
    expect(reducePage(html).text).toBe(story.trim());
  });

  it('reads a JSON-LD datePublished', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-11-10T08:00:00Z"}</script><p>Text.</p>';
    expect(reducePage(html).published).toBe('2017-11-10T08:00:00Z');
  });

  it('does not drop an element because a class word merely contains a noise word', () => {
    const html = '<body><div class="commentary address-block"><p>The garrison held the airport.</p></div><div class="comments">Nice!</div></body>';
    expect(reducePage(html).text).toBe('The garrison held the airport.');
  });

  it('keeps the text when every container looks like furniture rather than returning nothing', () => {
    expect(reducePage('<body><div class="sidebar"><p>Only text on the page.</p></div></body>').text).toBe('Only text on the page.');
  });
});

describe('htmlFragmentToText', () => {
  it('reduces a fragment with the same rules', () => {
    expect(htmlFragmentToText('<p>Clashes in <b>Hatla</b> &amp; Khusham.</p><div class="share">Share</div><p>Second&nbsp;paragraph.</p>')).toBe(
      'Clashes in Hatla & Khusham.\n\nSecond paragraph.',
    );
  });

  it('does not mistake control characters in the page for line breaks', () => {
    expect(htmlFragmentToText('<p>Mortar\u0001 fire\u0002 on Harasta.</p>')).toBe('Mortar fire on Harasta.');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlFragmentToText('<pre>line one\nline two</pre>')).toBe('line one\nline two');
  });
});

describe('reducePage on a blog page without <article> or <main>', () => {
  const page = reducePage(readFileSync(new URL('./fixtures/reports/blog-post.htm', import.meta.url), 'utf8'));

  it('keeps the post and drops menus, share and related blocks, post navigation, comments, widgets and the cookie notice', () => {
    expect(page.text).toBe(
      [
        'Desert front: army nears Sukhnah',
        '',
        'Posted on 12 June 2017 by the desk',
        '',
        'Syrian army units advanced along the Palmyra–Deir ez-Zor road and stopped about 20 km west of al-Sukhnah.',
        '',
        'ISIS fighters mined the road, a field source said.',
      ].join('\n'),
    );
  });

  it('reads the <title> and a meta date written in words', () => {
    expect(page.title).toBe('Desert front: army nears Sukhnah – Frontwatch Test Blog');
    expect(page.published).toBe('June 12, 2017');
  });
});
