// The folder the integration tests open: a fresh copy of the seed articles, and in pages/ a
// saved web page and a Markdown article of another story, in primary/ primary sources (a
// release, tweets, a transcript, captions) and the articles that quote them, so edits and setting changes made
// by a test never touch the repository, with every setting the tests depend on pinned in its
// .vscode/settings.json.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

/** Misquote's settings as the tests expect them, whatever the defaults become. */
const settings = {
	'misquote.include': ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm', '**/*.article', '**/*.vtt', '**/*.srt'],
	'misquote.exclude': ['**/node_modules/**', '**/.git/**'],
	'misquote.primarySources': [],
	'misquote.severity.typography': 'off',
	'misquote.severity.punctuation': 'hint',
	'misquote.severity.truncation': 'information',
	'misquote.severity.elision': 'information',
	'misquote.severity.wording': 'warning',
	'misquote.severity.speaker': 'warning',
	'misquote.minimumWords': 3,
	'misquote.updateDelay': 50,
	'misquote.joinFolders': false,
	'misquote.trace.server': 'off',
	// No Welcome page, chat or walkthrough opening beside the tests.
	'workbench.startupEditor': 'none',
	'chat.disableAIFeatures': true,
};

/** Creates the workspace in a new temporary folder and returns its path. */
export function createTestWorkspace() {
	const folder = mkdtempSync(path.join(tmpdir(), 'misquote-workspace-'));
	cpSync(path.join(root, 'test', 'fixtures', 'seeds'), folder, { recursive: true });
	cpSync(path.join(root, 'test', 'fixtures', 'formats', 'workspace'), path.join(folder, 'pages'), { recursive: true });
	cpSync(path.join(root, 'test', 'fixtures', 'primary'), path.join(folder, 'primary'), { recursive: true });
	// The folder's .misquote.json is at its root: the primary fixtures' entries, one folder down.
	const primary = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'primary', '.misquote.json'), 'utf8'));
	primary.primarySources = primary.primarySources.map((e) => (typeof e === 'string' ? `primary/${e}` : { ...e, path: `primary/${e.path}` }));
	writeFileSync(path.join(folder, '.misquote.json'), `${JSON.stringify(primary, null, '\t')}\n`);
	mkdirSync(path.join(folder, '.vscode'));
	writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify(settings, null, '\t')}\n`);
	return folder;
}
