"""Smart HTTP: a small threading web server (stdlib) on 127.0.0.1 that asks for HTTP basic
auth and runs ``git http-backend`` as a CGI program for every authorised request."""

from __future__ import annotations

import base64
import hmac
import secrets
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BufferedIOBase
from pathlib import Path
from typing import IO
from urllib.parse import unquote, urlsplit

from tests.servers.common import LOCALHOST, ServedRepositories

USER = "pmtui-test"
REALM = "pmtui-test"
_BLOCK = 64 * 1024


class _BackendServer(ThreadingHTTPServer):
    daemon_threads = True
    backend: SmartHttpServer


class _GitHttpHandler(BaseHTTPRequestHandler):
    server: _BackendServer

    def do_GET(self) -> None:  # the name http.server calls
        self._serve()

    def do_POST(self) -> None:  # the name http.server calls
        self._serve()

    def log_message(self, format: str, *args: object) -> None:
        self.server.backend.write_log(format % args)

    def _serve(self) -> None:
        if not self.server.backend.authorised(self.headers.get("Authorization", "")):
            self.send_response(401)
            self.send_header("WWW-Authenticate", f'Basic realm="{REALM}"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with (
            self.server.backend.log.open("ab") as errors,
            subprocess.Popen(
                ["git", "http-backend"],
                env=self._cgi_env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
            ) as process,
        ):
            assert process.stdin is not None and process.stdout is not None
            feeder = threading.Thread(target=self._send_body, args=(process.stdin,), daemon=True)
            feeder.start()
            try:
                self._relay_response(process.stdout)
            except ConnectionError:  # the client went away: an interrupted fetch or push
                process.kill()
            feeder.join()

    def _cgi_env(self) -> dict[str, str]:
        """The CGI/1.1 variables http-backend reads, each request header as HTTP_NAME."""
        backend = self.server.backend
        url = urlsplit(self.path)
        env = {
            **backend.server_env,
            "GIT_PROJECT_ROOT": str(backend.root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "GATEWAY_INTERFACE": "CGI/1.1",
            "SERVER_PROTOCOL": self.request_version,
            "REQUEST_METHOD": self.command,
            "PATH_INFO": unquote(url.path),
            "QUERY_STRING": url.query,
            "REMOTE_ADDR": self.client_address[0],
            "AUTH_TYPE": "Basic",
            "REMOTE_USER": USER,
        }
        for name, value in self.headers.items():
            env["HTTP_" + name.upper().replace("-", "_")] = value
        if "Content-Type" in self.headers:
            env["CONTENT_TYPE"] = self.headers["Content-Type"]
        if "Content-Length" in self.headers and not self._chunked():
            env["CONTENT_LENGTH"] = self.headers["Content-Length"]
        return env

    def _chunked(self) -> bool:
        return "chunked" in self.headers.get("Transfer-Encoding", "").lower()

    def _send_body(self, stdin: IO[bytes]) -> None:
        """The request body to http-backend as it arrives (git sends a big push chunked)."""
        try:
            if self._chunked():
                self._send_chunks(stdin)
            else:
                _copy_exactly(self.rfile, stdin, int(self.headers.get("Content-Length", "0")))
        except OSError:  # http-backend stopped reading (a refusal), or the client went away
            pass
        finally:
            stdin.close()

    def _send_chunks(self, stdin: IO[bytes]) -> None:
        self.server.backend.write_log(f"{self.command} {self.path}: chunked request body")
        while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
            _copy_exactly(self.rfile, stdin, size)
            self.rfile.readline()  # the CRLF after each chunk
        while self.rfile.readline().strip():  # trailers, up to the empty line
            pass

    def _relay_response(self, stdout: IO[bytes]) -> None:
        """http-backend's CGI headers (``Status:`` included) as a response, then its body
        as it comes; the connection closes after it (HTTP/1.0), so no length is needed."""
        status, headers = 200, []
        while (line := stdout.readline()).strip():
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "status":
                status = int(value.split()[0])
            else:
                headers.append((name, value.strip()))
        if not line:  # http-backend ended before its headers did: it failed (its log says why)
            status, headers = 502, []
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        shutil.copyfileobj(stdout, self.wfile, _BLOCK)
        self.wfile.flush()


def _copy_exactly(source: BufferedIOBase, target: IO[bytes], size: int) -> None:
    while size > 0:
        block = source.read(min(size, _BLOCK))
        if not block:
            return
        target.write(block)
        size -= len(block)


class SmartHttpServer(ServedRepositories):
    """Serves the bare repositories under ``root`` at http://127.0.0.1:PORT/NAME.git to the
    user ``USER`` with a random password. ``env`` names a credential helper (git's own
    ``store``, with a file holding the password), so ``git push`` never prompts."""

    name = "http"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir / "repositories", workdir / "home")
        self.log = workdir / "http.log"
        self.log.touch()
        self._log_lock = threading.Lock()
        self.password = secrets.token_urlsafe(16)
        self.httpd = _BackendServer((LOCALHOST, 0), _GitHttpHandler)
        self.httpd.backend = self
        self.port: int = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.credentials = workdir / "git-credentials"
        self.credentials.write_text(f"http://{USER}:{self.password}@{LOCALHOST}:{self.port}\n")
        self.env = {
            **self.env_without_credentials(),
            "GIT_CONFIG_COUNT": "1",
            "GIT_CONFIG_KEY_0": "credential.helper",
            "GIT_CONFIG_VALUE_0": f"store --file={self.credentials}",
        }

    @staticmethod
    def env_without_credentials() -> dict[str, str]:
        """A client environment with no credential helper: git may not prompt either."""
        local = f"{LOCALHOST},localhost"
        return {"GIT_TERMINAL_PROMPT": "0", "NO_PROXY": local, "no_proxy": local}

    def authorised(self, header: str) -> bool:
        expected = base64.b64encode(f"{USER}:{self.password}".encode()).decode()
        return hmac.compare_digest(header.encode(), f"Basic {expected}".encode())

    def write_log(self, line: str) -> None:
        with self._log_lock, self.log.open("a", encoding="utf-8") as log:
            log.write(line + "\n")

    def url_for(self, repo_name: str) -> str:
        return f"http://{LOCALHOST}:{self.port}/{repo_name}.git"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
