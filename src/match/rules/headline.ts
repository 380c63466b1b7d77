// Rule `headline`: headlines and headings state claims in their own forms. A short label before a
// colon attributes what follows ("NYT: Facebook gave Spotify and Netflix…", "Report: …",
// "Court docs: …") unless the label rejects it ("Myth: …", "False: …"). Only a headline or a
// heading is read this way: in a paragraph, "The backstory: …" is the writer's own voice. A source
// credited at the end ("… - NYT", "…, report says") attributes the headline too.
import type { BlockKind } from '../context';
import type { ClaimMatch } from '../types';

/** A label of one to four words, then a colon, at the start of the block. */
const LEADING_LABEL = /^\s*([^\s:][^:]{0,40}?)\s*:\s+\S/u;
const REJECTING_LABELS = new Set(['myth', 'false', 'fake', 'debunked', 'fact check: false', 'not true', 'hoax']);

/**
 * A source credited after a dash at the end: "… read private messages - NYT", "… — Reuters",
 * "…, report says", "…, lawsuit claims". One to four words; the dash needs spaces around it.
 */
const TRAILING_SOURCE =
  /(?:\s[-–—]\s+(?:[\p{L}\p{N}.'’&]+\s*){1,4}|,\s+(?:(?:a|the|new)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:says?|said|claims?|claimed|alleges?|alleged|reports?|reported|shows?|finds?|suggests?))\s*$/u;

/** The matches of a headline or heading, with the stance its form gives. */
export function headlineStance(kind: BlockKind, text: string, matches: ClaimMatch[]): ClaimMatch[] {
  if (kind === 'paragraph' || matches.length === 0) return matches;
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
