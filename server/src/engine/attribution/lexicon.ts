/**
 * Word lists for attribution. Cue verbs follow the reporting verbs of PARC-style quote
 * annotation; the rest are the small closed classes that speaker phrases are built from.
 */

function forms(...lemmas: string[][]): ReadonlySet<string> {
	return new Set(lemmas.flat());
}

/** Reporting verbs in every written form (lower case). */
export const CUE_VERBS = forms(
	['say', 'says', 'said', 'saying'],
	['tell', 'tells', 'told', 'telling'],
	['add', 'adds', 'added', 'adding'],
	['write', 'writes', 'wrote', 'writing', 'written'],
	['tweet', 'tweets', 'tweeted', 'tweeting'],
	['post', 'posts', 'posted', 'posting'],
	['email', 'emails', 'emailed', 'emailing'],
	['state', 'states', 'stated', 'stating'],
	['claim', 'claims', 'claimed', 'claiming'],
	['explain', 'explains', 'explained', 'explaining'],
	['note', 'notes', 'noted', 'noting'],
	['ask', 'asks', 'asked', 'asking'],
	['reply', 'replies', 'replied', 'replying'],
	['respond', 'responds', 'responded', 'responding'],
	['continue', 'continues', 'continued'],
	['insist', 'insists', 'insisted', 'insisting'],
	['argue', 'argues', 'argued', 'arguing'],
	['warn', 'warns', 'warned', 'warning'],
	['declare', 'declares', 'declared', 'declaring'],
	['announce', 'announces', 'announced', 'announcing'],
	['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
	['admit', 'admits', 'admitted', 'admitting'],
	['concede', 'concedes', 'conceded', 'conceding'],
	['confirm', 'confirms', 'confirmed', 'confirming'],
	['deny', 'denies', 'denied', 'denying'],
	['cite', 'cites', 'cited', 'citing'],
	['disclose', 'discloses', 'disclosed', 'disclosing'],
	['reveal', 'reveals', 'revealed', 'revealing'],
	['instruct', 'instructs', 'instructed', 'instructing'],
	['request', 'requests', 'requested', 'requesting'],
	['call', 'calls', 'called', 'calling'],
	['describe', 'describes', 'described', 'describing'],
	['quip', 'quips', 'quipped'],
	['remark', 'remarks', 'remarked'],
	['stress', 'stresses', 'stressed', 'stressing'],
	['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised'],
	['suggest', 'suggests', 'suggested', 'suggesting'],
	['recall', 'recalls', 'recalled', 'recalling'],
	['urge', 'urges', 'urged', 'urging'],
	['vow', 'vows', 'vowed', 'vowing'],
	['promise', 'promises', 'promised', 'promising'],
	['complain', 'complains', 'complained', 'complaining'],
	['assert', 'asserts', 'asserted', 'asserting'],
	['maintain', 'maintains', 'maintained'],
	['predict', 'predicts', 'predicted'],
	['report', 'reports', 'reported'],
	['recount', 'recounts', 'recounted'],
	['joke', 'jokes', 'joked', 'joking'],
	['shout', 'shouts', 'shouted', 'shouting'],
	['yell', 'yells', 'yelled', 'yelling'],
	['proclaim', 'proclaims', 'proclaimed', 'proclaiming'],
	['chant', 'chants', 'chanted', 'chanting'],
	['holler', 'hollered'],
	['scream', 'screamed', 'screaming'],
	['whisper', 'whispered'],
	['exclaim', 'exclaimed'],
	['mutter', 'muttered'],
	['answer', 'answers', 'answered'],
	['counter', 'countered'],
	['retort', 'retorted'],
	['boast', 'boasts', 'boasted'],
	['concluded', 'concludes'],
	['agree', 'agreed', 'agrees'],
	['observe', 'observed', 'observes'],
	['testify', 'testified', 'testifies'],
	['allege', 'alleged', 'alleges'],
	['accuse', 'accused'],
	['demand', 'demanded', 'demands'],
	['pledge', 'pledged'],
	['order', 'ordered'],
	['text', 'texted'],
	['message', 'messaged'],
	['blog', 'blogged'],
	['chime', 'chimed'],
	['weigh', 'weighed'],
	['mention', 'mentioned'],
	['brand', 'branded'],
	['label', 'labeled', 'labelled'],
	['dub', 'dubbed'],
	['term', 'termed'],
	['quiz', 'quizzed'],
	['question', 'questioned'],
	['read', 'reads'],
	// Characterising what someone or something is, in the speaker's words: "praised her “grit”",
	// "dismissed it as “a hoax”", "slammed the plan as “reckless”".
	['praise', 'praises', 'praised', 'praising'],
	['slam', 'slams', 'slammed', 'slamming'],
	['blast', 'blasts', 'blasted', 'blasting'],
	['attack', 'attacks', 'attacked', 'attacking'],
	['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising'],
	['decry', 'decries', 'decried', 'decrying'],
	['denounce', 'denounces', 'denounced', 'denouncing'],
	['condemn', 'condemns', 'condemned', 'condemning'],
	['hail', 'hails', 'hailed', 'hailing'],
	['tout', 'touts', 'touted', 'touting'],
	['laud', 'lauds', 'lauded', 'lauding'],
	['mock', 'mocks', 'mocked', 'mocking'],
	['deride', 'derides', 'derided', 'deriding'],
	['dismiss', 'dismisses', 'dismissed', 'dismissing'],
	['ridicule', 'ridicules', 'ridiculed', 'ridiculing'],
	['lambaste', 'lambastes', 'lambasted', 'lambasting', 'lambast', 'lambasts'],
	['chide', 'chides', 'chided', 'chiding'],
	['scold', 'scolds', 'scolded', 'scolding'],
	['rip', 'rips', 'ripped', 'ripping'],
	['applaud', 'applauds', 'applauded', 'applauding'],
	['blame', 'blames', 'blamed', 'blaming'],
	['charge', 'charges', 'charged', 'charging'],
	['contend', 'contends', 'contended', 'contending'],
	['caution', 'cautions', 'cautioned', 'cautioning'],
	['lament', 'laments', 'lamented', 'lamenting'],
	['muse', 'muses', 'mused', 'musing'],
	['wonder', 'wonders', 'wondered', 'wondering'],
	['reiterate', 'reiterates', 'reiterated', 'reiterating'],
	['repeat', 'repeats', 'repeated', 'repeating'],
	['estimate', 'estimates', 'estimated'],
	['swear', 'swears', 'swore', 'sworn'],
	['grill', 'grills', 'grilled'],
	['press', 'presses', 'pressed'],
	['quote', 'quotes', 'quoted', 'quoting'],
	['refer', 'refers', 'referred', 'referring'],
	['characterize', 'characterizes', 'characterized', 'characterise', 'characterised'],
	['portray', 'portrays', 'portrayed'],
	['paint', 'paints', 'painted'],
);

/** Forms that are often nouns ("the claims", "a note"): cues only when tagged as verbs. */
export const AMBIGUOUS_CUES: ReadonlySet<string> = new Set([
	'claim', 'claims', 'states', 'notes', 'note', 'report', 'reports', 'calls', 'call', 'post', 'posts',
	'tweets', 'tweet', 'email', 'emails', 'remarks', 'request', 'requests', 'order', 'answer',
	'counter', 'text', 'message', 'question', 'term', 'read', 'reads', 'promise', 'promises',
	'demand', 'demands', 'warning', 'saying', 'writing', 'recall', 'label', 'brand', 'stress',
	'continue', 'continues', 'continued', 'joke', 'jokes', 'pledge', 'blog', 'respond', 'concluded',
	'ordered', 'maintain', 'maintains', 'agree', 'agreed', 'agrees', 'mention', 'mentioned', 'admit',
	'praise', 'attack', 'attacks', 'blast', 'blasts', 'slam', 'slams', 'hail', 'tout', 'rip', 'rips',
	'charge', 'charges', 'charged', 'caution', 'lament', 'wonder', 'repeat', 'estimate', 'estimates',
	'press', 'presses', 'pressed', 'quote', 'quotes', 'paint', 'paints', 'painted', 'grill', 'muse',
	'mock', 'blame', 'refer',
]);

/** Cues that only name what someone wrote or called a thing, with no statement of their own. */
export const NAMING_CUES: ReadonlySet<string> = new Set([
	'dubbed', 'dub', 'termed', 'term', 'branded', 'brand', 'labeled', 'labelled', 'label',
]);

/** Cues whose quoted words are a question put to the subject, not the subject's own words. */
export const QUESTION_CUES: ReadonlySet<string> = new Set(['quizzed', 'quiz', 'questioned', 'question']);

/** Particles that belong to a phrasal cue: chimed in, weighed in, pointed out. */
export const CUE_PARTICLES: ReadonlySet<string> = new Set(['in', 'out', 'up', 'back']);

/** Words that may sit between a speaker and the cue: "the company had earlier said". */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
	'had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'might', 'may',
	'also', 'later', 'earlier', 'previously', 'then', 'now', 'once', 'further', 'reportedly',
	'simply', 'just', 'again', 'recently', 'separately', 'publicly', 'privately', 'repeatedly',
	'told', 'first', 'not', 'never', 'did', 'does', 'do', 'be', 'been', 'only', 'even', 'still',
	"'s", '’s', "'re", '’re', "'ve", '’ve', "'d", '’d', "'ll", '’ll',
	'flatly', 'bluntly', 'tersely', 'quickly', 'immediately', 'initially', 'originally',
]);

