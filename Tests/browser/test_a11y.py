"""Accessibility, checked by a tool no one here wrote: axe-core (bundled by PyPI's
axe-selenium-python) finds no violation on any page kind, in the light and the dark colour
scheme, on a desktop and a phone width."""
import os

import pytest

AXE = None


def axe_source():
    global AXE
    if AXE is None:
        import axe_selenium_python
        path = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")
        with open(path, encoding="utf-8") as f:
            AXE = f.read()
    return AXE


PAGES = [
    "index.html", "records/2017-09-15-norland-vestria-summit-meeting.html", "speakers/index.html",
    "speakers/ivana-marek.html", "topics/index.html", "topics/energy.html", "years/index.html", "years/2017.html",
    "countries/index.html", "countries/vestria.html", "search.html", "search.html?q=fisheries",
]


def violations(browser, url):
    browser.get(url)
    browser.execute_script(axe_source())
    result = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations); },"
        " function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });")
    return [(v["id"], v["help"], [n.get("target") for n in v.get("nodes", [])][:3]) for v in result]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1200, 390])
def test_no_page_kind_has_an_accessibility_violation(browser, server, host_without_base_url, scheme, width):
    browser.set_window_size(width, 900)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        found = {page: violations(browser, server + page) for page in PAGES}
        # The 404 page as a host serves it, at an address that does not exist (with the
        # base URL of the other build its stylesheet would be fetched from example.org).
        found["404.html"] = violations(browser, host_without_base_url + "no/such/page.html")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        browser.set_window_size(1200, 900)
        # The 404 page's own "404" is logged as a console error; other tests read the log.
        browser.get_log("browser")
    found = {page: v for page, v in found.items() if v}
    assert not found, found


def test_the_dark_scheme_is_really_dark(browser, server):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        browser.get(server + "index.html")
        background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    red, green, blue = [int(x) for x in background[background.index("(") + 1:background.index(")")].split(",")[:3]]
    assert red + green + blue < 120, background
