import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--stdio, --node-ipc, --socket=<port>) comes from the command line.
startServer(createConnection(ProposedFeatures.all));
