/* The overview as downloadable bytes, exactly as the CLI writes them: overzicht.json (same shape,
   key order and layout) and overzicht.csv (the CSV contract in the README, byte for byte). */
(function (D) {
  "use strict";
  var G = D.gegevens;

  function names(list) {
    var result = {};
    list.forEach(function (x) { result[x.id] = x.naam; });
    return result;
  }

  /** JSON.stringify with two spaces gives the layout of Python's json.dumps(indent=2, ensure_ascii=False). */
  function json(overzicht) {
    return JSON.stringify(overzicht, null, 2) + "\n";
  }

  /** Excel never runs a cell that starts like a formula; RFC 4180 quoting only where needed. */
  function csvField(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[;"\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** One row per item: cells in matrix order, al before nog; names of categorie and fase, answer label as soort. */
  function rijen(overzicht) {
    var werkblad = G.werkbladen.filter(function (w) { return w.id === overzicht.werkblad; })[0];
    var labels = {};
    werkblad.antwoorden.forEach(function (a) { labels[a.id] = a.label; });
    var categorie = names(G.categorieen);
    var fase = names(G.fasen);
    var rows = [];
    overzicht.cellen.forEach(function (cel) {
      ["al", "nog"].forEach(function (kind) {
        cel[kind].forEach(function (item) {
          rows.push([item.organisatie, categorie[cel.categorie], fase[cel.fase], labels[kind], item.tekst]);
        });
      });
    });
    return rows;
  }

  function csv(overzicht) {
    var lines = [["organisatie", "categorie", "fase", "soort", "tekst"]].concat(rijen(overzicht));
    var text = "\uFEFF" + lines.map(function (line) { return line.map(csvField).join(";"); }).join("\r\n") + "\r\n";
    return new TextEncoder().encode(text);
  }

  D.uitvoer = { json: json, csv: csv };
})(window.Doorstroom);
