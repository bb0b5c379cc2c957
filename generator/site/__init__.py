"""The website: toolkit -> Markdown pages + navigation (engine-independent)."""
