"""Sourcelight: flags anonymous sources and unverified claims in news text.

The same Rust core as the ``sourcelight`` command line, the browser extension
and the wasm build, with the GIL released while it works::

    >>> import sourcelight
    >>> a = sourcelight.analyze("Officials said the plant was closed. Putin said it was open.")
    >>> [s["labels"] for s in a["sentences"]]
    [['anonymous_source'], ['named_source']]

``analyze`` returns the object ``sourcelight analyze - --json`` prints (less
``file``), ``label`` follows the ``sourcelight label`` contract record by
record, ``languages`` lists the language codes. Offsets are Python string
indices. ``sourcelight-batch`` (module :mod:`sourcelight.batch`) runs the core
over an archive on Dask.
"""

from ._native import SourcelightError, analyze, label, language_of, languages, visible_text

__all__ = ["analyze", "label", "languages", "language_of", "visible_text", "SourcelightError"]
__version__ = "0.1.0"
