/* The gap overview as slides, after the session: first the whole klantreis (per vak its status, in word
   and pattern, and how many organisations do something there already or could), then per fase the
   status of every interventiecategorie and all ideas ("kunnen we nog doen") of the organisations,
   spread over more slides when they do not fit. Input: overzicht.json (`doorstroom overzicht`, the page
   "Sessie-overzicht maken"), sessie.json (`doorstroom sessie`), or what the session page hands over.
   Participants' text is only ever put in as text. */
(function (D) {
  "use strict";

  function fout(tekst) { return new Error(tekst); }
  function isObject(waarde) { return !!waarde && typeof waarde === "object" && !Array.isArray(waarde); }

  function element(tag, klasse, inhoud) {
    var el = document.createElement(tag);
    if (klasse) { el.className = klasse; }
    if (inhoud !== undefined) { el.textContent = inhoud; }
    return el;
  }

  function punten(lijst) {
    return Array.isArray(lijst) && lijst.every(function (p) {
      return isObject(p) && typeof p.organisatie === "string" && typeof p.tekst === "string";
    });
  }

  /**
   * {titel, overzicht} from the parsed file (naam: how to call it in a message): overzicht.json, or the
   * raster part of sessie.json, or either with a titel (from the session page). The cells must all be there.
   */
  function lees(waarde, naam, P) {
    if (!isObject(waarde)) { throw fout(naam + " is geen overzicht: er staat geen overzicht in."); }
    if (waarde.doorstroom === "sessie-plan") { throw fout(naam + " is een sessie-plan, geen overzicht. Open het bij ‘Agenda openen’."); }
    var overzicht = waarde;
    if (!Array.isArray(waarde.cellen)) {
      if (!isObject(waarde.werkbladen)) {
        throw fout(naam + " is geen overzicht: er staan geen vakken (cellen) in. Kies overzicht.json of sessie.json.");
      }
      overzicht = waarde.werkbladen[P.overzicht];
      if (!isObject(overzicht) || !Array.isArray(overzicht.cellen)) {
        throw fout("In " + naam + " staat geen werkblad Stimuleren, dus geen gatenoverzicht om te laten zien.");
      }
    }
    var vakken = {};
    overzicht.cellen.forEach(function (cel, i) {
      if (!isObject(cel) || !P.statussen[cel.status] || !punten(cel.al) || !punten(cel.nog)) {
        throw fout(naam + " is geen bruikbaar overzicht: vak " + (i + 1) + " heeft geen status of geen lijsten ‘al’ en ‘nog’.");
      }
      vakken[cel.categorie + "/" + cel.fase] = cel;
    });
    P.categorieen.forEach(function (c) {
      P.fasen.forEach(function (f) {
        if (!vakken[c.id + "/" + f.id]) { throw fout(naam + " is geen volledig overzicht: het vak " + c.naam + ", " + f.naam + " ontbreekt."); }
      });
    });
    var titel = typeof waarde.titel === "string" && waarde.titel.trim() ? waarde.titel.trim() : P.standaardTitel;
    var organisaties = Array.isArray(overzicht.organisaties) ? overzicht.organisaties.length : null;
    return { titel: titel, vakken: vakken, organisaties: organisaties };
  }

  function woord(P, status) { return P.statussen[status].split(": ")[0]; }

  function aantal(lijst) {
    var wie = {};
    lijst.forEach(function (p) { wie[p.organisatie] = true; });
    return Object.keys(wie).length;
  }

  function aantallen(cel) { return aantal(cel.al) + " doen al · " + aantal(cel.nog) + " kunnen nog"; }

  function telling(P, cellen) {
    var n = { gat: 0, potentie: 0, gedekt: 0 };
    cellen.forEach(function (cel) { n[cel.status] += 1; });
    return n.gat + " gat · " + n.potentie + " potentie · " + n.gedekt + " gedekt";
  }

  function categorieNaam(c) { return c.nummer + " " + c.naam; }

  function matrixDia(P, gelezen) {
    var dia = element("section", "dia dia--matrix");
    dia.setAttribute("role", "group");
    dia.setAttribute("aria-label", "Klantreis: wie doet wat in welke fase");
    dia.appendChild(element("p", "dia__boven", gelezen.titel));
    dia.appendChild(element("h2", "dia__titel", "Klantreis: wie doet wat in welke fase"));
    var alle = [];
    var organisaties = {};
    Object.keys(gelezen.vakken).forEach(function (k) {
      var cel = gelezen.vakken[k];
      alle.push(cel);
      cel.al.concat(cel.nog).forEach(function (p) { organisaties[p.organisatie] = true; });
    });
    // overzicht.json lists every organisation, also one that handed in an empty sheet
    var n = gelezen.organisaties === null ? Object.keys(organisaties).length : gelezen.organisaties;
    dia.appendChild(element("p", "dia-tellingen", n + (n === 1 ? " organisatie" : " organisaties") + " · vakken: " + telling(P, alle)));
    var tabel = dia.appendChild(element("table", "dia-matrix"));
    var kop = tabel.appendChild(element("thead")).appendChild(element("tr"));
    kop.appendChild(element("td", "dia-matrix__hoek"));
    P.fasen.forEach(function (f) { var th = kop.appendChild(element("th", "", f.naam)); th.scope = "col"; });
    var romp = tabel.appendChild(element("tbody"));
    P.categorieen.forEach(function (c) {
      var rij = romp.appendChild(element("tr"));
      var th = rij.appendChild(element("th", "", categorieNaam(c)));
      th.scope = "row";
      P.fasen.forEach(function (f) {
        var cel = gelezen.vakken[c.id + "/" + f.id];
        var td = rij.appendChild(element("td", "dia-vak dia-vak--" + cel.status));
        td.appendChild(element("span", "dia-vak__status", woord(P, cel.status)));
        td.appendChild(element("span", "dia-vak__aantal", aantal(cel.al) + " doen al"));
        td.appendChild(element("span", "dia-vak__aantal", aantal(cel.nog) + " kunnen nog"));
      });
    });
    var legenda = dia.appendChild(element("ul", "dia-legenda"));
    ["gat", "potentie", "gedekt"].forEach(function (status) {
      var li = legenda.appendChild(element("li"));
      li.appendChild(element("span", "dia-legenda__staal dia-vak--" + status)).setAttribute("aria-hidden", "true");
      li.appendChild(document.createTextNode(P.statussen[status]));
    });
    return dia;
  }

  /** The ideas of one fase as entries for D.passend.verdeel: per categorie a heading, then each distinct idea. */
  function ideeen(P, gelezen, fase) {
    var entries = [];
    P.categorieen.forEach(function (c) {
      var groepen = [];
      var per = {};
      gelezen.vakken[c.id + "/" + fase.id].nog.forEach(function (p) {
        var sleutel = p.tekst;
        if (!per[sleutel]) { per[sleutel] = { tekst: p.tekst, wie: [] }; groepen.push(per[sleutel]); }
        if (per[sleutel].wie.indexOf(p.organisatie) < 0) { per[sleutel].wie.push(p.organisatie); }
      });
      if (!groepen.length) { return; }
      function kop(vervolg) {
        var li = element("li", "dia-ideeen__kop", categorieNaam(c) + (vervolg ? " (vervolg)" : ""));
        li.setAttribute("data-kop", "");
        return li;
      }
      entries.push({ maak: function () { return kop(false); }, kop: true });
      groepen.forEach(function (g) {
        entries.push({
          maak: function () {
            var li = element("li", "", g.tekst + " ");
            li.appendChild(element("span", "dia-ideeen__wie", "(" + g.wie.join(", ") + ")"));
            return li;
          },
          vervolg: function () { return kop(true); }
        });
      });
    });
    return entries;
  }

  function faseDia(P, gelezen, fase, nummer, deel) {
    var dia = element("section", "dia dia--fase");
    dia.setAttribute("role", "group");
    dia.setAttribute("aria-label", "Fase " + fase.naam + (deel ? " (vervolg)" : ""));
    dia.appendChild(element("p", "dia__boven", gelezen.titel + " · fase " + nummer + " van " + P.fasen.length));
    dia.appendChild(element("h2", "dia__titel", fase.naam + (deel ? " (vervolg)" : "")));
    var cellen = P.categorieen.map(function (c) { return gelezen.vakken[c.id + "/" + fase.id]; });
    dia.appendChild(element("p", "dia-tellingen", "Vakken: " + telling(P, cellen)));
    var raster = dia.appendChild(element("div", "dia-fase"));
    var stand = raster.appendChild(element("div", "dia-fase__stand"));
    stand.appendChild(element("h3", "", "Per interventiecategorie"));
    var standen = stand.appendChild(element("ul", "dia-standen"));
    P.categorieen.forEach(function (c, i) {
      var cel = cellen[i];
      var li = standen.appendChild(element("li", "dia-stand--" + cel.status));
      li.appendChild(element("span", "dia-standen__status", woord(P, cel.status)));
      li.appendChild(element("span", "dia-standen__naam", categorieNaam(c)));
      li.appendChild(element("span", "dia-standen__aantal", aantallen(cel)));
    });
    var rechts = raster.appendChild(element("div", "dia-fase__ideeen"));
    rechts.appendChild(element("h3", "", "Ideeën: kunnen we nog doen"));
    return { dia: dia, lijst: rechts.appendChild(element("ul", "dia-ideeen")) };
  }

  /** The deck's slides for an overview: bouw(plaats) for D.dias. */
  function reeks(P, gelezen) {
    return function (plaats) {
      var dias = [plaats(matrixDia(P, gelezen))];
      P.fasen.forEach(function (fase, i) {
        var entries = ideeen(P, gelezen, fase);
        if (!entries.length) {
          var leeg = faseDia(P, gelezen, fase, i + 1, 0);
          leeg.lijst.replaceWith(element("p", "dia-leeg", "Voor deze fase heeft nog niemand een idee opgeschreven."));
          dias.push(plaats(leeg.dia));
          return;
        }
        dias = dias.concat(D.passend.verdeel(function (n) {
          var d = faseDia(P, gelezen, fase, i + 1, n);
          plaats(d.dia);
          return d;
        }, entries));
      });
      return dias;
    };
  }

  D.overzichtDias = { lees: lees, reeks: reeks };
})(window.Doorstroom = window.Doorstroom || {});
