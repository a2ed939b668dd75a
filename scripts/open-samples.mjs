#!/usr/bin/env node
// Opens the sample articles with Misquote: in desktop VS Code when the `code` command exists
// (the extension loaded from this checkout), else in code-server on 127.0.0.1, with the packaged
// extension installed, printing the address to open in a browser. Runs until Ctrl+C.
// Usage: npm start   (builds first; installs the code-server harness on first use)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './testWorkspace.mjs';

// A copy, so that edits and quick fixes never touch the repository's fixtures.
const folder = mkdtempSync(path.join(tmpdir(), 'misquote-samples-'));
cpSync(path.join(root, 'test', 'fixtures', 'seeds'), folder, { recursive: true });

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
if (hasCode) {
	console.log(`Opening ${folder} in VS Code with Misquote from this checkout…`);
	const opened = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${root}`, folder], { stdio: 'inherit', shell: process.platform === 'win32' });
	process.exit(opened.status ?? 1);
}

console.log('No `code` command here: opening the samples in code-server (VS Code in a browser) instead.');
const run = (command, args) => {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		process.exit(result.status ?? 1);
	}
};
run('bash', [path.join('scripts', 'harness.sh')]);
run('npm', ['run', 'package', '--silent']);
const { startCodeServer } = await import('./codeServer.mjs');
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const server = await startCodeServer({ install: [path.join(root, `${name}-${version}.vsix`)], timeoutMs: 60_000 });
console.log(`\nMisquote is ready. Open this address in a browser on this machine:\n\n  ${server.url(folder)}\n\nPress Ctrl+C to stop.`);
const stop = async () => {
	await server.stop();
	rmSync(folder, { recursive: true, force: true });
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Stay up until stopped.
setInterval(() => {}, 1 << 30);
