/**
 * Primary sources through the language server: a press release, tweets, a transcript and a
 * caption file next to three articles (test/fixtures/primary, all invented). Diagnostics, hover,
 * Go to Definition, the quick fix, Compare Sources, and an edit re-checked.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type Hover, type Location, type MarkupContent } from 'vscode-languageserver-protocol/node';
import type { ClaimsResult, Comparison } from '../../server/src/protocol';
import { fixturesDir } from '../helpers/fixtures';
import { applyTextEdits, editsFor, LspSession, makeFolder, messageOf, positionOf, removeFolder, textAt } from '../helpers/lsp';

/** Every file of the fixture folder, by its path relative to it. */
function primaryFixtures(): Record<string, string> {
	const root = join(fixturesDir, 'primary');
	const out: Record<string, string> = {};
	const walk = (dir: string, prefix: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				walk(path, `${prefix}${name}/`);
			} else {
				out[`${prefix}${name}`] = readFileSync(path, 'utf8');
			}
		}
	};
	walk(root, '');
	return out;
}

/** A hover's Markdown with its escapes taken out, as it reads. */
function unescaped(hover: Hover): string {
	return (hover.contents as MarkupContent).value.replace(/\\([\\`*_{}[\]()#+\-.!:|<>~])/g, '$1');
}

describe('primary sources in the editor', () => {
	const files = primaryFixtures();
	let root: string;
	let session: LspSession;

	before(async () => {
		root = makeFolder(files);
		session = await LspSession.start(root);
	});
	after(async () => {
		await session?.stop();
		removeFolder(root);
	});

	const at = (file: string, needle: string, delta = 0) => ({ textDocument: { uri: session.uri(file) }, position: positionOf(files[file], needle, delta) });
	const on = (file: string, words: string) => (d: Diagnostic[]) => d.find((x) => textAt(files[file], x.range).includes(words));

	test('a cut against the tweet: information, the words left out, related information at the passage', async () => {
		const diagnostics = await session.diagnosticsOf('ledger.txt', (d) => on('ledger.txt', 'will not reopen')(d) !== undefined);
		const d = on('ledger.txt', 'will not reopen')(diagnostics)!;
		assert.equal(messageOf(d), 'Differs from the primary source (tweets/hale-tweets.txt:1): "such time as" left out');
		assert.equal(d.code, 'elision');
		assert.equal(d.severity, DiagnosticSeverity.Information);
		const related = d.relatedInformation?.[0];
		assert.ok(related);
		assert.equal(related.location.uri, session.uri('tweets/hale-tweets.txt'));
		assert.equal(textAt(files['tweets/hale-tweets.txt'], related.location.range), 'The library on Mill Street will not reopen until such time as the roof has been fully repaired.');
	});

	test('a changed word against the release: a warning; the exact words against the transcript: nothing', async () => {
		const diagnostics = await session.diagnosticsOf('harbour-times.md', (d) => on('harbour-times.md', 'see a doctor')(d) !== undefined);
		const d = on('harbour-times.md', 'see a doctor')(diagnostics)!;
		assert.equal(messageOf(d), 'Differs from the primary source (statements/harbour-clinic-release.txt:7): "nurse" → "doctor"');
		assert.equal(d.severity, DiagnosticSeverity.Warning);
		assert.equal(on('harbour-times.md', 'The money for the library')(diagnostics), undefined);
		// A fragment cut from its sentence is how news quotes: no diagnostic.
		assert.equal(on('harbour-times.md', 'nobody will pay')(diagnostics), undefined);
	});

	test('words the transcript gives to another speaker; words in no source of the speaker', async () => {
		const diagnostics = await session.diagnosticsOf('brennick-post.txt', (d) => d.some((x) => x.code === 'not-found'));
		const speaker = on('brennick-post.txt', 'repair the wall')(diagnostics)!;
		assert.equal(speaker.code, 'speaker');
		assert.match(messageOf(speaker), /^Differs from the primary source \(transcripts\/council-meeting\.txt:5\): the same words, given to Tom Hale instead of Okafor$/);
		const missing = on('brennick-post.txt', 'second library')(diagnostics)!;
		assert.equal(missing.severity, DiagnosticSeverity.Information);
		assert.match(messageOf(missing), /^Not found in Hale's captions \(captions\/hale-library-speech\.vtt\) or transcript \(transcripts\/council-meeting\.txt\) or 1 more$/);
	});

	test('hover: the passage with a sentence on each side and the left-out words struck through', async () => {
		const hover = await session.request<Hover | null>('textDocument/hover', at('ledger.txt', 'will not reopen'));
		const value = unescaped(hover!);
		assert.match(value, /\*\*Primary source\*\* \[tweets\/hale-tweets\.txt:1\]\(file:[^)]+hale-tweets\.txt#L1,1\), Tom Hale · \*words left out\*:/);
		assert.match(value, /> The library on Mill Street will not reopen until ~~such time as~~ the roof has been fully repaired\. \*Safety comes first\.\*/);
	});

	test('hover on captions: the time the passage is said', async () => {
		const hover = await session.request<Hover | null>('textDocument/hover', at('brennick-post.txt', 'insurance has paid'));
		const value = unescaped(hover!);
		assert.match(value, /hale-library-speech\.vtt:9\]\([^)]+\), Tom Hale at 0:04 ·/);
	});

	test('Go to Definition: the primary passage first', async () => {
		const locations = await session.request<Location[]>('textDocument/definition', at('ledger.txt', 'bigger than the building'));
		assert.equal(locations.length, 1);
		assert.equal(locations[0].uri, session.uri('transcripts/council-meeting.txt'));
		assert.equal(textAt(files['transcripts/council-meeting.txt'], locations[0].range), 'We will rebuild the library on Mill Street, and it will be bigger than the building we lost.');
	});

	test('quick fix: the primary source’s words, the article’s quotation marks kept', async () => {
		const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri: session.uri('harbour-times.md') },
			range: { start: positionOf(files['harbour-times.md'], 'see a doctor'), end: positionOf(files['harbour-times.md'], 'see a doctor') },
			context: { diagnostics: [] },
		});
		const fix = actions.find((a) => a.title.startsWith('Replace with the primary source’s words'));
		assert.ok(fix, actions.map((a) => a.title).join('\n'));
		const edited = applyTextEdits(files['harbour-times.md'], editsFor(fix.edit!, session.uri('harbour-times.md')));
		assert.match(edited, /\n"Families on the harbour will no longer drive an hour to see a nurse," said Ines Ward/);
	});

	test('Compare Sources: the primary passage first, marked, as the statement', async () => {
		const comparison = await session.request<Comparison>('misquote/compare', { uri: session.uri('harbour-times.md'), position: positionOf(files['harbour-times.md'], 'see a doctor') });
		assert.equal(comparison.primarySource, 'statements/harbour-clinic-release.txt');
		assert.equal(comparison.canonicalText, 'Families on the harbour will no longer drive an hour to see a nurse,');
		const [first, ...rest] = comparison.versions;
		assert.equal(first.primary, true);
		assert.equal(first.canonical, true);
		assert.equal(first.path, 'statements/harbour-clinic-release.txt');
		const times = rest.find((v) => v.path === 'harbour-times.md')!;
		assert.equal(times.kind, 'wording');
		assert.deepEqual(times.segments.filter((x) => x.change).map((x) => [x.change, x.text]), [['removed', 'nurse'], ['added', 'doctor']]);
	});

	test('Claims view: statements found in a primary source, and one not found in its speaker’s', async () => {
		const claims = await session.request<ClaimsResult>('misquote/claims', {});
		const all = claims.speakers.flatMap((s) => s.claims);
		const rebuild = all.find((c) => c.text.startsWith('We will rebuild the library'));
		assert.equal(rebuild?.primary, 'found');
		const second = all.find((c) => c.text.includes('second library'));
		assert.equal(second?.primary, 'not-found');
	});

	test('an edit to an article is checked against the primary sources again', async () => {
		const fixed = files['ledger.txt'].replace('will not reopen until the roof', 'will not reopen until such time as the roof');
		await session.open('ledger.txt', fixed);
		const diagnostics = await session.diagnosticsOf('ledger.txt', (d) => !d.some((x) => messageOf(x).includes('hale-tweets')));
		assert.ok(!diagnostics.some((x) => textAt(fixed, x.range).includes('will not reopen')));
		await session.close('ledger.txt');
		await session.diagnosticsOf('ledger.txt', (d) => d.some((x) => messageOf(x).includes('hale-tweets')));
	});

	test('a primary source edited: its new words are what quotations are checked against', async () => {
		const tweets = files['tweets/hale-tweets.txt'].replace('until such time as the roof', 'until the roof');
		await session.open('tweets/hale-tweets.txt', tweets);
		await session.diagnosticsOf('ledger.txt', (d) => !d.some((x) => messageOf(x).includes('hale-tweets')));
		await session.close('tweets/hale-tweets.txt');
		await session.diagnosticsOf('ledger.txt', (d) => d.some((x) => messageOf(x).includes('hale-tweets')));
	});
});
