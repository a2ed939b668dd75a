/**
 * Misquote's own requests: misquote/claims (speakers → statements → sources, for the Claims
 * view) and misquote/compare (every version of one statement, word by word).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ClaimsResult, Comparison } from '../../server/src/protocol';
import { LspSession, makeFolder, positionOf, removeFolder, seedArticles, serverJs, textAt } from '../helpers/lsp';

describe('misquote/claims and misquote/compare on the sample articles', () => {
	const seeds = seedArticles();
	let root: string;
	let session: LspSession;
	let claims: ClaimsResult;
	let differing: ClaimsResult;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
		claims = await session.request<ClaimsResult>('misquote/claims', { onlyDiffering: false });
		differing = await session.request<ClaimsResult>('misquote/claims', { onlyDiffering: true });
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	const fileOf = (uri: string) => Object.keys(seeds).find((f) => session.uri(f) === uri)!;
	const proud = (result: ClaimsResult) => result.speakers.flatMap((s) => s.claims).find((c) => c.sources.some((s) => s.path === 'nikkei.txt' && s.kind === 'wording'));

	describe('misquote/claims', () => {
		test('speakers, each with their statements and every source of each', () => {
			const names = claims.speakers.map((s) => s.name);
			for (const name of ['Amazon', 'TikTok', 'Mike Pompeo', 'Jin Kim']) {
				assert.ok(names.includes(name), `${name} not in ${names.join(', ')}`);
			}
			assert.equal(claims.speakers.find((s) => s.name === 'TikTok')!.type, 'organisation');
			assert.equal(claims.speakers.find((s) => s.name === 'Jin Kim')!.type, 'person');
			for (const speaker of claims.speakers) {
				assert.ok(speaker.claims.length > 0, speaker.name);
				for (const claim of speaker.claims) {
					assert.ok(claim.sources.length > 0);
					assert.equal(claim.sources.filter((s) => s.canonical).length, 1, `one canonical source for ${claim.text}`);
					assert.equal(new Set(claim.sources.map((s) => s.path)).size, claim.documents, `documents of ${claim.text}`);
					for (const source of claim.sources) {
						assert.equal(fileOf(source.uri), source.path);
						assert.ok(textAt(seeds[source.path], source.range).length > 0);
						assert.match(source.quoteId, /^q\d+$/);
					}
				}
				const counts = speaker.claims.map((c) => c.documents);
				assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${speaker.name}: statements by the most sources first`);
			}
		});

		test('the changed figure: one sentence of TikTok in three sources, nikkei’s version other words', () => {
			const claim = proud(claims);
			assert.ok(claim);
			assert.equal(claim.kind, 'wording');
			assert.equal(claim.documents, 3);
			assert.match(claim.text, /^We’re proud that tens of millions of Americans turn to TikTok/);
			assert.doesNotMatch(claim.text, /While Amazon/, 'the sentence alone, not Variety’s two');
			assert.equal(typeof claim.groupId, 'string');
			const canonical = claim.sources.find((s) => s.canonical)!;
			assert.equal(canonical.path, 'dailymail.txt');
			assert.equal(canonical.kind, 'identical');
			assert.ok(claim.sources.every((s) => !s.ignored));
			assert.ok(claims.speakers.find((s) => s.name === 'TikTok')!.claims.includes(claim));
		});

		test('a statement in one source: no group id, one document', () => {
			const jin = claims.speakers.find((s) => s.name === 'Jin Kim')!;
			assert.equal(jin.claims.length, 1);
			assert.equal(jin.claims[0].groupId, null);
			assert.equal(jin.claims[0].documents, 1);
			assert.equal(jin.claims[0].kind, 'identical');
			assert.deepEqual(
				jin.claims[0].sources.map((s) => [s.path, s.canonical]),
				[['nikkei.txt', true]],
			);
		});

		test('onlyDiffering: only statements whose versions differ, all of them', () => {
			const all = claims.speakers.flatMap((s) => s.claims);
			const only = differing.speakers.flatMap((s) => s.claims);
			assert.ok(only.length > 0 && only.length < all.length, `${only.length} of ${all.length}`);
			for (const claim of only) {
				assert.notEqual(claim.kind, 'identical');
				assert.notEqual(claim.groupId, null);
			}
			assert.deepEqual(
				only.map((c) => c.groupId).sort(),
				all.filter((c) => c.kind !== 'identical').map((c) => c.groupId).sort(),
			);
			assert.ok(all.some((c) => c.groupId !== null && c.kind === 'identical'), 'the sample has a statement quoted the same everywhere');
			assert.ok(!differing.speakers.some((s) => s.name === 'Jin Kim'));
			assert.ok(proud(differing));
		});

		test('no parameters: every statement', async () => {
			assert.deepEqual(await session.request('misquote/claims'), claims);
		});
	});

	describe('misquote/compare', () => {
		let byPosition: Comparison;
		before(async () => {
			const nikkei = seeds['nikkei.txt'];
			const result = await session.request<Comparison | null>('misquote/compare', { uri: session.uri('nikkei.txt'), position: positionOf(nikkei, 'hundreds of millions') });
			assert.ok(result, 'no comparison');
			byPosition = result;
		});

		test('by position: the statement, its speaker and canonical words, and every version', () => {
			assert.equal(byPosition.speaker, 'TikTok');
			assert.equal(byPosition.kind, 'wording');
			assert.equal(byPosition.groupId, proud(claims)!.groupId);
			assert.equal(byPosition.canonicalText, proud(claims)!.text);
			assert.equal(byPosition.versions.length, 3);
			assert.deepEqual([...new Set(byPosition.versions.map((v) => v.path))].sort(), ['dailymail.txt', 'nikkei.txt', 'variety.txt']);
			for (const v of byPosition.versions) {
				assert.ok(['none', 'low', 'medium', 'high'].includes(v.severity));
				assert.equal(v.speaker, 'TikTok');
				assert.ok(v.cue, `no cue for ${v.path}`);
				// The version's words: its segments without what it leaves out.
				const words = v.segments.filter((s) => s.change !== 'removed').map((s) => s.text).join('');
				assert.equal(words, textAt(seeds[v.path], v.range), `${v.path}: the segments do not spell the version`);
			}
		});

		test('segments mark the words a version adds and the ones it leaves out', () => {
			const nikkei = byPosition.versions.find((v) => v.path === 'nikkei.txt' && v.kind === 'wording')!;
			assert.equal(nikkei.severity, 'high');
			assert.equal(nikkei.speakerText, 'the spokesperson');
			const changed = nikkei.segments.filter((s) => s.change);
			assert.deepEqual(changed, [
				{ text: 'tens', change: 'removed' },
				{ text: 'hundreds', change: 'added' },
				{ text: 'Americans', change: 'removed' },
				{ text: 'people', change: 'added' },
			]);
			const canonical = byPosition.versions.find((v) => v.canonical)!;
			assert.equal(canonical.path, 'dailymail.txt');
			assert.deepEqual(canonical.segments, [{ text: byPosition.canonicalText }]);
			// Variety quotes the sentence inside a longer quote: its version is that sentence alone.
			const variety = byPosition.versions.find((v) => v.path === 'variety.txt')!;
			assert.deepEqual(variety.segments, [{ text: byPosition.canonicalText }]);
		});

		test('a fragment worked into the reporter’s sentence: the words it leaves out at either end', async () => {
			const memo = await session.request<Comparison | null>('misquote/compare', { uri: session.uri('dailymail.txt'), position: positionOf(seeds['dailymail.txt'], 'security risks') });
			assert.ok(memo);
			assert.match(memo.canonicalText, /^Due to security risks, the TikTok app is no longer permitted/);
			const cut = memo.versions.find((v) => v.path === 'dailymail.txt')!;
			assert.equal(cut.kind, 'truncation');
			assert.deepEqual(cut.segments.filter((s) => !s.change).map((s) => s.text.trim()), ['security risks']);
			assert.ok(cut.segments[0].change === 'removed' && cut.segments[0].text.startsWith('Due to'), JSON.stringify(cut.segments));
			assert.ok(!cut.segments.some((s) => s.change === 'added'));
			const headline = memo.versions.find((v) => v.path === 'nikkei.txt' && v.headline);
			assert.ok(headline, 'the headline’s fragment is shown with the statement');
		});

		test('by group id: the same comparison', async () => {
			const byGroup = await session.request<Comparison | null>('misquote/compare', { groupId: byPosition.groupId });
			assert.deepEqual(byGroup, byPosition);
		});

		test('from another version of the statement: the same comparison', async () => {
			const fromVariety = await session.request<Comparison | null>('misquote/compare', {
				uri: session.uri('variety.txt'),
				position: positionOf(seeds['variety.txt'], 'We’re proud that tens'),
			});
			assert.deepEqual(fromVariety, byPosition);
		});

		test('null off a quotation, for a quotation in one source, an unknown group or document', async () => {
			const compare = (params: unknown) => session.request<Comparison | null>('misquote/compare', params);
			const nikkei = seeds['nikkei.txt'];
			assert.equal(await compare({ uri: session.uri('nikkei.txt'), position: positionOf(nikkei, 'Workers could still') }), null);
			assert.equal(await compare({ uri: session.uri('nikkei.txt'), position: positionOf(nikkei, 'The latest controversy') }), null);
			assert.equal(await compare({ groupId: 'no such group' }), null);
			assert.equal(await compare({ uri: session.uri('missing.txt'), position: { line: 0, character: 0 } }), null);
		});
	});
});

describe('misquote/report', () => {
	const seeds = seedArticles();
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	test('JSON: the command line’s report (version 1) for the same folder', async () => {
		const report = JSON.parse(await session.request<string>('misquote/report', { format: 'json' }));
		const cli = JSON.parse(execFileSync(process.execPath, [join(serverJs, '..', 'cli.js'), 'check', '.', '--format', 'json'], { cwd: root, encoding: 'utf8' }));
		assert.equal(report.version, 1);
		assert.deepEqual(
			report.documents.map((d: { path: string }) => d.path),
			Object.keys(seeds),
		);
		assert.deepEqual(report, cli);
	});

	test('Markdown: a heading, the counts, and a section per statement', async () => {
		const markdown = await session.request<string>('misquote/report', { format: 'markdown' });
		assert.match(markdown, /^# Misquote report\n\n5 articles, \d+ quotations; \d+ statements quoted more than once, \d+ of them quoted differently\.\n/);
		assert.equal(markdown.match(/^## \d+\. /gm)?.length, session.status!.statements);
		assert.match(markdown, /\| nikkei\\\.txt \| wording \| “tens” → “hundreds”; “Americans” → “people” \|/);
	});
});
