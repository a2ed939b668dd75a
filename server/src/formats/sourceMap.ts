/**
 * Where the characters of a reader's text (what the engine reads) are in the file on disk.
 * The text is built left to right from pieces of the file: runs of characters copied as they
 * are (one text character per file character), and characters that stand for more or fewer
 * file characters (an entity, a collapsed run of spaces, a mark the reader adds).
 */

import type { SourceRun } from '../engine';

export type { SourceRun };

/** Turns offsets in a reader's text into offsets in the file. */
export interface SourceMap {
	/** The file offset of the text's character at `offset` (for the start of a span). */
	toSource(offset: number): number;
	/** The file offset just after the text's character before `offset` (for the end of a span). */
	toSourceEnd(offset: number): number;
	/** The runs that cover `[start, end)` of the text, cut to it, with `at` counted from `start`. */
	runs(start: number, end: number): SourceRun[];
}

/** Builds a reader's text and its map to the file, piece by piece. */
export class SourceMapBuilder {
	private readonly parts: string[] = [];
	private length = 0;
	private at: number[] = [];
	private lengths: number[] = [];
	private starts: number[] = [];
	private ends: number[] = [];

	/** The text built so far has this many characters. */
	get size(): number {
		return this.length;
	}

	/** The last character added, or '' when none. */
	get last(): string {
		const part = this.parts[this.parts.length - 1];
		return part ? part[part.length - 1] : '';
	}

	/**
	 * Adds `text`, which stands for `[start, end)` of the file: copied characters when
	 * `end - start` equals its length, else the stretch as a whole (an entity, a mark the reader
	 * adds at one place, with `start === end`).
	 */
	add(text: string, start: number, end: number): void {
		if (!text) {
			return;
		}
		const n = this.at.length - 1;
		const copied = end - start === text.length;
		if (copied && n >= 0 && this.ends[n] === start && this.ends[n] - this.starts[n] === this.lengths[n] && this.at[n] + this.lengths[n] === this.length) {
			this.lengths[n] += text.length;
			this.ends[n] = end;
		} else {
			this.at.push(this.length);
			this.lengths.push(text.length);
			this.starts.push(start);
			this.ends.push(end);
		}
		this.parts.push(text);
		this.length += text.length;
	}

	/** Removes trailing characters that match `pattern` (one character at a time). */
	trimEnd(pattern: RegExp): void {
		while (this.length > 0 && pattern.test(this.last)) {
			const part = this.parts[this.parts.length - 1];
			this.parts[this.parts.length - 1] = part.slice(0, -1);
			if (!this.parts[this.parts.length - 1]) {
				this.parts.pop();
			}
			this.length--;
			const n = this.at.length - 1;
			if (this.lengths[n] === 1) {
				this.at.pop();
				this.lengths.pop();
				this.starts.pop();
				this.ends.pop();
			} else {
				const copied = this.ends[n] - this.starts[n] === this.lengths[n];
				this.lengths[n]--;
				if (copied) {
					this.ends[n]--;
				}
			}
		}
	}

	/** The text, and its map to the file. */
	build(): { text: string; map: SourceMap } {
		return { text: this.parts.join(''), map: new RunMap(this.at, this.lengths, this.starts, this.ends, this.length) };
	}
}

class RunMap implements SourceMap {
	constructor(
		private readonly at: readonly number[],
		private readonly lengths: readonly number[],
		private readonly starts: readonly number[],
		private readonly ends: readonly number[],
		private readonly length: number,
	) {}

	/** The last run starting at or before `offset`, or -1. */
	private find(offset: number): number {
		let lo = 0;
		let hi = this.at.length - 1;
		if (hi < 0 || this.at[0] > offset) {
			return -1;
		}
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.at[mid] <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return lo;
	}

	toSource(offset: number): number {
		if (this.at.length === 0) {
			return 0;
		}
		if (offset >= this.length) {
			return this.ends[this.ends.length - 1];
		}
		const r = Math.max(0, this.find(offset));
		return this.pointIn(r, offset, 'start');
	}

	toSourceEnd(offset: number): number {
		if (this.at.length === 0) {
			return 0;
		}
		if (offset <= 0) {
			return this.starts[0];
		}
		const r = this.find(offset - 1);
		return r < 0 ? this.starts[0] : this.pointIn(r, offset, 'end');
	}

	/** The file offset of text offset `offset` in run `r` (`offset` within or just past it). */
	private pointIn(r: number, offset: number, side: 'start' | 'end'): number {
		const within = offset - this.at[r];
		if (within >= this.lengths[r]) {
			return this.ends[r];
		}
		if (this.ends[r] - this.starts[r] === this.lengths[r]) {
			return this.starts[r] + within;
		}
		// A stretch that stands for the file's as a whole: its start, or past it.
		return within <= 0 || side === 'start' ? this.starts[r] : this.ends[r];
	}

	runs(start: number, end: number): SourceRun[] {
		const out: SourceRun[] = [];
		if (end <= start) {
			return out;
		}
		for (let r = Math.max(0, this.find(start)); r < this.at.length && this.at[r] < end; r++) {
			const from = Math.max(start, this.at[r]);
			const to = Math.min(end, this.at[r] + this.lengths[r]);
			if (to <= from) {
				continue;
			}
			const copied = this.ends[r] - this.starts[r] === this.lengths[r];
			out.push({
				at: from - start,
				length: to - from,
				start: copied ? this.starts[r] + (from - this.at[r]) : this.starts[r],
				end: copied ? this.starts[r] + (to - this.at[r]) : this.ends[r],
			});
		}
		return out;
	}
}
