/**
 * The articles of the workspace, open or not, and the groups they make. Open documents win
 * over the disk. Each workspace folder is its own set of articles unless settings join them;
 * files outside every folder (an article opened on its own) share one more set.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkQuotes, createCorpusIndex, createPrimaryIndex, readPrimarySource, type CorpusIndex, type IndexedDocument, type PrimaryIndex, type PrimarySource, type Quote, type QuoteCheck, type QuoteGroup } from './engine';
import type { Extractor } from './extractor';
import { createLineIndex, lineStarts, type Position } from './convert';
import { articleFilter, findArticleFiles, readArticle, readFolderFile, type ArticleFilter } from './files';
import { formatOf, readFormat, type ArticleFormat, type ArticleMeta } from './formats';
import { emptyProjectConfig, parseProjectConfig, primarySourceSpec, primarySourceTest, PROJECT_CONFIG_FILE, type ProjectConfig } from './projectConfig';
import { defaultSettings, type Settings } from './settings';

/** How many files are read from disk at once during a scan. */
const READ_CONCURRENCY = 20;
/** How many articles a scan reads before it indexes them together. */
const INDEX_BATCH = 100;

export interface Folder {
	/** The folder's URI as the client gave it ('' for files outside every folder). */
	uri: string;
	/** Its path on disk ('' for files outside every folder). */
	path: string;
	settings: Settings;
	config: ProjectConfig;
	/** The set of articles this folder's articles are compared with. */
	corpus: Corpus;
	/** Which paths relative to the folder are articles (include, and not exclude). */
	filter: ArticleFilter;
	/** Whether a path relative to the folder is an article (include, and not exclude). */
	isArticle: (relativePath: string) => boolean;
	/** Whether it is a primary source (settings, and `.misquote.json`). */
	isPrimarySource: (relativePath: string) => boolean;
}

/** Articles compared with each other, and their index; and the primary sources their quotations are checked against. */
export interface Corpus {
	index: CorpusIndex;
	primary: PrimaryIndex;
}

export interface Article {
	path: string;
	uri: string;
	folder: Folder;
	/** The file's text, as in the editor or on disk (markup and all): offsets index it. */
	text: string;
	/** How the file is written; quotations were read out of its markup. */
	format: ArticleFormat;
	/** What the file says about the article (front matter, meta tags). */
	meta: ArticleMeta;
	quotes: Quote[];
	/** Open in the editor: its text comes from the client, not the disk. */
	open: boolean;
	/** The editor's version of the document this text is (open documents only). */
	version?: number;
	positionAt(offset: number): Position;
	offsetAt(position: Position): number;
	/** Its path as messages show it, once asked for. */
	shown?: string;
}

/** What the workspace needs from its host: logging, and news of changed results. */
export interface WorkspaceHost {
	log(message: string): void;
	/** The articles (paths) whose groups or quotations changed. */
	changed(paths: readonly string[]): void;
}

export class Workspace {
	private folders: Folder[] = [];
	private readonly outside: Folder;
	private readonly articles = new Map<string, Article>();
	/** Articles read by a scan and not indexed yet, by the set of articles they belong to. */
	private readonly unindexed = new Map<Corpus, Map<string, IndexedDocument>>();
	/** Files that hold no article (a web page with no article body), with the reason logged. */
	private readonly notArticles = new Map<string, string>();
	private scanGeneration = 0;
	scanning = false;
	/** The number of the latest text given for each article: an older one read later is dropped. */
	private readonly latest = new Map<string, number>();
	private sequence = 0;
	/** Each article's text being read now. */
	private readonly reading = new Map<string, Promise<void>>();
	/** The paths of the documents open in the editor. */
	private readonly opened = new Set<string>();
	/** Each article's quotations checked against the primary sources, with the sources' generation then. */
	private readonly checks = new WeakMap<Article, { generation: number; checks: Map<string, QuoteCheck> }>();
	constructor(
		private readonly extractor: Extractor,
		private readonly host: WorkspaceHost,
	) {
		this.outside = {
			uri: '',
			path: '',
			settings: defaultSettings(),
			config: emptyProjectConfig(),
			corpus: { index: createCorpusIndex(), primary: createPrimaryIndex() },
			filter: { included: () => false, excluded: () => true },
			isArticle: () => false,
			isPrimarySource: () => false,
		};
	}

