// Scores the matcher on whole labelled articles (NNN.json: blocks h1/h2/p/li/blockquote, labels per
// sentence with claim id and stance; see tests/fixtures/articles-tune/README.md). Each article is
// matched block by block with one DocumentContext, as the page and the CLI match it. Per claim id:
// precision (matches that overlap a label of that claim in the same block), recall (labels found),
// stance agreement on the labels found, and every hit on a negative article.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  blockKindOfTag,
  createDocumentContext,
  expectBlocks,
  matchBlock,
  type ClaimMatch,
  type CompiledMatcher,
  type Stance,
} from '../src/match';

export interface ArticleBlock {
  type: string;
  text: string;
}

export interface ArticleLabel {
  block: number;
  text: string;
  claim: string;
  stance: Stance;
}

export interface Article {
  id: string;
  kind: 'positive' | 'negative';
  style?: string;
  era?: string;
  blocks: ArticleBlock[];
  labels: ArticleLabel[];
}

export interface ArticleClaimScore {
  claimId: string;
  labels: number;
  found: number;
  matches: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ArticleEvaluation {
  articles: number;
  negatives: number;
  scores: ArticleClaimScore[];
  stanceAgreed: number;
  stanceCompared: number;
  misses: { article: string; claimId: string; text: string }[];
  falseAlarms: { article: string; claimId: string; text: string; negative: boolean }[];
  stanceMisses: { article: string; claimId: string; text: string; expected: Stance; got: Stance }[];
  negativeHits: number;
}

export function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((name) => /^\d+\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Article);
}

/** Every block's matches, reading the article in order with one document context. */
export function matchArticle(matcher: CompiledMatcher, article: Article): ClaimMatch[][] {
  const context = createDocumentContext();
  expectBlocks(
    matcher,
    context,
    article.blocks.map((block) => block.text),
  );
  return article.blocks.map((block) => matchBlock(matcher, context, block.text, blockKindOfTag(block.type)));
}

/** Do [a, b) and [c, d) share at least half of the shorter one? (Splitters may differ at the edges.) */
function overlaps(a: number, b: number, c: number, d: number): boolean {
  const shared = Math.min(b, d) - Math.max(a, c);
  return shared > 0 && shared * 2 >= Math.min(b - a, d - c);
}

export function evaluateArticles(
  matcher: CompiledMatcher,
  articles: readonly Article[],
  claimIds: readonly string[],
): ArticleEvaluation {
  const counts = new Map(claimIds.map((id) => [id, { labels: 0, found: 0, matches: 0, correct: 0 }]));
  const evaluation: ArticleEvaluation = {
    articles: articles.length,
    negatives: articles.filter((article) => article.kind === 'negative').length,
    scores: [],
    stanceAgreed: 0,
    stanceCompared: 0,
    misses: [],
    falseAlarms: [],
    stanceMisses: [],
    negativeHits: 0,
  };
  for (const article of articles) {
    const found = matchArticle(matcher, article);
    const spans = article.labels.map((label) => {
      const start = article.blocks[label.block]!.text.indexOf(label.text);
      return { label, start, end: start + label.text.length };
    });
    for (const { label, start, end } of spans) {
      const count = counts.get(label.claim);
      if (!count) continue;
      count.labels++;
      const match = found[label.block]!.find((m) => m.claimId === label.claim && overlaps(m.start, m.end, start, end));
      if (!match) {
        evaluation.misses.push({ article: article.id, claimId: label.claim, text: label.text });
        continue;
      }
      count.found++;
      evaluation.stanceCompared++;
      if (match.stance === label.stance) evaluation.stanceAgreed++;
      else
        evaluation.stanceMisses.push({
          article: article.id,
          claimId: label.claim,
          text: label.text,
          expected: label.stance,
          got: match.stance,
        });
    }
    found.forEach((matches, block) => {
      for (const match of matches) {
        const count = counts.get(match.claimId);
        if (!count) continue;
        count.matches++;
        const labelled = spans.some(
          ({ label, start, end }) =>
            label.block === block && label.claim === match.claimId && overlaps(match.start, match.end, start, end),
        );
        if (labelled) count.correct++;
        else {
          const negative = article.kind === 'negative';
          if (negative) evaluation.negativeHits++;
          evaluation.falseAlarms.push({ article: article.id, claimId: match.claimId, text: match.text, negative });
        }
      }
    });
  }
  evaluation.scores = claimIds.map((claimId) => {
    const { labels, found, matches, correct } = counts.get(claimId)!;
    return {
      claimId,
      labels,
      found,
      matches,
      correct,
      precision: matches === 0 ? 1 : correct / matches,
      recall: labels === 0 ? 1 : found / labels,
    };
  });
  return evaluation;
}

export function formatArticleTable(title: string, evaluation: ArticleEvaluation, details = true): string {
  const total = evaluation.scores.reduce(
    (sum, s) => ({
      labels: sum.labels + s.labels,
      found: sum.found + s.found,
      matches: sum.matches + s.matches,
      correct: sum.correct + s.correct,
    }),
    { labels: 0, found: 0, matches: 0, correct: 0 },
  );
  const stance = evaluation.stanceCompared ? (evaluation.stanceAgreed / evaluation.stanceCompared).toFixed(2) : 'n/a';
  const rows = evaluation.scores.map(
    (s) =>
      `${s.claimId.padEnd(38)} ${String(s.labels).padStart(6)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(6)}   found ${s.found}/${s.labels}, ${s.correct}/${s.matches} matches right`,
  );
  return [
    `${title}: ${evaluation.articles} articles (${evaluation.negatives} negative); stance agreement ${stance} (${evaluation.stanceAgreed}/${evaluation.stanceCompared}); hits on negatives ${evaluation.negativeHits}`,
    `${'claim id'.padEnd(38)} ${'labels'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(6)}`,
    ...rows,
    `${'all (micro)'.padEnd(38)} ${String(total.labels).padStart(6)} ${(total.matches ? total.correct / total.matches : 1).toFixed(2).padStart(9)} ${(total.labels ? total.found / total.labels : 1).toFixed(2).padStart(6)}`,
    ...(details
      ? [
          ...evaluation.misses.map((m) => `  missed ${m.article} ${m.claimId}: ${m.text}`),
          ...evaluation.falseAlarms.map(
            (m) => `  false alarm ${m.article}${m.negative ? ' (negative article)' : ''} ${m.claimId}: ${m.text}`,
          ),
          ...evaluation.stanceMisses.map(
            (m) => `  stance ${m.got}, labelled ${m.expected} ${m.article} ${m.claimId}: ${m.text}`,
          ),
        ]
      : []),
  ].join('\n');
}
