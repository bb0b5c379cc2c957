/* Text as every reader hands it on (docs/overzicht-regels.md §5) and the items of a box (§6). */
(function (D) {
  "use strict";
  var rules = D.regels;

  /** Lone surrogates become U+FFFD, then NFC, one kind of line break, no control characters (tab and
      newline stay). After this, JavaScript's and Python's idea of whitespace are the same. */
  function schoon(text) {
    return String(text).toWellFormed().normalize("NFC").replace(rules.regeleinden, "\n").replace(rules.stuurtekens, "");
  }

  function words(text) { return text.split(/\s+/).filter(Boolean); }

  /** Cleaned text on one line with single spaces (organisation names, names in reasons). */
  function eenRegel(text) {
    return words(schoon(text)).join(" ");
  }

  /** Two names are the same organisation when they are equal after cleaning and lower case. */
  function sleutel(naam) {
    return eenRegel(naam).toLowerCase();
  }

  /** Does the text hold anything but whitespace once cleaned? (An empty text box is ignored.) */
  function heeftTekst(text) {
    return words(schoon(text)).length > 0;
  }

  /** The items of one (cleaned) box and how many placeholders ("n.v.t.", "-") it held.
      A line with a mark (the pattern `opsommingsteken`, also "- n.v.t.") starts the use of marks:
      from then on a line without a mark continues the item above it. Lines before the first mark are
      items of their own; an empty line or a placeholder ends an item. */
  function punten(text) {
    var items = [];
    var placeholders = 0;
    var current = null;
    var marksSeen = false;
    schoon(text).split("\n").forEach(function (raw) {
      var line = words(raw).join(" ");
      if (!line) { current = null; return; }
      var mark = rules.opsommingsteken.exec(line);
      var rest = mark ? line.slice(mark[0].length) : line;
      if (mark) { marksSeen = true; }
      if (rules.isOpvulwaarde(rest)) { placeholders += 1; current = null; return; }
      if (current !== null && marksSeen && !mark) {
        current.push(rest);
      } else {
        current = [rest];
        items.push(current);
      }
    });
    return { punten: items.map(function (parts) { return parts.join(" "); }), opvulwaarden: placeholders };
  }

  /** A free-text answer (a question, a fase, a Toelichting) as typed, without its placeholder lines
      (generator/overview/items.py answer_text): {tekst, opvulwaarden}. */
  function antwoord(text) {
    var kept = [];
    var placeholders = 0;
    text.split("\n").forEach(function (raw) {
      var line = words(raw).join(" ");
      var mark = rules.opsommingsteken.exec(line);
      if (rules.isOpvulwaarde(mark ? line.slice(mark[0].length) : line)) {
        placeholders += 1;
      } else {
        kept.push(raw.trimEnd());
      }
    });
    return { tekst: kept.join("\n").trim(), opvulwaarden: placeholders };
  }

  D.tekst = { schoon: schoon, eenRegel: eenRegel, sleutel: sleutel, heeftTekst: heeftTekst, punten: punten,
    antwoord: antwoord };
})(window.Doorstroom);
