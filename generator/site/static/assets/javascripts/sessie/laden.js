/* Load a script of this site once, when it is first needed (pdf.js, exceljs and the layouts are large).
   A <script> tag works from file:// as well; fetch() would not. */
(function (D) {
  "use strict";
  var here = document.currentScript ? document.currentScript.src : "";
  var root = here ? new URL("../../../", here).href : new URL("../", location.href).href;
  var loading = {};

  function script(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = root + path;
        tag.onload = resolve;
        tag.onerror = function () {
          delete loading[path];
          reject(new Error("het bestand " + path + " van de site kon niet worden geladen"));
        };
        document.head.appendChild(tag);
      });
    }
    return loading[path];
  }

  D.laden = {
    /** The site root as an absolute URL (links in the overview point to pages of this site). */
    root: root,
    script: script,
    jsYaml: function () { return window.jsyaml ? Promise.resolve(window.jsyaml) : script("assets/javascripts/vendor/js-yaml.min.js").then(function () { return window.jsyaml; }); },
    pdfLib: function () { return window.PDFLib ? Promise.resolve(window.PDFLib) : script("assets/javascripts/pdf-lib.min.js").then(function () { return window.PDFLib; }); },
    nunjucks: function () { return window.nunjucks ? Promise.resolve(window.nunjucks) : script("assets/javascripts/nunjucks.min.js").then(function () { return window.nunjucks; }); },
    /* npm docx and the parts of our Word documents that the site build writes (documenten/word-basis.js). */
    docx: function () {
      return window.docx && D.wordBasis ? Promise.resolve(window.docx) : script("assets/javascripts/vendor/docx.umd.js").then(function () {
        return script("assets/javascripts/documenten/word-basis.js");
      }).then(function () { return window.docx; });
    },
    fflate: function () { return window.fflate ? Promise.resolve(window.fflate) : script("assets/javascripts/vendor/fflate.min.js").then(function () { return window.fflate; }); },
    excel: function () { return window.ExcelJS ? Promise.resolve(window.ExcelJS) : script("assets/javascripts/vendor/exceljs.min.js").then(function () { return window.ExcelJS; }); },
    /* pdf.js runs its "worker" on the main thread: from file:// a Worker cannot start, so the worker
       script is loaded first as a plain script (it sets globalThis.pdfjsWorker, which pdf.js then uses). */
    pdfJs: function () {
      if (window.pdfjsLib) { return Promise.resolve(window.pdfjsLib); }
      return script("assets/javascripts/vendor/pdf.worker.min.js").then(function () {
        return script("assets/javascripts/vendor/pdf.min.js");
      }).then(function () {
        window.pdfjsLib.GlobalWorkerOptions.workerSrc = root + "assets/javascripts/vendor/pdf.worker.min.js";
        return window.pdfjsLib;
      });
    },
    /** Where every word and field box is on our blank PDF of each werkblad (made by the site build). */
    opmaak: function () {
      return D.opmaak ? Promise.resolve(D.opmaak) : script("assets/javascripts/sessie/opmaak.js").then(function () { return D.opmaak; });
    }
  };
})(window.Doorstroom = window.Doorstroom || {});
