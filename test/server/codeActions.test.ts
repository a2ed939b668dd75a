/**
 * Quick fixes on a quotation that differs: take another source's version (an edit of the
 * article), ignore the difference or mark the article as a primary source (edits that create
 * or rewrite `.misquote.json`, which the editor applies and then reports as a changed file).
 */
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import type { ClaimsResult, Comparison } from '../../server/src/protocol';
import {
	applyTextEdits,
	applyWorkspaceEditToDisk,
	editsFor,
	LspSession,
	makeFolder,
	messageOf,
	positionOf,
	removeFolder,
	seedArticles,
	textAt,
} from '../helpers/lsp';

const seeds = seedArticles();
const PROUD_NIKKEI = 'hundreds of millions of people';
const PROUD_DAILYMAIL = 'tens of millions of Americans';

describe('quick fixes', () => {
	let root: string;
	let session: LspSession;

	beforeEach(async () => {
		root = makeFolder(seeds);
		session = await LspSession.start(root);
	});
	afterEach(async () => {
		await session?.stop();
		removeFolder(root);
	});

	/** The quick fixes at `needle` in `file` (as the editor asks, with the diagnostics there). */
	async function actionsAt(file: string, needle: string, text = seeds[file]): Promise<CodeAction[]> {
		const position = positionOf(text, needle);
		const diagnostics = (session.diagnostics.get(session.uri(file)) ?? []).filter((d) => contains(d, position));
		return session.request<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri: session.uri(file) },
			range: { start: position, end: position },
			context: { diagnostics, only: ['quickfix'] },
		});
	}

	/** The diagnostic on the quotation holding `needle`, if any. */
	const diagnosticAt = (file: string, needle: string, text = seeds[file]) => (d: Diagnostic[]) => d.find((x) => contains(x, positionOf(text, needle)));

	/** Applies a quick fix that writes `.misquote.json`, and tells the server as the editor's file watcher would. */
	async function applyConfigFix(action: CodeAction): Promise<void> {
		assert.ok(action.edit, `${action.title} has no edit`);
		const events = applyWorkspaceEditToDisk(action.edit);
		assert.deepEqual(
			events.map((e) => e.uri),
			[session.uri('.misquote.json')],
		);
		await session.filesChanged(events);
	}

	test('“Replace with the version in …”: the quotation then reads as in the other source and no longer differs', async () => {
		const nikkei = seeds['nikkei.txt'];
		const needle = PROUD_NIKKEI;
		const before = await session.diagnosticsOf('nikkei.txt', (d) => !!diagnosticAt('nikkei.txt', needle)(d));
		assert.equal(diagnosticAt('nikkei.txt', needle)(before)!.code, 'wording');

		const actions = await actionsAt('nikkei.txt', needle);
		const replace = actions.find((a) => a.title === 'Replace with the version in dailymail.txt (canonical)');
		assert.ok(replace, actions.map((a) => a.title).join('\n'));
		assert.equal(replace.kind, 'quickfix');
		assert.equal(replace.isPreferred, true);
		const edits = editsFor(replace.edit!, session.uri('nikkei.txt'));
		assert.equal(edits.length, 1);
		assert.deepEqual(Object.keys(replace.edit!.changes ?? {}), [session.uri('nikkei.txt')], 'edits only this article');

		const comparison = await session.request<Comparison>('misquote/compare', { uri: session.uri('nikkei.txt'), position: positionOf(nikkei, needle) });
		const dailymail = comparison.versions.find((v) => v.path === 'dailymail.txt')!;
		const dailymailWords = textAt(seeds['dailymail.txt'], dailymail.range);

		const edited = applyTextEdits(nikkei, edits);
		assert.equal(textAt(edited, { start: edits[0].range.start, end: positionOf(edited, dailymailWords, dailymailWords.length) }), dailymailWords);
		assert.match(edited, /^"We’re proud that tens of millions of Americans turn to TikTok [^"]*pandemic\." the spokesperson said\.$/m);
		assert.equal(edited.replace(dailymailWords, ''), nikkei.replace(textAt(nikkei, edits[0].range), ''), 'nothing else changed');

		// The editor now has the edited text: the quotation is a copy of the canonical words, so it
		// is no longer said to differ.
		assert.match(messageOf(diagnosticAt('nikkei.txt', needle)(before)!), /^Differs from dailymail\.txt \(other words\)/);
		await session.open('nikkei.txt', edited);
		await session.diagnosticsOf('nikkei.txt', (d) => !d.some((x) => x.code === 'wording'));
		const after = await session.request<Comparison>('misquote/compare', { uri: session.uri('nikkei.txt'), position: positionOf(edited, 'tens of millions of Americans') });
		assert.equal(after.versions.find((v) => v.path === 'nikkei.txt')!.kind, 'identical');
		assert.ok(!(await actionsAt('nikkei.txt', 'tens of millions of Americans', edited)).some((a) => a.title.startsWith('Replace with')), 'nothing left to replace');
	});

	test('“Ignore this difference …”: creates .misquote.json, and the difference is no longer flagged anywhere', async () => {
		assert.ok(diagnosticAt('nikkei.txt', PROUD_NIKKEI)(await session.diagnosticsOf('nikkei.txt')));
		assert.ok(diagnosticAt('dailymail.txt', PROUD_DAILYMAIL)(await session.diagnosticsOf('dailymail.txt')));

		const actions = await actionsAt('nikkei.txt', PROUD_NIKKEI);
		const ignore = actions.find((a) => a.title === 'Ignore this difference (other words) in .misquote.json');
		assert.ok(ignore, actions.map((a) => a.title).join('\n'));
		const [create, edit] = ignore.edit!.documentChanges!;
		assert.deepEqual(create, { kind: 'create', uri: session.uri('.misquote.json'), options: { ignoreIfExists: true } });
		assert.equal((edit as TextDocumentEdit).textDocument.uri, session.uri('.misquote.json'));

		await applyConfigFix(ignore);
		const config = JSON.parse(readFileSync(join(root, '.misquote.json'), 'utf8'));
		assert.deepEqual(config.ignore, [{ path: 'nikkei.txt', text: textAt(seeds['nikkei.txt'], diagnosticAt('nikkei.txt', PROUD_NIKKEI)(session.diagnostics.get(session.uri('nikkei.txt'))!)!.range), kind: 'wording' }]);

		// Gone from nikkei, and from the articles that were told nikkei quotes them differently.
		const nikkei = await session.diagnosticsOf('nikkei.txt', (d) => !d.some((x) => x.code === 'wording'));
		assert.ok(!diagnosticAt('nikkei.txt', PROUD_NIKKEI)(nikkei), 'the ignored difference is still flagged');
		await session.diagnosticsOf('dailymail.txt', (d) => !d.some((x) => x.code === 'wording'));
		await session.diagnosticsOf('variety.txt', (d) => !d.some((x) => x.code === 'wording'));

		// Still shown as a difference, marked ignored; no second offer to ignore it.
		const claims = await session.request<ClaimsResult>('misquote/claims', {});
		const source = claims.speakers.flatMap((s) => s.claims).flatMap((c) => c.sources).find((s) => s.path === 'nikkei.txt' && s.kind === 'wording');
		assert.equal(source?.ignored, true);
		const hover = await session.request<Hover>('textDocument/hover', { textDocument: { uri: session.uri('nikkei.txt') }, position: positionOf(seeds['nikkei.txt'], PROUD_NIKKEI) });
		assert.match((hover.contents as MarkupContent).value, /\*other words, ignored\* ← this one/);
		assert.ok(!(await actionsAt('nikkei.txt', PROUD_NIKKEI)).some((a) => a.title.startsWith('Ignore')));
	});

	test('once every difference of a statement is ignored, the status bar and the Claims view no longer count it', async () => {
		const differing = async () => (await session.request<ClaimsResult>('misquote/claims', { onlyDiffering: true })).speakers.flatMap((s) => s.claims);
		const before = await differing();
		const claim = before.find((c) => c.sources.some((s) => s.path === 'nikkei.txt' && s.kind === 'wording'))!;
		assert.equal((await session.statusWhere(() => true)).differing, before.length);
		// Ignore the differences of the statement one source at a time, as a user would.
		for (const source of claim.sources.filter((s) => s.kind !== 'identical')) {
			const actions = await session.request<CodeAction[]>('textDocument/codeAction', {
				textDocument: { uri: source.uri },
				range: source.range,
				context: { diagnostics: [], only: ['quickfix'] },
			});
			const ignore = actions.find((a) => a.title.startsWith('Ignore this difference'));
			assert.ok(ignore, `${source.path}: ${actions.map((a) => a.title).join(' | ')}`);
			// The server reads the file again, checks every article, then reports its status.
			const checked = session.nextStatus();
			await applyConfigFix(ignore);
			await checked;
		}
		const after = await differing();
		assert.equal(after.length, before.length - 1);
		assert.equal((await session.statusWhere((s) => s.differing === after.length)).differing, after.length);
	});

	test('a second “Ignore …” rewrites the existing .misquote.json, keeping the first entry; deleting the file brings both back', async () => {
		await applyConfigFix((await actionsAt('nikkei.txt', PROUD_NIKKEI)).find((a) => a.title.startsWith('Ignore this difference'))!);
		await session.diagnosticsOf('nikkei.txt', (d) => !d.some((x) => x.code === 'wording'));

		const caseNeedle = 'this morning';
		const lower = diagnosticAt('nikkei.txt', caseNeedle)(await session.diagnosticsOf('nikkei.txt'));
		assert.equal(lower?.code, 'punctuation');
		const second = (await actionsAt('nikkei.txt', caseNeedle)).find((a) => a.title === 'Ignore this difference (punctuation) in .misquote.json');
		assert.ok(second);
		assert.equal(second.edit!.documentChanges!.length, 1, 'the file exists: an edit of it, no create');
		const edit = second.edit!.documentChanges![0] as TextDocumentEdit;
		assert.deepEqual(edit.edits[0].range.start, { line: 0, character: 0 });
		await applyConfigFix(second);
		const config = JSON.parse(readFileSync(join(root, '.misquote.json'), 'utf8'));
		assert.deepEqual(
			config.ignore.map((e: { path: string; kind: string }) => [e.path, e.kind]),
			[
				['nikkei.txt', 'wording'],
				['nikkei.txt', 'punctuation'],
			],
		);
		await session.diagnosticsOf('nikkei.txt', (d) => !diagnosticAt('nikkei.txt', caseNeedle)(d));

		rmSync(join(root, '.misquote.json'));
		await session.fileEvent('.misquote.json', 'deleted');
		await session.diagnosticsOf('nikkei.txt', (d) => diagnosticAt('nikkei.txt', caseNeedle)(d)?.code === 'punctuation');
		await session.diagnosticsOf('nikkei.txt', (d) => diagnosticAt('nikkei.txt', PROUD_NIKKEI)(d)?.code === 'wording');
	});

	test('“Mark … as a primary source”: that article’s version becomes canonical and the messages turn around', async () => {
		const before = diagnosticAt('dailymail.txt', PROUD_DAILYMAIL)(await session.diagnosticsOf('dailymail.txt'))!;
		assert.match(messageOf(before), /^Quoted differently in nikkei\.txt/);

		const actions = await actionsAt('nikkei.txt', PROUD_NIKKEI);
		const mark = actions.find((a) => a.title === 'Mark nikkei.txt as a primary source in .misquote.json');
		assert.ok(mark, actions.map((a) => a.title).join('\n'));
		await applyConfigFix(mark);
		assert.deepEqual(JSON.parse(readFileSync(join(root, '.misquote.json'), 'utf8')).primarySources, ['nikkei.txt']);

		const dailymail = await session.diagnosticsOf('dailymail.txt', (d) => /^Differs from the primary source \(nikkei\.txt:/.test(messageOf(diagnosticAt('dailymail.txt', PROUD_DAILYMAIL)(d) ?? { message: '' } as Diagnostic)));
		assert.equal(
			messageOf(diagnosticAt('dailymail.txt', PROUD_DAILYMAIL)(dailymail)!),
			'Differs from the primary source (nikkei.txt:24): "hundreds of millions of people" → "tens of millions of Americans" (a figure changed)',
		);
		const nikkei = await session.diagnosticsOf('nikkei.txt', (d) => /^Quoted differently in /.test(messageOf(diagnosticAt('nikkei.txt', PROUD_NIKKEI)(d) ?? { message: '' } as Diagnostic)));
		assert.equal(diagnosticAt('nikkei.txt', PROUD_NIKKEI)(nikkei)!.code, 'wording');

		const comparison = await session.request<Comparison>('misquote/compare', { uri: session.uri('nikkei.txt'), position: positionOf(seeds['nikkei.txt'], PROUD_NIKKEI) });
		assert.equal(comparison.versions.find((v) => v.canonical)!.path, 'nikkei.txt');
		assert.match(comparison.canonicalText, /hundreds of millions of people/);
		assert.ok(!(await actionsAt('nikkei.txt', PROUD_NIKKEI)).some((a) => a.title.startsWith('Mark nikkei.txt')), 'already a primary source');
	});

	test(
		'“Replace with …” on one quotation of two keeps the other: each sentence is its own statement',
		async () => {
			// nikkei quotes TikTok's statement in two quotations ("While Amazon …" and "We're proud
			// that hundreds …"); Variety in one. Replacing the second of nikkei's with another
			// source's version of that sentence must keep the first once and the second.
			const nikkei = seeds['nikkei.txt'];
			const replacements = (await actionsAt('nikkei.txt', PROUD_NIKKEI)).filter((a) => a.title.startsWith('Replace with'));
			assert.deepEqual(replacements.map((a) => a.title), ['Replace with the version in dailymail.txt (canonical)', 'Replace with the version in variety.txt'].slice(0, replacements.length));
			assert.ok(replacements.length >= 1);
			const problems: string[] = [];
			for (const action of replacements) {
				const edited = applyTextEdits(nikkei, editsFor(action.edit!, session.uri('nikkei.txt')));
				const firstPart = edited.split('While Amazon did not communicate to us').length - 1;
				const secondPart = edited.split(/We[’']re proud that (?:tens|hundreds) of millions/).length - 1;
				if (firstPart !== 1 || secondPart !== 1) {
					problems.push(`${action.title}: “While Amazon …” ${firstPart} times, “We're proud …” ${secondPart} times`);
				}
			}
			assert.deepEqual(problems, []);
		},
	);
});

function contains(d: Diagnostic, p: { line: number; character: number }): boolean {
	const afterStart = p.line > d.range.start.line || (p.line === d.range.start.line && p.character >= d.range.start.character);
	const beforeEnd = p.line < d.range.end.line || (p.line === d.range.end.line && p.character <= d.range.end.character);
	return afterStart && beforeEnd;
}
