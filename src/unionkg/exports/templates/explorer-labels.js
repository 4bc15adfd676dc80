// The explorer's labels (a part of the explorer's script: see explorer.js).
  // ---- labels: placed by the page, most connected first, never over one another ----------
  // vis-network draws every label or none (by size); here each frame gives a label to the
  // selected node, the path, then the nodes by number of edges, skipping any whose label would
  // overlap one already placed, so the first view names the hubs and zooming in names more.
  const LABEL_PX = 12, GROUP_PX = 14, FACE = FONT_STACK;
  const widthAt100 = new Map();
  let placedLabels = [];
  function textWidth(ctx, key, text, bold) {  // in pixels at a 100 px font
    let width = widthAt100.get(key);
    if (width === undefined) {
      ctx.font = (bold ? "bold " : "") + "100px " + FACE;
      width = ctx.measureText(text).width;
      widthAt100.set(key, width);
    }
    return width;
  }
  function labelCandidates() {
    const first = [];
    if (typeof state.selected === "number") first.push(state.selected);
    if (state.path) first.push(...state.path.nodes);
    const groups = [];
    for (const [id, want] of shownNodes) if (typeof id === "string" && !want.hidden) groups.push(id);
    return [...first, ...groups, ...byDegree];
  }
  function placeLabels(ctx) {
    const scale = network.getScale(), body = network.body.nodes;
    const frame = ctx.canvas.getBoundingClientRect();
    const cell = 80, grid = new Map(), placed = [], seen = new Set();
    const overlaps = (box) => {
      for (let gx = Math.floor(box.x / cell); gx <= Math.floor((box.x + box.w) / cell); gx++) {
        for (let gy = Math.floor(box.y / cell); gy <= Math.floor((box.y + box.h) / cell); gy++) {
          for (const other of grid.get(gx + ":" + gy) || []) {
            if (box.x < other.x + other.w && other.x < box.x + box.w &&
                box.y < other.y + other.h && other.y < box.y + box.h) return true;
          }
        }
      }
      return false;
    };
    const keep = (box) => {
      placed.push(box);
      for (let gx = Math.floor(box.x / cell); gx <= Math.floor((box.x + box.w) / cell); gx++) {
        for (let gy = Math.floor(box.y / cell); gy <= Math.floor((box.y + box.h) / cell); gy++) {
          const key = gx + ":" + gy;
          if (!grid.has(key)) grid.set(key, []);
          grid.get(key).push(box);
        }
      }
    };
    let tried = 0;
    for (const id of labelCandidates()) {
      if (placed.length >= 400 || tried > 6000) break;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = body[id], want = shownNodes.get(id);
      if (!node || !want || want.hidden) continue;
      tried += 1;
      const group = typeof id === "string";
      const text = group ? G.name[+id.slice(1)] + " · " + members[+id.slice(1)].length : N.label[id];
      const px = group ? GROUP_PX : LABEL_PX;
      const dom = network.canvasToDOM({x: node.x, y: node.y});
      if (dom.x < -50 || dom.y < -50 || dom.x > frame.width + 50 || dom.y > frame.height + 50) continue;
      const w = textWidth(ctx, id, text, group) * px / 100 + 4, h = px * 1.3;
      const below = (node.options.size || 10) * scale + 2;
      const box = {id: id, text: text, px: px, bold: group, x: dom.x - w / 2, y: dom.y + below, w: w, h: h};
      if (overlaps(box)) continue;
      keep(box);
    }
    return placed;
  }
  network.on("afterDrawing", (ctx) => {
    placedLabels = placeLabels(ctx);
    ctx.save();
    ctx.setTransform(window.devicePixelRatio || 1, 0, 0, window.devicePixelRatio || 1, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (const box of placedLabels) {
      ctx.font = (box.bold ? "bold " : "") + box.px + "px " + FACE;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(box.text, box.x + box.w / 2, box.y + 1);
      ctx.fillStyle = box.bold ? "#1d3c6e" : "#1a1a1a";
      ctx.fillText(box.text, box.x + box.w / 2, box.y + 1);
    }
    ctx.restore();
  });
