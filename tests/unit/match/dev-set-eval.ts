// Scores the matcher on a labelled dev-set file (JSON lines): precision and recall per claim id,
// and how often the stance agrees with the label. Shared by the dev-set test and by hand runs.
import { readFileSync } from 'node:fs';
import type { Stance } from '../../../src/match';
import { compileMatcher, matchText, type CompiledMatcher } from '../../../src/match';
import bundledList from '../../../assets/claims/bundled-list.json';
import { readyListClaims } from '../../../src/claim-check';
import { parseClaimList } from '../../../src/claims/parse';

export interface LabelledSentence {
  text: string;
  /** Claims the sentence states; empty for a negative. */
  ids: string[];
  stance?: Stance;
  source: string;
  /** Claims that are defensible readings too: matching them is not counted as a false positive. */
  alsoOk?: string[];
  /** Needs the previous sentence to be understood ("these companies", "the ad spend"): reported, not scored. */
  context?: boolean;
}

export interface ClaimScore {
  claimId: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  scores: ClaimScore[];
  stanceAgreed: number;
  stanceLabelled: number;
  misses: { text: string; claimId: string }[];
  falseAlarms: { text: string; claimId: string }[];
  contextMisses: { text: string; claimIds: string[] }[];
  stanceMisses: { text: string; expected: Stance; got: Stance }[];
  sentences: number;
  negatives: number;
}

export function readDevSet(path: string): LabelledSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSentence);
}

export function bundledMatcher(): CompiledMatcher {
  const { list } = parseClaimList(bundledList, { strict: true });
  return compileMatcher(readyListClaims(list).claims);
}

export function evaluate(
  matcher: CompiledMatcher,
  sentences: readonly LabelledSentence[],
  claimIds: readonly string[],
): Evaluation {
  const counts = new Map(claimIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const evaluation: Evaluation = {
    scores: [],
    stanceAgreed: 0,
    stanceLabelled: 0,
    misses: [],
    falseAlarms: [],
    contextMisses: [],
    stanceMisses: [],
    sentences: 0,
    negatives: 0,
  };
  for (const sentence of sentences) {
    const matches = matchText(matcher, sentence.text);
    const found = new Set(matches.map((match) => match.claimId));
    if (sentence.context) {
      const missed = sentence.ids.filter((id) => !found.has(id));
      if (missed.length > 0) evaluation.contextMisses.push({ text: sentence.text, claimIds: missed });
      continue;
    }
    evaluation.sentences++;
    if (sentence.ids.length === 0) evaluation.negatives++;
    for (const id of claimIds) {
      const count = counts.get(id)!;
      const expected = sentence.ids.includes(id);
      if (expected && found.has(id)) count.tp++;
      else if (expected) {
        count.fn++;
        evaluation.misses.push({ text: sentence.text, claimId: id });
      } else if (found.has(id) && !sentence.alsoOk?.includes(id)) {
        count.fp++;
        evaluation.falseAlarms.push({ text: sentence.text, claimId: id });
      }
    }
    if (sentence.stance && sentence.ids.length > 0) {
      const match = matches.find((m) => m.claimId === sentence.ids[0]);
      if (match) {
        evaluation.stanceLabelled++;
        if (match.stance === sentence.stance) evaluation.stanceAgreed++;
        else evaluation.stanceMisses.push({ text: sentence.text, expected: sentence.stance, got: match.stance });
      }
    }
  }
  evaluation.scores = claimIds.map((claimId) => {
    const { tp, fp, fn } = counts.get(claimId)!;
    return {
      claimId,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
  return evaluation;
}

export function formatTable(title: string, evaluation: Evaluation): string {
  const rows = evaluation.scores.map(
    (s) =>
      `${s.claimId.padEnd(38)} ${String(s.truePositives + s.falseNegatives).padStart(4)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(6)}   tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives}`,
  );
  const stance = evaluation.stanceLabelled ? (evaluation.stanceAgreed / evaluation.stanceLabelled).toFixed(2) : 'n/a';
  return [
    `${title}: ${evaluation.sentences} scored sentences (${evaluation.negatives} negatives); stance agreement ${stance} (${evaluation.stanceAgreed}/${evaluation.stanceLabelled})`,
    `${'claim id'.padEnd(38)} ${'pos'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(6)}`,
    ...rows,
    ...evaluation.misses.map((m) => `  missed ${m.claimId}: ${m.text}`),
    ...evaluation.falseAlarms.map((m) => `  false alarm ${m.claimId}: ${m.text}`),
    ...evaluation.stanceMisses.map((m) => `  stance ${m.got}, labelled ${m.expected}: ${m.text}`),
    ...evaluation.contextMisses.map((m) => `  (needs context, not scored) ${m.claimIds.join(', ')}: ${m.text}`),
  ].join('\n');
}
