// Exporting what the explorer shows (a part of the explorer's script: see explorer.js).
  // ---- export what is shown: the visible entities and relations, or the picture -----------
  function shownEdgeIds() {
    return [...shownEdges.entries()].filter(([id, w]) => typeof id === "number" && !w.hidden).map(([id]) => id);
  }
  function shownEntities() { return visibleNodeIds().filter((id) => typeof id === "number"); }
  function csvField(value) {  // quoted; a leading = + - @ is kept from being read as a formula
    let text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && typeof value !== "number") text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }
  function csv(rows) {  // with a byte order mark: Excel reads the file as UTF-8 only with it
    return "\ufeff" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
  }
  function bestEvidence(k) {
    return E.evidence[k].reduce((best, ev) => (best === null || ev[3] > best[3] ? ev : best), null);
  }
  function exportedNodesCsv() {
    const rows = [["label", "type", "pinyin", "aliases", "place", "edges", "iri"]];
    for (const i of shownEntities()) {
      rows.push([N.label[i], typeName(i), N.pinyin[i], N.aliases[i].join("; "), N.place[i].join(" / "), degree(i), N.iri[i]]);
    }
    return csv(rows);
  }
  function exportedEdgesCsv() {
    const rows = [["subject", "relation", "object", "confidence", "evidence", "sentence", "article", "subject_iri", "object_iri"]];
    for (const k of shownEdgeIds()) {
      const best = bestEvidence(k);
      rows.push([N.label[E.from[k]], RELS[E.rel[k]].name, N.label[E.to[k]], E.conf[k], E.evidence[k].length,
                 best ? best[1] : "", best ? DATA.articles[best[0]][0] : "", N.iri[E.from[k]], N.iri[E.to[k]]]);
    }
    return csv(rows);
  }
  function exportedJson() {
    const entities = shownEntities().map((i) => ({
      iri: N.iri[i], label: N.label[i], type: typeName(i), pinyin: N.pinyin[i], aliases: N.aliases[i], place: N.place[i],
    }));
    const relations = shownEdgeIds().map((k) => ({
      subject: N.iri[E.from[k]], relation: RELS[E.rel[k]].name, object: N.iri[E.to[k]], confidence: E.conf[k],
      titles: E.titles[k], dates: E.dates[k],
      evidence: E.evidence[k].map(([a, sentence, rule, conf]) => ({
        article: DATA.articles[a][0], title: DATA.articles[a][1], url: DATA.articles[a][2], sentence: sentence, rule: rule, confidence: conf,
      })),
    }));
    return JSON.stringify({nodes: entities, edges: relations}, null, 1) + "\n";
  }
  function download(name, blob) {
    const link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }
  $("export-nodes").addEventListener("click", () => download("unionkg-shown-entities.csv", new Blob([exportedNodesCsv()], {type: "text/csv"})));
  $("export-edges").addEventListener("click", () => download("unionkg-shown-relations.csv", new Blob([exportedEdgesCsv()], {type: "text/csv"})));
  $("export-json").addEventListener("click", () => download("unionkg-shown.json", new Blob([exportedJson()], {type: "application/json"})));
  $("export-png").addEventListener("click", () => canvas().toBlob((blob) => download("unionkg-shown.png", blob), "image/png"));
