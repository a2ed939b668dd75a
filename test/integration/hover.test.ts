import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fileName, hoverText, waitForDiagnostics, workspaceFile } from './helpers';

/** Inside TikTok's sentence in nikkei.txt (line 24), which three sources quote (Variety within a longer quote). */
const inQuote = new vscode.Position(23, 10);

suite('Hover, references and code lenses', () => {
	suiteSetup(async () => {
		await activateExtension();
		// Once the wording difference is reported, the server has read every article.
		await waitForDiagnostics(
			workspaceFile('nikkei.txt'),
			(all) => all.some((d) => codeOf(d) === 'wording'),
			'a wording diagnostic',
		);
	});

	test('a hover on a quotation shows the speaker and the sources that quote it', async () => {
		const text = await hoverText(workspaceFile('nikkei.txt'), inQuote);
		assert.match(text, /\*\*TikTok\*\*/);
		assert.match(text, /Quoted in 3 sources/);
		for (const source of ['dailymail', 'variety']) {
			assert.ok(text.includes(source), `the hover lists ${source}.txt`);
		}
	});

	test('the references of a quotation are its versions in every article', async () => {
		const locations = await vscode.commands.executeCommand<vscode.Location[]>(
			'vscode.executeReferenceProvider',
			workspaceFile('nikkei.txt'),
			inQuote,
		);
		const files = new Set(locations.map((location) => fileName(location.uri)));
		assert.deepEqual([...files].sort(), ['dailymail.txt', 'nikkei.txt', 'variety.txt']);
		assert.ok(locations.some((l) => fileName(l.uri) === 'dailymail.txt' && l.range.start.line === 26));
	});

	test('a code lens above a quotation says how many sources quote it', async () => {
		const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
			'vscode.executeCodeLensProvider',
			workspaceFile('nikkei.txt'),
		);
		const titles = lenses.filter((lens) => lens.range.start.line === inQuote.line).map((lens) => lens.command?.title);
		assert.ok(
			titles.some((title) => title === 'Quoted in 3 sources · 1 differ'),
			`lenses on line ${inQuote.line + 1}: ${titles.join('; ')}`,
		);
	});
});
