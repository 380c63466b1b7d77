import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 600, height: 200 } });
await p.setContent(`<p id=a>First paragraph with underline only rule.</p><p id=b>Second with transparent bg rule.</p><p id=c>Third with nothing in forced.</p><p id=d>Fourth no rule at all</p>
<style>
::highlight(one){ text-decoration: underline 3px solid CanvasText; }
::highlight(two){ background-color: transparent; text-decoration: underline 2px dotted CanvasText; }
::highlight(three){ text-decoration: underline 2px dashed red; }
</style>`);
await p.evaluate(`for (const [id, name] of [['a','one'],['b','two'],['c','three'],['d','four']]) { const r = new Range(); r.selectNodeContents(document.getElementById(id).firstChild); CSS.highlights.set(name, new Highlight(r)); }`);
await p.emulateMedia({ forcedColors: 'active' });
await p.screenshot({ path: '/tmp/fc.png' });
await b.close();
