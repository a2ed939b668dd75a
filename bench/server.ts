/**
 * The language server end to end: spawns the built server/out/server.js with --stdio, plays the
 * editor's part of the protocol and measures
 *   1. the first scan of a folder of 1,000 and of 10,000 generated articles, from `initialized`
 *      to the `misquote/status` notification with scanning=false (sent after the diagnostics of
 *      every article are published);
 *   2. on the 1,000 articles, the time from a didChange in an open article, rewording a
 *      statement quoted in other articles, to the updated diagnostics of those OTHER articles,
 *      with `misquote.updateDelay` at 0 and at its default (150 ms);
 *   3. the server's peak memory (VmHWM of the child process in /proc) after each stage.
 *
 * Usage: `npm run bench` (it builds the server first), or `node out/bench/server.js [--full]
 * [small large]` after `npm run build`. The run keeps to about three minutes: the large folder's
 * scan gets what is left of RUN_BUDGET_MS and, if still going then, is reported as far as it got;
 * `--full` lets it finish. `small large` replace the folder sizes (default 1000 10000).
 * The folders are generated deterministically under os.tmpdir() and deleted afterwards.
 * It never fails on speed: it exits non-zero only when the server crashes or hangs, a wait
 * times out or the server's answers are not what the corpus implies.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client, serverJs, TIMEOUT, type Position, type Status } from './lspClient';
import { Rand } from './random';

const SEED = 0x5e7e4;
const SIZES = [1_000, 10_000];
/** Edits on the 1,000 articles, alternately rewording a statement and restoring it. */
const EDITS = 30;
const EDIT_TARGETS = 3;
const DEFAULT_DELAY_MS = 150;
/** MB means 2^20 bytes throughout. */
const MB = 2 ** 20;
const TARGET = { editMedianMs: 200, scan10kSeconds: 60, peakMb: 1024 };
/**
 * The whole run's time budget: what is left of it when the last folder's scan starts is that
 * scan's budget. A scan still going when its budget runs out is reported as far as it got
 * (slow is a result, not a failure); a server that sends no status for `stallMs` has hung.
 * `--full` lets every scan finish.
 */
const RUN_BUDGET_MS = 155_000;


// ---- Random ----------------------------------------------------------------------------------


// ---- Word lists ------------------------------------------------------------------------------

const list = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

/** Countable nouns with regular plurals (+s). */
const NOUNS = list(`
	bridge clinic school hospital road railway harbour market factory library museum park station
	airport tunnel highway pipeline reservoir canal ferry tram shelter hostel prison courthouse
	warehouse depot campus laboratory farm orchard vineyard quarry mill refinery turbine substation
	platform budget contract licence permit pension subsidy grant loan tariff wage mortgage rule
	standard target deadline audit inquiry survey trial vaccine treatment scheme project strategy
	proposal reform measure treaty election ballot referendum petition protest strike appeal verdict
	warrant patrol checkpoint border route corridor lane junction crossing sewer drain wildfire
	drought harvest crop herd fishery forest river beach island valley village town suburb estate
	apartment cottage garage shop restaurant hotel theatre cinema gallery festival concert tournament
	team panel tribunal nurse doctor teacher student farmer driver pilot engineer tenant landlord
	resident voter customer supplier investor volunteer soldier veteran pensioner patient parent
	family household classroom ward midwife paramedic firefighter lorry vessel tanker container dock
	pier lighthouse runway hangar meter boiler heater roof window pavilion arena pool stall kiosk
	bakery pharmacy surgery allotment cemetery marina quay weir embankment levee culvert footbridge
	viaduct roundabout underpass bypass cycleway pathway boardwalk promenade greenhouse barn silo
	dairy brewery distillery foundry shipyard sawmill kiln forge workshop studio hall chapel nursery
	hospice infirmary garrison lifeboat helicopter drone satellite telescope observatory aquarium
`);
const ADJS = list(`
	new old local regional national public private small large rural urban coastal northern southern
	eastern western central remote modern historic affordable expensive temporary permanent annual
	weekly digital green clean safe dangerous fragile vital basic extra additional separate joint
	independent municipal federal seasonal daily overdue outdated unused empty crowded busy quiet
	flooded damaged broken vacant elderly young skilled medical legal financial technical
	environmental agricultural industrial residential commercial cultural civil criminal electoral
	fiscal structural mental physical social primary secondary upper lower inner outer major minor
	current former future recent early late final initial proper equal costly heavy wide narrow
	deep shallow strong weak partial complete global foreign domestic internal external monthly
	quarterly wooden concrete steel electric solar nuclear tidal underground derelict crumbling
	leaking unsafe uninsured unlicensed unpaid untested experimental pioneering ambitious modest
	generous stricter looser tougher cheaper faster slower larger smaller newer older neglected
	forgotten abandoned restored renovated refurbished
`);
/** [base, past participle], none of them reporting verbs. */
const VERBS: ReadonlyArray<[string, string]> = list(`
	expand:expanded reduce:reduced build:built repair:repaired close:closed open:opened fund:funded
	protect:protected review:reviewed replace:replaced restore:restored cut:cut raise:raised
	lower:lowered double:doubled improve:improved extend:extended renew:renewed approve:approved
	reject:rejected delay:delayed cancel:cancelled launch:launched finish:finished publish:published
	deliver:delivered secure:secured defend:defended challenge:challenged investigate:investigated
	monitor:monitored upgrade:upgraded simplify:simplified rebuild:rebuilt reopen:reopened
	relocate:relocated hire:hired train:trained recruit:recruited pay:paid compensate:compensated
	preserve:preserved inspect:inspected manage:managed sell:sold buy:bought lease:leased
	insure:insured regulate:regulated ban:banned restrict:restricted limit:limited freeze:frozen
	spend:spent save:saved scrap:scrapped trim:trimmed control:controlled tackle:tackled
	privatise:privatised merge:merged redesign:redesigned revise:revised cover:covered
	oppose:opposed block:blocked connect:connected equip:equipped supply:supplied educate:educated
	demolish:demolished clear:cleared widen:widened resurface:resurfaced divert:diverted
	insulate:insulated retrofit:retrofitted
`).map((pair) => pair.split(':') as [string, string]);
const EVALS = list(`important vital essential clear obvious unacceptable disappointing encouraging
	remarkable worrying frustrating reasonable fair wrong urgent necessary`);
