// Claims checked before use: compiled when they have no match data (ready.ts), and their example
// sentences run through the real matcher (examples.ts). Pure: the CLI, the background and the
// options page share it.
export { claimSourceOf, matchOf, readyListClaims, readyToMatch, type CompilableClaim, type ReadyClaims } from './ready';
export {
  checkDraftExamples,
  claimsMissingTheirOwnText,
  runExamples,
  type DraftCheck,
  type DraftClaim,
  type ExampleResult,
} from './examples';
