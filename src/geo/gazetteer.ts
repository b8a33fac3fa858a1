/**
 * The place index: every name and alternate name of every place under two keys (see normalize.ts),
 * looked up through Maps — exact key, then consonant skeleton, then (when neither met) the skeletons
 * within one edit, found through an index of one-letter deletions. Never a scan of all names.
 * The index is built lazily on the first look-up, so loading the table stays cheap.
 */
import type { Place } from '../model/place.ts';
import { foldName, keyOfFolded, nameKeys, skeletonKey } from './normalize.ts';

/** The two matching keys of one name (see normalize.ts). */
export interface NameKeys {
  key: string;
  skeleton: string;
}

/** How a name met a place, best first. */
export const MATCH_LEVELS = ['exact', 'key', 'skeleton', 'fuzzy'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

/** One place a name met, with the best way it met it. */
export interface NameHit {
  place: Place;
  level: MatchLevel;
  /** The gazetteer name (primary or alternate) that matched. */
  matchedName: string;
  /** Whether that name is the place's primary name. */
  primary: boolean;
  /** The consonant skeleton the query met on. */
  skeleton: string;
}

/** Skeletons shorter than this are too common to try the one-edit pass on. */
const FUZZY_MIN_LENGTH = 4;

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  // Compare the tails after one edit at i, without building substrings (this runs on every miss).
  const tailsEqual = (ai: number, bi: number): boolean => {
    if (la - ai !== lb - bi) return false;
    for (; ai < la; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
    return true;
  };
  if (la === lb) {
    if (tailsEqual(i + 1, i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && tailsEqual(i + 2, i + 2);
  }
  return la > lb ? tailsEqual(i + 1, i) : tailsEqual(i, i + 1);
}

/** A gazetteer: places by id and by name. */
export class Gazetteer {
  private readonly places: Place[] = [];
  /** Precomputed keys per place (same index as `places`): `key skeleton|key skeleton…` per name. */
  private readonly storedKeys: Array<string | undefined> = [];
  private readonly byId = new Map<string, Place>();
  private readonly byKey = new Map<string, number[]>();
  private readonly bySkeleton = new Map<string, number[]>();
  /**
   * One-letter deletions of every skeleton → the skeletons they come from (a SymSpell-style index:
   * two strings within one edit share a deletion or one is a deletion of the other). Built on the
   * first look-up that needs it, so names that meet never pay for it.
   */
  private deletions: Map<string, string[]> | null = null;
  private readonly entryPlace: Place[] = [];
  private readonly entryName: string[] = [];
  private readonly entryPrimary: boolean[] = [];
  private indexedUpTo = 0;
  /** Whether any place was ever replaced by a later one with its id (then stale entries are skipped). */
  private replacedAny = false;
  private changes = 0;

  constructor(places: readonly Place[] = [], keys?: readonly string[]) {
    this.add(places, keys);
  }

  /** Number of places (a later place with an id already present replaces it). */
  get size(): number {
    return this.byId.size;
  }

  /** Grows with every `add`: a memo of look-ups is stale once it changed. */
  get revision(): number {
    return this.changes;
  }

  /** The place with this id, or undefined. */
  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  /**
   * A separate gazetteer with the same places (and their stored keys, so nothing is re-normalised),
   * to which a user's additions can be added without touching this one.
   * @example const mine = loadSyriaGazetteer().copy(); mine.add(loadUserPlaces('extra.csv'));
   */
  copy(): Gazetteer {
    const current = this.places.map((p, i) => ({ p, k: this.storedKeys[i] })).filter(({ p }) => this.byId.get(p.id) === p);
    return new Gazetteer(current.map(({ p }) => p), current.map(({ k }) => k ?? ''));
  }

  /** Every current place, in insertion order. */
  all(): Place[] {
    return this.places.filter((p) => this.byId.get(p.id) === p);
  }

  /**
   * Add places; a place whose id is already present replaces the older one (user additions win).
   * `keys` may carry each place's name keys precomputed, `key skeleton` per name `|`-joined in the
   * order name, altNames (the committed table stores them); a string that does not fit is ignored.
   * @example g.add(loadUserPlaces('my-places.csv'))
   */
  add(places: readonly Place[], keys?: readonly string[]): void {
    this.changes++;
    places.forEach((p, i) => {
      if (this.byId.has(p.id)) this.replacedAny = true;
      this.places.push(p);
      this.storedKeys.push(keys?.[i]);
      this.byId.set(p.id, p);
    });
  }

  private indexPending(): void {
    for (; this.indexedUpTo < this.places.length; this.indexedUpTo++) {
      const place = this.places[this.indexedUpTo];
      if (!place) continue;
      const count = place.altNames.length + 1;
      const stored = this.storedKeys[this.indexedUpTo]?.split('|');
      const usable = stored?.length === count ? stored : undefined;
      const seen: string[] = [];
      for (let i = 0; i < count; i++) {
        const name = i === 0 ? place.name : (place.altNames[i - 1] ?? '');
        const pair = usable?.[i] ?? '';
        const space = pair.indexOf(' ');
        const { key, skeleton } = space > 0 ? { key: pair.slice(0, space), skeleton: pair.slice(space + 1) } : nameKeys(name);
        if (key.length === 0 || seen.includes(key)) continue;
        seen.push(key);
        const entry = this.entryPlace.length;
        this.entryPlace.push(place);
        this.entryName.push(name);
        this.entryPrimary.push(i === 0);
        push(this.byKey, key, entry);
        if (this.deletions && !this.bySkeleton.has(skeleton)) addDeletions(this.deletions, skeleton);
        push(this.bySkeleton, skeleton, entry);
      }
    }
  }

  /**
   * Places whose names meet `name`, each once at its best level (exact > key > skeleton > fuzzy).
   * The one-edit pass runs only when nothing met at all.
   * @example g.lookup('Deir Ezzur')[0].place.name // 'Deir ez-Zor'
   */
  lookup(name: string): NameHit[] {
    return this.hits(name, true);
  }

  /**
   * The exact and key hits of `lookup(name)`, in the same order. The skeleton and one-edit passes
   * are skipped: they only add other places at lower levels, which a caller that keeps exact and
   * key matches would throw away (and the one-edit pass is the costly one).
   * @example g.lookupKeyed('Deir ez-Zor airport')
   */
  lookupKeyed(name: string): NameHit[] {
    return this.hits(name, false);
  }

  private hits(name: string, loose: boolean): NameHit[] {
    this.indexPending();
    const folded = foldName(name);
    const key = keyOfFolded(folded);
    const skeleton = skeletonKey(key);
    if (key.length < 2) return [];
    const hits = new Map<Place, NameHit>();
    const take = (entries: readonly number[] | undefined, level: MatchLevel): void => {
      for (const e of entries ?? []) {
        const place = this.entryPlace[e];
        const matchedName = this.entryName[e];
        if (!place || matchedName === undefined || (this.replacedAny && this.byId.get(place.id) !== place)) continue;
        const lvl: MatchLevel = level === 'key' && foldName(matchedName) === folded ? 'exact' : level;
        const old = hits.get(place);
        if (!old || MATCH_LEVELS.indexOf(lvl) < MATCH_LEVELS.indexOf(old.level)) {
          hits.set(place, { place, level: lvl, matchedName, primary: this.entryPrimary[e] ?? false, skeleton });
        }
      }
    };
    take(this.byKey.get(key), 'key');
    if (!loose) return [...hits.values()];
    if (skeleton.length >= 2) take(this.bySkeleton.get(skeleton), 'skeleton');
    if (hits.size === 0 && skeleton.length >= FUZZY_MIN_LENGTH) {
      for (const s of this.oneEditSkeletons(skeleton)) take(this.bySkeleton.get(s), 'fuzzy');
    }
    return [...hits.values()];
  }

  /**
   * The places one edit away from `name` (level `fuzzy`) even when better matches exist: for a
   * caller whose better matches all lie far from where the text is. That caller filters by place,
   * so three-letter skeletons are tried too.
   * @example g.lookupOneEdit('Masarah') // Ma‘saran among them, though Maysarah meets on the skeleton
   */
  lookupOneEdit(name: string): NameHit[] {
    this.indexPending();
    const skeleton = skeletonKey(keyOfFolded(foldName(name)));
    if (skeleton.length < FUZZY_MIN_LENGTH - 1) return [];
    const hits = new Map<Place, NameHit>();
    for (const s of this.oneEditSkeletons(skeleton)) {
      for (const e of this.bySkeleton.get(s) ?? []) {
        const place = this.entryPlace[e];
        if (!place || hits.has(place) || (this.replacedAny && this.byId.get(place.id) !== place)) continue;
        hits.set(place, { place, level: 'fuzzy', matchedName: this.entryName[e] ?? '', primary: this.entryPrimary[e] ?? false, skeleton });
      }
    }
    return [...hits.values()];
  }

  /** The indexed skeletons within one edit of `skeleton` (itself excluded). */
  private oneEditSkeletons(skeleton: string): Set<string> {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const s of this.bySkeleton.keys()) addDeletions(this.deletions, s);
    }
    const found = new Set<string>();
    for (const variant of [skeleton, ...deletionsOf(skeleton)]) {
      for (const s of this.deletions.get(variant) ?? []) {
        if (s !== skeleton && withinOneEdit(s, skeleton)) found.add(s);
      }
    }
    return found;
  }
}

/** The strings made by deleting one letter of `s`. */
function deletionsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function addDeletions(index: Map<string, string[]>, skeleton: string): void {
  if (skeleton.length < FUZZY_MIN_LENGTH - 1) return;
  push(index, skeleton, skeleton);
  for (const d of new Set(deletionsOf(skeleton))) push(index, d, skeleton);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
