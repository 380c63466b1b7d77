// The user's own claims: written here, shown before any list's (precedence), exportable as a
// list file others can subscribe to, or as ClaimReview. Words from locales/ (@wxt-dev/i18n); the
// verdicts offered stay as lists write them (English labels that set a verdict's tone).
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { Claim } from '../../claims/schema';
import type { UserClaimInput, UserOverride } from '../../messaging/sync-protocol';
import { ExampleCheck, emptyExamples, sentencesOf, type ExampleCheckProps, type ExampleDraft } from './ExampleCheck';

interface FactDraft {
  text: string;
  publisher: string;
  url: string;
  date: string;
}

interface Draft {
  id?: string;
  text: string;
  verdict: string;
  summary: string;
  facts: FactDraft[];
  examples: ExampleDraft;
}

const emptyFact = (): FactDraft => ({ text: '', publisher: '', url: '', date: '' });
const emptyDraft = (): Draft => ({
  text: '',
  verdict: '',
  summary: '',
  facts: [emptyFact()],
  examples: emptyExamples(),
});

function draftOf(claim: Claim): Draft {
  return {
    id: claim.id,
    text: claim.text,
    verdict: claim.verdict.label,
    summary: claim.summary,
    facts: claim.context.map((fact) => ({
      text: fact.text,
      publisher: fact.sources[0]?.publisher ?? '',
      url: fact.sources[0]?.url ?? '',
      date: fact.sources[0]?.date ?? '',
    })),
    examples: { match: (claim.examples?.match ?? []).join('\n'), nomatch: (claim.examples?.nomatch ?? []).join('\n') },
  };
}

function inputOf(draft: Draft): UserClaimInput {
  return {
    ...(draft.id && { id: draft.id }),
    text: draft.text,
    verdict: draft.verdict,
    summary: draft.summary,
    context: draft.facts.map((fact) => ({
      text: fact.text,
      sources: [{ publisher: fact.publisher, url: fact.url, date: fact.date }],
    })),
    examples: { match: sentencesOf(draft.examples.match), nomatch: sentencesOf(draft.examples.nomatch) },
  };
}

export interface UserClaimsProps {
  claims: Claim[];
  /** Claims of other lists that the user's claims replace (same id). */
  overrides?: readonly UserOverride[];
  save(claim: UserClaimInput): Promise<void>;
  remove(id: string): Promise<void>;
  exportAs(format: 'claimlens' | 'claimreview'): Promise<void>;
  importReviews(file: File): Promise<string>;
  /** Runs example sentences against the claim being written (ExampleCheck.tsx). */
  checkExamples?: ExampleCheckProps['check'];
}