/** Pronouns that can be a speaker, by what they can refer to. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we']);

/** Titles written before a name, longest first so that "Vice President" wins over "President". */
export const NAME_TITLES: readonly string[] = [
	'Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Attorney General',
	'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister',
	'Defense Secretary', 'Defence Secretary', 'Home Secretary', 'Press Secretary',
	'Chief Executive', 'House Speaker', 'Senate Majority Leader', 'Senate Minority Leader',
	'Speaker', 'President', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Gov.', 'Governor',
	'Mayor', 'Judge', 'Justice', 'Chancellor', 'Minister', 'Secretary', 'Ambassador', 'General',
	'Gen.', 'Lt.', 'Col.', 'Capt.', 'Sgt.', 'Dr.', 'Prof.', 'Professor', 'Mr.', 'Mrs.', 'Ms.',
	'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Del.', 'Father', 'Pope', 'King',
	'Queen', 'Prince', 'Princess', 'Chairman', 'Chairwoman', 'Commissioner', 'Director',
	'Coach', 'Officer', 'Detective', 'Inspector', 'Sheriff', 'Chief', 'Councilman',
	'Councilwoman', 'Councillor', 'Assemblyman', 'Assemblywoman', 'Congressman', 'Congresswoman',
	'CEO', 'CFO', 'COO', 'CTO', 'Founder', 'Spokesperson', 'Spokesman', 'Spokeswoman',
	'MP', 'MSP', 'MEP', 'MLA', 'MPP', 'Showrunner', 'Chief Executive Officer',
];

