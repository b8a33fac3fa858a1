import type { Modality } from '../../model/index.ts';

/** A modality cue as data: a pattern tested on the words right before a trigger, and what it means. */
export interface ModalityCue {
  name: string;
  /** Tested on up to 90 characters before the trigger, within its sentence. */
  before: RegExp;
  effect: Modality | 'negated';
}

const W = '(?:[\\w’\'-]+\\s+){0,4}';

/** Ordered: the first cue that matches decides. Negation first, then hypotheticals, then intentions. */
export const MODALITY_CUES: readonly ModalityCue[] = [
  { name: 'failed-to', effect: 'negated', before: new RegExp(`\\b(?:fail(?:ed|s|ing)?|unable|refus(?:ed|es|ing)|did\\s+not|didn[’']t|has\\s+not|hasn[’']t|have\\s+not|haven[’']t|not\\s+yet|never|no\\s+longer)\\s+(?:to\\s+)?${W}$`, 'i') },
  { name: 'denied', effect: 'negated', before: /\b(?:denied|deny|denies|rumou?rs?|false\s+(?:reports?|claims?)|no\s+truth)\b[^.;]*$/i },
  { name: 'attempt', effect: 'negated', before: /\b(?:attempts?|attempted|attempting|tried|trying|tries)\s+to\s+(?:\w+\s+){0,2}$/i },
  { name: 'would', effect: 'hypothetical', before: new RegExp(`\\b(?:would|could|might|may)\\s+(?:also\\s+|then\\s+|not\\s+)?(?:have\\s+|be\\s+(?:able\\s+to\\s+)?)?${W}$`, 'i') },
  { name: 'if-once', effect: 'hypothetical', before: /\b(?:if|once|unless|in\s+case|should\s+the)\b(?![^.;]*\b(?:like|as)\s+(?:what\s+)?happened\b)[^.;]*$/i },
  { name: 'will', effect: 'intended', before: new RegExp(`\\b(?:will|shall|going\\s+to|about\\s+to|set\\s+to)\\s+(?:soon\\s+)?(?:have\\s+)?${W}$`, 'i') },
  {
    name: 'seek-aim-plan',
    effect: 'intended',
    before: new RegExp(`\\b(?:seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|expected|poised|ready|readying|want(?:s|ed)?|hop(?:e|es|ed|ing)|vow(?:s|ed)?|determined|need(?:s|ed)?|bid|efforts?|goal|objective|target|mission|order(?:s|ed)?|tasked|awaiting|await)\\s+(?:(?:to|at|for|of|is)\\s+)${W}$`, 'i'),
  },
  { name: 'close-to', effect: 'hypothetical', before: new RegExp(`\\b(?:km|kilometers|kilometres|miles)\\s+(?:away\\s+)?(?:of|from)\\s+${W}$|\\b(?:on\\s+the\\s+verge\\s+of|close\\s+to|within\\s+reach\\s+of)\\s+${W}$`, 'i') },
  { name: 'focused-on', effect: 'intended', before: new RegExp(`\\b(?:focus(?:ed|es|ing)?|bent|intent|keen|insist(?:s|ed|ing)?)\\s+on\\s+${W}$`, 'i') },
  { name: 'next-goal', effect: 'intended', before: /\b(?:next\s+(?:goal|target|step|objective|stage|phase)|with\s+the\s+aim|in\s+preparation\s+for|in\s+attempts?\s+to|in\s+order\s+to|so\s+as\s+to|with\s+a\s+view\s+to|paving\s+the\s+way)\b[^.;]*$/i },
  // A bare purpose infinitive ("an operation to recapture X"); verbs of achievement keep it factual.
  {
    name: 'to-infinitive',
    effect: 'intended',
    before: /(?<!\b(?:managed|succeeded|able|began|begun|started|start|continued?|continues|went\s+on|helped|help|used|came|enabled|decided|moved)\s+(?:\S+\s+)?|\bforc(?:ed|ing|e)\b[^.;]{0,120})\bto\s+(?!be\s)(?:\w+\s+)?$/i,
  },
];

/** After a nominal trigger ("the recapture of X could allow …"): the modal verb follows the place. */
export const MODAL_AFTER = /^[^.;,]{0,40}?\b(?:could|would|might|will)\b/i;
