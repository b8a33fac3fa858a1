export { findPockets, type Pocket, type FindPocketsOptions } from './pockets.ts';
export { pocketFormed, type PocketHistory } from './pocket-formed.ts';
export { findEncirclements, type Encirclement, type FindEncirclementsOptions, type GapEnd } from './encirclements.ts';
export { distanceToFront, type FrontDistance } from './distance-to-front.ts';
export { advanceRate, type AdvanceRate, type DatedPositions } from './advance-rate.ts';
export { checkClaims, verdictFor, type ClaimCheck, type ClaimCheckContext, type ClaimVerdict } from './check-claims.ts';
export { everyoneHostile, hostileExceptAllies, type HostilityRule } from './hostility.ts';
export type { NamedPoint } from './named-points.ts';
export { AnalysisError, ANALYSIS_ERROR_CODES, type AnalysisErrorCode } from './errors.ts';
