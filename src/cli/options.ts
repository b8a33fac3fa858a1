import { EVENT_TYPES, SIDES, type EventType, type Side } from '../model/index.ts';
import { UsageError } from './errors.ts';

export const DEFAULT_DB = './frontwatch.db';

/** A calendar day YYYY-MM-DD that really exists (2017-02-30 is refused). */
export function parseDay(value: string, flag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date: use YYYY-MM-DD, e.g. 2017-06-19`);
  }
  return value;
}

export function parseSide(value: string, flag = '--side'): Side {
  if (!(SIDES as readonly string[]).includes(value)) throw new UsageError(`${flag} ${JSON.stringify(value)} is not a side: one of ${SIDES.join(', ')}`);
  return value as Side;
}

export function parseType(value: string): EventType {
  if (!(EVENT_TYPES as readonly string[]).includes(value)) throw new UsageError(`--type ${JSON.stringify(value)} is not an event type: one of ${EVENT_TYPES.join(', ')}`);
  return value as EventType;
}

/** `west,south,east,north` in degrees. */
export function parseBbox(value: string): [number, number, number, number] {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [w, s, e, n] = parts;
  const ok = parts.length === 4 && parts.every(Number.isFinite) && w! >= -180 && e! <= 180 && s! >= -90 && n! <= 90 && w! < e! && s! < n!;
  if (!ok) throw new UsageError(`--bbox ${JSON.stringify(value)} is not a box: use west,south,east,north in degrees, e.g. 36.5,34.0,40.0,36.0`);
  return [w!, s!, e!, n!];
}

export function parsePositiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} ${JSON.stringify(value)} must be a whole number above 0`);
  return n;
}

export function parsePositiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} ${JSON.stringify(value)} must be a number above 0`);
  return n;
}

export function parseChoice<T extends string>(value: string, choices: readonly T[], flag: string): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${flag} ${JSON.stringify(value)}: one of ${choices.join(', ')}`);
  return value as T;
}
