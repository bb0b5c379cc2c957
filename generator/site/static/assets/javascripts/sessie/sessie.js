/* Everything read from a session's files -> sessie.json, byte for byte what `doorstroom sessie` writes
   for the same files: generator/session/build.py, line by line. Sheets are grouped per werkblad in
   toolkit order; each group goes to the combiner of its layout type; the raster part is the overview
   itself (samenvoegen.js) with its reading notes; the notes of all files in file order, once. */
(function (D) {
  "use strict";
  var G = D.gegevens;

  /** Every werkblad is welcome except a praatplaat: it holds one senior's answers, not a session's. */
  function accepteren(werkblad) {
    return werkblad.soort === "praatplaat" ? D.regels.reden("praatplaat", { titel: werkblad.titel }) : null;
  }

  function sameNote(a, b) { return a.bestand === b.bestand && a.melding === b.melding; }

  /** `gelezen`: {bladen, afgewezen, meldingen} (inlezen.js); `opties`: {titel, sector, url(instrumentId)}. */
  function maak(gelezen, opties) {
    var perWerkblad = new Map(G.werkbladen.map(function (w) { return [w.id, []]; }));
    gelezen.bladen.forEach(function (sheet) { perWerkblad.get(sheet.werkblad).push(sheet); });
    var werkbladen = {};
    var ownNotes = new Map();  // file -> the notes of combining it
    perWerkblad.forEach(function (sheets, werkbladId) {
      if (!sheets.length) { return; }
      var blad = G.verslag.werkbladen[werkbladId].blad;
      var labels = D.labels.bladLabels(sheets);
      var deel = { type: blad.type, bladen: sheets.map(function (s, i) { return { bestand: s.bestand, organisatie: labels[i].naam }; }) };
      var notes;
      if (blad.type === "raster") {
        var files = new Set(sheets.map(function (s) { return s.bestand; }));
        var reading = gelezen.meldingen.filter(function (m) { return files.has(m.bestand); });
        var overzicht = D.samenvoegen.overzicht(sheets, [], { sector: opties.sector, url: opties.url }, reading);
        Object.keys(overzicht).forEach(function (key) { deel[key] = overzicht[key]; });
        notes = overzicht.meldingen.filter(function (m) { return !reading.some(function (r) { return sameNote(r, m); }); });
      } else {
        var prepared = D.combineren.voorbereiden(sheets);
        var part = D.combineren.per[blad.type](blad, prepared.bladen);
        Object.keys(part).forEach(function (key) { deel[key] = part[key]; });
        notes = prepared.meldingen;
      }
      notes.forEach(function (note) {
        if (!ownNotes.has(note.bestand)) { ownNotes.set(note.bestand, []); }
        ownNotes.get(note.bestand).push(note);
      });
      werkbladen[werkbladId] = deel;
    });
    var meldingen = D.labels.inBestandsvolgorde(gelezen.bladen, gelezen.meldingen,
      gelezen.bladen.map(function (s) { return ownNotes.get(s.bestand) || []; }));
    return {
      titel: opties.titel,
      werkbladen: werkbladen,
      monitorplan: D.monitor.plan(werkbladen),
      afgewezen: gelezen.afgewezen.map(function (r) { return { bestand: r.bestand, reden: r.reden }; }),
      meldingen: meldingen.map(function (m) { return { bestand: m.bestand, melding: m.melding }; })
    };
  }

  /** sessie.json as the CLI writes it (json.dumps with indent 2, the text as it is, a newline at the end). */
  function json(sessie) { return JSON.stringify(sessie, null, 2) + "\n"; }

  D.sessie = { maak: maak, json: json, accepteren: accepteren };
})(window.Doorstroom);
