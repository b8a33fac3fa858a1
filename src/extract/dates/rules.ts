import { daysInMonth } from './calendar.ts';
import { MONTH_SOURCE, NUMBER_WORD_SOURCE, WEEKDAY_SOURCE, WEEKDAYS, monthNumber, smallNumber } from './lexicon.ts';
import {
  daysSinceMonday,
  explicitDay,
  explicitMonth,
  explicitRange,
  explicitYear,
  relativeDay,
  relativeRange,
  vague,
  weekdayDate,
} from './resolve.ts';
import type { DateRule } from './types.ts';

const M = `(${MONTH_SOURCE})`;
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/** Words after which a bare month or year is a time ("in March", "since 2015"). */
const TIME_PREPOSITION = '(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough|[Oo]f|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)';
/** Nouns after which a 19xx/20xx number is a count, not a year ("a force of 2000 fighters"). */
const COUNTED_NOUN_SOURCE =
  'people|civilians|fighters|militants|terrorists|jihadists|soldiers|troops|members|gunmen|men|children|families|villages|towns|raids|airstrikes|strikes|missiles|rockets|shells|bombs|km|kilometers|kilometres|miles|square';

/** Words before a bare year only: "mid-2016", "summer 2015". */
const YEAR_PREFIX = `(?:${TIME_PREPOSITION}|[Mm]id|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)`;

/** Full month names only: "in Mar" or "may" are too often something else. */
const CAPITALISED_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b';

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const month = (s: string | undefined): number => (s === undefined ? 0 : (monthNumber(s) ?? 0));

/**
 * The date rules, each one pattern. Order does not matter: the scanner keeps the longest match
 * where two overlap (so "the 19th of June 2017" beats "June 2017").
 */
