/**
 * Diagnostics: every quotation whose versions differ between sources, unopened articles too.
 * A quote that is a version of several statements (a long quote covering sentences quoted apart
 * elsewhere) gets one diagnostic per statement, on the words it quotes of that statement.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { DIFFERENCE_ORDER, memberText, worstKind, type DifferenceKind, type GroupMember, type QuoteGroup } from '../engine';
import { isIgnored } from '../projectConfig';
import type { ReportedKind, SeverityName, Settings } from '../settings';
import { relativePath, type Article, type Workspace } from '../workspace';
import { describeChange, kindLabel, wordCount } from './describe';
import { primaryDiagnosticsOf } from './primary';
import { memberRange } from './ranges';

const SEVERITIES: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** Most other versions a diagnostic points at: the canonical one, then the most serious (the message counts them all). */
const MAX_RELATED = 10;
/** Most versions that do not differ (besides the canonical one) related information lists. */
const MAX_RELATED_SAME = 3;
/** Most sources a message names before it says how many more. */
const MAX_NAMED = 3;

/**
 * What diagnostics of many articles share about one group: computed once per publish (and per
 * folder's settings), so a statement reprinted by hundreds of outlets costs its members once,
 * not once per article.
 */
export type GroupFacts = Map<QuoteGroup, Map<Settings, Facts>>;

interface Facts {
	/** The members worth a diagnostic, most serious first. */
	reported: GroupMember[];
	reportedSet: Set<GroupMember>;
	/** The documents of reported members whose kind the settings show, in that order, once each. */
	differingDocs: string[];
	differingSet: Set<string>;
	/** What related information points at: the canonical version, then the most serious. */
	related: GroupMember[];
	/** Where, in `related`, the versions that do not differ begin. */
	sameFrom: number;
	/** Their locations and roles, once some diagnostic needed them. */
	relatedInfo?: Array<DiagnosticRelatedInformation | undefined>;
	/** Each document's members, and the documents with a body (not headline) version. */
	byDoc: Map<string, GroupMember[]>;
	bodyDocs: Set<string>;
}

/**
 * The diagnostics of one article: on a version that differs from the statement, what differs;
 * on a version quoted as the statement is (the canonical one and its exact copies), which sources
 * differ from it. `code` is the kind, `relatedInformation` points at the other versions.
 * Headline versions are shown with their statement but get no diagnostic and count for none.
 * A quotation found in a primary source gets that source's diagnostic instead (primary.ts).
 */
export function diagnosticsOf(workspace: Workspace, article: Article, facts: GroupFacts = new Map()): Diagnostic[] {
	const settings = article.folder.settings;
	const severityOf = (m: GroupMember): SeverityName => (m.kind === 'identical' ? 'off' : settings.severity[m.kind]);
	// A quotation found in a primary source is compared with it, not with the other outlets.
	const checks = workspace.primaryChecks(article);
	const diagnostics = primaryDiagnosticsOf(workspace, article);
	for (const group of workspace.groupsOf(article)) {
		const known = factsOf(workspace, group, facts, settings);
		if (known.bodyDocs.size <= (known.bodyDocs.has(article.path) ? 1 : 0)) {
			continue; // no other article quotes the statement in its body
		}
		for (const member of known.byDoc.get(article.path) ?? []) {
			if (member.headline || wordsOf(member) < settings.minimumWords || checks.get(member.quote.id)?.check.found) {
				continue;
			}
			let diagnostic: Diagnostic | undefined;
			if (member.kind === 'identical') {
				const others = known.differingDocs.length - (known.differingSet.has(article.path) ? 1 : 0);
				if (others > 0) {
					const worst = known.reported.find((o) => o.document !== article.path && severityOf(o) !== 'off')!;
					const shown: string[] = [];
					for (let i = 0; i < known.differingDocs.length && shown.length < MAX_NAMED; i++) {
						if (known.differingDocs[i] !== article.path) {
							shown.push(workspace.displayPath(known.differingDocs[i]));
						}
					}
					const named = others > MAX_NAMED ? `${shown.join(', ')} and ${others - MAX_NAMED} more` : shown.join(', ');
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
				diagnostic.relatedInformation = related(workspace, group, member, known);
				diagnostics.push(diagnostic);
			}
		}
	}
	return diagnostics;
}

function factsOf(workspace: Workspace, group: QuoteGroup, facts: GroupFacts, settings: Settings): Facts {
	let bySettings = facts.get(group);
	if (!bySettings) {
		bySettings = new Map();
		facts.set(group, bySettings);
	}
	let known = bySettings.get(settings);
	if (!known) {
		const body = group.members.filter((m) => !m.headline);
		const reported = body.filter((m) => worthReporting(workspace, m, settings.minimumWords)).sort((a, b) => rank(b) - rank(a));
		const reportedSet = new Set(reported);
		const differingSet = new Set(reported.filter((m) => settings.severity[m.kind as ReportedKind] !== 'off').map((m) => m.document));
		// The canonical version, those that differ, then a few of the rest: in a statement
		// reprinted by hundreds of outlets, a list of exact copies tells nothing and costs every
		// article that quotes it.
		const rest = body.filter((m) => m !== group.canonical && !reportedSet.has(m)).slice(0, MAX_RELATED_SAME + 1);
		const related = [group.canonical, ...reported.filter((m) => m !== group.canonical), ...rest];
		const byDoc = new Map<string, GroupMember[]>();
		for (const m of group.members) {
			const list = byDoc.get(m.document);
			if (list) {
				list.push(m);
			} else {
				byDoc.set(m.document, [m]);
			}
		}
		known = {
			reported,
			reportedSet,
			differingDocs: [...differingSet],
			differingSet,
			related: related.slice(0, MAX_RELATED + 1),
			sameFrom: related.length - rest.length,
			byDoc,
			bodyDocs: new Set(body.map((m) => m.document)),
		};
		bySettings.set(settings, known);
	}
	return known;
}

/** Members are rebuilt only when their statement or version changes: their word counts are kept. */
const wordCounts = new WeakMap<GroupMember, number>();

function wordsOf(member: GroupMember): number {
	let n = wordCounts.get(member);
	if (n === undefined) {
		n = wordCount(memberText(member).text);
		wordCounts.set(member, n);
	}
	return n;
}

function rank(m: GroupMember): number {
	return DIFFERENCE_ORDER.indexOf(m.kind);
}

function related(workspace: Workspace, group: QuoteGroup, self: GroupMember, known: Facts): DiagnosticRelatedInformation[] {
	// Where each candidate is, worked out once per group and publish, whichever article asks.
	known.relatedInfo ??= known.related.map((m) => {
		const other = workspace.articleAtPath(m.document);
		const role = m === group.canonical ? 'canonical version' : kindLabel(m.kind).toLowerCase();
		// The location already names the file: the message says what this version is.
		return other ? { location: { uri: other.uri, range: memberRange(other, m) }, message: role } : undefined;
	});
	const info: DiagnosticRelatedInformation[] = [];
	let same = 0;
	known.related.forEach((m, i) => {
		const entry = known.relatedInfo![i];
		if (m === self || !entry || info.length === MAX_RELATED || (i >= known.sameFrom && same === MAX_RELATED_SAME)) {
			return;
		}
		same += Number(i >= known.sameFrom);
		info.push(entry);
	});
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
	return (
		article !== undefined &&
		article.folder.path !== '' &&
		article.folder.config.ignore.length > 0 &&
		isIgnored(article.folder.config, relativePath(article.folder, article.path), member)
	);
}
