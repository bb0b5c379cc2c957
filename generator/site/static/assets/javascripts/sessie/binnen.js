/* What has arrived of a session plan: the same steps as generator/voorbereiden/binnen.py (a test gives both
   the same cases). The session report shows it (generator/session/templates/binnen.html.j2, part of the
   report's template in both engines). */
(function (D) {
  "use strict";
  var ROWS = [["per-organisatie", "organisatie"], ["per-tafel", "tafel"], ["plenair", "plenair"]];

  function stem(bestand) {
    var name = String(bestand).replace(/\\/g, "/").split("/").pop();
    var dot = name.lastIndexOf(".");
    return D.namen.veilig(dot > 0 ? name.slice(0, dot) : name);
  }

  function matches(expected, blad) {
    if (expected.id !== blad.werkblad) { return false; }
    var planned = stem(expected.bestand);
    var prefix = expected.id + "-";
    var short = planned.indexOf(prefix) === 0 ? planned.slice(prefix.length) : planned;
    var own = stem(blad.bestand);
    return expected.invullen === "plenair" || D.namen.sleutel(blad.organisatie) === D.namen.sleutel(expected.voor) ||
      own === planned || own === short;
  }

  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }

  /** plan + [{werkblad, organisatie, bestand}] -> the arrival overview (binnen.py: binnen). */
  function bereken(plan, bladen) {
    var verwacht = plan.bladen.filter(function (b) { return b.soort === "werkblad" && b.invullen; })
      .map(function (b) { return Object.assign({}, b, { bestanden: [] }); });
    var onverwacht = [];
    bladen.forEach(function (blad) {
      var match = verwacht.filter(function (e) { return matches(e, blad); })[0];
      if (match) { match.bestanden.push(blad.bestand); }
      else { onverwacht.push({ bestand: blad.bestand, werkblad: blad.werkblad, organisatie: blad.organisatie }); }
    });
    var titels = {};
    plan.agenda.forEach(function (item) { titels[item.id] = item.titel; });
    var title = function (id) { return Object.prototype.hasOwnProperty.call(titels, id) ? titels[id] : id; };
    var kolommen = [];
    verwacht.forEach(function (e) {
      if (!kolommen.some(function (k) { return k.id === e.id && k.invullen === e.invullen; })) {
        kolommen.push({ id: e.id, titel: title(e.id), invullen: e.invullen });
      }
    });
    var rijen = [];
    ROWS.forEach(function (kind) {
      unique(verwacht.filter(function (e) { return e.invullen === kind[0]; }).map(function (e) { return e.voor; }))
        .forEach(function (naam) {
          var cellen = kolommen.map(function (kolom) {
            var found = verwacht.filter(function (e) { return e.id === kolom.id && e.voor === naam && e.invullen === kind[0]; })[0];
            var status = !found ? "" : found.bestanden.length ? "binnen" : "nog-niet";
            return { werkblad: kolom.id, status: status, bestanden: found ? found.bestanden : [] };
          });
          rijen.push({ naam: naam, soort: kind[1], cellen: cellen });
        });
    });
    var nogNiet = rijen.filter(function (rij) { return rij.cellen.some(function (c) { return c.status === "nog-niet"; }); })
      .map(function (rij) {
        return { naam: rij.naam, soort: rij.soort, werkbladen: rij.cellen.filter(function (c) { return c.status === "nog-niet"; })
          .map(function (c) { return title(c.werkblad); }) };
      });
    return { titel: plan.titel, werkbladen: kolommen, rijen: rijen, nog_niet: nogNiet, onverwacht: onverwacht,
      verwacht: verwacht.length, ontvangen: verwacht.filter(function (e) { return e.bestanden.length > 0; }).length };
  }

  /** sessie.json -> [{werkblad, organisatie, bestand}] (binnen.py: bladen_uit_sessie). */
  function bladenUitSessie(sessie) {
    var result = [];
    Object.keys(sessie.werkbladen).forEach(function (werkblad) {
      sessie.werkbladen[werkblad].bladen.forEach(function (blad) {
        result.push({ werkblad: werkblad, organisatie: blad.organisatie, bestand: blad.bestand });
      });
    });
    return result;
  }

  D.binnen = { bereken: bereken, bladenUitSessie: bladenUitSessie };
})(window.Doorstroom);
