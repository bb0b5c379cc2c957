/* Answer files (YAML or JSON), checked in the order of docs/overzicht-regels.md §4.
   JSON is strict (JSON.parse: no NaN); YAML is the 1.2 core schema of js-yaml with duplicate keys
   and anchors/aliases refused. Numbers keep their source, so 12 is text "12" and 1.5 or 12.0 is refused. */
(function (D) {
  "use strict";
  var rules = D.regels;
  var KEYS = { werkblad: true, organisatie: true, antwoorden: true };

  /** A number as written in the file: integers become text, other numbers are refused later. */
  function Getal(source, integer) { this.bron = source; this.geheel = integer; }

  function decode(bytes) {
    var text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);  // drops a BOM
    } catch (e) {
      throw rules.afwijzen("geen_utf8");
    }
    var meaningful = text.split(/\r\n|\r|\n/).some(function (line) {
      var trimmed = line.trim();
      return trimmed && trimmed.charAt(0) !== "#";
    });
    if (!meaningful) { throw rules.afwijzen("leeg"); }
    return text;
  }

  function parseJson(text) {
    try {
      return JSON.parse(text, function (key, value, context) {
        if (typeof value !== "number") { return value; }
        var source = context && typeof context.source === "string" ? context.source : null;
        if (source !== null) { return new Getal(/^-?\d+$/.test(source) ? BigInt(source).toString() : source, /^-?\d+$/.test(source)); }
        return new Getal(String(value), Number.isSafeInteger(value));
      });
    } catch (e) {
      throw rules.afwijzen("json_ongeldig");
    }
  }

  var yamlSchema = null;
  function schema(jsyaml) {
    if (!yamlSchema) {
      var core = jsyaml.CORE_SCHEMA;
      var int = core.compiledImplicit.filter(function (t) { return t.tag === "tag:yaml.org,2002:int"; })[0];
      var float = core.compiledImplicit.filter(function (t) { return t.tag === "tag:yaml.org,2002:float"; })[0];
      function wrap(type, integer) {
        return new jsyaml.Type(type.tag, {
          kind: "scalar",
          resolve: type.resolve,
          construct: function (data) { var value = type.construct(data); return new Getal(integer ? String(value) : data, integer); },
          instanceOf: Getal
        });
      }
      yamlSchema = core.extend({ implicit: [wrap(int, true), wrap(float, false)] });
    }
    return yamlSchema;
  }

  function parseYaml(jsyaml, text) {
    var anchors = false;
    var content;
    try {
      content = jsyaml.load(text, {
        schema: schema(jsyaml),
        listener: function (event, state) { if (event === "close" && state.anchor !== null && state.anchor !== undefined) { anchors = true; } }
      });
    } catch (e) {
      throw rules.afwijzen("yaml_ongeldig");
    }
    if (anchors) { throw rules.afwijzen("yaml_verwijzing"); }
    return content;
  }

  function isMapping(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Getal);
  }

  function text(value) {
    if (value instanceof Getal) { return value.geheel ? value.bron : value; }
    return value;
  }

  /** Bytes -> {werkblad, organisatie, antwoorden} or an Afwijzing. `accept(werkblad)` says whether this
      job takes the werkblad (null) or why not (a text); it runs at its place in the order (§4.5). */
  function lees(naam, bytes, werkbladen, accept) {
    var source = decode(bytes);
    var json = D.bestanden.extensie(naam) === "json";
    var loaded = json ? Promise.resolve(null) : D.laden.jsYaml();
    return loaded.then(function (jsyaml) {
      var content = json ? parseJson(source) : parseYaml(jsyaml, source);
      if (!isMapping(content)) { throw rules.fout("fout_vorm"); }
      var keys = Object.keys(content).sort();
      for (var i = 0; i < keys.length; i++) {
        if (!KEYS[keys[i]]) { throw rules.fout("fout_sleutel", { sleutel: keys[i] }); }
      }
      var werkbladId = content.werkblad;
      if (typeof werkbladId !== "string" || !werkbladId) { throw rules.fout("fout_werkblad_ontbreekt"); }
      var werkblad = werkbladen.filter(function (w) { return w.id === werkbladId; })[0];
      if (!werkblad) { throw rules.fout("fout_werkblad_onbekend", { werkblad: werkbladId }); }
      var refusal = accept(werkblad);
      if (refusal) { throw new rules.Afwijzing(refusal); }

      var outer = content.organisatie === undefined ? null : content.organisatie;
      if (outer !== null && typeof outer !== "string") { throw rules.fout("fout_organisatie"); }
      var answers = content.antwoorden === undefined || content.antwoorden === null ? {} : content.antwoorden;
      var inner = null;
      if (isMapping(answers) && Object.prototype.hasOwnProperty.call(answers, "organisatie")) {
        inner = text(answers.organisatie);  // older files kept it among the answers
        if (inner !== null && typeof inner !== "string") { throw rules.fout("fout_organisatie"); }
      }
      var first = D.tekst.eenRegel(outer || "");
      var second = D.tekst.eenRegel(inner || "");
      if (first && second && first.toLowerCase() !== second.toLowerCase()) {
        throw rules.afwijzen("twee_organisaties", { eerste: first, tweede: second });
      }
      if (!isMapping(answers)) { throw rules.fout("fout_antwoorden"); }
      var values = {};
      Object.keys(answers).forEach(function (key) {
        if (key !== "organisatie") { values[key] = text(answers[key]); }
      });
      return { werkblad: werkblad, organisatie: first || second, antwoorden: values, meldingen: [] };
    });
  }

  D.antwoordbestand = { lees: lees, Getal: Getal };
})(window.Doorstroom);
