/**
 * Common given names, lower case, by the gender they usually go with. A capitalised phrase whose
 * first word is a given name is taken for a person's name ("Jaci Anderson", "Kevin Mayer"); its
 * gender tells "she" from "he" when no title or pronoun says. Names given to either (and names
 * whose gender the spelling does not tell) are in `FIRST_NAMES` only.
 */
const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/** Given names mostly borne by women. */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
	words(`abby abigail adriana aisha alexandra alexandria alice alicia alison allison amanda amber
	amelia amy ana andrea angela angelina anita ann anna anne annie april astrid audrey ayanna
	barbara beth betsy betty beverly brenda bridget brittany caitlin carla carmen carol caroline
	carolyn catherine charlotte chelsea cheryl christina christine cindy claire clara claudia
	condoleezza cristina cynthia daisy danielle deborah debbie debra diana diane dianne dolores
	donna doris dorothy elaine eleanor elena elizabeth ella ellen emily emma emmanuelle erica erin
	eva fatima fiona francesca frances gabrielle gail gayle georgia gina ginni giorgia gloria grace
	gretchen greta hannah heather helen hillary huma ileana ilhan indra ingrid irene isabel
	isabella ivana ivanka jacinda jane janet janice jeanne jennifer jenny jessica jill joan joanna
	joy joyce judith judy julia julie kamala karen kate katherine kathleen kathryn kathy katie
	kellyanne kimberly kirsten kristen kristi kristin laura lauren leah lily linda lindsay lisa liz
	lois lori loretta louise lucy lydia madeleine maggie margaret maria marianne marie marilyn
	marina marine marissa marsha martha mary maureen maxine mazie megan megyn mei melania melanie
	melissa michelle molly monica nancy naoko naomi natalie nicole nikki nina norah olga olivia
	oprah pamela patricia patty paula peggy priya rachel rashida rebecca regina rita rosa rose ruby
	ruth sally samantha sandra sara sarah sharon sheila sheryl shirley sofia sonia sophia sophie
	stacey stephanie sue susan suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tulsi
	ursula valentina valerie vanessa victoria virginia wendy yasmin zoe keiko`),
);

/** Given names mostly borne by men. */
export const MALE_NAMES: ReadonlySet<string> = new Set(
	words(`aaron abdul adam adrian ahmed akira alan albert alejandro alexander alfred amir amit anders
	andres andrew andy anil anthony antonio arjun arthur austin barack beau ben benjamin bernie beto
	bibi bill billy bjorn bob bobby boris brad bradley brandon brian bruce bryan carl carlos charles
	charlie chuck colin connor corey cory craig dan daniel darren dave david dean deepak denis dennis
	derek devin dick diego dmitry dominic don donald doug douglas dylan ed eddie edward elijah elon
	emmanuel eric erik ethan eugene evan felix fernando francis francois frank fred friedrich gabriel
	gary gavin george gerald giuseppe glenn gordon greg gregory gustavo hans harold harry henry
	hiroshi howard hugh hunter ian igor isaac ivan jack jacob jacques jair jake james jared jason
	javier jay jeb jeff jeffrey jensen jeremy jerome jerry jesse jim jimmy joe joel john johnny jon
	jonathan jorge jose joseph josh joshua juan julian jurgen justin keir keith kenji ken kenneth
	kevin kirk klaus kurt kyle lance larry lars lawrence leo leon leonard liam logan louis luca lucas
	luis luke lula malcolm marc marco mario mark martin matt matteo matthew max michael miguel mike
	mitch mitt mohammad mohammed narendra nathan neil newt nicholas nick nigel nils noah norman olaf
	oliver omar oscar owen pablo patrick paul pedro pete peter phil philip phillip pierre rafael raj
	rahul ralph rand randy ray raymond recep reed reince richard rick ricardo rishi rob robert
	roberto roger ron ronald ross roy rudy russell ryan samuel sanjay satoshi satya scott sean
	sergei sergey sergio seth shawn sherrod simon stanley stephen steve steven stuart sundar sunil
	sven takeshi ted thomas tim timothy todd tom tommy tony travis troy tyler victor vijay vincent
	vladimir volodymyr walter wayne william willie wolfgang yusuf zachary haruki`),
);

/** Every common given name: the gendered ones, and those given to either or not told by spelling. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
	...FEMALE_NAMES,
	...MALE_NAMES,
	...words(`alex ali chris dana jamie jan jean jo jordan kelly kim lee leslie lynn pat robin sam
	terry tracy taylor casey jackie jaci jessie min jin yan li liu zhang wang wei yang chen xin ming
	hui jun sung young jae yuki hyun kay eli isa ji-hoon min-jun seo-yeon hao ling jean-pierre ravi
	yoshi`),
]);