export const DATE_RULES: readonly DateRule[] = [
  {
    // "from the 3rd till the afternoon of the 17th of June 2017", "between 3 and 17 June", "3-17 June 2017"
    name: 'range',
    needs: 'month',
    pattern: new RegExp(
      `\\b(?:(?:from|between)\\s+(?:the\\s+)?)?(\\d{1,2})${ORD}(?:\\s+(?:of\\s+)?${M})?` +
        `(?:\\s*[-–]\\s*|\\s+(?:till|until|to|and|through)\\s+)(?:the\\s+)?(?:(?:morning|afternoon|evening|night)\\s+of\\s+the\\s+)?` +
        `(\\d{1,2})${ORD}\\s+(?:of\\s+)?${M}(?:,?\\s+${YEAR})?`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const endMonth = month(m[4]);
      const startMonth = m[2] ? month(m[2]) : endMonth;
      return explicitRange(num(m[5]), startMonth, Number(m[1]), endMonth, Number(m[3]), ctx.published);
    },
  },
  {
    // "June 3-17", "June 3 to 17, 2017", "between June 3 and June 17"
    name: 'range',
    needs: 'month',
    pattern: new RegExp(
      `\\b(?:between\\s+)?${M}\\s+(\\d{1,2})${ORD}(?:\\s*[-–]\\s*|\\s+(?:till|until|to|and|through)\\s+)(?:${M}\\s+)?(\\d{1,2})${ORD}\\b(?![:.,]?\\d)(?:,?\\s+${YEAR})?`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const startMonth = month(m[1]);
      const endMonth = m[3] ? month(m[3]) : startMonth;
      return explicitRange(num(m[5]), startMonth, Number(m[2]), endMonth, Number(m[4]), ctx.published);
    },
  },
  {
    // "on the 19th of June 2017", "19 June", "19 June, 2017"
    name: 'explicit',
    needs: 'month',
    pattern: new RegExp(`\\b(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${M}(?:,?\\s+${YEAR})?`, 'gi'),
    resolve: (m, ctx) => explicitDay(num(m[3]), month(m[2]), Number(m[1]), ctx.published),
  },
  {
    // "June 19, 2017", "June 19th"; the lookahead keeps "June 2017" for the month rule
    name: 'explicit',
    needs: 'month',
    pattern: new RegExp(`\\b${M}\\s+(\\d{1,2})${ORD}\\b(?![:.,]?\\d)(?:,?\\s+${YEAR})?`, 'gi'),
    resolve: (m, ctx) => explicitDay(num(m[3]), month(m[1]), Number(m[2]), ctx.published),
  },
  {
    // "2017-06-19"
    name: 'iso',
    needs: 'digit',
    pattern: /\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b/g,
    resolve: (m, ctx) => explicitDay(Number(m[1]), Number(m[2]), Number(m[3]), ctx.published),
  },
  {
    // "19/6/2017", "19.06.2017": day first, as the region's outlets write it; month first only when the
    // first number cannot be a month ("6/19/2017")
    name: 'numeric',
    needs: 'digit',
    pattern: /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})\b/g,
    resolve: (m, ctx) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const [day, mon] = b > 12 && a <= 12 ? [b, a] : [a, b];
      return explicitDay(Number(m[4]), mon, day, ctx.published);
    },
  },
  {
    // "mid-June", "early July 2017", "the end of June 2017", "late June"
    name: 'part-of-month',
    needs: 'month',
    pattern: new RegExp(
      `\\b(early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of)[\\s-]+${M}(?:,?\\s+${YEAR})?`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const part = (m[1] ?? '').toLowerCase();
      const mon = month(m[2]);
      // A non-leap year's length: February's leap day is taken from the real month below.
      const last = daysInMonth(2017, mon);
      const [from, to] = /early|beginning|start/.test(part) ? [1, 10] : /mid|middle/.test(part) ? [11, 20] : [21, last];
      const resolved = explicitRange(num(m[3]), mon, from, mon, to, ctx.published);
      if (resolved === null) return null;
      // February of a leap year: the range's end is computed on the real year.
      const monthWhole = explicitMonth(num(m[3]), mon, ctx.published);
      const dateEnd = to === last ? monthWhole.dateEnd : resolved.dateEnd;
      return { ...resolved, dateEnd, ...(monthWhole.month ? { month: monthWhole.month } : {}) };
    },
  },
  {
    // "June 2017", "in June, 2017"
    name: 'month',
    needs: 'month',
    pattern: new RegExp(`\\b${M},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m, ctx) => explicitMonth(Number(m[2]), month(m[1]), ctx.published),
  },
  {
    // "in March", "since February": a capitalised month after a time preposition, year from publication
    name: 'month',
    needs: 'month',
    pattern: new RegExp(`\\b${TIME_PREPOSITION}\\s+(${CAPITALISED_MONTH})(?!\\s*\\d)`, 'g'),
    resolve: (m, ctx) => explicitMonth(null, month(m[1]), ctx.published),
  },
  {
    // "in 2014", "since 2015", "the start in 2011 of": only the year is known
    name: 'year',
    needs: 'digit',
    pattern: new RegExp(`\\b${YEAR_PREFIX}(?:\\s+|\\s*-\\s*)${YEAR}\\b(?![-/.]\\d)(?!\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${COUNTED_NOUN_SOURCE})\\b)`, 'g'),
    resolve: (m) => explicitYear(Number(m[1])),
  },
  {
    // "on the 13th", "yesterday the 13th": a day of the publication's month (or the month before)
    name: 'day-of-month',
    needs: 'digit',
    pattern: /(?<=\b(?:on|since|until|till|by|from|yesterday|today),?\s+)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Z]|\w+\s+(?:[Dd]ivision|[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion)))/g,
    resolve: (m, ctx) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      if (!ctx.published) return { date: null, dateEnd: null, precision: 'day', basis: 'explicit', offsetDays: null };
      const [y, mo, d] = ctx.published.split('-').map(Number) as [number, number, number];
      const [year, mon] = day <= d ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
      return explicitDay(year, mon, day, ctx.published);
    },
  },
  {
    name: 'today',
    needs: 'relative',
    pattern: /\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, ctx) => relativeDay(0, ctx.published),
  },
  {
    name: 'tomorrow',
    needs: 'relative',
    pattern: /\btomorrow\b/gi,
    resolve: (_m, ctx) => relativeDay(1, ctx.published),
  },
  {
    name: 'yesterday',
    needs: 'relative',
    pattern: /\b(?:the\s+day\s+before\s+)?yesterday\b|\blast\s+night\b|\bovernight\b/gi,
    resolve: (m, ctx) => relativeDay(/before/i.test(m[0]) ? -2 : -1, ctx.published),
  },
  {
    // "3 days ago", "three days ago", "a week ago", "two weeks ago", "hours ago"
    name: 'ago',
    needs: 'relative',
    pattern: new RegExp(`\\b(?:(\\d{1,3}|${NUMBER_WORD_SOURCE}|an?)\\s+)?(hours?|days?|weeks?)\\s+ago\\b`, 'gi'),
    resolve: (m, ctx) => {
      const unit = (m[2] ?? '').toLowerCase();
      if (unit.startsWith('hour')) return relativeDay(0, ctx.published);
      const n = m[1] === undefined ? null : smallNumber(m[1]);
      if (n === null) return vague();
      if (unit.startsWith('day')) return relativeDay(-n, ctx.published);
      // "two weeks ago": the week around that day, not a day
      return relativeRange(-7 * n - 3, -7 * n + 3, ctx.published);
    },
  },
  {
    // "a few days ago", "several weeks ago", "days ago"
    name: 'vague',
    needs: 'relative',
    pattern: /\b(?:a\s+few|few|several|some|a\s+couple\s+of)\s+(?:days|weeks|months)\s+ago\b/gi,
    resolve: () => vague(),
  },
  {
    // "in the past 24 hours", "over the last 48 hours": from that many days back up to publication
    name: 'past-hours',
    needs: 'relative',
    pattern: /\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(24|48|72|twenty-four|forty-eight|seventy-two)\s+hours\b/gi,
    resolve: (m, ctx) => {
      const hours = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : /twenty/i.test(m[1] ?? '') ? 24 : /forty/i.test(m[1] ?? '') ? 48 : 72;
      return relativeRange(-hours / 24, 0, ctx.published);
    },
  },
  {
    // "last week", "the past week", "earlier this week", "this week"
    name: 'week',
    needs: 'relative',
    pattern: /\b(?:(last|previous|past)|(earlier\s+this)|(this))\s+week\b/gi,
    resolve: (m, ctx) => {
      const sinceMonday = daysSinceMonday(ctx.published);
      if (m[1] && /past/i.test(m[1])) return relativeRange(-7, -1, ctx.published);
      if (sinceMonday === null) return relativeRange(null, null, ctx.published);
      if (m[1]) return relativeRange(-sinceMonday - 7, -sinceMonday - 1, ctx.published);
      if (m[2]) return relativeRange(-sinceMonday, Math.min(-1, 0), ctx.published);
      return relativeRange(-sinceMonday, 0, ctx.published);
    },
  },
  {
    // "last month", "this month"
    name: 'month-relative',
    needs: 'relative',
    pattern: /\b(last|this)\s+month\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.published) return { ...vague(), precision: 'month' };
      const [y, mo] = ctx.published.split('-').map(Number) as [number, number];
      const [year, mon] = /last/i.test(m[1] ?? '') ? (mo === 1 ? [y - 1, 12] : [y, mo - 1]) : [y, mo];
      return { ...explicitMonth(year, mon, ctx.published), basis: 'relative' };
    },
  },
  {
    // "last year", "this year": only the year is known, as for "in 2014"
    name: 'year-relative',
    needs: 'relative',
    pattern: /\b(last|this)\s+year\b/gi,
    resolve: (m, ctx) => {
      const back = /last/i.test(m[1] ?? '') ? 1 : 0;
      if (!ctx.published) return vague();
      return { ...explicitYear(Number(ctx.published.slice(0, 4)) - back), basis: 'relative' };
    },
  },
  {
    // "on Monday", "Saturday", "last Friday": the latest such day on or before publication
    name: 'weekday',
    needs: 'weekday',
    pattern: new RegExp(`\\b(?:([Ll]ast|[Pp]revious)\\s+)?(${WEEKDAY_SOURCE})\\b`, 'g'),
    resolve: (m, ctx) => weekdayDate(WEEKDAYS.get((m[2] ?? '').toLowerCase()) ?? 0, ctx.published, m[1] !== undefined),
  },
  {
    // "during the past days", "in recent weeks", "over the last few months", "recently"
    name: 'vague',
    needs: 'relative',
    pattern:
      /\b(?:(?:during|in|over|within|throughout)\s+(?:the\s+)?(?:past|recent|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months|month)(?:\s+and\s+(?:days|weeks|months))?|recently|lately)\b/gi,
    resolve: () => vague(),
  },
  {
    // "for three years", "for weeks", "a weeks-long battle", "in the space of a few weeks": a duration, no day
    name: 'duration',
    needs: 'relative',
    pattern: new RegExp(
      `\\b(?:for\\s+(?:(?:almost|nearly|about|over|more\\s+than|some|several|a\\s+few|the\\s+past|the\\s+last)\\s+)?(?:(?:\\d{1,3}|${NUMBER_WORD_SOURCE})\\s+)?(?:days|weeks|months|years)|(?:days|weeks|months|years)-long|in\\s+the\\s+space\\s+of\\s+(?:a\\s+few\\s+|several\\s+)?(?:days|weeks|months))\\b`,
      'gi',
    ),
    resolve: () => vague(),
  },
];
