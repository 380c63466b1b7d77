// Rule `headline`: headlines and headings state claims in their own forms. A short label before a
// colon attributes what follows ("NYT: Facebook gave Spotify and Netflix…", "Report: …",
// "Court docs: …") unless the label rejects it ("Myth: …", "False: …"). Only a headline or a
// heading is read this way: in a paragraph, "The backstory: …" is the writer's own voice.
import type { BlockKind } from '../context';
import type { ClaimMatch } from '../types';

/** A label of one to four words, then a colon, at the start of the block. */
const LEADING_LABEL = /^\s*([^\s:][^:]{0,40}?)\s*:\s+\S/u;
const REJECTING_LABELS = new Set(['myth', 'false', 'fake', 'debunked', 'fact check: false', 'not true', 'hoax']);

/** The matches of a headline or heading, with the stance its form gives. */
export function headlineStance(kind: BlockKind, text: string, matches: ClaimMatch[]): ClaimMatch[] {
  if (kind === 'paragraph' || matches.length === 0) return matches;
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
