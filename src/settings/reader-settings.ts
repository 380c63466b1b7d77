// The reader's switches: ClaimLens on or off everywhere, paused on some sites, and how much it
// paints. Pure rules here; storage.ts keeps them in the extension's own storage.
import { INTENSITIES, type Intensity } from '../highlight/palette';

export interface ReaderSettings {
  enabled: boolean;
  /** Host names (example.com, news.example.org) where ClaimLens leaves pages alone. */
  pausedSites: string[];
  intensity: Intensity;
}

export const DEFAULT_READER_SETTINGS: ReaderSettings = { enabled: true, pausedSites: [], intensity: 'underline' };

/** The site a pause applies to: the host name, so every page and port of it. Null for non-web URLs. */
export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export type ReaderState = 'on' | 'off' | 'paused';

/** What ClaimLens does on this page: highlight it, or leave it alone because it is off or paused here. */
export function readerStateOn(settings: ReaderSettings, url: string): ReaderState {
  if (!settings.enabled) return 'off';
  const site = siteOf(url);
  return site && settings.pausedSites.includes(site) ? 'paused' : 'on';
}

export function withSitePaused(settings: ReaderSettings, site: string, paused: boolean): ReaderSettings {
  const others = settings.pausedSites.filter((s) => s !== site);
  return { ...settings, pausedSites: paused ? [...others, site].sort() : others };
}

/** Whatever storage holds, a complete and valid settings object (older versions, hand edits). */
export function normaliseReaderSettings(value: unknown): ReaderSettings {
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_READER_SETTINGS.enabled,
    pausedSites: Array.isArray(raw.pausedSites)
      ? raw.pausedSites.filter((site): site is string => typeof site === 'string')
      : [],
    intensity: INTENSITIES.includes(raw.intensity as Intensity)
      ? (raw.intensity as Intensity)
      : DEFAULT_READER_SETTINGS.intensity,
  };
}
