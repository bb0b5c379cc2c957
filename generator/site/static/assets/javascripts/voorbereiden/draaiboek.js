/* The draaiboek (doc-HTML) and the invitation of a plan: the templates of generator/voorbereiden/templates
   (handed over by the site build, with the fixed data of draaiboek.py: vaste_gegevens) rendered with
   Nunjucks as Jinja2 renders them for the CLI. Only the dates in words and the total are worked out here,
   as draaiboek.py: context does. */
(function (D) {
  "use strict";
  var MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december"];
  var DAGEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
  var compiled = {};

  /** "2025-03-14" -> "vrijdag 14 maart 2025". */
  function langeDatum(iso) {
    var day = D.plan.parseDate(iso);
    return DAGEN[day.getUTCDay()] + " " + day.getUTCDate() + " " + MAANDEN[day.getUTCMonth()] + " " + day.getUTCFullYear();
  }

  function context(plan) {
    return Object.assign({}, D.voorbereiden.vast, {
      plan: plan, datum: langeDatum(plan.datum), inleveren: langeDatum(plan.inleveren),
      totaal: plan.agenda.reduce(function (sum, item) { return sum + item.minuten; }, 0),
      per_organisatie: plan.agenda.filter(function (item) { return item.invullen === "per-organisatie"; })
        .map(function (item) { return item.titel; })
    });
  }

  function render(name, autoescape, ctx) {
    return D.laden.nunjucks().then(function (nunjucks) {
      if (!compiled[name]) {
        var env = new nunjucks.Environment(null, { autoescape: autoescape, throwOnUndefined: true, trimBlocks: true,
          lstripBlocks: true });
        compiled[name] = nunjucks.compile(D.voorbereiden.sjablonen[name], env);
      }
      return compiled[name].render(ctx);
    });
  }

  D.draaiboek = {
    context: context,
    langeDatum: langeDatum,
    /** A Promise of the draaiboek as doc-HTML. */
    html: function (plan) { return render("draaiboek", true, context(plan)); },
    /** A Promise of the invitation text (uitnodiging.txt). */
    uitnodiging: function (plan) { return render("uitnodiging", false, context(plan)); }
  };
})(window.Doorstroom);
