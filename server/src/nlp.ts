import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Nlp } from './engine/nlp';

/**
 * Builds wink-nlp with its English model. Costly (~100 ms): call once per process.
 * The engine reads tokens and parts of speech only, so the pipeline runs the tagger and
 * nothing else (no sentence splitting, entities, negation or sentiment): the same tags,
 * in half the time of the default pipeline.
 */
export function createNlp(): Nlp {
	return winkNLP(model, ['pos']);
}
