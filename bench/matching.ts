/**
 * Cross-source matching at scale. Generates 10,000 articles (~40 MB) in which 2,000 statements
 * are each quoted in 2–6 articles, every version planted as the original or as a variant of one
 * kind (identical, typography, punctuation, truncation, elision, wording, speaker, interrupted),
 * among decoys (other statements sharing words with a planted one), stock phrases quoted by many
 * speakers, and statements quoted once. Runs the real engine over every article, indexes them
 * all, and reports index time, peak memory, single-document update time, recall of the planted
 * versions per kind and wrong links, against the targets of the issue.
 *
 * Usage: `npm run bench` (after bench/extract), or `node out/bench/matching.js [mode]`:
 *   engine  stops after extraction: the corpus and how the engine reads its planted quotes;
 *   oracle  scores a perfect and a deliberately broken index built from the ground truth,
 *           to check the scorer itself (no index needed);
 * `--missed` lists every missed version instead of one example per kind, and `--seed N`
 * generates another corpus of the same make (the figures quoted are for the default seed).
 * It never fails on speed or accuracy: it exits non-zero only when the engine or the index
 * throws, or the index returns malformed groups.
 */
import { createHash } from 'node:crypto';
import { createEngine, type Engine, type Quote } from '../server/src/engine';
import {
	createCorpusIndex,
	DIFFERENCE_ORDER,
	type CorpusIndex,
	type DifferenceKind,
	type GroupMember,
	type QuoteGroup,
} from '../server/src/engine/matching';
import { createNlp } from '../server/src/nlp';
import { Rand } from './random';

/** The corpus's random seed; `--seed N` generates another corpus of the same make. */
const SEED = seedFromArgs() ?? 0x3a7c51;
const ARTICLES = 10_000;
const STATEMENTS = 2_000;
/** Share of statements whose original comes from a primary source (a press release). */
const PRIMARY_SHARE = 0.3;
const ORIGINALS_PER_PRIMARY = 3;
const DECOYS = 600;
const STOCK_USES_PER_PHRASE = 100;
/** Characters of each article, drawn uniformly: ~4 KB on average. */
const ARTICLE_CHARS: [number, number] = [3_700, 4_700];
const UPDATES = 200;
/** MB means 2^20 bytes throughout: text (UTF-8) and maxRSS alike. */
const MB = 2 ** 20;
const TARGET = { indexSeconds: 60, peakMb: 1024, updateMedianMs: 50 };

// ---- Random ----------------------------------------------------------------------------------


// ---- Word lists ------------------------------------------------------------------------------

const list = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

/** Countable nouns with regular plurals. */
const NOUNS = list(`
	bridge clinic school hospital road railway harbour market factory library museum park playground
	stadium station airport tunnel highway motorway pipeline reservoir canal ferry bus tram truck
	ambulance shelter hostel prison courthouse warehouse depot branch campus laboratory farm orchard
	vineyard mine quarry mill refinery turbine substation grid platform database server budget
	contract licence permit pension subsidy grant loan tariff fee wage salary mortgage rule standard
	target deadline audit inquiry survey trial vaccine treatment therapy scheme programme project
	strategy proposal reform measure treaty ceasefire election ballot referendum petition protest
	strike appeal verdict investigation warrant patrol checkpoint border route corridor lane junction
	crossing sewer drain storm wildfire drought harvest crop herd fishery forest river coastline beach
	island valley hill village town suburb neighbourhood estate apartment cottage garage shop
	restaurant cafe hotel theatre cinema gallery festival concert tournament match team panel
	tribunal nurse doctor teacher student farmer driver pilot engineer tenant landlord resident voter
	customer supplier investor volunteer soldier veteran pensioner patient parent family household
	classroom ward clinician midwife paramedic firefighter lorry vessel tanker container dock pier
	lighthouse runway hangar meter boiler heater roof window pavilion arena gym pool stall kiosk
	bakery pharmacy dentist surgery allotment cemetery crematorium marina slipway quay sluice weir
	embankment levee culvert footbridge viaduct roundabout carriageway underpass bypass cycleway
	pathway boardwalk promenade bandstand greenhouse barn silo dairy abattoir tannery brewery distillery
	foundry shipyard dockyard sawmill kiln forge workshop studio hall chapel clocktower belfry
	almshouse orphanage nursery creche hospice infirmary sanatorium asylum barracks armoury garrison
	lifeboat coastguard helicopter drone satellite telescope observatory planetarium aquarium zoo
`);

const ADJS = list(`
	new old local regional national public private small large rural urban coastal northern southern
	eastern western central remote modern historic affordable expensive temporary permanent annual
	weekly digital green clean safe dangerous fragile vital basic extra additional separate joint
	independent municipal federal seasonal daily overdue outdated unused empty crowded busy quiet
	flooded damaged broken vacant elderly young skilled medical legal financial technical
	environmental agricultural industrial residential commercial cultural military civil criminal
	electoral fiscal structural mental physical social primary secondary upper lower inner outer
	major minor current former future recent early late final initial proper equal costly heavy
	light wide narrow deep shallow strong weak partial complete global foreign domestic internal
	external monthly quarterly wooden concrete steel electric solar nuclear volcanic tidal
	underground overground derelict crumbling leaking unsafe uninsured unlicensed unpaid untested
	experimental pioneering ambitious modest generous stricter looser tougher cheaper faster slower
	larger smaller newer older neglected forgotten abandoned restored renovated refurbished
`);

/** Transitive verbs that are no reporting verbs; irregular forms below. */
const VERBS = list(`
	expand reduce build repair close open fund protect review replace restore support cut raise lower
	double improve extend renew approve reject delay cancel launch finish complete publish release
	deliver secure defend challenge investigate examine measure monitor track test upgrade modernise
	simplify rebuild reopen relocate hire train recruit pay compensate reward preserve clean inspect
	audit prioritise manage sell buy lease insure regulate ban restrict limit cap freeze subsidise lend
	spend save plan stop ship scrap trim submit control take give write choose break grow draw
	hold keep win lose send bring find lead meet tackle accept reform privatise nationalise merge
	redesign rethink reconsider revise update cover handle welcome oppose resist block fix connect
	equip supply feed educate digitise automate outsource relaunch refurbish renovate demolish
	clear drain dredge widen resurface reroute divert electrify insulate retrofit decommission
`);
const IRREGULAR: Readonly<Record<string, [past: string, participle: string]>> = {
	build: ['built', 'built'], rebuild: ['rebuilt', 'rebuilt'], cut: ['cut', 'cut'], pay: ['paid', 'paid'],
	sell: ['sold', 'sold'], buy: ['bought', 'bought'], lend: ['lent', 'lent'], spend: ['spent', 'spent'],
	hold: ['held', 'held'], keep: ['kept', 'kept'], win: ['won', 'won'], lose: ['lost', 'lost'],
	send: ['sent', 'sent'], bring: ['brought', 'brought'], find: ['found', 'found'], lead: ['led', 'led'],
	meet: ['met', 'met'], take: ['took', 'taken'], give: ['gave', 'given'], write: ['wrote', 'written'],
	choose: ['chose', 'chosen'], freeze: ['froze', 'frozen'], break: ['broke', 'broken'],
	grow: ['grew', 'grown'], draw: ['drew', 'drawn'], feed: ['fed', 'fed'],
	ban: ['banned', 'banned'], cap: ['capped', 'capped'], plan: ['planned', 'planned'],
	stop: ['stopped', 'stopped'], ship: ['shipped', 'shipped'], scrap: ['scrapped', 'scrapped'],
	trim: ['trimmed', 'trimmed'], submit: ['submitted', 'submitted'], control: ['controlled', 'controlled'],
};
/** Judgements for "it is … that". */
const EVALS = list(`important vital essential clear obvious unacceptable disappointing encouraging
	remarkable worrying frustrating reasonable fair right wrong urgent necessary possible unlikely`);
const PREPS = list('in across for from with under near through beyond along inside around behind outside');
const SEASONS = list('spring summer autumn winter');
const MONTHS = list('January February March April May June July August September October November December');
const DAYS = list('Monday Tuesday Wednesday Thursday Friday');
const PLACES = list(`
	Ashford Bramley Carrow Dunmore Elmbridge Fairhaven Glenwood Harrowgate Ivybridge Kingsmere
	Larkfield Millbrook Newhaven Oakhurst Pinecrest Queensbury Redhill Stonebridge Thornbury Upton
	Westfield Yarrow Ashby Brookdale Castleton Dovercourt Easton Foxley Greystone Hollowell Kirkwood
	Marston Northam Penrith Rosedale Sandown Tilbury Wexley Alderney Barrowford Cranbrook Dalston
	Ellesmere Farnley Grantham Hexham Kelso Ludlow Malvern Nairn Oundle Pershore Romsey Selby Tadley
	Wetherby Wymondham Axminster Bideford
`);

