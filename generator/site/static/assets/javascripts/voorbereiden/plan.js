/* The facilitator's choices -> sessie-plan.json: the same steps, messages and order as
   generator/voorbereiden/plan.py (a test gives both the same choices and compares the JSON byte for byte).
   JSON in, JSON out. */
(function (D) {
  "use strict";
  var T = D.voorbereidenTeksten;
  var PAUZE = "pauze";
  var DAY = 24 * 60;
  var INVULWIJZEN = ["per-organisatie", "per-tafel", "plenair"];
  var AFDRUKKEN = { "per-organisatie": "per-organisatie", "per-tafel": "per-tafel", plenair: "een" };
  var fout = function (key, values) { return D.namen.fout(key, values); };
  var eenRegel = function (text) { return D.namen.eenRegel(text); };
  var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };

  function pad(n, width) { var s = String(n); while (s.length < width) { s = "0" + s; } return s; }

  /** "YYYY-MM-DD" -> a UTC Date, or null when it is no date. */
  function parseDate(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) { return null; }
    var y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    var date = new Date(Date.UTC(2000, mo - 1, d));
    date.setUTCFullYear(y);
    if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) { return null; }
    return date;
  }

  function iso(date) {
    return pad(date.getUTCFullYear(), 4) + "-" + pad(date.getUTCMonth() + 1, 2) + "-" + pad(date.getUTCDate(), 2);
  }

  /** "9:30" or "09:30" -> minutes after midnight, or null. */
  function parseTime(text) {
    var m = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) { return null; }
    return Number(m[1]) * 60 + Number(m[2]);
  }

  function clock(minutes) { return pad(Math.floor(minutes / 60), 2) + ":" + pad(minutes % 60, 2); }

  function isMinutes(value) { return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= T.max_minuten; }

  function text(value) { return value === undefined || value === null || value === "" ? "" : String(value); }

  function item(soort, id, titel, minuten) {
    return { soort: soort, id: id, titel: titel, minuten: minuten, begin: "", eind: "", onderwerp: null, invullen: null, afdrukken: null };
  }

  function chosen(cat, ids) {
    var byId = {};
    cat.onderdelen.forEach(function (o) { byId[o.id] = o; });
    var known = cat.onderdelen.map(function (o) { return o.id; }).concat([PAUZE]).join(", ");
    var result = [];
    var problems = [];
    ids.forEach(function (raw) {
      var id = String(raw).trim();
      if (id === PAUZE) { result.push(null); }
      else if (!has(byId, id)) { problems.push(fout("onderdeel_onbekend", { waarde: id, keuzes: known })); }
      else if (result.some(function (o) { return o !== null && o.id === id; })) { problems.push(fout("onderdeel_dubbel", { waarde: id })); }
      else { result.push(byId[id]); }
    });
    if (!ids.length) { problems.push(fout("geen_onderdelen")); }
    return { gekozen: result, problemen: problems };
  }

  function agendaOf(cat, gekozen) {
    var onderwerpen = {};
    cat.onderwerpen.forEach(function (o) { onderwerpen[o.id] = o; });
    var agenda = [item("opening", cat.opening.id, cat.opening.titel, cat.opening.minuten)];
    var introduced = {};
    var pauzes = 0;
    gekozen.forEach(function (onderdeel) {
      if (onderdeel === null) {
        pauzes += 1;
        agenda.push(item("pauze", PAUZE + "-" + pauzes, cat.pauze.titel, cat.pauze.minuten));
        return;
      }
      if (!introduced[onderdeel.onderwerp]) {
        introduced[onderdeel.onderwerp] = true;
        var onderwerp = onderwerpen[onderdeel.onderwerp];
        agenda.push(item("onderwerp", onderwerp.id, onderwerp.titel, onderwerp.minuten));
      }
      agenda.push(item(onderdeel.soort, onderdeel.id, onderdeel.titel, onderdeel.minuten));
    });
    agenda.push(item("afsluiting", cat.afsluiting.id, cat.afsluiting.titel, cat.afsluiting.minuten));
    return agenda;
  }

  function applyMinutes(agenda, minuten) {
    var known = agenda.map(function (i) { return i.id; });
    if (agenda.some(function (i) { return i.soort === "pauze"; })) { known.push(PAUZE); }
    var problems = [];
    Object.keys(minuten).forEach(function (key) {
      if (known.indexOf(key) < 0) { problems.push(fout("minuten_onbekend", { waarde: key, keuzes: known.join(", ") })); }
      else if (!isMinutes(minuten[key])) { problems.push(fout("minuten_ongeldig", { waarde: key, max: T.max_minuten })); }
    });
    agenda.forEach(function (i) {
      (i.soort === "pauze" ? [PAUZE, i.id] : [i.id]).forEach(function (key) {
        if (has(minuten, key) && isMinutes(minuten[key])) { i.minuten = minuten[key]; }
      });
    });
    return problems;
  }

  function ways(agenda, invullen, byId) {
    var werkbladen = agenda.filter(function (i) { return i.soort === "werkblad"; }).map(function (i) { return i.id; });
    var problems = [];
    Object.keys(invullen).forEach(function (key) {
      var wijze = invullen[key];
      if (werkbladen.indexOf(key) < 0) { problems.push(fout("invullen_onbekend", { waarde: key, keuzes: werkbladen.join(", ") })); }
      else if (INVULWIJZEN.indexOf(wijze) < 0) { problems.push(fout("invullen_ongeldig", { waarde: key, wijze: wijze })); }
      else if (byId[key].organisatie && wijze !== "per-organisatie") { problems.push(fout("invullen_organisatie", { waarde: byId[key].kort })); }
    });
    var result = {};
    werkbladen.forEach(function (w) {
      var wijze = invullen[w];
      var fits = INVULWIJZEN.indexOf(wijze) >= 0 && (wijze === "per-organisatie" || !byId[w].organisatie);
      result[w] = fits ? wijze : byId[w].invullen;
    });
    return { wijzen: result, problemen: problems };
  }

  function bladenOf(agenda, byId, organisaties, tafels, papier) {
    var result = [];
    agenda.forEach(function (i) {
      var onderdeel = i.afdrukken && has(byId, i.id) ? byId[i.id] : null;
      if (!onderdeel) { return; }
      if (onderdeel.soort !== "werkblad") {
        var stem = onderdeel.pdf + (papier === "a3" && onderdeel.soort !== "menukaart" ? "-a3" : "");
        result.push({ bestand: "afdrukken/" + stem + ".pdf", id: i.id, soort: onderdeel.soort, invullen: null, voor: null, velden: {} });
        return;
      }
      var wijze = i.invullen;
      var wie = wijze === "per-organisatie" ? organisaties : wijze === "per-tafel" ? tafels : [{ naam: T.plenair, map: "plenair" }];
      wie.forEach(function (naam) {
        var folder = wijze === "plenair" ? "plenair" : wijze + "/" + naam.map;
        var velden = {};
        velden[onderdeel.labelveld] = naam.naam;
        result.push({ bestand: folder + "/" + i.id + "-" + naam.map + ".pdf", id: i.id, soort: "werkblad", invullen: wijze,
          voor: naam.naam, velden: velden });
      });
    });
    return result;
  }

  /** Choices -> {plan} or {problemen: [...]} (plan.py: maak_plan raises KeuzeFout with the same list). */
  function maak(cat, keuzes) {
    var standaard = T.standaard;
    var problemen = [];
    var titel = eenRegel(text(keuzes.titel));
    if (!titel) { problemen.push(fout("titel_leeg")); }
    var datumTekst = text(keuzes.datum);
    var datum = parseDate(datumTekst);
    if (!datum) { problemen.push(datumTekst ? fout("datum_ongeldig", { waarde: datumTekst }) : fout("datum_leeg")); }
    var beginTekst = text(keuzes.begintijd) || standaard.begintijd;
    var begin = parseTime(beginTekst);
    if (begin === null) { problemen.push(fout("tijd_ongeldig", { waarde: beginTekst })); }
    var inleverenTekst = text(keuzes.inleveren);
    var inleveren = inleverenTekst ? parseDate(inleverenTekst) : null;
    if (inleverenTekst && !inleveren) { problemen.push(fout("inleveren_ongeldig", { waarde: inleverenTekst })); }

    var byId = {};
    cat.onderdelen.forEach(function (o) { byId[o.id] = o; });
    var found = chosen(cat, keuzes.onderdelen || []);
    problemen = problemen.concat(found.problemen);
    var firstCard = found.gekozen.filter(function (o) { return o !== null && o.soort === "menukaart"; })[0];
    var menukaart = text(keuzes.menukaart) || (firstCard ? firstCard.id : standaard.menukaart);
    if (cat.menukaarten.indexOf(menukaart) < 0) {
      problemen.push(fout("menukaart_onbekend", { waarde: menukaart, keuzes: cat.menukaarten.join(", ") }));
    }
    var papier = text(keuzes.papier) || standaard.papier;
    if (papier !== "a4" && papier !== "a3") { problemen.push(fout("papier_onbekend", { waarde: papier })); }

    var agenda = agendaOf(cat, found.gekozen);
    problemen = problemen.concat(applyMinutes(agenda, keuzes.minuten || {}));
    var w = ways(agenda, keuzes.invullen || {}, byId);
    problemen = problemen.concat(w.problemen);
    var given = keuzes.organisaties || [];
    var orgs = D.namen.controleer(given.map(function (o) { return text(o.naam); }));
    if (!orgs.namen.length && !orgs.problemen.length) { orgs.problemen.push(fout("geen_organisaties")); }
    problemen = problemen.concat(orgs.problemen);
    var contacts = {};
    given.forEach(function (o) {
      var naam = eenRegel(text(o.naam));
      if (!has(contacts, naam)) { contacts[naam] = eenRegel(text(o.contact)); }
    });
    var tafels = D.namen.controleer((keuzes.tafels || []).map(String));
    problemen = problemen.concat(tafels.problemen);
    agenda.forEach(function (i) {
      if (w.wijzen[i.id] === "per-tafel" && !tafels.namen.length) { problemen.push(fout("geen_tafels", { waarde: i.titel })); }
    });
    agenda = agenda.filter(function (i) { return i.minuten || ["opening", "onderwerp", "afsluiting"].indexOf(i.soort) < 0; });
    var totaal = agenda.reduce(function (sum, i) { return sum + i.minuten; }, 0);
    if (begin !== null && begin + totaal >= DAY) {
      problemen.push(fout("na_middernacht", { minuten: totaal, begintijd: clock(begin) }));
    }
    if (problemen.length) { return { problemen: problemen }; }

    var counts = { "per-organisatie": orgs.namen.length, "per-tafel": Math.max(1, tafels.namen.length), een: 1 };
    var now = begin;
    agenda.forEach(function (i) {
      i.begin = clock(now);
      i.eind = clock(now + i.minuten);
      now += i.minuten;
      var onderdeel = ["werkblad", "praatplaat", "menukaart"].indexOf(i.soort) >= 0 ? byId[i.id] : null;
      if (!onderdeel) { return; }
      i.onderwerp = onderdeel.onderwerp;
      if (onderdeel.soort === "werkblad") { i.invullen = w.wijzen[i.id]; }
      var voor = i.invullen ? AFDRUKKEN[i.invullen] : onderdeel.afdrukken;
      i.afdrukken = { voor: voor, aantal: counts[voor], papier: onderdeel.soort === "menukaart" ? "a4" : papier };
    });
    var deadline = inleveren || new Date(datum.getTime() + T.inleveren_na_dagen * 86400000);
    return { plan: {
      doorstroom: "sessie-plan", versie: 1, titel: titel, datum: iso(datum),
      plaats: eenRegel(text(keuzes.plaats)), begintijd: clock(begin), eindtijd: clock(now),
      menukaart: menukaart, papier: papier, contact: eenRegel(text(keuzes.contact)), inleveren: iso(deadline),
      organisaties: orgs.namen.map(function (o) { return { naam: o.naam, contact: contacts[o.naam], map: o.map }; }),
      tafels: tafels.namen,
      agenda: agenda,
      bladen: bladenOf(agenda, byId, orgs.namen, tafels.namen, papier)
    } };
  }

  /** The plan's bytes as the CLI writes them (uitvoer.py: plan_json). */
  function json(plan) { return new TextEncoder().encode(JSON.stringify(plan, null, 2) + "\n"); }

  D.plan = { maak: maak, json: json, parseDate: parseDate };
})(window.Doorstroom);
