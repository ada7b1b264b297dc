"""The command line as a user meets it: refusals and runtime errors are one clear line with
the documented exit status, nothing is lost, and no usage text follows a runtime error."""
import os
import re
import shutil
import socket
import subprocess
import tempfile

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("READOUT_BIN") or os.path.join(REPO, ".build", "debug", "readout")


def tree(folder):
    result = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                result[os.path.relpath(path, folder)] = f.read()
    return result


@pytest.fixture
def project():
    """A project folder with seeds/, templates/ and a thesis beside them; the tests run in it."""
    tmp = tempfile.mkdtemp(prefix="readout-cli-")
    # One level down, so that the folder above the project holds only what the test made.
    project = os.path.join(tmp, "project")
    shutil.copytree(os.path.join(REPO, "seeds"), os.path.join(project, "seeds"))
    shutil.copytree(os.path.join(REPO, "templates"), os.path.join(project, "templates"))
    with open(os.path.join(project, "thesis.txt"), "w") as f:
        f.write("years of work")
    yield project
    shutil.rmtree(tmp, ignore_errors=True)


def run(project, *args, timeout=120):
    return subprocess.run([BIN, *args], cwd=project, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("output", ["seeds", "templates", ".", "..", "thesis.txt", "seeds/site"])
@pytest.mark.parametrize("command", ["build", "serve"])
def test_an_output_that_holds_the_users_files_is_refused_with_exit_2(project, command, output):
    parent = os.path.dirname(project)
    before = tree(project)
    siblings = sorted(os.listdir(parent))
    args = [command, "--output", output] + (["--port", "0"] if command == "serve" else [])
    result = run(project, *args)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("readout: error: refusing to write the site into"), result.stderr
    assert "Usage" not in result.stderr and "USAGE" not in result.stderr
    assert tree(project) == before
    assert sorted(os.listdir(parent)) == siblings


def test_files_the_build_did_not_make_are_kept_and_named(project):
    assert run(project, "build").returncode == 0
    with open(os.path.join(project, "public", "CNAME"), "w") as f:
        f.write("archive.example.org")
    os.remove(os.path.join(project, "seeds", "topics.yml"))
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert "kept 1 file that Readout did not make in public/ (CNAME); --clean removes them" in result.stderr
    assert open(os.path.join(project, "public", "CNAME")).read() == "archive.example.org"
    assert run(project, "build", "--clean").returncode == 0
    assert not os.path.exists(os.path.join(project, "public", "CNAME"))


def test_a_busy_port_is_one_line_before_any_build(project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(project, "serve", "--port", str(port), timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"readout: error: cannot serve: port {port} on 127.0.0.1 is already in use (another server?); "
        f"choose another with --port, such as --port {port + 1}"]
    assert not os.path.exists(os.path.join(project, "public")), "nothing was built"


def test_an_empty_seeds_folder_or_a_file_is_one_clear_error(project):
    os.mkdir(os.path.join(project, "empty"))
    with open(os.path.join(project, "empty", "notes.md"), "w") as f:
        f.write("# not a record")
    for seeds, message in [("empty", "no records in 'empty'"), ("thesis.txt", "'thesis.txt' is a file")]:
        result = run(project, "build", "--seeds", seeds)
        assert result.returncode == 1, result.stderr
        assert f"readout: error: {message}" in result.stderr
        assert "Usage" not in result.stderr and "USAGE" not in result.stderr
        assert not os.path.exists(os.path.join(project, "public"))


def test_the_summary_counts_warnings_in_words(project):
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert re.match(r"readout: built 1 record, [\d,]+ pages \([\d,]+ files\) in [\d.]+ s", summary), summary
    assert summary.endswith("→ public/; 1 warning"), summary
    quiet = run(project, "build", "--quiet", "--output", "quiet")
    assert quiet.returncode == 0
    assert "built" not in quiet.stderr and "warning: no base URL" in quiet.stderr


def test_it_works_in_any_folder_with_records_and_new_starts_one(project):
    shutil.rmtree(os.path.join(project, "templates"))
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert os.path.exists(os.path.join(project, "public", "assets", "style.css"))
    made = run(project, "new", "archive", "--theme")
    assert made.returncode == 0, made.stderr
    assert sorted(os.listdir(os.path.join(project, "archive"))) == ["seeds", "static", "templates"]
    again = run(project, "new", "archive")
    assert again.returncode == 2 and "is not empty" in again.stderr
    version = run(project, "--version")
    assert version.returncode == 0 and version.stdout.strip()[0].isdigit()


def test_check_says_when_a_folder_is_not_a_site_and_groups_broken_links_by_page(project):
    os.mkdir(os.path.join(project, "notes"))
    with open(os.path.join(project, "notes", "a.html"), "w") as f:
        f.write('<a href="missing.html">x</a>')
    result = run(project, "check", "notes")
    assert result.returncode == 2 and "is not a site Readout built" in result.stderr
    assert run(project, "build").returncode == 0
    with open(os.path.join(project, "public", "index.html"), "a") as f:
        f.write('\n<a href="gone.html">x</a>\n<a href="#nope">y</a>\n')
    result = run(project, "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "public/index.html: 2 broken links"
    total = sum(1 for _ in open(os.path.join(project, "public", "index.html")))
    assert lines[1] == f"  public/index.html:{total - 1}: gone.html (no file 'gone.html')"
    assert lines[2] == f"  public/index.html:{total}: #nope (no id 'nope' in 'index.html')"
    assert result.stderr.strip().endswith("readout: 2 broken links on 1 page in public/")
