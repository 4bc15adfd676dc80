// The explorer's shortest paths and links to entities (a part of the explorer's script:
// see explorer.js).
  // ---- the shortest path between two entities (over the edges the filters let through) ----
  function shortestPath(from, to) {
    const previous = new Map([[from, null]]);
    let frontier = [from];
    while (frontier.length && !previous.has(to)) {
      const next = [];
      for (const i of frontier) for (const k of adjacent[i]) {
        if (!passes(k)) continue;
        const j = E.from[k] === i ? E.to[k] : E.from[k];
        if (!previous.has(j)) { previous.set(j, [i, k]); next.push(j); }
      }
      frontier = next;
    }
    if (!previous.has(to)) return null;
    const nodesOnPath = [to], edgesOnPath = [];
    for (let at = to; previous.get(at); at = previous.get(at)[0]) {
      edgesOnPath.unshift(previous.get(at)[1]);
      nodesOnPath.unshift(previous.get(at)[0]);
    }
    return {nodes: nodesOnPath, edges: edgesOnPath};
  }
  function setPathStart(i) {
    state.pathStart = i;
    $("path-start").textContent = "路径起点 path from: " + N.label[i];
    $("path-clear").hidden = false;
    showNode(i);
  }
  function clearPath() {
    state.pathStart = null; state.path = null;
    $("path-start").textContent = ""; $("path-clear").hidden = true;
    network.unselectAll(); network.redraw();
  }
  function showPath(from, to) {
    const found = shortestPath(from, to);
    state.path = found;
    clearPanel();
    panel.append(el("h2", "最短路径 shortest path"));
    panel.hidden = false;
    if (!found) {
      panel.append(el("p", N.label[from] + " 与 " + N.label[to] + " 之间没有路径 · no path between them (with the filters set)", "no-path"));
      return;
    }
    panel.append(el("div", (found.nodes.length - 1) + " 步 steps", "pinyin"));
    const list = el("ol", null, "path");
    found.nodes.forEach((i, step) => {
      const item = el("li");
      item.append(nodeButton(i), el("span", " " + TYPES[N.type[i]].zh, "muted"));
      if (step < found.edges.length) {
        const k = found.edges[step], r = RELS[E.rel[k]], forward = E.from[k] === i;
        const rel = el("div", (forward ? "↓ " : "↑ ") + r.name + "（" + r.zh + "） · " + E.conf[k].toFixed(2), "rel");
        rel.style.color = r.color;
        item.append(rel);
      }
      list.append(item);
    });
    panel.append(list);
    for (const i of found.nodes) reveal(i);
    state.selected = null;
    render();
    network.setSelection({nodes: found.nodes, edges: found.edges}, {highlightEdges: false});
    network.fit({nodes: found.nodes, animation: false});
    const room = 1 - panelWidth() / Math.max(1, canvas().clientWidth);
    network.moveTo({position: network.getViewPosition(), scale: Math.min(network.getScale() * room * 0.85, 2),
                    offset: {x: -panelWidth() / 2, y: 0}});
    setFragment(null);
  }
  function openFragment() {
    let wanted = "";
    try { wanted = decodeURIComponent(location.hash.slice(1)); } catch (error) { return false; }
    if (!wanted) return false;
    let i = byFragment.get(wanted);
    if (i === undefined) {  // a name: the best exact match
      const best = search(wanted, 1)[0];
      if (best !== undefined && matchTier(best, wanted, "") === 0) i = best;
    }
    if (i === undefined || i === state.selected) return false;
    focusNode(i);
    return true;
  }
