/**
 * Speakers across articles. Within an article the engine already resolves "he", "the company"
 * and "an Amazon spokesperson"; across articles the same speaker can still be written in full
 * in one and by surname in another ("Mike Pompeo" / "Pompeo").
 */
import { orgKey } from '../attribution/entities';
import type { Speaker } from '../types';
import type { GroupSpeaker } from './types';

/** The reconciled form of a quote's speaker, or null when it has no resolved name. */
export function groupSpeakerOf(speaker: Speaker | null): GroupSpeaker | null {
	if (!speaker?.name) {
		return null;
	}
	const name = speaker.name.trim();
	const base = orgKey(name.toLowerCase().replace(/[’']s$/, '')).trim();
	const unsure = speaker.type === 'organisation' && !name.includes(' ') && !speaker.role && speaker.resolution === 'name';
	return { key: `${speaker.type}:${base}`, name, type: speaker.type, ...(unsure ? { unsure } : {}) };
}

/**
 * Whether two versions can be the same speaker's: the same key, or a person written in full
 * in one and by surname alone in the other. A person and an organisation are never the same,
 * even with the same name (a Mr Fox and Fox News).
 */
export function sameSpeaker(a: GroupSpeaker, b: GroupSpeaker): boolean {
	if (a.key === b.key) {
		return true;
	}
	if (a.type !== b.type && a.type !== 'unknown' && b.type !== 'unknown') {
		// An organisation only by default may be a person's surname: "Mensah" and "Robert Mensah".
		const [org, person] = a.type === 'person' ? [b, a] : [a, b];
		return person.type === 'person' && org.unsure === true && nameOf(person).endsWith(' ' + nameOf(org));
	}
	const [an, bn] = [nameOf(a), nameOf(b)];
	if (an === bn) {
		return true;
	}
	if (a.type === 'person' || b.type === 'person') {
		const [short, long] = an.length < bn.length ? [an, bn] : [bn, an];
		return !short.includes(' ') && long.endsWith(' ' + short);
	}
	return false;
}

function nameOf(s: GroupSpeaker): string {
	return s.key.slice(s.key.indexOf(':') + 1);
}

/** The fullest of the names that are one speaker's ("Mike Pompeo" over "Pompeo"). */
export function fullest(speakers: readonly GroupSpeaker[]): GroupSpeaker | null {
	let best: GroupSpeaker | null = null;
	for (const s of speakers) {
		if (!best || s.name.length > best.name.length) {
			best = s;
		}
	}
	return best;
}
