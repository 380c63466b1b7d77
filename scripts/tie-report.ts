// Lists every sentence of the article sets and seed files that states more than one claim, with its
// claims in paint order (the last one is painted on top and opens): review a tie-order change with
//   npx tsx scripts/tie-report.ts DIR... > after.txt   (then diff against a run on the old engine)
// DIR: a directory of labelled articles (NNN.json, scripts/article-eval.ts) or of seed .txt files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readyListClaims } from '../src/claim-check';
import { parseClaimList } from '../src/claims/parse';
import { compileMatcher, matchDocument, type ClaimMatch } from '../src/match';
import { paragraphsOf } from '../src/match/paragraphs';
import { matchArticle, readArticles } from './article-eval';

const listPath = resolve(import.meta.dirname, '../assets/claims/bundled-list.json');
const { list } = parseClaimList(JSON.parse(readFileSync(listPath, 'utf8')), { strict: true });
const matcher = compileMatcher(readyListClaims(list).claims);

/** One line per sentence with two or more matches: where, the claims in paint order, the sentence. */
function ties(where: string, matches: readonly ClaimMatch[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < matches.length;) {
    let j = i + 1;
    while (j < matches.length && matches[j]!.start === matches[i]!.start && matches[j]!.end === matches[i]!.end) j++;
    if (j - i > 1)
      lines.push(
        `${where}\t${matches
          .slice(i, j)
          .map((m) => `${m.claimId}/${m.stance}`)
          .join(' < ')}\t${matches[i]!.text}`,
      );
    i = j;
  }
  return lines;
}

for (const dir of process.argv.slice(2).map((arg) => resolve(arg))) {
  const files = readdirSync(dir).sort();
  if (files.some((name) => name.endsWith('.json'))) {
    readArticles(dir).forEach((article, n) =>
      matchArticle(matcher, article).forEach((matches, block) =>
        ties(`${dir} article ${n + 1} block ${block}`, matches).forEach((line) => console.log(line)),
      ),
    );
    continue;
  }
  for (const name of files) {
    const path = join(dir, name);
    if (!name.endsWith('.txt') || !statSync(path).isFile()) continue;
    const text = readFileSync(path, 'utf8');
    const blocks = paragraphsOf(text).map(({ start, end }) => ({ start, end, kind: 'paragraph' as const }));
    ties(path, matchDocument(matcher, text, blocks)).forEach((line) => console.log(line));
  }
}
