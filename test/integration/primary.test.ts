import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, waitForDiagnostics, workspaceFile } from './helpers';

/** The Ledger's quotation of the mayor's post, on line 11, with "such time as" left out. */
const ledgerLine = 10;
const ledgerWords = 'will not reopen until the roof';

suite('Primary sources', () => {
	suiteSetup(async () => {
		await activateExtension();
	});

	test('a quotation that differs from the primary source gets its diagnostic, pointing at the passage', async () => {
		const ledger = workspaceFile('primary/ledger.txt');
		const diagnostics = await waitForDiagnostics(ledger, (all) => all.some((d) => d.message.startsWith('Differs from the primary source')), 'a primary-source diagnostic');
		const d = diagnostics.find((x) => x.message.startsWith('Differs from the primary source (primary/tweets/hale-tweets.txt:1)'));
		assert.ok(d, diagnostics.map((x) => x.message).join('\n'));
		assert.equal(codeOf(d), 'elision');
		assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
		assert.equal(d.range.start.line, ledgerLine);
		assert.equal(d.relatedInformation?.[0].location.uri.path.split('/').pop(), 'hale-tweets.txt');
	});

	test('Go to Definition (F12) on the quotation opens the primary passage', async () => {
		const ledger = await vscode.workspace.openTextDocument(workspaceFile('primary/ledger.txt'));
		const editor = await vscode.window.showTextDocument(ledger);
		const at = ledger.getText().indexOf(ledgerWords);
		assert.ok(at > 0);
		editor.selection = new vscode.Selection(ledger.positionAt(at + 3), ledger.positionAt(at + 3));
		const opened = new Promise<vscode.TextEditor>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('Waited 20000 ms for Go to Definition to open hale-tweets.txt.')), 20_000);
			const listener = vscode.window.onDidChangeActiveTextEditor((e) => {
				if (e && e.document.uri.path.endsWith('/hale-tweets.txt')) {
					clearTimeout(timer);
					listener.dispose();
					resolve(e);
				}
			});
		});
		await vscode.commands.executeCommand('editor.action.revealDefinition');
		const target = await opened;
		// The passage starts the file: VS Code selects it, or puts the cursor at its start.
		assert.equal(target.selection.start.line, 0);
		assert.equal(target.selection.start.character, 0);
		const selected = target.document.getText(target.selection);
		assert.ok(selected === '' || selected === 'The library on Mill Street will not reopen until such time as the roof has been fully repaired.', selected);
	});
});
