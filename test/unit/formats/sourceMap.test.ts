import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceMapBuilder } from '../../../server/src/formats/sourceMap';

// The file: `<p>A &amp; B</p>` read as "A & B", then a paragraph break, then "C" from `<p>C</p>`.
const file = '<p>A &amp; B</p><p>C</p>';

function build() {
	const b = new SourceMapBuilder();
	b.add('A ', 3, 5);
	b.add('&', 5, 10);
	b.add(' B', 10, 12);
	b.add('\n\n', 12, 12);
	b.add('C', 19, 20);
	return b.build();
}

test('starts, ends and runs of a text map back to the file', () => {
	const { text, map } = build();
	assert.equal(text, 'A & B\n\nC');
	assert.equal(file.slice(map.toSource(0), map.toSourceEnd(1)), 'A');
	assert.equal(file.slice(map.toSource(2), map.toSourceEnd(3)), '&amp;');
	assert.equal(file.slice(map.toSource(0), map.toSourceEnd(5)), 'A &amp; B');
	// An end before a break is where the characters stop, not where the next ones start.
	assert.equal(map.toSourceEnd(5), 12);
	assert.equal(map.toSource(7), 19);
	assert.equal(map.toSourceEnd(text.length), 20);
	assert.deepEqual(map.runs(0, 5), [
		{ at: 0, length: 2, start: 3, end: 5 },
		{ at: 2, length: 1, start: 5, end: 10 },
		{ at: 3, length: 2, start: 10, end: 12 },
	]);
	assert.deepEqual(map.runs(1, 4), [
		{ at: 0, length: 1, start: 4, end: 5 },
		{ at: 1, length: 1, start: 5, end: 10 },
		{ at: 2, length: 1, start: 10, end: 11 },
	]);
	assert.deepEqual(map.runs(3, 3), []);
});

test('copied pieces side by side in the file make one run; trailing spaces can be taken back', () => {
	const b = new SourceMapBuilder();
	b.add('ab', 0, 2);
	b.add('cd', 2, 4);
	b.add('  ', 4, 6);
	b.trimEnd(/ /);
	const { text, map } = b.build();
	assert.equal(text, 'abcd');
	assert.deepEqual(map.runs(0, 4), [{ at: 0, length: 4, start: 0, end: 4 }]);
	assert.equal(map.toSourceEnd(4), 4);
	const empty = new SourceMapBuilder().build();
	assert.equal(empty.text, '');
	assert.equal(empty.map.toSource(0), 0);
});
