/**
 * Checks the parameters of the requests the server answers, so that a client sending garbage
 * gets an `InvalidParams` error that says what is wrong, never an internal error from deep in a
 * handler. Positions are taken as given when they are numbers (a position past the end of a
 * line or document is clamped, as LSP asks); anything else is refused.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Position, Range } from './protocol';

/** An `InvalidParams` error for `method`. */
export function invalidParams(method: string, what: string): ResponseError<void> {
	return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${what}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object of parameters, or an error. */
export function paramsObject(method: string, params: unknown): Record<string, unknown> {
	if (!isObject(params)) {
		throw invalidParams(method, 'the parameters must be an object');
	}
	return params;
}

/** `params.textDocument.uri`, or an error. */
export function documentUri(method: string, params: unknown): string {
	const p = paramsObject(method, params);
	const doc = p.textDocument;
	if (!isObject(doc) || typeof doc.uri !== 'string') {
		throw invalidParams(method, 'textDocument.uri must be a string');
	}
	return doc.uri;
}

/** A position, or an error naming `name`. */
export function position(method: string, value: unknown, name = 'position'): Position {
	if (!isObject(value) || !isCoordinate(value.line) || !isCoordinate(value.character)) {
		throw invalidParams(method, `${name} must have a numeric line and character`);
	}
	return { line: value.line, character: value.character };
}

/** A range, or an error naming `name`. */
export function range(method: string, value: unknown, name = 'range'): Range {
	if (!isObject(value)) {
		throw invalidParams(method, `${name} must have a start and an end`);
	}
	return { start: position(method, value.start, `${name}.start`), end: position(method, value.end, `${name}.end`) };
}

function isCoordinate(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** An optional string field, or an error. */
export function optionalString(method: string, params: Record<string, unknown>, field: string): string | undefined {
	const value = params[field];
	if (value !== undefined && value !== null && typeof value !== 'string') {
		throw invalidParams(method, `${field} must be a string`);
	}
	return value ?? undefined;
}