const MODALS = list('will can must should would could');
const MONTHS = list('January February March April May June July August September October November December');
const DAYS = list('Monday Tuesday Wednesday Thursday Friday');
const SEASONS = list('spring summer autumn winter');
const PLACES = list(`
	Ashford Bramley Carrow Dunmore Elmbridge Fairhaven Glenwood Harrowgate Ivybridge Kingsmere
	Larkfield Millbrook Newhaven Oakhurst Pinecrest Queensbury Redhill Stonebridge Thornbury Upton
	Westfield Yarrow Ashby Brookdale Castleton Dovercourt Easton Foxley Greystone Hollowell Kirkwood
	Marston Northam Penrith Rosedale Sandown Tilbury Wexley Alderney Barrowford Cranbrook Dalston
`);
const FIRST = list(`
	Maria James Priya Daniel Aisha Tom Elena Omar Sarah David Laura Michael Anna Peter Fatima Carlos
	Hannah Kevin Julia Ahmed Nina Robert Claire Samuel Olivia Martin Rachel Simon Sofia Patrick Helen
	Lucas Diana Andrew Rosa Victor Emma George Linda Ravi Yuki Ingrid Hugh Naomi Felix Irene Oscar
`);
const LAST = list(`
	Alvarez Chen Okafor Lindqvist Patel Novak Haddad Sato Brennan Kowalski Mendes Fischer Osei
	Nakamura Reyes Gallagher Petrov Dubois Moreau Schmidt Rossi Bianchi Jansen Larsen Nilsson Hughes
	Murphy Walsh Byrne Kaur Sharma Iyer Mensah Adeyemi Nwosu Mwangi Kariuki Tanaka Kimura Choi Nguyen
	Santos Oliveira Costa Ferreira Herrera Castillo Morales Ortega Vargas Romero Navarro Delgado
	Becker Hoffmann Wagner Krause Vogel Brandt Keller Weber Horvat Popescu Nagy Szabo Kaplan Levin
	Abbott Barker Carver Dawson Fletcher Garner Harding Ingram Jennings Kendall Lawson Mercer Norris
	Osborne Prescott Rowland Sutton Thornton Underwood Whitaker Yates Ashworth Blackwood Caldwell
`);
const ROLES = list(`spokesperson director chair treasurer economist researcher organiser analyst
	manager adviser secretary`);
const ORG_PREFIXES = list(`Northfield Bluewater Redstone Oakridge Silverline Greenway Ironbridge
	Clearwater Highpoint Brightwell Stonegate Westmark Eastbrook Goldcrest Riverside Harbourview`);
