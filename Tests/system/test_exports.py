"""The research exports, read by real clients: jing validates every TEI document against the
Parla-CLARIN schema, pandoc's citeproc renders every CSL-JSON and BibTeX file without a
warning, and DuckDB loads the JSON Lines, CSV and people files with its automatic readers and
counts the same statements per speaker and year as the site's speaker pages."""
import glob
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("READOUT_BIN") or os.path.join(REPO, ".build", "debug", "readout")
ARCHIVE = os.path.join(REPO, "Tests", "ReadoutCoreTests", "Fixtures", "sites", "archive")
SCHEMA = os.path.join(REPO, "Tests", "system", "parla-clarin", "parla-clarin.rng")


def build(seeds, out):
    result = subprocess.run([BIN, "build", "--seeds", seeds, "--output", out, "--base-url", "https://example.org/archive/", "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def site():
    tmp = tempfile.mkdtemp(prefix="readout-exports-")
    yield build(ARCHIVE, os.path.join(tmp, "public"))
    shutil.rmtree(tmp, ignore_errors=True)


def jing(files):
    result = subprocess.run(["jing", SCHEMA] + files, capture_output=True, text=True)
    errors = [l for l in (result.stdout + result.stderr).splitlines() if l and not l.startswith("[warning]")]
    return result.returncode, errors


def test_every_tei_document_and_the_corpus_validate(site):
    files = sorted(glob.glob(os.path.join(site, "data", "tei", "*.xml")))
    records = glob.glob(os.path.join(ARCHIVE, "*.txt"))
    assert len(files) == len(records) + 1, files
    status, errors = jing(files)
    assert status == 0 and not errors, errors[:20]


def test_tei_keeps_the_sites_anchors_and_speakers(site):
    text = open(os.path.join(site, "data", "tei", "2017-09-15-norland-vestria-summit-meeting.xml"), encoding="utf-8").read()
    assert 'xml:id="r.2017-09-15-norland-vestria-summit-meeting.s1-p2"' in text
    assert 'who="#r.2017-09-15-norland-vestria-summit-meeting.p.ivana-marek"' in text
    assert "<persName>Ivana Marek</persName>" in text
    page = open(os.path.join(site, "records", "2017-09-15-norland-vestria-summit-meeting.html"), encoding="utf-8").read()
    assert 'id="s1-p2"' in page


def test_a_thousand_record_corpus_validates():
    tmp = tempfile.mkdtemp(prefix="readout-tei-1k-")
    try:
        subprocess.run([sys.executable, os.path.join(REPO, "scripts", "gen-corpus"), "1000", os.path.join(tmp, "seeds")],
                       check=True, capture_output=True)
        out = build(os.path.join(tmp, "seeds"), os.path.join(tmp, "public"))
        files = sorted(glob.glob(os.path.join(out, "data", "tei", "*.xml")))
        assert len(files) == 1001
        status, errors = jing(files)
        assert status == 0 and not errors, errors[:20]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.mark.parametrize("extension", ["csl.json", "bib"])
def test_pandoc_renders_every_citation_file_without_a_warning(site, extension):
    document = os.path.join(site, "..", "cite.md")
    with open(document, "w") as f:
        f.write('---\nnocite: "@*"\n---\n')
    files = sorted(glob.glob(os.path.join(site, "records", "*." + extension)))
    assert files
    for path in files:
        result = subprocess.run(["pandoc", "--citeproc", "--bibliography", path, "-t", "plain", "--wrap=none", document],
                                capture_output=True, text=True)
        assert result.returncode == 0 and result.stderr.strip() == "", (path, result.stderr)
        record = os.path.basename(path).split(".")[0]
        rendered = result.stdout.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        assert "https://example.org/archive/records/" + record + ".html" in rendered, rendered
        assert record[:4] in rendered, "the year"
        title = re.search(r"<h1>(.*?)</h1>", open(os.path.join(site, "records", record + ".html"), encoding="utf-8").read())
        assert title and html.unescape(title.group(1)).lower() in rendered.lower()


def test_duckdb_reads_the_data_and_counts_what_the_speaker_pages_count(site):
    import duckdb
    data = os.path.join(site, "data")
    con = duckdb.connect()
    jsonl = con.execute(f"SELECT count(*) FROM read_json_auto('{data}/statements.jsonl')").fetchone()[0]
    csv = con.execute(f"SELECT count(*) FROM read_csv_auto('{data}/statements.csv')").fetchone()[0]
    assert jsonl == csv and jsonl > 0
    people = con.execute(f"SELECT id, statements FROM read_json_auto('{data}/people.json')").fetchall()
    assert people
    rows = con.execute(
        f"SELECT s, year, count(*) FROM (SELECT unnest(speakers) AS s, year, kind FROM read_json_auto('{data}/statements.jsonl')) "
        "WHERE kind = 'statement' GROUP BY ALL").fetchall()
    counted = {(s, y): n for s, y, n in rows}
    for person, total in people:
        page = open(os.path.join(site, "speakers", person + ".html"), encoding="utf-8").read()
        for year, statements in re.findall(r'years/(\d{4})\.html">\d{4}</a>: [\d,]+ meetings?, ([\d,]+) statements?', page):
            assert counted.get((person, int(year)), 0) == int(statements.replace(",", "")), (person, year)
        assert sum(n for (s, _), n in counted.items() if s == person) == total, person


def test_each_person_and_topic_has_a_feed_of_their_statements(site):
    import xml.etree.ElementTree as ET
    atom = "{http://www.w3.org/2005/Atom}"
    feeds = sorted(glob.glob(os.path.join(site, "speakers", "*.xml")) + glob.glob(os.path.join(site, "topics", "*.xml")))
    assert feeds
    for path in feeds:
        root = ET.parse(path).getroot()
        assert root.tag == atom + "feed"
        page = path[:-4] + ".html"
        assert os.path.exists(page), path
        assert os.path.basename(path) in open(page, encoding="utf-8").read(), "the page links its feed"
        for entry in root.findall(atom + "entry"):
            href = entry.find(atom + "link").get("href")
            assert href.startswith("https://example.org/archive/records/")
            record, anchor = href[len("https://example.org/archive/"):].split("#")
            assert f'id="{anchor}"' in open(os.path.join(site, record), encoding="utf-8").read()


def test_without_a_base_url_there_are_no_feeds_but_the_data_files(tmp_path):
    out = tmp_path / "public"
    result = subprocess.run([BIN, "build", "--seeds", ARCHIVE, "--output", str(out), "--quiet"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not glob.glob(str(out / "speakers" / "*.xml")) and not (out / "feed.xml").exists()
    assert (out / "data" / "statements.jsonl").exists() and (out / "data" / "tei" / "corpus.xml").exists()
