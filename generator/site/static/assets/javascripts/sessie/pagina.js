/* The page "Sessie-overzicht maken": collect the files (chosen, dropped, a folder, or typed in), read
   each once, and show the overview; downloads are made from the same context as the view. Files stay
   in this tab: nothing is sent and nothing is stored. */
(function (D) {
  "use strict";
  var root = document.querySelector(".sessie");
  if (!root) { return; }
  var status = root.querySelector(".sessie-status");
  var view = root.querySelector("#sessie-overzicht");
  var titleInput = root.querySelector("#sessie-titel");
  var sectorInput = root.querySelector("#sessie-sector");
  var fileInput = root.querySelector("#sessie-bestanden");
  var folderInput = root.querySelector("#sessie-map");
  var dropZone = root.querySelector("#sessie-neerzetten");
  var accept = D.lezen.alleen(D.gegevens.overzicht);

  var files = new Map();   // relative path -> {naam, bytes | teGroot | onleesbaar}: a path is there once
  var typed = [];          // sheets typed in with "Blad toevoegen", in the order they were added
  var reads = new Map();   // path -> Promise of the read result (a file is read once)
  var replaced = [];       // paths chosen again (the newer choice counts), told in the status line
  var current = null;      // the context of the overview shown now
  var version = 0;

  function say(text) { status.textContent = text; }

  function instrumentUrl(id) {
    var instrument = D.gegevens.instrumenten[id];
    return instrument ? new URL(instrument.pad, D.laden.root).href : null;
  }

  /** The title as the CLI takes it (--titel): on one line, the default when empty. */
  function title() {
    return D.tekst.eenRegel(titleInput.value) || titleInput.defaultValue;
  }

  function plural(count, one, more) { return count + " " + (count === 1 ? one : more); }

  function inputs() {
    var chosen = D.bestanden.volgorde(Array.from(files.values()).filter(function (f) { return !D.bestanden.overslaan(f.naam); }));
    return chosen.concat(typed);
  }

  function read(file) {
    if (!reads.has(file.naam)) { reads.set(file.naam, D.lezen.bestand(file, accept)); }
    return reads.get(file.naam);
  }

  /** Files chosen again: the newer choice counts (named when there are a few). */
  function replacedText() {
    if (!replaced.length) { return ""; }
    var names = replaced.slice(0, 3).join(", ") + (replaced.length > 3 ? " en " + (replaced.length - 3) + " meer" : "");
    return " " + plural(replaced.length, "bestand was", "bestanden waren") + " al gekozen; de nieuwe keuze telt (" + names + ").";
  }

  /** Read what is new, then build and show the overview (and tell tests and benchmarks it is there). */
  function update() {
    var mine = ++version;
    var list = inputs();
    root.querySelector("[data-actie=wissen]").disabled = !list.length && !files.size;
    if (!list.length) {
      current = null;
      view.textContent = "";
      setDownloads(false);
      say(files.size ? "Geen bruikbare bestanden gekozen (alleen verborgen of systeembestanden)." : "Nog geen bladen gekozen.");
      root.setAttribute("data-versie", String(mine));
      return Promise.resolve(null);
    }
    say("Bezig met lezen van " + plural(list.length, "bestand", "bestanden") + "…");
    root.setAttribute("aria-busy", "true");
    return Promise.all(list.map(read)).then(function (gelezen) {
      if (mine !== version) { return null; }
      var overzicht = D.samenvoegen.overzicht(gelezen, { sector: sectorInput.value, url: instrumentUrl });
      var context = D.schermContext.context(overzicht, { titel: title(), sector: sectorInput.value, root: D.laden.root });
      return D.weergave.toon(view, context).then(function () { return context; });
    }).then(function (context) {
      if (!context || mine !== version) { return null; }
      current = context;
      var overzicht = context.overzicht;
      setDownloads(true);
      say(plural(list.length, "bestand", "bestanden") + " gelezen: " + (list.length - overzicht.afgewezen.length) +
        " verwerkt, " + overzicht.afgewezen.length + " niet verwerkt; " +
        plural(overzicht.organisaties.length, "organisatie", "organisaties") + "." + replacedText());
      root.removeAttribute("aria-busy");
      root.setAttribute("data-versie", String(mine));
      document.dispatchEvent(new CustomEvent("doorstroom:overzicht", { detail: overzicht }));
      return overzicht;
    }).catch(function (error) {  // a fault of ours, never of the files: say so, keep the page usable
      if (mine !== version) { return null; }
      root.removeAttribute("aria-busy");
      root.setAttribute("data-versie", String(mine));
      say("Het overzicht kon niet worden gemaakt door een fout in deze pagina (" + ((error && error.name) || "fout") +
        "). Meld dit aan de beheerder van de site; uw bestanden zijn niet veranderd.");
      return null;
    });
  }

  function setDownloads(enabled) {
    root.querySelectorAll(".sessie-uitvoer button").forEach(function (b) { b.disabled = !enabled; });
  }

  function add(list) {
    replaced = list.filter(function (f) { return files.has(f.naam); }).map(function (f) { return f.naam; });
    list.forEach(function (f) { files.set(f.naam, f); reads.delete(f.naam); });
    return update();
  }

  /** A File -> {naam, bytes}; a file above the size limit is not even read. */
  function load(file, path) {
    var name = path || file.webkitRelativePath || file.name;
    if (file.size > D.regels.maxBytes) { return Promise.resolve({ naam: name, teGroot: true, bytes: new Uint8Array(0) }); }
    return file.arrayBuffer().then(function (buffer) { return { naam: name, bytes: new Uint8Array(buffer) }; },
      function () { return { naam: name, bytes: new Uint8Array(0), onleesbaar: true }; });
  }

  function fromInput(input) {
    var chosen = Array.from(input.files);
    input.value = "";
    return Promise.all(chosen.map(function (f) { return load(f); })).then(add);
  }

  /** Files in a dropped folder, with their path inside it (like webkitRelativePath). */
  function walk(entry) {
    if (entry.isFile) {
      return new Promise(function (resolve) {
        entry.file(function (file) { resolve([load(file, entry.fullPath.replace(/^\//, ""))]); }, function () { resolve([]); });
      });
    }
    if (!entry.isDirectory) { return Promise.resolve([]); }
    var reader = entry.createReader();
    var all = [];
    return new Promise(function (resolve) {
      (function next() {
        reader.readEntries(function (batch) {
          if (!batch.length) { resolve(Promise.all(all.map(walk)).then(function (x) { return [].concat.apply([], x); })); return; }
          all = all.concat(Array.from(batch));
          next();
        }, function () { resolve([]); });
      })();
    });
  }

  function dropped(event) {
    event.preventDefault();
    dropZone.classList.remove("sessie-invoer--actief");
    var items = event.dataTransfer.items ? Array.from(event.dataTransfer.items) : [];
    var entries = items.map(function (i) { return i.webkitGetAsEntry ? i.webkitGetAsEntry() : null; }).filter(Boolean);
    var found = entries.length ? Promise.all(entries.map(walk)).then(function (x) { return [].concat.apply([], x); })
      : Promise.resolve(Array.from(event.dataTransfer.files).map(function (f) { return load(f); }));
    return found.then(function (promises) { return Promise.all(promises); }).then(add);
  }

  function download(bytes, name, type) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  var openSheet = D.bladToevoegen.koppel(root.querySelector("#sessie-blad"), function (file) {
    typed.push(file);
    replaced = [];
    update();
  }, function (bytes, name) { download(bytes, name, "application/json"); });

  var actions = {
    bestanden: function () { fileInput.click(); },
    map: function () { folderInput.click(); },
    blad: openSheet,
    wissen: function () {
      files.clear(); typed = []; reads.clear(); replaced = [];
      update();
      say("Alle bladen zijn weggehaald. Er is niets bewaard.");
    },
    afdrukken: function () { window.print(); },
    json: function () { if (current) { download(D.uitvoer.json(current.overzicht), "overzicht.json", "application/json"); } },
    csv: function () { if (current) { download(D.uitvoer.csv(current.overzicht), "overzicht.csv", "text/csv"); } },
    excel: function () {
      if (!current) { return; }
      say("Het Excel-bestand wordt gemaakt…");
      D.xlsx.maak(current).then(function (bytes) {
        download(bytes, "overzicht.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        say("Het Excel-bestand is gedownload.");
      }, function (error) {  // the technical reason for whoever helps; the user gets a Dutch sentence
        if (window.console) { window.console.error(error); }
        say("Het Excel-bestand kon niet worden gemaakt. Probeer het nog eens, of download het overzicht als CSV.");
      });
    }
  };

  root.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-actie]");
    if (button && actions[button.getAttribute("data-actie")]) { actions[button.getAttribute("data-actie")](); }
  });
  fileInput.addEventListener("change", function () { fromInput(fileInput); });
  folderInput.addEventListener("change", function () { fromInput(folderInput); });
  if ("webkitdirectory" in folderInput) { root.querySelector("[data-actie=map]").hidden = false; }
  ["dragenter", "dragover"].forEach(function (type) {
    dropZone.addEventListener(type, function (event) { event.preventDefault(); dropZone.classList.add("sessie-invoer--actief"); });
  });
  dropZone.addEventListener("dragleave", function () { dropZone.classList.remove("sessie-invoer--actief"); });
  dropZone.addEventListener("drop", dropped);
  sectorInput.addEventListener("change", function () { replaced = []; update(); });
  titleInput.addEventListener("change", function () { replaced = []; update(); });

  D.pagina = { update: update, huidige: function () { return current && current.overzicht; },
    context: function () { return current; }, bestanden: inputs };
  root.setAttribute("data-versie", "0");
})(window.Doorstroom);
