/* A text table that is wider than a phone scrolls sideways in its own box; such a box must be
   reachable with the keyboard (axe: scrollable-region-focusable), so it gets a tab stop and a name. */
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Tabel (schuif opzij om alles te zien)");
      } else if (!scrolls && box.getAttribute("role") === "region") {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  // Material wraps the tables itself once the page is mounted: mark them after that.
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () { window.requestAnimationFrame(mark); });
  } else {
    window.addEventListener("load", mark);
  }
  window.addEventListener("resize", mark);
})();
