import type { ListView } from '../../messaging/sync-protocol';
import { describeProgress, exactTime, fromNow } from './format';

const KIND_LABEL = {
  bundled: 'Bundled with ClaimLens',
  subscription: 'Subscription',
  user: 'Your own claims',
} as const;

export interface ListRowProps {
  list: ListView;
  now: number;
  busy: boolean;
  onSync(): void;
  onPause(paused: boolean): void;
  onRemove(): void;
}

export function ListRow({ list, now, busy, onSync, onPause, onRemove }: ListRowProps) {
  const subscription = list.kind === 'subscription';
  const progress = list.syncing;
  const never = list.version === 0;
  return (
    <li
      class={`list${list.lastError ? ' has-error' : ''}${list.paused ? ' paused' : ''}`}
      data-testid="list"
      data-list-id={list.id}
      data-kind={list.kind}
      data-checked-at={list.lastChecked}
    >
      <div class="list-head">
        <h3 data-testid="list-title">{never ? list.url : list.title}</h3>
        <span class="kind">{KIND_LABEL[list.kind]}</span>
        {list.paused ? <span class="badge">Paused</span> : null}
        {list.signed ? (
          <span class="badge signed" title={list.publicKey}>
            Signature verified
          </span>
        ) : subscription && list.publicKey ? (
          <span class="badge">Key pinned</span>
        ) : null}
      </div>
      {subscription ? (
        <p class="url">
          <a href={list.url} target="_blank" rel="noreferrer noopener">
            {list.url}
          </a>
        </p>
      ) : null}
      <dl class="facts">
        {list.publisher ? (
          <>
            <dt>Publisher</dt>
            <dd data-testid="publisher">
              {list.homepage ? (
                <a href={list.homepage} target="_blank" rel="noreferrer noopener">
                  {list.publisher}
                </a>
              ) : (
                list.publisher
              )}
            </dd>
          </>
        ) : null}
        <dt>Version</dt>
        <dd data-testid="version">{never ? 'none yet' : list.version}</dd>
        <dt>Claims</dt>
        <dd data-testid="claim-count">
          {list.claimCount}
          {list.skippedCount ? (
            <span class="skipped" data-testid="skipped" title={list.skippedProblems.join('\n')}>
              {' '}
              ({list.skippedCount} skipped: {list.skippedProblems[0]}
              {list.skippedCount > 1 ? ` and ${list.skippedCount - 1} more` : ''})
            </span>
          ) : null}
        </dd>
        {subscription ? (
          <>
            <dt>Last checked</dt>
            <dd data-testid="last-checked" title={exactTime(list.lastChecked)}>
              {fromNow(list.lastChecked, now)}
            </dd>
            <dt>Last updated</dt>
            <dd data-testid="last-updated" title={exactTime(list.lastUpdated)}>
              {fromNow(list.lastUpdated, now)}
            </dd>
            <dt>Next check</dt>
            <dd data-testid="next-check" title={exactTime(list.nextCheck)}>
              {list.paused ? 'paused' : fromNow(list.nextCheck, now, 'soon')}
            </dd>
          </>
        ) : null}
      </dl>
      {progress ? (
        <p class="progress" role="status" data-testid="progress">
          {describeProgress(progress)}
          {progress.phase === 'downloading' && progress.totalBytes ? (
            <progress max={progress.totalBytes} value={progress.receivedBytes} />
          ) : (
            <progress />
          )}
        </p>
      ) : null}
      {list.expiredOn ? (
        <p class="error" role="alert" data-testid="expired">
          Version {list.version} expired on {list.expiredOn} and is no longer used: its claims are not highlighted until
          the publisher publishes a newer version.
        </p>
      ) : null}
      {list.notices.map((notice) => (
        <p class="notice" data-testid="notice" key={notice}>
          {notice}
        </p>
      ))}
      {list.lastError ? (
        <p class="error" role="alert" data-testid="last-error">
          {never ? 'Not loaded: ' : list.version > 0 && !list.expiredOn ? `Still using version ${list.version}. ` : ''}
          {list.lastError}
          {list.failures > 1 ? ` (${list.failures} failed checks in a row)` : ''}
        </p>
      ) : null}
      {list.kind === 'bundled' ? (
        <p class="muted">
          {list.paused
            ? 'Paused: its claims are not highlighted on any page until you resume it.'
            : 'Comes with ClaimLens; subscribed lists and your own claims take precedence over it.'}
        </p>
      ) : null}
      {/* Any list can be paused, the bundled one too (it cannot be removed: it ships with ClaimLens). */}
      <div class="actions">
        {subscription ? (
          <button type="button" onClick={onSync} disabled={busy || !!progress} data-testid="sync-now">
            {progress ? 'Syncing…' : 'Sync now'}
          </button>
        ) : null}
        <button type="button" onClick={() => onPause(!list.paused)} disabled={busy} data-testid="pause">
          {list.paused ? 'Resume' : 'Pause'}
        </button>
        {subscription ? (
          <button type="button" class="danger" onClick={onRemove} disabled={busy} data-testid="remove">
            Remove
          </button>
        ) : null}
      </div>
    </li>
  );
}
