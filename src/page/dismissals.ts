// "Not this claim": the reader's choice is kept per page (origin + path), so the same sentence is
// not highlighted for that claim again on that page. Stored with WXT's storage in the extension's
// own storage area, never in the page. The options page lists them and can undo each one.
import { storage } from 'wxt/utils/storage';

export interface Dismissal {
  claimId: string;
  /** The sentence as the reader saw it, whitespace folded. */
  text: string;
  /** The claim's own wording, so the options page can say what was hidden. */
  claimText?: string;
}

export interface PageDismissal extends Dismissal {
  page: string;
}

const dismissalsItem = storage.defineItem<Record<string, Dismissal[]>>('local:dismissals', { fallback: {} });

const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const keyOf = (d: { claimId: string; text: string }) => `${d.claimId}\u0000${foldSpace(d.text)}`;

export function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** Every hidden sentence, by page, for the options page. */
export async function listDismissals(): Promise<PageDismissal[]> {
  const all = await dismissalsItem.getValue();
  return Object.entries(all).flatMap(([page, items]) => items.map((item) => ({ ...item, page })));
}

/** Shows a hidden sentence again. */
export async function undoDismissal(page: string, match: { claimId: string; text: string }): Promise<void> {
  const all = await dismissalsItem.getValue();
  const kept = (Object.hasOwn(all, page) ? all[page]! : []).filter((d) => keyOf(d) !== keyOf(match));
  const next = { ...all };
  if (kept.length > 0) next[page] = kept;
  else delete next[page];
  await dismissalsItem.setValue(next);
}

/** Hides a passage again (the options page's undo of "show again"). */
export async function restoreDismissal(item: PageDismissal): Promise<void> {
  const { page, ...entry } = item;
  const all = await dismissalsItem.getValue();
  const kept = Object.hasOwn(all, page) ? all[page]! : [];
  if (kept.some((d) => keyOf(d) === keyOf(entry))) return;
  await dismissalsItem.setValue({ ...all, [page]: [...kept, entry] });
}

export async function loadDismissals(url: string): Promise<{
  isDismissed(match: Dismissal): boolean;
  dismiss(match: Dismissal): Promise<void>;
  undo(match: Dismissal): Promise<void>;
}> {
  const key = pageKey(url);
  const stored = await dismissalsItem.getValue();
  const known = new Set((Object.hasOwn(stored, key) ? stored[key]! : []).map(keyOf));
  return {
    isDismissed: (match) => known.has(keyOf(match)),
    async dismiss({ claimId, text, claimText }) {
      const entry: Dismissal = { claimId, text: foldSpace(text), ...(claimText && { claimText }) };
      known.add(keyOf(entry));
      const all = await dismissalsItem.getValue();
      await dismissalsItem.setValue({ ...all, [key]: [...(Object.hasOwn(all, key) ? all[key]! : []), entry] });
    },
    async undo(match) {
      known.delete(keyOf(match));
      await undoDismissal(key, match);
    },
  };
}
