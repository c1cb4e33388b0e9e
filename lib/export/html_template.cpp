// The page the "html" exporter fills with a graph's data (at the
// DIPLOGRAPH_DATA comment). Plain HTML, CSS and JS; no network.
namespace diplograph::internal {

extern const char kGraphViewHtml[] = R"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>diplograph: diplomatic events</title>
<style>
body{margin:0;font:14px/1.4 "DejaVu Sans",Arial,sans-serif;color:#222;background:#fafafa}
header{padding:8px 14px;background:#263238;color:#fff;display:flex;gap:18px;align-items:center;flex-wrap:wrap}
header h1{font-size:17px;margin:0 12px 0 0}
header label{font-size:13px}
main{display:flex;height:calc(100vh - 50px)}
#net{flex:3;background:#fff;border-right:1px solid #ddd;min-width:0}
#side{flex:2;display:flex;flex-direction:column;min-width:280px}
#evidence{padding:10px 14px;border-bottom:1px solid #ddd;min-height:110px;background:#fffde7}
#evidence blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #f9a825}
#timeline{overflow:auto;padding:6px 14px;flex:1}
.ev{padding:4px 6px;border-bottom:1px solid #eee;cursor:pointer}
.ev:hover,.ev.sel{background:#e3f2fd}
.date{color:#666;font-family:monospace;margin-right:6px}
.node circle{stroke:#fff;stroke-width:2}
.node text{font-size:12px;pointer-events:none}
.edge{cursor:pointer;fill:none}
.edge:hover,.edge.sel{stroke-width:5!important}
.legend span{display:inline-block;width:10px;height:10px;margin:0 3px 0 8px}
</style>
</head>
<body>
<header>
<h1>diplograph</h1>
<label>action <select id="action"><option value="">all</option></select></label>
<label>from <input id="from" type="date"></label>
<label>to <input id="to" type="date"></label>
<span id="count"></span>
<span class="legend" id="legend"></span>
</header>
<main>
<svg id="net" xmlns="http://www.w3.org/2000/svg"></svg>
<div id="side">
<div id="evidence"><b>Evidence</b><p>Click an edge or an event to read the sentences that report it.</p></div>
<div id="timeline"></div>
</div>
</main>
<script type="application/json" id="data">/*DIPLOGRAPH_DATA*/</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const COLORS = ["#2e7d32","#1565c0","#c62828","#6a1b9a","#ef6c00","#00838f","#5d4037","#ad1457","#9e9d24","#455a64"];
const actions = [...new Set(DATA.events.map(e => e.action))].sort();
const color = a => COLORS[actions.indexOf(a) % COLORS.length];
const actorById = new Map(DATA.actors.map(a => [a.id, a]));
const nameOf = id => (actorById.get(id) || {name: id}).name;
const sel = document.getElementById("action"), legend = document.getElementById("legend");
for (const a of actions) {
  const o = document.createElement("option"); o.value = a; o.textContent = a.replace(/_/g, " "); sel.appendChild(o);
  legend.insertAdjacentHTML("beforeend", `<span style="background:${color(a)}"></span>${a.replace(/_/g, " ")}`);
}
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"})[c]); }
function pairs(e) {
  const out = [];
  if (e.participants.length) {
    for (let i = 0; i < e.participants.length; i++)
      for (let j = i + 1; j < e.participants.length; j++) out.push([e.participants[i], e.participants[j], false]);
  } else {
    for (const a of e.agents) for (const r of e.recipients) out.push([a, r, true]);
  }
  return out;
}
function visible() {
  const act = sel.value, from = document.getElementById("from").value, to = document.getElementById("to").value;
  return DATA.events.filter(e => (!act || e.action === act) &&
    (!from || (e.latest && e.latest >= from)) && (!to || (e.earliest && e.earliest <= to)));
}
function partiesText(e) {
  if (e.participants.length) return e.participants.map(nameOf).join(" & ");
  return e.agents.map(nameOf).join(", ") + " → " + e.recipients.map(nameOf).join(", ");
}
function showEvidence(e) {
  document.querySelectorAll(".sel").forEach(x => x.classList.remove("sel"));
  document.querySelectorAll(`[data-ev="${e.id}"]`).forEach(x => x.classList.add("sel"));
  const ev = document.getElementById("evidence");
  ev.innerHTML = `<b>${esc(e.action.replace(/_/g, " "))}</b> ${esc(partiesText(e))} <span class="date">${esc(e.date || "undated")}</span>` +
    (e.factuality !== "asserted" ? ` <i>(${esc(e.factuality)})</i>` : "") +
    e.evidence.map(m => `<blockquote>${esc(m.sentence)}<br><small>${esc(m.document)}</small></blockquote>`).join("");
}
// A deterministic force layout: nodes on a circle, then springs and repulsion.
function layout(ids, links, w, h) {
  const n = ids.length, pos = new Map();
  ids.forEach((id, i) => pos.set(id, {x: w / 2 + Math.cos(2 * Math.PI * i / n) * w / 3,
                                      y: h / 2 + Math.sin(2 * Math.PI * i / n) * h / 3, dx: 0, dy: 0}));
  const k = Math.sqrt(w * h / Math.max(n, 1)) * 0.6;
  for (let it = 0; it < 300; it++) {
    for (const p of pos.values()) { p.dx = 0; p.dy = 0; }
    const ps = [...pos.values()];
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      const a = ps[i], b = ps[j]; let dx = a.x - b.x, dy = a.y - b.y; const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = k * k / d; dx /= d; dy /= d; a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const [s, t] of links) {
      const a = pos.get(s), b = pos.get(t); let dx = a.x - b.x, dy = a.y - b.y; const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = d * d / k; dx /= d; dy /= d; a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    const temp = 30 * (1 - it / 300) + 1;
    for (const p of pos.values()) {
      const d = Math.max(Math.hypot(p.dx, p.dy), 0.01);
      p.x = Math.min(w - 60, Math.max(60, p.x + p.dx / d * Math.min(d, temp)));
      p.y = Math.min(h - 30, Math.max(30, p.y + p.dy / d * Math.min(d, temp)));
    }
  }
  return pos;
}
function draw() {
  const evs = visible();
  document.getElementById("count").textContent = `${evs.length} of ${DATA.events.length} events`;
  const svg = document.getElementById("net");
  const w = svg.clientWidth || 800, h = svg.clientHeight || 600;
  const used = new Set(), links = [];
  for (const e of evs) for (const [a, b] of pairs(e)) { used.add(a); used.add(b); links.push([a, b]); }
  const ids = DATA.actors.map(a => a.id).filter(id => used.has(id));
  const pos = layout(ids, links, w, h);
  let out = `<defs>${actions.map(a => `<marker id="arr-${a}" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="${color(a)}"/></marker>`).join("")}</defs>`;
  const seen = new Map();
  for (const e of evs) for (const [a, b, directed] of pairs(e)) {
    const key = [a, b].sort().join("|"), nth = seen.get(key) || 0; seen.set(key, nth + 1);
    const p = pos.get(a), q = pos.get(b), mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2;
    const nx = -(q.y - p.y), ny = q.x - p.x, len = Math.max(Math.hypot(nx, ny), 1), bend = 18 * nth * (nth % 2 ? 1 : -1);
    out += `<path class="edge" data-ev="${e.id}" d="M${p.x},${p.y} Q${mx + nx / len * bend},${my + ny / len * bend} ${q.x},${q.y}" ` +
      `stroke="${color(e.action)}" stroke-width="2.5"${e.factuality !== "asserted" ? ' stroke-dasharray="6 4"' : ""}` +
      `${directed ? ` marker-end="url(#arr-${e.action})"` : ""}><title>${esc(e.action + " " + (e.date || ""))}</title></path>`;
  }
  for (const id of ids) {
    const p = pos.get(id), a = actorById.get(id);
    const fill = a.kind === "country" ? "#ffb300" : a.kind === "organization" ? "#8d6e63" : "#42a5f5";
    out += `<g class="node" transform="translate(${p.x},${p.y})"><circle r="9" fill="${fill}"></circle>` +
      `<text x="12" y="4">${esc(a.name)}</text></g>`;
  }
  svg.innerHTML = out;
  svg.querySelectorAll(".edge").forEach(el => el.addEventListener("click", () =>
    showEvidence(DATA.events.find(e => e.id === el.dataset.ev))));
  const tl = document.getElementById("timeline");
  const sorted = [...evs].sort((x, y) => (x.earliest || "9999").localeCompare(y.earliest || "9999"));
  tl.innerHTML = "<b>Timeline</b>" + sorted.map(e => `<div class="ev" data-ev="${e.id}"><span class="date">${esc(e.date || "undated")}</span>` +
    `<span style="color:${color(e.action)}">${esc(e.action.replace(/_/g, " "))}</span> ${esc(partiesText(e))}</div>`).join("");
  tl.querySelectorAll(".ev").forEach(el => el.addEventListener("click", () =>
    showEvidence(DATA.events.find(e => e.id === el.dataset.ev))));
}
for (const id of ["action", "from", "to"]) document.getElementById(id).addEventListener("change", draw);
window.addEventListener("resize", draw);
draw();
</script>
</body>
</html>
)HTML";

}  // namespace diplograph::internal
