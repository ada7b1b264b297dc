"""`readout serve` in a real browser: an open page shows an edit to its record without a
manual refresh, and a broken template shows the error overlay over the last good page until
the template is fixed."""
import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ARCHIVE, REPO, readout_binary

RECORD = "2017-09-15-norland-vestria-summit-meeting"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def replace_in(path, old, new):
    """Edits a file as editors save: a new file renamed over the old one."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))
    os.replace(path + ".tmp", path)


@pytest.fixture
def preview():
    """A preview server on copies of the test archive and the templates: (url, seeds, templates)."""
    tmp = tempfile.mkdtemp(prefix="readout-serve-browser-")
    seeds, templates = os.path.join(tmp, "seeds"), os.path.join(tmp, "templates")
    shutil.copytree(ARCHIVE, seeds)
    shutil.copytree(os.path.join(REPO, "templates"), templates)
    port = free_port()
    process = subprocess.Popen([readout_binary(), "serve", "--seeds", seeds, "--templates", templates,
                                "--output", os.path.join(tmp, "public"), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while True:
            assert process.poll() is None, "readout serve exited"
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("HEAD", "/index.html")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                pass
            assert time.time() < deadline, "the preview server did not answer"
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/", seeds, templates
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


def test_an_open_page_shows_an_edit_to_its_record(browser, preview):
    url, seeds, _ = preview
    browser.get(url + f"records/{RECORD}.html")
    assert "thanked Norland for its support" in browser.page_source
    browser.execute_script("window.readoutTestMarker = 1")
    replace_in(os.path.join(seeds, RECORD + ".txt"), "thanked Norland for its support", "thanked Norland for its unwavering support")
    WebDriverWait(browser, 20).until(lambda b: "unwavering support" in b.find_element(By.TAG_NAME, "main").text)
    # The page reloaded itself: the marker set on the old page is gone.
    assert browser.execute_script("return window.readoutTestMarker") is None


def test_a_broken_template_shows_the_overlay_until_it_is_fixed(browser, preview):
    url, _, templates = preview
    browser.get(url + f"records/{RECORD}.html")
    template = os.path.join(templates, "record.md.mustache")
    replace_in(template, "{{#sections}}", "{{#sections}}{{#unclosed}}")
    WebDriverWait(browser, 20).until(lambda b: b.find_elements(By.ID, "readout-error-overlay"))
    overlay = browser.find_element(By.ID, "readout-error-overlay").text
    assert "record.md.mustache" in overlay
    # The last good page is still there under the overlay.
    assert "thanked Norland for its support" in browser.find_element(By.TAG_NAME, "main").get_attribute("textContent")
    replace_in(template, "{{#sections}}{{#unclosed}}", "{{#sections}}")
    WebDriverWait(browser, 20).until(lambda b: not b.find_elements(By.ID, "readout-error-overlay"))


def internal_links(browser, url):
    """The site's own page links on the open page, absolute, without fragments."""
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; })")
    links = []
    for href in hrefs:
        href = href.split("#")[0]
        if href.startswith(url) and href.endswith(".html") and href not in links:
            links.append(href)
    return links


def click_through(browser, url, pages):
    """Opens `pages` pages in the tab one after another, as a reader follows links; returns
    the seconds each load took."""
    times = []
    browser.get(url)
    seen = {browser.current_url}
    for _ in range(pages):
        links = [l for l in internal_links(browser, url) if l not in seen] or internal_links(browser, url)
        assert links, f"no link to follow on {browser.current_url}"
        target = links[len(times) * 7 % len(links)]
        seen.add(target)
        started = time.time()
        browser.get(target)
        WebDriverWait(browser, 30).until(lambda b: b.execute_script("return document.readyState") == "complete")
        times.append(time.time() - started)
    return times


def test_thirty_pages_in_one_tab_never_stall(browser, preview):
    url, _, _ = preview
    browser.set_page_load_timeout(30)
    times = click_through(browser, url, 30)
    assert max(times) < 1.0, f"page loads took {['%.2f' % t for t in times]} s"


def test_three_tabs_at_once_never_stall(browser, preview):
    url, _, _ = preview
    first = browser.current_window_handle
    handles = [first]
    for _ in range(2):
        browser.switch_to.new_window("tab")
        handles.append(browser.current_window_handle)
    times = []
    try:
        for round_ in range(10):
            for handle in handles:
                browser.switch_to.window(handle)
                times += click_through(browser, url, 1)
    finally:
        for handle in handles[1:]:
            browser.switch_to.window(handle)
            browser.close()
        browser.switch_to.window(first)
    assert max(times) < 1.0, f"page loads took {['%.2f' % t for t in times]} s"
