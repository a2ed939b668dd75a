/**
 * The few DOM shapes the HTML reader touches, typed here so the server needs no DOM library
 * types: linkedom's nodes satisfy them.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
	readonly nodeType: number;
	readonly parentNode: DomNode | null;
	readonly childNodes: ArrayLike<DomNode>;
}

export interface DomText extends DomNode {
	readonly data: string;
}

export interface DomElement extends DomNode {
	readonly localName: string;
	readonly textContent: string | null;
	getAttribute(name: string): string | null;
	setAttribute(name: string, value: string): void;
	appendChild(node: DomNode): DomNode;
	replaceWith(node: DomNode): void;
	remove(): void;
	readonly attributes: ArrayLike<{ name: string; value: string }>;
}

export interface DomDocument {
	readonly documentElement: DomElement;
	readonly head: DomElement;
	readonly body: DomElement;
	createElement(name: string): DomElement;
	createTextNode(data: string): DomText;
	createComment(data: string): DomNode;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
	getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
	return node.nodeType === ELEMENT_NODE;
}

export function isText(node: DomNode): node is DomText {
	return node.nodeType === TEXT_NODE;
}
