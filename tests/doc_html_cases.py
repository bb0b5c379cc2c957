"""doc-HTML for the writer tests, shared by the Python and the browser tests: one document with every
element of docs/documenten.md, small cases for the whitespace and inline rules, and HTML a writer must
refuse."""

from __future__ import annotations

ROOT = ('<article class="doc" data-titel="Proef &amp; plan" data-onderwerp="Concept plan van aanpak" '
        'data-datum="2025-03-14" data-voettekst="Bron: Platform31, Werken aan doorstroming van senioren (2023)">')

EVERY_ELEMENT = ROOT + """
  <h1 class="titel">Plan van aanpak doorstroming</h1>
  <p class="ondertitel">Regio Lindewaard</p>
  <div class="pagina-einde"></div>
  <nav class="inhoud" data-kop="Inhoud"></nav>
  <h1>1 Samenvatting</h1>
  <p>Dit is   een <strong>vette</strong> en <em>schuine</em> tekst
     met een <a href="https://example.org/a?b=1&amp;c=2">link</a>.<br>
     Nieuwe regel met € 1.500 en “aanhalingstekens”.</p>
  <p class="invullen">Beschrijf hier de aanleiding.</p>
  <h2>1.1 Wie deed mee</h2>
  <ul>
    <li>Gemeente Lindewaard</li>
    <li>Woonstichting De Linde
      <ol><li>team Wonen</li><li>team <strong>Zorg</strong></li></ol>
    </li>
  </ul>
  <ol><li>Eerste besluit</li><li>Tweede besluit</li></ol>
  <ol><li>Opnieuw vanaf 1</li></ol>
  <h3>Gaten per fase</h3>
  <table data-breedtes="5,3,3.5">
    <thead><tr><th>Actie</th><th>Wie</th><th>Status</th></tr></thead>
    <tbody>
      <tr><td>Wooncoach inzetten</td><td>Gemeente</td><td class="gat">gat</td></tr>
      <tr><td><p>Twee</p><p>alinea's</p></td><td></td><td class="potentie">potentie</td></tr>
      <tr><td>Verhuispremie</td><td>Corporatie<br>en gemeente</td><td class="gedekt">gedekt</td></tr>
      <tr><td>Aantal verhuizingen</td><td>CBS</td><td class="deels-beschikbaar">deels beschikbaar</td></tr>
    </tbody>
  </table>
  <table>
    <tbody><tr><td>zonder breedtes</td><td>gelijk verdeeld</td></tr></tbody>
  </table>
  <p class="bron">Bron: Platform31 (2023)</p>
  <p class="klein">Kleine letter</p>
  <h1>2 Tweede hoofdstuk</h1>
  <p></p>
  <p>Einde.</p>
</article>"""

NO_TOC = ROOT + "<h1>Alleen een kop</h1><p>Geen inhoudsopgave, geen voettekst van ons.</p></article>"
NO_FOOTER_TEXT = ('<article class="doc" data-titel="T" data-onderwerp="" data-datum="2025-01-02">'
                  "<p>x</p></article>")

# Inline and whitespace rules: each must read the same in Python and in the browser.
SNIPPETS = [
    ROOT + "<p>  begin   en eind  </p></article>",
    ROOT + "<p><strong>a</strong> <em>b</em><strong> c </strong>d</p></article>",
    ROOT + "<p>voor <br> na<br><br>leeg ertussen</p></article>",
    ROOT + "<p><a href='https://x.nl'><strong>vet</strong> link</a> en <em><strong>beide</strong></em></p></article>",
    ROOT + "<p>tab\tnieuwe\nregel\r\nen&nbsp;vaste&nbsp;spatie &amp; &lt;tekst&gt;</p></article>",
    ROOT + "<p>stuur\u0001tekens\u0008weg</p><!-- commentaar --></article>",
    ROOT + "<ul><li> los </li><li><em>schuin</em> en <br>regel</li></ul></article>",
    ROOT + "<table data-breedtes='2,2'><tbody><tr><td> a <p>b</p> c </td><td><br></td></tr></tbody></table></article>",
    ROOT + "<nav class='inhoud'></nav><h2>Twee</h2><h3>Drie</h3><h1>Een</h1></article>",
]

# Outside doc-HTML: both writers refuse these (a template of ours is wrong, never a user's file).
BAD = {
    "onbekend element": ROOT + "<p>een <span>span</span></p></article>",
    "onbekend blok": ROOT + "<section><p>x</p></section></article>",
    "onbekend attribuut": ROOT + '<p style="color:red">x</p></article>',
    "onbekende class": ROOT + '<p class="rood">x</p></article>',
    "onbekende celclass": ROOT + '<table><tbody><tr><td class="rood">x</td></tr></tbody></table></article>',
    "tekst in de tabel": ROOT + "<table><tbody><tr><td>x</td></tr></tbody>los</table></article>",
    "drie lijstniveaus": ROOT + "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul></article>",
    "blok in alinea": ROOT + "<h2>kop <ul><li>x</li></ul></h2></article>",
    "breedtes kloppen niet": ROOT + '<table data-breedtes="1,2,3"><tbody><tr><td>x</td></tr></tbody></table></article>',
    "geen getal": ROOT + '<table data-breedtes="1,nan"><tbody><tr><td>x</td><td>y</td></tr></tbody></table></article>',
    "geen datum": '<article class="doc" data-titel="T"><p>x</p></article>',
    "geen article": "<p>x</p>",
    "twee inhoudsopgaven": ROOT + '<nav class="inhoud"></nav><nav class="inhoud"></nav></article>',
    "lege link": ROOT + "<p><a>x</a></p></article>",
}
