import type { ActorRef, DateBasis, DatePrecision, EventType, Geocoder, Modality, PlaceKind, PlaceQuery, PlaceRef, Report } from '../model/index.ts';
import type { Sentence } from './sentences.ts';

/** An actor named (or described) in a sentence. Offsets are into the report text. */
export interface ActorMention extends ActorRef {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** A description ("the militants") that coreference may resolve to a named actor. */
  generic: boolean;
}

/** A place named in a sentence, with the cue words around it that tell the geocoder what it is. */
export interface PlaceMention {
  start: number;
  end: number;
  /** The phrase as written, cue words included ("the town of al-Sukhnah", "3 villages east of X"). */
  text: string;
  /** The bare name for the gazetteer ("al-Sukhnah"). */
  name: string;
  kindHint?: PlaceQuery['kindHint'];
  relation?: PlaceQuery['relation'];
  offset?: PlaceQuery['offset'];
  otherName?: string;
  /** Province named with it ("in the eastern countryside of Hama" → Hama is itself the place). */
  provinceHint?: string;
  /**
   * "the city", "the field": an anaphor that coreference resolves to an earlier place ("the area":
   * `any` kind). `context` is
   * a trigger with no place of its own ("scores were killed during the operation"): it happened where
   * the paragraph's last event did; `list` is "these areas": each place of the last list named.
   */
  anaphor?: PlaceKind | 'field' | 'populated' | 'any' | 'context' | 'list';
}

/** A date found in the text (the dates engineer's DateMention, re-declared structurally). */
export interface DateRef {
  start: number;
  end: number;
  text: string;
  date: string | null;
  dateEnd: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  offsetDays: number | null;
}

/** A citation of an earlier report ("SOHR published yesterday that …"): its events are reported earlier. */
export interface Citation {
  start: number;
  end: number;
  date: DateRef;
}

/** One sentence with everything the rules read from it. */
export interface SentenceView extends Sentence {
  actors: ActorMention[];
  places: PlaceMention[];
  dates: DateRef[];
  /** Paragraph number (blank lines separate paragraphs): cited-report context lasts a paragraph. */
  paragraph: number;
}

/** An event as a rule proposes it, before refiners fill dates, modality, places and the record. */
export interface Candidate {
  type: EventType;
  subtype: string | null;
  rule: string;
  sentence: SentenceView;
  /** Trigger offsets in the report text. */
  trigger: [number, number];
  actor: ActorMention | null;
  allies: ActorMention[];
  opponent: ActorMention | null;
  place: PlaceMention | null;
  modality: Modality;
  /** Set by the modality pass when the event's words deny it ("failed to", "denied"). */
  negated?: boolean;
  /** Set by the modality pass for events inside a cited earlier report. */
  citation?: Citation;
  /** The date mention that governs the event, set by the dates pass (null: none in its sentence). */
  date?: DateRef | null;
  /** A state the sentence takes as given (the siege a lifting ends): asserted whatever the cues before it. */
  presupposed?: boolean;
  /** The earlier event whose place this one took (a trigger that names no place): its date is the fallback. */
  context?: Candidate;
  /** 0..1, how sure the rule is. */
  confidence: number;
  /** Resolved place for the record, set by the geocoding pass. */
  placeRef?: PlaceRef | null;
}

/** Everything a rule or refiner may read about the report being extracted. */
export interface ExtractContext {
  report: Report;
  text: string;
  sentences: SentenceView[];
  dates: DateRef[];
  geocoder?: Geocoder;
  notes: string[];
  debug: (msg: () => string) => void;
}
