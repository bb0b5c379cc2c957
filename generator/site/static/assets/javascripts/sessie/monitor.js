/* The monitor plan from the combined indicator werkbladen: generator/session/monitor.py, line by line.
   Per indicator that anyone ticked Opnemen?: whether every sheet that wants it has it (SPECS §2). */
(function (D) {
  "use strict";

  function status(opnemen, beschikbaar, nietBeschikbaar) {
    if (!opnemen.length) { return "niet-gekozen"; }
    if (!beschikbaar.length) { return "inregelen"; }
    return nietBeschikbaar.length ? "deels-beschikbaar" : "beschikbaar";
  }

  /** sessie.json's "werkbladen" -> its "monitorplan": chosen indicators first, then the others. */
  function plan(werkbladen) {
    var chosen = [];
    var others = [];
    Object.keys(werkbladen).forEach(function (werkbladId) {
      var deel = werkbladen[werkbladId];
      if (deel.type !== "indicatoren") { return; }
      deel.indicatoren.forEach(function (indicator) {
        var opnemen = indicator.opnemen.slice();
        var beschikbaar = indicator.beschikbaar.slice();
        var nietBeschikbaar = opnemen.filter(function (label) { return beschikbaar.indexOf(label) < 0; });
        var regel = {
          werkblad: werkbladId,
          indicator: indicator.id,
          tekst: indicator.tekst,
          opnemen: opnemen,
          beschikbaar: beschikbaar,
          niet_beschikbaar: nietBeschikbaar,
          status: status(opnemen, beschikbaar, nietBeschikbaar),
          toelichting: indicator.toelichting.slice()
        };
        (opnemen.length ? chosen : others).push(regel);
      });
    });
    return chosen.concat(others);
  }

  D.monitor = { plan: plan };
})(window.Doorstroom);
