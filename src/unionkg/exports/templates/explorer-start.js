// The explorer's first view, links and the handle tests use (the last part of the
// explorer's script: see explorer.js).
  render();
  fitAll();

  // ---- links to entities: graph.html#<id> opens the page on it ----------------------------
  window.addEventListener("hashchange", openFragment);
  openFragment();
  if (document.fonts) document.fonts.load(LABEL_PX + "px " + FONT_STACK, "abcǎǒ").then(() => network.redraw(), () => {});

  window.unionkg = {nodes: nodes, edges: edges, network: network, data: DATA, search: search,
                    focusNode: focusNode, expandGroup: expandGroup, visibleNodeIds: visibleNodeIds,
                    shortestPath: shortestPath, showPath: showPath, fragmentOf: fragmentOf,
                    labels: () => placedLabels.map((b) => ({id: b.id, text: b.text, x: b.x, y: b.y, w: b.w, h: b.h})),
                    render: render, reset: reset, ready: true};
