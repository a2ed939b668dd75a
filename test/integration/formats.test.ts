import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fileName, hoverText, waitForDiagnostics, workspaceFile } from './helpers';

/** The words of a range in a file on disk, as a reader shows them: tags, entities and Markdown marks out. */
function shown(raw: string): string {
	return raw
		.replace(/<[^>]*>/g, '')
		.replace(/&ldquo;|&rdquo;/g, '"')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_]/g, '')
		.replace(/\s+/g, ' ');
}

const isWording = (d: vscode.Diagnostic) => codeOf(d) === 'wording';

suite('Saved web pages and Markdown articles', () => {
	const page = () => workspaceFile('pages/courier.html');
	const markdown = () => workspaceFile('pages/ledger.md');

	suiteSetup(async () => {
		await activateExtension();
	});

	test('a Markdown article that is not open gets its diagnostic on the words of the file', async () => {
		const [wording] = (await waitForDiagnostics(markdown(), (all) => all.some(isWording), 'a wording diagnostic')).filter(isWording);
		assert.match(wording.message, /courier\.html/);
		const document = await vscode.workspace.openTextDocument(markdown());
		const raw = document.getText(wording.range);
		assert.equal(raw, 'We will vote on the [new bridge](https://example.com/bridge) *next week*, once every resident has been heard,');
		assert.equal(wording.range.start.line, 11);
		assert.equal(wording.range.start.character, 1);
	});

	test('a saved web page gets its diagnostic on the characters of the HTML source', async () => {
		const diagnostics = await waitForDiagnostics(page(), (all) => all.length > 0, 'a diagnostic on the page');
		const [first] = diagnostics;
		const document = await vscode.workspace.openTextDocument(page());
		const raw = document.getText(first.range);
		assert.ok(raw.startsWith('We will vote on the <em>new</em> bridge next month'), raw);
		assert.ok(raw.endsWith('heard,'), raw);
		assert.equal(shown(raw), 'We will vote on the new bridge next month, once every resident has been heard,');
		const related = first.relatedInformation ?? [];
		assert.ok(related.some((r) => fileName(r.location.uri) === 'ledger.md' && r.location.range.start.line === 11), 'related information points at the Markdown version');
	});

	test('hover and references on a quotation in an open .html file land on each source’s words', async () => {
		const document = await vscode.workspace.openTextDocument(page());
		await vscode.window.showTextDocument(document);
		const at = document.positionAt(document.getText().indexOf('once every resident'));
		const hover = await hoverText(page(), at);
		assert.match(hover, /\*\*Ann Lee\*\*/);
		assert.match(hover, /ledger\\\.md\\:12\]\([^)]+\) \(The Harbour Ledger\)/);
		const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', page(), at);
		assert.deepEqual(locations.map((l) => fileName(l.uri)).sort(), ['courier.html', 'ledger.md']);
		for (const location of locations) {
			const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
			assert.ok(text.startsWith('We will vote on the '), `${fileName(location.uri)}: ${text}`);
		}
	});

	test('Go to Definition on the Markdown version goes to the canonical one, in the saved page', async () => {
		const document = await vscode.workspace.openTextDocument(markdown());
		const at = document.positionAt(document.getText().indexOf('once every resident'));
		const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', markdown(), at);
		assert.equal(found.length, 1);
		const target = 'targetUri' in found[0] ? { uri: found[0].targetUri, range: found[0].targetRange } : found[0];
		assert.equal(fileName(target.uri), 'courier.html');
		const text = (await vscode.workspace.openTextDocument(target.uri)).getText(target.range);
		assert.ok(text.startsWith('We will vote on the <em>new</em> bridge next month'), text);
	});

	test('the quick fix writes the other version into the Markdown file as Markdown', async () => {
		const document = await vscode.workspace.openTextDocument(markdown());
		const [wording] = vscode.languages.getDiagnostics(markdown()).filter(isWording);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', markdown(), wording.range);
		const replace = actions.find((a) => a.title.startsWith('Replace with the version in pages/courier.html'));
		assert.ok(replace?.edit, actions.map((a) => a.title).join('; '));
		const [[uri, edits]] = replace.edit.entries();
		assert.equal(fileName(uri), 'ledger.md');
		assert.equal(edits[0].newText, 'We will vote on the new bridge next month, once every resident has been heard,');
		assert.equal(document.getText(edits[0].range), document.getText(wording.range));
	});
});
