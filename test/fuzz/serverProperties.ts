/**
 * The language server under random use, as a fast-check property: documents opened, edited
 * (edits that split a surrogate pair, ranges past the end, versions out of order) and closed,
 * requests at random positions, garbage parameters for every request, files created, changed
 * and deleted on disk with and without events, events for files that do not exist. The server
 * answers every request (a well-formed one with a result, a malformed one with InvalidParams,
 * never an internal error), stays up, and every diagnostic it publishes for an open document
 * lies inside the text of the version it names.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts } from '../../server/src/convert';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol/node';
import { articleText, piece } from './arbitraries';
import type { LspSession } from '../helpers/lsp';

const INVALID_PARAMS = -32602;

type Op =
	| { op: 'open'; file: number; text: string }
	| { op: 'change'; file: number; edits: Array<{ from: number; to: number; text: string; pastEnd: boolean }>; whole?: string; version: 'next' | 'same' | 'older' }
	| { op: 'close'; file: number }
	| { op: 'request'; method: string; file: number; at: number; to: number }
	| { op: 'garbage'; method: string; params: unknown }
	| { op: 'disk'; file: number; text: string | null; event: boolean };

const FILES = 4;
const REQUESTS = ['textDocument/hover', 'textDocument/references', 'textDocument/codeAction', 'textDocument/codeLens', 'textDocument/documentSymbol', 'misquote/compare', 'misquote/claims', 'misquote/report', 'workspace/symbol'];
const GARBAGE_TARGETS = [...REQUESTS, 'misquote/compare', 'misquote/claims', 'misquote/report'];

const edit = fc.record({
	from: fc.nat(),
	to: fc.nat({ max: 60 }),
	text: fc.oneof(piece, fc.constant(''), fc.constantFrom('\ud83d', '\ude00', '😀', '\r', '\n\n', '“', '”')),
	pastEnd: fc.boolean(),
});

const op: fc.Arbitrary<Op> = fc.oneof(
	{ arbitrary: fc.record({ op: fc.constant('open' as const), file: fc.nat({ max: FILES - 1 }), text: articleText }), weight: 2 },
	{
		arbitrary: fc.record({
			op: fc.constant('change' as const),
			file: fc.nat({ max: FILES - 1 }),
			edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
			whole: fc.option(articleText, { nil: undefined, freq: 8 }),
			version: fc.constantFrom('next' as const, 'next' as const, 'next' as const, 'same' as const, 'older' as const),
		}),
		weight: 5,
	},
	{ arbitrary: fc.record({ op: fc.constant('close' as const), file: fc.nat({ max: FILES - 1 }) }), weight: 1 },
	{ arbitrary: fc.record({ op: fc.constant('request' as const), method: fc.constantFrom(...REQUESTS), file: fc.nat({ max: FILES - 1 }), at: fc.nat(), to: fc.nat() }), weight: 4 },
	{ arbitrary: fc.record({ op: fc.constant('garbage' as const), method: fc.constantFrom(...GARBAGE_TARGETS), params: fc.anything({ maxDepth: 2 }) }), weight: 2 },
	{ arbitrary: fc.record({ op: fc.constant('disk' as const), file: fc.nat({ max: FILES - 1 }), text: fc.option(articleText, { nil: null }), event: fc.boolean() }), weight: 2 },
);

/** A sequence of things an editor and a file system do to the server. */
export const serverOps = fc.array(op, { minLength: 1, maxLength: 25 });

/** Whether `range` lies inside `text` (lines end at CRLF, CR or LF, characters count UTF-16 units). */
export function rangeInside(text: string, range: Range): boolean {
	const starts = lineStarts(text);
	const inside = (p: Range['start']) => {
		if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0 || p.line >= starts.length) {
			return false;
		}
		const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
		const content = text.slice(starts[p.line], lineEnd).replace(/\r?\n$|\r$/, '');
		return p.character <= content.length;
	};
	const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
	return inside(range.start) && inside(range.end) && before;
}

/**
 * Runs `ops` against `session` (its folder is `root`), names its files `run<n>-<i>.txt`, and
 * checks every answer and every publication for the documents it opened. Closes what it opened.
 */
