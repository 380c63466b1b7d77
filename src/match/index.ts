// The matching engine's facade: compile a list once, then match text blocks against it, alone
// (matchText) or in their document (matchBlock with one DocumentContext per document).
// Pure: no DOM, no browser globals, so the background, the CLI and the benchmarks share it.
export { compileMatcher, type CompiledMatcher } from './compile';
export { matchText } from './scan';
export {
  blockKindOfTag,
  createDocumentContext,
  DocumentContext,
  expectBlocks,
  matchBlock,
  matchDocument,
  type BlockKind,
  type DocumentBlock,
} from './context';
export { splitSentences, type SentenceSpan } from './sentences';
export type { ClaimMatch, MatchableClaim, Stance } from './types';
export { TopicTally, topicsOf, TOPIC_LIMIT, type TopicMatch } from './topics';
