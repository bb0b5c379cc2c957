/* Sheets of the raster werkblad (Stimuleren) -> the overview in the public JSON shape of `doorstroom
   overzicht` (overzicht.json): generator/overview/merge.py merge_sheets and matrix.py build_overzicht,
   line by line: organisations merged (§7), items per cell (§6), status and suggestions (§8). */
(function (D) {
  "use strict";
  var G = D.gegevens;

  function cellName(categorie, fase, antwoord) { return categorie + "__" + fase + "__" + antwoord; }

  /** Merge sheets of the same organisation (in file order); every note in file order. */
  function mergeSheets(sheets, readingNotes) {
    var organisaties = new Map();  // label -> {naam, punten: Map(field -> [items])}
    var ownNotes = [];
    var labels = D.labels.bladLabels(sheets);
    sheets.forEach(function (sheet, i) {
      var label = labels[i];
      if (!organisaties.has(label.naam)) { organisaties.set(label.naam, { naam: label.naam, punten: new Map() }); }
      var organisatie = organisaties.get(label.naam);
      var placeholders = 0;
      var hasItems = false;
      Object.keys(sheet.antwoorden).forEach(function (veld) {
        var value = sheet.antwoorden[veld];
        if (typeof value !== "string") { return; }
        var found = D.tekst.punten(value);
        placeholders += found.opvulwaarden;
        hasItems = hasItems || found.punten.length > 0;
        var known = organisatie.punten.get(veld) || [];
        found.punten.forEach(function (item) { if (known.indexOf(item) < 0) { known.push(item); } });
        organisatie.punten.set(veld, known);
      });
      ownNotes.push(D.labels.bladMeldingen(sheet.bestand, label, placeholders, !hasItems));
    });
    return { organisaties: Array.from(organisaties.values()),
      meldingen: D.labels.inBestandsvolgorde(sheets, readingNotes, ownNotes) };
  }

  /** `sheets`: accepted Stimuleren sheets in file order; `afgewezen`: [{bestand, reden}]; `opties`:
      {sector, url(instrumentId)}; `meldingen`: the reading notes of these sheets (Gelezen.meldingen). */
  function overzicht(sheets, afgewezen, opties, meldingen) {
    var merged = mergeSheets(sheets, meldingen || []);
    var rows = new Map(G.menukaarten[opties.sector].categorieen.map(function (r) { return [r.categorie, r]; }));
    var cellen = [];
    G.categorieen.forEach(function (c) {
      G.fasen.forEach(function (f) {
        var cel = { categorie: c.id, fase: f.id, status: "gat", al: [], nog: [], suggesties: [] };
        merged.organisaties.forEach(function (org) {
          (org.punten.get(cellName(c.id, f.id, "al")) || []).forEach(function (t) { cel.al.push({ organisatie: org.naam, tekst: t }); });
          (org.punten.get(cellName(c.id, f.id, "nog")) || []).forEach(function (t) { cel.nog.push({ organisatie: org.naam, tekst: t }); });
        });
        cel.status = cel.al.length ? "gedekt" : (cel.nog.length ? "potentie" : "gat");
        if (cel.status !== "gedekt" && rows.has(c.id)) {
          cel.suggesties = rows.get(c.id).instrumenten.map(function (i) {
            return { tekst: i.tekst, instrument: i.instrument, url: opties.url(i.instrument) };
          });
        }
        cellen.push(cel);
      });
    });
    return {
      werkblad: G.overzicht,
      organisaties: merged.organisaties.map(function (o) { return o.naam; }),
      cellen: cellen,
      afgewezen: afgewezen.map(function (r) { return { bestand: r.bestand, reden: r.reden }; }),
      meldingen: merged.meldingen
    };
  }

  D.samenvoegen = { overzicht: overzicht };
})(window.Doorstroom);
