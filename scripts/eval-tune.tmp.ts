import { readClaimReviewSet, evaluateSet, importWith, formatEvaluation, precisionRecallCurve } from '../tests/unit/claim-compiler/claimreview-eval';
import { compilerContext } from '../src/claim-compiler';
const set = readClaimReviewSet('tests/fixtures/claimreview-tune');
const t = Number(process.argv[2] ?? 0.6);
const claims = importWith(set, compilerContext({ threshold: t }));
if (process.argv[3]) for (const c of claims) console.log(c.id, JSON.stringify(c.match));
console.log(formatEvaluation(`tune @${t}`, evaluateSet(set, claims), !!process.argv[4]));
if (process.argv[5]) console.log(precisionRecallCurve(set, [0.4,0.5,0.6,0.7,0.8]));
