"""The preview's HTTP server: the standard library's, serving only the pages of the current
build and one event stream that tells every open page when a new build is there.

Nothing is read from disk by path: a request names a route, and a route is a key of the
build's pages. Requests for this machine only (the default) must also name it in their
Host header, so a web page elsewhere cannot reach the preview through a rebound name.
"""

from __future__ import annotations

import socket
import socketserver
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from medlofte.output.preview import SCRIPT_HASH
from medlofte.server.site import CONTENT_TYPE, Site

EVENTS = "/events"
KEEPALIVE = 15.0  # seconds between comments on an idle event stream, to find closed pages

POLICY = "; ".join(
    (
        "default-src 'none'",
        "style-src 'unsafe-inline'",  # the documents' own inline style sheet and colour swatches
        "img-src data:",
        f"script-src '{SCRIPT_HASH}'",  # the reload script, and nothing else
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)


class Hub:
    """The current build, and every open page's wait for the next one."""

    def __init__(self, site: Site) -> None:
        self._site = site
        self._changed = threading.Condition()
        self._closed = False

    @property
    def site(self) -> Site:
        return self._site

    def publish(self, site: Site) -> bool:
        """Make ``site`` current; true when it shows something else than before."""
        with self._changed:
            changed = site.token != self._site.token
            self._site = site
            self._changed.notify_all()
        return changed

    def wait(self, token: str | None, timeout: float) -> str | None:
        """The current token once it is not ``token`` (or after ``timeout``); ``None`` when closed."""
        with self._changed:
            self._changed.wait_for(lambda: self._closed or self._site.token != token, timeout)
            return None if self._closed else self._site.token

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()


def route(target: str) -> str | None:
    """The route a request target names, or ``None`` when it is refused: not a path, or a
    path with '.' or '..' segments, backslashes or NUL (however they are encoded)."""
    path = urlsplit(target).path
    if not path.startswith("/"):
        return None
    decoded = unquote(path)
    if "\\" in decoded or "\0" in decoded or any(s in (".", "..") for s in decoded.split("/")):
        return None
    return decoded


class PreviewHTTPServer(ThreadingHTTPServer):
    daemon_threads = True  # an open page's event stream never keeps the process alive
    # On Windows SO_REUSEADDR would let a second server take a port already in use.
    allow_reuse_address = sys.platform != "win32"

    hub: Hub  # set once the first build is made
    hosts: set[str] | None = None  # the Host headers accepted; None: any

    def __init__(self, address: tuple[Any, ...], family: socket.AddressFamily) -> None:
        self.address_family = family
        super().__init__(address, Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A page closed or reloaded mid-request is normal and says nothing; anything else is
        a bug, said in one line instead of socketserver's traceback."""
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            sys.stderr.write(f"medlofte: internal error while answering a request: {type(error).__name__}: {error}\n")

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's full name, which can wait seconds on DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])


class Handler(BaseHTTPRequestHandler):
    server: PreviewHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "medlofte-serve"
    sys_version = ""

    def do_GET(self) -> None:
        self.respond(head=False)

    def do_HEAD(self) -> None:
        self.respond(head=True)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows each rebuild, not each request."""

    def respond(self, head: bool) -> None:
        hosts = self.server.hosts
        if hosts is not None and (self.headers.get("Host") or "").lower() not in hosts:
            self.plain(400, "This server answers only requests for this machine (127.0.0.1 or localhost).\n", head)
            return
        path = route(self.path)
        if path is None:
            self.plain(400, "Bad request: not a page of this preview.\n", head)
            return
        if path == EVENTS:
            self.events(head)
            return
        site = self.server.hub.site
        page = site.pages.get(path)
        self.send(200 if page is not None else 404, page if page is not None else site.missing, CONTENT_TYPE, head)

    def send(self, status: int, body: bytes, content_type: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.common_headers()
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def plain(self, status: int, text: str, head: bool) -> None:
        self.send(status, text.encode("utf-8"), "text/plain; charset=utf-8", head)

    def common_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", POLICY)

    def events(self, head: bool) -> None:
        """Server-sent events: the current build's token at once and after every new build."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Connection", "close")
        self.common_headers()
        self.end_headers()
        if head:
            return
        token: str | None = None
        try:
            self.wfile.write(b"retry: 1000\n\n")
            while True:
                current = self.server.hub.wait(token, KEEPALIVE)
                if current is None:
                    return
                message = f"event: build\ndata: {current}\n\n" if current != token else ": still here\n\n"
                token = current
                self.wfile.write(message.encode("ascii"))
                self.wfile.flush()
        except OSError:  # the page was closed or reloaded
            return
