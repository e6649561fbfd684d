"""A real X server for the benchmarks: Xvfb on a free display, so windows are really mapped."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


def available() -> bool:
    return shutil.which("Xvfb") is not None


def _free_display() -> int:
    for number in range(90, 190):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@contextlib.contextmanager
def server(width: int = 1366, height: int = 768) -> Iterator[str]:
    """Start Xvfb at `width`×`height`; yields the DISPLAY value; stops it afterwards."""
    number = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def on_display(env: dict[str, str], display: str) -> dict[str, str]:
    """`env` with Qt on the X server instead of offscreen."""
    env = dict(env)
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("WAYLAND_DISPLAY", None)
    return env


__all__ = ["available", "on_display", "server"]
