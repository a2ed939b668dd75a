/**
 * Time that grows with the square of the input shows only on large inputs. Each family of
 * inputs that once did is timed at two sizes, four times apart: linear work takes about four
 * times as long, quadratic work sixteen.
 */
import { SCALING_FAMILIES } from './arbitraries';

export interface Scaling {
	family: string;
	small: number;
	large: number;
	/** Milliseconds, the best of three runs at each size. */
	smallMs: number;
	largeMs: number;
}

/** Times `work` on the family's text at `n` and `4n` characters. */
export function measureScaling(family: string, work: (text: string) => void, n = 40_000): Scaling {
	const make = SCALING_FAMILIES[family];
	const time = (size: number) => {
		const text = make(size);
		let best = Infinity;
		// The best of three: a garbage collection of what earlier tests left on the heap can land
		// in any one run.
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			work(text);
			best = Math.min(best, performance.now() - started);
		}
		return best;
	};
	// Once first, so what is built lazily on a first call is not counted.
	work(make(1000));
	return { family, small: n, large: 4 * n, smallMs: time(n), largeMs: time(4 * n) };
}

/** Whether the larger input took no more than linear time allows (with room for noise). */
export function scalesLinearly(s: Scaling): boolean {
	return s.largeMs <= 7 * s.smallMs + 200;
}

export function describeScaling(s: Scaling): string {
	return `${s.family}: ${s.smallMs.toFixed(0)} ms for ${s.small} characters, ${s.largeMs.toFixed(0)} ms for ${s.large}`;
}
