/**
 * Common given names, lower case. A capitalised phrase whose first word is here is taken for a
 * person's name ("Jaci Anderson", "Kevin Mayer"); other evidence (a title, a role, a pronoun
 * that refers back to it) covers names that are not.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
	`aaron abby abdul abigail adam adrian ahmed aisha alan albert alex alexander alexandra alexis
	alfred ali alice alicia alison allison amanda amber amelia amir amy ana andrea andrew andy angela
	angelina anita ann anna anne annie anthony antonio april arthur ashley audrey austin barbara
	barack ben benjamin bernie beth betsy betty beverly bill billy bob bobby brad bradley brandon
	brenda brian bridget brittany bruce bryan caitlin carl carla carlos carmen carol caroline
	carolyn catherine charles charlie charlotte chen cheryl chris christian christina christine
	christopher chuck cindy claire clara claudia colin connor craig cynthia daisy dan dana daniel
	danielle darren dave david dean deborah debra denis dennis derek diana diane dick dmitry dolores
	dominic don donald donna doris dorothy doug douglas dylan ed eddie edward elaine eleanor elena
	eli elijah elizabeth ella ellen emily emma emmanuel eric erica erik erin ethan eugene eva evan
	fatima felix fernando fiona frances francis frank fred gabriel gail gary gavin george georgia
	gerald gina glenn gloria gordon grace greg gregory hannah harold harry heather helen henry hillary
	howard hugh ian igor ingrid irene isaac isabel isabella ivan jack jackie jacob jaci jake james
	jamie jan jane janet janice jared jason javier jay jean jeff jeffrey jen jennifer jenny jeremy
	jerome jerry jesse jessica jill jim jimmy jin jo joan joanna joe joel john johnny jon jonathan
	jordan jorge jose joseph josh joshua joy joyce juan judith judy julia julian julie justin
	karen kate katherine kathleen kathryn kathy katie kay keith kelly ken kenneth kevin kim kimberly
	kirk kristen kristin kurt kyle lance larry laura lauren lawrence leah lee leo leon leonard
	leslie liam lily linda lindsey lisa liz logan lois lori louis louise lucas lucy luis luke lydia
	lynn maggie malcolm marc marco margaret maria marie marilyn mario mark marsha martha martin mary
	matt matthew maureen max megan melanie melissa michael michelle miguel mike min mitch mitt
	mohammed mohammad molly monica nancy naomi natalie nathan neil nicholas nick nicole nigel nina
	noah norman olga oliver olivia omar oscar owen pablo pamela pat patricia patrick paul paula
	pedro peggy peter phil philip phillip rachel rafael ralph randy ray raymond rebecca regina
	richard rick rita rob robert roberto robin roger ron ronald rosa rose ross roy ruby russell
	ruth ryan sally sam samantha samuel sandra sara sarah scott sean sergei sergey seth shannon
	sharon shawn sheila shirley simon sofia sophia sophie stacey stanley stephanie stephen steve
	steven stuart sue susan suzanne sylvia tamara tammy tanya ted teresa terry theresa thomas tiffany
	tim timothy tina todd tom tommy tony tracy travis troy tyler valerie vanessa victor victoria
	vincent virginia vladimir walter wang wayne wendy wei william willie xi yan yang yasmin yuki
	yusuf zachary zoe hiroshi haruki kenji takeshi satoshi akira yoshi naoko keiko sanjay rahul
	priya narendra raj deepak anil sunil arjun vijay ravi amit ji-hoon min-jun seo-yeon hyun
	jae sung young jun hao li liu zhang xin ming ling mei hui emmanuelle francois jacques pierre
	jean-pierre marine olaf angela ursula boris keir rishi theresa justin jacinda volodymyr recep
	benjamin bibi jair lula andres gustavo cristina ricardo alejandro sergio diego valentina
	laura giorgia matteo giuseppe luca francesca hans klaus jurgen wolfgang friedrich sven lars
	nils erik anders bjorn ingrid astrid kamala joe nancy chuck mitch lindsey ted marco elon jeff
	mark sundar satya tim sheryl jack larry sergey susan marissa reed jensen lisa ginni indra`
		.split(/\s+/)
		.filter(Boolean),
);