	/**
	 * Sets the workspace folders and their settings, and reads each folder's `.misquote.json`
	 * (so open documents added next know their primary sources); call `scan` afterwards.
	 */
	async setFolders(folders: ReadonlyArray<{ uri: string; settings: Settings }>): Promise<void> {
		const joined = folders.some((f) => f.settings.joinFolders);
		const shared: Corpus | undefined = joined ? { index: createCorpusIndex(), primary: createPrimaryIndex() } : undefined;
		this.folders = folders
			.filter((f) => f.uri.startsWith('file:'))
			.map((f) => {
				// A pattern that cannot be read is left out, and said so once per read of the settings.
				const filter = articleFilter(f.settings.include, f.settings.exclude, (error) => this.host.log(`Setting misquote.include or misquote.exclude of ${f.uri}: ${error.message}; that pattern is left out.`));
				const { included, excluded } = filter;
				return {
					uri: f.uri,
					path: fileURLToPath(f.uri),
					settings: f.settings,
					config: emptyProjectConfig(),
					corpus: shared ?? { index: createCorpusIndex(), primary: createPrimaryIndex() },
					filter,
					isArticle: (rel: string) => included(rel) && !excluded(rel),
					isPrimarySource: () => false,
				};
			});
		this.articles.clear();
		this.unindexed.clear();
		this.notArticles.clear();
		this.latest.clear();
		this.outside.corpus.index = createCorpusIndex();
		this.outside.corpus.primary = createPrimaryIndex();
		for (const folder of this.folders) {
			this.setConfig(folder, await this.readProjectConfig(folder));
		}
	}

	/**
	 * Reads every article of every folder, at most 20 files at a time, yielding between files
	 * so requests are answered meanwhile. A newer scan stops an older one. Reports progress as
	 * (done, total).
	 */
	async scan(progress: (done: number, total: number) => void): Promise<void> {
		const generation = ++this.scanGeneration;
		this.scanning = true;
		try {
			const files: Array<{ folder: Folder; path: string }> = [];
			for (const folder of this.folders) {
				const found = await findArticleFiles(folder.path, folder.filter, (p, reason) => this.host.log(`Cannot read ${p}: ${reason}`));
				// A nested workspace folder reads its own files.
				// One by one: spreading a folder of 100,000 files into one call overflows the stack.
				for (const path of found) {
					if (this.folderOf(path) === folder) {
						files.push({ folder, path });
					}
				}
			}
			let done = 0;
			progress(0, files.length);
			const queue = [...files];
			const worker = async () => {
				for (let next = queue.shift(); next; next = queue.shift()) {
					if (generation !== this.scanGeneration) {
						return;
					}
					if (!this.opened.has(next.path)) {
						const text = await this.readArticleText(next.path);
						if (generation !== this.scanGeneration) {
							return;
						}
						if (text !== undefined && !this.opened.has(next.path)) {
							await this.put(next.path, pathToFileURL(next.path).href, text, false);
						}
					}
					done++;
					progress(done, files.length);
					// Let pending requests in between files.
					await new Promise((resolve) => setImmediate(resolve));
				}
			};
			await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
		} finally {
			if (generation === this.scanGeneration) {
				this.scanning = false;
				this.indexPending();
			}
		}
	}

	/** Resolves once the article's newest text has been read (at once when none is being read). */
	async settled(uri: string): Promise<void> {
		await this.reading.get(pathOfUri(uri));
	}

	/** Writes a line to the server's log. */
	log(message: string): void {
		this.host.log(message);
	}

	/**
	 * An article opened or edited in the editor: its text wins over the disk. `languageId` says
	 * how an unsaved document is written (its name does for a file); `version` is the editor's.
	 */
	setOpen(uri: string, text: string, languageId?: string, version?: number): Promise<void> {
		const path = pathOfUri(uri);
		this.opened.add(path);
		return this.put(path, uri, text, true, languageId, version);
	}

	/** An article closed in the editor: back to the disk's copy (or gone, if it has none). */
	async close(uri: string): Promise<void> {
		const path = pathOfUri(uri);
		this.opened.delete(path);
		// An edit still being read lands first, so it is not taken for an open document later.
		await this.reading.get(path);
		const article = this.articles.get(path);
		if (!article || this.opened.has(path)) {
			this.notArticles.delete(path);
			return;
		}
		article.open = false;
		if (!uri.startsWith('file:') || !this.isArticlePath(path)) {
			this.delete(path);
			return;
		}
		const text = await this.readArticleText(path);
		if (text === undefined) {
			this.delete(path);
		} else if (!this.opened.has(path)) {
			await this.put(path, article.uri, text, false);
		}
	}

