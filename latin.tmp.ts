import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from './src/core/kb/reader.ts';
const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
console.log(kb.glossary.length, kb.diagnostics.filter(d=>d.code.startsWith('glossary')));
const spell=new Map<string,string[]>();
for (const g of kb.glossary) for (const f of [g.en,...g.ko,...g.spellings]) { const k=f.toLowerCase(); spell.set(k,[...(spell.get(k)??[]),g.en]); }
console.log([...spell].filter(([,v])=>v.length>1).map(([k,v])=>k+'→'+v.join('|')).join('\n'));
