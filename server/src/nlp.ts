import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Nlp } from './engine/nlp';

/** Builds wink-nlp with its English model. Costly (~100 ms): call once per process. */
export function createNlp(): Nlp {
	return winkNLP(model);
}
