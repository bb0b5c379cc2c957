/* The shared rules (generator/regels.json, handed over by the site build in gegevens.js):
   texts of rejections and notes, and the patterns. Never a second copy of a text here. */
(function (D) {
  "use strict";
  var R = D.gegevens.regels;

  function fill(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, function (whole, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  /** A file that cannot be used; `reden` is the text people read. */
  function Afwijzing(reden) {
    this.reden = reden;
    this.message = reden;
  }
  Afwijzing.prototype = Object.create(Error.prototype);
  Afwijzing.prototype.name = "Afwijzing";

  var placeholders = {};
  R.opvulwaarden.forEach(function (text) { placeholders[text.toLowerCase()] = true; });

  D.regels = {
    reden: function (key, values) { return fill(R.redenen[key], values); },
    melding: function (key, values) { return fill(R.meldingen[key], values); },
    /** Reject with the reason `key`. */
    afwijzen: function (key, values) { return new Afwijzing(fill(R.redenen[key], values)); },
    /** Reject an answer file: "geen geldig antwoordbestand: <fout>". */
    fout: function (key, values) { return new Afwijzing(fill(R.redenen.antwoordbestand, { fout: fill(R.redenen[key], values) })); },
    Afwijzing: Afwijzing,
    maxBytes: R.max_bestandsgrootte_mb * 1024 * 1024,
    maxMb: R.max_bestandsgrootte_mb,
    regeleinden: new RegExp(R.regeleinden, "g"),
    stuurtekens: new RegExp(R.stuurtekens, "g"),
    opsommingsteken: new RegExp(R.opsommingsteken),
    isOpvulwaarde: function (text) { return placeholders[text.toLowerCase()] === true; }
  };
})(window.Doorstroom);
