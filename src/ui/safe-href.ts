// Which addresses from a list may become links: only https: (and mailto: where a list gives a
// contact). Anything else (http:, javascript:, data:) is shown as text, never followed.
export function safeHref(url: string | undefined, allowMail = false): string | null {
  if (!url) return null;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || (allowMail && protocol === 'mailto:') ? url : null;
  } catch {
    return null;
  }
}
