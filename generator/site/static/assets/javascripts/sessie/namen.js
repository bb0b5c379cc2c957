/* Names of organisations and tables: checked, and turned into safe folder and file names. The same rules
   and texts as generator/voorbereiden/namen.py (teksten.json, handed over by the site build as
   D.voorbereidenTeksten). */
(function (D) {
  "use strict";
  var T = D.voorbereidenTeksten;

  function fill(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, function (whole, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  /** A message of teksten.json with its placeholders filled in. */
  function fout(key, values) { return fill(T.fouten[key], values); }

  /** Cleaned text on one line (as the readers clean names). */
  function eenRegel(text) { return D.tekst.eenRegel(String(text)); }

  /** The key under which two names are the same organisation (case and spaces aside). */
  function sleutel(naam) { return eenRegel(naam).toLowerCase(); }

  /** 'Woonstichting Ĳsselland & Zn.' -> 'woonstichting-ijsselland-zn' (see namen.py: veilige_naam). */
  function veilig(naam) {
    var text = Array.from(String(naam), function (c) {
      return Object.prototype.hasOwnProperty.call(T.letters, c) ? T.letters[c] : c;
    }).join("");
    text = text.normalize("NFKD").replace(/\p{Mn}/gu, "");
    var slug = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    slug = slug.slice(0, T.max_map).replace(/^-+|-+$/g, "");
    return T.gereserveerd.indexOf(slug) >= 0 ? slug + "-org" : slug;
  }

  /** Names -> {namen: [{naam, map}], problemen: [...]}, in list order (namen.py: check_namen). */
  function controleer(lijst) {
    var result = [];
    var problems = [];
    var keys = {};
    var maps = {};
    lijst.forEach(function (raw) {
      var naam = eenRegel(raw);
      if (!naam) { return; }
      if (naam.indexOf("/") >= 0 || naam.indexOf("\\") >= 0) { problems.push(fout("naam_schuine_streep", { waarde: naam })); return; }
      if (Array.from(naam).length > T.max_naam) { problems.push(fout("naam_te_lang", { waarde: naam, max: T.max_naam })); return; }
      var key = sleutel(naam);
      if (Object.prototype.hasOwnProperty.call(keys, key)) { problems.push(fout("naam_dubbel", { waarde: naam, eerste: keys[key] })); return; }
      keys[key] = naam;
      var map = veilig(naam);
      if (!map) { problems.push(fout("naam_onbruikbaar", { waarde: naam })); return; }
      if (Object.prototype.hasOwnProperty.call(maps, map)) {
        problems.push(fout("naam_zelfde_bestand", { waarde: naam, eerste: maps[map], map: map }));
        return;
      }
      maps[map] = naam;
      result.push({ naam: naam, map: map });
    });
    return { namen: result, problemen: problems };
  }

  D.namen = { fout: fout, eenRegel: eenRegel, sleutel: sleutel, veilig: veilig, controleer: controleer };
})(window.Doorstroom = window.Doorstroom || {});
