// Unit tests run without a browser: browser.i18n.getMessage answers from locales/en.json the way
// the built _locales/en/messages.json does (@wxt-dev/i18n: nested keys joined with "_", plural
// forms joined with " | ", $1…$9 substitutions).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Entry = string | { [key: string]: Entry };
const source = JSON.parse(readFileSync(resolve(__dirname, '../../locales/en.json'), 'utf8')) as Record<string, Entry>;
const messages = new Map<string, string>();
const isPlural = (entry: Record<string, Entry>) => Object.keys(entry).every((key) => /^(0|1|n)$/.test(key));
const flatten = (prefix: string, entry: Entry) => {
  if (typeof entry === 'string') messages.set(prefix, entry);
  else if (isPlural(entry))
    messages.set(
      prefix,
      ['0', '1', 'n']
        .filter((k) => k in entry)
        .map((k) => entry[k])
        .join(' | '),
    );
  else for (const [key, value] of Object.entries(entry)) flatten(prefix ? `${prefix}_${key}` : key, value);
};
flatten('', source);

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return (messages.get(key) ?? '').replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;
