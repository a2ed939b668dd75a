#!/usr/bin/env node
// Looks at Misquote as a person would: installs the packaged .vsix into a fresh code-server,
// opens a copy of the test workspace in headless Chromium, checks what the screen shows and
// saves a screenshot of each step in out/ui/. Stops at the first step that fails.
// Usage: node scripts/ui.mjs   (after npm run package and scripts/harness.sh; `npm run ui`
// packages first)
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, startCodeServer } from './codeServer.mjs';
import { createTestWorkspace, root } from './testWorkspace.mjs';

const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${name}-${version}.vsix`);
const shots = path.join(root, 'out', 'ui');
const timeout = 30_000;

/** Each step acts on the page, waits for what a person would see, and is photographed. */
const steps = [
	['the workbench opens the folder', 'workbench', async (page, url) => {
		await page.goto(url);
		await page.locator('.explorer-folders-view').getByText('nikkei.txt').waitFor({ timeout: 60_000 });
	}],
	['the status bar counts quotations and statements that differ', 'status-bar', async (page) => {
		await statusItem(page).waitFor({ timeout });
	}],
	['an article shows squiggles under quotations that differ', 'editor', async (page) => {
		await page.keyboard.press('Control+P');
		await page.keyboard.type('nikkei.txt');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'nikkei.txt' }).first().waitFor({ timeout });
		await page.keyboard.press('Enter');
		await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout });
	}],
	['a hover names the speaker and every source', 'hover', async (page) => {
		// The mouse, not locator.hover(), which would scroll the editor to the whole squiggle. On a
		// squiggle whose start is in view: the first one drawn may begin past the editor's right
		// edge (a quotation that starts at the end of a long line), under the minimap.
		const view = await page.locator('.monaco-editor .lines-content').first().boundingBox();
		const minimap = await page.locator('.monaco-editor .minimap').first().boundingBox();
		const right = minimap ? minimap.x : view.x + view.width;
		let box;
		for (const squiggle of await page.locator('.monaco-editor .squiggly-warning').all()) {
			const b = await squiggle.boundingBox();
			if (b && b.x + 30 < right && b.x >= view.x && b.width > 30) {
				box = b;
				break;
			}
		}
		if (!box) {
			throw new Error('no squiggle in view to hover');
		}
		await page.mouse.move(box.x + 30, box.y + box.height / 2);
		await page.locator('.monaco-hover').getByText(/Quoted in \d+ sources/).first().waitFor({ timeout });
	}],
	['the Problems panel lists articles that are not open', 'problems', async (page) => {
		await page.mouse.move(1, 1);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Control+Shift+M');
		await page.locator('.markers-panel').getByText('dailymail.txt').first().waitFor({ timeout });
	}],
	['the status bar opens the Claims view, by speaker', 'claims', async (page) => {
		await statusItem(page).click();
		await page.locator('.pane-body .monaco-list-row', { hasText: 'TikTok' }).first().waitFor({ timeout });
	}],
	['a code lens opens Compare Sources', 'compare', async (page) => {
		await page.locator('.codelens-decoration a', { hasText: /Quoted in \d+ sources/ }).first().click();
		await page.locator('.tabs-container .tab', { hasText: 'Compare Sources' }).waitFor({ timeout });
		await page.frameLocator('iframe.webview').frameLocator('iframe').getByText('nikkei.txt').first().waitFor({ timeout });
	}],
	['a quotation that differs from its primary source: the diagnostic and the passage in a hover', 'primary', async (page, url) => {
		// A clean, wider window (no panel, no other editor): the folder opened again.
		await page.setViewportSize({ width: 1600, height: 1000 });
		await page.goto(url);
		await page.locator('.explorer-folders-view').getByText('nikkei.txt').waitFor({ timeout: 60_000 });
		await statusItem(page).waitFor({ timeout });
		await page.keyboard.press('Control+P');
		await page.keyboard.type('primary/ledger.txt');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'ledger.txt' }).first().waitFor({ timeout });
		await page.keyboard.press('Enter');
		await page.locator('.monaco-editor .squiggly-info').first().waitFor({ timeout });
		await page.keyboard.press('F1');
		await page.keyboard.type('Close Editors in Other Groups');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Close Editors in Other Groups' }).first().waitFor({ timeout });
		await page.keyboard.press('Enter');
		if (await page.locator('.part.panel').isVisible()) {
			await page.keyboard.press('Control+J');
		}
		// The cursor into the mayor's post as quoted (line 11), then the keyboard's Show Hover.
		await page.keyboard.press('Control+G');
		await page.keyboard.type('11:70');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Control+K');
		await page.keyboard.press('Control+I');
		await page.locator('.monaco-hover').getByText(/Differs from the primary source/).first().waitFor({ timeout });
		await page.locator('.monaco-hover').getByText(/Primary source/).first().waitFor({ timeout });
	}],
];

/** Misquote's status bar item: the quotation count after a quote icon. */
function statusItem(page) {
	return page.locator('.statusbar-item', { has: page.locator('.codicon-quote') }).first();
}

rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
const workspace = createTestWorkspace();
let server;
let browser;
let passed = 0;
let failed = 0;
try {
	server = await startCodeServer({ install: [vsix] });
	browser = await launchChromium(server.dir);
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
	for (const [index, [title, shot, act]] of steps.entries()) {
		const started = Date.now();
		const file = path.join(shots, `${String(index + 1).padStart(2, '0')}-${shot}.png`);
		try {
			await act(page, server.url(workspace));
			await page.screenshot({ path: file });
			passed++;
			console.log(`✔ ${title} (${Date.now() - started} ms)`);
		} catch (error) {
			await page.screenshot({ path: file }).catch(() => {});
			failed++;
			console.log(`✘ ${title}: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
			break;
		}
	}
	console.log(`Screenshots: ${path.relative(root, shots)}/`);
} catch (error) {
	failed++;
	console.error(error instanceof Error ? error.message : error);
} finally {
	await browser?.close().catch(() => {});
	await server?.stop({ keep: failed > 0 });
	rmSync(workspace, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