/** Given names the engine knows (all in its first-name list) and surnames that are no words. */
const FIRST = list(`
	Maria James Priya Daniel Aisha Tom Elena Omar Sarah David Laura Michael Anna Peter Fatima Carlos
	Hannah Kevin Julia Ahmed Nina Robert Claire Samuel Olivia Martin Rachel Simon Sofia Patrick Helen
	Lucas Diana Andrew Rosa Victor Emma George Linda Ravi Yuki Ingrid Hugh Naomi Felix Irene Oscar
	Paula Gavin Tanya Derek Monica Keith Vanessa Nigel Sylvia Colin Karen Stuart Wendy Raymond Louise
	Gordon Fiona Neil Judith Brian Carla
`);
const LAST = list(`
	Alvarez Chen Okafor Lindqvist Patel Novak Haddad Sato Brennan Kowalski Mendes Fischer Osei
	Nakamura Reyes Gallagher Petrov Dubois Moreau Schmidt Rossi Bianchi Jansen Larsen Nilsson Hughes
	Murphy Walsh Byrne Kaur Sharma Iyer Mensah Adeyemi Nwosu Mwangi Kariuki Tanaka Kimura Choi Nguyen
	Tran Pham Santos Oliveira Costa Ferreira Herrera Castillo Morales Ortega Vargas Romero Navarro
	Delgado Aguilar Fuentes Becker Hoffmann Wagner Krause Vogel Brandt Keller Weber Zimmermann Horvat
	Kovac Babic Popescu Ionescu Nagy Szabo Toth Varga Kaplan Levin Friedman Cohen Shapiro Abbott Barker
	Carver Dawson Fletcher Garner Harding Ingram Jennings Kendall Lawson Mercer Norris Osborne
	Prescott Rowland Sutton Thornton Underwood Vaughn Whitaker Yates Ashworth Blackwood Caldwell
	Drummond Eastwood Fairbanks Greaves Holloway Kingsley Lockwood Marlowe Northcott Pemberton
	Radcliffe Sinclair Templeton Wakefield Winslow
`);
const TITLES = list('Senator Mayor Governor Professor Commissioner Director Dr. Councillor Judge Ambassador Minister');
const ORG_PREFIXES = list(`
	Northfield Bluewater Redstone Oakridge Silverline Greenway Ironbridge Clearwater Highpoint
	Brightwell Stonegate Westmark Eastbrook Goldcrest Riverside Summit Harbourview Crestline Lakeshore
	Pinewood Starling Falcon Meridian Horizon Keystone Landmark Beacon Cedarwood Maplewood Granite
	Atlas Vantage Pioneer Frontier Sterling Heritage Compass Evergreen Northstar Kestrel Osprey
	Halcyon Zenith Solent Tamar
`);
/** An organisation's last words, and the noun a reporter uses for it ("the company said"). */
const ORG_SUFFIXES: ReadonlyArray<[string, string]> = [
	['Holdings', 'company'], ['Industries', 'company'], ['Group', 'company'], ['Technologies', 'company'],
	['Energy', 'company'], ['Motors', 'company'], ['Bank', 'bank'], ['Water Authority', 'authority'],
	['Transport Agency', 'agency'], ['City Council', 'council'], ['University', 'university'],
	['Workers Union', 'union'],
];
const STOCK_PHRASES = [
	'No comment.', 'I don’t know.', 'We’ll see.', 'It’s too early to say.', 'Absolutely not.',
	'We are looking into it.', 'Thank you.', 'That’s not true.', 'I have nothing to add.',
	'Time will tell.', 'We’re very pleased.', 'It is what it is.',
];

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
function plural(noun: string): string {
	if (/(?:s|x|z|ch|sh)$/.test(noun)) {
		return noun + 'es';
	}
	return /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's';
}
function regular(verb: string): string {
	if (verb.endsWith('e')) {
		return verb + 'd';
	}
	return /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ied' : verb + 'ed';
}
const pastOf = (verb: string) => IRREGULAR[verb]?.[0] ?? regular(verb);
const participleOf = (verb: string) => IRREGULAR[verb]?.[1] ?? regular(verb);
function thirdPerson(verb: string): string {
	if (/(?:s|x|z|ch|sh|o)$/.test(verb)) {
		return verb + 'es';
	}
	return /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's';
}

// ---- Statements: words as tokens, so variants can be made word by word -------------------------

/** Which list a content word comes from, and in which form. */
type Slot = 'noun' | 'nouns' | 'adj' | 'verb' | 'participle' | 'place' | 'season' | 'month' | 'eval';
const SLOT_WORDS: Readonly<Record<Slot, readonly string[]>> = {
	noun: NOUNS, nouns: NOUNS, adj: ADJS, verb: VERBS, participle: VERBS, place: PLACES,
	season: SEASONS, month: MONTHS, eval: EVALS,
};
function formOf(slot: Slot, lemma: string): string {
	return slot === 'nouns' ? plural(lemma) : slot === 'participle' ? participleOf(lemma) : lemma;
}

/**
 * `c` content word, `f` function word, `n` number, `aux` a verb "not" can follow, `neg` a
 * negation (`pos` is what it becomes without it: '' to drop it), `dash` and `ell` marks whose
 * character depends on the version's style.
 */
interface Tok {
	w: string;
	k: 'c' | 'f' | 'n' | 'aux' | 'neg' | 'dash' | 'ell';
	tail: string;
	slot?: Slot;
	lemma?: string;
	pos?: string;
}
const fw = (w: string): Tok => ({ w, k: 'f', tail: '' });
const aux = (w: string): Tok => ({ w, k: 'aux', tail: '' });
const neg = (w: string, pos: string): Tok => ({ w, k: 'neg', tail: '', pos });
function cw(r: Rand, slot: Slot): Tok {
	const lemma = r.pick(SLOT_WORDS[slot]);
	return { w: formOf(slot, lemma), k: 'c', tail: '', slot, lemma };
}
function num(r: Rand): Tok {
	const x = r.int(0, 9);
	const w = x < 5 ? String(r.int(2, 99)) : x < 8 ? String(r.int(100, 999)) : r.int(1_000, 9_999).toLocaleString('en-US');
	return { w, k: 'n', tail: '' };
}
const isWord = (t: Tok) => t.k !== 'dash' && t.k !== 'ell';
const wordCount = (toks: readonly Tok[]) => toks.filter(isWord).length;
const maybe = (r: Rand, p: number, make: () => Tok[]): Tok[] => (r.chance(p) ? make() : []);

interface Subject {
	toks: Tok[];
	/** we, i, they: may contract with the auxiliary ("we’ll"); np: a noun phrase. */
	person: 'we' | 'i' | 'they' | 'np';
}
function subject(r: Rand): Subject {
	const x = r.int(0, 9);
	if (x < 4) {
		return { toks: [fw('we')], person: 'we' };
	}
	if (x < 6) {
		return { toks: [fw('I')], person: 'i' };
	}
	if (x < 7) {
		return { toks: [fw('they')], person: 'they' };
	}
	return { toks: [fw(r.pick(['the', 'our', 'these', 'local'])), ...maybe(r, 0.4, () => [cw(r, 'adj')]), cw(r, 'nouns')], person: 'np' };
}
const CONTRACTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	we: { will: 'we’ll', have: 'we’ve', are: 'we’re' },
	i: { will: 'I’ll', have: 'I’ve', am: 'I’m' },
	they: { will: 'they’ll', have: 'they’ve', are: 'they’re' },
};
/** The subject and its auxiliary, contracted about half the time when it can be. */
function withAux(r: Rand, s: Subject, auxiliary: string): Tok[] {
	const be = auxiliary === 'be' ? (s.person === 'i' ? 'am' : 'are') : auxiliary;
	const contracted = s.person === 'np' ? undefined : CONTRACTED[s.person][be];
	if (contracted && r.chance(0.45)) {
		return [fw(contracted)];
	}
	return [...s.toks, aux(be)];
}
function determiner(r: Rand, plural: boolean): Tok {
	return fw(r.pick(plural ? ['the', 'our', 'these', 'their', 'those'] : ['the', 'our', 'this', 'that', 'every', 'their']));
}
function nounPhrase(r: Rand): Tok[] {
	const many = r.chance(0.5);
	return [determiner(r, many), ...maybe(r, 0.5, () => [cw(r, 'adj')]), cw(r, many ? 'nouns' : 'noun')];
}
function ofPhrase(r: Rand): Tok[] {
	return [determiner(r, false), cw(r, 'noun'), fw('of'), ...(r.chance(0.3) ? [cw(r, 'place')] : nounPhrase(r))];
}
function object(r: Rand): Tok[] {
	switch (r.int(0, 4)) {
		case 0:
		case 1:
			return nounPhrase(r);
		case 2:
			return [num(r), ...maybe(r, 0.5, () => [cw(r, 'adj')]), cw(r, 'nouns')];
		case 3:
			return [num(r), fw(r.pick(['million', 'billion'])), fw(r.pick(['dollars', 'pounds', 'euros'])), fw('on'), ...nounPhrase(r)];
		default:
			return ofPhrase(r);
	}
}
function place(r: Rand): Tok[] {
	return r.chance(0.4) ? [fw(r.pick(PREPS)), cw(r, 'place')] : [fw(r.pick(PREPS)), ...nounPhrase(r)];
}
function time(r: Rand): Tok[] {
	switch (r.int(0, 5)) {
		case 0:
			return [fw('by'), fw('next'), cw(r, 'season')];
		case 1:
			return [fw('before'), fw('the'), fw('end'), fw('of'), cw(r, 'month')];
		case 2:
			return [fw('within'), num(r), fw(r.pick(['weeks', 'months']))];
		case 3:
			return [fw('this'), cw(r, 'season')];
		case 4:
			return [fw('in'), { w: String(r.int(2026, 2034)), k: 'n', tail: '' }];
		default:
			return [fw('by'), cw(r, 'month')];
	}
}

/** One clause in a speaker's voice: "we will expand the regional clinics across Ashford". */
function clause(r: Rand): Tok[] {
	const s = subject(r);
	switch (r.int(0, 10)) {
		case 0:
		case 1:
			return [...withAux(r, s, r.pick(['will', 'will', 'can', 'must', 'should', 'would', 'could'])), cw(r, 'verb'), ...object(r), ...maybe(r, 0.6, () => place(r)), ...maybe(r, 0.4, () => time(r))];
		case 2:
			return [...withAux(r, s, 'have'), cw(r, 'participle'), ...object(r), ...maybe(r, 0.6, () => place(r)), ...maybe(r, 0.3, () => [fw('since'), cw(r, 'month')])];
		case 3:
			return [...withAux(r, s, 'be'), fw('going'), fw('to'), cw(r, 'verb'), ...object(r), ...maybe(r, 0.5, () => place(r))];
		case 4:
			return [...s.toks, ...(r.chance(0.5) ? [aux('did'), neg('not', '')] : [neg('didn’t', 'did')]), cw(r, 'verb'), ...object(r), ...maybe(r, 0.6, () => place(r))];
		case 5:
			return [...s.toks, ...(r.chance(0.5) ? [aux('do'), neg('not', '')] : [neg('don’t', 'do')]), fw('want'), fw('to'), cw(r, 'verb'), ...object(r), ...place(r)];
		case 6: {
			const inner = subject(r);
			return [...(r.chance(0.5) ? [fw('it’s')] : [fw('it'), aux('is')]), cw(r, 'eval'), fw('that'), ...withAux(r, inner, r.pick(['will', 'can', 'must', 'should'])), cw(r, 'verb'), ...object(r)];
		}
		case 7:
			return [fw('there'), aux('are'), num(r), ...maybe(r, 0.6, () => [cw(r, 'adj')]), cw(r, 'nouns'), ...place(r)];
		case 8:
			return [num(r), fw('percent'), fw('of'), determiner(r, true), cw(r, 'nouns'), aux('have'), cw(r, 'participle'), ...nounPhrase(r)];
		case 9:
			return [fw('this'), aux('is'), fw('about'), ...ofPhrase(r), fw('and'), ...ofPhrase(r)];
		default:
			return [...withAux(r, s, 'have'), fw('never'), cw(r, 'participle'), ...object(r), ...maybe(r, 0.5, () => place(r))].map((t) =>
				t.w === 'never' ? neg('never', '') : t,
			);
	}
}
function sentence(r: Rand): Tok[] {
	const toks = clause(r);
	const join = r.int(0, 9);
	if (join >= 5) {
		toks[toks.length - 1].tail = join < 7 ? ',' : '';
		const glue = join < 7 ? [fw(r.pick(['and', 'but', 'so']))] : join < 9 ? [{ w: '—', k: 'dash', tail: '' } as Tok] : [fw('because')];
		toks.push(...glue, ...clause(r));
	}
	toks[0] = { ...toks[0], w: cap(toks[0].w) };
	toks[toks.length - 1].tail = '.';
	return toks;
}
/** A statement of 8 to 40 words, in one to three sentences. */
function statementTokens(r: Rand): Tok[] {
	for (;;) {
		const toks: Tok[] = [];
		for (let n = r.pick([1, 1, 2, 2, 2, 3]); n > 0; n--) {
			toks.push(...sentence(r));
		}
		const words = wordCount(toks);
		if (words >= 8 && words <= 40) {
			return toks;
		}
	}
}
const cloneToks = (toks: readonly Tok[]): Tok[] => toks.map((t) => ({ ...t }));