const ORG_SUFFIXES = list(`Holdings Group Energy Transport Water Housing Trust Alliance Institute Union`);
const OUTLETS = list(`courier gazette herald chronicle observer examiner sentinel tribune mercury
	post standard record echo argus clarion dispatch`);

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const plural = (noun: string) => (/(?:s|x|ch|sh)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

// ---- Statements ------------------------------------------------------------------------------

/** A statement as words (punctuation attached), so variants can be made word by word. */
type Words = string[];

/** Picks one of several phrasings (each a space-separated string) and splits it into words. */
const one = (r: Rand, options: readonly string[]): Words => r.pick(options).split(' ').filter(Boolean);

function nounPhrase(r: Rand): Words {
	const many = r.chance(0.5);
	const det = r.pick(many ? ['the', 'our', 'these', 'their', 'those', 'local', 'more', 'fewer'] : ['the', 'our', 'this', 'every', 'that', 'a', 'one']);
	const rest = [...(r.chance(0.55) ? [r.pick(ADJS)] : []), many ? plural(r.pick(NOUNS)) : r.pick(NOUNS)];
	if (rest[0] === det) {
		rest.shift(); // "local local"
	}
	return [det === 'a' && /^[aeiou]/.test(rest[0]) ? 'an' : det, ...rest];
}
/** A plural subject (so verbs keep their base form). */
function subject(r: Rand): Words {
	if (r.chance(0.55)) {
		return [r.pick(['we', 'we', 'I', 'they', 'you'])];
	}
	return [r.pick(['the', 'our', 'these', 'local', 'many', 'most', 'some']), ...(r.chance(0.5) ? [r.pick(ADJS)] : []), plural(r.pick(NOUNS))];
}
function object(r: Rand): Words {
	switch (r.int(0, 9)) {
		case 0:
			return [String(r.int(2, 950)), ...(r.chance(0.5) ? [r.pick(ADJS)] : []), plural(r.pick(NOUNS))];
		case 1:
			return [String(r.int(2, 90)), r.pick(['million', 'billion', 'thousand']), r.pick(['dollars', 'pounds', 'euros']), r.pick(['on', 'for', 'in']), ...nounPhrase(r)];
		case 2:
			return [...nounPhrase(r), r.pick(['of', 'for', 'in', 'near', 'behind']), ...(r.chance(0.5) ? [r.pick(PLACES)] : nounPhrase(r))];
		default:
			return nounPhrase(r);
	}
}
function adjunct(r: Rand): Words {
	switch (r.int(0, 14)) {
		case 0:
		case 1:
			return [r.pick(['in', 'across', 'around', 'outside', 'near', 'beyond']), r.pick(PLACES)];
		case 2:
			return [r.pick(['across', 'near', 'around', 'outside', 'behind', 'inside', 'beside']), ...nounPhrase(r)];
		case 3:
			return [r.pick(['by', 'before', 'until', 'after', 'from']), r.pick(MONTHS)];
		case 4:
			return [r.pick(['this', 'next', 'last']), r.pick(SEASONS)];
		case 5:
			return [r.pick(['within', 'for', 'over', 'in']), String(r.int(2, 30)), r.pick(['days', 'weeks', 'months', 'years'])];
		case 6:
			return [r.pick(['in', 'by', 'before', 'since']), String(r.int(2015, 2032))];
		case 7:
			return one(r, ['for the first time', 'at last', 'as soon as possible', 'once and for all', 'without delay', 'on our own', 'step by step', 'if necessary']);
		case 8:
			return ['for', ...nounPhrase(r)];
		default:
			return [];
	}
}
function simpleClause(r: Rand): Words {
	const [verb, participle] = r.pick(VERBS);
	switch (r.int(0, 5)) {
		case 0:
			return [...subject(r), r.pick(MODALS), verb, ...object(r)];
		case 1:
			return [...subject(r), r.pick(['have', 'have already', 'have just', 'have finally', 'have never']), participle, ...object(r)];
		case 2:
			return [...subject(r), ...one(r, ['are going to', 'plan to', 'intend to', 'hope to', 'expect to', 'need to', 'have to', 'ought to']), verb, ...object(r)];
		case 3:
			return ['the', r.pick(NOUNS), r.pick(['is', 'was', 'remains', 'looks', 'seems', 'has become', 'feels']), r.pick(['too', 'far too', 'very', 'increasingly', 'still', 'rather', 'simply']), r.pick(ADJS)];
		case 4:
			return [...subject(r), r.pick(['spent', 'raised', 'saved', 'lost', 'invested', 'found', 'promised']), ...object(r)];
		default:
			return [...subject(r), r.pick(['need', 'want', 'deserve', 'lack', 'expect', 'demand', 'miss']), r.pick(['more', 'fewer', 'better', 'cheaper', 'safer', 'proper', 'real']), plural(r.pick(NOUNS))];
	}
}
function clause(r: Rand): Words {
	const [verb, participle] = r.pick(VERBS);
	switch (r.int(0, 13)) {
		case 0:
		case 1:
		case 2:
			return [...simpleClause(r), ...adjunct(r)];
		case 3:
			return [...one(r, ['we’ll', 'I’ll', 'they’ll', 'we’re going to', 'we’ve got to', 'you’ll see us']), verb, ...object(r), ...adjunct(r)];
		case 4:
			return [...one(r, ['it is', 'it’s', 'it was', 'I think it’s', 'everyone knows it’s', 'frankly, it’s']), r.pick(EVALS), 'that', ...simpleClause(r)];
		case 5:
			return [...one(r, ['there are', 'there were', 'we have', 'we counted', 'we still have']), String(r.int(3, 400)), r.pick(ADJS), plural(r.pick(NOUNS)), ...adjunct(r)];
		case 6:
			return [...one(r, ['nobody', 'no one', 'not one council', 'not a single minister', 'hardly anyone']), r.pick(['has', 'had', 'will ever have']), participle, ...object(r)];
		case 7:
			return [...subject(r), r.pick(['have never seen', 'never expected', 'rarely see', 'cannot remember']), plural(r.pick(NOUNS)), r.pick(['so', 'this', 'as', 'quite so']), r.pick(ADJS), ...adjunct(r)];
		case 8:
			return [...one(r, ['we don’t', 'we do not', 'I don’t', 'they won’t', 'we will not', 'I refuse to', 'we cannot', 'nobody should']), ...(r.chance(0.5) ? one(r, ['want to', 'intend to', 'plan to', 'have to', 'try to']) : []), verb, ...object(r), ...adjunct(r)];
		case 9: {
			const condition = [...one(r, ['if', 'unless', 'until', 'when', 'once', 'as long as']), ...subject(r), verb, ...object(r)];
			condition[condition.length - 1] += ',';
			return [...condition, ...simpleClause(r)];
		}
		case 10:
			return [...subject(r), r.pick(['asked', 'told', 'urged', 'warned', 'begged', 'reminded']), ...nounPhrase(r), r.pick(['to', 'not to']), verb, ...object(r)];
		case 11:
			return [r.pick(['people', 'families', 'residents', 'workers', 'parents', 'businesses', 'farmers', 'tenants']), r.pick(['in', 'across', 'around', 'outside']), r.pick(PLACES), r.pick(['are', 'feel', 'have been', 'were', 'seem']), r.pick(['tired of', 'worried about', 'angry about', 'proud of', 'fed up with', 'excited about', 'confused by']), ...nounPhrase(r)];
		case 12:
			return [...one(r, ['we know', 'I believe', 'they think', 'we feel', 'I am convinced', 'we accept', 'I suspect', 'you can see']), ...(r.chance(0.5) ? ['that'] : []), ...simpleClause(r)];
		default:
			return [r.pick(['this', 'that', 'it']), r.pick(['is', 'was', 'isn’t', 'wasn’t']), r.pick(['not', 'never', 'only', 'exactly', 'really', 'partly']), r.pick(['about', 'a question of', 'what we meant by', 'the end of', 'a matter of']), ...object(r)];
	}
}
function sentence(r: Rand): Words {
	const words = clause(r);
	if (r.chance(0.45)) {
		words[words.length - 1] += ',';
		words.push(...one(r, ['and', 'but', 'so', 'because', 'while', 'although', 'and then', 'yet', 'which is why']), ...clause(r));
	}
	words[0] = cap(words[0]);
	words[words.length - 1] += '.';
	return words;
}
/** One or two sentences, 10 to 36 words: what someone said. */
function statement(r: Rand): Words {
	for (;;) {
		const words = sentence(r);
		if (r.chance(0.4)) {
			words.push(...sentence(r));
		}
		if (words.length >= 10 && words.length <= 36) {
			return words;
		}
	}
}

/**
 * How a version of a statement was made from its original; `speaker`: same words, someone else.
 * Typography differs without a variant of its own: each outlet writes its apostrophes its way.
 */
type Variant = 'original' | 'identical' | 'punctuation' | 'truncation' | 'elision' | 'wording' | 'speaker';
const VARIANTS: ReadonlyArray<[Variant, number]> = [
	['identical', 0.5], ['punctuation', 0.1], ['truncation', 0.12],
	['elision', 0.08], ['wording', 0.14], ['speaker', 0.06],
];
function pickVariant(r: Rand): Variant {
	let x = r.next();
	for (const [v, p] of VARIANTS) {
		if ((x -= p) < 0) {
			return v;
		}
	}
	return 'identical';
}
const isContent = (w: string) => /^[a-z]+$/.test(w) && (ADJS.includes(w) || NOUNS.includes(w) || NOUNS.some((n) => plural(n) === w));
/** Another word of the same list and form for a content word (for wording changes and edits). */
function reword(r: Rand, w: string): string {
	if (ADJS.includes(w)) {
		return r.pick(ADJS.filter((x) => x !== w));
	}
	const noun = NOUNS.includes(w) ? w : NOUNS.find((n) => plural(n) === w)!;
	const other = r.pick(NOUNS.filter((x) => x !== noun));
	return w === noun ? other : plural(other);
}
function variantWords(r: Rand, original: Words, variant: Variant): Words {
	const words = [...original];
	const n = words.length;
	switch (variant) {
		case 'punctuation': {
			const comma = words.findIndex((w, k) => k < n - 1 && w.endsWith(','));
			if (comma >= 0) {
				words[comma] = words[comma].slice(0, -1);
			} else {
				const k = r.int(2, n - 3);
				words[k] += ',';
			}
			return words;
		}
		case 'truncation': {
			const keep = r.int(Math.max(7, n - 8), n - 2);
			const cut = r.chance(0.5) ? words.slice(n - keep) : words.slice(0, keep);
			cut[0] = cap(cut[0]);
			cut[cut.length - 1] = cut[cut.length - 1].replace(/[,.]$/, '') + '.';
			return cut;
		}
		case 'elision': {
			const a = r.int(3, n - 7);
			const b = a + r.int(2, Math.min(5, n - a - 4));
			return [...words.slice(0, a), '…', ...words.slice(b)];
		}
		case 'wording': {
			const content = words.flatMap((w, k) => (isContent(w.replace(/[,.]$/, '')) ? [k] : []));
			const k = content.length ? r.pick(content) : r.int(1, n - 1);
			const bare = words[k].replace(/[,.]$/, '');
			const replacement = isContent(bare) ? reword(r, bare) : r.pick(ADJS);
			words[k] = replacement + words[k].slice(bare.length);
			return words;
		}
		default:
			return words;
	}
}

// ---- Articles --------------------------------------------------------------------------------

interface Person {
	name: string;
	last: string;
	role: string;
	org: string;
}
interface Statement {
	speaker: Person;
	words: Words;
}
/** A version of a statement as written into an article. */
interface Placed {
	statement: number;
	variant: Variant;
	/** The quoted words as they appear in the article (final comma or full stop included). */
	text: string;
}
interface Article {
	path: string;
	text: string;
	placed: Placed[];
}
/** How an outlet writes quotation marks and apostrophes. */
interface OutletStyle {
	name: string;
	open: string;
	close: string;
	apostrophe: '’' | "'";
}

function person(r: Rand, orgs: readonly string[]): Person {
	const [first, last] = [r.pick(FIRST), r.pick(LAST)];
	return { name: `${first} ${last}`, last, role: r.pick(ROLES), org: r.pick(orgs) };
}

function proseSentence(r: Rand, people: readonly Person[]): string {
	const p = r.pick(people);
	switch (r.int(0, 13)) {
		case 0:
			return `The ${r.pick(ADJS)} ${r.pick(NOUNS)} in ${r.pick(PLACES)} has served ${r.int(2, 900)} ${plural(r.pick(NOUNS))} since ${r.int(1990, 2022)}.`;
		case 1:
			return `Officials in ${r.pick(PLACES)} have spent ${r.int(2, 90)} million dollars on ${r.pick(ADJS)} ${plural(r.pick(NOUNS))} over the past ${r.int(2, 9)} years.`;
		case 2:
			return `${p.org} did not respond to a request for comment on ${r.pick(DAYS)}.`;
		case 3:
			return `The ${r.pick(NOUNS)} was first proposed in ${r.int(2005, 2023)}, when ${plural(r.pick(NOUNS))} across ${r.pick(PLACES)} were ${r.pick(ADJS)}.`;
		case 4:
			return `Critics say the ${r.pick(NOUNS)} has left ${plural(r.pick(NOUNS))} in ${r.pick(PLACES)} without ${r.pick(ADJS)} ${plural(r.pick(NOUNS))}.`;
		case 5:
			return `According to figures published in ${r.pick(MONTHS)}, ${r.int(3, 800)} ${plural(r.pick(NOUNS))} in the region are ${r.pick(ADJS)}.`;
		case 6:
			return `A vote on the ${r.pick(ADJS)} ${r.pick(NOUNS)} is expected in ${r.pick(MONTHS)}.`;
		case 7:
			return `${p.name}, the ${p.role} of ${p.org}, has worked on the ${r.pick(NOUNS)} since ${r.int(2001, 2023)}.`;
		case 8:
			return `Residents of ${r.pick(PLACES)} met on ${r.pick(DAYS)} evening to discuss the ${r.pick(ADJS)} ${r.pick(NOUNS)}.`;
		case 9:
			return `The ${r.pick(NOUNS)} will cost about ${r.int(2, 95)} million dollars, the council said in ${r.pick(MONTHS)}.`;
		case 10:
			return `Last ${r.pick(SEASONS)}, ${r.int(2, 60)} ${plural(r.pick(NOUNS))} near ${r.pick(PLACES)} were ${r.pick(VERBS)[1]} after a ${r.pick(ADJS)} ${r.pick(NOUNS)} was found to be ${r.pick(ADJS)}.`;
		case 11:
			return `${p.org}, which runs ${r.int(2, 40)} ${plural(r.pick(NOUNS))} in the area, ${r.pick(VERBS)[1]} its ${r.pick(ADJS)} ${r.pick(NOUNS)} in ${r.int(2012, 2023)}.`;
		case 12:
			return `Neither side has published the ${r.pick(ADJS)} ${r.pick(NOUNS)}, and a ${r.pick(NOUNS)} in ${r.pick(PLACES)} has been postponed until ${r.pick(MONTHS)}.`;
		default:
			return `Opponents of the ${r.pick(NOUNS)} have collected ${r.int(200, 9000)} signatures, more than ${r.int(2, 9)} times the number needed to force a ${r.pick(['vote', 'review', 'hearing'])}.`;
	}
}

/**
 * A paragraph quoting `words` from `p`: the quote first ("…," she said) or after the
 * attribution (He said: "…"). Returns the paragraph and the quoted text as written.
 */
function quoteParagraph(r: Rand, style: OutletStyle, p: Person, words: Words, known: Set<Person>): { paragraph: string; quoted: string } {
	let text = words.join(' ');
	text = style.apostrophe === '’' ? text.replaceAll("'", '’') : text.replaceAll('’', "'");
	const first = !known.has(p);
	known.add(p);
	const who = first ? `${p.name}, ${r.chance(0.5) ? 'the' : /^[aeiou]/.test(p.role) ? 'an' : 'a'} ${p.role} at ${p.org},` : p.last;
	const { open, close } = style;
	if (r.chance(0.6)) {
		const quoted = text.replace(/\.$/, ',');
		const paragraph = first && r.chance(0.5)
			? `${open}${quoted}${close} said ${p.name}, the ${p.role} at ${p.org}.`
			: `${open}${quoted}${close} ${who} ${r.pick(['said', 'said', 'told reporters', 'added'])}.`;
		return { paragraph, quoted };
	}
	const lead = first ? `${p.name}, the ${p.role} at ${p.org}, said on ${r.pick(DAYS)}:` : `${p.last} ${r.pick(['said', 'added', 'told the meeting'])}:`;
	return { paragraph: `${lead} ${open}${text}${close}`, quoted: text };
}

interface Corpus {
	articles: Article[];
	statements: Statement[];
	bytes: number;
	digest: string;
}

/**
 * `n` articles of about 3 KB from 16 outlets, each with its own quotation marks and apostrophes:
 * reporter prose around 4 to 9 attributed quotations, about two of them versions of statements
 * quoted in 2 to 6 articles (as said, or varied), the rest said once.
 */
export function buildCorpus(n: number, seed: number): Corpus {
	const r = new Rand(seed);
	const orgs = ORG_PREFIXES.flatMap((p) => ORG_SUFFIXES.map((s) => `${p} ${s}`));
	const people = Array.from({ length: Math.max(200, n / 4) }, () => person(r, orgs));
	const styles: OutletStyle[] = OUTLETS.map((name) => {
		const straight = r.chance(0.3);
		return { name: `the-${name}`, open: straight ? '"' : '“', close: straight ? '"' : '”', apostrophe: straight || r.chance(0.2) ? "'" : '’' };
	});
	// Statements quoted in several articles, each version placed in a distinct article.
	const statements: Statement[] = [];
	const byArticle: Array<Array<{ statement: number; variant: Variant }>> = Array.from({ length: n }, () => []);
	for (let s = 0; s < Math.round(n * 0.6); s++) {
		statements.push({ speaker: r.pick(people), words: statement(r) });
		r.sample(n, r.pick([2, 2, 3, 3, 3, 4, 4, 5, 6])).forEach((a, k) => byArticle[a].push({ statement: s, variant: k === 0 ? 'original' : pickVariant(r) }));
	}
	const articles: Article[] = [];
	const hash = createHash('sha256');
	let bytes = 0;
	for (let a = 0; a < n; a++) {
		const style = styles[a % styles.length];
		const place = r.pick(PLACES);
		const cast = Array.from({ length: 3 }, () => r.pick(people));
		const known = new Set<Person>();
		const placed: Placed[] = [];
		const quotes: Array<() => string> = byArticle[a].map(({ statement: s, variant }) => () => {
			const st = statements[s];
			const speaker = variant === 'speaker' ? r.pick(people.filter((p) => p !== st.speaker)) : st.speaker;
			const { paragraph, quoted } = quoteParagraph(r, style, speaker, variantWords(r, st.words, variant), known);
			placed.push({ statement: s, variant, text: quoted });
			return paragraph;
		});
		for (let k = r.int(3, 6); k > 0; k--) {
			quotes.push(() => quoteParagraph(r, style, r.pick(cast), statement(r), known).paragraph);
		}
		const paragraphs = [
			`${place} ${r.pick(NOUNS)} ${r.pick(['plan', 'row', 'vote', 'deal'])} ${r.pick(['faces', 'draws', 'prompts'])} ${r.pick(ADJS)} ${r.pick(['questions', 'criticism', 'delays'])}`,
			`${place.toUpperCase()} — ${proseSentence(r, cast)} ${proseSentence(r, cast)}`,
		];
		for (const quote of r.shuffle(quotes)) {
			paragraphs.push(quote());
			if (r.chance(0.85)) {
				paragraphs.push(Array.from({ length: r.int(2, 4) }, () => proseSentence(r, cast)).join(' '));
			}
		}
		const text = `${paragraphs.join('\n\n')}\n`;
		const month = String(1 + (a % 12)).padStart(2, '0');
		const day = String(1 + (a % 28)).padStart(2, '0');
		const path = `${style.name}/2024-${month}-${day}-${place.toLowerCase()}-${a}.txt`;
		articles.push({ path, text, placed });
		hash.update(path).update(text);
		bytes += Buffer.byteLength(text);
	}
	return { articles, statements, bytes, digest: hash.digest('hex').slice(0, 12) };
}

function writeCorpus(corpus: Corpus, root: string): void {
	for (const a of corpus.articles) {
		const file = join(root, a.path);
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(file, a.text);
	}
}

// ---- Measurements ----------------------------------------------------------------------------

interface ScanResult {
	articles: number;
	bytes: number;
	startupMs: number;
	scanSeconds: number;
	/** False when the time budget ran out first: `status.documents` articles were read by then. */
	finished: boolean;
	published: number;
	withDiagnostics: number;
	status: Status;
	peakMb: number;
	rssMb: number;
	serverLog: string;
}

async function scan(client: Client, corpus: Corpus, budgetMs: number): Promise<ScanResult> {
	const n = corpus.articles.length;
	const { startupMs, initializedAt, scanned } = await client.initialize(n, budgetMs);
	const { status, finished } = await scanned;
	const scanSeconds = (performance.now() - initializedAt) / 1000;
	const uris = new Set(corpus.articles.map((a) => client.uri(a.path)));
	const published = [...client.diagnostics.keys()].filter((u) => uris.has(u)).length;
	if (finished && published !== n) {
		throw new Error(`the scan ended with diagnostics published for ${published} of ${n} articles`);
	}
	return {
		articles: n,
		bytes: corpus.bytes,
		startupMs,
		scanSeconds,
		finished,
		published,
		withDiagnostics: [...client.diagnostics.values()].filter((d) => d.diagnostics.length).length,
		status,
		...client.memory(),
		serverLog: client.logs.find((l) => l.startsWith('Read ')) ?? '',
	};
}

/** An open article, a statement it quotes as said, and the other articles that quote it. */
interface Target {
	path: string;
	/** The text as the editor has it now. */
	text: string;
	/** Offset of the word the edits replace (the same before and after), the word and what replaces it. */
	at: number;
	word: string;
	replacement: string;
	others: string[];
}

function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset);
	const line = before.split('\n').length - 1;
	return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Statements quoted in four or more articles, in an article that quotes them as said: opens
 * that article and asks the server (Find All References) which other articles quote it.
 * Articles that were opened and then not chosen stay open (unchanged).
 */
