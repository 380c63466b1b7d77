// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimCardData, MatchBlocksResponse } from '../../../src/messaging/protocol';
import { createAnnotator, type MatchChange } from '../../../src/page/annotator';
import { wordAnswer } from '../../support/page-background';
import { createScanProgress } from '../../../src/page/scan-progress';

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
      (_, i) => `<p>Paragraph ${i} about Netflix and more words.${' More words.'.repeat(25)}</p>`,
    ).join('');
    const { matchBlocks, requests } = fakeMatcher();
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: () => undefined, sliceMs: 0 });
    await annotator.start();
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.flat()).toHaveLength(200);
    expect(annotator.matches()).toHaveLength(200);
    annotator.stop();
  });

  it('paints the top of a long page from a first batch of 20,000 characters, before reading the rest', async () => {
    // 200 paragraphs of ≈ 500 characters (100,000 in all), read by a machine fast enough never to end a slice.
    document.body.innerHTML = Array.from(
      { length: 200 },
      (_, i) => `<p>Paragraph ${i} about Netflix.${' More words here.'.repeat(28)}</p>`,
    ).join('');
    const { matchBlocks, requests } = fakeMatcher();
    const paintedBeforeRequest: number[] = [];
    let painted = 0;
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: (texts) => {
        paintedBeforeRequest.push(painted);
        return matchBlocks(texts);
      },
      onChange: ({ added }) => (painted += added.length),
      sliceMs: 60_000,
    });
    await annotator.start();
    const sizes = requests.map((texts) => texts.join('').length);
    const blockSize = requests[0]![0]!.length;
    // The first batch holds the story below the headline (≥ 20,000 characters) and not much more.
    expect(sizes[0]).toBeGreaterThanOrEqual(20_000);
    expect(sizes[0]).toBeLessThan(20_000 + blockSize);
    // Its highlights were painted before the second batch was asked for; nothing was lost.
    expect(paintedBeforeRequest).toEqual([0, requests[0]!.length]);
    expect(annotator.matches()).toHaveLength(200);
    annotator.stop();
  });

  it('sends a page shorter than the first batch whole, in one request', async () => {
    document.body.innerHTML = '<h1>Netflix headline</h1>' + '<p>Netflix story. More words.</p>'.repeat(40);
    const { matchBlocks, requests } = fakeMatcher();
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: () => undefined });
    await annotator.start();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toHaveLength(41);
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
  }, 30_000);
});

/** A background that knows several claims, each found by its own word, and answers when told to. */
function wordMatcher(words: Record<string, string>) {
  const pending: (() => void)[] = [];
  let held = false;
  const answer = (texts: string[]): MatchBlocksResponse =>
    wordAnswer(words, texts, (id) => ({ ...claim, id, text: `claim ${id}` }));
  return {
    matchBlocks: (texts: string[]) =>
      held
        ? new Promise<MatchBlocksResponse>((done) => pending.push(() => done(answer(texts))))
        : Promise.resolve(answer(texts)),
    hold: () => (held = true),
    release: () => {
      held = false;
      for (const go of pending.splice(0)) go();
    },
  };
}