/** How a version writes apostrophes, dashes and ellipses. */
interface Style {
	apos: '’' | "'";
	dash: '—' | '–' | '--';
	ell: '…' | '...';
}
/** `T`: the quote comes first and ends with a comma ("…," she said); `L`: it ends the paragraph. */
type Cls = 'T' | 'L';
/** The quote's text as written, its last word closing with the given mark. */
function render(toks: readonly Tok[], style: Style, final: string): string {
	let out = '';
	toks.forEach((t, i) => {
		let w = t.k === 'dash' ? style.dash : t.k === 'ell' ? style.ell : t.w;
		if (style.apos === "'") {
			w = w.replaceAll('’', "'");
		}
		out += (i > 0 ? ' ' : '') + w + (i === toks.length - 1 ? final : t.tail);
	});
	return out;
}
const finalMark = (cls: Cls) => (cls === 'T' ? ',' : '.');

/**
 * Keeps statements apart: no two share a run of five words (with an open-class word in it), and
 * no two share three open-class words making half of either (so a link between different
 * statements is an error, never a near-duplicate).
 */
class Registry {
	private readonly shingles = new Map<string, number>();
	private readonly postings = new Map<string, number[]>();
	private readonly sizes: number[] = [];

	accepts(toks: readonly Tok[], except = -1): boolean {
		for (const s of shingles(toks)) {
			const owner = this.shingles.get(s);
			if (owner !== undefined && owner !== except) {
				return false;
			}
		}
		const content = contentWords(toks);
		const shared = new Map<number, number>();
		for (const w of content) {
			for (const id of this.postings.get(w) ?? []) {
				shared.set(id, (shared.get(id) ?? 0) + 1);
			}
		}
		for (const [id, n] of shared) {
			if (id !== except && n >= 3 && n / Math.min(content.size, this.sizes[id]) >= 0.5) {
				return false;
			}
		}
		return true;
	}

	add(toks: readonly Tok[]): number {
		const id = this.sizes.length;
		for (const s of shingles(toks)) {
			this.shingles.set(s, id);
		}
		const content = contentWords(toks);
		for (const w of content) {
			const ids = this.postings.get(w);
			if (ids) {
				ids.push(id);
			} else {
				this.postings.set(w, [id]);
			}
		}
		this.sizes.push(content.size);
		return id;
	}
}
/** Runs of five words with an open-class word in them ("before the end of March" is no statement's own). */
function shingles(toks: readonly Tok[]): string[] {
	const words = toks.filter(isWord);
	const out: string[] = [];
	for (let i = 0; i + 5 <= words.length; i++) {
		const run = words.slice(i, i + 5);
		if (run.some((t) => t.k === 'c' && OPEN_SLOTS.has(t.slot))) {
			out.push(run.map((t) => t.w.toLowerCase().replaceAll('’', "'")).join(' '));
		}
	}
	return out;
}
/** Words from the open lists (seasons, months and judgements are too few to tell statements apart). */
const OPEN_SLOTS: ReadonlySet<Slot | undefined> = new Set<Slot>(['noun', 'nouns', 'adj', 'verb', 'participle', 'place']);
function contentWords(toks: readonly Tok[]): Set<string> {
	return new Set(toks.filter((t) => t.k === 'c' && OPEN_SLOTS.has(t.slot)).map((t) => t.lemma!.toLowerCase()));
}

// ---- Speakers --------------------------------------------------------------------------------

interface Person {
	type: 'person';
	name: string;
	last: string;
	title: string;
	appositive: string;
}
interface Organisation {
	type: 'organisation';
	name: string;
	/** The reporter's noun for it: company, council, university, … */
	noun: string;
}
type Who = Person | Organisation;

function speakers(r: Rand): { persons: Person[]; orgs: Organisation[] } {
	const orgs: Organisation[] = [];
	for (const prefix of ORG_PREFIXES) {
		for (const [suffix, noun] of ORG_SUFFIXES) {
			orgs.push({ type: 'organisation', name: `${prefix} ${suffix}`, noun });
		}
	}
	r.shuffle(orgs);
	const persons: Person[] = [];
	const seen = new Set<string>();
	while (persons.length < 1_500) {
		const [first, last] = [r.pick(FIRST), r.pick(LAST)];
		const name = `${first} ${last}`;
		if (seen.has(name)) {
			continue;
		}
		seen.add(name);
		const org = r.pick(orgs).name;
		const appositive = r.pick([
			`a senior economist at ${org}`, `the head of ${org}`, `a spokesperson for ${org}`,
			`a researcher at ${org}`, `the chief executive of ${org}`, `a director at ${org}`,
		]);
		persons.push({ type: 'person', name, last, title: r.pick(TITLES), appositive });
	}
	return { persons, orgs: orgs.slice(0, 300) };
}

// ---- Planted statements and their versions ---------------------------------------------------

/** How a planted version was made from its statement's original. */
type Planted =
	| 'original' | 'identical' | 'typography' | 'punctuation' | 'truncation' | 'elision-marked'
	| 'elision-unmarked' | 'wording' | 'wording-number' | 'wording-negation' | 'speaker' | 'interrupted';
const PLANTED: readonly Planted[] = [
	'original', 'identical', 'typography', 'punctuation', 'truncation', 'elision-marked',
	'elision-unmarked', 'wording', 'wording-number', 'wording-negation', 'speaker', 'interrupted',
];
/**
 * The kinds the index may report for each, when the original is the group's canonical version
 * (the first is the one a perfect index reports).
 */
const EXPECTED: Readonly<Record<Planted, readonly DifferenceKind[]>> = {
	original: ['identical'], identical: ['identical'], typography: ['typography'], punctuation: ['punctuation'],
	truncation: ['truncation'], 'elision-marked': ['elision'], 'elision-unmarked': ['elision'],
	wording: ['wording'], 'wording-number': ['wording'], 'wording-negation': ['wording'], speaker: ['speaker'],
	// "“A,” she said. “B.”": the index joins the parts, so each differs in its marks at most.
	interrupted: ['punctuation', 'identical', 'typography'],
};

type Family = 'statement' | 'decoy' | 'stock' | 'single';
/** One quotation put in one article: a version of a statement, a decoy, a stock phrase or a one-off. */
interface Placement {
	family: Family;
	/** Same label, same statement: S12 (a planted statement), D3, K2.17, U845. */
	label: string;
	/** The planted statement (for a decoy: the one it imitates), or -1. */
	statement: number;
	planted: Planted | null;
	who: Who;
	/** The quoted words as written, one per part ("“A,” she said. “B.”" has two). */
	texts: string[];
	cls: Cls;
	/** For an interrupted version: split between sentences rather than inside one. */
	sentenceSplit: boolean;
	/** Filled when written: the attribution shape, and where. */
	shape: string;
	article: number;
}

interface StatementSpec {
	toks: Tok[];
	style: Style;
	cls: Cls;
	who: Who;
	primary: boolean;
	versions: Placement[];
}

function styleOf(r: Rand): Style {
	return { apos: r.chance(0.8) ? '’' : "'", dash: r.pick(['—', '—', '–', '--'] as const), ell: r.chance(0.5) ? '…' : '...' };
}
const hasApostrophe = (toks: readonly Tok[]) => toks.some((t) => t.w.includes('’'));
const hasDash = (toks: readonly Tok[]) => toks.some((t) => t.k === 'dash');

function applicable(st: StatementSpec): Planted[] {
	const words = wordCount(st.toks);
	return PLANTED.filter((p) => {
		switch (p) {
			case 'original':
				return false;
			case 'typography':
				return hasApostrophe(st.toks) || hasDash(st.toks);
			case 'wording-number':
				return st.toks.some((t) => t.k === 'n');
			case 'wording-negation':
				return st.toks.some((t) => t.k === 'neg' || t.k === 'aux');
			case 'interrupted':
				return words >= 12;
			case 'elision-marked':
			case 'elision-unmarked':
				return words >= 10;
			default:
				return true;
		}
	});
}

function placement(family: Family, label: string, statement: number, planted: Planted | null, who: Who, texts: string[], cls: Cls, sentenceSplit = false): Placement {
	return { family, label, statement, planted, who, texts, cls, sentenceSplit, shape: '', article: -1 };
}

/** Indices of the word tokens (not dashes or ellipses). */
const wordIndices = (toks: readonly Tok[]) => toks.flatMap((t, i) => (isWord(t) ? [i] : []));
function trimMarks(toks: Tok[]): Tok[] {
	while (toks.length && !isWord(toks[0])) {
		toks.shift();
	}
	while (toks.length && !isWord(toks[toks.length - 1])) {
		toks.pop();
	}
	return toks;
}
function replaceWord(r: Rand, t: Tok): void {
	let lemma = t.lemma!;
	while (lemma === t.lemma) {
		lemma = r.pick(SLOT_WORDS[t.slot!]);
	}
	const w = formOf(t.slot!, lemma);
	t.w = /^\p{Lu}/u.test(t.w) ? cap(w) : w;
	t.lemma = lemma;
}
function otherNumber(r: Rand, w: string): string {
	const v = Number(w.replaceAll(',', ''));
	if (/^20\d\d$/.test(w)) {
		return String(v + r.int(1, 3));
	}
	const digits = String(v).length;
	const x = r.chance(0.5) ? v * 10 : v + r.int(1, 8) * 10 ** (digits - 1);
	return x >= 1_000 ? x.toLocaleString('en-US') : String(x);
}

