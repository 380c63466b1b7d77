// `npm run schema`: regenerates docs/claim-list.schema.json from src/claims/schema.ts.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from '../src/claims/json-schema';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/claim-list.schema.json');
writeFileSync(target, renderJsonSchema());
process.stdout.write(`wrote ${target}\n`);
