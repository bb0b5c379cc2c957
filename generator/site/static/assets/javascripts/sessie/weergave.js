/* Phase 1 view of the overview: plain counts, the organisations, "Niet verwerkt" and the notes.
   The shared matrix view (generator/overview) replaces the counts part; keep this thin. */
(function (D) {
  "use strict";

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function list(items, render) {
    var ul = element("ul");
    items.forEach(function (item) { ul.appendChild(render(item)); });
    return ul;
  }

  function entry(bestand, text) {
    var li = element("li");
    li.appendChild(element("strong", bestand));
    li.appendChild(document.createTextNode(": " + text));
    return li;
  }

  function toon(container, overzicht) {
    container.textContent = "";
    var statuses = { gat: 0, potentie: 0, gedekt: 0 };
    var items = 0;
    overzicht.cellen.forEach(function (c) { statuses[c.status] += 1; items += c.al.length + c.nog.length; });

    var summary = element("section", undefined, "sessie-samenvatting");
    summary.setAttribute("aria-labelledby", "sessie-samenvatting-kop");
    var heading = element("h2", "Samenvatting");
    heading.id = "sessie-samenvatting-kop";
    summary.appendChild(heading);
    var facts = element("dl", undefined, "sessie-tellingen");
    [["Organisaties", overzicht.organisaties.length], ["Punten", items],
      ["Vakken met een gat", statuses.gat], ["Vakken met potentie", statuses.potentie],
      ["Vakken die gedekt zijn", statuses.gedekt]].forEach(function (fact) {
      var wrap = element("div");
      wrap.appendChild(element("dt", fact[0]));
      var dd = element("dd", String(fact[1]));
      dd.setAttribute("data-telling", fact[0]);
      wrap.appendChild(dd);
      facts.appendChild(wrap);
    });
    summary.appendChild(facts);
    if (overzicht.organisaties.length) {
      summary.appendChild(element("h3", "Organisaties"));
      summary.appendChild(list(overzicht.organisaties, function (name) { return element("li", name); }));
    }
    container.appendChild(summary);

    var rejected = element("section", undefined, "sessie-niet-verwerkt");
    rejected.setAttribute("aria-labelledby", "sessie-niet-verwerkt-kop");
    var rejectedHeading = element("h2", "Niet verwerkt (" + overzicht.afgewezen.length + ")");
    rejectedHeading.id = "sessie-niet-verwerkt-kop";
    rejected.appendChild(rejectedHeading);
    rejected.appendChild(overzicht.afgewezen.length
      ? list(overzicht.afgewezen, function (a) { return entry(a.bestand, a.reden); })
      : element("p", "Alle bestanden zijn verwerkt."));
    container.appendChild(rejected);

    var notes = element("section", undefined, "sessie-meldingen");
    notes.setAttribute("aria-labelledby", "sessie-meldingen-kop");
    var notesHeading = element("h2", "Meldingen (" + overzicht.meldingen.length + ")");
    notesHeading.id = "sessie-meldingen-kop";
    notes.appendChild(notesHeading);
    notes.appendChild(overzicht.meldingen.length
      ? list(overzicht.meldingen, function (m) { return entry(m.bestand, m.melding); })
      : element("p", "Geen meldingen."));
    container.appendChild(notes);
  }

  D.weergave = { toon: toon };
})(window.Doorstroom);
