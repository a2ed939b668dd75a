/**
 * Markdown articles: the words as a reader sees them once rendered, read with micromark's
 * mdast parser and its positions. Front matter (`---` YAML) is metadata; headings, paragraphs,
 * list items and `>` block quotes are paragraphs; links read as their words, emphasis and code
 * marks are not words; code blocks, raw HTML and images are left out.
 */
import { decodeHTMLStrict } from 'entities';
import type { Nodes, Parents, Root, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { isScalar, parseDocument } from 'yaml';
import { SourceMapBuilder } from './sourceMap';
import type { ArticleMeta, ReadResult } from './types';

/** Front-matter keys for each piece of metadata, in order of preference. */
const META_KEYS: Record<keyof ArticleMeta, string[]> = {
	title: ['title', 'headline'],
	outlet: ['outlet', 'source', 'publication', 'publisher', 'site'],
	date: ['date', 'published', 'publishedAt', 'published_at'],
	url: ['url', 'link', 'canonical_url', 'canonicalUrl'],
};

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Reads a Markdown article: its text with a map back to the file, and its front matter's
 * title, outlet, date and address. The front matter's title is the article's headline when
 * the body has no top-level heading. Never throws on text.
 */
export function readMarkdown(source: string): ReadResult {
	let tree: Root;
	try {
		tree = fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
	} catch {
		// micromark reads any string; should it fail, the file is still plain text.
		return { ok: false, reason: 'not readable as Markdown' };
	}
	const reader = new Reader(source);
	const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
	const front = yaml ? frontMatter(source, yaml) : { meta: {} };
	const hasHeadline = tree.children.some((n) => n.type === 'heading' && n.depth === 1);
	if (front.title && !hasHeadline) {
		reader.paragraph(() => reader.aligned(front.title!.value, front.title!.start, front.title!.end));
	}
	reader.blocks(tree);
	const { text, map } = reader.builder.build();
	return { ok: true, format: 'markdown', text, map, meta: front.meta };
}

/** The front matter's metadata, and where the title's characters are in the file. */
function frontMatter(source: string, node: Yaml): { meta: ArticleMeta; title?: { value: string; start: number; end: number } } {
	const meta: ArticleMeta = {};
	const fence = node.position?.start.offset ?? 0;
	const lineEnd = source.indexOf('\n', fence);
	const base = lineEnd + 1;
	// The YAML as the parser gave it must be the file's, for its positions to be the file's.
	const placed = lineEnd >= 0 && source.startsWith(node.value, base);
	let title: { value: string; start: number; end: number } | undefined;
	try {
		const doc = parseDocument(node.value, { prettyErrors: false });
		if (doc.errors.length || !doc.contents) {
			return { meta };
		}
		for (const [field, keys] of Object.entries(META_KEYS) as Array<[keyof ArticleMeta, string[]]>) {
			for (const key of keys) {
				const value = doc.get(key, true);
				if (!isScalar(value) || value.value === null || value.value === undefined || typeof value.value === 'object') {
					continue;
				}
				const text = String(value.value).replace(/\s+/g, ' ').trim();
				if (!text) {
					continue;
				}
				if (field === 'outlet' && /^https?:\/\//.test(text)) {
					meta.url ??= text;
					continue;
				}
				meta[field] ??= text;
				if (field === 'title' && placed && value.range && typeof value.value === 'string' && !title) {
					title = { value: value.value, start: base + value.range[0], end: base + value.range[1] };
				}
				break;
			}
		}
	} catch {
		// Front matter that is not YAML is no metadata; the article is still read.
	}
	return { meta, title };
}

/** Walks the tree, adding its words to a text with their place in the file. */
class Reader {
	readonly builder = new SourceMapBuilder();
	/** A paragraph break is owed before the next word. */
	private owed = false;

	constructor(private readonly source: string) {}

	/** Reads `read` as one paragraph. */
	paragraph(read: () => void): void {
		this.owed = true;
		read();
		this.owed = true;
	}

	blocks(node: Parents): void {
		for (const child of node.children) {
			this.block(child);
		}
	}

	private block(node: Nodes): void {
		switch (node.type) {
			case 'heading':
			case 'paragraph':
				this.paragraph(() => this.inline(node));
				return;
			case 'blockquote':
			case 'list':
			case 'listItem':
			case 'root':
				this.blocks(node);
				return;
			default:
				// Code blocks, raw HTML, rules, definitions, front matter: not the article's words.
				return;
		}
	}

	private inline(node: Parents): void {
		for (const child of node.children) {
			switch (child.type) {
				case 'text':
				case 'inlineCode':
					if (child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
						this.aligned(child.value, child.position.start.offset, child.position.end.offset);
					}
					break;
				case 'break': {
					const at = child.position?.start.offset ?? 0;
					this.put('\n', at, at);
					break;
				}
				case 'emphasis':
				case 'strong':
				case 'delete':
				case 'link':
				case 'linkReference':
					this.inline(child);
					break;
				default:
					// Images, raw HTML, footnote references: no words of the article.
					break;
			}
		}
	}

	/** Adds characters, after the paragraph break owed if any. */
	private put(text: string, start: number, end: number): void {
		if (this.owed && this.builder.size > 0) {
			this.builder.trimEnd(/[ \t]/);
			const at = start;
			this.builder.add('\n\n', at, at);
		}
		this.owed = false;
		this.builder.add(text, start, end);
	}

	/**
	 * Adds a node's value, finding each of its characters in `[start, end)` of the file: copied
	 * as they are, escaped (`\*`), as a character reference (`&amp;`), or past what the parser
	 * left out (a block quote's `>`, a list's indent, code marks). Line endings read as spaces.
	 */
	aligned(value: string, start: number, end: number): void {
		const src = this.source;
		let p = start;
		let i = 0;
		while (i < value.length) {
			if (p >= end) {
				// Characters the file does not have here: placed at the end of the node.
				this.put(value.slice(i), end, end);
				return;
			}
			const c = value[i];
			if (c === '\n' || c === '\r') {
				if (src[p] !== '\n' && src[p] !== '\r') {
					p++;
					continue;
				}
				const fileEnding = src.startsWith('\r\n', p) ? 2 : 1;
				this.put(' ', p, p + fileEnding);
				p += fileEnding;
				i += value.startsWith('\r\n', i) ? 2 : 1;
				continue;
			}
			if (src[p] === '&') {
				const m = ENTITY.exec(src.slice(p, p + 40));
				const decoded = m ? decodeHTMLStrict(m[0]) : undefined;
				if (m && decoded && decoded !== m[0] && value.startsWith(decoded, i) && !value.startsWith(m[0], i)) {
					this.put(decoded, p, p + m[0].length);
					p += m[0].length;
					i += decoded.length;
					continue;
				}
			}
			if (src[p] === '\\' && src[p + 1] === c && ASCII_PUNCTUATION.test(c)) {
				this.put(c, p, p + 2);
				p += 2;
				i++;
				continue;
			}
			if (src[p] === c) {
				let k = 1;
				while (i + k < value.length && p + k < end && src[p + k] === value[i + k] && value[i + k] !== '\n' && value[i + k] !== '\r' && src[p + k] !== '&' && src[p + k] !== '\\') {
					k++;
				}
				this.put(value.slice(i, i + k), p, p + k);
				p += k;
				i += k;
				continue;
			}
			p++;
		}
	}
}
