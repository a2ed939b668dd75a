/**
 * The cross-source index: groups quotations of many articles into statements, incrementally.
 */
import type { IndexChange, IndexedDocument, QuoteGroup } from './types';

export * from './types';

export interface CorpusIndex {
	/** Adds an article or replaces its previous version; returns the documents whose groups changed. */
	update(document: IndexedDocument): IndexChange;
	/** Removes an article; returns the documents whose groups changed. Unknown ids change nothing. */
	remove(id: string): IndexChange;
	/** Every group of two or more versions, ordered by its first member's document and offset. */
	groups(): QuoteGroup[];
	/** The groups that have a member in `documentId`. */
	groupsOf(documentId: string): QuoteGroup[];
	/** The group of one quote, or undefined when it stands alone. */
	groupOf(documentId: string, quoteId: string): QuoteGroup | undefined;
	/** The ids of the indexed documents. */
	documents(): string[];
}

export function createCorpusIndex(): CorpusIndex {
	throw new Error('not implemented yet');
}
