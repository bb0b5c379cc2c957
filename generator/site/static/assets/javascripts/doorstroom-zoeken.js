/* The search dialog gets a name for screen readers (axe: aria-dialog-name). Material 9 leaves its
   role="dialog" unnamed; Zensical names its own. Done here rather than in a copy of the theme's search
   partial, which differs between the two engines. Without scripts there is no search dialog at all. */
(function () {
  "use strict";
  document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (dialog) {
    var input = dialog.querySelector(".md-search__input");
    dialog.setAttribute("aria-label", (input && input.getAttribute("aria-label")) || "Zoeken");
  });
})();
