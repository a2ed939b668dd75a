/**
 * Settings are declared once, in server/src/settings.ts; package.json contributes exactly
 * those, and reading a client's values falls back to the defaults for anything malformed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contributedConfiguration, defaultSettings, toSettings } from '../../server/src/settings';
import { fixturesDir } from '../helpers/fixtures';

const manifest = JSON.parse(readFileSync(join(fixturesDir, '..', '..', 'package.json'), 'utf8'));

test('package.json contributes exactly the settings declared in settings.ts', () => {
	assert.deepEqual(
		manifest.contributes.configuration,
		[contributedConfiguration()],
		'package.json is out of step with server/src/settings.ts: copy contributedConfiguration() into contributes.configuration',
	);
});

test('every setting key is prefixed and has a description; enums describe each value', () => {
	for (const [key, spec] of Object.entries(contributedConfiguration().properties)) {
		assert.match(key, /^misquote\./);
		assert.ok(spec.markdownDescription.length > 20, key);
		if (spec.enum) {
			assert.equal(spec.markdownEnumDescriptions?.length, spec.enum.length, key);
		}
	}
});

test('values from the client are checked: wrong types and out-of-range numbers fall back', () => {
	const s = toSettings({
		include: ['**/*.txt'],
		exclude: 'not a list',
		severity: { wording: 'error', speaker: 'loud' },
		minimumWords: 500,
		updateDelay: 'soon',
		joinFolders: true,
	});
	assert.deepEqual(s.include, ['**/*.txt']);
	assert.deepEqual(s.exclude, defaultSettings().exclude);
	assert.equal(s.severity.wording, 'error');
	assert.equal(s.severity.speaker, defaultSettings().severity.speaker);
	assert.equal(s.minimumWords, 50);
	assert.equal(s.updateDelay, defaultSettings().updateDelay);
	assert.equal(s.joinFolders, true);
	assert.deepEqual(toSettings(null), defaultSettings());
});
