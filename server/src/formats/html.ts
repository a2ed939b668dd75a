/**
 * Saved web pages: the article as a reader view finds it (Mozilla's Readability, the library
 * behind Firefox's Reader View, on a linkedom DOM), its headline and body paragraphs without
 * navigation, ads, "related stories", scripts, styles or share buttons, and where each of the
 * text's characters is in the HTML file.
 *
 * The page is parsed once, by htmlparser2 (the parser linkedom itself uses), into a linkedom
 * document built here so that every text node is known with its place in the file and every
 * element carries its number in an attribute. Readability moves nodes, renames elements and
 * may parse a copy of the page again; a text node it kept is found by identity, or else among
 * the text of the element it sits in (by that attribute), so positions survive all of that.
 */
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { isElement, isText, type DomDocument, type DomElement, type DomNode, type DomText } from './dom';
import { SourceMapBuilder } from './sourceMap';
import type { ArticleMeta, ReadResult } from './types';

/** The attribute that numbers the page's elements while Readability works on them. */
const ELEMENT_ID = 'data-misquote-element';

/** One piece of a text node: characters copied from `[start, end)`, or an entity there. */
interface Piece {
	text: string;
	start: number;
	end: number;
}

/** A text node of the page and where its pieces are in the file. */
interface SourceText {
	data: string;
	pieces: Piece[];
}

/** An element of the page: its place in the file and the text nodes inside it. */
interface SourceElement {
	name: string;
	start: number;
	end: number;
	/** `[firstText, endText)` of the page's text nodes lie inside it. */
	firstText: number;
	endText: number;
}

/** The page as parsed: the document, and where its nodes are in the file. */
interface Page {
	document: DomDocument;
	texts: SourceText[];
	textOf: WeakMap<DomNode, number>;
	elements: SourceElement[];
	/** Elements read as part of another (a figure's caption naming a block quote's speaker). */
	consumed: WeakSet<DomNode>;
}

/** Elements that belong in the head when they come before the body starts. */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'script', 'style', 'title', 'noscript', 'template']);

