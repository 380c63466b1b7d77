// What the page's tests use for the background: an answer that finds each word as its claim, and one
// annotator pass over the document that returns what it highlighted ("claim:text"), for unit tests of
// src/page in jsdom.
import type { BlockMatch, ClaimCardData, MatchBlocksResponse } from '../../src/messaging/protocol';
import { createAnnotator } from '../../src/page/annotator';
import { createScanProgress } from '../../src/page/scan-progress';

/** A claim's card as the background sends it: the fewest fields a card needs. */
export const testCard = (id: string): ClaimCardData => ({
  id,
  text: `claim ${id}`,
  verdict: { label: 'False' },
  summary: 's',
  denials: [],
  context: [],
  listTitle: 'test list',
});

/** The background's answer when each word (a RegExp source) is found as the claim it names. */
export function wordAnswer(
  words: Record<string, string>,
  texts: string[],
  card: (id: string) => ClaimCardData,
): MatchBlocksResponse {
  return {
    matches: texts.map((text) =>
      Object.entries(words).flatMap(([word, claimId]) =>
        [...text.matchAll(new RegExp(word, 'g'))].map((m): BlockMatch => ({
          claimId,
          start: m.index!,
          end: m.index! + word.length,
          score: 1,
          stance: 'asserts',
          why: [word],
        })),
      ),
    ),
    claims: Object.fromEntries(Object.values(words).map((id) => [id, card(id)])),
  };
}

/**
 * One annotator pass over document.body with answers as they arrive from the background (through JSON,
 * so a record is a plain object with Object.prototype behind it); what it highlighted, "claim:text".
 */
export async function highlightedOnce(answer: (texts: string[]) => unknown): Promise<string[]> {
  const annotator = createAnnotator({
    root: document.body,
    matchBlocks: async (texts) => JSON.parse(JSON.stringify(answer(texts))) as MatchBlocksResponse,
    onChange: () => undefined,
    progress: createScanProgress(),
    // One batch for these small pages even on a loaded machine: the answers are written per block index.
    sliceMs: 60_000,
  });
  await annotator.start();
  annotator.stop();
  return annotator.matches().map((m) => `${m.claimId}:${m.range.toString()}`);
}
