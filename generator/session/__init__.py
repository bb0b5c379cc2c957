"""The whole session in one report: every filled werkblad combined per layout type, a monitor plan,
a draft plan van aanpak. Data flows one way: sheets -> combiners (data -> data) -> sessie.json ->
outputs (HTML, PDF, XLSX, DOCX)."""
