/**
 * A small seeded pseudo-random generator for synthetic scenarios: the same seed parts always give
 * the same sequence, on every platform, and nothing here reads the host clock or Math.random.
 *
 * The generator is sfc32 (a 128-bit "small fast counting" generator); its state is filled from the
 * seed parts by a 32-bit string hash, so a stream can be named by any mix of numbers and labels
 * (`createRandom(seed, 'youth', 17)`), and two differently named streams are independent.
 */

/** A seeded stream of pseudo-random numbers with the few helpers a generator needs. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  /** One element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One value of a non-empty list of [value, weight] pairs, in proportion to the weights. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T;
  /** `count` distinct elements of `items` (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Creates a stream named by its seed parts; the same parts always give the same stream. */
export function createRandom(...seedParts: ReadonlyArray<number | string>): Random {
  const key = seedParts.map(String).join('\u001f');
  let a = hash32(key, 0x9e3779b9);
  let b = hash32(key, 0x85ebca6b);
  let c = hash32(key, 0xc2b2ae35);
  let d = hash32(key, 0x27d4eb2f);

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs, as the generator's authors recommend, so similar seeds diverge.
  for (let i = 0; i < 12; i += 1) nextUint32();

  const next = (): number => nextUint32() / 4294967296;
  const int = (min: number, max: number): number => {
    if (max <= min) return min;
    return min + Math.floor(next() * (max - min + 1));
  };

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick() needs at least one item');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(choices: ReadonlyArray<readonly [T, number]>): T => {
      let total = 0;
      for (const [, weight] of choices) total += weight;
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = choices[choices.length - 1];
      if (!last) throw new RangeError('weighted() needs at least one choice');
      return last[0];
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const copy = items.slice();
      const wanted = Math.min(count, copy.length);
      for (let i = 0; i < wanted; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        const chosen = copy[j] as T;
        copy[j] = copy[i] as T;
        copy[i] = chosen;
      }
      return copy.slice(0, wanted);
    },
  };
}

/** A 32-bit hash of a string (MurmurHash3's mixing), used to fill a stream's state. */
export function hash32(text: string, seed = 0): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= text.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