async function chooseTargets(client: Client, corpus: Corpus, count: number): Promise<Target[]> {
	const r = new Rand(SEED ^ 0xed17);
	const versions = new Map<number, number>();
	corpus.articles.forEach((a) => a.placed.forEach((p) => versions.set(p.statement, (versions.get(p.statement) ?? 0) + 1)));
	const targets: Target[] = [];
	for (const article of corpus.articles) {
		if (targets.length === count) {
			break;
		}
		const p = article.placed.find((q) => (versions.get(q.statement) ?? 0) >= 4 && (q.variant === 'original' || q.variant === 'identical'));
		if (!p) {
			continue;
		}
		const start = article.text.indexOf(p.text);
		const words = [...p.text.matchAll(/\b[a-z]{4,}\b/g)].filter((m) => isContent(m[0]));
		if (start < 0 || !words.length) {
			continue;
		}
		const w = r.pick(words);
		const at = positionAt(article.text, start + 2);
		const self = client.uri(article.path);
		// Take a version that differs from the canonical one at most in marks, so that each edit
		// changes its kind (identical ↔ wording) and with it every other article's diagnostics.
		const differs = client.diagnostics.get(self)?.diagnostics.some((d) => d.message.startsWith('Differs from') && d.range.start.line === at.line && d.range.start.character <= at.character && at.character <= d.range.end.character);
		if (differs) {
			continue;
		}
		client.open(article.path, article.text);
		const refs = await client.references(article.path, at);
		const others = [...new Set(refs.map((l) => l.uri).filter((u) => u !== self))];
		if (others.length < 2) {
			continue;
		}
		targets.push({ path: article.path, text: article.text, at: start + w.index, word: w[0], replacement: reword(r, w[0]), others });
	}
	if (targets.length < count) {
		throw new Error(`found ${targets.length} of ${count} statements quoted as said and grouped with versions in two or more other articles`);
	}
	return targets;
}