const range = (lo: number, hi: number) => Array.from({ length: Math.max(0, hi - lo + 1) }, (_, k) => lo + k);
/** A word a quotation can stop at: a content word or a figure. */
const endsPhrase = (t: Tok) => t.k === 'c' || t.k === 'n';

/** One version of a statement, of a given kind. */
function makeVersion(r: Rand, st: StatementSpec, id: number, planted: Planted, persons: readonly Person[]): Placement {
	const label = `S${id}`;
	const same = (toks: readonly Tok[], style = st.style, cls = st.cls, who: Who = st.who) =>
		placement('statement', label, id, planted, who, [render(toks, style, finalMark(cls))], cls);
	const toks = cloneToks(st.toks);
	const words = wordIndices(toks);
	const n = words.length;
	switch (planted) {
		case 'original':
		case 'identical':
			return same(toks);
		case 'typography': {
			const style = { ...st.style };
			const apos = hasApostrophe(toks);
			const dash = hasDash(toks);
			if (apos && (!dash || r.chance(0.5))) {
				style.apos = style.apos === '’' ? "'" : '’';
			}
			if (dash && (style.apos === st.style.apos || r.chance(0.5))) {
				style.dash = r.pick((['—', '–', '--'] as const).filter((d) => d !== st.style.dash));
			}
			return same(toks, style);
		}
		case 'punctuation': {
			const option = r.int(0, 2);
			if (option === 0) {
				// "in error." against "in error,": the same words, attributed after or before.
				return same(toks, st.style, st.cls === 'T' ? 'L' : 'T');
			}
			if (option === 1) {
				const commas = words.slice(0, -1).filter((i) => toks[i].tail === ',' || (toks[i].tail === '' && isWord(toks[i + 1])));
				const i = r.pick(commas);
				toks[i].tail = toks[i].tail === ',' ? '' : ',';
				return same(toks);
			}
			const lower = words.filter((i) => toks[i].k === 'c' && /^\p{Ll}/u.test(toks[i].w));
			const i = r.pick(lower.length ? lower : words.slice(1));
			toks[i].w = /^\p{Ll}/u.test(toks[i].w) ? cap(toks[i].w) : toks[i].w.toLowerCase();
			return same(toks);
		}
		case 'truncation': {
			// Six words or more, cut where a reporter would: not after "their", not before "and".
			const atStart = r.chance(0.5);
			const keeps = range(6, n - 2).filter((keep) =>
				atStart ? !/^(?:and|but|so|because)$/i.test(toks[words[n - keep]].w) : endsPhrase(toks[words[keep - 1]]),
			);
			const keep = keeps.length ? r.pick(keeps) : r.int(6, n - 2);
			const cut = atStart ? toks.slice(words[n - keep]) : toks.slice(0, words[keep - 1] + 1);
			return placement('statement', label, id, planted, st.who, [render(trimMarks(cut), st.style, finalMark(st.cls))], r.chance(0.5) ? 'T' : 'L');
		}
		case 'elision-marked':
		case 'elision-unmarked': {
			// Leave out words [a, b) of the n: two or more, at most half, four or more kept each side.
			const a = r.int(4, n - 6);
			const b = r.int(a + 2, Math.min(n - 4, a + Math.floor(n / 2)));
			const before = trimMarks(toks.slice(0, words[a]));
			const after = trimMarks(toks.slice(words[b]));
			const last = before[before.length - 1];
			last.tail = planted === 'elision-marked' ? '' : last.tail === '.' || toks[words[b - 1]].tail === '.' ? '.' : '';
			const marked = planted === 'elision-marked' ? [{ w: '…', k: 'ell', tail: '' } as Tok] : [];
			return placement('statement', label, id, planted, st.who, [render([...before, ...marked, ...after], st.style, finalMark(st.cls))], st.cls);
		}
		case 'wording': {
			const content = r.shuffle(words.filter((i) => toks[i].k === 'c'));
			const m = Math.min(content.length, r.int(1, 1 + Math.floor(Math.max(0, n - 8) / 8)));
			for (const i of content.slice(0, Math.max(1, m))) {
				replaceWord(r, toks[i]);
			}
			return same(toks);
		}
		case 'wording-number': {
			const t = toks[r.pick(words.filter((i) => toks[i].k === 'n'))];
			t.w = otherNumber(r, t.w);
			return same(toks);
		}
		case 'wording-negation': {
			const negation = toks.findIndex((t) => t.k === 'neg');
			if (negation >= 0) {
				const t = toks[negation];
				if (t.pos) {
					t.w = /^\p{Lu}/u.test(t.w) ? cap(t.pos) : t.pos;
				} else {
					toks[negation - 1].tail = t.tail || toks[negation - 1].tail;
					toks.splice(negation, 1);
				}
			} else {
				const i = r.pick(words.filter((k) => toks[k].k === 'aux'));
				const t = toks[i];
				if (t.w.toLowerCase() === 'can') {
					t.w += 'not';
				} else {
					toks.splice(i + 1, 0, { w: 'not', k: 'neg', tail: t.tail, pos: '' });
					t.tail = '';
				}
			}
			return same(toks);
		}
		case 'speaker': {
			let who: Who = st.who;
			while (who.name === st.who.name) {
				who = r.pick(persons);
			}
			return same(toks, st.style, st.cls, who);
		}
		case 'interrupted': {
			// Between sentences when both halves keep six words, else inside a sentence.
			const ends = words.filter((i, k) => toks[i].tail === '.' && k + 1 >= 6 && n - k - 1 >= 6);
			const sentenceSplit = ends.length > 0;
			const inside = range(6, n - 6).filter((k) => endsPhrase(toks[words[k - 1]]));
			const splitAt = sentenceSplit ? r.pick(ends) + 1 : words[inside.length ? r.pick(inside) : r.int(6, n - 6)];
			const first = trimMarks(toks.slice(0, splitAt));
			const second = trimMarks(toks.slice(splitAt));
			if (!sentenceSplit && /^\p{Lu}/u.test(second[0].w) && second[0].w !== 'I' && !/^I’/.test(second[0].w)) {
				second[0].w = second[0].w.toLowerCase();
			}
			return placement('statement', label, id, planted, st.who, [render(first, st.style, ','), render(second, st.style, '.')], 'L', sentenceSplit);
		}
	}
}

// ---- The reporter's prose --------------------------------------------------------------------

function fillerSentence(r: Rand): string {
	const adj = () => (r.chance(0.5) ? r.pick(ADJS) + ' ' : '');
	const np = () => `the ${adj()}${r.pick(NOUNS)}`;
	const nps = () => `${r.pick(['the', 'several', 'some', 'many', 'dozens of'])} ${adj()}${plural(r.pick(NOUNS))}`;
	const past = () => pastOf(r.pick(VERBS));
	const participle = () => participleOf(r.pick(VERBS));
	const when = () =>
		r.pick([
			`on ${r.pick(DAYS)}`, `in ${r.pick(MONTHS)}`, `last ${r.pick(['week', 'month', 'year', ...SEASONS])}`,
			`earlier this ${r.pick(['week', 'month', 'year'])}`, `in ${r.int(2009, 2025)}`,
		]);
	const where = () => `${r.pick(PREPS)} ${r.chance(0.5) ? r.pick(PLACES) : np()}`;
	switch (r.int(0, 11)) {
		case 0:
			return `The ${adj()}${r.pick(NOUNS)} in ${r.pick(PLACES)} ${past()} ${nps()} ${where()}.`;
		case 1:
			return `${r.int(2, 950)} ${adj()}${plural(r.pick(NOUNS))} ${r.pick(['were', 'had been'])} ${participle()} ${where()} ${when()}.`;
		case 2:
			return `It was not clear whether ${np()} would ${r.pick(VERBS)} ${nps()} ${where()}.`;
		case 3:
			return `${r.pick(PLACES)} has ${participle()} ${np()} for ${r.int(2, 40)} years.`;
		case 4:
			return `${cap(np())} is expected to ${r.pick(VERBS)} ${nps()} by ${r.pick(MONTHS)}.`;
		case 5:
			return `Last ${r.pick(SEASONS)}, ${np()} ${past()} ${r.int(2, 900)} ${plural(r.pick(NOUNS))} ${where()}.`;
		case 6:
			return `Residents of ${r.pick(PLACES)} ${past()} ${np()} ${when()}.`;
		case 7:
			return `${cap(np())} ${past()} ${nps()}, and ${np()} ${past()} ${np()} ${where()}.`;
		case 8:
			return `Figures for ${r.pick(MONTHS)} showed ${r.int(2, 900)} ${plural(r.pick(NOUNS))} ${where()}, up from ${r.int(2, 900)} a year earlier.`;
		case 9:
			return `Critics have ${participle()} ${np()} since ${r.pick(MONTHS)}, when ${nps()} were ${participle()}.`;
		case 10:
			return `The ${r.pick(NOUNS)} of ${r.pick(PLACES)} ${past()} ${np()} ${where()} ${when()}.`;
		default:
			return `A ${r.pick(ADJS)} ${r.pick(NOUNS)} near ${r.pick(PLACES)} was ${participle()} ${when()} after ${nps()} were ${participle()}.`;
	}
}
const fillerParagraph = (r: Rand) => Array.from({ length: r.int(2, 4) }, () => fillerSentence(r)).join(' ');
function headline(r: Rand): string {
	return cap(
		r.pick([
			`${r.pick(PLACES)} ${r.pick(NOUNS)} ${thirdPerson(r.pick(VERBS))} ${r.pick(ADJS)} ${plural(r.pick(NOUNS))}`,
			`${r.pick(ADJS)} ${plural(r.pick(NOUNS))} in ${r.pick(PLACES)} face ${r.pick(ADJS)} ${r.pick(NOUNS)}`,
			`what the ${r.pick(NOUNS)} plan means for ${r.pick(PLACES)}`,
		]),
	);
}
/** "has led the harbour budget since March": what a speaker did, before they are quoted. */
function predicate(r: Rand): string {
	return r.chance(0.5)
		? `has ${participleOf(r.pick(VERBS))} the ${r.pick(NOUNS)} since ${r.pick(MONTHS)}`
		: `${pastOf(r.pick(VERBS))} the ${r.pick(ADJS)} ${plural(r.pick(NOUNS))} on ${r.pick(DAYS)}`;
}

