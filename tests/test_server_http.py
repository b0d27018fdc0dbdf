"""`medlofte serve` over real sockets: the routes and only those, refused paths, the event
stream after saves (also by editors that replace the file), a port in use, the host warning
and Ctrl-C."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, ROOT
from medlofte import api
from medlofte.cli import app
from medlofte.errors import UsageError
from medlofte.server.live import Server

TRAFFIC = "areas/09-trafik.yaml"


@pytest.fixture
def server(seed: Path) -> Iterator[Server]:
    with api.serve(seed, port=0) as running:
        yield running


def get(server: Server, target: str, *, method: str = "GET", host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request with the target exactly as given (no client-side clean-up of '..')."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.putrequest(method, target, skip_host=True)
        connection.putheader("Host", host or f"127.0.0.1:{server.port}")
        connection.endheaders()
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


class Events:
    """The event stream as a page sees it."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.socket = socket.create_connection(("127.0.0.1", server.port), timeout=60)
        self.socket.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
        self.file = self.socket.makefile("rb")
        assert self.file.readline() == b"HTTP/1.1 200 OK\r\n"
        while self.file.readline() not in (b"\r\n", b""):
            pass

    def build(self, deadline: float | None = None) -> str:
        """The token of the next build event (keep-alive comments skipped); past
        ``deadline`` a stream of keep-alives alone fails instead of waiting for ever."""
        event = ""
        for raw in self.file:
            assert deadline is None or time.monotonic() < deadline, "no build came"
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "build":
                return line[6:]
        raise AssertionError("the event stream ended")

    def until(self, shown: str, route: str = "/", present: bool = True) -> None:
        """Wait, build after build, until the page shows (or no longer shows) the text: one
        save may come as several builds on a loaded machine (a moved folder, a slow disk)."""
        deadline = time.monotonic() + 60
        while (shown in get(self.server, route)[2].decode("utf-8")) is not present:
            assert time.monotonic() < deadline, f"the page never {'showed' if present else 'dropped'} {shown!r}"
            try:
                self.build(deadline)
            except AssertionError:  # no build before the deadline: look at the page once more
                assert (shown in get(self.server, route)[2].decode("utf-8")) is present, (
                    f"the page never {'showed' if present else 'dropped'} {shown!r}"
                )
                return

    def close(self) -> None:
        self.file.close()
        self.socket.close()


@pytest.mark.parametrize("route", ["/", "/follow-up", "/status", "/actors", "/actors/polisen", "/actors/malmo-stad"])
def test_each_page_is_served_with_a_strict_policy(server: Server, route: str) -> None:
    status, headers, body = get(server, route)
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'sha256-" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert body.startswith(b"<!DOCTYPE html>")
    assert int(headers["content-length"]) == len(body)


def test_head_sends_the_headers_only(server: Server) -> None:
    status, headers, body = get(server, "/", method="HEAD")
    assert (status, body) == (200, b"")
    assert int(headers["content-length"]) > 1000


def test_the_query_string_does_not_change_the_page(server: Server) -> None:
    assert get(server, "/status?x=1")[2] == get(server, "/status")[2]


@pytest.mark.parametrize(
    "target",
    [
        "/../promise.yaml",
        "/..",
        "/actors/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/actors/%2E%2E/%2E%2E/promise.yaml",
        "/./status",
        "/actors/..%5c..%5cpromise.yaml",
        "/actors/%00",
        "promise.yaml",
        "*",
    ],
)
def test_dot_segments_and_odd_targets_are_refused(server: Server, target: str) -> None:
    status, headers, body = get(server, target)
    assert status == 400
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body == b"Bad request: not a page of this preview.\n"


@pytest.mark.parametrize(
    "target", ["/promise.yaml", "/areas/", "/areas/09-trafik.yaml", "/data/promise.yaml", "/actors/", "/status/", "/index.html"]
)
def test_no_file_and_no_listing_is_served(server: Server, target: str) -> None:
    status, _, body = get(server, target)
    assert status == 404
    assert b"<h1>Sidan finns inte</h1>" in body
    assert b"commitments:" not in body
    assert b"09-trafik.yaml" not in body


def test_other_methods_are_not_implemented(server: Server) -> None:
    assert get(server, "/", method="POST")[0] == 501
    assert get(server, "/", method="PUT")[0] == 501


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example", ""])
def test_a_page_elsewhere_cannot_reach_it_through_another_name(server: Server, host: str) -> None:
    status, _, body = get(server, "/", host=host or " ")
    assert status == 400
    assert body.startswith(b"This server answers only requests for this machine")


def test_localhost_is_this_machine(server: Server) -> None:
    assert get(server, "/", host=f"localhost:{server.port}")[0] == 200
    assert get(server, "/", host=f"LOCALHOST:{server.port}")[0] == 200


def test_events_tell_each_page_its_build_at_once_and_again_after_a_save(server: Server, seed: Path) -> None:
    events = Events(server)
    try:
        first = events.build()
        assert first == server.hub.site.token
        area = seed / TRAFFIC
        area.write_text(area.read_text(encoding="utf-8").replace("trafikkontroller", "fler trafikkontroller"), encoding="utf-8")
        second = events.build()
        assert second != first
        events.until("fler trafikkontroller")
    finally:
        events.close()


def test_an_editor_that_saves_by_replacing_the_file_is_seen(server: Server, seed: Path) -> None:
    events = Events(server)
    try:
        first = events.build()
        area = seed / TRAFFIC
        fresh = area.with_name(".09-trafik.yaml.tmp")  # written beside, then renamed over the old one
        fresh.write_text(area.read_text(encoding="utf-8").replace("trafikkontroller", "nya kontroller"), encoding="utf-8")
        os.replace(fresh, area)
        assert events.build() != first
        events.until("nya kontroller")
    finally:
        events.close()


