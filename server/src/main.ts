import { workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serveExtractionWorker } from './extractor';
import { startServer } from './server';

// The same bundle is the extraction worker (started by the server with workerData) and the
// server, whose transport (--stdio, --node-ipc, --socket=<port>) comes from the command line.
if (!serveExtractionWorker(workerData)) {
	startServer(createConnection(ProposedFeatures.all), { workerScript: __filename });
}
