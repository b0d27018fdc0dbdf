"""The live preview as one object: bind, build, then serve and watch until stopped.

``Server`` binds its port and makes the first build when it is created (so a port in use
fails at once, before any work), serves and watches between ``start`` and ``stop``, and is
used the same way by the command line and the tests.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from medlofte.errors import UsageError
from medlofte.messages import t
from medlofte.server.http import Hub, PreviewHTTPServer
from medlofte.server.site import Builder

LOCAL_HOST = "127.0.0.1"
STEP_MS = 50  # a change is built once the folder has been quiet this long (watchfiles' debounce step)
RETRY_S = 1.0  # when the folder cannot be watched (removed, renamed), try again after this long
_IN_USE = {errno.EADDRINUSE, 10048}  # 10048: WSAEADDRINUSE
_DENIED = {errno.EACCES, 10013}  # 10013: WSAEACCES


def _address(host: str, port: int) -> tuple[socket.AddressFamily, tuple[str, int]]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as err:
        raise UsageError(
            t("cannot serve on '{host}': no such address on this machine. Use an address such as 127.0.0.1.", host=host)
        ) from err
    family, _, _, _, address = found[0]
    return family, (str(address[0]), int(address[1]))


def _bind(host: str, port: int) -> PreviewHTTPServer:
    family, address = _address(host, port)
    local = ipaddress.ip_address(address[0].split("%")[0]).is_loopback
    try:
        server = PreviewHTTPServer(address, family)
    except OSError as err:
        if err.errno in _IN_USE or getattr(err, "winerror", None) in _IN_USE:
            raise UsageError(
                t(
                    "port {port} is already in use on {host}: another program (perhaps another medlofte "
                    "serve) listens there. Stop it, or choose another port with --port.",
                    port=port,
                    host=host,
                )
            ) from err
        if err.errno in _DENIED or getattr(err, "winerror", None) in _DENIED:
            raise UsageError(
                t(
                    "not allowed to listen on {host} port {port} (ports below 1024 need "
                    "administrator rights). Choose another port with --port.",
                    host=host,
                    port=port,
                )
            ) from err
        raise UsageError(
            t("cannot listen on {host} port {port}: {value}.", host=host, port=port, value=err.strerror or err)
        ) from err
    if local:
        bound = server.server_port
        names = ("127.0.0.1", "localhost", "[::1]")
        server.hosts = {f"{name}:{bound}" for name in names} | ({*names} if bound == 80 else set())
    return server


class Server:
    """The preview of one data folder on one address."""

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = LOCAL_HOST,
        port: int = 8000,
        lang: str = "sv",
        on_build: Callable[[str], None] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.on_build = on_build
        self.builder = Builder(data_dir, lang)
        self.httpd = _bind(host, port)
        try:
            self.hub = self.httpd.hub = Hub(self.builder.build())
        except BaseException:
            self.httpd.server_close()
            raise
        self.host = host
        self.port = self.httpd.server_port
        self.local = self.httpd.hosts is not None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        """Where to open the preview (this machine's own address when it listens on all)."""
        host = self.httpd.server_name
        if host in ("0.0.0.0", ""):
            host = LOCAL_HOST
        elif host == "::":
            host = "::1"
        return f"http://[{host}]:{self.port}/" if ":" in host else f"http://{host}:{self.port}/"

    @property
    def summary(self) -> str:
        """What the last build found, as one line."""
        return self.hub.site.summary

    def start(self) -> None:
        for name, target in (("medlofte-http", self._serve), ("medlofte-watch", self._watch)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self) -> None:
        self.httpd.serve_forever(poll_interval=0.1)

    def rebuild(self) -> None:
        site = self.builder.build()
        if self.hub.publish(site) and self.on_build is not None:
            self.on_build(site.summary)

    def _folder(self) -> tuple[int, int] | None:
        """Which folder the data folder's name stands for now (none when it is gone)."""
        try:
            found = self.data_dir.stat()
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _watch(self) -> None:
        import watchfiles

        first = True
        while not self._stop.is_set():
            watched = self._folder()
            if not first:  # watching again: what changed while nobody watched counts too
                self.rebuild()
            first = False
            try:
                for changes in watchfiles.watch(
                    self.data_dir,
                    stop_event=self._stop,
                    step=STEP_MS,
                    rust_timeout=int(RETRY_S * 1000),
                    yield_on_timeout=True,  # to look every second whether the folder is still the one watched
                    raise_interrupt=False,
                ):
                    if changes:
                        self.rebuild()
                    if self._folder() != watched:  # moved away, removed, or another folder put in its place
                        self.rebuild()
                        break
            except Exception:  # noqa: BLE001 - the folder is gone or cannot be watched: show it, try again
                self.rebuild()
                self._stop.wait(RETRY_S)

    def stop(self) -> None:
        """Close every event stream, stop serving and watching, free the port."""
        self._stop.set()
        self.hub.close()
        if self._threads:
            self.httpd.shutdown()
        self.httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads = []

    def wait(self) -> None:
        """Until stopped; Ctrl-C raises KeyboardInterrupt here (waiting in short steps, as
        Windows needs for that)."""
        while not self._stop.wait(0.25):
            pass

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stop()
