// A fact's or a denial's sources. Only https: addresses are links: an http: address is shown as
// text (a reader should not be sent over an unencrypted connection from a fact check).
import { i18n } from '#i18n';
import type { Source } from '../../claims/schema';
import { safeHref } from '../safe-href';

/** "Publisher, Author: “Title” (date)": only what the list gives, linked where it has an https URL. */
export function SourceCitation({ source }: { source: Source }) {
  const label = [source.publisher, source.author].filter(Boolean).join(', ');
  const body = (
    <>
      {label}
      {source.title ? <>: “{source.title}”</> : null}
      {source.date ? <> ({source.date})</> : null}
    </>
  );
  const href = safeHref(source.url);
  if (href)
    return (
      <a class="source-link" href={href} target="_blank" rel="noopener noreferrer">
        {body}
      </a>
    );
  return (
    <span class="source-text">
      {body}
      {source.url ? <span class="source-url"> {source.url}</span> : null}
    </span>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <p class="sources">
      <span class="sources-label">{i18n.t('card.sourceLabel', sources.length)} </span>
      {sources.map((source, index) => (
        <span key={index}>
          {index > 0 ? ' · ' : null}
          <SourceCitation source={source} />
        </span>
      ))}
    </p>
  );
}