interface EditTimes {
	/** Edit sent → the diagnostics of every other article of the statement arrived. */
	others: number[];
	/** Edit sent → the edited article's own diagnostics arrived. */
	own: number[];
	/** Other articles' diagnostics that arrived unchanged (the update did not show in them). */
	unchanged: number;
	publications: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Alternately rewords a target's word and restores it, `edits` times in all, timing the
 * diagnostics of the edited article and of every other article of the statement.
 *
 * Each edit turns a version that matches the canonical one into one with other words, or
 * back, so every article of the statement has new diagnostics to receive.
 */
async function edit(client: Client, targets: Target[], edits: number): Promise<EditTimes> {
	const times: EditTimes = { others: [], own: [], unchanged: 0, publications: 0 };
	for (let i = 0; i < edits; i++) {
		const t = targets[Math.floor(i / 2) % targets.length];
		const restoring = i % 2 === 1;
		const [from, to] = restoring ? [t.replacement, t.word] : [t.word, t.replacement];
		if (t.text.slice(t.at, t.at + from.length) !== from) {
			throw new Error(`bench bug: ${t.path} has no "${from}" at ${t.at}`);
		}
		const range = { start: positionAt(t.text, t.at), end: positionAt(t.text, t.at + from.length) };
		t.text = t.text.slice(0, t.at) + to + t.text.slice(t.at + from.length);
		const uris = [client.uri(t.path), ...t.others];
		const before = new Map(uris.map((u) => [u, JSON.stringify(client.diagnostics.get(u)?.diagnostics ?? [])]));
		const arrived = new Map<string, number>();
		const all = client.waitFor(
			'diagnostics',
			(u: string) => {
				if (before.has(u) && !arrived.has(u)) {
					arrived.set(u, client.diagnostics.get(u)!.at);
				}
				return arrived.size === uris.length;
			},
			TIMEOUT.editMs,
			`diagnostics of ${t.path} and the ${t.others.length} other articles quoting the statement`,
		);
		const settled = client.waitFor('status', () => true, TIMEOUT.editMs, 'the status after an edit');
		const sent = performance.now();
		client.change(t.path, [{ range, text: to }]);
		await all.catch((error: Error) => {
			const missing = uris.filter((u) => !arrived.has(u)).map((u) => u.slice(pathToFileURL(client.root).href.length + 1));
			throw new Error(`${error.message} (edit ${i + 1}; none for ${missing.join(', ')})`);
		});
		await settled;
		times.own.push(arrived.get(uris[0])! - sent);
		times.others.push(Math.max(...t.others.map((u) => arrived.get(u)!)) - sent);
		times.publications += t.others.length;
		times.unchanged += t.others.filter((u) => JSON.stringify(client.diagnostics.get(u)!.diagnostics) === before.get(u)).length;
	}
	return times;
}

// ---- Output ----------------------------------------------------------------------------------

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function printTable(rows: string[][]): void {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	for (const r of rows) {
		const cells = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c] + 3)));
		console.log(cells.join('').trimEnd());
	}
}
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
function quantile(xs: readonly number[], q: number): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function printScan(s: ScanResult): void {
	const read = s.finished ? s.articles : s.status.documents;
	const rate = read / s.scanSeconds;
	if (s.finished) {
		console.log(
			`scan ${n0(s.articles)} articles (${(s.bytes / MB).toFixed(1)} MB): ${s.scanSeconds.toFixed(2)} s from initialized`,
			`(${n0(rate)} articles/s, ${(s.bytes / MB / s.scanSeconds).toFixed(2)} MB/s); server start to initialize response ${n0(s.startupMs)} ms`,
		);
	} else {
		console.log(
			`scan ${n0(s.articles)} articles (${(s.bytes / MB).toFixed(1)} MB): NOT FINISHED when its time budget ran out, ${s.scanSeconds.toFixed(0)} s`,
			`from initialized, with ${n0(read)} articles read (${n0(rate)} articles/s so far: the whole folder would take at least ${n0(s.articles / rate)} s);`,
			`run \`node out/bench/server.js --full\` to let it finish`,
		);
	}
	console.log(
		`  ${n0(s.status.quotations)} quotations, ${n0(s.status.statements)} statements, ${n0(s.status.differing)} differing;`,
		`diagnostics on ${n0(s.withDiagnostics)} of ${n0(s.published)} articles published; server peak RSS ${n0(s.peakMb)} MB (now ${n0(s.rssMb)} MB)`,
	);
	if (s.serverLog) {
		console.log(`  server: ${s.serverLog}`);
	}
}

