// The sync's settings (how often lists are checked, how long and how large a download may be),
// kept in the background's key-value settings table.
import type { ClaimLensDatabase } from '../db/database';

export interface SyncSettings {
  /** How often each list is checked (default 6 hours). */
  intervalMinutes: number;
  /** A list must arrive within this time. */
  timeoutSeconds: number;
  maxBytes: number;
}

export const DEFAULT_SETTINGS: SyncSettings = {
  intervalMinutes: 6 * 60,
  timeoutSeconds: 30,
  maxBytes: 10 * 1024 * 1024,
};

export async function getSettings(db: ClaimLensDatabase): Promise<SyncSettings> {
  const row = await db.settings.get('sync');
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<SyncSettings> | undefined) };
}

export async function saveSettings(db: ClaimLensDatabase, patch: Partial<SyncSettings>): Promise<SyncSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await db.settings.put({ key: 'sync', value: next });
    return next;
  });
}
