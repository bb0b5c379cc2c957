/* Answer files (YAML or JSON), checked in the order of docs/overzicht-regels.md §4.
   JSON: JSON.parse (strict, the last of two equal keys counts). YAML: js-yaml with the YAML 1.2 core
   schema written out here with the same patterns as the Python reader (generator/readers/yaml12.py),
   because js-yaml's own core schema also takes 1_000, 0b11 and +0x1F as numbers. Numbers stay
   numbers here; lezen.js turns a whole number into text (§4.9). */
(function (D) {
  "use strict";
  var rules = D.regels;
  var KEYS = { werkblad: true, organisatie: true, antwoorden: true };

  function decode(bytes) {
    var text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);  // drops one BOM, like utf-8-sig
    } catch (e) {
      throw rules.afwijzen("geen_utf8");
    }
    // Empty or only comments: every line (CR LF, CR or LF) holds only spaces and tabs, or starts with #.
    var meaningful = text.split(/\r\n|\r|\n/).some(function (line) { return !/^[ \t]*(?:#|$)/.test(line); });
    if (!meaningful) { throw rules.afwijzen("leeg"); }
    return text;
  }

  function parseJson(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw rules.afwijzen("json_ongeldig");
    }
  }

  /* A scalar that the core schema resolves to something other than text. It remembers how it was
     written: as a mapping key it is that text (js-yaml turns keys into strings with toString). */
  function Skalar(soort, bron) { this.soort = soort; this.bron = bron; }
  Skalar.prototype.toString = function () { return this.bron; };
  Object.defineProperty(Skalar.prototype, Symbol.toStringTag, { value: "Skalar" });

  var CORE = [  // YAML 1.2 core schema (section 10.3.2), the patterns of generator/readers/yaml12.py
    ["null", /^(?:~|null|Null|NULL|)$/],
    ["bool", /^(?:true|True|TRUE|false|False|FALSE)$/],
    ["int", /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/],
    ["float", /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/]
  ];

  var schemas = null;
  function yamlSchemas(jsyaml) {
    if (!schemas) {
      var core = CORE.map(function (entry) {
        return new jsyaml.Type("tag:yaml.org,2002:" + entry[0], {
          kind: "scalar",
          resolve: function (data) { return data !== null && entry[1].test(data); },
          construct: function (data) { return new Skalar(entry[0], data); },
          instanceOf: Skalar
        });
      });
      // First pass: only the structure counts (any tag is taken, a repeated key too), to find anchors.
      var anyTag = [];
      ["scalar", "sequence", "mapping"].forEach(function (kind) {
        ["!", "tag:"].forEach(function (prefix) {
          anyTag.push(new jsyaml.Type(prefix, { kind: kind, multi: true, resolve: function () { return true; },
            construct: function (data) { return data; } }));
        });
      });
      schemas = { structure: jsyaml.FAILSAFE_SCHEMA.extend({ implicit: core, explicit: anyTag }),
        core: jsyaml.FAILSAFE_SCHEMA.extend({ implicit: core }) };
    }
    return schemas;
  }

  /** The order of §4.2: invalid YAML or more than one document, then anchors/aliases (before anything
      is built from them), then what only building finds (a repeated key, another tag, a key that is
      a list or mapping). */
  function parseYaml(jsyaml, text) {
    var found = yamlSchemas(jsyaml);
    var anchors = false;
    try {
      jsyaml.load(text, { schema: found.structure, json: true, listener: function (event, state) {
        if (event === "close" && state.anchor !== null && state.anchor !== undefined) { anchors = true; }
      } });
    } catch (e) {
      // js-yaml stops at an alias it cannot resolve (an alias without anchor, or inside its own anchor)
      throw rules.afwijzen(/unidentified alias/.test(e.message) ? "yaml_verwijzing" : "yaml_ongeldig");
    }
    if (anchors) { throw rules.afwijzen("yaml_verwijzing"); }
    var complexKey = false;
    var explicitKeys = [];
    var content;
    try {
      content = jsyaml.load(text, { schema: found.core, listener: function (event, state) {
        if (event === "open") {  // a node right after "? " is an explicit key
          explicitKeys.push(/(?:^|[\s,[{])\?[ \t]*$/.test(text.slice(Math.max(0, state.position - 80), state.position)));
        } else if (event === "close") {
          var explicit = explicitKeys.pop();
          var collection = state.kind === "sequence" || state.kind === "mapping";
          if (collection && (explicit || /^[ \t]*:(?:[ \t\r\n]|$)/.test(text.slice(state.position, state.position + 80)))) {
            complexKey = true;  // a list or mapping as a key: YAML allows it, a name cannot be one
          }
        }
      } });
    } catch (e) {
      throw rules.afwijzen("yaml_ongeldig");
    }
    if (complexKey) { throw rules.afwijzen("yaml_ongeldig"); }
    return plain(content);
  }

  /** A core-schema scalar as JavaScript: null, true/false or a number (as the Python reader builds it). */
  function value(scalar) {
    var text = scalar.bron;
    switch (scalar.soort) {
      case "null": return null;
      case "bool": return text.toLowerCase() === "true";
      case "int":
        if (/^0o/.test(text)) { return parseInt(text.slice(2), 8); }
        if (/^0x/.test(text)) { return parseInt(text.slice(2), 16); }
        return Number(text);
      default:
        if (/\.(?:inf|Inf|INF)$/.test(text)) { return text.charAt(0) === "-" ? -Infinity : Infinity; }
        if (/\.(?:nan|NaN|NAN)$/.test(text)) { return NaN; }
        return Number(text);
    }
  }

  function plain(node) {
    if (node instanceof Skalar) { return value(node); }
    if (Array.isArray(node)) { return node.map(plain); }
    if (node !== null && typeof node === "object") {
      var result = {};
      Object.keys(node).forEach(function (key) { result[key] = plain(node[key]); });
      return result;
    }
    return node;
  }

  function isMapping(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function sorted(keys) { return keys.slice().sort(D.bestanden.vergelijk); }

  /** Bytes -> {werkblad, organisatie, antwoorden}, {plan} for a session plan, or an Afwijzing. `accept(werkblad)` says whether this
      job takes the werkblad (null) or why not (a text); it runs at its place in the order (§4.5). */
  function lees(naam, bytes, werkbladen, accept) {
    var source = decode(bytes);
    var json = D.bestanden.extensie(naam) === "json";
    var loaded = json ? Promise.resolve(null) : D.laden.jsYaml();
    return loaded.then(function (jsyaml) {
      var content = json ? parseJson(source) : parseYaml(jsyaml, source);
      if (content === null && !json) { throw rules.afwijzen("leeg"); }  // a document without content ("---")
      if (D.sessieplan.isPlan(content)) { return { plan: D.sessieplan.lees(content) }; }  // §4.0
      if (!isMapping(content)) { throw rules.fout("fout_vorm"); }
      var keys = sorted(Object.keys(content));
      for (var i = 0; i < keys.length; i++) {
        if (!KEYS[keys[i]]) { throw rules.fout("fout_sleutel", { sleutel: D.tekst.eenRegel(keys[i]) }); }
      }
      var werkbladId = content.werkblad;
      if (typeof werkbladId !== "string" || !werkbladId) { throw rules.fout("fout_werkblad_ontbreekt"); }
      var werkblad = werkbladen.filter(function (w) { return w.id === werkbladId; })[0];
      if (!werkblad) { throw rules.fout("fout_werkblad_onbekend", { werkblad: D.tekst.eenRegel(werkbladId) }); }
      var refusal = accept(werkblad);
      if (refusal) { throw new rules.Afwijzing(refusal); }

      var answers = content.antwoorden === undefined ? null : content.antwoorden;
      // Who filled it in (§4.6): organisatie at the top, then the label field and organisatie among the answers.
      var org = D.gegevens.organisatieveld;
      var own = [werkblad.labelveld || org];
      if (own[0] !== org) { own.push(org); }
      var given = [content.organisatie].concat(isMapping(answers) ? own.map(function (k) { return answers[k]; }) : []);
      var names = [];
      given.forEach(function (value) {
        if (value === undefined || value === null) { return; }
        if (typeof value !== "string") { throw rules.fout("fout_organisatie"); }
        var name = D.tekst.eenRegel(value);
        if (name && names.length && name.toLowerCase() !== names[0].toLowerCase()) {
          throw rules.afwijzen("twee_organisaties", { eerste: names[0], tweede: name });
        }
        if (name) { names.push(name); }
      });
      if (answers === null) { answers = {}; }
      if (!isMapping(answers)) { throw rules.fout("fout_antwoorden"); }
      var values = {};
      Object.keys(answers).forEach(function (key) {
        if (own.indexOf(key) < 0) { values[key] = answers[key]; }
      });
      return { werkblad: werkblad, organisatie: names.length ? names[0] : "", antwoorden: values, meldingen: [] };
    });
  }

  D.antwoordbestand = { lees: lees };
})(window.Doorstroom);
