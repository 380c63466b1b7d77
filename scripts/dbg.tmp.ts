import { loadLexicon } from '../src/claim-compiler/lexicon';
import { lemmaOf } from '../src/claim-compiler/words';
const l = loadLexicon();
for (const w of ['users','user','messages','fine','privacy','vaccines','sold','children','born','spreads']) console.log(w, lemmaOf(w, l), l.related.get(lemmaOf(w,l)));
