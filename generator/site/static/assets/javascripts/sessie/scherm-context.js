/* The context of the overview's screen view, as generator/overview/view.py builds it for the CLI:
   {overzicht, toolkit, opties, afgeleid}. The toolkit part comes ready-made from the site build
   (gegevens.js: toolkit_view per menukaart); only `afgeleid` (counts and groupings of this session) is
   computed here, with the same rules as view.afgeleid. The template (scherm.html.j2) does the rest. */
(function (D) {
  "use strict";
  function statusOf(hasAl, hasNog) { return hasAl ? "gedekt" : (hasNog ? "potentie" : "gat"); }

  /** The toolkit view of a menukaart, links made absolute against the address the page was opened from. */
  function toolkit(sector, root) {
    var view = JSON.parse(JSON.stringify(D.gegevens.toolkit[sector]));
    view.menukaart.rijen.forEach(function (rij) {
      rij.instrumenten.forEach(function (i) { if (i.url) { i.url = new URL(i.url, root).href; } });
    });
    return view;
  }

  /** Items of a cell as distinct texts, "al" before "nog", with how many times each was written. */
  function grouped(al, nog) {
    var entries = [];
    var index = new Map();
    [[al, false], [nog, true]].forEach(function (pair) {
      pair[0].forEach(function (item) {
        var key = (pair[1] ? "1" : "0") + item.tekst;
        if (!index.has(key)) { index.set(key, entries.length); entries.push({ tekst: item.tekst, idee: pair[1], aantal: 0 }); }
        entries[index.get(key)].aantal += 1;
      });
    });
    return entries;
  }

  function distinct(items) { return new Set(items.map(function (i) { return i.nr; })).size; }

  /** Counts and groupings of the overview for the template (view.afgeleid, line by line). */
  function afgeleid(overzicht, view, size) {
    var nr = new Map();
    overzicht.organisaties.forEach(function (naam, i) { nr.set(naam, String(i)); });
    var fasen = new Map(view.fasen.map(function (f) { return [f.id, f]; }));
    var ideeen = new Map(view.menukaart.rijen.map(function (r) { return [r.categorie, r]; }));
    var perFase = new Map(view.fasen.map(function (f) {
      return [f.id, { id: f.id, naam: f.naam, gat: 0, potentie: 0, gedekt: 0, nog: [] }];
    }));
    var cells = new Map(overzicht.cellen.map(function (c) { return [c.categorie + "|" + c.fase, c]; }));
    var totaal = { punten: 0, gat: 0, potentie: 0, gedekt: 0 };
    var rijen = view.categorieen.map(function (categorie) {
      var rowCells = view.fasen.map(function (fase) {
        var cel = cells.get(categorie.id + "|" + fase.id);
        var withNr = function (i) { return { organisatie: i.organisatie, tekst: i.tekst, nr: nr.get(i.organisatie) }; };
        var al = cel.al.map(withNr);
        var nog = cel.nog.map(withNr);
        var status = statusOf(al.length > 0, nog.length > 0);
        var group = perFase.get(fase.id);
        group[status] += 1;
        nog.forEach(function (i) { group.nog.push({ organisatie: i.organisatie, tekst: i.tekst, nr: i.nr, categorie: categorie.naam }); });
        totaal[status] += 1;
        totaal.punten += al.length + nog.length;
        var shown = grouped(al, nog).slice(0, size);
        return {
          categorie: categorie.id, fase: fase.id, fasenaam: fasen.get(fase.id).naam, status: status, al: al, nog: nog,
          n_al: distinct(al), n_nog: distinct(nog), voorproef: shown,
          meer: al.length + nog.length - shown.reduce(function (sum, e) { return sum + e.aantal; }, 0)
        };
      });
      var rij = ideeen.get(categorie.id);
      return {
        categorie: categorie, cellen: rowCells,
        open: rowCells.filter(function (c) { return c.status !== "gedekt"; }).map(function (c) { return c.fasenaam; }),
        doel: rij ? rij.doel : "", ideeen: rij ? rij.instrumenten : []
      };
    });
    return {
      organisaties: overzicht.organisaties.map(function (naam) { return { naam: naam, nr: nr.get(naam) }; }),
      totaal: totaal, rijen: rijen, fasen: Array.from(perFase.values()), voorproef: size
    };
  }

  /** The whole template context (view.view_context); `opties`: {titel, sector, root, voorbeeld, kop, lijsten}:
      `kop` the heading level of the title (1 on a page of its own, 3 in the session report) and
      `lijsten` whether the notes and the files not used are shown (the report lists those itself). */
  function context(overzicht, opties) {
    var view = toolkit(opties.sector, opties.root);
    return {
      overzicht: overzicht, toolkit: view,
      opties: { titel: opties.titel, voorbeeld: Boolean(opties.voorbeeld), filter: true,
        kop: opties.kop || 1, lijsten: opties.lijsten !== false },
      afgeleid: afgeleid(overzicht, view, D.gegevens.voorproef)
    };
  }

  D.schermContext = { context: context, afgeleid: afgeleid };
})(window.Doorstroom);
