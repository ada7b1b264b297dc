"""Shared fixtures: a built copy of the invented test archive, served under a sub-path."""
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARCHIVE = os.path.join(REPO, "Tests", "ReadoutCoreTests", "Fixtures", "sites", "archive")


def readout_binary():
    path = os.environ.get("READOUT_BIN") or os.path.join(REPO, ".build", "debug", "readout")
    if not os.path.exists(path):
        raise RuntimeError(f"readout binary not found at {path}; run 'swift build' first or set READOUT_BIN")
    return path


@pytest.fixture(scope="session")
def site():
    """The archive built into a temporary folder: <tmp>/sub/path/ holds the site."""
    tmp = tempfile.mkdtemp(prefix="readout-browser-")
    out = os.path.join(tmp, "sub", "path")
    os.makedirs(os.path.dirname(out))
    subprocess.run([readout_binary(), "build", "--seeds", ARCHIVE, "--templates", os.path.join(REPO, "templates"),
                    "--output", out, "--base-url", "https://example.org/sub/path/"], check=True, capture_output=True)
    yield out
    shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def server(site):
    """A loopback HTTP server whose document root is two levels above the site, so the site
    lives at http://127.0.0.1:PORT/sub/path/."""
    root = os.path.dirname(os.path.dirname(site))
    handler = functools.partial(QuietHandler, directory=root)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sub/path/"
    httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900",
                "--allow-file-access-from-files"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def host_without_base_url():
    """The archive built without a base URL, served at http://127.0.0.1:PORT/sub/path/ by a
    host that answers every missing address with the site's 404.html, as static hosts do."""
    tmp = tempfile.mkdtemp(prefix="readout-browser-404-")
    out = os.path.join(tmp, "sub", "path")
    os.makedirs(os.path.dirname(out))
    subprocess.run([readout_binary(), "build", "--seeds", ARCHIVE, "--templates", os.path.join(REPO, "templates"),
                    "--output", out], check=True, capture_output=True)
    not_found = os.path.join(out, "404.html")

    class NotFoundHandler(QuietHandler):
        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            with open(not_found, "rb") as f:
                body = f.read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(NotFoundHandler, directory=tmp))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sub/path/"
    httpd.shutdown()
    shutil.rmtree(tmp, ignore_errors=True)