/** Elements whose text is never the article's. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea', 'input', 'canvas', 'video', 'audio', 'img', 'picture', 'source']);

/** Elements read as paragraphs of their own. */
const BLOCKS = new Set([
	'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
	'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
	'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Pull quotes repeat the story's own words in large type: a second copy, not a quotation. */
const PULL_QUOTE = /(?:^|[\s_-])pull-?quote(?:$|[\s_-])|pullquote/i;
/** A class or id word that names an ad slot (Readability leaves small ones inside a story). */
const AD_WORD = /^(?:ads?|adv|advert\w*|ad[-_]\w+|\w+[-_]ads?|adslot\w*|sponsor\w*|dfp[-_]?\w*|gpt[-_]ad\w*)$/i;
/** Marks the element that says who a block quote's words are (its footer, turned into a paragraph). */
const BYLINE = 'data-misquote-byline';

/** Fewer words than this is no story (a page of links, a sign-in form). */
const MIN_ARTICLE_WORDS = 8;

const QUOTE_MARK = /^["'“”‘’«»„‚‹›]/u;
const DASH = /^\s*(?:[—–―]|--?)/u;

/**
 * Reads a saved web page. Returns its article's text with a map back to the HTML, and the
 * page's title, site name, date and address; or, for a page with no article body, why not.
 * Never throws on a page, however broken.
 */
export function readHtml(source: string): ReadResult {
	const page = parsePage(source);
	const titles = headlineCandidates(page);
	for (const element of Array.from(page.document.querySelectorAll('[class], [id]'))) {
		const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
		if (PULL_QUOTE.test(names) || names.split(/\s+/).some((word) => AD_WORD.test(word))) {
			element.remove();
		}
	}
	keepBylines(page.document);
	const url = canonicalUrl(page.document);
	let article;
	try {
		article = new Readability<DomElement>(page.document as unknown as ConstructorParameters<typeof Readability>[0], {
			serializer: (node) => node as unknown as DomElement,
		}).parse();
	} catch {
		article = null;
	}
	if (!article?.content || !article.textContent?.trim()) {
		return { ok: false, reason: 'not an article: no article text found in the page' };
	}
	const reader = new TextReader(page);
	reader.element(article.content);
	const body = reader.finish();
	// Readability falls back to the longest text it saw: on a page of links and forms, a word
	// or two. A story has sentences.
	const words = body.reduce((n, p) => n + (p.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
	if (words < MIN_ARTICLE_WORDS) {
		return { ok: false, reason: 'not an article: no article text found in the page' };
	}
	const headline = article.title ? headlineOf(page, titles, article.title, reader.used) : undefined;
	const builder = new SourceMapBuilder();
	if (headline?.length) {
		for (const p of headline) {
			builder.add(p.text, p.start, p.end);
		}
		const end = headline[headline.length - 1].end;
		builder.add('\n\n', end, end);
	}
	// Piece by piece: a long page has more pieces than a call's arguments can hold.
	for (const p of body) {
		builder.add(p.text, p.start, p.end);
	}
	const { text, map } = builder.build();
	const meta: ArticleMeta = {};
	const set = (key: keyof ArticleMeta, value: string | null | undefined) => {
		const v = value?.replace(/\s+/g, ' ').trim();
		if (v) {
			meta[key] = v;
		}
	};
	set('title', article.title);
	set('outlet', article.siteName);
	set('date', article.publishedTime);
	set('url', url);
	return { ok: true, format: 'html', text, map, meta };
}

/** Parses the page into a linkedom document with html, head and body, recording positions. */
function parsePage(source: string): Page {
	const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as { document: DomDocument };
	const html = document.documentElement;
	const head = document.head;
	const body = document.body;
	const texts: SourceText[] = [];
	const textOf = new WeakMap<DomNode, number>();
	const elements: SourceElement[] = [];
	/** What each open tag became: an element of the page, or one of html, head and body. */
	const open: Array<{ node: DomElement; record?: SourceElement; parent: DomElement }> = [];
	let parent: DomElement = head;
	let inBody = false;
	let pending: SourceText | undefined;

	const flush = () => {
		if (!pending) {
			return;
		}
		const text = pending;
		pending = undefined;
		if (!inBody && !/\S/.test(text.data) && (parent === head || parent === html)) {
			return;
		}
		if (parent === head || parent === html) {
			enterBody();
		}
		const node = document.createTextNode(text.data);
		textOf.set(node, texts.length);
		texts.push(text);
		parent.appendChild(node);
	};
	const enterBody = () => {
		inBody = true;
		if (parent === head || parent === html) {
			parent = body;
		}
	};
	const copyAttributes = (to: DomElement, attributes: Record<string, string>) => {
		for (const [name, value] of Object.entries(attributes)) {
			try {
				to.setAttribute(name, value);
			} catch {
				// A name the DOM refuses (broken markup): the attribute is of no use to a reader.
			}
		}
	};

	const parser: Parser = new Parser(
		{
			onopentag(name, attributes) {
				flush();
				const tag = name.toLowerCase();
				if (tag === 'html' || tag === 'head' || tag === 'body') {
					const node = tag === 'html' ? html : tag === 'head' ? head : body;
					copyAttributes(node, attributes);
					open.push({ node, parent });
					if (tag === 'body') {
						enterBody();
						parent = body;
					} else if (tag === 'head' && !inBody) {
						parent = head;
					}
					return;
				}
				if ((parent === head && !HEAD_ELEMENTS.has(tag)) || parent === html) {
					if (parent === html && HEAD_ELEMENTS.has(tag) && !inBody) {
						parent = head;
					} else {
						enterBody();
					}
				}
				const element = document.createElement(tag);
				copyAttributes(element, attributes);
				const record: SourceElement = { name: tag, start: parser.startIndex, end: parser.endIndex + 1, firstText: texts.length, endText: texts.length };
				element.setAttribute(ELEMENT_ID, String(elements.length));
				elements.push(record);
				parent.appendChild(element);
				open.push({ node: element, record, parent });
				parent = element;
			},
			ontext(data) {
				const start = parser.startIndex;
				const end = parser.endIndex + 1;
				pending ??= { data: '', pieces: [] };
				pending.data += data;
				pending.pieces.push({ text: data, start, end });
			},
			oncomment(data) {
				flush();
				parent.appendChild(document.createComment(data));
			},
			onclosetag() {
				flush();
				const closed = open.pop();
				if (!closed) {
					return;
				}
				if (closed.record) {
					closed.record.end = Math.max(closed.record.end, parser.endIndex + 1);
					closed.record.endText = texts.length;
					parent = closed.parent;
				} else if (closed.node === head) {
					parent = inBody ? body : html;
				}
			},
		},
		{ lowerCaseAttributeNames: false, decodeEntities: true },
	);
	try {
		parser.write(source);
		parser.end();
	} catch {
		// htmlparser2 does not throw on markup; whatever was read so far is the page.
	}
	flush();
	return { document, texts, textOf, elements, consumed: new WeakSet() };
}

/**
 * A block quote's `<footer>` says whose words it holds, and Readability drops footers: each
 * becomes a paragraph (its attributes, its number among them, kept) marked as the byline.
 */
function keepBylines(document: DomDocument): void {
	for (const quote of Array.from(document.getElementsByTagName('blockquote'))) {
		for (const footer of Array.from(quote.childNodes).filter((k): k is DomElement => isElement(k) && k.localName === 'footer')) {
			const p = document.createElement('p');
			for (const { name, value } of Array.from(footer.attributes)) {
				p.setAttribute(name, value);
			}
			p.setAttribute(BYLINE, '');
			while (footer.childNodes.length) {
				p.appendChild(footer.childNodes[0]);
			}
			footer.replaceWith(p);
		}
	}
}

/** The page's address: its canonical link, else its `og:url`. */
function canonicalUrl(document: DomDocument): string | undefined {
	for (const link of Array.from(document.getElementsByTagName('link'))) {
		if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical') && link.getAttribute('href')) {
			return link.getAttribute('href')!;
		}
	}
	for (const meta of Array.from(document.getElementsByTagName('meta'))) {
		if ((meta.getAttribute('property') ?? meta.getAttribute('name')) === 'og:url' && meta.getAttribute('content')) {
			return meta.getAttribute('content')!;
		}
	}
	return undefined;
}

/** The page's headings and title, before Readability changes them: where a headline may be. */
function headlineCandidates(page: Page): Array<{ element: number; text: string }> {
	const found: Array<{ element: number; text: string }> = [];
	page.elements.forEach((e, i) => {
		if (e.name === 'h1' || e.name === 'h2' || e.name === 'title') {
			const text = squash(page.texts.slice(e.firstText, e.endText).map((t) => t.data).join(''));
			if (text) {
				found.push({ element: i, text });
			}
		}
	});
	return found;
}

/**
 * The headline as the article's first paragraph: the heading (or else the `<title>`) that
 * holds Readability's title, read from the file. Undefined when no such text is in the page's
 * text (a title taken from a meta tag), or when the article's body already has it.
 */
function headlineOf(page: Page, candidates: ReadonlyArray<{ element: number; text: string }>, title: string, used: ReadonlySet<number>): Piece[] | undefined {
	const wanted = squash(title);
	if (!wanted) {
		return undefined;
	}
	const rank = (c: { element: number; text: string }) => {
		const name = page.elements[c.element].name;
		const exact = c.text === wanted ? 0 : c.text.includes(wanted) ? 1 : 2;
		return exact * 3 + (name === 'h1' ? 0 : name === 'h2' ? 1 : 2);
	};
	const best = candidates.filter((c) => c.text.includes(wanted)).sort((a, b) => rank(a) - rank(b))[0];
	if (!best) {
		return undefined;
	}
	const element = page.elements[best.element];
	for (let t = element.firstText; t < element.endText; t++) {
		if (used.has(t)) {
			return undefined;
		}
	}
	const reader = new TextReader(page);
	for (let t = element.firstText; t < element.endText; t++) {
		reader.text(page.texts[t], t);
	}
	const pieces = reader.finish();
	if (best.text === wanted || page.elements[best.element].name !== 'title') {
		return pieces;
	}
	// A <title> with the site's name around the headline: only the headline's characters.
	return cut(pieces, best.text.indexOf(wanted), wanted.length);
}

/** The characters `[from, from + length)` of the text the pieces make. */
function cut(pieces: readonly Piece[], from: number, length: number): Piece[] {
	const out: Piece[] = [];
	let at = 0;
	for (const p of pieces) {
		const lo = Math.max(from, at);
		const hi = Math.min(from + length, at + p.text.length);
		if (hi > lo) {
			const copied = p.end - p.start === p.text.length;
			out.push(copied ? { text: p.text.slice(lo - at, hi - at), start: p.start + lo - at, end: p.start + hi - at } : { text: p.text.slice(lo - at, hi - at), start: p.start, end: p.end });
		}
		at += p.text.length;
	}
	return out;
}

function squash(text: string): string {
	return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Whitespace as HTML collapses it (not the no-break space, which a page means to keep). */
const SPACE = /[ \t\n\r\f]/;

/**
 * Reads the article's DOM into pieces of text with their place in the file: spaces collapsed
 * as a browser shows them, block elements as paragraphs ("\n\n" between them), `<br>` as a
 * line break, and a block quote the page attributes (a `<cite>`, `<footer>` or caption, or a
 * tweet's "— Name (@handle)") as that speaker's words in quotation marks, followed by who.
 * Pieces whose text is only whitespace are these breaks; every other piece is the file's.
 */
class TextReader {
	private pieces: Piece[] = [];
	/** A break owed before the next character: '' none, ' ', '\n' or '\n\n'. */
	private owed = '';
	/** For an owed space: the file's whitespace it stands for. */
	private owedStart = 0;
	private owedEnd = 0;
	/** Where the last character added ends in the file. */
	lastEnd = 0;
	/** The page's text nodes read so far (their numbers). */
	readonly used: Set<number>;
	/** How far the search for text nodes Readability made anew has come. */
	private cursor = 0;

	constructor(
		private readonly page: Page,
		used?: Set<number>,
	) {
		this.used = used ?? new Set();
	}

	/** The pieces read, the owed break at the end dropped. */
	finish(): Piece[] {
		const out = this.pieces;
		this.pieces = [];
		this.owed = '';
		return out;
	}

	element(node: DomElement): void {
		const tag = node.localName.toLowerCase();
		if (SKIPPED.has(tag) || this.page.consumed.has(node)) {
			return;
		}
		if (tag === 'br') {
			this.owe('\n');
			return;
		}
		const block = BLOCKS.has(tag);
		if (block) {
			this.owe('\n\n');
		}
		if (tag === 'blockquote' && this.attributedQuote(node)) {
			this.owe('\n\n');
			return;
		}
		this.children(node);
		if (block) {
			this.owe('\n\n');
		}
	}

	children(node: DomNode): void {
		for (const child of Array.from(node.childNodes)) {
			if (isElement(child)) {
				this.element(child);
			} else if (isText(child)) {
				this.node(child);
			}
		}
	}

	node(node: DomText): void {
		const index = this.find(node);
		if (index === undefined) {
			// Text the page did not have as such cannot be placed: it is read at the last place.
			this.text({ data: node.data, pieces: [{ text: node.data, start: this.lastEnd, end: this.lastEnd }] }, -1);
			return;
		}
		this.text(this.page.texts[index], index);
	}

	/** Adds a text node's characters, collapsing runs of whitespace into one space. */
	text(source: SourceText, index: number): void {
		if (index >= 0) {
			this.used.add(index);
		}
		for (const piece of source.pieces) {
			const t = piece.text;
			if (piece.end - piece.start !== t.length) {
				// An entity (or text placed at one point): it stands for its stretch as a whole.
				if (/^[ \t\n\r\f]+$/.test(t)) {
					this.owe(' ', piece.start, piece.end);
				} else {
					this.put(t, piece.start, piece.end);
				}
				continue;
			}
			let i = 0;
			while (i < t.length) {
				if (SPACE.test(t[i])) {
					this.owe(' ', piece.start + i, piece.start + i + 1);
					i++;
					continue;
				}
				let j = i + 1;
				while (j < t.length && !SPACE.test(t[j])) {
					j++;
				}
				this.put(t.slice(i, j), piece.start + i, piece.start + j);
				i = j;
			}
		}
	}

	/** Adds a piece another reader read: a break is owed again, text put. */
	replay(p: Piece): void {
		if (/^\s+$/.test(p.text)) {
			this.owe(p.text === ' ' ? ' ' : p.text, p.start, p.end);
		} else {
			this.put(p.text, p.start, p.end);
		}
	}

	/** Owes a break before the next character; the strongest owed wins, and two `<br>` make a paragraph. */
	private owe(kind: string, start = this.lastEnd, end = start): void {
		const strength = (k: string) => (k === '\n\n' ? 3 : k === '\n' ? 2 : k === ' ' ? 1 : 0);
		if (kind === '\n' && this.owed === '\n') {
			this.owed = '\n\n';
		} else if (strength(kind) > strength(this.owed)) {
			this.owed = kind;
			this.owedStart = kind === ' ' ? start : this.lastEnd;
			this.owedEnd = kind === ' ' ? end : this.lastEnd;
		}
	}

	/** Adds characters of the file (or marks placed at one point), after any break owed. */
	put(text: string, start: number, end: number): void {
		if (this.owed && this.pieces.length) {
			this.pieces.push({ text: this.owed, start: this.owedStart, end: this.owedEnd });
		}
		this.owed = '';
		this.pieces.push({ text, start, end });
		this.lastEnd = end;
	}

	/**
	 * A block quote the page attributes: its paragraphs as one quotation (marks added unless
	 * the page has them), then "— who". False, with nothing read, when it is not attributed.
	 */
	private attributedQuote(node: DomElement): boolean {
		const kids = Array.from(node.childNodes);
		let byline: DomNode[] = [];
		const footer = kids.findIndex((k) => isElement(k) && (k.localName === 'footer' || k.localName === 'cite' || k.getAttribute(BYLINE) !== null));
		if (footer >= 0) {
			byline = kids.splice(footer, 1);
		} else {
			// A tweet: "— Name (@handle) date" after its last paragraph.
			const lastBlock = kids.map((k) => isElement(k) && BLOCKS.has(k.localName)).lastIndexOf(true);
			const trailing = kids.slice(lastBlock + 1);
			const said = trailing.map((k) => (isText(k) ? k.data : isElement(k) ? (k.textContent ?? '') : '')).join('');
			if (lastBlock >= 0 && DASH.test(said) && /\p{L}/u.test(said)) {
				byline = kids.splice(lastBlock + 1);
			} else {
				const caption = captionOf(node);
				if (caption) {
					byline = [caption];
				}
			}
		}
		if (!byline.length) {
			return false;
		}
		const used = new Set(this.used);
		const quote = new TextReader(this.page, used);
		quote.lastEnd = this.lastEnd;
		for (const k of kids) {
			if (isElement(k)) {
				quote.element(k);
			} else if (isText(k)) {
				quote.node(k);
			}
		}
		const words = quote.finish();
		const who = new TextReader(this.page, used);
		who.lastEnd = quote.lastEnd;
		for (const k of byline) {
			if (isElement(k)) {
				who.children(k);
			} else if (isText(k)) {
				who.node(k);
			}
		}
		const by = who.finish();
		if (!words.some((p) => /\S/.test(p.text)) || !by.some((p) => /\p{L}/u.test(p.text))) {
			return false;
		}
		used.forEach((u) => this.used.add(u));
		for (const k of byline) {
			if (isElement(k)) {
				this.page.consumed.add(k);
			}
		}
		const marked = QUOTE_MARK.test(words[0].text);
		// Each paragraph of a quotation opens with a mark; only the last one closes.
		const paragraphs: Piece[][] = [[]];
		for (const p of words) {
			if (p.text === '\n\n') {
				paragraphs.push([]);
			} else {
				paragraphs[paragraphs.length - 1].push(p);
			}
		}
		const kept = paragraphs.filter((p) => p.some((x) => /\S/.test(x.text)));
		kept.forEach((paragraph, i) => {
			this.owe('\n\n');
			if (!marked) {
				this.put('“', paragraph[0].start, paragraph[0].start);
			}
			paragraph.forEach((p) => this.replay(p));
			if (i === kept.length - 1 && !marked) {
				this.put('”', this.lastEnd, this.lastEnd);
			}
		});
		this.owe(' ', this.lastEnd, this.lastEnd);
		if (!DASH.test(by[0].text)) {
			this.put('—', by[0].start, by[0].start);
			this.owe(' ', by[0].start, by[0].start);
		}
		// Who said it stays in the quotation's paragraph.
		for (const p of by) {
			this.replay(/^\s+$/.test(p.text) ? { text: ' ', start: p.start, end: p.end } : p);
		}
		return true;
	}

	/** The element's place in the file, by the number it carries. */
	private sourceOf(node: DomElement): SourceElement | undefined {
		const id = node.getAttribute(ELEMENT_ID);
		return id === null ? undefined : this.page.elements[Number(id)];
	}

	/**
	 * The page's text node this one is: itself, or (after Readability parsed a copy of the page)
	 * the next unread one with the same text inside the nearest numbered element around it,
	 * else anywhere after the last one found.
	 */
	private find(node: DomText): number | undefined {
		const known = this.page.textOf.get(node);
		if (known !== undefined) {
			return known;
		}
		const texts = this.page.texts;
		const search = (lo: number, hi: number) => {
			for (let t = lo; t < hi; t++) {
				if (!this.used.has(t) && texts[t].data === node.data) {
					this.cursor = t + 1;
					return t;
				}
			}
			return undefined;
		};
		for (let up = node.parentNode; up; up = up.parentNode) {
			const element = isElement(up) ? this.sourceOf(up) : undefined;
			if (element) {
				const from = Math.min(Math.max(this.cursor, element.firstText), element.endText);
				return search(from, element.endText) ?? search(element.firstText, from);
			}
		}
		return search(this.cursor, texts.length) ?? search(0, this.cursor);
	}
}

/** The caption of a `<figure>` that holds the block quote and nothing else of note. */
function captionOf(node: DomElement): DomElement | undefined {
	const figure = node.parentNode;
	if (!figure || !isElement(figure) || figure.localName !== 'figure') {
		return undefined;
	}
	return Array.from(figure.childNodes).find((k): k is DomElement => isElement(k) && k.localName === 'figcaption');
}
