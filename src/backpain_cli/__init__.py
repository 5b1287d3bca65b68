"""Offline lookup of the causes of back pain.

>>> from backpain_cli import load_catalogue, search
>>> [(m.cause.name, m.confidence) for m in search(load_catalogue(), "slipped disc")][0]
('Herniated disk', 'high')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Answer",
    "Catalogue",
    "CatalogueError",
    "Cause",
    "Match",
    "QueryError",
    "__version__",
    "ask",
    "load_catalogue",
    "matcher",
    "search",
]

if TYPE_CHECKING:
    from .catalogue import load_catalogue
    from .errors import CatalogueError, QueryError
    from .matching import Match
    from .model import Catalogue, Cause
    from .questions import Answer, ask, matcher, search

_LAZY = {
    "load_catalogue": "catalogue",
    "search": "questions",
    "ask": "questions",
    "matcher": "questions",
    "Answer": "questions",
    "Match": "matching",
    "Catalogue": "model",
    "Cause": "model",
    "CatalogueError": "errors",
    "QueryError": "errors",
}


def __getattr__(name: str) -> Any:
    # The public API is imported on first use, so that `backpain --version` stays fast.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
