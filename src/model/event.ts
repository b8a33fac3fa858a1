import type { ClaimKind, ClaimQualifier, DateBasis, DatePrecision, EventType, Modality, PlacePrecision, Side } from './vocabulary.ts';

export interface ActorRef {
  /** The actor's name as written in the report ("the regime forces", "Daesh"). */
  name: string;
  side: Side;
}

export interface PlaceRef {
  /** The place as written ("al-Resafa city", "3 villages east of al-Salamiyah"). */
  name: string;
  /** The gazetteer's name for the resolved feature, or null when unresolved. */
  canonical: string | null;
  gazetteer_id: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  /** Province (governorate) name, or null. */
  admin1: string | null;
}

/** The event record printed by `frontwatch extract --format jsonl` (DESIGN.md). Field names are the contract. */
export interface EventRecord {
  report_id: string;
  type: EventType;
  /** Says what an `other` is ("siege lifted", "supply line cut", "road secured"); null otherwise. */
  subtype: string | null;
  acled_event_type: string;
  acled_sub_event_type: string;
  actor: ActorRef;
  allies: ActorRef[];
  opponent: ActorRef | null;
  place: PlaceRef | null;
  /** YYYY-MM-DD, or null (never invented). */
  date: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  date_basis: DateBasis;
  /** Days relative to publication, set when the publication date is unknown and the date is relative. */
  date_offset_days: number | null;
  modality: Modality;
  /** 0..1, how sure the rule is. */
  confidence: number;
  /** Name of the extraction rule that produced the event. */
  rule: string;
  /** The sentence (or clause) the event was read from, verbatim. */
  quote: string;
  /** Character offsets of `quote` in the report text: [start, end). */
  span: [number, number];
}

/** A numeric claim a report makes ("about 70 km away", "more than 11 thousand square km"). */
export interface ClaimRecord {
  report_id: string;
  kind: ClaimKind;
  /** Value in `unit`; distances normalised to km, areas to km². */
  value: number;
  /** `km`, `km2`, or for counts what is counted ("people killed", "villages", "percent"). */
  unit: string;
  qualifier: ClaimQualifier;
  /** What the number is about, in a few words built from the sentence. */
  about: string;
  /** Places named in the claim's sentence, as written (for claim checks). */
  places: string[];
  /** Date the claim refers to (the report's date logic), or null. */
  date: string | null;
  rule: string;
  quote: string;
  span: [number, number];
}
