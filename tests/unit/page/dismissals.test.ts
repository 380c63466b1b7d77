// "Not this claim" as the reader uses it: a passage hidden for one claim stays hidden on that page
// (origin + path, whatever the query or fragment), for that claim only, across reloads; the options
// page lists every hidden passage, shows one again, and can hide it again without a duplicate.
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listDismissals, loadDismissals, pageKey, restoreDismissal, undoDismissal } from '../../../src/page/dismissals';

beforeEach(() => fakeBrowser.reset());

const article = 'https://news.example/story?utm=1#comments';
const sentence = { claimId: 'moon', text: 'The moon is  made\nof cheese. ', claimText: 'The moon is made of cheese.' };

describe('pageKey', () => {
  it('is the origin and path, without query or fragment', () => {
    expect(pageKey(article)).toBe('https://news.example/story');
    expect(pageKey('http://news.example:8080/a/b/')).toBe('http://news.example:8080/a/b/');
  });
});

describe('dismissals on a page', () => {
  it('hides a passage for its claim on this page, whitespace folded, and keeps it across a reload', async () => {
    const page = await loadDismissals(article);
    expect(page.isDismissed(sentence)).toBe(false);
    await page.dismiss(sentence);
    expect(page.isDismissed({ claimId: 'moon', text: 'The moon is made of cheese.' })).toBe(true);
    expect(page.isDismissed({ claimId: 'tides', text: 'The moon is made of cheese.' })).toBe(false);
    expect(page.isDismissed({ claimId: 'moon', text: 'Another sentence.' })).toBe(false);

    const reloaded = await loadDismissals('https://news.example/story?other=2');
    expect(reloaded.isDismissed({ claimId: 'moon', text: ' The  moon is made of cheese.' })).toBe(true);
    const otherPage = await loadDismissals('https://news.example/other');
    expect(otherPage.isDismissed(sentence)).toBe(false);
    // Stored in the extension's own storage, as the reader saw it.
    expect(await browser.storage.local.get('dismissals')).toEqual({
      dismissals: {
        'https://news.example/story': [
          { claimId: 'moon', text: 'The moon is made of cheese.', claimText: 'The moon is made of cheese.' },
        ],
      },
    });
  });

  it('keeps earlier dismissals of the page and other pages when adding one, and stores no empty claim text', async () => {
    await (await loadDismissals('https://a.example/')).dismiss({ claimId: 'x', text: 'One.' });
    const page = await loadDismissals(article);
    await page.dismiss({ claimId: 'moon', text: 'Two.' });
    await page.dismiss({ claimId: 'moon', text: 'Three.', claimText: '' });
    expect(await listDismissals()).toEqual([
      { page: 'https://a.example/', claimId: 'x', text: 'One.' },
      { page: 'https://news.example/story', claimId: 'moon', text: 'Two.' },
      { page: 'https://news.example/story', claimId: 'moon', text: 'Three.' },
    ]);
  });

  it('shows a passage again when undone, on the page and after a reload', async () => {
    const page = await loadDismissals(article);
    await page.dismiss(sentence);
    await page.dismiss({ claimId: 'moon', text: 'Kept.' });
    await page.undo({ claimId: 'moon', text: 'The moon is made of cheese.' });
    expect(page.isDismissed(sentence)).toBe(false);
    const reloaded = await loadDismissals(article);
    expect(reloaded.isDismissed(sentence)).toBe(false);
    expect(reloaded.isDismissed({ claimId: 'moon', text: 'Kept.' })).toBe(true);
  });

  it('treats claim ids and pages named like Object.prototype members as ordinary', async () => {
    const page = await loadDismissals('https://news.example/constructor');
    expect(page.isDismissed({ claimId: 'constructor', text: 'x' })).toBe(false);
    await page.dismiss({ claimId: '__proto__', text: 'x' });
    expect(
      (await loadDismissals('https://news.example/constructor')).isDismissed({ claimId: '__proto__', text: 'x' }),
    ).toBe(true);
  });
});

describe('the options page’s list of hidden passages', () => {
  it('lists nothing before any dismissal', async () => {
    expect(await listDismissals()).toEqual([]);
  });

  it('shows one passage again, dropping the page when it was its last', async () => {
    const page = await loadDismissals(article);
    await page.dismiss(sentence);
    await page.dismiss({ claimId: 'tides', text: 'Tides.' });
    await undoDismissal('https://news.example/story', { claimId: 'tides', text: ' Tides. ' });
    expect((await listDismissals()).map((d) => d.claimId)).toEqual(['moon']);
    await undoDismissal('https://news.example/story', { claimId: 'moon', text: 'The moon is made of cheese.' });
    expect(await browser.storage.local.get('dismissals')).toEqual({ dismissals: {} });
    // Undoing on a page with nothing hidden changes nothing.
    await undoDismissal('https://elsewhere.example/', { claimId: 'moon', text: 'x' });
    expect(await listDismissals()).toEqual([]);
  });

  it('hides a passage again (undo of "show again") once, beside the page’s others', async () => {
    const item = { page: 'https://news.example/story', claimId: 'moon', text: 'The moon is made of cheese.' };
    await restoreDismissal(item);
    await restoreDismissal({ ...item, text: ' The moon is  made of cheese.' });
    await restoreDismissal({ ...item, claimId: 'tides' });
    expect(await listDismissals()).toEqual([item, { ...item, claimId: 'tides' }]);
    expect((await loadDismissals(article)).isDismissed(item)).toBe(true);
  });
});
