/**
 * The engine's properties (test/fuzz/engineProperties.ts) on a few hundred generated texts
 * each, with a fixed seed; `npm run fuzz` runs them on many more.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as properties from '../../fuzz/engineProperties';
import { SCALING_FAMILIES } from '../../fuzz/arbitraries';
import { describeScaling, measureScaling, scalesLinearly } from '../../fuzz/scaling';

const SEED = 13;

describe('engine properties on generated text', () => {
	const runs: Array<[string, fc.IPropertyWithHooks<unknown> | fc.IProperty<unknown>, number]> = [
		['any text: positions slice the text to its words, nothing thrown, in time', properties.extractionIsExact, 300],
		['the same text twice gives the same quotations', properties.extractionIsDeterministic, 100],
		['a byte-order mark in front shifts every offset by one, nothing else', properties.byteOrderMarkShifts, 150],
		['CRLF line ends shift offsets by the CRs before them, nothing else', properties.crlfShifts, 150],
		['an astral character in front shifts offsets, nothing else', properties.astralPrefixShifts, 150],
		['groups: every member inside its quote and statement, the same twice, none left after removal', properties.matchingIsExact, 60],
	];
	for (const [name, property, numRuns] of runs) {
		test(name, () => {
			fc.assert(property as fc.IProperty<unknown>, { seed: SEED, numRuns });
		});
	}
});

describe('time linear in the text, for inputs that once took the square of it', () => {
	for (const family of Object.keys(SCALING_FAMILIES)) {
		test(family, () => {
			const s = measureScaling(family, (text) => properties.extractChecked(text));
			assert.ok(scalesLinearly(s), describeScaling(s));
		});
	}
});
