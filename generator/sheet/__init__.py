"""The werkblad itself as HTML: one template per layout type, shared by site (and later form/PDF)."""
