/* The session report's own figures (page 1, who handed in what, the monitor status per indicator):
   generator/session/summary.py line by line, from sessie.json and the report's toolkit part
   (gegevens.js: verslag, from report_toolkit). Data in, data out. */
(function (D) {
  "use strict";

  /** A group sheet that said nothing is named after its file: that is no participant's name. */
  function isFileLabel(blad) {
    return blad.organisatie === D.labels.bestandsnaam(blad.bestand) || blad.organisatie === blad.bestand;
  }

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  function klantreis(toolkit, sessie) {
    var id = Object.keys(sessie.werkbladen).filter(function (w) { return sessie.werkbladen[w].type === "raster"; })[0];
    if (!id) { return null; }
    var deel = sessie.werkbladen[id];
    var perFase = new Map();
    toolkit.fasen.forEach(function (fase) {
      var entry = { naam: toolkit.fase_naam[fase] };
      toolkit.statussen.forEach(function (s) { entry[s] = 0; });
      perFase.set(fase, entry);
    });
    var result = { organisaties: deel.organisaties.length, punten: 0, ideeen: 0 };
    toolkit.statussen.forEach(function (s) { result[s] = 0; });
    deel.cellen.forEach(function (cel) {
      perFase.get(cel.fase)[cel.status] += 1;
      result[cel.status] += 1;
      result.punten += cel.al.length + cel.nog.length;
      result.ideeen += cel.nog.length;
    });
    result.fasen = Array.from(perFase.values());
    result.gaten = deel.cellen.filter(function (c) { return c.status === "gat"; }).map(function (c) {
      return toolkit.categorie_naam[c.categorie] + " · " + toolkit.fase_naam[c.fase];
    });
    return result;
  }

  /** summary.samenvatting: the same keys in the same order (the report's template reads them). */
  function samenvatting(toolkit, sessie) {
    var names = new Map();  // organisation key (§5) -> the first spelling
    var unnamed = [];
    var perWerkblad = Object.keys(sessie.werkbladen).map(function (werkblad) {
      var counts = new Map();
      sessie.werkbladen[werkblad].bladen.forEach(function (blad) {
        counts.set(blad.organisatie, (counts.get(blad.organisatie) || 0) + 1);
        if (isFileLabel(blad)) { unnamed.push(blad.organisatie); }
        else if (!names.has(D.tekst.sleutel(blad.organisatie))) { names.set(D.tekst.sleutel(blad.organisatie), blad.organisatie); }
      });
      return { werkblad: werkblad, titel: toolkit.werkbladen[werkblad].titel,
        labels: Array.from(counts, function (pair) { return { naam: pair[0], aantal: pair[1] }; }) };
    });
    var teksten = toolkit.monitor_status;
    var counts = {};
    teksten.forEach(function (m) { counts[m.status] = 0; });
    var stand = {};
    sessie.monitorplan.forEach(function (regel) {
      counts[regel.status] += 1;
      stand[regel.werkblad] = stand[regel.werkblad] || {};
      stand[regel.werkblad][regel.indicator] = { status: regel.status,
        tekst: teksten.filter(function (m) { return m.status === regel.status; })[0].tekst };
    });
    var monitor = { gekozen: sessie.monitorplan.length - counts["niet-gekozen"],
      teksten: teksten.map(function (m) { return { status: m.status, tekst: m.tekst, aantal: counts[m.status] }; }) };
    teksten.forEach(function (m) { monitor[m.status] = counts[m.status]; });
    var keys = Array.from(names.keys()).sort(D.bestanden.vergelijk);  // code points, as Python's sorted()
    return {
      bladen: Object.keys(sessie.werkbladen).reduce(function (n, w) { return n + sessie.werkbladen[w].bladen.length; }, 0),
      werkbladen: Object.keys(sessie.werkbladen).length,
      deelnemers: keys.map(function (k) { return names.get(k); }),
      zonder_naam: unique(unnamed),
      per_werkblad: perWerkblad,
      klantreis: klantreis(toolkit, sessie),
      monitor: monitor,
      stand: stand
    };
  }

  D.samenvatting = { maak: samenvatting };
})(window.Doorstroom);
