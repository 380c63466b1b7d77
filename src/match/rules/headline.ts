// Rule `headline`: headlines and headings state claims in their own forms. A short label before a
// colon attributes what follows ("NYT: Facebook gave Spotify and Netflix…", "Report: …",
// "Court docs: …") unless the label rejects it ("Myth: …", "False: …"). In a paragraph, "The
// backstory: …" is the writer's own voice: there a label attributes only when it is a source — a
// story's source the lists name ("NYT: …", `namesSource`) or a headline or report ("Just saw this
// headline: …", as a forum post passes one on). A source credited at the end ("… - NYT", "…, report
// says") attributes the headline too.
import type { BlockKind } from '../context';
import type { ClaimMatch } from '../types';

/** A label of one to four words, then a colon, at the start of the block. */
const LEADING_LABEL = /^\s*([^\s:][^:]{0,40}?)\s*:\s+\S/u;
const REJECTING_LABELS = new Set(['myth', 'false', 'fake', 'debunked', 'fact check: false', 'not true', 'hoax']);
/** A paragraph's label that passes on what a headline or report says. */
const PASSED_ON_LABEL = /(?<![\p{L}])(?:headlines?|reports?)$/iu;

/**
 * A source credited after a dash at the end: "… read private messages - NYT", "… — Reuters",
 * "…, report says", "…, lawsuit claims". One to four words; the dash needs spaces around it.
 */
const TRAILING_SOURCE =
  /(?:\s[-–—]\s+(?:[\p{L}\p{N}.'’&]+\s*){1,4}|,\s+(?:(?:a|the|new)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:says?|said|claims?|claimed|alleges?|alleged|reports?|reported|shows?|finds?|suggests?))\s*$/u;

/**
 * The matches of a headline or heading, with the stance its form gives; in a paragraph, only a
 * leading label that is a source (`namesSource(start, end)`: the text there names a story's source).
 */
export function headlineStance(
  kind: BlockKind,
  text: string,
  matches: ClaimMatch[],
  namesSource?: (start: number, end: number) => boolean,
): ClaimMatch[] {
  if (matches.length === 0) return matches;
  if (kind === 'paragraph') return namesSource ? passedOnStance(text, matches, namesSource) : matches;
  // "Facebook let Netflix read messages - NYT": the credited source says it; the headline reports.
  if (TRAILING_SOURCE.test(text))
    return matches.map((match) =>
      match.stance === 'asserts' && match.end >= text.trimEnd().length - 1 ? { ...match, stance: 'reports' } : match,
    );
  const label = LEADING_LABEL.exec(text);
  if (!label || label[1]!.split(/\s+/).length > 4) return matches;
  const rejects = REJECTING_LABELS.has(label[1]!.toLowerCase());
  const labelEnd = label.index + label[0].length - 1;
  return matches.map((match) => {
    // Only a sentence that starts with the label, and reads as the writer's own assertion.
    if (match.start > labelEnd || match.stance !== 'asserts') return match;
    return { ...match, stance: rejects ? 'denies' : 'reports' };
  });
}

/** A thread post's author label ("grumpy_pixel: ", "@jo · 2h: "): the source label may follow it. */
const POST_AUTHOR = /^\s*@?[\p{L}\p{N}_.-]{2,30}(?:\s*[·•|]\s*[^:\n]{1,20})?:\s+/u;

/** A paragraph that opens with a source's label ("NYT: …", "Just saw this headline: …"): what follows reports. */
function passedOnStance(
  text: string,
  matches: ClaimMatch[],
  namesSource: (start: number, end: number) => boolean,
): ClaimMatch[] {
  const author = POST_AUTHOR.exec(text);
  for (const from of author ? [0, author[0].length] : [0]) {
    const label = LEADING_LABEL.exec(text.slice(from));
    if (!label || label[1]!.split(/\s+/).length > 4) continue;
    const labelStart = from + label.index + label[0].indexOf(label[1]!);
    const labelEnd = labelStart + label[1]!.length;
    if (!PASSED_ON_LABEL.test(label[1]!) && !namesSource(labelStart, labelEnd)) continue;
    const colon = from + label.index + label[0].length - 1;
    return matches.map((match) =>
      match.start > colon || match.stance !== 'asserts' ? match : { ...match, stance: 'reports' },
    );
  }
  return matches;
}
