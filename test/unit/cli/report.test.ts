import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeReport, type Report } from '../../../server/src/report';

/** What writeReport writes, joined as the command line prints it (a newline after each call). */
async function written(report: Report): Promise<string> {
	let out = '';
	await writeReport((text) => void (out += text + '\n'), report.documents, report.groups);
	return out;
}

const quote = {
	id: 'q1',
	text: 'We will “never” stop,\nnot now.',
	start: 10,
	end: 42,
	line: 1,
	character: 3,
	speaker: 'Ana Ortiz',
	speakerText: 'Ortiz',
	cue: 'said',
	kind: 'speech' as const,
	partial: false,
	speakerInferred: false,
	group: 'g1',
	groups: ['g1'],
	segments: [{ start: 10, end: 42 }],
	marks: [],
};

test('a report written piece by piece is byte for byte JSON.stringify(report, null, 2)', async () => {
	const reports: Report[] = [
		{ version: 1, documents: [], groups: [] },
		{ version: 1, documents: [{ path: 'a.txt', quotes: [] }], groups: [] },
		{
			version: 1,
			documents: [
				{ path: 'a.txt', quotes: [quote] },
				{ path: 'b "two".txt', quotes: [{ ...quote, id: 'q2', groups: [] }] },
			],
			groups: [
				{
					id: 'g1',
					speaker: null,
					canonical: 'q1',
					canonicalPath: 'a.txt',
					text: 'We will never stop.',
					kind: 'wording',
					severity: 'warning',
					members: [],
				},
			],
		} as unknown as Report,
	];
	for (const report of reports) {
		assert.equal(await written(report), JSON.stringify(report, null, 2) + '\n');
	}
});

test('the writer is called once per document and group, and may wait between them', async () => {
	const calls: string[] = [];
	const documents = Array.from({ length: 3 }, (_v, i) => ({ path: `${i}.txt`, quotes: [] }));
	await writeReport(
		async (text) => {
			calls.push(text);
			await new Promise((resolve) => setImmediate(resolve));
		},
		documents as unknown as Report['documents'],
		[],
	);
	// The opening lines, the array's opening, three documents, its close, the empty groups, the end.
	assert.equal(calls.length, 8);
	assert.ok(calls.slice(2, 5).every((c, i) => c.includes(`"${i}.txt"`)));
});
