// Scores compiled ClaimReview claims on a blind set (tests/fixtures/claimreview-tune: claims.json,
// articles/*.txt, labels.json): the claims are imported as a user's ClaimReview subscription would
// be (importClaimReviews, so compiled from their wordings alone), each article is scanned the way
// `claimlens scan` scans a text file (a block per paragraph line), and every match is scored
// against the labelled sentences: a labelled (sentence, claim) pair found is a true positive, one
// missed a false negative, a match of a claim on a sentence not labelled with it a false positive.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { claimSourceOf, matchOf } from '../../../src/claim-check';
import { importClaimReviews } from '../../../src/claims/claim-review';
import { compileClaim, compilerContext, type CompilerContext } from '../../../src/claim-compiler';
import {
  compileMatcher,
  matchDocument,
  matchText,
  type ClaimMatch,
  type DocumentBlock,
  type Stance,
} from '../../../src/match';
import { paragraphsOf } from '../../../src/match/paragraphs';
import type { Claim } from '../../../src/claims/schema';

interface LabelledSentence {
  text: string;
  claim: string;
  stance: Stance;
}
interface ArticleLabels {
  file: string;
  kind: string;
  about: string[];
  sentences: LabelledSentence[];
}

export interface ClaimReviewSet {
  reviews: unknown[];
  articles: { file: string; kind: string; text: string; labels: LabelledSentence[] }[];
}

export function readClaimReviewSet(dir: string): ClaimReviewSet {
  const reviews = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as unknown[];
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { articles: ArticleLabels[] };
  const byFile = new Map(labels.articles.map((article) => [article.file, article]));
  const articles = readdirSync(join(dir, 'articles'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      kind: byFile.get(file)?.kind ?? 'unlabelled',
      text: readFileSync(join(dir, 'articles', file), 'utf8'),
      labels: byFile.get(file)?.sentences ?? [],
    }));
  return { reviews, articles };
}

/** The way `claimlens scan` reads a text file: each paragraph on its own. */
function scanText(matcher: ReturnType<typeof compileMatcher>, text: string): ClaimMatch[] {
  const matches: ClaimMatch[] = [];
  for (const { start, end } of paragraphsOf(text)) {
    for (const match of matchText(matcher, text.slice(start, end)))
      matches.push({ ...match, start: match.start + start, end: match.end + start });
  }
  return matches;
}

/**
 * How a page is read: the blocks in order in one document context (the first line the headline),
 * so a sentence may take a party the headline or a recent paragraph named (match/context.ts).
 */
export function scanDocument(matcher: ReturnType<typeof compileMatcher>, text: string): ClaimMatch[] {
  const blocks = paragraphsOf(text).map(({ start, end }, b): DocumentBlock => ({
    start,
    end,
    kind: b === 0 ? 'title' : 'paragraph',
  }));
  return matchDocument(matcher, text, blocks);
}

