import bundledList from '../assets/claims/bundled-list.json';
import { parseClaimList, resolveClaim } from '../src/claims/parse';
import { compileMatcher } from '../src/match';
import { compileClaim, compilerContext } from '../src/claim-compiler';
import { evaluate, readDevSet, formatTable } from '../tests/unit/match/dev-set-eval';
const { list } = parseClaimList(bundledList, { strict: true });
const threshold = Number(process.argv[2] ?? 0.6);
const ctx = compilerContext({ threshold });
import { deriveMatchSpec } from '../src/claims/derive-match';
const claims = list.claims.map((c) => ({ id: c.id, match: process.env.OLD ? deriveMatchSpec(c.text) : compileClaim({ text: c.text }, ctx) }));
if (process.argv[3]) for (const c of claims) console.log(c.id, JSON.stringify(c.match));
const matcher = compileMatcher(claims);
const ids = claims.map((c) => c.id);
let tp = 0, fp = 0, fn = 0;
for (const f of ['dev', 'held-out', 'blind-tune']) {
  const ev = evaluate(matcher, readDevSet(`tests/fixtures/dev-set/${f}.jsonl`), ids);
  if (process.argv[4]) console.log(formatTable(f, ev));
  for (const s of ev.scores) { tp += s.truePositives; fp += s.falsePositives; fn += s.falseNegatives; }
}
console.log(`threshold ${threshold}: P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} tp ${tp} fp ${fp} fn ${fn}`);
