/* The page "Sessieverslag maken": collect every file of a session (chosen, dropped, a folder, a ZIP, or
   typed in), read each once with progress on screen, build sessie.json as `doorstroom sessie` does and
   show the report; downloads are made from the same sessie.json. Files stay in this tab: nothing is
   sent and nothing is stored unless the facilitator asks (a download, or "Presenteren"). */
(function (D) {
  "use strict";
  var root = document.querySelector(".sessie");
  if (!root) { return; }
  var status = root.querySelector(".sessie-status");
  var progress = root.querySelector(".sessie-voortgang");
  var bar = progress.querySelector("progress");
  var barText = progress.querySelector(".sessie-voortgang__tekst");
  var frame = root.querySelector("#sessie-verslag");
  var printView = root.querySelector("#sessie-overzicht");
  var outputs = root.querySelector(".sessie-uitvoer");
  var message = root.querySelector(".sessie-melding");
  var titleInput = root.querySelector("#sessie-titel");
  var sectorInput = root.querySelector("#sessie-sector");
  var fileInput = root.querySelector("#sessie-bestanden");
  var folderInput = root.querySelector("#sessie-map");
  var dropZone = root.querySelector("#sessie-neerzetten");

  var files = [];          // every chosen file, in the order chosen: {pad, naam (unique), bytes, crc | teGroot | onleesbaar}
  var typed = [];          // sheets typed in with "Blad toevoegen", in the order they were added
  var reads = new Map();   // file -> {inhoud: its contents, uitkomst: Promise of what was read}: read once
  var lastChoice = { dubbel: 0, hernoemd: [] };  // told in the status line
  var current = null;      // {sessie, gelezen, html}: what the page shows now
  var version = 0;

  function say(text) { status.textContent = text; }
  function tell(text) { message.textContent = text; }
  function plural(count, one, more) { return count + " " + (count === 1 ? one : more); }

  function instrumentUrl(id) {
    var instrument = D.gegevens.instrumenten[id];
    return instrument ? new URL(instrument.pad, D.laden.root).href : null;
  }

  /** The title as the CLI takes it (--titel): on one line, the default when empty. */
  function title() { return D.tekst.eenRegel(titleInput.value) || titleInput.defaultValue; }

  function equalBytes(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }

  /** The same file chosen again: the same relative path and the same content (never the name alone). */
  function sameFile(a, b) {
    if (a.pad !== b.pad || Boolean(a.bytes) !== Boolean(b.bytes)) { return false; }
    if (!a.bytes) { return a.grootte === b.grootte && a.teGroot === b.teGroot; }
    return a.crc === b.crc && equalBytes(a.bytes, b.bytes);
  }

  /** Add to what is there: the same file again counts once; another file with a path that is taken gets a
      number ("stimuleren (2).pdf"), so that nothing is lost and no two files share a name. */
  function add(list) {
    lastChoice = { dubbel: 0, hernoemd: [] };
    var taken = new Set(files.map(function (f) { return f.naam; }));
    list.forEach(function (file) {
      if (files.some(function (f) { return sameFile(f, file); })) { lastChoice.dubbel += 1; return; }
      file.naam = D.zip.uniek([file.pad], taken)[0];
      if (file.naam !== file.pad) { lastChoice.hernoemd.push(file.naam); }
      files.push(file);
    });
    return update();
  }

  function choiceText() {
    var parts = [];
    if (lastChoice.dubbel) {
      parts.push(plural(lastChoice.dubbel, "bestand was", "bestanden waren") + " al gekozen (zelfde map en inhoud) en " +
        (lastChoice.dubbel === 1 ? "telt" : "tellen") + " één keer.");
    }
    if (lastChoice.hernoemd.length) {
      var names = lastChoice.hernoemd.slice(0, 3).join(", ") +
        (lastChoice.hernoemd.length > 3 ? " en " + (lastChoice.hernoemd.length - 3) + " meer" : "");
      parts.push(plural(lastChoice.hernoemd.length, "ander bestand had", "andere bestanden hadden") +
        " dezelfde naam als een gekozen bestand en " + (lastChoice.hernoemd.length === 1 ? "heet" : "heten") +
        " nu: " + names + ".");
    }
    return parts.length ? " " + parts.join(" ") : "";
  }

  function inputs() {
    return D.bestanden.volgorde(files.filter(function (f) { return !D.bestanden.overslaan(f.naam); })).concat(typed);
  }

  /** Read what is new, one file after the other, with "12 van 27 bestanden gelezen" on screen (ZIPs are
      unpacked first, so the number of files is known from the start). */
  function readAll(list, mine) {
    var fresh = list.filter(function (f) { return !reads.has(f); });
    var count = { klaar: 0, totaal: 0 };
    function shown() {
      if (mine !== version) { return; }
      bar.max = Math.max(count.totaal, 1);
      bar.value = count.klaar;
      barText.textContent = count.klaar + " van " + count.totaal + " bestanden gelezen";
    }
    function tick() { count.klaar += 1; shown(); }
    progress.hidden = fresh.length === 0;
    return Promise.all(fresh.map(function (file) { return D.inlezen.inhoud(file); })).then(function (contents) {
      count.totaal = contents.reduce(function (sum, c) { return sum + c.length; }, 0);
      shown();
      fresh.forEach(function (file, i) { reads.set(file, { inhoud: contents[i], uitkomst: null }); });
      return list.reduce(function (previous, file) {
        return previous.then(function (done) {
          var entry = reads.get(file);
          if (!entry.uitkomst) { entry.uitkomst = D.inlezen.lezen(entry.inhoud, D.sessie.accepteren, tick); }
          return entry.uitkomst.then(function (results) { return done.concat([results]); });
        });
      }, Promise.resolve([]));
    });
  }

  function setOutputs(enabled) {
    outputs.hidden = !enabled;
    outputs.querySelectorAll("button").forEach(function (b) { b.disabled = !enabled; });
    if (enabled && current && !D.verslag.overzicht(current.sessie)) {
      outputs.querySelectorAll("[data-actie=afdrukken],[data-actie=excel],[data-actie=csv],[data-actie=json],[data-actie=presenteren]")
        .forEach(function (b) { b.disabled = true; });
    }
  }

  function summary(gelezen, sessie) {
    var werkbladen = Object.keys(sessie.werkbladen).length;
    var read = gelezen.bladen.length + gelezen.afgewezen.length + gelezen.plannen.length;
    var stimuleren = D.verslag.overzicht(sessie) ? "" : " Er is geen werkblad Stimuleren bij: het klantreis-gatenoverzicht ontbreekt.";
    var plan = gelezen.plannen.length ? " Met het sessieplan: het verslag zegt wat er binnen is." : "";
    return plural(read, "bestand", "bestanden") + " gelezen: " + (gelezen.bladen.length + gelezen.plannen.length) +
      " verwerkt, " + gelezen.afgewezen.length + " niet verwerkt; " + plural(gelezen.bladen.length, "blad", "bladen") +
      " van " + plural(werkbladen, "werkblad", "werkbladen") + "." + plan + stimuleren + choiceText();
  }

  /** Read what is new, then build sessie.json and show the report (and tell tests and benchmarks it is there). */
  function update() {
    var mine = ++version;
    var list = inputs();
    tell("");
    root.querySelector("[data-actie=wissen]").disabled = !list.length && !files.length;
    if (!list.length) {
      current = null;
      frame.hidden = true;
      frame.removeAttribute("srcdoc");
      printView.textContent = "";
      progress.hidden = true;
      setOutputs(false);
      say(files.length ? "Geen bruikbare bestanden gekozen (alleen verborgen of systeembestanden)." : "Nog geen bladen gekozen.");
      root.setAttribute("data-versie", String(mine));
      return Promise.resolve(null);
    }
    say("Bezig met lezen van " + plural(list.length, "bestand", "bestanden") + "…");
    root.setAttribute("aria-busy", "true");
    return readAll(list, mine).then(function (perFile) {
      if (mine !== version) { return null; }
      var gelezen = D.inlezen.samen(perFile);
      var sessie = D.sessie.maak(gelezen, { titel: title(), sector: sectorInput.value, url: instrumentUrl });
      var plan = gelezen.plannen.length ? gelezen.plannen[0].plan : null;  // the first one counts, as in the CLI
      var binnen = plan ? D.binnen.bereken(plan, D.binnen.bladenUitSessie(sessie)) : null;
      return D.verslag.html(sessie, { sector: sectorInput.value, root: D.laden.root, datum: new Date(),
        binnen: binnen }).then(function (html) {
        if (mine !== version) { return null; }
        return D.verslag.toon(frame, html).then(function () { return { sessie: sessie, gelezen: gelezen, html: html }; });
      });
    }).then(function (shown) {
      if (!shown || mine !== version) { return null; }
      current = shown;
      printView.textContent = "";  // the print copy is made again from this report when asked
      progress.hidden = true;
      setOutputs(true);
      say(summary(shown.gelezen, shown.sessie));
      root.removeAttribute("aria-busy");
      root.setAttribute("data-versie", String(mine));
      document.dispatchEvent(new CustomEvent("doorstroom:verslag", { detail: shown.sessie }));
      return shown.sessie;
    }).catch(function (error) {  // a fault of ours, never of the files: say so, keep the page usable
      if (mine !== version) { return null; }
      root.removeAttribute("aria-busy");
      root.setAttribute("data-versie", String(mine));
      progress.hidden = true;
      say("Het verslag kon niet worden gemaakt door een fout in deze pagina (" + ((error && error.name) || "fout") +
        "). Meld dit aan de beheerder van de site; uw bestanden zijn niet veranderd.");
      return null;
    });
  }

  /** A File -> {pad, bytes, crc}; a file above the size limit is not even read. */
  function load(file, path) {
    var pad = path || file.webkitRelativePath || file.name;
    if (file.size > D.regels.maxBytes) { return Promise.resolve({ pad: pad, teGroot: true, grootte: file.size, bytes: null }); }
    return file.arrayBuffer().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      return { pad: pad, bytes: bytes, crc: D.zip.crc32(bytes) };
    }, function () { return { pad: pad, onleesbaar: true, grootte: file.size, bytes: null }; });
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

  /** The overview of the session on its own (the raster part of sessie.json), as its view context. */
  function overviewContext() {
    var overzicht = current && D.verslag.overzicht(current.sessie);
    return overzicht && D.schermContext.context(overzicht, { titel: title() + ": " + D.gegevens.verslag.gatenoverzicht.toLowerCase(),
      sector: sectorInput.value, root: D.laden.root });
  }

  /** What the report's overview hides (its organisation filter), for the print copy. */
  function reportFilter() {
    var shown = frame.contentDocument && frame.contentDocument.querySelector("[data-overzicht]");
    return shown ? D.weergave.filterState(shown) : { verborgen: [], open: false };
  }

  /** The overview for print (A3), with the organisations hidden in the report's overview hidden too. */
  function printOverview() {
    return D.weergave.toon(printView, overviewContext(), reportFilter());
  }

  /** A document written by another part of the site (the plan van aanpak, the monitor plan), when present. */
  function makeDocument(label, name, type, make) {
    if (!current) { return; }
    if (typeof make !== "function") {
      tell(label + " kan op deze site (nog) niet in de browser worden gemaakt. Maak het met het commando " +
        "doorstroom sessie, of vraag de beheerder van de site.");
      return;
    }
    tell(label + " wordt gemaakt…");
    Promise.resolve().then(function () {
      return make(current.sessie, { sector: sectorInput.value, datum: new Date().toISOString().slice(0, 10) });
    }).then(function (bytes) {
      download(bytes, name, type);
      tell(label + " is gedownload (" + name + ").");
    }, function (error) {
      tell(label + " kon niet worden gemaakt (" + ((error && error.message) || "fout") + ").");
    });
  }

  var openSheet = D.bladToevoegen.koppel(root.querySelector("#sessie-blad"), function (file) {
    typed.push({ pad: file.naam, naam: file.naam, bytes: file.bytes, crc: D.zip.crc32(file.bytes) });
    lastChoice = { dubbel: 0, hernoemd: [] };
    update();
  }, function (bytes, name) { download(bytes, name, "application/json"); });

  var actions = {
    bestanden: function () { fileInput.click(); },
    map: function () { folderInput.click(); },
    blad: openSheet,
    wissen: function () {
      files = []; typed = []; reads.clear(); lastChoice = { dubbel: 0, hernoemd: [] };
      update();
      say("Alle bladen zijn weggehaald. Er is niets bewaard.");
    },
    plan: function () {
      makeDocument("Het plan van aanpak", "plan-van-aanpak.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", D.plan && D.plan.docx);
    },
    monitorplan: function () {
      makeDocument("Het monitorplan", "monitorplan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        D.monitorplan && D.monitorplan.xlsx);
    },
    "verslag-afdrukken": function () { if (current) { frame.contentWindow.print(); } },
    html: function () { if (current) { download(current.html, "sessie.html", "text/html"); } },
    "sessie-json": function () { if (current) { download(D.sessie.json(current.sessie), "sessie.json", "application/json"); } },
    afdrukken: function () {
      if (!overviewContext()) { return; }
      printOverview().then(function () { window.print(); });
    },
    json: function () { var c = overviewContext(); if (c) { download(D.uitvoer.json(c.overzicht), "overzicht.json", "application/json"); } },
    csv: function () { var c = overviewContext(); if (c) { download(D.uitvoer.csv(c.overzicht), "overzicht.csv", "text/csv"); } },
    excel: function () {
      var context = overviewContext();
      if (!context) { return; }
      tell("Het Excel-bestand wordt gemaakt…");
      D.xlsx.maak(context).then(function (bytes) {
        download(bytes, "overzicht.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        tell("Het Excel-bestand is gedownload (overzicht.xlsx).");
      }, function (error) {  // the technical reason for whoever helps; the user gets a Dutch sentence
        if (window.console) { window.console.error(error); }
        tell("Het Excel-bestand kon niet worden gemaakt. Probeer het nog eens, of download het overzicht als CSV.");
      });
    },
    presenteren: function () {  // SPECS §5: the overview for the presentation page, in this tab only
      var context = overviewContext();
      if (!context) { return; }
      var overzicht = Object.assign({}, context.overzicht, { titel: context.opties.titel });
      sessionStorage.setItem("doorstroom:overzicht", JSON.stringify(overzicht));
      window.location.href = new URL("presenteren/index.html#overzicht", D.laden.root).href;
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
  sectorInput.addEventListener("change", function () { lastChoice = { dubbel: 0, hernoemd: [] }; update(); });
  titleInput.addEventListener("change", function () { lastChoice = { dubbel: 0, hernoemd: [] }; update(); });
  window.addEventListener("beforeprint", function () {  // Ctrl+P: the overview as the A3 button prints it
    if (current && overviewContext() && window.nunjucks && !printView.firstChild) {
      printView.innerHTML = D.weergave.render(window.nunjucks, D.sjabloon, overviewContext());
      var view = printView.querySelector("[data-overzicht]");
      D.weergave.restore(view, reportFilter());
      window.DoorstroomOverzicht.init(view);
    }
  });

  /** For tests and benchmarks: read again, and the sessie.json shown now. */
  D.pagina = { update: update, sessie: function () { return current && current.sessie; } };
  root.setAttribute("data-versie", "0");
})(window.Doorstroom);
