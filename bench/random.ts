/**
 * mulberry32, a small seeded PRNG: every bench run builds the same corpus from its seed.
 */
export class Rand {
	private a: number;
	constructor(seed: number) {
		this.a = seed >>> 0;
	}
	next(): number {
		this.a = (this.a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	}
	/** An integer in [lo, hi]. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(xs: readonly T[]): T {
		return xs[Math.floor(this.next() * xs.length)];
	}
	shuffle<T>(xs: T[]): T[] {
		for (let k = xs.length - 1; k > 0; k--) {
			const j = Math.floor(this.next() * (k + 1));
			[xs[k], xs[j]] = [xs[j], xs[k]];
		}
		return xs;
	}
	/** `n` distinct indices below `size`. */
	sample(size: number, n: number): number[] {
		const chosen = new Set<number>();
		while (chosen.size < Math.min(n, size)) {
			chosen.add(this.int(0, size - 1));
		}
		return [...chosen];
	}
}
