/**
 * A plain-text article written out as people keep articles: a saved web page, with the site's
 * navigation, ads, scripts, share buttons, related stories and cookie banner around the story,
 * and a Markdown file with front matter. Paragraphs are the engine's own, so a reader that
 * finds the story gives the engine the same paragraphs back.
 */
import { splitParagraphs } from '../../server/src/engine/text/paragraphs';

/** The article's paragraphs as the engine splits them, each as its lines. */
function paragraphsOf(text: string): string[][] {
	return splitParagraphs(text).map((p) => text.slice(p.start, p.end).split(/\r?\n/));
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One line of text as HTML: entities for some marks, `&nbsp;` where spaces run (HTML would collapse them). */
function htmlLine(line: string, entities: boolean): string {
	let html = escapeHtml(line.trim()).replace(/ {2,}/g, (run) => ` ${'&nbsp;'.repeat(run.length - 1)}`);
	if (entities) {
		html = html.replace(/’/g, '&rsquo;').replace(/“/g, '&ldquo;').replace(/”/g, '&#8221;').replace(/—/g, '&mdash;');
	}
	return html;
}

/**
 * `text` as a saved news page: its first paragraph the headline (in `<h1>` and `<title>`), the
 * rest paragraphs of the story's body, lines inside a paragraph split by `<br>`; `entities`
 * writes curly quotes, apostrophes and dashes as character references.
 */
export function articleToHtml(text: string, outlet: string, entities = true): string {
	const [headline, ...body] = paragraphsOf(text);
	const title = headline.map((l) => htmlLine(l, false)).join(' ');
	const h1 = headline.map((l) => htmlLine(l, false)).join('<br>');
	const paragraphs = body.map((lines) => `\t\t\t<p>${lines.map((l) => htmlLine(l, entities)).join('<br>\n\t\t\t')}</p>`).join('\n');
	return `<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<title>${title} | ${escapeHtml(outlet)}</title>
	<meta property="og:site_name" content="${escapeHtml(outlet)}">
	<link rel="stylesheet" href="/static/site.css">
	<style>.ad-slot { min-height: 250px; } .share a { margin: 0 4px; }</style>
	<script>window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); } gtag("js", new Date());</script>
</head>
<body class="article-page">
	<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
	<header class="site-header">
		<a class="logo" href="/">${escapeHtml(outlet)}</a>
		<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Technology</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
	</header>
	<div class="ad-slot" id="ad-leaderboard"><span>Advertisement</span><iframe src="https://ads.example.com/slot/1"></iframe></div>
	<main>
		<article>
			<header class="article-header">
				<h1 class="headline">${h1}</h1>
				<div class="share"><a href="#" class="share-facebook">Share on Facebook</a> <a href="#" class="share-twitter">Share on Twitter</a> <a href="#" class="share-email">Email</a></div>
			</header>
			<div class="article-body">
${paragraphs}
			</div>
			<aside class="related-stories"><h2>Related stories</h2><ul><li><a href="/r/1">Five apps to delete now</a></li><li><a href="/r/2">What the ban means for you</a></li><li><a href="/r/3">Markets close higher</a></li></ul></aside>
		</article>
	</main>
	<aside class="sidebar"><div class="ad-slot" id="ad-sidebar">Sponsored content <a href="https://ads.example.com/c">Click here</a></div><div class="most-read"><h3>Most read</h3><ol><li><a href="/m/1">Storm hits coast</a></li><li><a href="/m/2">Election latest</a></li></ol></div></aside>
	<footer class="site-footer"><p>&copy; 2020 ${escapeHtml(outlet)}. All rights reserved.</p><a href="/terms">Terms</a> <a href="/contact">Contact us</a></footer>
	<script src="https://cdn.example.com/analytics.js" async></script>
	<script>document.querySelectorAll(".share a").forEach(function (a) { a.addEventListener("click", function () {}); });</script>
</body>
</html>
`;
}

/** One line of text as Markdown: every character that would be markup escaped. */
function markdownLine(line: string): string {
	let md = line
		.trim()
		.replace(/[\\`*_[\]<>]/g, '\\$&')
		.replace(/&/g, '&amp;');
	// Marks that only mean something at the start of a line: headings, quotes, lists, rules.
	md = md.replace(/^([#>+=|-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
	return md;
}

/**
 * `text` as a Markdown article: front matter with the title and outlet, the first paragraph
 * as the `#` heading, lines inside a paragraph kept apart by hard breaks.
 */
export function articleToMarkdown(text: string, outlet: string): string {
	const [headline, ...body] = paragraphsOf(text);
	const paragraph = (lines: string[]) => lines.map(markdownLine).join('\\\n') + '\n';
	// A headline of one line is the heading and the title; one of several lines, a paragraph.
	const single = headline.length === 1;
	return [
		'---',
		...(single ? [`title: ${JSON.stringify(headline[0].trim())}`] : []),
		`outlet: ${JSON.stringify(outlet)}`,
		'date: 2020-07-10',
		'---',
		'',
		single ? `# ${markdownLine(headline[0])}\n` : paragraph(headline),
		...body.map(paragraph),
	].join('\n');
}