// ---- Articles --------------------------------------------------------------------------------

/** One planted quotation (one part of a placement) where it sits in its article. */
interface PlantedQuote {
	article: number;
	placement: Placement;
	part: number;
	start: number;
	end: number;
	/** Filled from the engine: the quote it found there (if any), and how it read it. */
	quoteId: string | null;
	speech: boolean;
	speakerOk: boolean;
	/** The speaker's name as the engine resolved it. */
	speakerRead: string | null;
}
interface Article {
	id: string;
	primary: boolean;
	text: string;
	planted: PlantedQuote[];
}

/**
 * Writes one quote paragraph with a real attribution shape. Pieces are text, or the index of
 * a part to write between quotation marks.
 */
function quoteParagraph(r: Rand, p: Placement, surnames: Map<string, string>): { shape: string; pieces: Array<string | number> } {
	const who = p.who;
	const lower = /^\p{Ll}/u.test(p.texts[0]);
	if (who.type === 'organisation') {
		const org = who.name;
		if (p.texts.length === 2) {
			return p.sentenceSplit
				? { shape: 'org-interrupted', pieces: [0, ` ${org} said in a statement. `, 1] }
				: { shape: 'org-interrupted-mid', pieces: [0, ` ${org} said, `, 1] };
		}
		const options: Array<{ shape: string; pieces: Array<string | number> }> =
			p.cls === 'T'
				? [
						{ shape: 'org-T-description', pieces: [`${org} ${predicate(r)}. `, 0, ` the ${who.noun} said.`] },
						{ shape: 'org-T-statement', pieces: [0, ` ${org} said in a statement.`] },
						{ shape: 'org-T-spokesperson', pieces: [0, ` a ${org} spokesperson said.`] },
					]
				: lower
					? [{ shape: 'org-L-partial', pieces: [`${org} said the ${r.pick(NOUNS)} would `, 0] }]
					: [
							{ shape: 'org-L-statement', pieces: [`${org} said in a statement: `, 0] },
							{ shape: 'org-L-spokesperson', pieces: [`A spokesperson for ${org} said: `, 0] },
							{ shape: 'org-L-description', pieces: [`${org} ${predicate(r)}. The ${who.noun} added: `, 0] },
						];
		return r.pick(options);
	}
	const { name, title, last, appositive } = who;
	const surnameFree = (surnames.get(last) ?? name) === name;
	surnames.set(last, name);
	if (p.texts.length === 2) {
		return p.sentenceSplit
			? r.pick([
					{ shape: 'person-interrupted', pieces: [0, ` said ${title} ${name}. `, 1] },
					{ shape: 'person-interrupted', pieces: [0, ` ${title} ${name} said. `, 1] },
				])
			: { shape: 'person-interrupted-mid', pieces: [0, ` ${title} ${name} said, `, 1] };
	}
	const options: Array<{ shape: string; pieces: Array<string | number> }> =
		p.cls === 'T'
			? [
					{ shape: 'person-T-said-name', pieces: [0, ` said ${title} ${name}.`] },
					{ shape: 'person-T-name-said', pieces: [0, ` ${title} ${name} said.`] },
					{ shape: 'person-T-apposition', pieces: [0, ` ${name}, ${appositive}, said.`] },
					{ shape: 'person-T-told', pieces: [0, ` ${name} told reporters.`] },
					...(surnameFree ? [{ shape: 'person-T-surname', pieces: [`${title} ${name} ${predicate(r)}. `, 0, ` ${last} said.`] }] : []),
				]
			: lower
				? [{ shape: 'person-L-partial', pieces: [`${title} ${name} said the ${r.pick(NOUNS)} would `, 0] }]
				: [
						{ shape: 'person-L-said', pieces: [`${title} ${name} said: `, 0] },
						{ shape: 'person-L-apposition', pieces: [`${name}, ${appositive}, said: `, 0] },
						{ shape: 'person-L-statement', pieces: [`In a statement, ${title} ${name} said: `, 0] },
						...(surnameFree ? [{ shape: 'person-L-surname', pieces: [`${title} ${name} ${predicate(r)}. ${last} added: `, 0] }] : []),
					];
	return r.pick(options);
}

function writeArticle(r: Rand, index: number, primary: boolean, placements: readonly Placement[]): Article {
	const marks: [string, string] = r.chance(0.7) ? ['“', '”'] : ['"', '"'];
	const parts: string[] = [];
	let length = 0;
	const write = (s: string) => {
		parts.push(s);
		length += s.length;
	};
	const paragraph = (s: string) => write((length ? '\n\n' : '') + s);
	const planted: PlantedQuote[] = [];
	const surnames = new Map<string, string>();
	paragraph(headline(r));
	paragraph(`${r.pick(PLACES).toUpperCase()} — ${fillerSentence(r)} ${fillerSentence(r)}`);
	for (const p of placements) {
		for (let k = r.int(1, 2); k > 0; k--) {
			paragraph(fillerParagraph(r));
		}
		const { shape, pieces } = quoteParagraph(r, p, surnames);
		p.shape = shape;
		p.article = index;
		write('\n\n');
		for (const piece of pieces) {
			if (typeof piece === 'string') {
				write(piece);
				continue;
			}
			write(marks[0]);
			const start = length;
			write(p.texts[piece]);
			planted.push({ article: index, placement: p, part: piece, start, end: length, quoteId: null, speech: false, speakerOk: false, speakerRead: null });
			write(marks[1]);
		}
	}
	const target = r.int(...ARTICLE_CHARS);
	while (length < target) {
		paragraph(fillerParagraph(r));
	}
	return { id: `bench/articles/${String(index).padStart(5, '0')}.article`, primary, text: parts.join(''), planted };
}

// ---- The corpus ------------------------------------------------------------------------------

interface Corpus {
	articles: Article[];
	statements: StatementSpec[];
	decoys: Placement[];
	stock: Placement[];
	singles: number;
	bytes: number;
	digest: string;
}

function buildCorpus(): Corpus {
	const r = new Rand(SEED);
	const { persons, orgs } = speakers(r);
	const anyone = (): Who => (r.chance(0.8) ? r.pick(persons) : r.pick(orgs));
	const registry = new Registry();
	const fresh = (): Tok[] => {
		for (;;) {
			const toks = statementTokens(r);
			if (registry.accepts(toks)) {
				registry.add(toks);
				return toks;
			}
		}
	};

	// Statements, and the versions each article will quote.
	const statements: StatementSpec[] = [];
	for (let id = 0; id < STATEMENTS; id++) {
		const st: StatementSpec = { toks: fresh(), style: styleOf(r), cls: r.chance(0.6) ? 'T' : 'L', who: anyone(), primary: r.chance(PRIMARY_SHARE), versions: [] };
		const kinds = applicable(st);
		st.versions.push(makeVersion(r, st, id, 'original', persons));
		for (let k = r.int(2, 6) - 1; k > 0; k--) {
			st.versions.push(makeVersion(r, st, id, r.pick(kinds), persons));
		}
		statements.push(st);
	}

	// Decoys: the same function words around other content words, or other words around shared ones.
	const decoys: Placement[] = [];
	const targets = r.shuffle(statements.map((_, id) => id)).slice(0, DECOYS);
	for (let d = 0; d < DECOYS; d++) {
		const target = targets[d];
		const st = statements[target];
		let toks: Tok[] | undefined;
		while (!toks) {
			let candidate: Tok[];
			if (d % 2 === 0) {
				candidate = cloneToks(st.toks);
				for (const t of candidate) {
					if (t.k === 'c') {
						replaceWord(r, t);
					} else if (t.k === 'n') {
						t.w = otherNumber(r, t.w);
					}
				}
			} else {
				candidate = statementTokens(r);
				const borrowed = r.shuffle(st.toks.filter((t) => t.k === 'c')).slice(0, 3);
				const taken = new Set<Tok>();
				for (const b of borrowed) {
					const slot = candidate.find((t) => t.k === 'c' && t.slot === b.slot && !taken.has(t));
					if (slot) {
						slot.w = /^\p{Lu}/u.test(slot.w) ? cap(b.w) : b.w;
						slot.lemma = b.lemma;
						taken.add(slot);
					}
				}
				if (taken.size < 2) {
					continue;
				}
			}
			if (registry.accepts(candidate, target)) {
				registry.add(candidate);
				toks = candidate;
			}
		}
		const cls: Cls = r.chance(0.6) ? 'T' : 'L';
		const who = r.chance(0.5) ? st.who : anyone();
		decoys.push(placement('decoy', `D${d}`, target, null, who, [render(toks, styleOf(r), finalMark(cls))], cls));
	}

	// Stock phrases, each use by a different speaker.
	const stock: Placement[] = [];
	STOCK_PHRASES.forEach((phrase, k) => {
		const used = new Set<string>();
		for (let u = 0; u < STOCK_USES_PER_PHRASE; u++) {
			let who = anyone();
			while (used.has(who.name)) {
				who = anyone();
			}
			used.add(who.name);
			const cls: Cls = r.chance(0.7) ? 'T' : 'L';
			const toks = phrase.split(' ').map(fw);
			toks[toks.length - 1].w = toks[toks.length - 1].w.replace(/\.$/, '');
			stock.push(placement('stock', `K${k}.${u}`, -1, null, who, [render(toks, styleOf(r), finalMark(cls))], cls));
		}
	});

	// Articles: primary sources carry originals only; the rest take one to four quotations.
	const primaryStatements = statements.filter((s) => s.primary);
	const primaries = Math.ceil(primaryStatements.length / ORIGINALS_PER_PRIMARY);
	const specs = r.shuffle(Array.from({ length: ARTICLES }, (_, i) => ({ primary: i < primaries, cap: 0, placements: [] as Placement[], labels: new Set<number>() })));
	const primarySpecs = specs.filter((s) => s.primary);
	primaryStatements.forEach((st, k) => {
		const spec = primarySpecs[Math.floor(k / ORIGINALS_PER_PRIMARY)];
		spec.placements.push(st.versions[0]);
		spec.labels.add(st.versions[0].statement);
	});
	const normal = specs.filter((s) => !s.primary);
	for (const spec of normal) {
		spec.cap = r.int(1, 4);
	}
	const slots = normal.reduce((a, spec) => a + spec.cap, 0);
	const toDeal = statements.reduce((a, st) => a + st.versions.length - Number(st.primary), 0) + decoys.length + stock.length;
	if (toDeal > slots * 0.6) {
		throw new Error(`${toDeal} quotations do not fit in ${slots} places in ${normal.length} articles`);
	}
	const deal = (p: Placement, avoid: number) => {
		for (;;) {
			const spec = r.pick(normal);
			if (spec.placements.length < spec.cap && !(avoid >= 0 && spec.labels.has(avoid))) {
				spec.placements.push(p);
				if (avoid >= 0) {
					spec.labels.add(avoid);
				}
				return;
			}
		}
	};
	for (const st of statements) {
		st.versions.forEach((v, k) => {
			if (k > 0 || !st.primary) {
				deal(v, v.statement);
			}
		});
	}
	for (const d of decoys) {
		deal(d, d.statement);
	}
	for (const s of stock) {
		deal(s, -1);
	}
	let singles = 0;
	for (const spec of specs) {
		while (spec.placements.length < Math.max(spec.cap, spec.primary ? ORIGINALS_PER_PRIMARY + 1 : 0)) {
			const cls: Cls = r.chance(0.6) ? 'T' : 'L';
			spec.placements.push(placement('single', `U${singles++}`, -1, null, anyone(), [render(fresh(), styleOf(r), finalMark(cls))], cls));
		}
		r.shuffle(spec.placements);
	}

	const hash = createHash('sha256');
	let bytes = 0;
	const articles = specs.map((spec, i) => {
		const article = writeArticle(r, i, spec.primary, spec.placements);
		hash.update(article.text);
		bytes += Buffer.byteLength(article.text);
		return article;
	});
	return { articles, statements, decoys, stock, singles, bytes, digest: hash.digest('hex').slice(0, 12) };
}

