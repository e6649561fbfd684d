"""The PySide6 user interface; the only package (with app.py) that imports Qt."""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> None:
    """Give None a reference count no leak can exhaust, as Python 3.12+ does (immortal None).

    PySide6 6.12 on Python 3.11 drops one reference to None in every call of a C++ method
    returning void (setText, setPen, save, setTop …); painting a heavy plan makes tens of
    thousands of such calls and the interpreter aborts with "none_dealloc". None is a static
    object that is never freed, so a huge count changes nothing else.
    """
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        refcount = ctypes.c_ssize_t.from_address(id(None))
        refcount.value += 1 << 40


_keep_none_alive()
