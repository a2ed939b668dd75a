import * as vscode from 'vscode';
import type { ComparedVersion, Comparison } from '../../../server/src/protocol';
import { revealSource } from './claimsTree';

/**
 * The Compare Sources panel: the statement as the versions show it, then every source's version
 * of it side by side, with the speaker and cue of each and what each version kept, cut (struck
 * through) and changed (highlighted) of the statement. The
 * page runs one small script, allowed by nonce; it loads nothing, from the network or
 * elsewhere; colours come from the theme.
 */
export class ComparePanel implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private subscriptions: vscode.Disposable[] = [];
	/** What the panel shows now (for tests and for reuse). */
	current: Comparison | undefined;

	/** Shows `comparison`, in the existing panel if there is one. */
	show(comparison: Comparison): void {
		this.current = comparison;
		if (!this.panel) {
			this.panel = vscode.window.createWebviewPanel('misquote.compare', 'Compare Sources', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [] });
			this.subscriptions = [
				this.panel.onDidDispose(() => {
					this.panel = undefined;
					this.current = undefined;
					this.subscriptions.forEach((d) => d.dispose());
				}),
				this.panel.webview.onDidReceiveMessage((message: { type: string; index: number }) => {
					const version = this.current?.versions[message.index];
					if (message.type === 'open' && version) {
						void revealSource(version).then(undefined, (error: unknown) => void vscode.window.showErrorMessage(String(error)));
					}
				}),
			];
		}
		this.panel.title = `Compare Sources: ${comparison.speaker ?? 'speaker unknown'}`;
		this.panel.webview.html = render(comparison, nonce());
		this.panel.reveal(undefined, false);
	}

	dispose(): void {
		this.panel?.dispose();
	}
}

function render(c: Comparison, nonce: string): string {
	const versions = c.versions.map((v, i) => renderVersion(v, i)).join('\n');
	const differ = c.versions.filter((v) => v.kind !== 'identical' && !v.headline).length;
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Compare Sources</title>
<style nonce="${nonce}">
	body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
	h1 { font-size: 1.3em; font-weight: 600; margin: 16px 0 4px; }
	.summary { color: var(--vscode-descriptionForeground); margin: 0 0 16px; }
	.versions { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; list-style: none; padding: 0; margin: 0; }
	.version { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); border-radius: 4px; padding: 10px 12px; background: var(--vscode-editor-background); }
	.version.canonical { border-color: var(--vscode-focusBorder); }
	.statement { margin: 0 0 16px; }
	.statement h2 { font-size: 1em; font-weight: 600; margin: 0 0 4px; }
	.statement blockquote { font-size: 1.05em; }
	.version h2 { font-size: 1em; margin: 0 0 4px; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
	.open { font: inherit; color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; cursor: pointer; text-decoration: underline; }
	.open:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
	.kind { font-size: 0.85em; padding: 0 6px; border-radius: 8px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
	.kind.wording, .kind.speaker { background: var(--vscode-inputValidation-warningBackground, var(--vscode-badge-background)); }
	.meta { color: var(--vscode-descriptionForeground); margin: 0 0 8px; font-size: 0.92em; }
	.outlet { font-weight: 600; }
	blockquote { margin: 0; padding: 0 0 0 10px; border-left: 3px solid var(--vscode-textBlockQuote-border); line-height: 1.5; }
	del { background: var(--vscode-diffEditor-removedTextBackground); text-decoration: line-through; }
	ins { background: var(--vscode-diffEditor-insertedTextBackground); text-decoration: none; font-weight: 600; }
</style>
</head>
<body>
<h1>${escape(c.speaker ?? 'Speaker unknown')}</h1>
<p class="summary">${c.versions.length} versions in ${new Set(c.versions.map((v) => v.uri)).size} sources · ${differ ? `${differ} differ from the statement (most serious: ${c.kind})` : 'all the same'}. Words a version leaves out are struck through, words it adds or changes highlighted.</p>
<section class="statement" aria-label="The statement">
	<h2>${c.primarySource ? `The statement, in the primary source (${escape(c.primarySource)})` : 'The statement, as the versions show it'}</h2>
	<blockquote>${escape(c.canonicalText)}</blockquote>
</section>
<ul class="versions" aria-label="Versions of the statement">
${versions}
</ul>
<script nonce="${nonce}">
	const vscode = acquireVsCodeApi();
	for (const button of document.querySelectorAll('button.open')) {
		button.addEventListener('click', () => vscode.postMessage({ type: 'open', index: Number(button.dataset.index) }));
	}
</script>
</body>
</html>`;
}

function renderVersion(v: ComparedVersion, index: number): string {
	const line = v.range.start.line + 1;
	const label = (v.primary ? 'primary source' : v.canonical ? 'canonical' : v.kind + (v.ignored ? ' (ignored)' : '')) + (v.headline ? ', headline' : '');
	const speaker = v.speaker ? `${escape(v.speaker)}${v.speakerText && v.speakerText !== v.speaker ? ` (“${escape(v.speakerText)}”)` : ''}${v.speakerInferred ? ' (inferred)' : ''}` : 'speaker unknown';
	const cue = v.cue ? ` · ${escape(v.cue)}${v.venue ? ` ${escape(v.venue)}` : ''}` : '';
	// Words left out sit between spaces of their own, so they never run into the kept ones.
	const words = v.segments
		.map((s, i) => {
			if (s.change !== 'removed') {
				return s.change === 'added' ? `<ins>${escape(s.text)}</ins>` : escape(s.text);
			}
			const before = i > 0 && !/\s$/.test(v.segments[i - 1].text) ? ' ' : '';
			const next = v.segments[i + 1];
			const after = next && !/^[\s,.;:!?]/.test(next.text) ? ' ' : '';
			return `${before}<del>${escape(s.text)}</del>${after}`;
		})
		.join('');
	return `<li class="version${v.canonical ? ' canonical' : ''}${v.primary ? ' primary' : ''}">
	<h2><button class="open" data-index="${index}" title="Open ${escape(v.path)} at line ${line}">${escape(v.path)}:${line}</button><span class="kind ${v.kind}">${escape(label)}</span></h2>
	<p class="meta">${v.outlet ? `<span class="outlet">${escape(v.outlet)}</span> · ` : ''}${speaker}${cue}</p>
	<blockquote>${words}</blockquote>
</li>`;
}

function escape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function nonce(): string {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}
