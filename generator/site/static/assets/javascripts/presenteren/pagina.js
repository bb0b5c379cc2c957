/* The page "Presenteren": start the toolkit's slides (at #<id>: that werkblad, menukaart or onderwerp),
   an agenda (sessie-plan.json, or #agenda from the planner) or an overview (overzicht.json or
   sessie.json, or #overzicht from the session page). What the planner and the session page hand over
   waits in sessionStorage (this tab only); a chosen file is kept there too, so a reload keeps it. */
(function (D) {
  "use strict";
  var P = D.presentatie;
  var bron = document.getElementById("pr-dias");
  var deckBron = document.getElementById("pr-deck-sjabloon");
  if (!P || !bron || !deckBron) { return; }
  document.body.appendChild(deckBron.content.cloneNode(true));  // outside the page, which turns inert
  var deckElement = document.getElementById("pr-deck");
  var deck = D.dias.deck(deckElement);
  var geheugen = {};  // when this browser keeps nothing in sessionStorage
  var klokken = null;
  var klokkenVan = null;

  var velden = {
    plan: { input: document.getElementById("pr-plan"), melding: document.getElementById("pr-plan-melding"),
            start: document.querySelector("[data-actie=agenda]"), kiezen: document.querySelector("[data-actie=plan-kiezen]") },
    overzicht: { input: document.getElementById("pr-overzicht"), melding: document.getElementById("pr-overzicht-melding"),
                 start: document.querySelector("[data-actie=overzicht]"), kiezen: document.querySelector("[data-actie=overzicht-kiezen]") }
  };
  var startKnop = document.querySelector("[data-actie=start]");

  function bewaar(soort, tekst) {
    geheugen[soort] = tekst;
    try { window.sessionStorage.setItem(P.sleutels[soort], tekst); } catch (e) { /* only in memory */ }
  }
  function bewaard(soort) {
    try {
      var tekst = window.sessionStorage.getItem(P.sleutels[soort]);
      if (tekst !== null) { return tekst; }
    } catch (e) { /* storage switched off */ }
    return geheugen[soort] === undefined ? null : geheugen[soort];
  }

  function meld(soort, tekst, isFout) {
    var melding = velden[soort].melding;
    melding.textContent = tekst;
    melding.classList.toggle("pr-melding--fout", !!isFout);
  }

  function toolkitDia(id) {
    var dias = bron.content.querySelectorAll(".dia[data-dia]");
    for (var i = 0; i < dias.length; i++) { if (dias[i].getAttribute("data-dia") === id) { return dias[i]; } }
    return null;
  }

  function openToolkit(id, terug) {
    var dias = Array.prototype.map.call(bron.content.querySelectorAll(".dia"), function (d) { return d.cloneNode(true); });
    var start = 0;
    dias.forEach(function (d, i) { if (d.getAttribute("data-dia") === id) { start = i; } });
    deck.open({
      bouw: function (plaats) { return dias.map(plaats); },
      start: start,
      adres: function (i, dia) { return dia.getAttribute("data-dia"); },
      terug: terug || startKnop
    });
  }

  function plan(naam) {
    var tekst = bewaard("plan");
    return tekst === null ? null : D.agenda.lees(tekst, naam || "Het sessie-plan");
  }

  function openAgenda(start, terug) {
    var gelezen;
    try { gelezen = plan(); } catch (e) { meld("plan", e.message, true); return; }
    if (!gelezen) { meld("plan", "Er is geen agenda doorgegeven. Open hier het bestand sessie-plan.json.", true); return; }
    var tekst = bewaard("plan");
    if (klokkenVan !== tekst) { klokken = D.agenda.klokken(deckElement, gelezen); klokkenVan = tekst; }
    var klok = klokken;
    deck.open({
      bouw: D.agenda.reeks(gelezen, toolkitDia),
      start: start,
      adres: function (i) { return "agenda-" + (i + 1); },
      bijDia: function (i, dia) {
        klok.toon(dia.hasAttribute("data-item") ? Number(dia.getAttribute("data-item")) : null);
      },
      bijSluiten: function () { klok.stop(); },
      knoppen: { pauze: klok.pauze, minuut: klok.minuut },
      toetsen: { p: klok.pauze, P: klok.pauze, "+": klok.minuut, "=": klok.minuut },
      terug: terug || velden.plan.start
    });
  }

  function overzicht(naam) {
    var tekst = bewaard("overzicht");
    if (tekst === null) { return null; }
    var waarde;
    try { waarde = JSON.parse(tekst); } catch (e) { throw new Error((naam || "Het overzicht") + " is geen geldig JSON-bestand."); }
    return D.overzichtDias.lees(waarde, naam || "Het overzicht", P);
  }

  function openOverzicht(start, terug) {
    var gelezen;
    try { gelezen = overzicht(); } catch (e) { meld("overzicht", e.message, true); return; }
    if (!gelezen) { meld("overzicht", "Er is geen overzicht doorgegeven. Open hier overzicht.json of sessie.json.", true); return; }
    deck.open({
      bouw: D.overzichtDias.reeks(P, gelezen),
      start: start,
      adres: function (i) { return "overzicht-" + (i + 1); },
      terug: terug || velden.overzicht.start
    });
  }

  /** Say what is loaded, and offer to start it (after a reload, or back from the presentation). */
  function toonGeladen() {
    try {
      var p = plan();
      velden.plan.start.hidden = !p;
      if (p) { meld("plan", "Agenda: " + p.titel + (p.wanneer ? ", " + p.wanneer : "") + " (" + p.items.length + " onderdelen)."); }
    } catch (e) { velden.plan.start.hidden = true; meld("plan", e.message, true); }
    try {
      var o = overzicht();
      velden.overzicht.start.hidden = !o;
      if (o) { meld("overzicht", "Overzicht: " + o.titel + "."); }
    } catch (e) { velden.overzicht.start.hidden = true; meld("overzicht", e.message, true); }
  }

  /** presenteren/#<id>, #agenda(-n), #overzicht(-n): open what the address names. */
  function volg() {
    var adres = decodeURIComponent(location.hash.slice(1));
    if (!adres) { if (deck.isOpen()) { deck.afsluiten(); } return; }
    var m = /^(agenda|overzicht)(?:-(\d+))?$/.exec(adres);
    if (m) {
      var start = m[2] ? Number(m[2]) - 1 : 0;
      if (m[1] === "agenda") { openAgenda(start); } else { openOverzicht(start); }
      return;
    }
    if (toolkitDia(adres)) {
      var links = document.querySelectorAll(".md-content a[href^='#']");
      var terug = Array.prototype.filter.call(links, function (a) { return a.getAttribute("href") === "#" + adres; })[0];
      openToolkit(adres, terug);
    }
  }

  function kies(soort, lezen, openen) {
    var veld = velden[soort];
    veld.kiezen.addEventListener("click", function () { veld.input.click(); });
    veld.start.addEventListener("click", function () { openen(0, veld.start); });
    veld.input.addEventListener("change", function () {
      var bestand = veld.input.files && veld.input.files[0];
      veld.input.value = "";
      if (!bestand) { return; }
      bestand.text().then(function (tekst) {
        lezen(tekst, bestand.name);
        bewaar(soort, tekst);
        toonGeladen();
        openen(0, veld.start);
      }).catch(function (e) {
        meld(soort, e && e.message ? e.message : bestand.name + " kon niet worden gelezen.", true);
      });
    });
  }

  kies("plan", function (tekst, naam) { D.agenda.lees(tekst, naam); }, openAgenda);
  kies("overzicht", function (tekst, naam) {
    var waarde;
    try { waarde = JSON.parse(tekst); } catch (e) { throw new Error(naam + " is geen geldig JSON-bestand."); }
    D.overzichtDias.lees(waarde, naam, P);
  }, openOverzicht);
  startKnop.addEventListener("click", function () { openToolkit(null, startKnop); });
  window.addEventListener("hashchange", volg);
  toonGeladen();
  volg();
})(window.Doorstroom = window.Doorstroom || {});
