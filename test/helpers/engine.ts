import { createEngine, type Engine, type Quote } from '../../server/src/engine';
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
