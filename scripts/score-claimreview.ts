// Scores imported ClaimReview claims on a labelled set (claims.json, articles/, labels.json): per-claim
// precision/recall of the highlights, the precision–recall curve over the match score, and the second
// tier: whether each claim a positive article states is highlighted or listed among its "fact-checks
// on topics in this page", and whether an unrelated article lists anything.
//   npx tsx scripts/score-claimreview.ts DIR
import { resolve } from 'node:path';
import { compileMatcher, matchText, TopicTally, topicsOf } from '../src/match';
import { paragraphsOf } from '../src/match/paragraphs';
import {
  evaluateSet,
  formatEvaluation,
  importWith,
  precisionRecallCurve,
  readClaimReviewSet,
} from '../tests/unit/claim-compiler/claimreview-eval';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npx tsx scripts/score-claimreview.ts DIR\n');
  process.exit(2);
}
const set = readClaimReviewSet(resolve(dir));
const claims = importWith(set);
console.log(
  formatEvaluation(`${dir}: ${claims.length} claims imported of ${set.reviews.length}`, evaluateSet(set, claims)),
);
console.log(precisionRecallCurve(set, [0.3, 0.5, 0.6, 0.7, 0.8, 0.9]));
// As the page reads it: blocks in one document context (a sentence may take the headline's party).
const asPage = evaluateSet(set, claims, 'document');
console.log(
  `as a page reads it (document context): precision ${asPage.precision.toFixed(3)}, recall ${asPage.recall.toFixed(3)} ` +
    `(tp ${asPage.tp}, fp ${asPage.fp}, fn ${asPage.fn}); matches on negative/unrelated articles: ${asPage.negativeArticleMatches}`,
);
if (process.env.SHOW_DOCUMENT) for (const alarm of asPage.falseAlarms) console.log(`  page false alarm ${alarm}`);

// The second tier, read block by block as the page is.
const matcher = compileMatcher(claims.map((claim) => ({ id: claim.id, match: claim.match! })));
const idOfUrl = new Map(claims.map((claim) => [claim.review?.url ?? '', claim.id]));
let stated = 0;
let shown = 0;
let unrelatedListing = 0;
let unrelated = 0;
let negativesListing = 0;
let negatives = 0;
for (const article of set.articles) {
  const tally = new TopicTally();
  const highlighted = new Set<string>();
  for (const { start, end } of paragraphsOf(article.text)) {
    for (const match of matchText(matcher, article.text.slice(start, end))) highlighted.add(match.claimId);
    tally.noteBlock();
  }
  const topics = topicsOf(matcher, tally, highlighted).map((topic) => topic.claimId);
  if (article.kind === 'positive') {
    for (const id of new Set(article.labels.map((label) => idOfUrl.get(label.claim)))) {
      if (!id) continue;
      stated++;
      if (highlighted.has(id) || topics.includes(id)) shown++;
    }
  } else if (article.kind === 'unrelated') {
    unrelated++;
    if (topics.length + highlighted.size > 0) unrelatedListing++;
  } else {
    negatives++;
    if (topics.length > 0) negativesListing++;
  }
}
console.log(
  `second tier: ${shown}/${stated} claims stated by positive articles highlighted or listed (recall ${(shown / Math.max(stated, 1)).toFixed(2)}); ` +
    `unrelated articles listing anything: ${unrelatedListing}/${unrelated}; same-topic negatives listing a topic: ${negativesListing}/${negatives}`,
);
