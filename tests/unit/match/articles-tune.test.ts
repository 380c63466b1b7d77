// Whole articles (tests/fixtures/articles-tune, written blind by an independent examiner; see its
// README) read block by block in their document context, scored per claim id. The target is the
// issue's: precision ≥ 0.95 and recall ≥ 0.90 for every claim id, no hit on a negative article.
// Claims below target are held at their measured floor (so a change that makes them worse fails)
// and listed when the test runs; raise a floor whenever the matcher improves, never lower it
// without saying why. The final set is scored with scripts/score-articles.ts, never here.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { evaluateArticles, formatArticleTable, readArticles } from '../../../scripts/article-eval';
import { bundledMatcher } from './dev-set-eval';

const TARGET = { precision: 0.95, recall: 0.9 };
/** Measured on this set where the target is not reached yet (precision, recall). */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'meta-sold-messages-to-netflix': { precision: 0.88, recall: 0.81 },
  // 0.94 → 0.92 with recall 0.75 → 0.82: reading a weaker 'Netflix could read your messages' as the inbox claim finds 4
  // more labels and costs one hypothetical ("an app seeing the message it helped you send").
  'netflix-inbox-api-access': { precision: 0.92, recall: 0.82 },
  'facebook-partners-read-messages-2018': { precision: 0.97, recall: 0.8 },
  'bing-amazon-yahoo-friend-data': { precision: 0.95, recall: 0.81 },
  'netflix-data-for-ad-spend': { precision: 0.95, recall: 0.86 },
  // 0.95 → 0.90: Watch cuts now need Netflix or a motive (a plain report of cuts is not the claim); a member's
  // "the cuts were real, but nobody mentioned Netflix" is read as the claim, which this set leaves unlabelled.
  'facebook-watch-sabotaged-for-netflix': { precision: 0.9, recall: 0.75 },
  'netflix-e2ee-exception': { precision: 0.95, recall: 0.63 },
  'hastings-on-facebook-board': { precision: 0.94, recall: 0.84 },
};

const articles = readArticles(resolve(__dirname, '../../fixtures/articles-tune'));
const claimIds = bundledList.claims.map((claim) => claim.id);
const evaluation = evaluateArticles(bundledMatcher(), articles, claimIds);

describe('whole articles of the tuning set', () => {
  it('is the examiner’s set: ≥ 30 positive and ≥ 12 negative articles, every claim labelled', () => {
    expect(articles.filter((article) => article.kind === 'positive').length).toBeGreaterThanOrEqual(30);
    expect(evaluation.negatives).toBeGreaterThanOrEqual(12);
    for (const score of evaluation.scores) expect(score.labels, score.claimId).toBeGreaterThanOrEqual(3);
  });

  it('finds each claim id at the target precision and recall (or, below it, no worse than measured)', () => {
    console.log(formatArticleTable('articles-tune', evaluation, false));
    const below = evaluation.scores.filter(
      (score) => score.precision < TARGET.precision || score.recall < TARGET.recall,
    );
    if (below.length > 0)
      console.log(
        `below target (P ${TARGET.precision} / R ${TARGET.recall}): ${below.map((s) => s.claimId).join(', ')}`,
      );
    for (const score of evaluation.scores) {
      const floor = FLOORS[score.claimId] ?? TARGET;
      expect(score.precision, `${score.claimId} precision`).toBeGreaterThanOrEqual(
        Math.min(TARGET.precision, floor.precision),
      );
      expect(score.recall, `${score.claimId} recall`).toBeGreaterThanOrEqual(Math.min(TARGET.recall, floor.recall));
    }
  });

  it('finds nothing in the negative articles', () => {
    expect(evaluation.falseAlarms.filter((alarm) => alarm.negative)).toEqual([]);
  });

  it('agrees with the examiner on the stance of ≥ 0.90 of the sentences it finds', () => {
    expect(evaluation.stanceAgreed / evaluation.stanceCompared).toBeGreaterThanOrEqual(0.9);
  });
});
