import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, compileGlobs, GlobError } from '../../../server/src/glob';

describe('globs', () => {
	const cases: Array<[string, string, boolean]> = [
		['**/*.txt', 'a.txt', true],
		['**/*.txt', 'news/2020/a.txt', true],
		['**/*.txt', 'a.txt.bak', false],
		['*.txt', 'deep/folder/a.TXT', true],
		['**/*.{txt,md,markdown,article}', 'x/y.markdown', true],
		['**/*.{txt,md}', 'x/y.mdx', false],
		['**/node_modules/**', 'node_modules/a/b.txt', true],
		['**/node_modules/**', 'src/node_modules/a.txt', true],
		['**/node_modules/**', 'node_modules_x/a.txt', false],
		['**/out/**', 'out/', true],
		['statements/*.txt', 'statements/a.txt', true],
		['statements/*.txt', 'statements/sub/a.txt', false],
		['./press/**', 'press/a/b.txt', true],
		['file?.txt', 'file1.txt', true],
		['file?.txt', 'file12.txt', false],
		['[a-c]*.txt', 'b-story.txt', true],
		['[!a-c]*.txt', 'b-story.txt', false],
		['**/**/**/x.txt', 'x.txt', true],
		['a/**/b.txt', 'a/b.txt', true],
		['a/**/b.txt', 'a/x/y/b.txt', true],
		['{a,b{c,d}}.txt', 'bd.txt', true],
	];
	for (const [glob, path, expected] of cases) {
		test(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
			assert.equal(compileGlob(glob)(path), expected);
		});
	}

	test('patterns that cannot be read are GlobErrors that say why', () => {
		for (const [glob, reason] of [
			['{a', /never closed/],
			['[z-a]', /backwards/],
			['[abc', /never closed/],
			['a}', /no "\{"/],
			['{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}', /alternatives/],
		] as const) {
			assert.throws(() => compileGlob(glob), (e: unknown) => e instanceof GlobError && reason.test(e.message) && e.message.includes(glob.slice(0, 5)));
		}
	});

	test('compileGlobs leaves out a bad pattern and reports it, keeping the others', () => {
		const errors: string[] = [];
		const m = compileGlobs(['{a', '**/*.txt'], (e) => errors.push(e.message));
		assert.equal(m('x/y.txt'), true);
		assert.equal(errors.length, 1);
	});

	test('a pattern made to backtrack is matched in linear time', () => {
		const glob = `${'*a'.repeat(60)}*b`;
		const path = 'a'.repeat(400);
		const started = process.hrtime.bigint();
		assert.equal(compileGlob(glob)(path), false);
		assert.equal(compileGlobs([`**/${'**/'.repeat(50)}x`])(`${'a/'.repeat(200)}y`), false);
		// Not a timing test of the machine: a backtracking matcher takes minutes here, ours microseconds.
		assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 5);
	});
});
