// Precision and recall per claim id on the labelled dev set (seed sentences, paraphrases, hard
// negatives). held-out.jsonl was written before the match specs were tuned and is only reported,
// so the printed table shows how the matcher does on wording it was not fitted to. blind-tune and
// blind-final were written by someone who had seen only the claims spec and the seeds, never the
// lists: blind-tune's misses were studied and the lists widened (by wording family, not sentence);
// blind-final is never studied, so its table is the honest figure for unseen wording.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { bundledMatcher, evaluate, formatTable, readDevSet } from './dev-set-eval';

const claimIds = bundledList.claims.map((claim) => claim.id);
const devSet = readDevSet(resolve(__dirname, '../../fixtures/dev-set/dev.jsonl'));
const heldOut = readDevSet(resolve(__dirname, '../../fixtures/dev-set/held-out.jsonl'));
const blindTune = readDevSet(resolve(__dirname, '../../fixtures/dev-set/blind-tune.jsonl'));
const blindFinal = readDevSet(resolve(__dirname, '../../fixtures/dev-set/blind-final.jsonl'));

function overall(evaluation: ReturnType<typeof evaluate>): { precision: number; recall: number } {
  const total = evaluation.scores.reduce(
    (sum, s) => ({ tp: sum.tp + s.truePositives, fp: sum.fp + s.falsePositives, fn: sum.fn + s.falseNegatives }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { precision: total.tp / (total.tp + total.fp), recall: total.tp / (total.tp + total.fn) };
}
const matcher = bundledMatcher();

describe('the labelled dev set', () => {
  it('is big enough to mean something: ≥150 sentences, ≥10 per claim, ≥50 negatives', () => {
    const all = [...devSet, ...heldOut].filter((sentence) => !sentence.context);
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(all.filter((sentence) => sentence.ids.length === 0).length).toBeGreaterThanOrEqual(50);
    for (const id of claimIds)
      expect(all.filter((sentence) => sentence.ids.includes(id)).length, id).toBeGreaterThanOrEqual(10);
  });

  it('finds every claim with precision ≥ 0.95 and recall ≥ 0.90', () => {
    const evaluation = evaluate(matcher, devSet, claimIds);
    console.log(formatTable('dev set', evaluation));
    for (const score of evaluation.scores) {
      expect(score.precision, `${score.claimId} precision`).toBeGreaterThanOrEqual(0.95);
      expect(score.recall, `${score.claimId} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('labels the stance (asserts, reports, denies) as a reader would, in most sentences', () => {
    const evaluation = evaluate(matcher, devSet, claimIds);
    expect(evaluation.stanceAgreed / evaluation.stanceLabelled).toBeGreaterThanOrEqual(0.9);
  });

  it('reports the held-out paraphrases, and stays useful on them', () => {
    const evaluation = evaluate(matcher, heldOut, claimIds);
    console.log(formatTable('held-out', evaluation));
    // Not a tuning target: a floor that catches a matcher which only knows its dev set.
    const { precision, recall } = overall(evaluation);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });

  it('finds the blind paraphrases it was widened for (blind-tune), without false alarms', () => {
    const evaluation = evaluate(matcher, blindTune, claimIds);
    console.log(formatTable('blind-tune', evaluation));
    const { precision, recall } = overall(evaluation);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('stays useful on blind paraphrases nobody tuned for (blind-final, reported)', () => {
    const evaluation = evaluate(matcher, blindFinal, claimIds);
    console.log(formatTable('blind-final', evaluation));
    // A floor, not a target: raising it by studying this file's misses would make it one more tuning set.
    const { precision, recall } = overall(evaluation);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });
});
