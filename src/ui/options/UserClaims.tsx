// The user's own claims: written here, shown before any list's (precedence), exportable as a
// list file others can subscribe to, or as ClaimReview.
import { useState } from 'preact/hooks';
import type { Claim } from '../../claims/schema';
import type { UserClaimInput, UserOverride } from '../../messaging/sync-protocol';

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
}

const emptyFact = (): FactDraft => ({ text: '', publisher: '', url: '', date: '' });
const emptyDraft = (): Draft => ({ text: '', verdict: '', summary: '', facts: [emptyFact()] });

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
}

export function UserClaims({ claims, overrides = [], save, remove, exportAs, importReviews }: UserClaimsProps) {
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
      setNotice(draft.id ? 'Claim updated.' : 'Claim added: open tabs are checked again.');
      setDraft(emptyDraft());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="own-claims" data-testid="user-claims">
      <h2 id="own-claims">Your own claims</h2>
      <p class="muted">
        Claims you write here are highlighted like any other, and win over the same claim id in a list.
      </p>
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
                    Replaces the claim "{claim.id}" of {o.lists.join(', ')}.
                  </span>
                ))}
              <span class="actions">
                <button type="button" onClick={() => setDraft(draftOf(claim))}>
                  Edit
                </button>
                <button type="button" class="danger" onClick={() => void remove(claim.id)}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">You have not written any claims yet.</p>
      )}
      <form class="claim-form" onSubmit={(e) => void submit(e)} data-testid="claim-form">
        <h3>{draft.id ? 'Edit claim' : 'Add a claim'}</h3>
        <label>
          Claim, as people state it
          <textarea
            required
            rows={2}
            value={draft.text}
            onInput={(e) => set({ text: e.currentTarget.value })}
            name="text"
          />
        </label>
        <label>
          Verdict
          <input
            required
            list="verdicts"
            value={draft.verdict}
            onInput={(e) => set({ verdict: e.currentTarget.value })}
            name="verdict"
            placeholder="False, Misleading, Accurate…"
          />
        </label>
        <datalist id="verdicts">
          {['False', 'Misleading', 'Denied', 'Disputed', 'Unverified', 'Accurate (context)'].map((label) => (
            <option key={label} value={label} />
          ))}
        </datalist>
        <label>
          Summary (optional: the first fact is used otherwise)
          <input value={draft.summary} onInput={(e) => set({ summary: e.currentTarget.value })} name="summary" />
        </label>
        {draft.facts.map((fact, index) => (
          <fieldset key={index} class="fact">
            <legend>Context {draft.facts.length > 1 ? index + 1 : ''}</legend>
            <label>
              What the reader should know
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
                Source
                <input
                  required
                  value={fact.publisher}
                  onInput={(e) => setFact(index, { publisher: e.currentTarget.value })}
                  name={`fact-${index}-publisher`}
                  placeholder="Publisher"
                />
              </label>
              <label>
                URL
                <input
                  type="url"
                  value={fact.url}
                  onInput={(e) => setFact(index, { url: e.currentTarget.value })}
                  name={`fact-${index}-url`}
                  placeholder="https://…"
                />
              </label>
              <label>
                Date
                <input
                  value={fact.date}
                  onInput={(e) => setFact(index, { date: e.currentTarget.value })}
                  name={`fact-${index}-date`}
                  placeholder="YYYY-MM-DD"
                  pattern="\d{4}(-\d{2}(-\d{2})?)?"
                />
              </label>
            </div>
            {draft.facts.length > 1 ? (
              <button type="button" onClick={() => set({ facts: draft.facts.filter((_, i) => i !== index) })}>
                Remove this fact
              </button>
            ) : null}
          </fieldset>
        ))}
        <div class="actions">
          <button type="button" onClick={() => set({ facts: [...draft.facts, emptyFact()] })}>
            Add a fact
          </button>
          <button type="submit" class="primary" data-testid="save-claim">
            {draft.id ? 'Save changes' : 'Add claim'}
          </button>
          {draft.id ? (
            <button type="button" onClick={() => setDraft(emptyDraft())}>
              Cancel
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
          Export as a list file
        </button>
        <button type="button" onClick={() => void exportAs('claimreview')} disabled={!claims.length}>
          Export as ClaimReview
        </button>
        <label class="file">
          Import ClaimReview (JSON-LD)…
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