/**
 * Capitalised abbreviations written with a full stop inside names: titles, legal forms, and the
 * postal abbreviations of US states that news writes after a name ("Ariz.", "Calif.").
 */
export const ABBREVIATED_NAME_WORDS: readonly string[] = [
	'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Cmdr', 'Adm',
	'Prof', 'Rev', 'Hon', 'Del', 'Pres', 'Supt', 'St', 'Jr', 'Sr', 'Inc', 'Co', 'Corp', 'Ltd', 'Bros',
	'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La',
	'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex',
	'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
];

/** Titles and role nouns that say whether a person is a woman or a man. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set([
	'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman',
	'chairwoman', 'congresswoman', 'assemblywoman', 'councilwoman', 'businesswoman', 'actress',
	'mother', 'daughter', 'wife', 'sister', 'woman', 'girl', 'grandmother', 'aunt', 'niece', 'mum',
	'mom', 'widow', 'girlfriend', 'stepmother', 'stepdaughter', 'she', 'her', 'hers', 'herself',
]);
export const MALE_WORDS: ReadonlySet<string> = new Set([
	'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman',
	'assemblyman', 'councilman', 'businessman', 'actor', 'father', 'son', 'husband', 'brother', 'man',
	'boy', 'grandfather', 'uncle', 'nephew', 'dad', 'widower', 'boyfriend', 'stepfather', 'stepson',
	'he', 'him', 'his', 'himself',
]);

/** Short forms of titles, for matching "the senator" with "Sen. Ann Lee". */
export const TITLE_ALIASES: Readonly<Record<string, string>> = {
	'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'dr.': 'doctor',
	'prof.': 'professor', 'gen.': 'general', 'capt.': 'captain', 'sgt.': 'sergeant', 'ceo': 'chief executive',
	'lt.': 'lieutenant', 'col.': 'colonel', 'rev.': 'reverend', 'mp': 'lawmaker', 'msp': 'lawmaker',
};

