import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
	activateExtension,
	codeOf,
	fileName,
	replace,
	waitForDiagnostics,
	workspaceFile,
} from './helpers';

const isWording = (diagnostic: vscode.Diagnostic) => codeOf(diagnostic) === 'wording';

/** Nikkei's version of TikTok's statement, on line 24: “hundreds of millions of people”. */
const nikkeiLine = 23;
const nikkeiWords = 'hundreds of millions of people';
/** The words every other source has. */
const othersWords = 'tens of millions of Americans';
/** The Daily Mail's version of that statement, on line 27. */
const dailyMailLine = 26;

suite('Diagnostics', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	test('the extension activates', async () => {
		const extension = await activateExtension();
		assert.ok(extension.isActive);
	});

	test('an article that is not open gets diagnostics, with related information', async () => {
		const nikkei = workspaceFile('nikkei.txt');
		const open = vscode.workspace.textDocuments.map((document) => document.uri.toString());
		assert.ok(!open.includes(nikkei.toString()), 'nikkei.txt must not be open for this test');

		const diagnostics = await waitForDiagnostics(nikkei, (all) => all.some(isWording), 'a wording diagnostic');
		const wording = diagnostics.find(isWording);
		assert.ok(wording);
		assert.equal(wording.source, 'misquote');
		assert.equal(wording.severity, vscode.DiagnosticSeverity.Warning);
		assert.equal(wording.range.start.line, nikkeiLine);
		assert.match(wording.message, /^Differs from dailymail\.txt \(other words\): .*hundreds of millions of people/);
		const related = wording.relatedInformation ?? [];
		const files = new Set(related.map(({ location }) => fileName(location.uri)));
		assert.ok(
			!related.some(({ location }) => location.uri.toString() === nikkei.toString() && location.range.isEqual(wording.range)),
			'related information points at the other versions, not this one',
		);
		// The other versions of this sentence: Daily Mail's, and the words of Variety's longer quote.
		for (const other of ['dailymail.txt', 'variety.txt']) {
			assert.ok(files.has(other), `related information points at ${other}`);
		}
		assert.ok(
			related.some(({ location }) => fileName(location.uri) === 'dailymail.txt' && location.range.start.line === dailyMailLine),
		);
	});

	test("an edit in one article changes another article's diagnostics", async () => {
		const dailyMail = workspaceFile('dailymail.txt');
		const quotedDifferently = (all: vscode.Diagnostic[]) =>
			all.some((d) => isWording(d) && d.range.start.line === dailyMailLine && d.message.includes('nikkei.txt'));
		await waitForDiagnostics(dailyMail, quotedDifferently, 'the wording difference with nikkei.txt');

		const nikkei = await vscode.workspace.openTextDocument(workspaceFile('nikkei.txt'));
		const start = nikkei.lineAt(nikkeiLine).text.indexOf(nikkeiWords);
		assert.ok(start >= 0, `line ${nikkeiLine + 1} of nikkei.txt has “${nikkeiWords}”`);
		await replace(nikkei, new vscode.Range(nikkeiLine, start, nikkeiLine, start + nikkeiWords.length), othersWords);
		try {
			await waitForDiagnostics(
				dailyMail,
				(all) => !all.some(isWording),
				'no wording difference once nikkei.txt has the same words',
			);
		} finally {
			await replace(nikkei, new vscode.Range(nikkeiLine, start, nikkeiLine, start + othersWords.length), nikkeiWords);
		}
		await waitForDiagnostics(dailyMail, quotedDifferently, 'the wording difference back after undoing the edit');
	});

	test('a severity setting of off removes that kind of diagnostic', async () => {
		const nikkei = workspaceFile('nikkei.txt');
		await waitForDiagnostics(nikkei, (all) => all.some(isWording), 'a wording diagnostic');
		const settings = vscode.workspace.getConfiguration('misquote', nikkei);
		const pinned = settings.inspect<string>('severity.wording')?.workspaceValue;
		assert.equal(pinned, 'warning', 'the test workspace pins misquote.severity.wording');

		await settings.update('severity.wording', 'off', vscode.ConfigurationTarget.Workspace);
		try {
			await waitForDiagnostics(
				nikkei,
				(all) => all.length > 0 && !all.some(isWording),
				'the other diagnostics without the wording one',
			);
		} finally {
			await settings.update('severity.wording', pinned, vscode.ConfigurationTarget.Workspace);
		}
		await waitForDiagnostics(nikkei, (all) => all.some(isWording), 'the wording diagnostic back');
	});
});