export async function runServerOps(session: LspSession, root: string, run: number, ops: readonly Op[]): Promise<void> {
	const name = (i: number) => `run${run}-${i}.txt`;
	const open = new Map<number, { doc: TextDocument; version: number }>();
	/** Every text each open document had, by version. */
	const texts = new Map<string, Array<{ version: number; text: string }>>();
	const firstPublication = session.publications.length;
	const answer = async (method: string, params: unknown) => {
		try {
			await session.request(method, params, 30_000);
		} catch (error) {
			const code = (error as { code?: number }).code;
			assert.equal(code, INVALID_PARAMS, `${method} ${JSON.stringify(params)?.slice(0, 200)}: ${(error as Error).message}`);
		}
	};
	for (const o of ops) {
		const file = name('file' in o ? o.file : 0);
		const uri = session.uri(file);
		switch (o.op) {
			case 'open': {
				if (open.has(o.file)) {
					break;
				}
				const doc = TextDocument.create(uri, 'plaintext', 1, o.text);
				open.set(o.file, { doc, version: 1 });
				// A document opened again starts at version 1 again: every text it had stays a candidate.
				texts.set(uri, [...(texts.get(uri) ?? []), { version: 1, text: o.text }]);
				await session.open(file, o.text);
				break;
			}
			case 'change': {
				const state = open.get(o.file);
				if (!state) {
					break;
				}
				const text = state.doc.getText();
				const changes = o.whole !== undefined
					? [{ text: o.whole }]
					: o.edits.map((e) => {
							const from = e.from % (text.length + 1);
							const start = state.doc.positionAt(from);
							const end = e.pastEnd ? { line: start.line + 1000, character: 10_000 } : state.doc.positionAt(Math.min(text.length, from + e.to));
							return { range: { start, end }, text: e.text };
						});
				const version = o.version === 'next' ? state.version + 1 : o.version === 'same' ? state.version : Math.max(0, state.version - 3);
				state.doc = TextDocument.update(state.doc, changes, version);
				state.version = Math.max(state.version, version);
				texts.get(uri)!.push({ version, text: state.doc.getText() });
				await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
				break;
			}
			case 'close':
				if (open.delete(o.file)) {
					await session.close(file);
				}
				break;
			case 'request': {
				const state = open.get(o.file);
				const text = state?.doc.getText() ?? '';
				const at = state ? state.doc.positionAt(o.at % (text.length + 1)) : { line: o.at % 50, character: o.to % 80 };
				const to = state ? state.doc.positionAt(Math.max(o.at % (text.length + 1), o.to % (text.length + 1))) : at;
				const textDocument = { uri };
				const params: Record<string, unknown> = {
					'textDocument/hover': { textDocument, position: at },
					'textDocument/references': { textDocument, position: at, context: { includeDeclaration: true } },
					'textDocument/codeAction': { textDocument, range: { start: at, end: to }, context: { diagnostics: [] } },
					'textDocument/codeLens': { textDocument },
					'textDocument/documentSymbol': { textDocument },
					'misquote/compare': { uri, position: at },
					'misquote/claims': { onlyDiffering: o.at % 2 === 0 },
					'misquote/report': { format: o.at % 2 ? 'json' : 'markdown' },
					'workspace/symbol': { query: text.slice(o.at % (text.length + 1), (o.at % (text.length + 1)) + 3) },
				};
				// A well-formed request always gets a result.
				await session.request(o.method, params[o.method], 30_000);
				break;
			}
			case 'garbage':
				await answer(o.method, o.params);
				break;
			case 'disk': {
				const path = join(root, file);
				if (o.text === null) {
					rmSync(path, { force: true });
				} else {
					writeFileSync(path, o.text);
				}
				if (o.event) {
					await session.fileEvent(file, o.text === null ? 'deleted' : 'changed');
				}
				break;
			}
		}
	}
	// Every open document answers once its last edit is read.
	for (const [i] of open) {
		await session.request('textDocument/documentSymbol', { textDocument: { uri: session.uri(name(i)) } }, 60_000);
	}
	assert.ok(session.alive, 'the server exited');
	for (const p of session.publications.slice(firstPublication)) {
		const versions = texts.get(p.uri);
		if (!versions || p.version === undefined) {
			continue;
		}
		const candidates = versions.filter((v) => v.version === p.version);
		assert.ok(candidates.length > 0, `diagnostics for ${p.uri} name version ${p.version}, which was never sent`);
		for (const d of p.diagnostics as Diagnostic[]) {
			assert.ok(
				candidates.some((v) => rangeInside(v.text, d.range)),
				`a diagnostic of ${p.uri} version ${p.version} at ${JSON.stringify(d.range)} lies outside its text`,
			);
		}
	}
	for (const [i] of open) {
		await session.close(name(i));
	}
	for (let i = 0; i < FILES; i++) {
		rmSync(join(root, name(i)), { force: true });
		await session.fileEvent(name(i), 'deleted');
	}
}
