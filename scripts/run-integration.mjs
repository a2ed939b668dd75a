#!/usr/bin/env node
// Runs the integration tests (out/test/integration, built by `tsc -p test/integration`) inside
// the Node extension host of a real VS Code: a fresh code-server from scripts/harness.sh,
// opened in headless Chromium on a copy of the test workspace. Exits with the extension host's
// exit code (0 when every test passed) and ends with the suite's `N passed, N failed` line.
// Usage: node scripts/run-integration.mjs   (MISQUOTE_TEST_TIMEOUT: seconds for it all, 300)
import { rmSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchChromium, startCodeServer } from './codeServer.mjs';
import { createTestWorkspace, root } from './testWorkspace.mjs';

const timeoutMs = 1000 * Number(process.env.MISQUOTE_TEST_TIMEOUT ?? 300);
const testsIndex = path.join(root, 'out', 'test', 'integration', 'index.js');

// Workbench chatter that says nothing about the tests: the marketplace and the GitHub sign-in
// it cannot reach, connection set-up, service worker and account messages.
const noise =
	/open-vsx\.org|authentication provider 'github'|^(Resolv|Creating a socket|\[reconnection|Updating additional|\[Service Worker|\[AgentHost|\[AccountPolicy)/;

let summary;
let server;
let browser;

/** Runs the tests and returns the extension host's exit code. */
async function run(workspace) {
	server = await startCodeServer();
	browser = await launchChromium(server.dir);
	const page = await browser.newPage();
	let exit;
	const exited = new Promise((resolve) => (exit = resolve));
	// The workbench's automation hooks (enable-smoke-test-driver): the extension host's console,
	// and its exit code once the tests' run() resolves (0) or rejects.
	await page.exposeFunction('codeAutomationExit', (code) => exit(code));
	await page.exposeFunction('codeAutomationLog', (_type, args) => {
		const text = format(...args);
		if (/^\d+ passed, \d+ failed/.test(text)) {
			summary = text;
		} else if (!noise.test(text)) {
			console.log(text);
		}
	});
	page.on('crash', () => exit(1));
	await page.goto(
		server.url(workspace, [
			['extensionDevelopmentPath', server.remote(root)],
			['extensionTestsPath', server.remote(testsIndex)],
			['skipWelcome', 'true'],
		]),
	);
	const code = await exited;
	if (code !== 0 && !summary) {
		console.error(`The extension host exited with code ${code} before the tests reported.`);
	}
	return code;
}

let timer;
const deadline = new Promise((resolve) => {
	timer = setTimeout(() => {
		console.error(`The integration tests did not finish within ${timeoutMs / 1000} s.`);
		resolve(1);
	}, timeoutMs);
});
const workspace = createTestWorkspace();
let code = 1;
try {
	code = await Promise.race([run(workspace), deadline]);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
} finally {
	clearTimeout(timer);
	await browser?.close().catch(() => {});
	await server?.stop({ keep: code !== 0 });
	if (code !== 0 && server) {
		console.error(`code-server's log: ${server.log}`);
	}
	rmSync(workspace, { recursive: true, force: true });
}
if (summary) {
	console.log(summary);
}
process.exit(code);