// ---- The engine's view of the planted quotes ---------------------------------------------------

interface ShapeStats {
	planted: number;
	found: number;
	speech: number;
	speakerOk: number;
}

/** Finds each planted quote among the engine's quotes (same offsets) and checks how it was read. */
function alignTruth(corpus: Corpus, quotes: readonly Quote[][]): Map<string, ShapeStats> {
	const byShape = new Map<string, ShapeStats>();
	corpus.articles.forEach((article, i) => {
		const byStart = new Map(quotes[i].map((q) => [q.start, q]));
		for (const pq of article.planted) {
			const q = byStart.get(pq.start);
			const stats = byShape.get(pq.placement.shape) ?? { planted: 0, found: 0, speech: 0, speakerOk: 0 };
			byShape.set(pq.placement.shape, stats);
			stats.planted++;
			if (!q || q.end !== pq.end) {
				continue;
			}
			pq.quoteId = q.id;
			pq.speech = q.kind === 'speech';
			pq.speakerRead = q.speaker?.name ?? null;
			pq.speakerOk = pq.speech && pq.speakerRead === pq.placement.who.name;
			stats.found++;
			stats.speech += Number(pq.speech);
			stats.speakerOk += Number(pq.speakerOk);
		}
	});
	return byShape;
}

// ---- Scoring an index against the ground truth -----------------------------------------------

/** What the scorer reads of an index. */
type GroupView = Pick<CorpusIndex, 'groups' | 'groupOf' | 'groupsOfQuote'>;

interface Score {
	planted: Map<Planted, number>;
	found: Map<Planted, number>;
	/** Versions the engine did not extract (a part missing): they cannot be found. */
	notExtracted: Map<Planted, number>;
	/** Reported kind per planted kind, over groups whose canonical version is the original. */
	kinds: Map<Planted, Map<DifferenceKind, number>>;
	/** Elided versions whose `marked` flag says what was planted. */
	markedOk: number;
	markedSeen: number;
	statementGroups: number;
	canonicalOriginal: number;
	primaryGroups: number;
	primaryCanonical: number;
	groups: number;
	wrong: number;
	wrongByFamily: Map<string, number>;
	impure: number;
	wrongExamples: string[];
	missedExamples: string[];
}

const keyOf = (doc: string, quoteId: string) => `${doc}#${quoteId}`;

function score(index: GroupView, corpus: Corpus): Score {
	const s: Score = {
		planted: new Map(), found: new Map(), notExtracted: new Map(), kinds: new Map(), markedOk: 0,
		markedSeen: 0, statementGroups: 0, canonicalOriginal: 0, primaryGroups: 0, primaryCanonical: 0,
		groups: 0, wrong: 0, wrongByFamily: new Map(), impure: 0, wrongExamples: [], missedExamples: [],
	};
	const inc = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
	const truth = new Map<string, PlantedQuote>();
	const partsOf = new Map<Placement, PlantedQuote[]>();
	for (const article of corpus.articles) {
		for (const pq of article.planted) {
			if (pq.quoteId) {
				truth.set(keyOf(article.id, pq.quoteId), pq);
			}
			partsOf.set(pq.placement, [...(partsOf.get(pq.placement) ?? []), pq]);
		}
	}
	const docId = (pq: PlantedQuote) => corpus.articles[pq.article].id;
	const missedKinds = new Set<Planted>();

	// Recall: a version is found when every part of it is in a group with a part of another
	// version of its planted statement. A planted statement of several sentences quoted whole
	// by some and cut at a sentence by others is several statements to the index, and each
	// part is found in the statement of the sentences it quotes.
	corpus.statements.forEach((st, id) => {
		const groupsOfPart = (pq: PlantedQuote) => (pq.quoteId ? index.groupsOfQuote(docId(pq), pq.quoteId) : []);
		const allOf = st.versions.map((v) => partsOf.get(v)!.map(groupsOfPart));
		const votes = new Map<string, number>();
		for (const gs of allOf) {
			for (const gid of new Set(gs.flat().map((g) => g.id))) {
				inc(votes, gid);
			}
		}
		const originalGroup = allOf[0][0]?.[0]?.id;
		let main: string | undefined;
		for (const [gid, n] of votes) {
			if (!main || n > votes.get(main)! || (n === votes.get(main)! && gid === originalGroup)) {
				main = gid;
			}
		}
		// Each part: the main group if it is one of its statements, else the first of them.
		const groupsOf = allOf.map((parts) => parts.map((gs) => gs.find((g) => g.id === main) ?? gs[0]));
		// A part is linked when one of its statements holds a part of another version of its
		// planted statement (the sentence it quotes, quoted by others).
		const keysOfVersion = st.versions.map((v) => new Set(partsOf.get(v)!.flatMap((pq) => (pq.quoteId ? [keyOf(docId(pq), pq.quoteId)] : []))));
		const inMain = allOf.map((parts, k) =>
			parts.every((gs) => gs.some((g) => g.members.some((m) => keysOfVersion.some((keys, j) => j !== k && keys.has(keyOf(m.document, m.quote.id)))))),
		);
		const linked = inMain.filter(Boolean).length >= 2;
		const group = main ? groupsOf.flat().find((g) => g?.id === main) : undefined;
		// The original, or an identical copy of it (same characters, same speaker), is canonical.
		const canonical = group && truth.get(keyOf(group.canonical.document, group.canonical.quote.id));
		const canonicalIsOriginal =
			canonical !== undefined && canonical.placement.label === `S${id}` &&
			(canonical.placement.planted === 'original' || canonical.placement.planted === 'identical');
		if (linked) {
			s.statementGroups++;
			s.canonicalOriginal += Number(canonicalIsOriginal);
			if (st.primary) {
				s.primaryGroups++;
				s.primaryCanonical += Number(canonicalIsOriginal);
			}
		}
		st.versions.forEach((v, k) => {
			const planted = v.planted!;
			inc(s.planted, planted);
			const parts = partsOf.get(v)!;
			if (parts.some((pq) => !pq.quoteId)) {
				inc(s.notExtracted, planted);
			}
			if (!(linked && inMain[k])) {
				if (SHOW_ALL_MISSED || !missedKinds.has(planted)) {
					// One example per kind (or all of them with --missed): where it went, and whom the engine gave it to.
					missedKinds.add(planted);
					const where = groupsOf[k].map((g) => (g ? (g.id === main ? 'the group' : `group ${g.id}`) : 'no group')).join(' + ');
					const read = parts.some((pq) => !pq.speakerOk) ? `; engine read the speaker as ${JSON.stringify(parts[0].speakerRead)}, planted ${JSON.stringify(v.who.name)}` : '';
					s.missedExamples.push(
						`S${id} ${planted} in ${docId(parts[0])} (${where}; main group ${main ?? 'none'}${read}): ${v.texts.map((t) => `“${t}”`).join(' / ')}` +
							`\n      original: “${st.versions[0].texts[0]}”`,
					);
				}
				return;
			}
			inc(s.found, planted);
			if (canonicalIsOriginal && group) {
				for (const pq of parts) {
					const member = group.members.find((m) => m.document === docId(pq) && m.quote.id === pq.quoteId);
					if (!member) {
						continue;
					}
					const kinds = s.kinds.get(planted) ?? new Map<DifferenceKind, number>();
					s.kinds.set(planted, kinds);
					inc(kinds, member.kind);
					if (planted.startsWith('elision') && member.kind === 'elision') {
						s.markedSeen++;
						s.markedOk += Number(member.marked === (planted === 'elision-marked'));
					}
				}
			}
		});
	});

	// Wrong links: in each group, the members that are not of its most common label.
	const groups = index.groups();
	s.groups = groups.length;
	for (const g of groups) {
		const labels = g.members.map((m) => {
			const pq = truth.get(keyOf(m.document, m.quote.id));
			return pq ? { label: pq.placement.label, family: pq.placement.family as string, text: m.quote.text } : { label: `?${keyOf(m.document, m.quote.id)}`, family: 'unplanted', text: m.quote.text };
		});
		const counts = new Map<string, number>();
		for (const l of labels) {
			inc(counts, l.label);
		}
		if (counts.size < 2) {
			continue;
		}
		let majority = '';
		for (const [label, n] of counts) {
			if (!majority || n > counts.get(majority)!) {
				majority = label;
			}
		}
		s.impure++;
		for (const l of labels) {
			if (l.label !== majority) {
				s.wrong++;
				inc(s.wrongByFamily, l.family);
			}
		}
		if (s.wrongExamples.length < 6) {
			const shown = [...new Map(labels.map((l) => [l.label, l])).values()].slice(0, 4);
			s.wrongExamples.push(`group ${g.id}: ${shown.map((l) => `${l.label} “${l.text.slice(0, 70)}”`).join(' + ')}`);
		}
	}
	return s;
}

