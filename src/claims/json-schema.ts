// The list format's JSON Schema, generated from the valibot schema (the one source of truth).
// `npm run schema` writes it to docs/claim-list.schema.json; a unit test keeps that file current.
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ClaimListSchema,
  ClaimSchema,
  DenialSchema,
  FactSchema,
  MatchSpecSchema,
  ReviewOriginSchema,
  SourceSchema,
} from './schema';

export const SCHEMA_ID = 'https://claimlens.dev/schema/claim-list-1.json';

export function claimListJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(ClaimListSchema, {
    // Input mode: fields with defaults (denials, lexicon, …) may be left out of a published list.
    typeMode: 'input',
    definitions: {
      Claim: ClaimSchema,
      Source: SourceSchema,
      Fact: FactSchema,
      Denial: DenialSchema,
      MatchSpec: MatchSpecSchema,
      ReviewOrigin: ReviewOriginSchema,
    },
    // trim() is a transformation JSON Schema cannot express; the rest of each pipe is kept.
    errorMode: 'ignore',
  });
  const { $schema, ...rest } = schema as Record<string, unknown>;
  return {
    $schema: $schema ?? 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'ClaimLens claim list (claimlens-list/1)',
    description: 'A list of fact-checked claims that ClaimLens highlights in web pages. See docs/list-format.md.',
    ...rest,
  };
}

export const renderJsonSchema = () => `${JSON.stringify(claimListJsonSchema(), null, 2)}\n`;