export interface ClaimFigures {
  url: string;
  id: string;
  text: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface SetEvaluation {
  perClaim: ClaimFigures[];
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  stanceAgreed: number;
  stanceCompared: number;
  misses: string[];
  falseAlarms: string[];
  /** Matches on articles labelled negative or unrelated. */
  negativeArticleMatches: number;
}

/**
 * Imports the set's reviews and compiles each as the extension does where it stores them (an import
 * carries no match data: claim-check's matchOf), or with the given compiler settings.
 */
export function importWith(set: ClaimReviewSet, context?: CompilerContext): Claim[] {
  const { claims } = importClaimReviews(set.reviews);
  return claims.map((claim) => ({
    ...claim,
    match: context ? compileClaim(claimSourceOf(claim), context) : matchOf(claim),
  }));
}

/** `paragraphs`: each paragraph alone (the compiler's own reach); `document`: as the page and `claimlens scan` read it. */
export function evaluateSet(
  set: ClaimReviewSet,
  claims: readonly Claim[],
  mode: 'paragraphs' | 'document' = 'paragraphs',
): SetEvaluation {
  const matcher = compileMatcher(claims.map((claim) => ({ id: claim.id, match: claim.match! })));
  const idOfUrl = new Map(claims.map((claim) => [claim.review?.url ?? '', claim.id]));
  const figures = new Map<string, ClaimFigures>(
    claims.map((claim) => [
      claim.id,
      { url: claim.review?.url ?? '', id: claim.id, text: claim.text, tp: 0, fp: 0, fn: 0 },
    ]),
  );
  const evaluation: SetEvaluation = {
    perClaim: [],
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 1,
    recall: 1,
    stanceAgreed: 0,
    stanceCompared: 0,
    misses: [],
    falseAlarms: [],
    negativeArticleMatches: 0,
  };
  for (const article of set.articles) {
    const matches = (mode === 'document' ? scanDocument : scanText)(matcher, article.text);
    if (article.kind !== 'positive') evaluation.negativeArticleMatches += matches.length;
    // Each labelled sentence's span in the file.
    const spans = article.labels.map((label) => {
      const start = article.text.indexOf(label.text);
      if (start < 0) throw new Error(`${article.file}: labelled text not found: ${label.text}`);
      return { ...label, id: idOfUrl.get(label.claim), start, end: start + label.text.length };
    });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const span of spans) {
      const found = matches.find((match) => match.claimId === span.id && overlaps(match, span));
      const entry = span.id ? figures.get(span.id) : undefined;
      if (!entry) continue;
      if (found) {
        entry.tp++;
        evaluation.stanceCompared++;
        if (found.stance === span.stance) evaluation.stanceAgreed++;
      } else {
        entry.fn++;
        evaluation.misses.push(`${article.file} ${span.id}: ${span.text}`);
      }
    }
    const counted = new Set<string>();
    for (const match of matches) {
      if (spans.some((span) => span.id === match.claimId && overlaps(match, span))) continue;
      const key = `${match.claimId}@${match.start}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const entry = figures.get(match.claimId);
      if (entry) entry.fp++;
      evaluation.falseAlarms.push(`${article.file} ${match.claimId}: ${match.text.replace(/\s+/g, ' ')}`);
    }
  }
  evaluation.perClaim = [...figures.values()];
  for (const claim of evaluation.perClaim) {
    evaluation.tp += claim.tp;
    evaluation.fp += claim.fp;
    evaluation.fn += claim.fn;
  }
  evaluation.precision = evaluation.tp + evaluation.fp === 0 ? 1 : evaluation.tp / (evaluation.tp + evaluation.fp);
  evaluation.recall = evaluation.tp + evaluation.fn === 0 ? 1 : evaluation.tp / (evaluation.tp + evaluation.fn);
  return evaluation;
}

export function formatEvaluation(title: string, evaluation: SetEvaluation, details = true): string {
  const ratio = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2));
  return [
    `${title}: precision ${evaluation.precision.toFixed(3)}, recall ${evaluation.recall.toFixed(3)} (tp ${evaluation.tp}, fp ${evaluation.fp}, fn ${evaluation.fn}); stance agrees on ${evaluation.stanceAgreed}/${evaluation.stanceCompared}; matches on negative/unrelated articles: ${evaluation.negativeArticleMatches}`,
    `  ${'claim'.padEnd(48)}  P     R     tp fp fn`,
    ...evaluation.perClaim.map(
      (c) =>
        `  ${c.id.slice(0, 48).padEnd(48)}  ${ratio(c.tp, c.tp + c.fp)}  ${ratio(c.tp, c.tp + c.fn)}  ${String(c.tp).padStart(2)} ${String(c.fp).padStart(2)} ${String(c.fn).padStart(2)}`,
    ),
    ...(details ? evaluation.misses.map((m) => `  missed ${m}`) : []),
    ...(details ? evaluation.falseAlarms.map((m) => `  false alarm ${m}`) : []),
  ].join('\n');
}

/** Precision and recall as the compiler's threshold moves. */
export function precisionRecallCurve(set: ClaimReviewSet, thresholds: readonly number[]): string {
  return thresholds
    .map((threshold) => {
      const evaluation = evaluateSet(set, importWith(set, compilerContext({ threshold })));
      return `  threshold ${threshold.toFixed(2)}: precision ${evaluation.precision.toFixed(3)} recall ${evaluation.recall.toFixed(3)} (tp ${evaluation.tp} fp ${evaluation.fp} fn ${evaluation.fn})`;
    })
    .join('\n');
}
