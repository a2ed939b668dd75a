/**
 * Diagnostics: every quotation whose versions differ between sources, unopened articles too.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DIFFERENCE_ORDER, worstKind, type DifferenceKind, type GroupMember, type QuoteGroup } from '../engine';
import { isIgnored } from '../projectConfig';
import type { SeverityName } from '../settings';
import { relativePath, type Article, type Workspace } from '../workspace';
import { describeChange, kindLabel, wordCount } from './describe';
import { quoteRange } from './ranges';

const SEVERITIES: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/**
 * The diagnostics of one article: on a version that differs from the canonical one, what
 * differs; on the canonical version (and its exact copies), which sources differ from it.
 * `code` is the kind, `relatedInformation` points at every other version.
 */
export function diagnosticsOf(workspace: Workspace, article: Article): Diagnostic[] {
	const settings = article.folder.settings;
	const diagnostics: Diagnostic[] = [];
	const severityOf = (m: GroupMember): SeverityName => (m.kind === 'identical' ? 'off' : settings.severity[m.kind]);
	const reported = (m: GroupMember) => worthReporting(workspace, m, settings.minimumWords) && severityOf(m) !== 'off';
	for (const group of workspace.groupsOf(article)) {
		for (const member of group.members) {
			if (member.document !== article.path || wordCount(member.quote.text) < settings.minimumWords) {
				continue;
			}
			const others = group.members.filter((o) => o.document !== article.path);
			if (others.length === 0) {
				continue;
			}
			let diagnostic: Diagnostic | undefined;
			if (member.kind === 'identical') {
				const differing = others.filter(reported).sort((a, b) => rank(b) - rank(a));
				if (differing.length) {
					const worst = differing[0];
					const docs = [...new Set(differing.map((o) => workspace.displayPath(o.document)))];
					diagnostic = {
						range: quoteRange(article, member.quote),
						severity: SEVERITIES[severityOf(worst) as Exclude<SeverityName, 'off'>],
						code: worst.kind,
						source: 'misquote',
						message: `Quoted differently in ${docs.join(', ')}: ${describeChange(worst, group)}`,
					};
				}
			} else if (reported(member)) {
				const canonicalDoc = workspace.displayPath(group.canonical.document);
				diagnostic = {
					range: quoteRange(article, member.quote),
					severity: SEVERITIES[severityOf(member) as Exclude<SeverityName, 'off'>],
					code: member.kind,
					source: 'misquote',
					message: `Differs from ${canonicalDoc} (${kindLabel(member.kind).toLowerCase()}): ${describeChange(member, group)}`,
				};
			}
			if (diagnostic) {
				diagnostic.relatedInformation = related(workspace, group, member);
				diagnostics.push(diagnostic);
			}
		}
	}
	return diagnostics;
}

function rank(m: GroupMember): number {
	return DIFFERENCE_ORDER.indexOf(m.kind);
}

function related(workspace: Workspace, group: QuoteGroup, self: GroupMember): DiagnosticRelatedInformation[] {
	const info: DiagnosticRelatedInformation[] = [];
	for (const m of group.members) {
		const other = workspace.articleAtPath(m.document);
		if (m === self || !other) {
			continue;
		}
		const role = m === group.canonical ? 'canonical version' : kindLabel(m.kind).toLowerCase();
		// The location already names the file: the message says what this version is.
		info.push({ location: { uri: other.uri, range: quoteRange(other, m.quote) }, message: role });
	}
	return info;
}

/**
 * Whether a member's difference is worth a diagnostic: not ignored, long enough, and not a
 * fragment the reporter quoted inside their own sentence (quoting part of a statement that
 * way is how news is written, not a misquotation; it still shows in hovers and comparisons).
 */
function worthReporting(workspace: Workspace, member: GroupMember, minimumWords: number): boolean {
	return (
		member.kind !== 'identical' &&
		!(member.quote.partial && member.kind === 'truncation') &&
		wordCount(member.quote.text) >= minimumWords &&
		!ignored(workspace, member)
	);
}

/** How a group's versions differ once the differences `.misquote.json` ignores are set aside. */
export function kindNotIgnored(workspace: Workspace, group: QuoteGroup): DifferenceKind {
	return worstKind(group.members.filter((m) => !ignored(workspace, m)).map((m) => m.kind));
}

/** Whether `.misquote.json` of the member's folder ignores its difference. */
export function ignored(workspace: Workspace, member: GroupMember): boolean {
	const article = workspace.articleAtPath(member.document);
	return article !== undefined && article.folder.path !== '' && isIgnored(article.folder.config, relativePath(article.folder, article.path), member);
}
