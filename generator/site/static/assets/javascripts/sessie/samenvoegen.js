/* Read sheets -> the overview in the public JSON shape of `doorstroom overzicht` (overzicht.json):
   organisations merged (§7), items per cell (§6), status and suggestions (§8). Data in, data out. */
(function (D) {
  "use strict";
  var rules = D.regels;
  var G = D.gegevens;

  function cellName(categorie, fase, antwoord) { return categorie + "__" + fase + "__" + antwoord; }

  /** `gelezen`: [{bestand, blad} | {bestand, plan} | {bestand, reden}] in file order; `opties`: {sector, url(instrumentId)}. */
  function overzicht(gelezen, opties) {
    var werkblad = G.werkbladen.filter(function (w) { return w.id === G.overzicht; })[0];
    var kinds = werkblad.antwoorden.map(function (a) { return a.id; });
    var organisations = [];
    var byKey = new Map();
    var afgewezen = [];
    var meldingen = [];

    gelezen.forEach(function (entry) {
      if (entry.reden !== undefined) { afgewezen.push({ bestand: entry.bestand, reden: entry.reden }); return; }
      if (entry.plan !== undefined) {  // a session plan: a note, not a sheet (§4.0)
        meldingen.push({ bestand: entry.bestand, melding: rules.melding("sessieplan", { titel: entry.plan.titel }) });
        return;
      }
      var blad = entry.blad;
      var notes = blad.meldingen.slice();
      var key = D.tekst.sleutel(blad.organisatie);
      var org = byKey.get(key);
      var merged = !!org;
      if (!org) {
        org = { naam: blad.organisatie, bestand: entry.bestand, punten: new Map() };
        byKey.set(key, org);
        organisations.push(org);
      }
      var placeholders = 0;
      var items = 0;
      G.categorieen.forEach(function (c) {
        G.fasen.forEach(function (f) {
          kinds.forEach(function (kind) {
            var found = D.tekst.punten(blad.antwoorden[cellName(c.id, f.id, kind)] || "");
            placeholders += found.opvulwaarden;
            items += found.punten.length;
            var cell = cellName(c.id, f.id, kind);
            var list = org.punten.get(cell) || [];
            found.punten.forEach(function (text) { if (list.indexOf(text) < 0) { list.push(text); } });
            org.punten.set(cell, list);
          });
        });
      });
      if (placeholders === 1) { notes.push(rules.melding("opvulwaarde")); }
      if (placeholders > 1) { notes.push(rules.melding("opvulwaarden", { aantal: placeholders })); }
      if (!items) { notes.push(rules.melding("leeg_ingeleverd")); }
      if (merged) { notes.push(rules.melding("samengevoegd", { eerste: D.bestanden.naam(org.bestand), organisatie: org.naam })); }
      notes.forEach(function (text) { meldingen.push({ bestand: entry.bestand, melding: text }); });
    });

    var menukaart = G.menukaarten[opties.sector];
    var cellen = [];
    G.categorieen.forEach(function (c) {
      var row = menukaart.categorieen.filter(function (r) { return r.categorie === c.id; })[0];
      G.fasen.forEach(function (f) {
        var cell = { categorie: c.id, fase: f.id, status: "gat", al: [], nog: [], suggesties: [] };
        kinds.forEach(function (kind) {
          organisations.forEach(function (org) {
            (org.punten.get(cellName(c.id, f.id, kind)) || []).forEach(function (text) {
              cell[kind].push({ organisatie: org.naam, tekst: text });
            });
          });
        });
        cell.status = cell.al.length ? "gedekt" : (cell.nog.length ? "potentie" : "gat");
        if (cell.status !== "gedekt" && row) {
          cell.suggesties = row.instrumenten.map(function (i) {
            return { tekst: i.tekst, instrument: i.instrument, url: opties.url(i.instrument) };
          });
        }
        cellen.push(cell);
      });
    });
    return {
      werkblad: werkblad.id,
      organisaties: organisations.map(function (o) { return o.naam; }),
      cellen: cellen,
      afgewezen: afgewezen,
      meldingen: meldingen
    };
  }

  D.samenvoegen = { overzicht: overzicht };
})(window.Doorstroom);
