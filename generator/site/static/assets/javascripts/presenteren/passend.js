/* Make a slide fit its box: first by spreading long lists over more slides (verdeel), then, if one
   slide is still too full, by shrinking its type as a whole (maak). A slide is "too full" when an element
   of it lies outside the slide or its own box cuts its content off. Needs the slide on screen (it
   measures); the deck hides it again with visibility while it measures. */
(function (D) {
  "use strict";
  var KLEINST = 0.6;   // never smaller than 60% of the slide's own type
  var STAP = 0.04;
  var TERUG = 0.84;    // how far a slide may shrink to take back what was left for the next one

  /** The slide's content box on screen: its margins (padding) stay free, the source line sits there. */
  function binnen(dia) {
    var r = dia.getBoundingClientRect();
    var style = getComputedStyle(dia);
    var schaal = dia.offsetWidth ? r.width / dia.offsetWidth : 1;
    function maat(naam) { return parseFloat(style[naam]) * schaal; }
    return { top: r.top + maat("paddingTop"), right: r.right - maat("paddingRight"),
             bottom: r.bottom - maat("paddingBottom"), left: r.left + maat("paddingLeft") };
  }

  function teVol(dia) {
    var box = binnen(dia);
    if (dia.scrollHeight > dia.clientHeight + 1 || dia.scrollWidth > dia.clientWidth + 1) { return true; }
    var elements = dia.querySelectorAll("*");
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      var r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) { continue; }  // nothing to see (empty, or only for screen readers)
      if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.left < box.left - 1) { return true; }
      if (el.scrollHeight > el.clientHeight + 2 && el.clientHeight > 0 && getComputedStyle(el).overflowY !== "visible") { return true; }
      if ((el.tagName === "TD" || el.tagName === "TH") && el.scrollWidth > el.clientWidth + 1) { return true; }  // a word wider than its column
    }
    return false;
  }

  /** Shrink the slide's type until everything fits (not below kleinst, KLEINST if not given); returns the factor. */
  function maak(dia, kleinst) {
    var grens = kleinst || KLEINST;
    dia.style.fontSize = "";
    var basis = parseFloat(getComputedStyle(dia).fontSize);
    var factor = 1;
    while (teVol(dia) && factor - STAP >= grens - 1e-9) {
      factor -= STAP;
      dia.style.fontSize = (basis * factor).toFixed(2) + "px";
    }
    dia.setAttribute("data-passend", factor.toFixed(2));
    return factor;
  }

  /**
   * A last slide with only a little left over: put it back on the slide before, in slightly smaller type,
   * if that is enough (a continuation slide with one idea on it helps no one).
   */
  function terugOpVorige(dias) {
    if (dias.length < 2) { return; }
    var vorige = dias[dias.length - 2];
    var laatste = dias[dias.length - 1];
    var verplaatst = Array.prototype.filter.call(laatste.lijst.children, function (c) { return !c.hasAttribute("data-vervolg"); });
    verplaatst.forEach(function (node) { vorige.lijst.appendChild(node); });
    maak(vorige.dia, TERUG);
    if (!teVol(vorige.dia)) {
      laatste.dia.remove();
      dias.pop();
      return;
    }
    verplaatst.forEach(function (node) { laatste.lijst.appendChild(node); });
    vorige.dia.style.fontSize = "";
    vorige.dia.removeAttribute("data-passend");
  }

  /**
   * Spread entries over as many slides as they need. nieuweDia(n) puts an empty slide n (0, 1, ...) on
   * the stage and returns {dia, lijst}; each entry is {maak: () => element, kop: bool, vervolg: () => element|null}:
   * a heading (kop) never stays alone at the bottom of a slide, and an entry that starts a slide in the
   * middle of its group gets its group's heading again (vervolg).
   */
  function verdeel(nieuweDia, entries) {
    var dias = [];
    var huidige = nieuweDia(0);
    dias.push(huidige);
    entries.forEach(function (entry) {
      var node = entry.maak();
      huidige.lijst.appendChild(node);
      if (!teVol(huidige.dia) || !heeftAnder(huidige.lijst, node)) { return; }
      huidige.lijst.removeChild(node);
      var kop = huidige.lijst.lastElementChild;
      var meeKop = kop && kop.hasAttribute("data-kop") && huidige.lijst.children.length > 1;
      if (meeKop) { huidige.lijst.removeChild(kop); }
      huidige = nieuweDia(dias.length);
      dias.push(huidige);
      if (meeKop) { huidige.lijst.appendChild(kop); }
      else if (entry.vervolg) {
        var herhaal = entry.vervolg();
        if (herhaal) { herhaal.setAttribute("data-vervolg", ""); huidige.lijst.appendChild(herhaal); }
      }
      huidige.lijst.appendChild(node);
    });
    terugOpVorige(dias);
    return dias.map(function (d) { return d.dia; });
  }

  /** The list holds something besides this node and its own heading (else a new slide would not help). */
  function heeftAnder(lijst, node) {
    var others = Array.prototype.filter.call(lijst.children, function (c) { return c !== node; });
    return others.some(function (c) { return !c.hasAttribute("data-kop"); });
  }

  D.passend = { maak: maak, verdeel: verdeel };
})(window.Doorstroom = window.Doorstroom || {});
