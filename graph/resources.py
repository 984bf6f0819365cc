"""Where the project's data files live, installed or in a source checkout.

`ontology/` and `shapes/` sit at the top of the repository (users and triple stores
load them from there); the wheel carries copies under ``graph/_resources`` (see
pyproject.toml), and an editable install reads the checkout's own folders.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resource_dir(name: str) -> Path:
    """Return the folder ``ontology``, ``shapes`` (or another top-level resource)."""
    for candidate in (PACKAGE_DIR / "_resources" / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"resource folder {name!r} not found next to the package; reinstall newsgraph "
        f"(pip install .) or run from a source checkout"
    )


def ontology_files() -> list[Path]:
    return sorted(resource_dir("ontology").glob("*.ttl"))


def shapes_files() -> list[Path]:
    return sorted(resource_dir("shapes").glob("*.ttl"))


def data_file(name: str) -> Path:
    """A data file shipped inside the package (``graph/data``)."""
    return PACKAGE_DIR / "data" / name


def lexicon_dir() -> Path:
    """The lexicons shipped with the package."""
    return PACKAGE_DIR / "lexicons"


LEXICON_PATH_ENV = "NEWSGRAPH_LEXICONS"


def lexicon_dirs() -> list[Path]:
    """Folders holding ``<lang>/`` lexicon folders: those named in $NEWSGRAPH_LEXICONS
    (os.pathsep-separated; a language there overrides the bundled one), then the package's."""
    extra = [Path(p) for p in os.environ.get(LEXICON_PATH_ENV, "").split(os.pathsep) if p]
    return [*extra, lexicon_dir()]


def lexicon_folder(lang: str) -> Path | None:
    """The folder of one language's lexicon (the first with a language.json), if any."""
    for root in lexicon_dirs():
        folder = root / lang
        if (folder / "language.json").is_file():
            return folder
    return None


def lexicon_languages() -> list[str]:
    """Codes of every language with a lexicon folder."""
    found: set[str] = set()
    for root in lexicon_dirs():
        if root.is_dir():
            found.update(p.parent.name for p in root.glob("*/language.json"))
    return sorted(found)
