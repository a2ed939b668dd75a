import type winkNLP from 'wink-nlp';

/** The wink-nlp instance type (the value returned by `winkNLP(model)`). */
export type Nlp = ReturnType<typeof winkNLP>;
