// @vitest-environment jsdom
// When the page's claim count is settled (annotator.ts: MatchChange.readingAgain, onSettled): a pass that
// forgot matches to read their blocks again (a rescan, an edited paragraph) marks its changes as not
// settled and says when it ended, so the toolbar badge never drops to 0 and comes back; a first read or
// newly added text is settled as it goes; overlapping passes settle once; nothing
// is said once the annotator was stopped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchBlocksResponse } from '../../../src/messaging/protocol';
import { createAnnotator, type MatchChange } from '../../../src/page/annotator';
import { createScanProgress } from '../../../src/page/scan-progress';
import { wordAnswer, testCard } from '../../support/page-background';

const card = testCard;

afterEach(() => {
  document.body.textContent = '';
});

/** An annotator over document.body whose background answers when `release` is called (or at once). */
function setUp(options: { holdAnswers?: boolean } = {}) {
  const held: (() => void)[] = [];
  const events: string[] = [];
  const changes: MatchChange[] = [];
  const progress = createScanProgress();
  const annotator = createAnnotator({
    root: document.body,
    matchBlocks: (texts): Promise<MatchBlocksResponse> => {
      const answer = wordAnswer({ alpha: 'a' }, texts, card);
      if (!options.holdAnswers) return Promise.resolve(answer);
      return new Promise((resolve) => held.push(() => resolve(answer)));
    },
    onChange: (change) => {
      changes.push(change);
      events.push(`${change.readingAgain ? 'again' : 'settled'} +${change.added.length} -${change.removed.length}`);
    },
    onSettled: () => events.push('onSettled'),
    progress,
    sliceMs: 60_000,
  });
  const release = () => held.splice(0).forEach((answer) => answer());
  const passesEnded = (count: number) =>
    vi.waitFor(() => {
      if (progress.state().finished < count) throw new Error('still reading');
    });
  return { annotator, events, changes, progress, release, passesEnded, held };
}

describe('the first read of a page', () => {
  it('is settled as it goes, and says nothing more when it ends', async () => {
    document.body.innerHTML = '<p>alpha one</p><p>alpha two</p>';
    const { annotator, events } = setUp();
    await annotator.start();
    expect(events).toEqual(['settled +2 -0']);
    annotator.stop();
  });
});

describe('a pass that reads blocks again', () => {
  it('a rescan: what it forgot and what it found again are not settled until it ends', async () => {
    document.body.innerHTML = '<p>alpha one</p><p>alpha two</p>';
    const { annotator, events } = setUp();
    await annotator.start();
    events.length = 0;
    await annotator.rescan();
    expect(events).toEqual(['again +0 -2', 'again +2 -0', 'onSettled']);
    expect(annotator.claimCount()).toBe(1);
    annotator.stop();
  });

  it('an edited paragraph: its old match goes, its new one comes, then the count is settled', async () => {
    document.body.innerHTML = '<p id="p">alpha one</p><p>alpha two</p>';
    const { annotator, events, progress, passesEnded } = setUp();
    await annotator.start();
    events.length = 0;
    const ended = progress.state().finished;
    document.getElementById('p')!.textContent = 'alpha edited';
    await passesEnded(ended + 1);
    expect(events).toEqual(['again +0 -1', 'again +1 -0', 'onSettled']);
    annotator.stop();
  });

  it('a rescan of a page that had no match is settled as it goes: nothing was forgotten', async () => {
    document.body.innerHTML = '<p>nothing here</p>';
    const { annotator, events } = setUp();
    await annotator.start();
    document.body.insertAdjacentHTML('beforeend', '<p>alpha later</p>');
    await annotator.rescan();
    expect(events.filter((event) => event !== 'settled +1 -0')).toEqual([]);
    expect(events).not.toContain('onSettled');
    annotator.stop();
  });

  it('two passes at once: the second’s matches count as read again while the first reads, settled once', async () => {
    document.body.innerHTML = '<p>alpha one</p>';
    const { annotator, events, release, held } = setUp({ holdAnswers: true });
    const started = annotator.start();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    release();
    await started;
    events.length = 0;
    const first = annotator.rescan();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const second = annotator.rescan();
    await vi.waitFor(() => expect(held).toHaveLength(2));
    release();
    await Promise.all([first, second]);
    // The first rescan forgot the match; the second found nothing left to forget but is still reading
    // again while the first is; its answer (the newer lists) is the one kept.
    expect(events).toEqual(['again +0 -1', 'again +1 -0', 'onSettled']);
    expect(annotator.matches()).toHaveLength(1);
    annotator.stop();
  });

  it('two edited paragraphs read at once: settled only when the later of the two passes ends', async () => {
    document.body.innerHTML = '<p id="a">alpha one</p><p id="b">alpha two</p>';
    const { annotator, events, release, held } = setUp({ holdAnswers: true });
    const started = annotator.start();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    release();
    await started;
    events.length = 0;
    document.getElementById('a')!.textContent = 'alpha edited';
    await vi.waitFor(() => expect(held).toHaveLength(1));
    document.getElementById('b')!.textContent = 'alpha edited too';
    await vi.waitFor(() => expect(held).toHaveLength(2));
    held.shift()!();
    await vi.waitFor(() => expect(events).toContain('again +1 -0'));
    expect(events).not.toContain('onSettled');
    release();
    await vi.waitFor(() => expect(events).toContain('onSettled'));
    expect(events).toEqual(['again +0 -1', 'again +0 -1', 'again +1 -0', 'again +1 -0', 'onSettled']);
    annotator.stop();
  });

  it('says nothing once the annotator was stopped', async () => {
    document.body.innerHTML = '<p>alpha one</p>';
    const { annotator, events, release, held } = setUp({ holdAnswers: true });
    const started = annotator.start();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    release();
    await started;
    events.length = 0;
    const rescan = annotator.rescan();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    annotator.stop();
    release();
    await rescan;
    expect(events).toEqual(['again +0 -1']);
  });
});