	/** A file created or changed on disk (ignored while it is open in the editor). */
	async fileChanged(uri: string): Promise<void> {
		const path = pathOfUri(uri);
		const folder = this.folderOf(path);
		if (folder && relativePath(folder, path) === PROJECT_CONFIG_FILE) {
			this.configChanged(folder, await this.readProjectConfig(folder));
			return;
		}
		if (this.opened.has(path) || !this.isArticlePath(path)) {
			return;
		}
		const text = await this.readArticleText(path);
		if (this.opened.has(path)) {
			return;
		}
		if (text === undefined) {
			this.delete(path);
		} else {
			await this.put(path, uri, text, false);
		}
	}

	/** A file deleted on disk (an open document stays until it is closed). */
	async fileDeleted(uri: string): Promise<void> {
		const path = pathOfUri(uri);
		const folder = this.folderOf(path);
		if (folder && relativePath(folder, path) === PROJECT_CONFIG_FILE) {
			this.configChanged(folder, emptyProjectConfig());
			return;
		}
		if (!this.opened.has(path)) {
			this.notArticles.delete(path);
			this.delete(path);
		}
	}

	/** Whether the file was read: as an article, or found to hold none. */
	knows(uri: string): boolean {
		const path = pathOfUri(uri);
		return this.articles.has(path) || this.notArticles.has(path);
	}

	article(uri: string): Article | undefined {
		return this.articles.get(pathOfUri(uri));
	}

	articleAtPath(path: string): Article | undefined {
		return this.articles.get(path);
	}

	allArticles(): Article[] {
		return [...this.articles.values()];
	}

	/** The quotation at `offset` of an article (its marks included), or undefined. */
	quoteAt(article: Article, offset: number): Quote | undefined {
		return article.quotes
			.filter((q) => q.segments.some((s) => s.start - 1 <= offset && offset <= s.end + 1))
			.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
	}

	/** Every group (statement) the quote is a version of, in the order of its regions. */
	groupsOfQuote(article: Article, quote: Quote): QuoteGroup[] {
		this.indexPending();
		return article.folder.corpus.index.groupsOfQuote(article.path, quote.id);
	}

	/**
	 * The statements of the quotation at `offset`: the one whose region holds the offset, or, when
	 * none does (on a quote mark), every statement the quote is a version of. Empty when the
	 * quote stands alone.
	 */
	groupsAt(article: Article, quote: Quote, offset: number): QuoteGroup[] {
		const groups = this.groupsOfQuote(article, quote);
		const at = groups.filter((g) => g.members.some((m) => m.document === article.path && m.quote === quote && m.start <= offset && offset <= m.end));
		return at.length ? at.slice(0, 1) : groups;
	}

	groupsOf(article: Article): QuoteGroup[] {
		this.indexPending();
		return article.folder.corpus.index.groupsOf(article.path);
	}

	/** Every group of every set of articles. */
	allGroups(): QuoteGroup[] {
		this.indexPending();
		const corpora = new Set<Corpus>([...this.folders.map((f) => f.corpus), this.outside.corpus]);
		return [...corpora].flatMap((c) => c.index.groups());
	}

	/** The article's path relative to its folder, with `/`: how it is named to the user. */
	displayPath(path: string): string {
		const article = this.articles.get(path);
		if (article?.shown !== undefined) {
			return article.shown;
		}
		const folder = article?.folder ?? this.folderOf(path);
		const shown = folder && folder.path ? relativePath(folder, path) : path.split(sep).pop()!;
		if (article) {
			// Diagnostics name a reprinted statement's sources in every article that quotes it.
			article.shown = shown;
		}
		return shown;
	}

	/**
	 * Reads an article's text (off the request path) and matches it. A text replaced by a newer
	 * one, or an article deleted, while it was read is dropped.
	 */
	private put(path: string, uri: string, text: string, open: boolean, languageId?: string, version?: number): Promise<void> {
		const folder = this.folderOf(path) ?? this.outside;
		const previous = this.articles.get(path);
		const format = formatOf(uri.startsWith('file:') ? path : uri, languageId);
		const number = ++this.sequence;
		this.latest.set(path, number);
		if (previous && previous.text === text && previous.folder === folder && previous.format === format) {
			previous.open = open;
			previous.version = open ? version : undefined;
			this.reading.delete(path);
			return Promise.resolve();
		}
		const work = this.read(path, uri, text, open, folder, format, number, version);
		this.reading.set(path, work);
		void work.finally(() => {
			if (this.reading.get(path) === work) {
				this.reading.delete(path);
			}
		});
		return work;
	}

