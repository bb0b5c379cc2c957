/* Text as every reader hands it on (docs/overzicht-regels.md §5) and the items of a box (§6). */
(function (D) {
  "use strict";
  var rules = D.regels;

  /** NFC, one kind of line break, no control characters (tab and newline stay). */
  function schoon(text) {
    return String(text).normalize("NFC").replace(rules.regeleinden, "\n").replace(rules.stuurtekens, "");
  }

  /** Cleaned text on one line with single spaces (organisation names). */
  function eenRegel(text) {
    return schoon(text).split(/\s+/).filter(Boolean).join(" ");
  }

  /** Two names are the same organisation when they are equal after cleaning and lower case. */
  function sleutel(naam) {
    return eenRegel(naam).toLowerCase();
  }

  /** The items of one box and how many placeholders ("n.v.t.", "-") it held.
      With bullet marks, a line without one continues the item above it; lines before the first
      mark are items of their own; an empty line or a placeholder ends an item. */
  function punten(text) {
    var lines = schoon(text).split("\n").map(function (line) { return line.split(/\s+/).filter(Boolean).join(" "); });
    var marked = lines.map(function (line) { return rules.opsommingsteken.exec(line); });
    var usesMarks = marked.some(Boolean);
    var items = [];
    var placeholders = 0;
    var current = -1;
    var seenMark = false;
    lines.forEach(function (line, index) {
      if (!line) { current = -1; return; }
      var mark = marked[index];
      var rest = mark ? line.slice(mark[0].length) : line;
      if (rules.isOpvulwaarde(rest)) { placeholders += 1; current = -1; return; }
      if (!usesMarks) { items.push(rest); return; }
      if (mark) {
        seenMark = true;
        items.push(rest);
        current = items.length - 1;
      } else if (!seenMark) {
        items.push(rest);
      } else if (current >= 0) {
        items[current] += " " + rest;
      } else {
        items.push(rest);
        current = items.length - 1;
      }
    });
    return { punten: items, opvulwaarden: placeholders };
  }

  D.tekst = { schoon: schoon, eenRegel: eenRegel, sleutel: sleutel, punten: punten };
})(window.Doorstroom);
