// Scores the matcher on a directory of labelled whole articles (NNN.json, see scripts/article-eval.ts):
//   npx tsx scripts/score-articles.ts DIR [--claims LIST] [--quiet]
// prints precision and recall per claim id, stance agreement and hits on negative articles, then
// each miss, false alarm and stance disagreement (unless --quiet). Reads nothing but DIR and the list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readyListClaims } from '../src/claim-check';
import { parseClaimList } from '../src/claims/parse';
import { compileMatcher } from '../src/match';
import { evaluateArticles, formatArticleTable, readArticles } from './article-eval';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const claimsAt = args.indexOf('--claims');
const listPath =
  claimsAt >= 0 ? args[claimsAt + 1] : resolve(import.meta.dirname, '../assets/claims/bundled-list.json');
const dir = args.find((arg, i) => !arg.startsWith('--') && (claimsAt < 0 || i !== claimsAt + 1));
if (!dir || !listPath) {
  process.stderr.write('usage: npx tsx scripts/score-articles.ts DIR [--claims LIST] [--quiet]\n');
  process.exit(2);
}
const { list } = parseClaimList(JSON.parse(readFileSync(listPath, 'utf8')), { strict: true });
// Claims without match data are compiled from their text, as the extension does.
const matcher = compileMatcher(readyListClaims(list).claims);
const articles = readArticles(resolve(dir));
if (articles.length === 0) {
  process.stderr.write(`score-articles: no NNN.json article in ${dir}\n`);
  process.exit(1);
}
const evaluation = evaluateArticles(
  matcher,
  articles,
  list.claims.map((claim) => claim.id),
);
process.stdout.write(`${formatArticleTable(dir, evaluation, !quiet)}\n`);