	private async read(path: string, uri: string, text: string, open: boolean, folder: Folder, format: ArticleFormat, number: number, version: number | undefined): Promise<void> {
		const result = await this.extractor.extract(path, text, open, format);
		if (result === undefined || this.latest.get(path) !== number) {
			return;
		}
		if (!result.ok && result.notArticle) {
			// One line per file and reason, not one per keystroke; and nothing else.
			if (this.notArticles.get(path) !== result.reason) {
				this.notArticles.set(path, result.reason);
				this.host.log(`Skipped ${path}: ${result.reason}.`);
			}
			this.delete(path);
			return;
		}
		this.notArticles.delete(path);
		if (!result.ok) {
			this.host.log(`The quotations of ${path} could not be read: ${result.reason}.`);
		}
		const quotes = result.ok ? result.quotes : [];
		const meta = result.ok ? result.meta : {};
		const previous = this.articles.get(path);
		let index: ReturnType<typeof createLineIndex> | undefined;
		let starts: number[] | undefined;
		const article: Article = {
			path,
			uri: previous?.uri && open === false ? previous.uri : uri,
			folder,
			text,
			format,
			meta,
			quotes,
			open,
			version: open ? version : undefined,
			positionAt: (offset) => (index ??= createLineIndex(text))(offset),
			offsetAt: (position) => {
				starts ??= lineStarts(text);
				const line = Math.min(Math.max(position.line, 0), starts.length - 1);
				const end = line + 1 < starts.length ? starts[line + 1] : text.length;
				return Math.min(starts[line] + Math.max(position.character, 0), end);
			},
		};
		this.articles.set(path, article);
		const document = { id: path, quotes, primary: this.isPrimary(folder, path) };
		this.updatePrimary(article, document.primary);
		if (this.scanning && !open) {
			// A scan indexes articles in batches: a statement reprinted by hundreds of them is
			// built once per batch, not once per article.
			let batch = this.unindexed.get(folder.corpus);
			if (!batch) {
				batch = new Map();
				this.unindexed.set(folder.corpus, batch);
			}
			batch.set(path, document);
			if (batch.size >= INDEX_BATCH) {
				this.indexPending();
			}
			return;
		}
		this.indexPending();
		const { changed } = folder.corpus.index.update(document);
		this.host.changed([...new Set([path, ...changed])]);
	}