def test_a_broken_then_fixed_file_shows_then_drops_the_finding(server: Server, seed: Path) -> None:
    events = Events(server)
    try:
        events.build()
        area = seed / TRAFFIC
        original = area.read_text(encoding="utf-8")
        area.write_text(original.replace("title: Trafik", "title: [Trafik"), encoding="utf-8")
        where = f'{seed.as_posix()}/{TRAFFIC}:3:12</span> <span class="preview-severity">fel</span>'
        events.until(f'{where} <span class="preview-code">[ML104]</span>')
        assert "Inte aktuell." in get(server, "/")[2].decode("utf-8")
        area.write_text(original, encoding="utf-8")
        events.until('<section class="preview-banner', present=False)
    finally:
        events.close()


def test_stop_ends_open_event_streams_and_frees_the_port(seed: Path) -> None:
    running = api.serve(seed, port=0)
    port = running.port
    with running:
        events = Events(running)
        events.build()
    try:
        assert events.file.read() == b"\n"  # the end of the last event, then the server closed the stream
    finally:
        events.close()
    with api.serve(seed, port=port) as again:  # the port is free once more
        assert get(again, "/")[0] == 200


@pytest.fixture
def taken() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_a_port_in_use_is_a_usage_error(seed: Path, taken: int) -> None:
    with pytest.raises(UsageError) as raised:
        api.serve(seed, port=taken)
    assert raised.value.exit_code == 2
    assert str(raised.value) == (
        f"port {taken} is already in use on 127.0.0.1: another program (perhaps another medlofte serve) listens there. "
        "Stop it, or choose another port with --port."
    )


def test_the_command_line_says_so_with_exit_code_2(runner: CliRunner, taken: int) -> None:
    result = runner.invoke(app, ["serve", str(DATA), "--port", str(taken)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"medlofte: port {taken} is already in use on 127.0.0.1: another program (perhaps another medlofte serve) listens "
        "there. Stop it, or choose another port with --port.\n"
    )


def test_an_unknown_host_and_a_missing_folder_are_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", str(DATA), "--host", "no-such-host.invalid", "--port", "0"])
    assert result.exit_code == 2
    assert result.stderr == (
        "medlofte: cannot serve on 'no-such-host.invalid': no such address on this machine. Use an address such as 127.0.0.1.\n"
    )
    result = runner.invoke(app, ["serve", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr == f"medlofte: data directory '{tmp_path / 'nope'}' does not exist.\n"


def start(*args: str) -> tuple[subprocess.Popen[str], list[str]]:
    """`medlofte serve` as its own process, until it says where it serves."""
    process = subprocess.Popen(
        [sys.executable, "-m", "medlofte", "serve", str(DATA), "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert process.stderr is not None
    lines = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Serving "):
            return process, lines
    process.kill()
    raise AssertionError(f"medlofte serve did not start: {lines}")


def interrupt(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    out, rest = process.communicate(timeout=20)
    assert out == "", out
    return process.returncode, rest


def _port(line: str) -> int:
    return int(line.split("http://")[1].split("/")[0].rsplit(":", 1)[1])


@pytest.mark.slow  # a fresh Python process
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_ends_it_cleanly_with_exit_code_0() -> None:
    process, lines = start()
    assert len(lines) == 2
    assert lines[0].endswith(" Checked 11 files in 1 data directory: no problems found.")
    port = _port(lines[1])
    assert lines[1] == (
        f"Serving {DATA.as_posix()} on http://127.0.0.1:{port}/ - the page updates when you save. Press Ctrl-C to stop."
    )
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/")
    assert connection.getresponse().status == 200
    connection.close()
    code, rest = interrupt(process)
    assert (code, rest) == (0, "Stopped.\n")


@pytest.mark.slow  # a fresh Python process
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_another_host_is_served_with_a_warning() -> None:
    process, lines = start("--host", "0.0.0.0")
    try:
        port = _port(lines[-1])
        assert lines[0] == (
            f"medlofte: warning: serving on 0.0.0.0: anyone who can reach this machine on port {port} can read these pages. "
            "Leave out --host to keep them on this machine."
        )
        assert lines[-1].startswith(f"Serving {DATA.as_posix()} on http://127.0.0.1:{port}/ ")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/", headers={"Host": f"medlofte.example:{port}"})  # any name, as the user asked
        assert connection.getresponse().status == 200
        connection.close()
    finally:
        code, rest = interrupt(process)
    assert (code, rest) == (0, "Stopped.\n")


def test_on_all_addresses_the_page_is_opened_on_this_machine(seed: Path) -> None:
    with api.serve(seed, host="0.0.0.0", port=0) as running:
        assert not running.local
        assert running.url == f"http://127.0.0.1:{running.port}/"
        assert get(running, "/", host=f"192.0.2.1:{running.port}")[0] == 200  # any name: the user chose to share it


@pytest.mark.slow  # waits for the watcher's one-second look at the folder
def test_a_folder_removed_and_put_back_is_followed(server: Server, seed: Path, tmp_path: Path) -> None:
    import shutil

    events = Events(server)
    try:
        events.build()
        shutil.move(seed, tmp_path / "elsewhere")
        events.until("The promise file is missing.")
        shutil.copytree(tmp_path / "elsewhere", seed)
        events.until('<section class="preview-banner', present=False)
        (seed / TRAFFIC).write_text((seed / TRAFFIC).read_text(encoding="utf-8").replace("trafikkontroller", "åter"), "utf-8")
        events.until("åter")  # watched again
    finally:
        events.close()
