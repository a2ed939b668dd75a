import assert from 'node:assert/strict';
import { createEngine, type Engine, type Quote, type Speaker } from '../../server/src/engine';
import { createNlp } from '../../server/src/nlp';

let shared: Engine | undefined;

/** One engine (and one wink-nlp model) for every test file in the process. */
export function engine(): Engine {
	shared ??= createEngine({ nlp: createNlp() });
	return shared;
}

/** The quotes of `text`, in document order. */
export function quotesOf(text: string): Quote[] {
	return engine().extract(text).quotes;
}

/** Joins lines with `\n`, so fixtures read like the article they stand for. */
export function joinLines(...lines: string[]): string {
	return lines.join('\n');
}

/** The one quote whose text contains `words`; fails when there is none or several. */
export function quoteWith(quotes: Quote[], words: string): Quote {
	const found = quotes.filter((q) => q.text.includes(words));
	assert.equal(found.length, 1, `expected one quote containing “${words}”, got: ${JSON.stringify(quotes.map((q) => q.text))}`);
	return found[0];
}

/** The only quote of `text`; fails when there is none or several. */
export function onlyQuote(text: string): Quote {
	const quotes = quotesOf(text);
	assert.equal(quotes.length, 1, `quotes: ${JSON.stringify(quotes.map((q) => q.text))}`);
	return quotes[0];
}

/** The speaker of `q`; fails when it has none. */
export function speakerOf(q: Quote): Speaker {
	assert.ok(q.speaker, `no speaker for “${q.text}”`);
	return q.speaker;
}
