// One claim list in the options page: what it is, its version and claims, when it was checked,
// what went wrong in words, and its actions (sync, pause or resume, remove).
import { i18n } from '#i18n';
import type { ListView } from '../../messaging/sync-protocol';
import { describeProgress, exactTime, fromNow } from './format';

const kindLabel = (kind: ListView['kind']) =>
  kind === 'bundled'
    ? i18n.t('listRow.kindBundled')
    : kind === 'subscription'
      ? i18n.t('listRow.kindSubscription')
      : i18n.t('listRow.kindUser');

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
        <span class="kind">{kindLabel(list.kind)}</span>
        {list.paused ? <span class="badge">{i18n.t('listRow.paused')}</span> : null}
        {list.signed ? (
          <span class="badge signed" title={list.publicKey}>
            {i18n.t('listRow.signatureVerified')}
          </span>
        ) : subscription && list.publicKey ? (
          <span class="badge">{i18n.t('listRow.keyPinned')}</span>
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
            <dt>{i18n.t('listRow.publisher')}</dt>
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
        <dt>{i18n.t('listRow.version')}</dt>
        <dd data-testid="version">{never ? i18n.t('listRow.noVersionYet') : list.version}</dd>
        <dt>{i18n.t('listRow.claims')}</dt>
        <dd data-testid="claim-count">
          {list.claimCount}
          {list.skippedCount ? (
            <span class="skipped" data-testid="skipped" title={list.skippedProblems.join('\n')}>
              {i18n.t('listRow.skipped', list.skippedCount, [
                String(list.skippedCount),
                list.skippedProblems[0] ?? '',
                String(list.skippedCount - 1),
              ])}
            </span>
          ) : null}
        </dd>
        {subscription ? (
          <>
            <dt>{i18n.t('listRow.lastChecked')}</dt>
            <dd data-testid="last-checked" title={exactTime(list.lastChecked)}>
              {fromNow(list.lastChecked, now)}
            </dd>
            <dt>{i18n.t('listRow.lastUpdated')}</dt>
            <dd data-testid="last-updated" title={exactTime(list.lastUpdated)}>
              {fromNow(list.lastUpdated, now)}
            </dd>
            <dt>{i18n.t('listRow.nextCheck')}</dt>
            <dd data-testid="next-check" title={exactTime(list.nextCheck)}>
              {list.paused ? i18n.t('listRow.nextCheckPaused') : fromNow(list.nextCheck, now, i18n.t('format.soon'))}
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
          {i18n.t('listRow.expired', [String(list.version), list.expiredOn])}
        </p>
      ) : null}
      {list.notices.map((notice) => (
        <p class="notice" data-testid="notice" key={notice}>
          {notice}
        </p>
      ))}
      {list.lastError ? (
        <p class="error" role="alert" data-testid="last-error">
          {never
            ? i18n.t('listRow.notLoaded')
            : list.version > 0 && !list.expiredOn
              ? i18n.t('listRow.stillUsing', [String(list.version)])
              : ''}
          {list.lastError}
          {list.failures > 1 ? i18n.t('listRow.failuresInARow', [String(list.failures)]) : ''}
        </p>
      ) : null}
      {list.kind === 'bundled' ? (
        <p class="muted">{list.paused ? i18n.t('listRow.bundledPaused') : i18n.t('listRow.bundledActive')}</p>
      ) : null}
      {/* Any list can be paused, the bundled one too (it cannot be removed: it ships with ClaimLens). */}
      <div class="actions">
        {subscription ? (
          <button type="button" onClick={onSync} disabled={busy || !!progress} data-testid="sync-now">
            {progress ? i18n.t('listRow.syncing') : i18n.t('listRow.syncNow')}
          </button>
        ) : null}
        <button type="button" onClick={() => onPause(!list.paused)} disabled={busy} data-testid="pause">
          {list.paused ? i18n.t('listRow.resume') : i18n.t('listRow.pause')}
        </button>
        {subscription ? (
          <button type="button" class="danger" onClick={onRemove} disabled={busy} data-testid="remove">
            {i18n.t('listRow.remove')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
