// unionkg explorer: the page's own script (inlined, allowed by its hash in the CSP).
// html.py joins explorer.js, explorer-labels.js, explorer-paths.js, explorer-export.js and
// explorer-start.js, in that order, inside one strict function: they share its scope.
// Every piece of graph text is written with textContent or given to vis-network as a plain
// string (drawn on a canvas, tooltips shown as text): nothing from the data becomes markup.
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const N = DATA.nodes, E = DATA.edges, G = DATA.groups, TYPES = DATA.types, RELS = DATA.relations;
  const nNodes = N.label.length, nEdges = E.from.length, nGroups = G.name.length;
  const $ = (id) => document.getElementById(id);
  const FONT_STACK = '"unionkg pinyin", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function fold(text) {  // pinyin without tones or spaces: "Hóng qiáo" -> "hongqiao"
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\s+/g, "");
  }
  function webUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }

  // ---- derived tables -------------------------------------------------------------------
  const adjacent = Array.from({length: nNodes}, () => []);
  for (let k = 0; k < nEdges; k++) { adjacent[E.from[k]].push(k); adjacent[E.to[k]].push(k); }
  const members = Array.from({length: nGroups}, () => []);
  for (let i = 0; i < nNodes; i++) members[N.group[i]].push(i);
  const pinyinKey = N.pinyin.map(fold);
  const initials = N.pinyin.map((p) => p.split(/\s+/).map((s) => fold(s).charAt(0)).join(""));
  const typeName = (i) => TYPES[N.type[i]].name;
  const degree = (i) => adjacent[i].length;
  // search ranks unions and organizations before companies, places and people
  const TYPE_RANK = {Union: 0, Organization: 1, Company: 2, Town: 3, Official: 4, Person: 5};
  const typeRank = (i) => (typeName(i) in TYPE_RANK ? TYPE_RANK[typeName(i)] : 6);
  // labels are offered in this order: the most connected first
  const byDegree = Array.from({length: nNodes}, (_, i) => i)
    .sort((a, b) => degree(b) - degree(a) || N.label[a].length - N.label[b].length || a - b);
  // an entity's link is graph.html#<its IRI after the id base>, e.g. #union/0a1b2c3d
  const ID_BASE = "https://w3id.org/unionkg/id/";
  const fragmentOf = (i) => (N.iri[i].startsWith(ID_BASE) ? N.iri[i].slice(ID_BASE.length) : N.iri[i]);
  const byFragment = new Map();
  for (let i = 0; i < nNodes; i++) { byFragment.set(fragmentOf(i), i); byFragment.set(N.iri[i], i); }

  function typeLine(t) { return t.name + "（" + t.zh + "）"; }
  function nodeTitle(i) {
    const t = TYPES[N.type[i]];
    const lines = [N.label[i], N.pinyin[i], typeLine(t)];
    if (N.aliases[i].length) lines.push("别名 aliases: " + N.aliases[i].join("、"));
    if (N.place[i].length) lines.push("地点 place: " + N.place[i].join(" → "));
    lines.push(adjacent[i].length + " 条关系 edges");
    return lines.join("\n");
  }
  function groupCounts(g) {
    const counts = new Map();
    for (const i of members[g]) counts.set(N.type[i], (counts.get(N.type[i]) || 0) + 1);
    return [...counts.entries()].sort((a, b) => a[0] - b[0])
      .map(([t, n]) => TYPES[t].zh + " " + n).join(" · ");
  }
  function nodeItem(i) {
    const t = TYPES[N.type[i]], degree = adjacent[i].length;
    return {
      id: i, x: N.x[i], y: N.y[i], shape: t.shape,
      size: 8 + Math.min(18, 2.5 * Math.sqrt(degree)),
      color: {background: t.color, border: "#333333",
              highlight: {background: t.color, border: "#000000"},
              hover: {background: t.color, border: "#000000"}},
      title: nodeTitle(i),
    };
  }
  function groupItem(g) {
    const size = members[g].length, aside = g === G.isolated;
    return {  // the unconnected nodes' group sits by the top left of its disc, next to the rest
      id: "g" + g, x: aside ? G.x[g] - G.r[g] : G.x[g], y: aside ? G.y[g] - G.r[g] : G.y[g], shape: "dot",
      size: aside ? 18 : Math.max(18, G.r[g] * 0.3),
      color: {background: "#c9d6ea", border: "#4a6a9a",
              highlight: {background: "#e3ebf7", border: "#1d3c6e"}},
      borderWidth: 2,
      title: G.name[g] + " · " + size + " 个实体 entities\n" + groupCounts(g) + "\n双击展开 double-click to open",
    };
  }
  function edgeItem(k) {
    const r = RELS[E.rel[k]];
    return {
      id: k, from: E.from[k], to: E.to[k], width: 0.5 + 2 * E.conf[k],
      color: {color: r.color, highlight: r.color, hover: r.color, opacity: 0.85},
      dashes: r.dashes.length ? r.dashes : false,
      arrows: r.arrow ? {to: {enabled: true, scaleFactor: 0.5}} : {to: {enabled: false}},
      title: N.label[E.from[k]] + " —" + r.name + "（" + r.zh + "）→ " + N.label[E.to[k]] +
        "\n置信度 confidence " + E.conf[k].toFixed(2) + " · " + E.evidence[k].length + " 条证据 evidence",
    };
  }

  // ---- view state and the one function that draws it -------------------------------------
  function initialState() {  // the unconnected nodes start folded into one circle, aside
    const open = DATA.overview ? [] : members.map((_, g) => g).filter((g) => g !== G.isolated);
    return {expanded: new Set(open), hiddenTypes: new Set(), hiddenRels: new Set(), minConf: 0,
            hops: 0, selected: null, pathStart: null, path: null};
  }
  let state = initialState();
  const nodes = new vis.DataSet(), edges = new vis.DataSet();
  const shownNodes = new Map(), shownEdges = new Map();  // id -> signature of what is shown

  function passes(k) { return !state.hiddenRels.has(E.rel[k]) && E.conf[k] >= state.minConf; }
  function neighbourhood(start, hops) {
    const seen = new Set([start]);
    let frontier = [start];
    for (let h = 0; h < hops; h++) {
      const next = [];
      for (const i of frontier) for (const k of adjacent[i]) {
        if (!passes(k)) continue;
        const j = E.from[k] === i ? E.to[k] : E.from[k];
        if (!seen.has(j)) { seen.add(j); next.push(j); }
      }
      frontier = next;
    }
    return seen;
  }
  function sync(dataset, shown, wanted, makeItem) {
    const remove = [], add = [], update = [];
    for (const id of shown.keys()) if (!wanted.has(id)) remove.push(id);
    for (const [id, want] of wanted) {
      const had = shown.get(id);
      if (had === undefined) add.push(Object.assign(makeItem(id, want), {hidden: want.hidden}));
      else if (had.sig !== want.sig) update.push(Object.assign({id: id, hidden: want.hidden}, want.extra));
    }
    for (const id of remove) shown.delete(id);
    for (const [id, want] of wanted) shown.set(id, want);
    if (remove.length) dataset.remove(remove);
    if (add.length) dataset.add(add);
    if (update.length) dataset.update(update);
  }
  function render() {
    const sel = state.selected;
    const near = state.hops && typeof sel === "number" ? neighbourhood(sel, state.hops) : null;
    if (near) for (const i of near) state.expanded.add(N.group[i]);
    const wantNodes = new Map();
    for (let g = 0; g < nGroups; g++) {
      if (!state.expanded.has(g)) wantNodes.set("g" + g, {hidden: !!near, sig: String(!!near)});
    }
    for (let i = 0; i < nNodes; i++) {
      if (!state.expanded.has(N.group[i])) continue;
      const hidden = state.hiddenTypes.has(typeName(i)) || (near !== null && !near.has(i));
      wantNodes.set(i, {hidden: hidden, sig: String(hidden)});
    }
    const end = (i) => (state.expanded.has(N.group[i]) ? i : "g" + N.group[i]);
    const wantEdges = new Map(), bundles = new Map();
    for (let k = 0; k < nEdges; k++) {
      const a = end(E.from[k]), b = end(E.to[k]);
      const ok = passes(k) && !wantNodes.get(a).hidden && !wantNodes.get(b).hidden;
      if (typeof a === "number" && typeof b === "number") {
        wantEdges.set(k, {hidden: !ok, sig: String(!ok)});
      } else if (a !== b && ok) {
        const key = String(a) < String(b) ? "b" + a + ">" + b : "b" + b + ">" + a;
        const bundle = bundles.get(key) || {from: a, to: b, count: 0};
        bundle.count += 1;
        bundles.set(key, bundle);
      }
    }
    for (const [key, bundle] of bundles) {
      const width = 1 + Math.log2(bundle.count);
      wantEdges.set(key, {hidden: false, sig: "n" + bundle.count, bundle: bundle,
                          extra: {width: width, title: bundle.count + " 条关系 edges"}});
    }
    sync(nodes, shownNodes, wantNodes, (id) => (typeof id === "number" ? nodeItem(id) : groupItem(+id.slice(1))));
    sync(edges, shownEdges, wantEdges, (id, want) => (typeof id === "number" ? edgeItem(id) : {
      id: id, from: want.bundle.from, to: want.bundle.to, width: want.extra.width,
      color: {color: "#8a94a6", opacity: 0.6}, title: want.extra.title, arrows: {to: {enabled: false}},
    }));
    $("shown").textContent = visibleNodeIds().length + " 个显示 shown";
  }
  function visibleNodeIds() {
    return [...shownNodes.entries()].filter(([, w]) => !w.hidden).map(([id]) => id);
  }

  // ---- the network -----------------------------------------------------------------------
  const big = nNodes > 3000;
  const network = new vis.Network($("graph"), {nodes: nodes, edges: edges}, {
    physics: {enabled: false, solver: "forceAtlas2Based", stabilization: false},
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: !big, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                  navigationButtons: false, keyboard: false},
    nodes: {borderWidth: 1, borderWidthSelected: 4},
    edges: {smooth: false, selectionWidth: 3, hoverWidth: 1},
  });
  const canvas = () => document.querySelector("#graph canvas");
  network.on("beforeDrawing", (ctx) => {  // white ground (for the PNG), a disc and name per open group
    const scale = network.getScale();
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    ctx.save();
    ctx.textAlign = "center";
    for (const g of state.expanded) {
      if (members[g].length < 4) continue;
      ctx.beginPath();
      ctx.arc(G.x[g], G.y[g], G.r[g] * 1.04, 0, 2 * Math.PI);
      ctx.fillStyle = "rgba(74, 106, 154, 0.05)";
      ctx.fill();
      ctx.font = Math.min(G.r[g] * 0.16, 26 / scale) + "px sans-serif";
      ctx.fillStyle = "rgba(29, 60, 110, 0.45)";
      ctx.fillText(G.name[g], G.x[g], G.y[g] - G.r[g] * 1.04 - 6);
    }
    ctx.restore();
  });
  function fitAll() {  // leave room for the group names drawn above the discs
    network.fit({animation: false});
    network.moveTo({scale: network.getScale() * 0.93});
  }


  // ---- the side panel --------------------------------------------------------------------
  const panel = $("panel");
  function clearPanel() {  // empty, but for the button that closes it
    const close = el("button", "×");
    close.id = "panel-close";
    close.title = "关闭 close";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", closePanel);
    panel.replaceChildren(close);
  }
  function closePanel() {
    panel.hidden = true;
    state.selected = null;
    network.unselectAll();
    setFragment(null);
    if (state.hops) render();
  }
  function field(list, name, value) {
    const row = el("div", null, "field");
    row.append(el("span", name, "key"), el("span", value, "value"));
    list.append(row);
  }
  function nodeButton(i) {
    const button = el("button", N.label[i], "link");
    button.title = N.pinyin[i] + " · " + typeLine(TYPES[N.type[i]]);
    button.addEventListener("click", () => focusNode(i));
    return button;
  }
  function evidenceList(k) {
    const list = el("ul", null, "evidence");
    for (const [a, sentence, rule, conf] of E.evidence[k]) {
      const [id, title, url, published, publisher] = DATA.articles[a];
      const item = el("li");
      item.append(el("blockquote", sentence));
      const source = el("div", "— ", "source");
      if (webUrl(url)) {
        const link = el("a", title);
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.append(link);
      } else {
        source.append(el("span", title));
      }
      const details = [publisher, published, id, rule, "置信度 " + Number(conf).toFixed(2)];
      source.append(el("span", " · " + details.filter((d) => d).join(" · "), "muted"));
      item.append(source);
      list.append(item);
    }
    return list;
  }
  function showNode(i) {
    clearPanel();
    const t = TYPES[N.type[i]];
    panel.append(el("h2", N.label[i]), el("div", N.pinyin[i], "pinyin"));
    const facts = el("div", null, "facts");
    field(facts, "类型 type", typeLine(t));
    if (N.aliases[i].length) field(facts, "别名 aliases", N.aliases[i].join("、"));
    if (N.place[i].length) field(facts, "地点 place", N.place[i].join(" → "));
    const names = {founded: "成立 founded", admin_code: "区划代码 code", level: "级别 level"};
    for (const [key, value] of N.info[i]) field(facts, names[key] || key, value);
    field(facts, "IRI", N.iri[i]);
    const link = el("a", "#" + fragmentOf(i));
    link.id = "entity-link";
    link.href = "#" + encodeURI(fragmentOf(i));
    const row = el("div", null, "field");
    row.append(el("span", "链接 link", "key"), link);
    facts.append(row);
    panel.append(facts);
    const tools = el("div", null, "tools");
    const collapse = el("button", "收起分组 collapse “" + G.name[N.group[i]] + "”");
    collapse.addEventListener("click", () => collapseGroup(N.group[i]));
    const from = el("button", "路径起点 path from here");
    from.id = "path-from";
    from.addEventListener("click", () => setPathStart(i));
    tools.append(collapse, from);
    if (state.pathStart !== null && state.pathStart !== i) {
      const to = el("button", "最短路径 path from “" + N.label[state.pathStart] + "” to here");
      to.id = "path-to";
      to.addEventListener("click", () => showPath(state.pathStart, i));
      tools.append(to);
    }
    panel.append(tools);
    panel.append(el("h3", adjacent[i].length + " 条关系 edges"));
    const list = el("ul", null, "edges");
    for (const k of adjacent[i]) {
      const r = RELS[E.rel[k]], outgoing = E.from[k] === i, other = outgoing ? E.to[k] : E.from[k];
      const item = el("li");
      const head = el("div", null, "edge-head");
      head.append(el("span", (outgoing ? "→ " : "← ") + r.name + "（" + r.zh + "） ", "rel"));
      head.lastChild.style.color = r.color;
      head.append(nodeButton(other));
      const extra = [...E.titles[k], ...E.dates[k], "置信度 " + E.conf[k].toFixed(2)];
      head.append(el("span", " " + extra.join(" · "), "muted"));
      const details = el("details");
      details.open = adjacent[i].length <= 12;
      details.append(el("summary", E.evidence[k].length + " 条证据 evidence"), evidenceList(k));
      item.append(head, details);
      list.append(item);
    }
    panel.append(list);
    panel.hidden = false;
  }
  function showGroup(g) {
    clearPanel();
    panel.append(el("h2", G.name[g]), el("div", members[g].length + " 个实体 entities · " + groupCounts(g), "pinyin"));
    const open = el("button", "展开分组 open this group");
    open.addEventListener("click", () => expandGroup(g));
    panel.append(open, el("h3", "主要实体 main entities"));
    const list = el("ul", null, "members");
    const top = [...members[g]].sort((a, b) => adjacent[b].length - adjacent[a].length).slice(0, 25);
    for (const i of top) { const item = el("li"); item.append(nodeButton(i)); list.append(item); }
    panel.append(list);
    panel.hidden = false;
  }

  // ---- actions ---------------------------------------------------------------------------
  function panelWidth() { return panel.hidden ? 0 : panel.getBoundingClientRect().width; }
  function centreOn(i, scale) {  // in the part of the canvas the panel leaves uncovered
    const position = network.getPositions([i])[i];
    if (!position) return;
    network.moveTo({position: position, scale: scale, offset: {x: -panelWidth() / 2, y: 0},
                    animation: {duration: 300, easingFunction: "easeInOutQuad"}});
  }
  function setFragment(i) {
    const url = location.pathname + location.search + (i === null ? "" : "#" + encodeURI(fragmentOf(i)));
    try { history.replaceState(null, "", url); } catch (error) { /* a page without history */ }
  }
  function select(id) {
    if (typeof id === "number") { focusNode(id, false); return; }
    state.selected = id;
    showGroup(+id.slice(1));
    setFragment(null);
  }
  function expandGroup(g) {
    state.expanded.add(g); render();
    network.fit({nodes: members[g].filter((i) => shownNodes.has(i)), animation: {duration: 300}});
  }
  function collapseGroup(g) {
    state.expanded.delete(g); state.selected = null; render(); panel.hidden = true; setFragment(null);
  }
  function reveal(i) {  // open the node's group and show its type
    state.expanded.add(N.group[i]);
    if (state.hiddenTypes.delete(typeName(i))) $("type-" + N.type[i]).checked = true;
  }
  // open node i: its panel, selected, centred (zoomed in when asked, as search does), linked
  function focusNode(i, zoomIn = true) {
    reveal(i);
    state.selected = i;
    render();
    showNode(i);
    network.selectNodes([i]);
    centreOn(i, zoomIn ? Math.max(network.getScale(), 1.2) : network.getScale());
    setFragment(i);
  }
  // ranked: exact name or alias (or whole pinyin), then prefix, then anywhere in it; within
  // each, unions and organizations before companies, places and people, then by connections
  function matchTier(i, q, key) {
    const names = [N.label[i], ...N.aliases[i]];
    if (names.includes(q) || (key && pinyinKey[i] === key)) return 0;
    if (names.some((n) => n.startsWith(q)) || (key && (pinyinKey[i].startsWith(key) || initials[i].startsWith(key)))) return 1;
    if (names.some((n) => n.includes(q)) || (key && pinyinKey[i].includes(key))) return 2;
    return -1;
  }
  function search(query, limit = 12) {
    const q = String(query).trim();
    if (!q) return [];
    const folded = fold(q).replace(/v/g, "u"), key = /^[a-z0-9]+$/.test(folded) ? folded : "";
    const hits = [];
    for (let i = 0; i < nNodes; i++) {
      const tier = matchTier(i, q, key);
      if (tier >= 0) hits.push([tier, typeRank(i), -degree(i), N.label[i].length, i]);
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3] || a[4] - b[4]);
    return hits.slice(0, limit).map((hit) => hit[4]);
  }

  function reset() {
    clearPath();
    setFragment(null);
    state = initialState();
    for (const box of document.querySelectorAll("#filters input[type=checkbox]")) box.checked = true;
    $("confidence").value = "0"; $("confidence-value").textContent = "0.00";
    $("hops").value = "0"; $("search").value = ""; $("results").replaceChildren();
    $("physics").checked = false; network.setOptions({physics: {enabled: false}});
    panel.hidden = true; network.unselectAll(); render(); fitAll();
  }

  network.on("click", (params) => { if (params.nodes.length) select(params.nodes[0]); });
  network.on("doubleClick", (params) => {
    const id = params.nodes[0];
    if (typeof id === "string") expandGroup(+id.slice(1));
  });

  // ---- controls: legends that filter, search, slider, neighbourhood, physics --------------
  const svgNS = "http://www.w3.org/2000/svg";
  function swatch(type) {
    const svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("width", "14"); svg.setAttribute("height", "14"); svg.setAttribute("viewBox", "0 0 14 14");
    const shapes = {diamond: "7,1 13,7 7,13 1,7", square: "2,2 12,2 12,12 2,12", triangle: "7,1 13,12 1,12",
                    triangleDown: "1,2 13,2 7,13", hexagon: "4,1 10,1 13,7 10,13 4,13 1,7"};
    const shape = shapes[type.shape] ? document.createElementNS(svgNS, "polygon") : document.createElementNS(svgNS, "circle");
    if (shapes[type.shape]) shape.setAttribute("points", shapes[type.shape]);
    else { shape.setAttribute("cx", "7"); shape.setAttribute("cy", "7"); shape.setAttribute("r", "6"); }
    shape.setAttribute("fill", type.color); shape.setAttribute("stroke", "#333");
    svg.append(shape);
    return svg;
  }
  function stroke(rel) {
    const svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("width", "40"); svg.setAttribute("height", "10");
    const line = document.createElementNS(svgNS, "line");
    for (const [k, v] of [["x1", 1], ["y1", 5], ["x2", rel.arrow ? 33 : 39], ["y2", 5], ["stroke", rel.color], ["stroke-width", 2]]) line.setAttribute(k, String(v));
    if (rel.dashes.length) line.setAttribute("stroke-dasharray", rel.dashes.join(" "));
    svg.append(line);
    if (rel.arrow) {
      const head = document.createElementNS(svgNS, "polygon");
      head.setAttribute("points", "33,1 39,5 33,9"); head.setAttribute("fill", rel.color);
      svg.append(head);
    }
    return svg;
  }
  function filter(list, id, mark, text, onChange) {
    const label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.id = id;
    box.addEventListener("change", () => onChange(box.checked));
    label.append(box, mark, el("span", text));
    const item = el("li"); item.append(label); list.append(item);
  }
  const typeCounts = new Array(TYPES.length).fill(0), relCounts = new Array(RELS.length).fill(0);
  for (let i = 0; i < nNodes; i++) typeCounts[N.type[i]] += 1;
  for (let k = 0; k < nEdges; k++) relCounts[E.rel[k]] += 1;
  TYPES.forEach((t, n) => {
    if (!typeCounts[n] && t.name === "Unknown") return;
    filter($("type-filters"), "type-" + n, swatch(t), t.zh + " " + t.name + " (" + typeCounts[n] + ")", (on) => {
      if (on) state.hiddenTypes.delete(t.name); else state.hiddenTypes.add(t.name);
      render();
    });
  });
  RELS.forEach((r, n) => {
    filter($("relation-filters"), "relation-" + n, stroke(r), r.zh + " " + r.name + " (" + relCounts[n] + ")", (on) => {
      if (on) state.hiddenRels.delete(n); else state.hiddenRels.add(n);
      render();
    });
  });
  $("confidence").addEventListener("input", (event) => {
    state.minConf = Number(event.target.value);
    $("confidence-value").textContent = state.minConf.toFixed(2);
    render();
  });
  $("hops").addEventListener("change", (event) => { state.hops = Number(event.target.value); render(); });
  $("physics").addEventListener("change", (event) => network.setOptions({physics: {enabled: event.target.checked}}));
  $("reset").addEventListener("click", reset);
  $("expand-all").addEventListener("click", () => { members.forEach((_, g) => state.expanded.add(g)); render(); network.fit(); });
  $("collapse-all").addEventListener("click", () => { state.expanded.clear(); state.selected = null; panel.hidden = true; render(); network.fit(); });
  function showResults(found) {
    const list = $("results");
    list.replaceChildren();
    for (const i of found) {
      const item = el("li"), button = nodeButton(i);
      button.append(el("span", " " + N.pinyin[i] + " · " + TYPES[N.type[i]].zh, "muted"));
      button.addEventListener("click", () => list.replaceChildren());
      item.append(button); list.append(item);
    }
  }
  $("search").addEventListener("input", (event) => showResults(search(event.target.value)));
  $("search").addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const found = search(event.target.value);
    if (found.length) { focusNode(found[0]); $("results").replaceChildren(); }
  });
  if (DATA.overview) $("overview-note").hidden = false;
  $("path-clear").addEventListener("click", clearPath);
