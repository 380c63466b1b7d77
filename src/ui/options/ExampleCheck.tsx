// Example sentences for a claim the user is writing, and whether ClaimLens finds them as that
// claim, shown before the claim is saved. The check runs in the background, which compiles the
// claim exactly as it will once saved (the claim compiler and its word tables live there; loading
// them into this page too would double their cost for one button).
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { DraftCheck } from '../../claim-check';
import './example-check.css';

/** The two boxes as typed: one sentence a line. */
export interface ExampleDraft {
  match: string;
  nomatch: string;
}

export const emptyExamples = (): ExampleDraft => ({ match: '', nomatch: '' });

export const sentencesOf = (lines: string) =>
  lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export interface ExampleCheckProps {
  /** The claim as written so far. */
  text: string;
  value: ExampleDraft;
  onChange(value: ExampleDraft): void;
  check(text: string, examples: { match: string[]; nomatch: string[] }): Promise<DraftCheck>;
}

type Outcome = { for: string; check: DraftCheck } | { for: string; error: string };

export function ExampleCheck({ text, value, onChange, check }: ExampleCheckProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checking, setChecking] = useState(false);
  const examples = { match: sentencesOf(value.match), nomatch: sentencesOf(value.nomatch) };
  const key = JSON.stringify([text.trim(), examples]);
  // Results describe what was checked; after an edit they are shown as out of date, not as current.
  const stale = outcome !== null && outcome.for !== key;
  const canCheck = text.trim() !== '' && examples.match.length + examples.nomatch.length > 0 && !checking;

  const run = async () => {
    setChecking(true);
    try {
      setOutcome({ for: key, check: await check(text, examples) });
    } catch (error) {
      setOutcome({ for: key, error: error instanceof Error ? error.message : String(error) });
    } finally {
      setChecking(false);
    }
  };

  const results = outcome && 'check' in outcome ? outcome.check.results : [];
  const failed = results.filter((r) => !r.passed).length;
  return (
    <fieldset class="example-check" data-testid="example-check">
      <legend>{i18n.t('examples.legend')}</legend>
      <p class="muted">{i18n.t('examples.intro')}</p>
      <label>
        {i18n.t('examples.shouldMatch')}
        <textarea
          rows={2}
          name="examples-match"
          value={value.match}
          onInput={(e) => onChange({ ...value, match: e.currentTarget.value })}
        />
      </label>
      <label>
        {i18n.t('examples.shouldNotMatch')}
        <textarea
          rows={2}
          name="examples-nomatch"
          value={value.nomatch}
          onInput={(e) => onChange({ ...value, nomatch: e.currentTarget.value })}
        />
      </label>
      <div class="actions">
        <button type="button" onClick={() => void run()} disabled={!canCheck} data-testid="check-examples">
          {checking ? i18n.t('examples.checking') : i18n.t('examples.check')}
        </button>
        {outcome && 'check' in outcome && !outcome.check.problem && !stale ? (
          <span class={failed ? 'example-summary bad' : 'example-summary good'} data-testid="example-summary">
            {failed
              ? i18n.t('examples.someFailed', results.length, [String(results.length), String(failed)])
              : i18n.t('examples.allPassed', results.length)}
          </span>
        ) : null}
        {stale ? <span class="muted">{i18n.t('examples.stale')}</span> : null}
      </div>
      {outcome && 'error' in outcome ? (
        <p class="error" role="alert">
          {i18n.t('examples.checkFailed', [outcome.error])}
        </p>
      ) : null}
      {outcome && 'check' in outcome && outcome.check.problem ? (
        <p class="error" role="alert" data-testid="example-problem">
          {outcome.check.problem}
        </p>
      ) : null}
      {results.length ? (
        <ul
          class={stale ? 'example-results stale' : 'example-results'}
          aria-live="polite"
          data-testid="example-results"
        >
          {results.map((result, index) => (
            <li
              key={index}
              class={result.passed ? 'good' : 'bad'}
              data-testid="example-result"
              data-passed={String(result.passed)}
            >
              <span aria-hidden="true">{result.passed ? '✓' : '✗'} </span>
              <q>{result.sentence}</q>{' '}
              <span class="outcome">
                {result.expected === 'match'
                  ? result.matched
                    ? i18n.t('examples.matched', [result.why.join(' · ')])
                    : i18n.t('examples.missed')
                  : result.matched
                    ? i18n.t('examples.wronglyMatched', [result.why.join(' · ')])
                    : i18n.t('examples.rightlyMissed')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
