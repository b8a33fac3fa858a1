import type { ActorModifier } from '../../theater/pack.ts';
import type { ActorMention, SentenceView } from '../types.ts';

/**
 * The owner named by an adjective right before a weapon word ("Russian warplanes", "coalition
 * airstrikes", "the Russian and the regime’s warplanes" → the first). Null when none.
 */
export function weaponOwner(sentence: SentenceView, localTrigger: number, modifiers: readonly ActorModifier[]): ActorMention | null {
  const before = sentence.text.slice(Math.max(0, localTrigger - 45), localTrigger);
  const words = before.split(/\s+/).filter(Boolean).slice(-6);
  for (const raw of words) {
    const word = raw.replace(/[,;:“”"()]/g, '');
    const mod = modifiers.find((m) => m.word === word || m.word.toLowerCase() === word.toLowerCase() && word !== word.toUpperCase());
    if (!mod) continue;
    const at = sentence.start + localTrigger - before.length + before.lastIndexOf(raw);
    return { start: at, end: at + raw.length, text: raw, name: mod.name, side: mod.side, generic: false };
  }
  return null;
}
