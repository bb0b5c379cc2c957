/* The session page and a session plan: with sessie-plan.json among the files, the page shows per
   organisation, table and werkblad what has arrived and from whom nothing has come yet (binnen.js).
   Hooked to the page by one event: after each overview (doorstroom:overzicht) it reads the page's files
   (D.pagina.bestanden) with every werkblad of a session welcome, once per file, and shows the section
   above the overview. */
(function (D) {
  "use strict";
  var root = document.querySelector(".sessie");
  if (!root || !D.pagina || !D.pagina.bestanden) { return; }
  var container = document.createElement("div");
  container.id = "sessie-binnen";
  container.className = "sessie-binnen";
  root.querySelector("#sessie-overzicht").insertAdjacentElement("beforebegin", container);
  var reads = new WeakMap();
  var version = 0;
  var titles = {};
  D.gegevens.werkbladen.forEach(function (w) { titles[w.id] = { titel: w.titel }; });

  /** Every werkblad of a session is welcome; a praatplaat (no label field: one senior's sheet) is not. */
  function sessionSheet(werkblad) {
    return werkblad.labelveld ? null : D.regels.reden("praatplaat", { titel: werkblad.titel });
  }

  function read(file) {
    if (!reads.has(file)) { reads.set(file, D.lezen.bestand(file, sessionSheet)); }
    return reads.get(file);
  }

  function refresh() {
    var mine = ++version;
    var files = D.pagina.bestanden();
    return Promise.all(files.map(read)).then(function (results) {
      if (mine !== version) { return null; }
      var plan = results.filter(function (r) { return r.plan; })[0];
      if (!plan) { container.textContent = ""; root.setAttribute("data-binnen", String(mine)); return null; }
      var bladen = results.filter(function (r) { return r.blad; }).map(function (r) {
        return { werkblad: r.blad.werkblad, organisatie: r.blad.organisatie || D.bestanden.naam(r.bestand), bestand: r.bestand };
      });
      var uitkomst = D.binnen.bereken(plan.plan, bladen);
      return D.binnen.toon(container, uitkomst, titles).then(function () {
        root.setAttribute("data-binnen", String(mine));
        return uitkomst;
      });
    });
  }

  document.addEventListener("doorstroom:overzicht", refresh);
  D.binnenPagina = { ververs: refresh };
})(window.Doorstroom);
