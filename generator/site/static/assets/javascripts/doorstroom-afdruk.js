/* A printed page says where it came from and when. The footer's print line gets this page's address
   and today's date; and on paper the footer's lines (source, whose site this is, address and date) go
   into the bottom margin of every page (CSS page-margin boxes), so a page never ends with the footer
   alone on a sheet of its own. Without scripts the footer prints as it is, after the page. */
(function () {
  "use strict";
  var style = null;

  function cssString(text) {
    return '"' + text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\A ") + '"';
  }
  function line(selector) {
    var element = document.querySelector(selector);
    if (!element) { return ""; }
    var copy = element.cloneNode(true);
    copy.querySelectorAll("a").forEach(function (link) { link.remove(); });  // "Over deze website": not on paper
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  function fill() {
    var address = document.querySelector(".ds-afdruk-adres");
    var date = document.querySelector(".ds-afdruk-datum");
    if (address) { address.textContent = window.location.href.split("#")[0]; }
    if (date) {
      date.textContent = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    }
    var lines = [line(".ds-bronregel"), line(".ds-voetregel"), line(".ds-afdrukregel")].filter(Boolean);
    if (!lines.length) { return; }
    if (!style) {
      style = document.createElement("style");
      style.id = "ds-afdrukmarge";
      document.head.appendChild(style);
      document.documentElement.classList.add("ds-afdrukmarge");
    }
    // Not on the pages of the Afdrukken button (the sheet alone carries its own source line, like its PDF).
    style.textContent = "@media print { @page { @bottom-left { content: " + cssString(lines.join("\n")) + "; } } " +
      "@page werkblad-alleen-liggend { @bottom-left { content: none; } } " +
      "@page werkblad-alleen-staand { @bottom-left { content: none; } } }";
  }
  fill();
  window.addEventListener("beforeprint", fill);
})();
