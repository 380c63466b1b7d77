// "Not this claim": the reader's choice is kept per page (origin + path), so the same sentence is
// not highlighted for that claim again on that page. Stored with WXT's storage in the extension's
// own storage area, never in the page.
import { storage } from 'wxt/utils/storage';

export interface Dismissal {
  claimId: string;
  /** The sentence as the reader saw it, whitespace folded. */
  text: string;
}

const dismissalsItem = storage.defineItem<Record<string, Dismissal[]>>('local:dismissals', { fallback: {} });

const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export async function loadDismissals(
  url: string,
): Promise<{ isDismissed(match: Dismissal): boolean; dismiss(match: Dismissal): Promise<void> }> {
  const key = pageKey(url);
  const known = new Set(((await dismissalsItem.getValue())[key] ?? []).map((d) => `${d.claimId}\u0000${d.text}`));
  return {
    isDismissed: ({ claimId, text }) => known.has(`${claimId}\u0000${foldSpace(text)}`),
    async dismiss({ claimId, text }) {
      const entry = { claimId, text: foldSpace(text) };
      known.add(`${entry.claimId}\u0000${entry.text}`);
      const all = await dismissalsItem.getValue();
      await dismissalsItem.setValue({ ...all, [key]: [...(all[key] ?? []), entry] });
    },
  };
}
