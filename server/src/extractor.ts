/**
 * Quote extraction off the request path. The engine runs synchronously and a long or hostile
 * article takes seconds, so the server hands every text to a worker thread that holds its own
 * engine: requests are answered meanwhile. Texts wait in two queues, open documents before
 * files read from disk; a text queued again for the same article replaces the one still
 * waiting (only the newest version is worth reading). An extraction that runs past the time
 * limit ends the worker (a new one starts for the next text) and gives no quotations, with a
 * log line; so does a worker that dies.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { createEngine, type Engine, type Quote } from './engine';
import { extractQuotes, readFormat, type ArticleFormat, type ArticleMeta } from './formats';
import { createNlp } from './nlp';

/**
 * What extraction gives for one file's text, read as its format: its quotations (offsets in
 * the file) and what the page says of itself, or why there are none (`notArticle`: the file
 * holds no article, such as a web page with no article body).
 */
export type Extraction = { ok: true; quotes: Quote[]; meta: ArticleMeta } | { ok: false; reason: string; notArticle?: true };

export interface Extractor {
	/**
	 * The quotations of `text` (written as `format`), as the article `key` now reads. Resolves
	 * with `undefined` when a newer text for the same key replaced this one before it was read.
	 */
	extract(key: string, text: string, urgent: boolean, format?: ArticleFormat): Promise<Extraction | undefined>;
	/** Ends the worker. */
	dispose(): void;
}

/** Longest an extraction may take before the worker is ended (10 MB of hostile text takes ~1 min). */
export const EXTRACTION_TIME_LIMIT_MS = 120_000;

interface Job {
	key: string;
	text: string;
	format: ArticleFormat;
	resolve: (result: Extraction | undefined) => void;
}

interface Reply {
	id: number;
	result: Extraction;
	warning?: string;
}

/**
 * An extractor running `script` (this bundle, started as a worker) in a worker thread.
 * `log` receives the engine's warnings and what went wrong with the worker.
 */
export function createWorkerExtractor(script: string, log: (message: string) => void, timeLimitMs = EXTRACTION_TIME_LIMIT_MS): Extractor {
	const urgentQueue: Job[] = [];
	const queue: Job[] = [];
	let worker: Worker | undefined;
	let running: { id: number; job: Job; timer: NodeJS.Timeout } | undefined;
	let nextId = 1;
	let disposed = false;

	const start = (): Worker => {
		const w = new Worker(script, { workerData: { misquoteExtractor: true } });
		w.unref();
		w.on('message', (reply: Reply) => {
			if (reply.warning) {
				log(reply.warning);
			}
			if (running && reply.id === running.id) {
				const { job, timer } = running;
				clearTimeout(timer);
				running = undefined;
				job.resolve(reply.result);
				pump();
			}
		});
		w.on('error', (error) => log(`Misquote: the extraction worker failed: ${error.stack ?? error.message}`));
		w.on('exit', () => {
			if (worker === w) {
				worker = undefined;
			}
			if (running) {
				const { job, timer } = running;
				clearTimeout(timer);
				running = undefined;
				job.resolve({ ok: false, reason: 'the extraction worker stopped' });
			}
			pump();
		});
		return w;
	};

	const pump = () => {
		if (running || disposed) {
			return;
		}
		const job = urgentQueue.shift() ?? queue.shift();
		if (!job) {
			return;
		}
		worker ??= start();
		const id = nextId++;
		const current = worker;
		const timer = setTimeout(() => {
			log(`Misquote: reading ${job.key} took more than ${Math.round(timeLimitMs / 1000)} s; it is left without quotations.`);
			if (running?.id === id) {
				running = undefined;
				job.resolve({ ok: false, reason: `took more than ${Math.round(timeLimitMs / 1000)} s to read` });
			}
			worker = undefined;
			void current.terminate();
			pump();
		}, timeLimitMs);
		running = { id, job, timer };
		current.postMessage({ id, text: job.text, format: job.format });
	};

	return {
		extract(key, text, urgent, format = 'text') {
			return new Promise((resolve) => {
				if (disposed) {
					resolve({ ok: false, reason: 'the server is stopping' });
					return;
				}
				// Only the newest text of an article is worth reading.
				for (const q of [urgentQueue, queue]) {
					const waiting = q.findIndex((j) => j.key === key);
					if (waiting >= 0) {
						q.splice(waiting, 1)[0].resolve(undefined);
					}
				}
				(urgent ? urgentQueue : queue).push({ key, text, format, resolve });
				pump();
			});
		},
		dispose() {
			disposed = true;
			for (const job of [...urgentQueue.splice(0), ...queue.splice(0)]) {
				job.resolve(undefined);
			}
			if (running) {
				clearTimeout(running.timer);
				running.job.resolve(undefined);
				running = undefined;
			}
			void worker?.terminate();
			worker = undefined;
		},
	};
}

/** An extractor on the calling thread (for hosts that have no worker script). */
export function createInlineExtractor(engine: Engine): Extractor {
	return {
		extract: async (_key, text, _urgent, format = 'text') => extraction(engine, text, format),
		dispose: () => undefined,
	};
}

/** Reads `text` as `format` and finds its quotations, with offsets in `text`. */
function extraction(engine: Engine, text: string, format: ArticleFormat, failed?: () => string | undefined): Extraction {
	const read = readFormat(format, text);
	if (!read.ok) {
		return { ok: false, reason: read.reason, notArticle: true };
	}
	const quotes = extractQuotes(engine, read);
	const failure = failed?.();
	return failure ? { ok: false, reason: failure } : { ok: true, quotes, meta: read.meta };
}

/**
 * The worker's side: when this bundle runs as the extraction worker, reads each text it is
 * sent with one engine and answers with its quotations. Returns whether it did (false on the
 * main thread).
 */
export function serveExtractionWorker(workerData: unknown): boolean {
	if (isMainThread || !parentPort || !(workerData as { misquoteExtractor?: boolean } | null)?.misquoteExtractor) {
		return false;
	}
	const port = parentPort;
	let warning: string | undefined;
	const engine = createEngine({ nlp: createNlp(), logger: { warn: (m) => (warning = m) } });
	port.on('message', ({ id, text, format }: { id: number; text: string; format: ArticleFormat }) => {
		warning = undefined;
		const result = extraction(engine, text, format, () => warning);
		port.postMessage({ id, result, warning } satisfies Reply);
	});
	return true;
}
