// Reads a diplograph JSON-LD file the way any RDF consumer does: jsonld.js,
// safe mode, every remote context refused. Checks that it expands to the
// triples the contract asks for. usage: node check.cjs GRAPH.jsonld
'use strict';
const fs = require('fs');
const path = require('path');
const cache = process.env.DIPLOGRAPH_EVAL_CACHE || path.join(process.env.HOME || '/tmp', '.cache', 'diplograph-eval');
const jsonld = require(path.join(cache, 'node_modules', 'jsonld'));
const DG = 'https://w3id.org/diplograph/ns#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA = 'http://schema.org/';
const fail = msg => { console.error('FAIL: ' + msg); process.exitCode = 1; };

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const documentLoader = url => { throw new Error('remote context refused: ' + url); };
  const nq = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
  const quads = nq.split('\n').filter(Boolean).map(l => l.match(/^(\S+) <([^>]+)> (.*) \.$/)).filter(Boolean);
  const by = new Map();
  for (const [, s, p, o] of quads) { if (!by.has(s)) by.set(s, []); by.get(s).push([p, o]); }
  let events = 0;
  for (const [s, props] of by) {
    const isEvent = props.some(([p]) => p === SCHEMA + 'agent' || p === SCHEMA + 'participant');
    if (!isEvent) continue;
    events++;
    const types = props.filter(([p, o]) => p === RDF_TYPE && o.startsWith('<' + DG));
    if (types.length !== 1) fail(`${s}: ${types.length} dg: types`);
    const ev = props.filter(([p]) => p === 'http://www.w3.org/ns/prov#wasDerivedFrom');
    if (!ev.length) fail(`${s}: no prov:wasDerivedFrom`);
    for (const [, m] of ev) {
      const mp = by.get(m) || [];
      if (!mp.some(([p]) => p === 'http://www.w3.org/ns/oa#hasSource')) fail(`${s}: evidence without oa:hasSource`);
      const sels = mp.filter(([p]) => p === 'http://www.w3.org/ns/oa#hasSelector').map(([, o]) => by.get(o) || []);
      const kinds = sels.map(sp => (sp.find(([p]) => p === RDF_TYPE) || [])[1]);
      for (const k of ['TextQuoteSelector', 'TextPositionSelector'])
        if (!kinds.includes('<http://www.w3.org/ns/oa#' + k + '>')) fail(`${s}: no oa:${k}`);
    }
    const lo = props.find(([p]) => p === 'http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp');
    const hi = props.find(([p]) => p === 'http://semanticweb.cs.vu.nl/2009/11/sem/hasLatestEndTimeStamp');
    if (!!lo !== !!hi) fail(`${s}: only one date bound`);
    if (lo && !lo[1].endsWith('^^<http://www.w3.org/2001/XMLSchema#date>')) fail(`${s}: bound is not xsd:date`);
  }
  if (!events) fail('no events in the graph');
  console.log(`${quads.length} quads, ${events} events read by jsonld.js`);
})().catch(e => fail(e.stack || String(e)));
