"""A small headless-Chromium driver over the DevTools protocol, standard library only.

Chromium started with ``--remote-debugging-pipe`` reads protocol commands
from file descriptor 3 and writes replies and events to descriptor 4, one
JSON message per NUL-terminated record. That is all Playwright does under the
hood, and it needs no websocket client and no browser download: the tests and
``tools/picture_screenshots.py`` drive Debian's ``chromium`` with it.

Usage::

    with Browser.launch() as browser:
        page = browser.open(path, width=390, height=844)
        page.evaluate("document.title")
        page.screenshot(out_png, full_page=True)
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--mute-audio", "--disable-extensions", "--font-render-hinting=none",
)  # fmt: skip

TIMEOUT = 60.0


class BrowserError(RuntimeError):
    """The browser replied with an error or did not reply in time."""


def find_chromium() -> str | None:
    """The Chromium executable on this machine, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """One headless Chromium process and its protocol pipe."""

    def __init__(self, process: subprocess.Popen[bytes], write_fd: int, read_fd: int, profile: str) -> None:
        self._process = process
        self._write_fd = write_fd
        self._read_fd = read_fd
        self._profile = profile
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    @classmethod
    @contextmanager
    def launch(cls, executable: str | None = None) -> Iterator[Browser]:
        """Start Chromium with a fresh profile; stop it and remove the profile on exit."""
        path = executable or find_chromium()
        if path is None:
            raise FileNotFoundError("no Chromium executable found")
        profile = tempfile.mkdtemp(prefix="timeline-chromium-")
        # Our ends of the two pipes, and Chromium's, which a tiny Python
        # launcher moves to descriptors 3 and 4 before it becomes Chromium (no
        # preexec_fn, which is unsafe when the test process has threads).
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        child_in = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_child_r)
        os.close(from_child_w)
        wire = (f"import os, sys; os.dup2({child_in}, 3); os.dup2({child_out}, 4); "
                f"os.close({child_in}); os.close({child_out}); os.execv(sys.argv[1], sys.argv[1:])")
        log = open(os.path.join(profile, "stderr.log"), "wb")  # noqa: SIM115 - closed below
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", wire, path, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
                 "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log,
                pass_fds=(child_in, child_out),
            )
        finally:
            os.close(child_in)
            os.close(child_out)
            log.close()
        browser = cls(process, to_child_w, from_child_r, profile)
        try:
            yield browser
        finally:
            browser.close()

    def close(self) -> None:
        """Ask Chromium to quit, wait for it, and remove its profile."""
        if self._process.poll() is None:
            try:
                self.send("Browser.close", timeout=10)
            except (BrowserError, OSError):
                pass
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for fd in (self._write_fd, self._read_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    # ------------------------------------------------------------- protocol

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = TIMEOUT) -> dict[str, Any]:
        """Send one command and return its result (BrowserError on an error reply)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._write_fd, data):]
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)

    def wait_for(self, method: str, session: str | None = None, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The next event named *method* (of *session*), already received or arriving."""
        deadline = time.monotonic() + timeout
        while True:
            for i, event in enumerate(self._events):
                if event["method"] == method and (session is None or event.get("sessionId") == session):
                    del self._events[i]
                    return event
            event = self._read(deadline)
            if "method" in event:
                self._events.append(event)

    def events(self, session: str | None = None) -> list[dict[str, Any]]:
        """The events received so far and not yet consumed (for console checks)."""
        return [e for e in self._events if session is None or e.get("sessionId") == session]

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._read_fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._read_fd, 1 << 20)
            if not chunk:
                raise BrowserError(f"Chromium closed the pipe:\n{self.log()[-2000:]}")
            self._buffer += chunk
        record, self._buffer = self._buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(record)
        return parsed

    def log(self) -> str:
        """What Chromium wrote on its standard error."""
        try:
            return Path(self._profile, "stderr.log").read_text(errors="replace")
        except OSError:
            return ""

    # ----------------------------------------------------------------- pages

    def open(self, page: Path | str, width: int = 1280, height: int = 800, mobile: bool = False,
             scale: float = 1.0) -> Page:
        """Open *page* (a file path or URL) in a new tab with a *width* x *height* CSS px viewport."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        tab = Page(self, session, target)
        tab.send("Page.enable")
        tab.send("Runtime.enable")
        tab.send("Log.enable")
        tab.resize(width, height, mobile=mobile, scale=scale)
        url = page if isinstance(page, str) else page.resolve().as_uri()
        tab.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired", session)
        return tab


class Page:
    """One tab, attached in flat mode: commands carry its session id."""

    def __init__(self, browser: Browser, session: str, target: str) -> None:
        self.browser = browser
        self.session = session
        self.target = target

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """A protocol command for this tab."""
        return self.browser.send(method, params, session=self.session)

    def resize(self, width: int, height: int, mobile: bool = False, scale: float = 1.0) -> None:
        """Emulate a viewport of *width* x *height* CSS px (a phone when *mobile*)."""
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression (promises are awaited)."""
        reply = self.send("Runtime.evaluate",
                          {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error: {text}")
        return reply["result"].get("value")

    def console_problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and failed loads so far."""
        out = []
        for event in self.browser.events(self.session):
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                out.append(details.get("exception", {}).get("description") or details.get("text", "exception"))
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning",
                                                                                          "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif event["method"] == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error",
                                                                                                  "warning"):
                out.append(params["entry"].get("text", ""))
        return out

    def screenshot(self, path: Path, full_page: bool = True) -> None:
        """Write a PNG of the viewport, or of the whole page when *full_page*."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.closeTarget", {"targetId": self.target})
