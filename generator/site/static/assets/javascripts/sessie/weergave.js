/* Show the overview: THE shared screen view of `doorstroom overzicht` (generator/overview/templates/
   scherm.html.j2, handed over by the site build as sjabloon.js), rendered with Nunjucks in the settings
   Jinja2 uses for the CLI, then brought to life by the same filter script (scherm.js:
   DoorstroomOverzicht.init). Hidden organisations stay hidden when the overview is shown again. */
(function (D) {
  "use strict";
  var template = null;

  function compiled(nunjucks) {
    if (!template) {
      var env = new nunjucks.Environment(null, { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
      template = nunjucks.compile(D.sjabloon, env);
    }
    return template;
  }

  /** Names of the organisations whose box is unticked, and whether the filter was open. */
  function filterState(container) {
    var hidden = Array.prototype.slice.call(container.querySelectorAll("input[data-org-toggle]"))
      .filter(function (box) { return !box.checked; })
      .map(function (box) { return box.parentNode.querySelector("[data-org-naam]").textContent; });
    var details = container.querySelector(".ov-filter");
    return { verborgen: hidden, open: Boolean(details && details.open) };
  }

  /** Render `context` (scherm-context.js) into `container`; a Promise of the .ov element. */
  function toon(container, context) {
    var before = filterState(container);
    return D.laden.nunjucks().then(function (nunjucks) {
      container.innerHTML = compiled(nunjucks).render(context);
      var view = container.querySelector("[data-overzicht]");
      view.querySelectorAll("input[data-org-toggle]").forEach(function (box) {
        var name = box.parentNode.querySelector("[data-org-naam]").textContent;
        if (before.verborgen.indexOf(name) >= 0) { box.checked = false; }
      });
      var details = view.querySelector(".ov-filter");
      if (details && before.open) { details.open = true; }
      window.DoorstroomOverzicht.init(view);  // recomputes for unticked organisations
      return view;
    });
  }

  D.weergave = { toon: toon };
})(window.Doorstroom);
