// The query page of `unionkg serve`: an editor, the saved queries as examples, a results table.
// Everything it shows from the store or the server is set as text (textContent), never as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("unionkg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const editor = $("editor");
  const prologue = Object.entries(data.prefixes)
    .map(([name, iri]) => `PREFIX ${name}: <${iri}>`).join("\n") + "\n\n";
  let current = null; // the saved query shown, with its parameter values

  $("endpoint").textContent = new URL("query", window.location.href).href;
  $("prefix-names").textContent = Object.keys(data.prefixes).join(", ");

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // A parameter's value as an RDF term: a string literal (JSON's escapes are SPARQL's), or a
  // ukg: relation from the known list. The server parses every query before it runs.
  function term(parameter, value) {
    if (parameter.kind === "relation") {
      const name = value.replace(/^ukg:/, "");
      return data.relations.includes(name) ? `ukg:${name}` : null;
    }
    return JSON.stringify(value);
  }

  function bound(saved, values) {
    const given = saved.parameters.filter((p) => values[p.name] !== "");
    if (!given.length) return saved.text;
    const terms = given.map((p) => term(p, values[p.name]));
    if (terms.includes(null)) return saved.text;
    const variables = given.map((p) => `?${p.name}`).join(" ");
    return saved.text.replace(data.marker, `VALUES (${variables}) { (${terms.join(" ")}) }`);
  }

  function show(saved) {
    current = { saved, values: {} };
    for (const button of document.querySelectorAll("#examples button")) {
      button.setAttribute("aria-pressed", String(button.dataset.name === saved.name));
    }
    $("description").textContent = saved.description;
    const box = $("parameters");
    box.replaceChildren();
    for (const parameter of saved.parameters) {
      current.values[parameter.name] = parameter.example;
      const label = element("label", `${parameter.name} `);
      const input = element("input");
      input.value = parameter.example;
      input.name = parameter.name;
      input.title = parameter.description;
      input.placeholder = parameter.description;
      input.addEventListener("input", () => {
        current.values[parameter.name] = input.value;
        editor.value = prologue + bound(saved, current.values);
      });
      label.append(input);
      box.append(label);
    }
    editor.value = prologue + bound(saved, current.values);
    history.replaceState(null, "", `#${encodeURIComponent(saved.name)}`);
  }

  for (const saved of data.queries) {
    const button = element("button", saved.name);
    button.type = "button";
    button.dataset.name = saved.name;
    button.title = saved.description;
    button.addEventListener("click", () => show(saved));
    $("examples").append(button);
  }

  function compact(iri) {
    for (const [name, namespace] of Object.entries(data.prefixes)) {
      if (iri.startsWith(namespace)) return `${name}:${iri.slice(namespace.length)}`;
    }
    return iri;
  }

  function cell(value) {
    const td = element("td");
    if (!value) return td;
    if (value.type === "uri") {
      td.textContent = compact(value.value);
      td.title = value.value;
      td.className = "iri";
    } else {
      td.textContent = value.value;
      if (value["xml:lang"]) td.append(element("span", `@${value["xml:lang"]}`, "lang"));
    }
    return td;
  }

  function table(json) {
    const vars = json.head.vars || [];
    const result = element("table");
    const head = element("tr");
    for (const name of vars) head.append(element("th", `?${name}`));
    result.append(element("thead"));
    result.firstChild.append(head);
    const body = element("tbody");
    for (const row of json.results.bindings) {
      const tr = element("tr");
      for (const name of vars) tr.append(cell(row[name]));
      body.append(tr);
    }
    result.append(body);
    return result;
  }

  async function run() {
    const started = performance.now();
    $("status").textContent = "running…";
    $("error").hidden = true;
    $("results").replaceChildren();
    let response;
    try {
      response = await fetch("query", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9",
        },
        body: new URLSearchParams({ query: editor.value }),
      });
    } catch (error) {
      fail(`the server did not answer (${error.message}); is unionkg serve still running?`);
      return;
    }
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      fail(`${response.status} ${response.statusText}: ${text.trim()}`);
      $("status").textContent = `failed after ${seconds} s`;
      return;
    }
    const kind = (response.headers.get("Content-Type") || "").split(";")[0];
    if (kind === "application/sparql-results+json") {
      const json = JSON.parse(text);
      if ("boolean" in json) {
        $("results").append(element("p", String(json.boolean), "boolean"));
        $("status").textContent = `${seconds} s`;
      } else {
        $("results").append(table(json));
        const rows = json.results.bindings.length;
        $("status").textContent = `${rows} row${rows === 1 ? "" : "s"} in ${seconds} s`;
      }
    } else {
      $("results").append(element("pre", text));
      $("status").textContent = `${seconds} s`;
    }
  }

  function fail(message) {
    $("error").textContent = message;
    $("error").hidden = false;
  }

  $("run").addEventListener("click", run);
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });

  const wanted = decodeURIComponent(window.location.hash.slice(1));
  show(data.queries.find((q) => q.name === wanted) || data.queries[0]);
})();