/**
 * Words in an organisation's name that fit a description: "the agency" is likelier the
 * "… Authority" just named than a company.
 */
export const ORGANISATION_TYPES: Readonly<Record<string, readonly string[]>> = {
	agency: ['agency', 'authority', 'administration', 'department', 'commission', 'bureau', 'office', 'service', 'board', 'institute', 'health'],
	authority: ['authority', 'agency', 'commission'],
	department: ['department', 'ministry', 'office'],
	company: ['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'company', 'industries', 'group', 'holdings', 'technologies', 'systems', 'labs', 'motors', 'ferries', 'airlines', 'energy'],
	firm: ['inc', 'inc.', 'corp', 'corp.', 'company', 'group', 'partners', 'securities', 'capital', 'advisory', 'associates', 'llp', 'llc'],
	district: ['district'],
	school: ['school', 'academy', 'college'],
	university: ['university', 'college'],
	council: ['council'],
	committee: ['committee'],
	party: ['party'],
	union: ['union', 'federation'],
	bank: ['bank'],
	streamer: ['+', 'tv', 'media', 'network', 'studios', 'streaming'],
	network: ['network', 'tv', 'news', 'broadcasting', 'media'],
	broadcaster: ['broadcasting', 'tv', 'network', 'radio', 'media'],
	court: ['court'],
	government: ['government', 'administration', 'ministry'],
	ministry: ['ministry', 'department'],
	police: ['police', 'department', 'constabulary'],
	hospital: ['hospital', 'clinic', 'health'],
	operator: ['ferries', 'airlines', 'rail', 'railways', 'transport'],
};

const TITLES_BY_LENGTH = [...NAME_TITLES].sort((a, b) => b.length - a.length);
/** Every word that appears in a title: a phrase with none of them has no title. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(NAME_TITLES.flatMap((t) => t.split(' ')));
/** The titles, for look-ups. */
export const TITLE_SET: ReadonlySet<string> = new Set(NAME_TITLES);
/** Any title followed by a space, at the start or after a space (lookahead keeps overlaps). */
const TITLE_ANYWHERE = new RegExp(
	`(?<=^|\\s)(?=(${TITLES_BY_LENGTH.map((t) => t.replace(/[.]/g, '\\.')).join('|')}) )`,
	'g',
);

/**
 * Splits a title or role off the front of a name: "Missouri Sen. Josh Hawley" → role
 * "Missouri Sen.", name "Josh Hawley". "CEO of TikTok" is a role with no name: name ''.
 */
export function splitTitle(phrase: string): { role: string; name: string } {
	if (!phrase.split(' ').some((w) => TITLE_WORDS.has(w))) {
		return { role: '', name: phrase };
	}
	let cut = 0;
	for (const match of phrase.matchAll(TITLE_ANYWHERE)) {
		cut = Math.max(cut, match.index + match[1].length);
	}
	const name = phrase.slice(cut).trim();
	if (/^(?:of|for|at)\s/.test(name)) {
		// "Secretary of Agriculture Tomasz Wierzbicki": the office, then a two-word name.
		const words = name.split(' ');
		if (words.length >= 4) {
			return { role: phrase.slice(0, phrase.length - words.slice(-2).join(' ').length).trim(), name: words.slice(-2).join(' ') };
		}
		// "CEO of TikTok": a role and no name.
		return { role: phrase, name: '' };
	}
	return { role: phrase.slice(0, cut).trim(), name };
}

/** Nouns for a person by role: "the spokeswoman", "company spokesman", "the top diplomat". */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
	'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'rep', 'representative',
	'official', 'officials', 'executive', 'exec', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'cofounder',
	'co-founder', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'manager', 'minister',
	'secretary', 'senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'governor',
	'mayor', 'diplomat', 'ambassador', 'professor', 'researcher', 'expert', 'analyst',
	'economist', 'scientist', 'lawyer', 'attorney', 'judge', 'leader', 'chief', 'head', 'employee',
	'worker', 'staffer', 'aide', 'adviser', 'advisor', 'source', 'insider', 'person', 'man',
	'woman', 'officer', 'commissioner', 'author', 'writer', 'critic', 'activist', 'candidate',
	'voter', 'resident', 'witness', 'student', 'teacher', 'doctor', 'nurse', 'coach', 'player',
	'investor', 'trader', 'banker', 'strategist', 'consultant', 'engineer', 'developer',
	'journalist', 'reporter', 'editor', 'host', 'anchor', 'general', 'commander', 'prosecutor',
	'negotiator', 'envoy', 'regulator', 'owner', 'partner', 'member', 'user', 'customer', 'fan',
	'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'friend',
	'pilot', 'driver', 'conductor', 'auditor', 'farmer', 'owner', 'chef', 'clerk', 'accountant',
	'architect', 'artist', 'actor', 'actress', 'singer', 'musician', 'athlete', 'captain', 'sergeant',
	'soldier', 'veteran', 'firefighter', 'paramedic', 'surgeon', 'physician', 'pharmacist',
	'dentist', 'therapist', 'psychologist', 'economist', 'historian', 'mechanic', 'electrician',
	'plumber', 'builder', 'landlord', 'tenant', 'shopkeeper', 'retiree', 'pensioner', 'parent',
	'principal', 'headteacher', 'lecturer', 'dean', 'provost', 'rector', 'pastor', 'priest',
	'rabbi', 'imam', 'bishop', 'nun', 'monk', 'volunteer', 'organizer', 'organiser', 'campaigner',
	'protester', 'striker', 'miner', 'fisherman', 'sailor', 'guide', 'ranger', 'warden', 'guard',
	'inspector', 'detective', 'constable', 'deputy', 'sheriff', 'marshal', 'ceo', 'chairperson',
	'vice-president', 'treasurer', 'trustee', 'shareholder', 'entrepreneur', 'designer',
	'programmer', 'scientist', 'biologist', 'chemist', 'physicist', 'geologist', 'meteorologist',
	'forecaster', 'epidemiologist', 'virologist', 'spokesperson', 'commentator', 'pundit',
	'columnist', 'blogger', 'influencer', 'podcaster', 'photographer', 'filmmaker', 'director',
	'producer', 'novelist', 'poet', 'playwright', 'comedian', 'dancer', 'coach', 'referee',
	'umpire', 'manager', 'supervisor', 'foreman', 'nurse', 'midwife', 'carer', 'caregiver',
	'neighbour', 'neighbor', 'bystander', 'survivor', 'victim', 'passenger', 'commuter',
	'shopper', 'diner', 'patient', 'plaintiff', 'defendant', 'juror', 'senior', 'intern',
	'showrunner', 'dad', 'mom', 'mum', 'girl', 'boy', 'grandmother', 'grandfather', 'aunt', 'uncle',
	'nominee', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon', 'magnate',
	'politician', 'incumbent', 'challenger', 'contender', 'frontrunner', 'front-runner', 'hopeful',
]);

