import { compileClaim } from '../src/claim-compiler/index';
const texts = process.argv.slice(2);
for (const t of texts) { console.log(t); console.log(JSON.stringify(compileClaim({ text: t }), null, 0)); }
