/* A session plan among the files (sessie-plan.json of "Sessie voorbereiden", docs/overzicht-regels.md §4.0):
   recognised by "doorstroom": "sessie-plan" and handed over as a plan, not read as an answer file. The
   same checks as generator/readers/plan.py. */
(function (D) {
  "use strict";
  var rules = D.regels;

  function isMapping(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }

  function rows(content, key, fields) {
    var list = content[key];
    return Array.isArray(list) && list.every(function (row) {
      return isMapping(row) && fields.every(function (name) { return typeof row[name] === "string"; });
    });
  }

  function textOrNull(value) { return value === null || typeof value === "string"; }

  D.sessieplan = {
    isPlan: function (content) { return isMapping(content) && content.doorstroom === "sessie-plan"; },
    /** The plan as it is, once its shape is what the arrival logic reads; else an Afwijzing. */
    lees: function (content) {
      var ok = content.versie === 1 && typeof content.titel === "string" && rows(content, "organisaties", ["naam"]) &&
        rows(content, "tafels", ["naam"]) && rows(content, "agenda", ["soort", "id", "titel"]) &&
        rows(content, "bladen", ["bestand", "id", "soort"]) &&
        content.bladen.every(function (b) { return textOrNull(b.voor) && textOrNull(b.invullen); });
      if (!ok) { throw rules.afwijzen("sessieplan_ongeldig"); }
      return content;
    }
  };
})(window.Doorstroom);
