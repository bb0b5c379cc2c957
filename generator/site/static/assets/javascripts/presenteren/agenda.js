/* A session's agenda (sessie-plan.json, made on the page "Sessie voorbereiden" or by `doorstroom
   voorbereiden`) as slides: first the agenda itself, then per item its slide (the werkblad, menukaart or
   onderwerp from the toolkit, a pause, or a slide with the item's title), with a countdown per item
   that can pause and take a minute more. Reading the plan never throws anything but an Error with a
   Dutch message that says what is wrong. */
(function (D) {
  "use strict";
  var DAGEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
  var MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"];
  var TOOLKIT = ["onderwerp", "werkblad", "praatplaat", "menukaart"];
  var TIJD = /^([01]?\d|2[0-3]):([0-5]\d)$/;

  function fout(tekst) { return new Error(tekst); }

  function tekst(waarde) { return typeof waarde === "string" ? waarde.replace(/\s+/g, " ").trim() : ""; }

  function minuten(tijd) { var m = TIJD.exec(tijd); return m ? Number(m[1]) * 60 + Number(m[2]) : null; }
  function tijd(totaal) {
    var dag = ((totaal % 1440) + 1440) % 1440;
    var uur = Math.floor(dag / 60);
    var min = dag % 60;
    return (uur < 10 ? "0" : "") + uur + ":" + (min < 10 ? "0" : "") + min;
  }

  function leesTijd(waarde, waar) {
    if (waarde === undefined || waarde === null || waarde === "") { return null; }
    var gevonden = minuten(String(waarde).trim());
    if (gevonden === null) { throw fout(waar + ": ‘" + String(waarde) + "’ is geen tijd (zo: 13:30)."); }
    return gevonden;
  }

  /** "2025-05-13" -> "dinsdag 13 mei 2025" (or the text as it was, if it is no such date). */
  function datum(waarde) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst(waarde));
    if (!m) { return tekst(waarde); }
    var dag = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (dag.getUTCMonth() !== Number(m[2]) - 1) { return tekst(waarde); }
    return DAGEN[dag.getUTCDay()] + " " + dag.getUTCDate() + " " + MAANDEN[dag.getUTCMonth()] + " " + dag.getUTCFullYear();
  }

  /**
   * The plan from the text of a file (naam: how to call it in a message). Keeps what the slides need:
   * titel, wanneer (date, times, place) and per item soort, id, titel, minuten, begin and eind ("HH:MM",
   * worked out from the start time and the minutes where the plan leaves them out).
   */
  function lees(inhoud, naam) {
    var plan;
    try { plan = JSON.parse(inhoud); } catch (e) { throw fout(naam + " is geen sessie-plan: het is geen geldig JSON-bestand."); }
    if (!plan || typeof plan !== "object" || Array.isArray(plan)) { throw fout(naam + " is geen sessie-plan: er staat geen plan in."); }
    if (plan.doorstroom !== "sessie-plan") {
      if (Array.isArray(plan.cellen) || (plan.werkbladen && typeof plan.werkbladen === "object")) {
        throw fout(naam + " is een overzicht, geen sessie-plan. Open het bij ‘Overzicht openen’.");
      }
      throw fout(naam + " is geen sessie-plan: er staat geen \"doorstroom\": \"sessie-plan\" in. Kies het bestand " +
                 "sessie-plan.json dat u bij het voorbereiden kreeg.");
    }
    if (!Array.isArray(plan.agenda) || !plan.agenda.length) { throw fout(naam + " heeft geen agenda: er staan geen onderdelen in."); }
    var klok = leesTijd(plan.begintijd, naam + ", begintijd");
    var items = plan.agenda.map(function (item, i) {
      var waar = naam + ", onderdeel " + (i + 1);
      if (!item || typeof item !== "object" || Array.isArray(item)) { throw fout(waar + " is geen onderdeel (verwacht: soort, titel en minuten)."); }
      var titel = tekst(item.titel);
      if (titel) { waar += " (‘" + titel + "’)"; }
      var aantal = item.minuten;
      if (typeof aantal !== "number" || !isFinite(aantal) || aantal < 0) {
        throw fout(waar + ": het aantal minuten ontbreekt of is geen getal.");
      }
      var begin = leesTijd(item.begin, waar + ", begin");
      var eind = leesTijd(item.eind, waar + ", eind");
      if (begin === null) { begin = klok; }
      if (eind === null && begin !== null) { eind = begin + aantal; }
      klok = eind !== null ? eind : klok;
      return {
        soort: tekst(item.soort), id: tekst(item.id), titel: titel, minuten: aantal,
        begin: begin === null ? "" : tijd(begin), eind: eind === null ? "" : tijd(eind)
      };
    });
    var start = items[0].begin || tekst(plan.begintijd);
    var einde = tekst(plan.eindtijd) || items[items.length - 1].eind;
    return {
      titel: tekst(plan.titel) || "Sessie",
      wanneer: [datum(plan.datum), start && einde ? start + "–" + einde : start, tekst(plan.plaats)].filter(Boolean).join(" · "),
      items: items
    };
  }

  function element(tag, klasse, inhoud) {
    var el = document.createElement(tag);
    if (klasse) { el.className = klasse; }
    if (inhoud !== undefined) { el.textContent = inhoud; }
    return el;
  }

  function tijden(item) { return item.begin && item.eind ? item.begin + "–" + item.eind : item.begin; }

  /** The title an item shows: its own, else the title of its toolkit slide, else a plain word. */
  function naamVan(item, dia) {
    if (item.titel) { return item.titel; }
    if (dia) { return dia.getAttribute("aria-label"); }
    return item.soort === "pauze" ? "Pauze" : "Onderdeel";
  }

  function agendaDia(plan, n) {
    var dia = element("section", "dia dia--agenda");
    dia.setAttribute("role", "group");
    dia.setAttribute("aria-label", "Agenda: " + plan.titel + (n ? " (vervolg)" : ""));
    dia.appendChild(element("p", "dia__boven", n ? "Agenda (vervolg)" : "Agenda"));
    dia.appendChild(element("h2", "dia__titel", plan.titel));
    if (plan.wanneer) { dia.appendChild(element("p", "dia-agenda__wanneer", plan.wanneer)); }
    var lijst = dia.appendChild(element("ol", "dia-agenda"));
    return { dia: dia, lijst: lijst };
  }

  function itemDia(item, bron) {
    if (TOOLKIT.indexOf(item.soort) >= 0 && item.id && bron) { return bron.cloneNode(true); }
    var pauze = item.soort === "pauze";
    var dia = element("section", "dia " + (pauze ? "dia--pauze" : "dia--onderdeel"));
    dia.setAttribute("role", "group");
    dia.setAttribute("aria-label", naamVan(item, null));
    dia.appendChild(element("p", "dia__boven", pauze ? "Pauze" : "Agenda" + (tijden(item) ? " · " + tijden(item) : "")));
    dia.appendChild(element("h2", "dia__titel", naamVan(item, null)));
    if (pauze && item.eind) { dia.appendChild(element("p", "", "We gaan verder om " + item.eind + ".")); }
    return dia;
  }

  /**
   * The deck's slides for a plan: bouw(plaats) for D.dias; vind(id) gives the toolkit slide of an id
   * (or null). Every slide after the agenda carries data-item, the index of its agenda item.
   */
  function reeks(plan, vind) {
    return function (plaats) {
      var entries = plan.items.map(function (item) {
        return {
          maak: function () {
            var li = element("li", item.soort === "pauze" ? "dia-agenda__pauze" : "");
            li.appendChild(element("span", "dia-agenda__tijd", tijden(item)));
            li.appendChild(document.createTextNode(" "));
            li.appendChild(element("span", "dia-agenda__wat", naamVan(item, vind(item.id))));
            return li;
          }
        };
      });
      var dias = D.passend.verdeel(function (n) { var d = agendaDia(plan, n); plaats(d.dia); return d; }, entries);
      plan.items.forEach(function (item, i) {
        var dia = plaats(itemDia(item, item.id ? vind(item.id) : null));
        dia.setAttribute("data-item", String(i));
        dias.push(dia);
      });
      return dias;
    };
  }

  /**
   * The countdown in the deck's bar for a plan: toon(index of the item, or null), pauze(), minuut(),
   * stop(). One clock per item: going back to an item continues its clock.
   */
  function klokken(deck, plan) {
    function tijdNu() { return Date.now(); }
    var balk = deck.querySelector(".pr-klok");
    var onderdeel = balk.querySelector(".pr-klok__onderdeel");
    var aflezing = balk.querySelector(".pr-klok__tijd");
    var pauzeKnop = balk.querySelector("[data-actie=pauze]");
    var aankondiging = deck.querySelector(".pr-aankondiging");
    var alle = plan.items.map(function (item) { return { klok: D.klok.nieuw(item.minuten), gemeld: false }; });
    var huidig = null;
    var gepauzeerd = false;
    var tik = null;

    function bij() {
      if (huidig === null) { return; }
      var stand = alle[huidig];
      var over = D.klok.over(stand.klok, tijdNu());
      var om = over <= 0;
      aflezing.textContent = D.klok.tekst(over);
      balk.classList.toggle("pr-klok--om", om);
      balk.classList.toggle("pr-klok--gepauzeerd", gepauzeerd);
      aflezing.setAttribute("aria-label", om ? "Tijd is om, over tijd" : "Tijd voor dit onderdeel");
      if (om && !stand.gemeld) {
        stand.gemeld = true;
        aankondiging.textContent = "De tijd voor ‘" + naamVan(plan.items[huidig], null) + "’ is om.";
      }
    }

    function toon(index) {
      if (huidig !== null) { D.klok.stop(alle[huidig].klok, tijdNu()); }
      huidig = index;
      balk.hidden = index === null;
      if (index === null) { stopTik(); return; }
      var item = plan.items[index];
      onderdeel.textContent = [tijden(item), naamVan(item, null)].filter(Boolean).join(" · ");
      if (!gepauzeerd) { D.klok.start(alle[index].klok, tijdNu()); }
      if (!tik) { tik = window.setInterval(bij, 250); }
      bij();
    }

    function stopTik() { if (tik) { window.clearInterval(tik); tik = null; } }

    function pauze() {
      if (huidig === null) { return; }
      gepauzeerd = !gepauzeerd;
      if (gepauzeerd) { D.klok.stop(alle[huidig].klok, tijdNu()); } else { D.klok.start(alle[huidig].klok, tijdNu()); }
      pauzeKnop.textContent = gepauzeerd ? "Klok verder" : "Klok pauzeren";
      aankondiging.textContent = gepauzeerd ? "De klok staat stil." : "De klok loopt weer.";
      bij();
    }

    function minuut() {
      if (huidig === null) { return; }
      D.klok.minuut(alle[huidig].klok);
      if (D.klok.over(alle[huidig].klok, tijdNu()) > 0) { alle[huidig].gemeld = false; }
      aankondiging.textContent = "Een minuut erbij.";
      bij();
    }

    function stop() {
      if (huidig !== null) { D.klok.stop(alle[huidig].klok, tijdNu()); }
      huidig = null;
      balk.hidden = true;
      stopTik();
    }

    return { toon: toon, pauze: pauze, minuut: minuut, stop: stop };
  }

  D.agenda = { lees: lees, reeks: reeks, klokken: klokken };
})(window.Doorstroom = window.Doorstroom || {});
