"""WeasyPrint may read only the project's own asset files: never the network, never other files."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlparse

from weasyprint.urls import URLFetcher, URLFetcherResponse


class ProjectFetcher(URLFetcher):
    """Serves ``file:`` URLs below the allowed folders and ``data:`` URLs; anything else stops the render."""

    def __init__(self, allowed: list[Path]) -> None:
        super().__init__(fail_on_errors=True)
        self.allowed = [folder.resolve() for folder in allowed]

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        parsed = urlparse(url)
        if parsed.scheme == "data":  # made by us in the document itself (the QR code): nothing is fetched
            return super().fetch(url, headers)
        if parsed.scheme != "file":
            raise PermissionError(f"geen externe bronnen in een PDF: {url}")
        path = Path(unquote(parsed.path)).resolve()
        if not any(path.is_relative_to(folder) for folder in self.allowed) or not path.is_file():
            raise PermissionError(f"bestand buiten de projectbestanden of niet gevonden: {path}")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".ttf":
            mime = "font/ttf"
        return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": mime})
