import type { EventType, Side } from '../model/index.ts';

/** ACLED's event_type / sub_event_type for one of our events. */
export interface AcledPair {
  event_type: string;
  sub_event_type: string;
}

/** The mapping table of DESIGN.md ("Vocabulary"), one row per event type. */
export const ACLED_BY_TYPE: Readonly<Record<EventType, AcledPair>> = {
  capture: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
  withdrawal: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' },
  clash: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  airstrike: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
  shelling: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
  advance: { event_type: 'Strategic developments', sub_event_type: 'Other' },
  siege: { event_type: 'Strategic developments', sub_event_type: 'Other' },
  attack: { event_type: 'Violence against civilians', sub_event_type: 'Attack' },
  other: { event_type: 'Strategic developments', sub_event_type: 'Other' },
};

// The attack sub-types ACLED distinguishes, read from the trigger words.
const ATTACK_SUBTYPES: ReadonlyArray<{ re: RegExp; pair: AcledPair }> = [
  { re: /suicide/i, pair: { event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' } },
  { re: /IED|improvised|roadside|car\s+bomb|VBIED|booby|mine/i, pair: { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' } },
  { re: /ambush/i, pair: { event_type: 'Battles', sub_event_type: 'Armed clash' } },
];

/**
 * The ACLED pair for an event: captures by the government are "Government regains territory",
 * a withdrawal forced by fighting is a battle, an attack takes the sub-type its trigger names.
 *
 * @example acledFor('capture', 'government', 'retook').sub_event_type // 'Government regains territory'
 */
export function acledFor(type: EventType, side: Side, trigger: string, forced = false): AcledPair {
  if (type === 'capture' && side === 'government') return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
  if (type === 'withdrawal' && forced) return { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' };
  if (type === 'attack') return ATTACK_SUBTYPES.find((r) => r.re.test(trigger))?.pair ?? ACLED_BY_TYPE.attack;
  return ACLED_BY_TYPE[type];
}
