/**
 * On initialize the server reads every article of the folder, none of them opened, and
 * publishes diagnostics on the quotations whose versions differ between sources, pointing at
 * the other versions; the status notification counts what it found.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { createCorpusIndex } from '../../server/src/engine';
import { engine } from '../helpers/engine';
import { LspSession, makeFolder, messageOf, offsetAt, removeFolder, seedArticles, textAt } from '../helpers/lsp';

const KINDS = ['typography', 'punctuation', 'truncation', 'elision', 'wording', 'speaker'];
const OPENING_MARKS = `"'“‘„‚«‹`;
/** What relatedInformation says about each other version (its location names the file). */
const ROLES = ['canonical version', 'identical', 'typography', 'punctuation', 'cut', 'words left out', 'other words', 'other speaker'];

describe('a folder of sample articles, none opened', () => {
	const seeds = seedArticles();
	const files = Object.keys(seeds);
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

	const byFile = (file: string): Diagnostic[] => session.diagnostics.get(session.uri(file)) ?? [];
	const wordingOf = (file: string) => byFile(file).filter((d) => d.code === 'wording');

	test('diagnostics are published for every article without a didOpen', () => {
		assert.deepEqual(files, ['amn-nydailynews.txt', 'dailymail.txt', 'foxbusiness.txt', 'nikkei.txt', 'variety.txt']);
		for (const file of files) {
			assert.ok(byFile(file).length > 0, `no diagnostics for ${file}: ${[...session.diagnostics.keys()].join(', ')}`);
		}
		assert.deepEqual([...session.diagnostics.keys()].sort(), files.map((f) => session.uri(f)).sort(), 'diagnostics only for the articles');
	});

	test('every diagnostic has source misquote, the kind as its code and covers words of one quotation', () => {
		for (const file of files) {
			const quotes = engine().extract(seeds[file]).quotes;
			for (const d of byFile(file)) {
				assert.equal(d.source, 'misquote');
				assert.ok(KINDS.includes(String(d.code)), `code ${d.code}`);
				assert.ok(messageOf(d).length > 10, messageOf(d));
				const words = textAt(seeds[file], d.range);
				assert.ok(words.length > 0, `empty range in ${file}: ${JSON.stringify(d.range)}`);
				const [start, end] = [offsetAt(seeds[file], d.range.start), offsetAt(seeds[file], d.range.end)];
				const quote = quotes.find((q) => q.start <= start && end <= q.end);
				assert.ok(quote, `${file}: “${words.slice(0, 40)}” is in no quotation`);
				// The whole quotation, or a sentence of it: it starts at the opening mark or after a full stop.
				const before = seeds[file].slice(quote.start, start);
				assert.ok(start === quote.start || /[.!?…]["'”’]?\s+$/.test(before), `${file}: “${words.slice(0, 40)}” starts inside a sentence`);
				assert.ok(OPENING_MARKS.includes(seeds[file][quote.start - 1]));
			}
		}
	});

	test('severities follow the defaults: wording a warning, cuts information, punctuation a hint, typography off', () => {
		const all = files.flatMap(byFile);
		const expected: Record<string, DiagnosticSeverity> = {
			wording: DiagnosticSeverity.Warning,
			speaker: DiagnosticSeverity.Warning,
			truncation: DiagnosticSeverity.Information,
			elision: DiagnosticSeverity.Information,
			punctuation: DiagnosticSeverity.Hint,
		};
		for (const d of all) {
			assert.equal(d.severity, expected[String(d.code)], `${d.code}: ${messageOf(d)}`);
		}
		assert.ok(!all.some((d) => d.code === 'typography'), 'typography is off by default');
		for (const kind of ['wording', 'punctuation']) {
			assert.ok(all.some((d) => d.code === kind), `no ${kind} diagnostic among the seeds`);
		}
	});

	test('the changed figure: nikkei differs from the canonical version, dailymail is told who quotes it differently', () => {
		const [nikkei] = wordingOf('nikkei.txt');
		assert.ok(nikkei, JSON.stringify(byFile('nikkei.txt')));
		assert.match(textAt(seeds['nikkei.txt'], nikkei.range), /^We're proud that hundreds of millions of people turn to TikTok/);
		assert.equal(messageOf(nikkei), 'Differs from dailymail.txt (other words): "tens of millions of Americans" → "hundreds of millions of people" (a figure changed)');

		const daily = wordingOf('dailymail.txt').find((d) => textAt(seeds['dailymail.txt'], d.range).startsWith('We’re proud that tens'));
		assert.ok(daily, JSON.stringify(wordingOf('dailymail.txt')));
		assert.match(messageOf(daily), /^Quoted differently in nikkei\.txt\b/);
		assert.match(messageOf(daily), /"tens of millions of Americans" → "hundreds of millions of people"/);
	});

	test('relatedInformation points at the other versions, in the other files', () => {
		for (const file of files) {
			for (const d of byFile(file)) {
				const related = d.relatedInformation ?? [];
				assert.ok(related.length > 0, `${file}: no related information on ${messageOf(d)}`);
				assert.ok(
					related.some((r) => r.location.uri !== session.uri(file)),
					`${file}: related information only in the same file: ${messageOf(d)}`,
				);
				for (const r of related) {
					const other = files.find((f) => session.uri(f) === r.location.uri);
					assert.ok(other, `related location outside the folder: ${r.location.uri}`);
					assert.ok(ROLES.includes(r.message), `related information says “${r.message}”`);
					assert.ok(textAt(seeds[other], r.location.range).length > 0, `empty related range in ${other}`);
					const self = r.location.uri === session.uri(file) && r.location.range.start.line === d.range.start.line && r.location.range.start.character === d.range.start.character;
					assert.ok(!self, `${file}: a diagnostic's related information points at itself`);
				}
			}
		}
		const [nikkei] = wordingOf('nikkei.txt');
		const canonical = nikkei.relatedInformation!.find((r) => r.message === 'canonical version');
		assert.equal(canonical?.location.uri, session.uri('dailymail.txt'));
		assert.ok(canonical, JSON.stringify(nikkei.relatedInformation));
		assert.match(textAt(seeds['dailymail.txt'], canonical.location.range), /^We’re proud that tens of millions of Americans/);
		// The sentence's other versions: Variety's as the words of its long quote that are this sentence.
		const related = nikkei.relatedInformation!.map((r) => r.location.uri);
		assert.deepEqual(related.sort(), [session.uri('dailymail.txt'), session.uri('variety.txt')].sort());
		const variety = nikkei.relatedInformation!.find((r) => r.location.uri === session.uri('variety.txt'))!;
		assert.match(textAt(seeds['variety.txt'], variety.location.range), /^We’re proud that tens of millions of Americans[^]*pandemic\.$/);
	});

	test('no diagnostic on a sentence every outlet quoted the same: TikTok’s “While Amazon …” in five sources', () => {
		for (const file of files) {
			for (const d of byFile(file)) {
				assert.doesNotMatch(textAt(seeds[file], d.range), /^While Amazon did not communicate/, `${file}: ${messageOf(d)}`);
			}
		}
		const [variety] = wordingOf('variety.txt');
		assert.ok(variety, 'Variety’s long quote is told of its other sentence’s rewording');
		assert.match(textAt(seeds['variety.txt'], variety.range), /^We’re proud that tens/);
	});

	test('the status notification counts the articles, quotations and statements', () => {
		const index = createCorpusIndex();
		let quotations = 0;
		for (const [file, text] of Object.entries(seeds)) {
			const quotes = engine().extract(text).quotes;
			quotations += quotes.length;
			index.update({ id: file, quotes });
		}
		const groups = index.groups();
		assert.deepEqual(session.status, {
			scanning: false,
			documents: 5,
			quotations,
			statements: groups.length,
			differing: groups.filter((g) => g.kind !== 'identical').length,
		});
		assert.ok(quotations > 40 && groups.length >= 5, `${quotations} quotations, ${groups.length} statements`);
	});

	test('the scan reports progress (begin, reports, end) and logs how many articles it read', async () => {
		const kinds = session.progress.map((p) => p.value.kind);
		assert.equal(kinds[0], 'begin');
		assert.equal(kinds[kinds.length - 1], 'end');
		assert.ok(
			session.progress.some((p) => p.value.kind === 'report' && p.value.message === 'Reading articles: 5 of 5' && p.value.percentage === 100),
			JSON.stringify(session.progress),
		);
		assert.match(await session.logged(/^Read \d+ articles/), /^Read 5 articles in \d+ ms\.$/);
	});

	test('the server asked for the misquote settings of the folder', () => {
		const items = session.configurationRequests.flat();
		assert.ok(items.every((i) => i.section === 'misquote'), JSON.stringify(items));
		assert.ok(items.some((i) => i.scopeUri === session.uri('').replace(/\/$/, '')), JSON.stringify(items));
	});

	test('misquote/rescan reads everything again and publishes the same diagnostics', async () => {
		const before = new Map(session.diagnostics);
		const scanned = session.nextScan();
		await session.request('misquote/rescan');
		const status = await scanned;
		assert.equal(status.documents, 5);
		for (const file of files) {
			assert.deepEqual(byFile(file), before.get(session.uri(file)), file);
		}
	});
});