export function UserClaims({
  claims,
  overrides = [],
  save,
  remove,
  exportAs,
  importReviews,
  checkExamples,
}: UserClaimsProps) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const setFact = (index: number, patch: Partial<FactDraft>) =>
    set({ facts: draft.facts.map((fact, i) => (i === index ? { ...fact, ...patch } : fact)) });

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await save(inputOf(draft));
      setNotice(draft.id ? i18n.t('userClaims.updated') : i18n.t('userClaims.added'));
      setDraft(emptyDraft());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="own-claims" data-testid="user-claims">
      <h2 id="own-claims">{i18n.t('userClaims.heading')}</h2>
      <p class="muted">{i18n.t('userClaims.intro')}</p>
      {claims.length ? (
        <ul class="user-claims">
          {claims.map((claim) => (
            <li key={claim.id} data-testid="user-claim" data-claim-id={claim.id}>
              <span class="verdict-label">{claim.verdict.label}</span> <span class="claim-text">{claim.text}</span>
              {overrides
                .filter((o) => o.claimId === claim.id)
                .map((o) => (
                  <span class="overrides" data-testid="user-claim-overrides" key={o.claimId}>
                    {' '}
                    {i18n.t('userClaims.replaces', [claim.id, o.lists.join(', ')])}
                  </span>
                ))}
              <span class="actions">
                <button type="button" onClick={() => setDraft(draftOf(claim))}>
                  {i18n.t('userClaims.edit')}
                </button>
                <button type="button" class="danger" onClick={() => void remove(claim.id)}>
                  {i18n.t('userClaims.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{i18n.t('userClaims.none')}</p>
      )}
      <form class="claim-form" onSubmit={(e) => void submit(e)} data-testid="claim-form">
        <h3>{draft.id ? i18n.t('userClaims.editHeading') : i18n.t('userClaims.addHeading')}</h3>
        <label>
          {i18n.t('userClaims.claimText')}
          <textarea
            required
            rows={2}
            value={draft.text}
            onInput={(e) => set({ text: e.currentTarget.value })}
            name="text"
          />
        </label>
        <label>
          {i18n.t('userClaims.verdict')}
          <input
            required
            list="verdicts"
            value={draft.verdict}
            onInput={(e) => set({ verdict: e.currentTarget.value })}
            name="verdict"
            placeholder={i18n.t('userClaims.verdictPlaceholder')}
          />
        </label>
        <datalist id="verdicts">
          {['False', 'Misleading', 'Denied', 'Disputed', 'Unverified', 'Accurate (context)'].map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <label>
          {i18n.t('userClaims.summary')}
          <input value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} name="summary" />
        </label>
        {draft.facts.map((fact, index) => (
          <fieldset key={index} class="fact">
            <legend>
              {draft.facts.length > 1
                ? i18n.t('userClaims.contextNumbered', [String(index + 1)])
                : i18n.t('userClaims.context')}
            </legend>
            <label>
              {i18n.t('userClaims.factText')}
              <textarea
                required
                rows={2}
                value={fact.text}
                onInput={(e) => setFact(index, { text: e.currentTarget.value })}
                name={`fact-${index}-text`}
              />
            </label>
            <div class="source">
              <label>
                {i18n.t('userClaims.source')}
                <input
                  required
                  value={fact.publisher}
                  onInput={(e) => setFact(index, { publisher: e.currentTarget.value })}
                  name={`fact-${index}-publisher`}
                  placeholder={i18n.t('userClaims.publisherPlaceholder')}
                />
              </label>
              <label>
                {i18n.t('userClaims.url')}
                <input
                  type="url"
                  value={fact.url}
                  onInput={(e) => setFact(index, { url: e.currentTarget.value })}
                  name={`fact-${index}-url`}
                  placeholder="https://…"
                />
              </label>
              <label>
                {i18n.t('userClaims.date')}
                <input
                  value={fact.date}
                  onInput={(e) => setFact(index, { date: e.currentTarget.value })}
                  name={`fact-${index}-date`}
                  placeholder={i18n.t('userClaims.datePlaceholder')}
                  pattern="\d{4}(-\d{2}(-\d{2})?)?"
                />
              </label>
            </div>
            {draft.facts.length > 1 ? (
              <button type="button" onClick={() => set({ facts: draft.facts.filter((_, i) => i !== index) })}>
                {i18n.t('userClaims.removeFact')}
              </button>
            ) : null}
          </fieldset>
        ))}
        {checkExamples ? (
          <ExampleCheck
            text={draft.text}
            value={draft.examples}
            onChange={(examples) => set({ examples })}
            check={checkExamples}
          />
        ) : null}
        <div class="actions">
          <button type="button" onClick={() => set({ facts: [...draft.facts, emptyFact()] })}>
            {i18n.t('userClaims.addFact')}
          </button>
          <button type="submit" class="primary" data-testid="save-claim">
            {draft.id ? i18n.t('userClaims.save') : i18n.t('userClaims.add')}
          </button>
          {draft.id ? (
            <button type="button" onClick={() => setDraft(emptyDraft())}>
              {i18n.t('userClaims.cancel')}
            </button>
          ) : null}
        </div>
        {error ? (
          <p class="error" role="alert" data-testid="claim-error">
            {error}
          </p>
        ) : null}
        {notice && !error ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
      </form>
      <div class="actions export">
        <button
          type="button"
          onClick={() => void exportAs('claimlens')}
          disabled={!claims.length}
          data-testid="export-list"
        >
          {i18n.t('userClaims.exportList')}
        </button>
        <button type="button" onClick={() => void exportAs('claimreview')} disabled={!claims.length}>
          {i18n.t('userClaims.exportClaimReview')}
        </button>
        <label class="file">
          {i18n.t('userClaims.importClaimReview')}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file)
                importReviews(file).then(setNotice, (err: unknown) =>
                  setError(err instanceof Error ? err.message : String(err)),
                );
            }}
          />
        </label>
      </div>
    </section>
  );
}