// ---- Checking the index's output -------------------------------------------------------------

/** What is wrong with the groups against the interface's contract, or nothing. */
function malformedGroups(index: GroupView, groups: readonly QuoteGroup[], quotesByDoc: ReadonlyMap<string, ReadonlyMap<string, Quote>>): string[] {
	const problems: string[] = [];
	const seen = new Map<string, string>();
	const rank = (k: DifferenceKind) => DIFFERENCE_ORDER.indexOf(k);
	const memberKey = (m: GroupMember) => keyOf(m.document, m.quote.id);
	for (const g of groups) {
		const say = (what: string) => problems.length < 20 && problems.push(`group ${g.id}: ${what}`);
		if (!Array.isArray(g.members) || g.members.length < 2) {
			say(`${g.members?.length} member(s); groups() lists groups of two or more`);
			continue;
		}
		if (!g.members.some((m) => memberKey(m) === keyOf(g.canonical.document, g.canonical.quote.id))) {
			say('its canonical version is not among its members');
		}
		if (g.id !== keyOf(g.canonical.document, g.canonical.quote.id) && !g.id.startsWith(`${keyOf(g.canonical.document, g.canonical.quote.id)}@`)) {
			say(`id is not <document>#<quote id>[@offset] of its canonical version (${keyOf(g.canonical.document, g.canonical.quote.id)})`);
		}
		if (g.documents !== new Set(g.members.map((m) => m.document)).size) {
			say(`documents is ${g.documents}, its members come from ${new Set(g.members.map((m) => m.document)).size}`);
		}
		if (rank(g.kind) < 0 || g.members.some((m) => rank(m.kind) < 0)) {
			say('a kind outside DIFFERENCE_ORDER');
		} else if (rank(g.kind) !== Math.max(...g.members.filter((m) => !m.headline).map((m) => rank(m.kind)))) {
			say(`kind ${g.kind} is not the most serious of its members'`);
		}
		for (const m of g.members) {
			const key = memberKey(m);
			const quote = quotesByDoc.get(m.document)?.get(m.quote.id);
			if (!quote || quote.text !== m.quote.text) {
				say(`member ${key} is no quote of an indexed document`);
			}
			if (!(quote && quote.start <= m.start && m.start < m.end && m.end <= quote.end)) {
				say(`member ${key}'s region ${m.start}-${m.end} is not within its quote`);
			}
			// A quote may be a version of several statements, over regions that do not overlap.
			const region = `${key}@${m.start}`;
			if (seen.has(region)) {
				say(`member ${key} covers the same words in group ${seen.get(region)}`);
			}
			seen.set(region, g.id);
			if (!index.groupsOfQuote(m.document, m.quote.id).some((x) => x.id === g.id)) {
				say(`groupsOfQuote(${key}) does not list this group`);
			}
		}
	}
	return problems;
}

/** The groups as sets of members, for comparing two states of the index. */
function partition(groups: readonly QuoteGroup[]): string {
	const sets = groups.map((g) => g.members.map((m) => keyOf(m.document, m.quote.id)).sort().join(' ')).sort();
	return createHash('sha256').update(sets.join('\n')).digest('hex').slice(0, 12);
}

// ---- A perfect index, and a broken one, built from the ground truth (mode `oracle`) ----------

function oracle(corpus: Corpus, broken: boolean): { view: GroupView; expectWrong: number; expectMissed: number } {
	const docOf = (pq: PlantedQuote) => corpus.articles[pq.article].id;
	const byLabel = new Map<string, PlantedQuote[]>();
	for (const article of corpus.articles) {
		for (const pq of article.planted) {
			if (pq.quoteId && pq.placement.family === 'statement') {
				byLabel.set(pq.placement.label, [...(byLabel.get(pq.placement.label) ?? []), pq]);
			}
		}
	}
	let expectWrong = 0;
	let expectMissed = 0;
	if (broken) {
		// Merge two statements, link two uses of a stock phrase, and drop one version.
		const [a, b] = [...byLabel.keys()].filter((l) => byLabel.get(l)!.length >= 2);
		expectWrong += Math.min(byLabel.get(a)!.length, byLabel.get(b)!.length);
		byLabel.set(a, [...byLabel.get(a)!, ...byLabel.get(b)!]);
		byLabel.delete(b);
		const uses = corpus.stock.slice(0, 2).map((p) => corpus.articles[p.article].planted.find((pq) => pq.placement === p)!);
		if (uses.every((pq) => pq.quoteId)) {
			byLabel.set('stock', uses);
			expectWrong += 1;
		}
		const victim = [...byLabel.entries()].find(([l, pqs]) => l.startsWith('S') && l !== a && pqs.length >= 3 && pqs.every((pq) => pq.placement.planted !== 'interrupted'));
		if (victim) {
			victim[1].pop();
			expectMissed = 1;
		}
	}
	const groups: QuoteGroup[] = [];
	const byKey = new Map<string, QuoteGroup>();
	for (const pqs of byLabel.values()) {
		if (pqs.length < 2) {
			continue;
		}
		const members: GroupMember[] = pqs.map((pq) => ({
			document: docOf(pq),
			quote: { id: pq.quoteId!, text: pq.placement.texts[pq.part] } as Quote,
			start: 0,
			end: pq.placement.texts[pq.part].length,
			textStart: 0,
			textEnd: pq.placement.texts[pq.part].length,
			headline: false,
			kind: pq.placement.planted ? EXPECTED[pq.placement.planted][0] : 'identical',
			severity: 'none',
			changes: [],
			speaker: null,
			speakerInferred: false,
			marked: pq.placement.planted === 'elision-marked',
			parts: pq.placement.texts.length,
		}));
		const canonical = members[pqs.findIndex((pq) => pq.placement.planted === 'original')] ?? members[0];
		const g: QuoteGroup = {
			id: keyOf(canonical.document, canonical.quote.id),
			speaker: null,
			canonical,
			text: canonical.quote.text,
			sentences: [{ start: 0, end: canonical.quote.text.length }],
			members,
			kind: members.map((m) => m.kind).reduce((x, y) => (DIFFERENCE_ORDER.indexOf(x) >= DIFFERENCE_ORDER.indexOf(y) ? x : y)),
			severity: 'none',
			documents: new Set(members.map((m) => m.document)).size,
		};
		groups.push(g);
		for (const m of members) {
			byKey.set(keyOf(m.document, m.quote.id), g);
		}
	}
	return { view: { groups: () => groups, groupOf: (doc, id) => byKey.get(keyOf(doc, id)), groupsOfQuote: (doc, id) => (byKey.has(keyOf(doc, id)) ? [byKey.get(keyOf(doc, id))!] : []) }, expectWrong, expectMissed };
}