	/** Indexes the articles a scan has read and not indexed yet; every read of the groups does this first. */
	indexPending(): void {
		for (const [corpus, batch] of this.unindexed) {
			if (batch.size) {
				// In the order of their paths, whatever order they were read in.
				const documents = [...batch.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
				batch.clear();
				const { changed } = corpus.index.updateAll(documents);
				this.host.changed([...new Set([...documents.map((d) => d.id), ...changed])]);
			}
		}
	}

	private delete(path: string): void {
		this.latest.set(path, ++this.sequence);
		const article = this.articles.get(path);
		if (!article) {
			return;
		}
		this.indexPending();
		this.articles.delete(path);
		this.updatePrimary(article, false);
		const { changed } = article.folder.corpus.index.remove(path);
		this.host.changed([...new Set([path, ...changed])]);
	}

	private isPrimary(folder: Folder, path: string): boolean {
		return folder.path !== '' && folder.isPrimarySource(relativePath(folder, path));
	}

	/**
	 * A folder's `.misquote.json` changed: only articles that became or stopped being a primary
	 * source are matched again, and every article of the folder is checked again (ignored
	 * differences may have changed).
	 */
	private configChanged(folder: Folder, config: ProjectConfig): void {
		this.indexPending();
		const articles = [...this.articles.values()].filter((a) => a.folder === folder);
		const wasPrimary = articles.map((a) => this.isPrimary(folder, a.path));
		this.setConfig(folder, config);
		articles.forEach((article, i) => {
			const primary = this.isPrimary(folder, article.path);
			if (primary !== wasPrimary[i]) {
				this.host.changed(folder.corpus.index.update({ id: article.path, quotes: article.quotes, primary }).changed);
			}
			// Its speaker or description may have changed too: read every primary source again.
			this.updatePrimary(article, primary, false);
		});
		this.host.changed(articles.map((a) => a.path));
	}

	/**
	 * Reads an article into its folder's primary sources when it is one (its words, whole), or
	 * takes it out when it is not; every article of the folder is then checked again.
	 */
	private updatePrimary(article: Article, primary: boolean, announce = true): void {
		const index = article.folder.corpus.primary;
		const had = index.get(article.path) !== undefined;
		if (!primary) {
			if (had) {
				index.remove(article.path);
				this.primaryChanged(article.folder, announce);
			}
			return;
		}
		try {
			index.update(this.readPrimary(article));
		} catch (error) {
			// A bug must not take the server down: the file is then no primary source, said once.
			this.host.log(`${article.path} could not be read as a primary source: ${error instanceof Error ? error.message : String(error)}`);
			index.remove(article.path);
		}
		this.primaryChanged(article.folder, announce);
	}

	private readPrimary(article: Article): PrimarySource {
		const { folder } = article;
		const rel = folder.path !== '' ? relativePath(folder, article.path) : article.path;
		const spec = folder.path !== '' ? primarySourceSpec(folder.config, rel) : {};
		// Markdown and web pages are read for their words as for their quotations; captions as they are.
		const read = article.format === 'text' ? undefined : readFormat(article.format, article.text);
		const text = read?.ok ? read.text : article.text;
		const map = read?.ok ? read.map : undefined;
		return readPrimarySource({
			id: article.path,
			text,
			speaker: spec.speaker,
			description: spec.description,
			speakers: spec.speakers,
			quotes: article.quotes,
			file: article.text,
			toSource: map ? (o) => map.toSource(o) : undefined,
		});
	}

	private primaryChanged(folder: Folder, announce: boolean): void {
		if (announce) {
			this.host.changed([...this.articles.values()].filter((a) => a.folder.corpus === folder.corpus).map((a) => a.path));
		}
	}

	/**
	 * Every speech quotation of an article checked against its folder's primary sources, by quote
	 * id; empty for a primary source itself (its words are the sources). Kept until the article or
	 * the primary sources change.
	 */
	primaryChecks(article: Article): Map<string, QuoteCheck> {
		const index = article.folder.corpus.primary;
		const cached = this.checks.get(article);
		if (cached && cached.generation === index.generation) {
			return cached.checks;
		}
		const checks = index.get(article.path) !== undefined ? new Map<string, QuoteCheck>() : checkQuotes(index, article.quotes);
		this.checks.set(article, { generation: index.generation, checks });
		return checks;
	}

	/** A primary source of the article's folder, by its path. */
	primarySource(article: Article, path: string): PrimarySource | undefined {
		return article.folder.corpus.primary.get(path);
	}

	/** The deepest workspace folder holding `path`, or undefined. */
	folderOf(path: string): Folder | undefined {
		let best: Folder | undefined;
		for (const f of this.folders) {
			const rel = relative(f.path, path);
			if (rel && !rel.startsWith('..') && !isAbsolute(rel) && (!best || f.path.length > best.path.length)) {
				best = f;
			}
		}
		return best;
	}

	private isArticlePath(path: string): boolean {
		const folder = this.folderOf(path);
		if (!folder) {
			return false;
		}
		return folder.isArticle(relativePath(folder, path));
	}

	/** A file's text, or undefined (with a log line) when it cannot be an article. */
	private async readArticleText(path: string): Promise<string | undefined> {
		const article = await readArticle(path);
		if (!article.ok) {
			this.host.log(`${article.unreadable ? 'Cannot read' : 'Skipped'} ${path}: ${article.reason}.`);
			return undefined;
		}
		return article.text;
	}

	/** Sets a folder's `.misquote.json` and the primary-source test that depends on it. */
	private setConfig(folder: Folder, config: ProjectConfig): void {
		folder.config = config;
		folder.isPrimarySource = primarySourceTest(config, folder.settings.primarySources, (error) => this.host.log(`Primary sources of ${folder.uri}: ${error.message}; that pattern is left out.`));
	}

	private async readProjectConfig(folder: Folder): Promise<ProjectConfig> {
		const file = `${folder.path}${sep}${PROJECT_CONFIG_FILE}`;
		const read = await readFolderFile(folder.path, PROJECT_CONFIG_FILE);
		if ('missing' in read) {
			return emptyProjectConfig();
		}
		if ('error' in read) {
			this.host.log(`${file}: ${read.error}; its settings are not used.`);
			return emptyProjectConfig();
		}
		const { config, error } = parseProjectConfig(read.text);
		if (error) {
			this.host.log(`${file}: ${error}`);
		}
		return config;
	}
}

/** A file path from a `file:` URI; other URIs are kept as their own key. */
function pathOfUri(uri: string): string {
	return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** `path` relative to the folder, with `/` separators. */
export function relativePath(folder: Folder, path: string): string {
	return relative(folder.path, path).split(sep).join('/');
}
