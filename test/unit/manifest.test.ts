/**
 * package.json is the one source of the extension's commands and settings; the README's tables
 * must list every one of them, with the same titles and defaults.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../helpers/fixtures';

const root = join(fixturesDir, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('every command of the palette is in the README, by its palette title', () => {
	const hidden = new Set(
		(manifest.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command),
	);
	for (const command of manifest.contributes.commands as Array<{ command: string; title: string; category: string }>) {
		if (hidden.has(command.command)) {
			continue;
		}
		assert.ok(readme.includes(`| **${command.category}: ${command.title}** |`), `${command.title} is missing from the README`);
	}
});

test('every setting is in the README, with its default', () => {
	for (const section of manifest.contributes.configuration as Array<{ properties: Record<string, { default: unknown }> }>) {
		for (const [key, schema] of Object.entries(section.properties)) {
			const row = readme.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
			assert.ok(row, `${key} is missing from the README`);
			const cell = Array.isArray(schema.default) ? (schema.default.length ? schema.default.map((d) => `\`${d}\``).join(', ') : '(none)') : `\`${String(schema.default)}\``;
			assert.ok(row.includes(`| ${cell} |`), `${key}: the README's default differs from ${cell}`);
		}
	}
});
