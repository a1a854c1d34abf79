/** A small seeded generator (mulberry32): the same seed gives the same content on every run. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with the given weights (same length as items). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  chance(probability: number): boolean;
  /** Up to `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A documentId as Strapi 5 makes them: 24 characters, lower-case letters and digits, a letter first. */
  documentId(): string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = `${LETTERS}0123456789`;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return {
    next,
    int,
    pick,
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let at = next() * total;
      for (let i = 0; i < items.length; i += 1) {
        at -= weights[i];
        if (at < 0) return items[i];
      }
      return items[items.length - 1];
    },
    chance: (probability) => next() < probability,
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
    documentId: () => pick(LETTERS.split('')) + Array.from({ length: 23 }, () => ALPHANUMERIC[Math.floor(next() * ALPHANUMERIC.length)]).join(''),
  };
}
