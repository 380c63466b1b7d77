// Validates a claim list and turns it into self-contained claims. Errors name the claim and the
// field ("claims[2] (netflix-inbox-api-access).context[0].sources: every fact needs a source"),
// so a list maintainer can fix the list without reading this code.
import * as v from 'valibot';
import { ClaimListSchema, ClaimSchema, ListHeaderSchema, type Claim, type ClaimList, type ListHeader } from './schema';

/**
 * Matching terms one list may carry, lexicon and claims' own concepts together: a list is compiled
 * into the reader's memory, and a lexicon concept named by every claim is stored once (MAX_TERMS_PER_CONCEPT
 * in schema.ts caps each concept).
 */
export const MAX_TERMS_PER_LIST = 200_000;

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
  // `overrides` may name any claim of this list (claim ids are scoped to their list).
  const listIds = new Set(rawClaims.flatMap((raw) => (typeof raw?.id === 'string' ? [raw.id as string] : [])));
  rawClaims.forEach((raw, index) => {
    const label = claimLabel(index, raw);
    const parsed = v.safeParse(ClaimSchema, raw);
    let claimProblems = parsed.success ? [] : describeIssues(parsed.issues, label);
    if (parsed.success) {
      if (seen.has(parsed.output.id)) claimProblems = [`${label}.id: duplicate claim id`];
      else claimProblems = unknownNames(parsed.output, header.output.lexicon, listIds).map((p) => `${label}.${p}`);
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
  const terms =
    termCount(header.output.lexicon) + claims.reduce((sum, claim) => sum + termCount(claim.match.concepts), 0);
  if (terms > MAX_TERMS_PER_LIST) {
    const problem = `(list): ${terms.toLocaleString('en')} matching terms, more than the limit of ${MAX_TERMS_PER_LIST.toLocaleString('en')}`;
    throw new ClaimListError(`Invalid claim list: ${problem}`, [problem]);
  }
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

const termCount = (concepts: Readonly<Record<string, readonly string[]>>) =>
  Object.values(concepts).reduce((sum, terms) => sum + terms.length, 0);

/**
 * Every name a claim's match data uses that neither it nor the list defines, as "match.field: …".
 * Names are looked up with Object.hasOwn: "constructor" or "toString" is a name like any other.
 */
export function unknownNames(
  claim: Claim,
  lexicon: Readonly<Record<string, readonly string[]>>,
  claimIds: ReadonlySet<string>,
): string[] {
  const { match } = claim;
  const known = (name: string) => Object.hasOwn(match.concepts, name) || Object.hasOwn(lexicon, name);
  const fields: [string, readonly string[]][] = [
    ['all', match.all.flat()],
    ['alternatives', (match.alternatives ?? []).flat(2)],
    ['none', match.none],
    ['near', (match.near ?? []).flatMap((rule) => rule.concepts)],
    ['benign', match.benign ?? []],
    ['carry', match.carry ?? []],
  ];
  const problems = fields.flatMap(([field, names]) =>
    [...new Set(names.filter((name) => !known(name)))].map((name) => `match.${field}: unknown concept "${name}"`),
  );
  for (const id of new Set(match.overrides)) {
    if (!claimIds.has(id)) problems.push(`match.overrides: unknown claim "${id}" (not in this list)`);
  }
  return problems;
}

/**
 * A claim with the list's shared lexicon folded in, so it can be matched on its own. A lexicon
 * concept becomes the same array object in every claim that names it (the matcher compiles it once),
 * and the claim's own concepts win over the lexicon's.
 */
export function resolveClaim(claim: Claim, header: Pick<ListHeader, 'lexicon'>): Claim {
  const { match } = claim;
  const used = new Set([
    ...match.all.flat(),
    ...(match.alternatives ?? []).flat(2),
    ...match.none,
    ...(match.near ?? []).flatMap((rule) => rule.concepts),
    ...(match.benign ?? []),
    ...(match.carry ?? []),
  ]);
  const concepts = Object.create(null) as Record<string, string[]>;
  for (const name of used) {
    if (Object.hasOwn(match.concepts, name)) concepts[name] = match.concepts[name]!;
    else if (Object.hasOwn(header.lexicon, name)) concepts[name] = header.lexicon[name]!;
  }
  return { ...claim, match: { ...match, concepts } };
}
