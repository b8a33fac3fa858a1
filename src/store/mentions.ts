import type { EventRecord } from '../model/index.ts';

/** One report's mentions of one place name (compared case-insensitively). */
export interface PlaceMentionRow {
  name_key: string;
  /** The first spelling in the report. */
  name: string;
  gazetteer_id: string | null;
  canonical: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  mentions: number;
}

/** One report's mentions of one actor name (case-insensitive) with one side. */
export interface ActorMentionRow {
  name_key: string;
  name: string;
  side: string;
  mentions: number;
}

/**
 * The place names of one report's events, counted; a name takes the first resolution any of its
 * events found (a gazetteer id or coordinates), so one resolved mention makes it resolved.
 */
export function placeMentions(events: readonly EventRecord[]): PlaceMentionRow[] {
  const rows = new Map<string, PlaceMentionRow>();
  for (const { place } of events) {
    if (place === null) continue;
    const key = place.name.toLowerCase();
    const row = rows.get(key) ?? {
      name_key: key, name: place.name, gazetteer_id: null, canonical: null, lat: null, lon: null, precision: null, mentions: 0,
    };
    row.mentions += 1;
    const resolved = place.gazetteer_id !== null || place.lat !== null;
    if (resolved && row.gazetteer_id === null && row.lat === null) {
      Object.assign(row, { gazetteer_id: place.gazetteer_id, canonical: place.canonical, lat: place.lat, lon: place.lon, precision: place.precision });
    }
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** The actors of one report's events (actor, allies and opponent), counted per name and side. */
export function actorMentions(events: readonly EventRecord[]): ActorMentionRow[] {
  const rows = new Map<string, ActorMentionRow>();
  for (const e of events) {
    for (const actor of [e.actor, ...e.allies, ...(e.opponent === null ? [] : [e.opponent])]) {
      const key = `${actor.name.toLowerCase()}\u0000${actor.side}`;
      const row = rows.get(key) ?? { name_key: actor.name.toLowerCase(), name: actor.name, side: actor.side, mentions: 0 };
      row.mentions += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}
