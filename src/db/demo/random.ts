/**
 * Seeded PRNG (sfc32, 128-bit state, seeded through splitmix32) so demo data is identical on
 * every machine and every run for a given seed. Never use Math.random here: tests compare runs.
 * Only integer arithmetic and `Math.imul` feed the state, so the stream is exact everywhere.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The first outputs of sfc32 still echo the seed; discard them.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(table: WeightedTable<T>): T {
    const target = this.next() * table.total;
    const { cumulative, items } = table;
    // Tables are small (tens of entries): a linear scan beats a binary search here.
    for (let i = 0; i < cumulative.length; i++) {
      if (target < (cumulative[i] ?? 0)) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** Approximately normal (Irwin–Hall of 4 uniforms): cheap, bounded at ±3.46 sd. */
  normal(mean = 0, sd = 1): number {
    const sum = this.next() + this.next() + this.next() + this.next();
    return mean + (sum - 2) * 1.7320508075688772 * sd;
  }

  /** `length` random digits, as text (leading zeros kept). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.int(0, 9));
    return out;
  }
}

export type WeightedTable<T> = {
  items: readonly T[];
  cumulative: readonly number[];
  total: number;
};

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight >= 0)) throw new Error('weights must be non-negative');
    if (weight === 0) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (total === 0) throw new Error('weighted table needs a positive weight');
  return { items, cumulative, total };
}

/** Derives an independent seed from a base seed and a number (e.g. a customer's index). */
export function mixSeed(seed: number, salt: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(salt >>> 0, 0x85ebca77)) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x2c1b3c6d);
  z = Math.imul(z ^ (z >>> 12), 0x297a2d39);
  return (z ^ (z >>> 15)) >>> 0;
}