describe('createAnnotator: order, hidden text, stale answers, dismissal by sentence', () => {
  it('lists matches in document order, whatever order the answers give them', async () => {
    document.body.innerHTML = '<p>zeta alpha</p><p>beta</p><p>alpha zeta</p>';
    const { matchBlocks } = wordMatcher({ zeta: 'z', alpha: 'a', beta: 'b' });
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: () => undefined });
    await annotator.start();
    expect(annotator.matches().map((m) => m.claimId)).toEqual(['z', 'a', 'b', 'a', 'z']);
    expect(annotator.summary().map((s) => [s.claimId, s.count])).toEqual([
      ['z', 2],
      ['a', 2],
      ['b', 1],
    ]);
    expect(annotator.claimCount()).toBe(3);
    annotator.stop();
  });

  it('never highlights hidden text', async () => {
    document.body.innerHTML = '<p>alpha shown</p><p class="hidden">alpha hidden</p>';
    const { matchBlocks } = wordMatcher({ alpha: 'a' });
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks,
      onChange: () => undefined,
      isVisible: (element) => !element.closest('.hidden'),
    });
    await annotator.start();
    expect(annotator.matches().map((m) => m.container.textContent)).toEqual(['alpha shown']);
    annotator.stop();
  });

  it('drops an answer that arrives after a rescan began: only the new lists’ matches stay', async () => {
    document.body.innerHTML = '<p>alpha beta</p>';
    const old = wordMatcher({ alpha: 'old' });
    const fresh = wordMatcher({ beta: 'new' });
    let current = old;
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: (texts) => current.matchBlocks(texts),
      onChange: () => undefined,
    });
    old.hold();
    const first = annotator.start();
    await Promise.resolve();
    current = fresh;
    await annotator.rescan();
    old.release();
    await first;
    expect(annotator.matches().map((m) => m.claimId)).toEqual(['new']);
    annotator.stop();
  });

  it('asks whether each sentence was dismissed for its claim, with the sentence text', async () => {
    document.body.innerHTML = '<p>alpha one</p><p>alpha two</p><p>beta one</p>';
    const { matchBlocks } = wordMatcher({ alpha: 'a', beta: 'b' });
    const asked: string[] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks,
      onChange: () => undefined,
      isDismissed: ({ claimId, text }) => {
        asked.push(`${claimId}:${text}`);
        return claimId === 'a' && text === 'alpha';
      },
    });
    await annotator.start();
    expect(asked.sort()).toEqual(['a:alpha', 'a:alpha', 'b:beta']);
    expect(annotator.matches().map((m) => m.claimId)).toEqual(['b']);
    annotator.stop();
  });

  it('forgets one dismissed match and reports it removed', async () => {
    document.body.innerHTML = '<p>alpha one</p><p>alpha two</p>';
    const { matchBlocks } = wordMatcher({ alpha: 'a' });
    const removed: string[] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks,
      onChange: (c) => removed.push(...c.removed.map((m) => m.container.textContent!)),
    });
    await annotator.start();
    const [first] = annotator.matches();
    annotator.forget(first!);
    annotator.forget(first!);
    expect(removed).toEqual(['alpha one']);
    expect(annotator.matches().map((m) => m.container.textContent)).toEqual(['alpha two']);
    annotator.stop();
  });

  it('counts its scan passes: begun and ended, also for a rescan', async () => {
    document.body.innerHTML = '<p>alpha</p>';
    const { matchBlocks } = wordMatcher({ alpha: 'a' });
    const progress = createScanProgress();
    const annotator = createAnnotator({ root: document.body, matchBlocks, onChange: () => undefined, progress });
    expect(progress.state()).toEqual({ started: 0, finished: 0 });
    const running = annotator.start();
    expect(progress.state()).toEqual({ started: 1, finished: 0 });
    await running;
    await annotator.rescan();
    expect(progress.state()).toEqual({ started: 2, finished: 2 });
    annotator.stop();
  });
});

describe('createAnnotator: batches, limits and answers that come too late', () => {
  it('sends at most 200,000 characters per request', async () => {
    const big = 'omega '.repeat(20_000); // 120,000 characters, nothing to match
    document.body.innerHTML = `<p>${big}</p><p>${big}</p>`;
    const { matchBlocks } = wordMatcher({ alpha: 'a' });
    const sizes: number[][] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: (texts) => (sizes.push(texts.map((t) => t.length)), matchBlocks(texts)),
      onChange: () => undefined,
    });
    await annotator.start();
    expect(sizes).toEqual([[120_000], [120_000]]);
    annotator.stop();
  });

  it('adds nothing once stopped, even when the answer arrives later', async () => {
    document.body.innerHTML = '<p>alpha</p>';
    const background = wordMatcher({ alpha: 'a' });
    const changes: MatchChange[] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: background.matchBlocks,
      onChange: (c) => changes.push(c),
    });
    background.hold();
    const started = annotator.start();
    await Promise.resolve();
    annotator.stop();
    background.release();
    await started;
    expect(annotator.matches()).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('drops the answer for a block removed while it was being matched', async () => {
    document.body.innerHTML = '<p id="gone">alpha gone</p><p>alpha kept</p>';
    const background = wordMatcher({ alpha: 'a' });
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: background.matchBlocks,
      onChange: () => undefined,
    });
    background.hold();
    const started = annotator.start();
    await Promise.resolve();
    document.getElementById('gone')!.remove();
    background.release();
    await started;
    expect(annotator.matches().map((m) => m.container.textContent)).toEqual(['alpha kept']);
    expect(annotator.claimCount()).toBe(1);
    annotator.stop();
  });

  it('keeps the matches of two blocks that share a container, and does not re-read text typed into an editable field', async () => {
    document.body.innerHTML =
      '<div id="both">alpha before<p>middle</p>alpha after</div><div contenteditable="true" id="edit"></div>';
    const { matchBlocks } = wordMatcher({ alpha: 'a' });
    const requests: string[][] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: (texts) => (requests.push(texts), matchBlocks(texts)),
      onChange: () => undefined,
    });
    await annotator.start();
    expect(annotator.matches().map((m) => m.range.toString())).toEqual(['alpha', 'alpha']);
    requests.length = 0;
    document.getElementById('edit')!.textContent = 'alpha typed';
    const added = document.createElement('p');
    added.textContent = 'alpha later';
    document.body.append(added);
    await vi.waitFor(() => expect(annotator.matches()).toHaveLength(3));
    expect(requests).toEqual([['alpha later']]);
    annotator.stop();
  });
});
