"""newsgraph: multilingual news about officials, meetings and agreements → RDF.

>>> from graph import build
>>> ds = build("seeds")          # doctest: +SKIP   (an rdflib.Dataset)

See README.md for the CLI and example SPARQL queries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["BuildResult", "__version__", "build", "run_build"]

if TYPE_CHECKING:
    from graph.api import BuildResult, build, run_build


def __getattr__(name: str) -> Any:
    # lazy: `import graph` stays cheap (spaCy loads only when building)
    if name in ("build", "run_build", "BuildResult"):
        from graph import api

        return getattr(api, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
