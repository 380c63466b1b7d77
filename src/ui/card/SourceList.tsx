import type { Source } from '../../claims/schema';

/** "Publisher, Author: “Title” (date)": only what the list gives, linked where it has a URL. */
export function SourceCitation({ source }: { source: Source }) {
  const label = [source.publisher, source.author].filter(Boolean).join(', ');
  const body = (
    <>
      {label}
      {source.title ? <>: “{source.title}”</> : null}
      {source.date ? <> ({source.date})</> : null}
    </>
  );
  return source.url ? (
    <a class="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
      {body}
    </a>
  ) : (
    <span class="source-text">{body}</span>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <p class="sources">
      <span class="sources-label">Source{sources.length > 1 ? 's' : ''}: </span>
      {sources.map((source, index) => (
        <span key={index}>
          {index > 0 ? ' · ' : null}
          <SourceCitation source={source} />
        </span>
      ))}
    </p>
  );
}
