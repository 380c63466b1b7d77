// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimCardData, MatchBlocksResponse } from '../../../src/messaging/protocol';
import { createAnnotator, type MatchChange } from '../../../src/page/annotator';

const claim: ClaimCardData = {
  id: 'netflix-claim',
  text: 'X',
  verdict: { label: 'Denied' },
  summary: 's',
  denials: [],
  context: [],
  listTitle: 'test list',
};

/** Stands in for the background: finds the word "Netflix" and records what it was asked. */
function fakeMatcher() {
  const requests: string[][] = [];
  const matchBlocks = async (texts: string[]): Promise<MatchBlocksResponse> => {
    requests.push(texts);
    return {
      matches: texts.map((text) =>
        [...text.matchAll(/Netflix/g)].map((m) => ({
          claimId: claim.id,
          start: m.index!,
          end: m.index! + 7,
          score: 1,
          stance: 'asserts' as const,
          why: ['netflix'],
        })),
      ),
      claims: { [claim.id]: claim },
    };
  };
  return { requests, matchBlocks };
}

afterEach(() => {
  document.body.textContent = '';
});

describe('createAnnotator', () => {
  it('finds matches across the page and maps them to ranges over the page text', async () => {
    document.body.innerHTML =
      '<p>About <a href="#">Netflix</a> today.</p><p>No match here.</p><p>Netflix again, Netflix.</p>';
    const { matchBlocks } = fakeMatcher();
    const changes: MatchChange[] = [];
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: (c) => changes.push(c) });
    await annotator.start();
    expect(annotator.matches().map((m) => m.range.toString())).toEqual(['Netflix', 'Netflix', 'Netflix']);
    expect(annotator.summary()).toEqual([
      expect.objectContaining({ claimId: 'netflix-claim', count: 3, verdict: 'Denied' }),
    ]);
    expect(changes.flatMap((c) => c.added)).toHaveLength(3);
    annotator.stop();
  });

  it('reads a long page in slices, sending what it has read before the whole page is read', async () => {
    document.body.innerHTML = Array.from(
      { length: 200 },
      (_, i) => `<p>Paragraph ${i} about Netflix and more words.</p>`,
    ).join('');
    const { matchBlocks, requests } = fakeMatcher();
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: () => undefined, sliceMs: 0 });
    await annotator.start();
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.flat()).toHaveLength(200);
    expect(annotator.matches()).toHaveLength(200);
    annotator.stop();
  });

  it('re-reads only the block that changed when text is added later', async () => {
    document.body.innerHTML = '<p>Netflix first.</p><div id="feed"></div>';
    const { matchBlocks, requests } = fakeMatcher();
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: () => undefined });
    await annotator.start();
    requests.length = 0;
    const added = document.createElement('p');
    added.textContent = 'Later: Netflix.';
    document.getElementById('feed')!.append(added);
    await vi.waitFor(() => expect(annotator.matches()).toHaveLength(2));
    expect(requests).toEqual([['Later: Netflix.']]);
    annotator.stop();
  });

  it('drops the matches of removed text and reports them as removed', async () => {
    document.body.innerHTML = '<p>Netflix first.</p><p id="gone">Netflix second.</p>';
    const { matchBlocks } = fakeMatcher();
    const removed: string[] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks,
      onChange: (c) => removed.push(...c.removed.map((m) => m.container.textContent!)),
    });
    await annotator.start();
    document.getElementById('gone')!.remove();
    await vi.waitFor(() => expect(removed).toEqual(['Netflix second.']));
    expect(annotator.matches()).toHaveLength(1);
    annotator.stop();
  });

  it('skips a match the reader dismissed', async () => {
    document.body.innerHTML = '<p>Netflix one.</p><p>Netflix two.</p>';
    const { matchBlocks } = fakeMatcher();
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks,
      onChange: () => undefined,
      isDismissed: ({ claimId }) => claimId === 'netflix-claim',
    });
    await annotator.start();
    expect(annotator.matches()).toHaveLength(0);
    annotator.stop();
  });
});

describe('createAnnotator on a hostile or failing page', () => {
  it('keeps the rest of the page when one batch fails, and skips giant blocks', async () => {
    document.body.innerHTML = `<p>Netflix small.</p><div>${'x'.repeat(250_000)}</div><p>${'Netflix y '.repeat(120_000)}</p><p>Netflix end.</p>`;
    const { matchBlocks, requests } = fakeMatcher();
    let calls = 0;
    const flaky = async (texts: string[]) => {
      if (calls++ === 0) throw new Error('background restarting');
      return matchBlocks(texts);
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const annotator = createAnnotator({ root: document.body, matchBlocks: flaky, onChange: () => undefined });
    await annotator.start();
    expect(warn).toHaveBeenCalledOnce();
    // The first batch failed; the 1.2 MB block was never sent; the last paragraph still matched.
    expect(requests.flat().some((text) => text.length > 1_000_000)).toBe(false);
    expect(annotator.matches().map((m) => m.range.toString())).toEqual(['Netflix']);
    annotator.stop();
    warn.mockRestore();
  });
});
