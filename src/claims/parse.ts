// Validates a claim list and turns it into self-contained claims. Errors name the claim and the
// field ("claims[2] (netflix-inbox-api-access).context[0].sources: every fact needs a source"),
// so a list maintainer can fix the list without reading this code.
import * as v from 'valibot';
import { ClaimListSchema, ClaimSchema, ListHeaderSchema, type Claim, type ClaimList, type ListHeader } from './schema';

export class ClaimListError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = 'ClaimListError';
  }
}

export interface SkippedClaim {
  index: number;
  claimId?: string;
  problem: string;
}

export interface ParsedList {
  list: ClaimList;
  /** Claims that failed validation in lenient mode; the rest of the list is kept. */
  skipped: SkippedClaim[];
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix: string): string[] {
  return issues.map((issue) => {
    const path = (issue.path ?? [])
      .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('');
    const where = `${prefix}${path}`.replace(/^\./, '');
    return `${where || '(list)'}: ${issue.message}`;
  });
}

function claimLabel(index: number, raw: unknown): string {
  const id =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : undefined;
  return id ? `claims[${index}] (${id})` : `claims[${index}]`;
}

/**
 * Parses a list. `strict` (the bundled list) fails on any bad claim; lenient (subscribed lists)
 * skips bad claims and reports them, so one bad entry does not cost the reader the whole list.
 */
export function parseClaimList(input: unknown, options: { strict: boolean } = { strict: true }): ParsedList {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new ClaimListError('Not a claim list: expected a JSON object', ['(list): expected a JSON object']);
  }
  const header = v.safeParse(ListHeaderSchema, input);
  if (!header.success) {
    const problems = describeIssues(header.issues, '');
    throw new ClaimListError(`Invalid claim list: ${problems[0]}`, problems);
  }
  const rawClaims = (input as { claims?: unknown }).claims;
  if (!Array.isArray(rawClaims)) {
    throw new ClaimListError('Invalid claim list: claims: must be an array', ['claims: must be an array']);
  }

  const claims: Claim[] = [];
  const skipped: SkippedClaim[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  rawClaims.forEach((raw, index) => {
    const label = claimLabel(index, raw);
    const parsed = v.safeParse(ClaimSchema, raw);
    let claimProblems = parsed.success ? [] : describeIssues(parsed.issues, label);
    if (parsed.success) {
      if (seen.has(parsed.output.id)) claimProblems = [`${label}.id: duplicate claim id`];
      else
        claimProblems = unknownConcepts(parsed.output, header.output).map(
          (name) => `${label}.match: unknown concept "${name}"`,
        );
    }
    if (parsed.success && claimProblems.length === 0) {
      seen.add(parsed.output.id);
      claims.push(parsed.output);
    } else {
      problems.push(...claimProblems);
      const claimId = parsed.success ? parsed.output.id : (raw as { id?: unknown } | null)?.id;
      skipped.push({
        index,
        claimId: typeof claimId === 'string' ? claimId : undefined,
        problem: claimProblems[0] ?? 'invalid',
      });
    }
  });
  if (options.strict && problems.length > 0) {
    throw new ClaimListError(
      `Invalid claim list: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
      problems,
    );
  }
  // Validate the whole document once more so the output type is exactly ClaimList.
  const list = v.parse(ClaimListSchema, { ...header.output, claims });
  return { list, skipped };
}

function unknownConcepts(claim: Claim, header: ListHeader): string[] {
  if (!claim.match) return [];
  const known = new Set([...Object.keys(header.lexicon), ...Object.keys(claim.match.concepts)]);
  const used = [
    ...claim.match.all.flat(),
    ...(claim.match.alternatives ?? []).flat(2),
    ...claim.match.none,
    ...(claim.match.near ?? []).flatMap((rule) => rule.concepts),
  ];
  return [...new Set(used.filter((name) => !known.has(name)))];
}

/**
 * A claim with the list's shared lexicon folded in, so it can be matched and stored on its own.
 * A claim without `match` is left as it is: it is compiled from its text (src/claim-check).
 */
export function resolveClaim<T extends Claim>(claim: T, header: Pick<ListHeader, 'lexicon'>): T {
  if (!claim.match) return claim;
  const used = new Set([
    ...claim.match.all.flat(),
    ...(claim.match.alternatives ?? []).flat(2),
    ...claim.match.none,
    ...(claim.match.benign ?? []),
    ...(claim.match.carry ?? []),
  ]);
  const concepts: Record<string, string[]> = {};
  for (const name of used) {
    const terms = claim.match.concepts[name] ?? header.lexicon[name];
    if (terms) concepts[name] = terms;
  }
  return { ...claim, match: { ...claim.match, concepts } };
}
