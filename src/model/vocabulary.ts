/**
 * The closed vocabularies of the event record (DESIGN.md, "Vocabulary").
 * Every other module imports these lists instead of spelling the strings again.
 */

/** Sides of the Syria pack; `unknown` is what an actor or a map cell gets when no rule decides. */
export const SIDES = ['government', 'isis', 'sdf', 'us_coalition', 'rebels', 'hts', 'turkey', 'unknown'] as const;
export type Side = (typeof SIDES)[number];

export const EVENT_TYPES = ['capture', 'withdrawal', 'clash', 'airstrike', 'shelling', 'advance', 'siege', 'attack', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Only `asserted` and `reported_earlier` events are facts that change the control map. */
export const MODALITIES = ['asserted', 'reported_earlier', 'intended', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];
export const FACTUAL_MODALITIES: readonly Modality[] = ['asserted', 'reported_earlier'];
export const isFactual = (m: Modality): boolean => FACTUAL_MODALITIES.includes(m);

export const DATE_PRECISIONS = ['day', 'range', 'month', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** `unknown` is used when no date could be found and no publication date exists either. */
export const DATE_BASES = ['explicit', 'relative', 'publication', 'unknown'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const PLACE_PRECISIONS = ['exact', 'near', 'district', 'province', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const CLAIM_KINDS = ['distance', 'area', 'count'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_QUALIFIERS = ['exact', 'about', 'more_than', 'less_than', 'at_least', 'up_to'] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];
