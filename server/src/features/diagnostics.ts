/**
 * Diagnostics: every quotation whose versions differ between sources, unopened articles too.
 * A quote that is a version of several statements (a long quote covering sentences quoted apart
 * elsewhere) gets one diagnostic per statement, on the words it quotes of that statement.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DIFFERENCE_ORDER, memberText, worstKind, type DifferenceKind, type GroupMember, type QuoteGroup } from '../engine';
import { isIgnored } from '../projectConfig';
import type { SeverityName } from '../settings';
import { relativePath, type Article, type Workspace } from '../workspace';
import { describeChange, kindLabel, wordCount } from './describe';
import { memberRange } from './ranges';

const SEVERITIES: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** Most other versions a diagnostic points at: the canonical one, then the most serious. */
const MAX_RELATED = 20;
/** Most sources a message names before it says how many more. */
const MAX_NAMED = 3;

/**
 * What diagnostics of many articles share about one group: computed once per publish, so a
 * statement reprinted by hundreds of outlets costs its members once, not once per article.
 */
export type GroupFacts = Map<QuoteGroup, { reported: GroupMember[]; reportedSet: ReadonlySet<GroupMember>; related: GroupMember[]; bodyDocuments: ReadonlySet<string> }>;

/**
 * The diagnostics of one article: on a version that differs from the statement, what differs;
 * on a version quoted as the statement is (the canonical one and its exact copies), which sources
 * differ from it. `code` is the kind, `relatedInformation` points at the other versions.
 * Headline versions are shown with their statement but get no diagnostic and count for none.
 */
export function diagnosticsOf(workspace: Workspace, article: Article, facts: GroupFacts = new Map()): Diagnostic[] {
	const settings = article.folder.settings;
	const diagnostics: Diagnostic[] = [];
	const severityOf = (m: GroupMember): SeverityName => (m.kind === 'identical' ? 'off' : settings.severity[m.kind]);
	for (const group of workspace.groupsOf(article)) {
		const known = factsOf(workspace, group, facts, settings.minimumWords);
		// Worked out once per group, not per member: one article can quote a statement thousands of times.
		if (!hasOtherDocument(known.bodyDocuments, article.path)) {
			continue;
		}
		let differingHere: GroupMember[] | undefined;
		for (const member of group.members) {
			if (member.document !== article.path || member.headline || wordCount(memberText(member).text) < settings.minimumWords) {
				continue;
			}
			let diagnostic: Diagnostic | undefined;
			if (member.kind === 'identical') {
				const differing = (differingHere ??= known.reported.filter((o) => o.document !== article.path && severityOf(o) !== 'off'));
				if (differing.length) {
					const worst = differing[0];
					const docs = [...new Set(differing.map((o) => workspace.displayPath(o.document)))];
					const named = docs.length > MAX_NAMED ? `${docs.slice(0, MAX_NAMED).join(', ')} and ${docs.length - MAX_NAMED} more` : docs.join(', ');
					diagnostic = {
						range: memberRange(article, member),
						severity: SEVERITIES[severityOf(worst) as Exclude<SeverityName, 'off'>],
						code: worst.kind,
						source: 'misquote',
						message: `Quoted differently in ${named}: ${describeChange(worst, group)}`,
					};
				}
			} else if (known.reportedSet.has(member) && severityOf(member) !== 'off') {
				const canonicalDoc = workspace.displayPath(group.canonical.document);
				diagnostic = {
					range: memberRange(article, member),
					severity: SEVERITIES[severityOf(member) as Exclude<SeverityName, 'off'>],
					code: member.kind,
					source: 'misquote',
					message: `Differs from ${canonicalDoc} (${kindLabel(member.kind).toLowerCase()}): ${describeChange(member, group)}`,
				};
			}
			if (diagnostic) {
				diagnostic.relatedInformation = related(workspace, group, member, known.related);
				diagnostics.push(diagnostic);
			}
		}
	}
	return diagnostics;
}

/** The members worth a diagnostic, most serious first, and those related information points at. */
function factsOf(workspace: Workspace, group: QuoteGroup, facts: GroupFacts, minimumWords: number): NonNullable<ReturnType<GroupFacts['get']>> {
	let known = facts.get(group);
	if (!known) {
		const body = group.members.filter((m) => !m.headline);
		const reported = body.filter((m) => worthReporting(workspace, m, minimumWords)).sort((a, b) => rank(b) - rank(a));
		const reportedSet = new Set(reported);
		const related: GroupMember[] = [group.canonical];
		for (const m of [...reported, ...body.filter((x) => !reportedSet.has(x))]) {
			if (related.length > MAX_RELATED) {
				break;
			}
			if (m !== group.canonical) {
				related.push(m);
			}
		}
		known = { reported, reportedSet, related, bodyDocuments: new Set(body.map((m) => m.document)) };
		facts.set(group, known);
	}
	return known;
}

/** Whether a body version of the group is in a document other than `path`. */
function hasOtherDocument(documents: ReadonlySet<string>, path: string): boolean {
	return documents.size > 1 || (documents.size === 1 && !documents.has(path));
}

function rank(m: GroupMember): number {
	return DIFFERENCE_ORDER.indexOf(m.kind);
}

function related(workspace: Workspace, group: QuoteGroup, self: GroupMember, candidates: readonly GroupMember[]): DiagnosticRelatedInformation[] {
	const info: DiagnosticRelatedInformation[] = [];
	for (const m of candidates) {
		const other = workspace.articleAtPath(m.document);
		if (m === self || !other || info.length === MAX_RELATED) {
			continue;
		}
		const role = m === group.canonical ? 'canonical version' : kindLabel(m.kind).toLowerCase();
		// The location already names the file: the message says what this version is.
		info.push({ location: { uri: other.uri, range: memberRange(other, m) }, message: role });
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
	return worstKind(group.members.filter((m) => !m.headline && !ignored(workspace, m)).map((m) => m.kind));
}

/** Whether `.misquote.json` of the member's folder ignores its difference. */
export function ignored(workspace: Workspace, member: GroupMember): boolean {
	const article = workspace.articleAtPath(member.document);
	return article !== undefined && article.folder.path !== '' && isIgnored(article.folder.config, relativePath(article.folder, article.path), member);
}