function printEdits(label: string, t: EditTimes): void {
	const f = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(0)} ms, p95 ${quantile(xs, 0.95).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
	console.log(`edits, ${label}: ${t.others.length} edits; other articles' diagnostics ${f(t.others)}`);
	console.log(`  edited article's own diagnostics ${f(t.own)}; ${t.publications - t.unchanged} of ${t.publications} other articles' diagnostics changed by the edit`);
}

// ---- Main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const full = args.includes('--full');
	const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
	const [small, large] = sizes.length ? [sizes[0], sizes[1]] : SIZES;
	if (!existsSync(serverJs)) {
		throw new Error(`${serverJs} is missing: run \`npm run build\` first`);
	}
	const started = performance.now();
	console.log(`server: ${serverJs}; ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes slow every figure)`);
	const clients: Client[] = [];
	const dirs: string[] = [];
	/** Writes a folder of `size` articles and starts a server on it (with updateDelay 0). */
	const prepare = (size: number) => {
		const t0 = performance.now();
		const corpus = buildCorpus(size, SEED + size);
		const root = mkdtempSync(join(tmpdir(), `misquote-bench-server-${size}-`));
		dirs.push(root);
		writeCorpus(corpus, root);
		const quoted = corpus.articles.reduce((k, a) => k + a.placed.length, 0);
		console.log(
			`\nfolder: ${n0(size)} articles, ${(corpus.bytes / MB).toFixed(1)} MB (seed 0x${(SEED + size).toString(16)}, digest ${corpus.digest}),`,
			`${n0(corpus.statements.length)} statements quoted in ${n0(quoted)} versions; written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
		);
		const client = new Client(root, { updateDelay: 0 });
		clients.push(client);
		return { corpus, client };
	};
	try {
		// The small folder: its scan, then edits with no delay, then (a rescan later) with the default one.
		const one = prepare(small);
		const first = await scan(one.client, one.corpus, Infinity);
		printScan(first);
		await sleep(500); // lets a flush timer left by the scan fire
		const targets = await chooseTargets(one.client, one.corpus, EDIT_TARGETS);
		console.log(`  edit targets: ${targets.map((t) => `${t.path} ("${t.word}" → "${t.replacement}", ${t.others.length} other articles)`).join('; ')}`);
		await sleep(300);
		const zero = await edit(one.client, targets, EDITS);
		printEdits('updateDelay 0', zero);
		// A configuration change makes the server read the folder again.
		const rescanned = one.client.scanEnd(small, Infinity);
		const t1 = performance.now();
		one.client.configure({});
		await rescanned;
		const rescanSeconds = (performance.now() - t1) / 1000;
		console.log(`  rescan after the settings changed (updateDelay back to its default, ${DEFAULT_DELAY_MS} ms): ${rescanSeconds.toFixed(2)} s`);
		await sleep(500);
		const standard = await edit(one.client, targets, EDITS);
		printEdits(`updateDelay ${DEFAULT_DELAY_MS} (default)`, standard);
		const afterEdits = one.client.memory().peakMb;
		console.log(`  server peak RSS after the edits and the rescan: ${n0(afterEdits)} MB`);
		await one.client.stop();

		// The large folder: its scan, in what is left of the run's budget.
		const two = prepare(large);
		const budgetMs = full ? Infinity : Math.max(30_000, RUN_BUDGET_MS - (performance.now() - started));
		const second = await scan(two.client, two.corpus, budgetMs);
		printScan(second);
		if (second.finished) {
			await two.client.stop();
		} else {
			two.client.kill(); // busy reading: it would answer shutdown only between two articles
		}

		const med0 = quantile(zero.others, 0.5);
		const medDefault = quantile(standard.others, 0.5);
		const scanRow = (r: ScanResult, target?: number): string[] => {
			const rate = (r.finished ? r.articles : r.status.documents) / r.scanSeconds;
			const measured = r.finished
				? `${r.scanSeconds.toFixed(1)} s, ${n0(rate)} articles/s`
				: `unfinished: ${n0(r.status.documents)} read in ${r.scanSeconds.toFixed(0)} s, ${n0(rate)} articles/s`;
			const verdictOf = () => (r.finished || r.scanSeconds >= target! ? verdict(r.finished && r.scanSeconds < target!) : '?');
			return [`scan ${n0(r.articles)} articles`, measured, target === undefined ? '-' : `< ${target} s`, target === undefined ? '' : verdictOf()];
		};
		console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
		printTable([
			['server through LSP over stdio (2-core machine)', 'measured', 'target', ''],
			scanRow(first),
			scanRow(second, TARGET.scan10kSeconds),
			[`edit → other articles' diagnostics, delay 0: median`, `${med0.toFixed(0)} ms`, `< ${TARGET.editMedianMs} ms`, verdict(med0 < TARGET.editMedianMs)],
			['                                              p95', `${quantile(zero.others, 0.95).toFixed(0)} ms`, '-', ''],
			[`edit → other articles' diagnostics, delay ${DEFAULT_DELAY_MS}: median`, `${medDefault.toFixed(0)} ms`, `< ${TARGET.editMedianMs + DEFAULT_DELAY_MS} ms`, verdict(medDefault < TARGET.editMedianMs + DEFAULT_DELAY_MS)],
			['                                                p95', `${quantile(standard.others, 0.95).toFixed(0)} ms`, '-', ''],
			[`server peak RSS, ${n0(small)} articles: scan / + edits, rescan`, `${n0(first.peakMb)} / ${n0(afterEdits)} MB`, `< ${TARGET.peakMb} MB`, verdict(afterEdits < TARGET.peakMb)],
			[`server peak RSS, ${n0(large)} articles${second.finished ? '' : ' (as far as the scan got)'}`, `${n0(second.peakMb)} MB`, `< ${TARGET.peakMb} MB`, second.finished || second.peakMb >= TARGET.peakMb ? verdict(second.peakMb < TARGET.peakMb) : '?'],
		]);
		console.log(`(peak RSS: VmHWM of the server process in /proc; targets other than the edit's are those of bench/matching.ts)`);
	} finally {
		clients.forEach((c) => c.kill());
		dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
	}
}

// Run as its own script only: the corpus bench bundles this file in for buildCorpus.
if (require.main === module && /server\.js$/.test(process.argv[1] ?? '')) {
	main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
	});
}
