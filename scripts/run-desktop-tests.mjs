#!/usr/bin/env node
// Runs the integration tests (out/test/integration) in desktop VS Code through
// @vscode/test-electron, on the same test workspace as scripts/run-integration.mjs: against
// the oldest VS Code that package.json's engines.vscode allows, then the stable release. It
// downloads VS Code, so it needs the internet.
// Usage: node scripts/run-desktop-tests.mjs [version…]   (default: minimum and stable)
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import testElectron from '@vscode/test-electron';
import { createTestWorkspace, root } from './testWorkspace.mjs';

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = manifest.engines.vscode.replace(/^\^/, '');
const versions = process.argv.length > 2 ? process.argv.slice(2) : [minimum, 'stable'];

for (const version of versions) {
	console.log(`VS Code ${version}:`);
	const workspace = createTestWorkspace();
	try {
		await testElectron.runTests({
			version,
			extensionDevelopmentPath: root,
			extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
			launchArgs: [workspace, '--disable-extensions'],
		});
	} catch (error) {
		console.error(`VS Code ${version}: ${error instanceof Error ? error.message : error}`);
		process.exitCode = 1;
	} finally {
		rmSync(workspace, { recursive: true, force: true });
	}
}