// ---- Output ----------------------------------------------------------------------------------

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
function printTable(rows: string[][]): void {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
	for (const r of rows) {
		const cells = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c] + 3)));
		console.log(cells.join('').trimEnd());
	}
}
const n0 = (x: number) => x.toLocaleString('en-US');
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const sum = (m: ReadonlyMap<unknown, number>) => [...m.values()].reduce((a, b) => a + b, 0);
function quantile(xs: readonly number[], q: number): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
function seconds(run: () => void): number {
	const t0 = process.hrtime.bigint();
	run();
	return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** How many of the reported kinds are among those expected for `planted`. */
function agreeing(planted: Planted, kinds: ReadonlyMap<DifferenceKind, number>): number {
	return EXPECTED[planted].reduce((a, k) => a + (kinds.get(k) ?? 0), 0);
}

function printCorpus(corpus: Corpus, buildSeconds: number): void {
	const versions = corpus.statements.flatMap((s) => s.versions);
	const byKind = new Map<Planted, number>();
	for (const v of versions) {
		byKind.set(v.planted!, (byKind.get(v.planted!) ?? 0) + 1);
	}
	console.log(
		`corpus: ${n0(corpus.articles.length)} articles, ${(corpus.bytes / MB).toFixed(1)} MB`,
		`(seed 0x${SEED.toString(16)}, digest ${corpus.digest}), generated in ${buildSeconds.toFixed(1)} s`,
	);
	console.log(
		`  ${n0(corpus.statements.length)} statements in ${n0(versions.length)} versions`,
		`(${n0(corpus.statements.filter((s) => s.primary).length)} with the original in one of`,
		`${n0(corpus.articles.filter((a) => a.primary).length)} primary-source articles);`,
		`${n0(corpus.decoys.length)} decoys, ${n0(corpus.stock.length)} stock-phrase quotes`,
		`(${STOCK_PHRASES.length} phrases), ${n0(corpus.singles)} statements quoted once`,
	);
	console.log(`  versions: ${PLANTED.map((p) => `${p} ${n0(byKind.get(p) ?? 0)}`).join(', ')}`);
}

function printEngine(corpus: Corpus, engineSeconds: number, quoteCount: number, byShape: Map<string, ShapeStats>): void {
	console.log(
		`engine: ${engineSeconds.toFixed(1)} s (${(corpus.bytes / MB / engineSeconds).toFixed(2)} MB/s),`,
		`${n0(quoteCount)} quotes`,
	);
	const total = [...byShape.values()].reduce((a, b) => ({ planted: a.planted + b.planted, found: a.found + b.found, speech: a.speech + b.speech, speakerOk: a.speakerOk + b.speakerOk }));
	console.log(
		`  planted quotes: ${n0(total.planted)}; found at their offsets ${n0(total.found)} (${pct(total.found, total.planted)}),`,
		`as speech ${n0(total.speech)}, speaker as planted ${n0(total.speakerOk)} (${pct(total.speakerOk, total.planted)})`,
	);
	console.log();
	printTable([
		['attribution shape', 'planted', 'found', 'speech', 'speaker ok'],
		...[...byShape.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([shape, st]) => [shape, n0(st.planted), n0(st.found), n0(st.speech), pct(st.speakerOk, st.planted)]),
	]);
}

function printScore(s: Score): void {
	console.log();
	const reported = DIFFERENCE_ORDER;
	printTable([
		['planted version', 'planted', 'found', 'recall', 'not extracted', 'kind as expected', ...reported],
		...PLANTED.map((p) => {
			const kinds = s.kinds.get(p) ?? new Map<DifferenceKind, number>();
			return [
				p, n0(s.planted.get(p) ?? 0), n0(s.found.get(p) ?? 0), pct(s.found.get(p) ?? 0, s.planted.get(p) ?? 0),
				n0(s.notExtracted.get(p) ?? 0), `${EXPECTED[p].join('/')} ${pct(agreeing(p, kinds), sum(kinds))}`,
				...reported.map((k) => n0(kinds.get(k) ?? 0)),
			];
		}),
	]);
	console.log('(kinds: versions in groups whose canonical version is the planted original or an identical copy; interrupted: per part)');
	console.log(
		`canonical version is the planted original or an identical copy in ${n0(s.canonicalOriginal)}/${n0(s.statementGroups)} statement groups;`,
		`from the primary source in ${n0(s.primaryCanonical)}/${n0(s.primaryGroups)};`,
		`elision marked as planted ${n0(s.markedOk)}/${n0(s.markedSeen)}`,
	);
	console.log(
		`groups: ${n0(s.groups)}; wrong links: ${n0(s.wrong)} in ${n0(s.impure)} groups`,
		s.wrong ? `(${[...s.wrongByFamily].map(([f, n]) => `${f} ${n0(n)}`).join(', ')})` : '',
	);
	for (const e of s.wrongExamples) {
		console.log(`  wrong: ${e}`);
	}
	for (const e of s.missedExamples) {
		console.log(`  missed: ${e}`);
	}
}

// ---- Main ------------------------------------------------------------------------------------

function extractAll(engine: Engine, corpus: Corpus, problems: string[]): { quotes: Quote[][]; seconds: number } {
	const quotes: Quote[][] = [];
	const secs = seconds(() => {
		for (const article of corpus.articles) {
			quotes.push(engine.extract(article.text).quotes);
		}
	});
	if (quotes.length !== corpus.articles.length || quotes.some((q) => !Array.isArray(q))) {
		problems.push('the engine returned no quotes array for some article');
	}
	return { quotes, seconds: secs };
}

function runOracle(corpus: Corpus): boolean {
	let ok = true;
	for (const broken of [false, true]) {
		const { view, expectWrong, expectMissed } = oracle(corpus, broken);
		const s = score(view, corpus);
		const extractable = sum(s.planted) - sum(s.notExtracted);
		const name = broken ? 'broken oracle' : 'perfect oracle';
		const checks: Array<[string, boolean]> = [
			['found', sum(s.found) === extractable - expectMissed],
			['wrong links', s.wrong === expectWrong],
			['canonical', broken || s.canonicalOriginal === s.statementGroups],
			['kinds', broken || PLANTED.every((p) => { const k = s.kinds.get(p); return !k || agreeing(p, k) === sum(k); })],
		];
		const failed = checks.filter(([, pass]) => !pass).map(([c]) => c);
		console.log(
			`${name}: found ${n0(sum(s.found))} of ${n0(sum(s.planted))} (${n0(extractable)} extracted, ${expectMissed} dropped),`,
			`wrong links ${s.wrong} (expected ${expectWrong}): ${failed.length ? `FAILED ${failed.join(', ')}` : 'as expected'}`,
		);
		ok &&= failed.length === 0;
		if (broken) {
			printScore(s);
		}
	}
	return ok;
}

const SHOW_ALL_MISSED = process.argv.includes('--missed');

function seedFromArgs(): number | undefined {
	const at = process.argv.indexOf('--seed');
	if (at < 0) {
		return undefined;
	}
	const seed = Number(process.argv[at + 1]);
	if (!Number.isSafeInteger(seed) || seed < 0) {
		throw new Error(`--seed needs a whole number, got ${process.argv[at + 1]}`);
	}
	return seed;
}

async function main(): Promise<void> {
	const mode = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--seed') ?? 'full';
	if (!['full', 'engine', 'oracle'].includes(mode)) {
		throw new Error(`unknown mode ${mode}: use engine, oracle, or nothing`);
	}
	let corpus: Corpus | undefined;
	const buildSeconds = seconds(() => (corpus = buildCorpus()));
	if (!corpus) {
		throw new Error('no corpus');
	}
	printCorpus(corpus, buildSeconds);

	const problems: string[] = [];
	const nlp = createNlp();
	const engine = createEngine({ nlp, logger: { warn: (m) => problems.push(`engine: ${m}`) } });
	const { quotes, seconds: engineSeconds } = extractAll(engine, corpus, problems);
	const byShape = alignTruth(corpus, quotes);
	printEngine(corpus, engineSeconds, quotes.reduce((a, q) => a + q.length, 0), byShape);
	if (problems.length) {
		throw new Error(`${problems.length} engine problem(s), first: ${problems[0]}`);
	}
	if (mode === 'engine') {
		return;
	}
	if (mode === 'oracle') {
		console.log();
		if (!runOracle(corpus)) {
			process.exitCode = 1;
		}
		return;
	}

	// The index: every article, then the groups, then single-document updates.
	console.log();
	let index: CorpusIndex;
	try {
		index = createCorpusIndex();
	} catch (error) {
		console.error(`index: createCorpusIndex() failed: ${error instanceof Error ? error.message : String(error)}`);
		console.error('nothing to measure: the cross-source index is not available (the engine part above ran).');
		process.exitCode = 1;
		return;
	}
	const rssBefore = process.memoryUsage().rss / MB;
	const indexSeconds = seconds(() => {
		corpus!.articles.forEach((a, i) => index.update({ id: a.id, quotes: quotes[i], primary: a.primary }));
	});
	const peakMb = process.resourceUsage().maxRSS / 1024;
	const heapMb = process.memoryUsage().heapUsed / MB;
	let groups: QuoteGroup[] = [];
	const groupsSeconds = seconds(() => (groups = index.groups()));
	console.log(
		`index: ${n0(corpus.articles.length)} articles in ${indexSeconds.toFixed(2)} s`,
		`(${((indexSeconds * 1000) / corpus.articles.length).toFixed(2)} ms each); groups() ${(groupsSeconds * 1000).toFixed(0)} ms, ${n0(groups.length)} groups;`,
		`maxRSS ${peakMb.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before indexing), heapUsed ${heapMb.toFixed(0)} MB`,
	);
	const quotesByDoc = new Map(corpus.articles.map((a, i) => [a.id, new Map(quotes[i].map((q) => [q.id, q]))]));
	const malformed = malformedGroups(index, groups, quotesByDoc);
	if (malformed.length) {
		console.error(`\nmalformed groups:\n  ${malformed.join('\n  ')}`);
		if (process.env.MISQUOTE_BENCH_SHOW) {
			for (const g of groups.filter((x) => malformed.some((m) => m.includes(x.id)))) {
				console.error(`${g.id}: ${g.text}\n${g.members.map((m) => `   ${m.document}#${m.quote.id} ${m.start}-${m.end} ${m.kind}: ${m.quote.text}`).join('\n')}`);
			}
		}
		process.exitCode = 1;
		return;
	}
	const before = partition(groups);
	const s = score(index, corpus);

	// Single-document updates: one version in each of 200 articles, edited by a word.
	const r = new Rand(SEED ^ 0xbeef);
	const candidates = corpus.articles.filter((a) => a.planted.some((pq) => pq.placement.family === 'statement' && pq.quoteId));
	const chosen = r.shuffle([...candidates]).slice(0, UPDATES);
	const times: number[] = [];
	for (const article of chosen) {
		const pq = r.pick(article.planted.filter((p) => p.placement.family === 'statement' && p.quoteId));
		const words = [...article.text.slice(pq.start, pq.end).matchAll(/\b[a-z]{4,}\b/g)];
		const w = r.pick(words);
		const at = pq.start + w.index;
		const replacement = r.pick(ADJS.filter((x) => x !== w[0]));
		const text = article.text.slice(0, at) + replacement + article.text.slice(at + w[0].length);
		const edited = engine.extract(text).quotes;
		times.push(seconds(() => index.update({ id: article.id, quotes: edited, primary: article.primary })) * 1000);
	}
	for (const article of chosen) {
		index.update({ id: article.id, quotes: quotes[article.planted[0].article], primary: article.primary });
	}
	const restored = partition(index.groups()) === before;
	if (!restored && process.env.MISQUOTE_BENCH_SHOW) {
		const sets = (gs: readonly QuoteGroup[]) => new Map(gs.map((g) => [g.members.map((m) => keyOf(m.document, m.quote.id)).sort().join(' '), g]));
		const [was, now] = [sets(groups), sets(index.groups())];
		for (const [k, g] of was) {
			if (!now.has(k)) {
				console.error(`lost: ${g.id} ${k}`);
			}
		}
		for (const [k, g] of now) {
			if (!was.has(k)) {
				console.error(`new: ${g.id} ${k}`);
			}
		}
	}
	if (problems.length) {
		throw new Error(`${problems.length} engine problem(s), first: ${problems[0]}`);
	}

	printScore(s);
	const median = quantile(times, 0.5);
	const p95 = quantile(times, 0.95);
	console.log(
		`updates: ${times.length} single-document edits, median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms,`,
		`max ${Math.max(...times).toFixed(2)} ms; after restoring them the groups are ${restored ? 'the same as before' : 'NOT the same as before'}`,
	);
	const planted = sum(s.planted);
	const found = sum(s.found);
	const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
	console.log();
	printTable([
		['target (2-core machine)', 'measured', 'target', ''],
		['index 10,000 articles', `${indexSeconds.toFixed(1)} s`, `< ${TARGET.indexSeconds} s`, verdict(indexSeconds < TARGET.indexSeconds)],
		['peak memory (maxRSS, whole process)', `${peakMb.toFixed(0)} MB`, `< ${TARGET.peakMb} MB`, verdict(peakMb < TARGET.peakMb)],
		['single-document update, median', `${median.toFixed(1)} ms`, `< ${TARGET.updateMedianMs} ms`, verdict(median < TARGET.updateMedianMs)],
		['planted versions found', `${n0(found)}/${n0(planted)} (${pct(found, planted)})`, 'all', verdict(found === planted)],
		['wrong links', n0(s.wrong), '0', verdict(s.wrong === 0)],
	]);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