/** Nouns for an organisation: "the company said", "the e-commerce giant". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
	'company', 'firm', 'giant', 'retailer', 'group', 'agency', 'startup', 'start-up', 'platform',
	'app', 'service', 'business', 'corporation', 'conglomerate', 'network', 'bank', 'maker',
	'manufacturer', 'carrier', 'airline', 'department', 'ministry', 'government', 'administration',
	'campaign', 'party', 'union', 'organization', 'organisation', 'team', 'club', 'league',
	'university', 'school', 'hospital', 'council', 'court', 'commission', 'committee', 'board',
	'office', 'embassy', 'regulator', 'watchdog', 'charity', 'nonprofit', 'foundation',
	'publisher', 'broadcaster', 'outlet', 'newspaper', 'studio', 'label', 'operator', 'provider',
	'developer', 'owner', 'parent', 'subsidiary', 'unit', 'brand', 'chain', 'insurer', 'lender',
	'automaker', 'carmaker', 'chipmaker', 'producer', 'supplier', 'distributor', 'exchange',
	'streamer', 'district', 'utility', 'authority', 'agency', 'studio', 'station', 'outlet', 'insurer',
	'police', 'military', 'army', 'navy', 'ministry', 'state', 'city', 'county',
]);

/** Nouns for a document that speaks for its author: "the memo said", "the Amazon notification". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
	'memo', 'email', 'e-mail', 'letter', 'note', 'notification', 'notice', 'message', 'statement',
	'release', 'announcement', 'post', 'tweet', 'filing', 'lawsuit', 'complaint', 'report',
	'document', 'policy', 'guidance', 'directive', 'order', 'ruling', 'decision', 'law', 'bill',
	'article', 'section', 'clause', 'agreement', 'contract', 'letter', 'website', 'blog', 'study',
]);

/** Last words that make a capitalised name an organisation. */
export const ORGANISATION_SUFFIXES: ReadonlySet<string> = new Set([
	'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'llc', 'ltd', 'ltd.', 'plc', 'gmbh', 'ag', 'sa',
	'company', 'corporation', 'group', 'agency', 'association', 'institute', 'university',
	'college', 'school', 'foundation', 'department', 'ministry', 'council', 'committee',
	'commission', 'bureau', 'office', 'party', 'times', 'post', 'news', 'journal', 'review',
	'press', 'herald', 'tribune', 'telegraph', 'guardian', 'gazette', 'daily', 'magazine',
	'network', 'networks', 'bank', 'fund', 'partners', 'holdings', 'systems', 'technologies',
	'labs', 'media', 'service', 'services', 'administration', 'army', 'navy', 'police', 'court',
	'congress', 'senate', 'parliament', 'government', 'union', 'league', 'club', 'society',
	'center', 'centre', 'hospital', 'authority', 'board', 'industries', 'motors', 'airlines',
	'airways', 'records', 'studios', 'pictures', 'entertainment', 'tower', 'street', 'law', 'act',
	'reuters', 'business', 'channel', 'broadcasting', 'radio', 'tv', 'television', 'cnn', 'bbc',
	'coalition', 'alliance', 'federation', 'organization', 'organisation', 'caucus', 'conference',
	'forum', 'initiative', 'project', 'trust', 'strategies', 'solutions', 'communications',
	'associates', 'consulting', 'capital', 'ventures', 'enterprises', 'democrats', 'republicans',
	'bridge', 'avenue', 'road', 'boulevard', 'highway', 'airport', 'station', 'square', 'river',
	'county', 'island', 'building', 'memorial', 'museum', 'stadium', 'arena', 'plaza', 'library',
	'cathedral', 'tunnel', 'harbor', 'harbour', 'valley', 'mountain', 'city',
]);

/** Capitalised words that never start or make up a speaker's name. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
	'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
	'his', 'her', 'their', 'its', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'if', 'when',
	'while', 'after', 'before', 'as', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of',
	'meanwhile', 'however', 'still', 'yet', 'also', 'update', 'updated', 'earlier', 'later',
	'last', 'next', 'this', 'then', 'now', 'there', 'here', 'what', 'who', 'which', 'why', 'how',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
	'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
	'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'today',
	'yesterday', 'tomorrow', 'tonight', 'separately', 'according', 'other', 'some', 'many',
	'one', 'two', 'three', 'not', 'no', 'nor', 'all', 'both', 'each', 'every', 'just', 'only',
]);
