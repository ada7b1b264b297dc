"""Publishing is atomic: a build that is killed, interrupted or fails leaves the previous site
byte-identical, and the next build removes what the dead one left behind."""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("READOUT_BIN") or os.path.join(REPO, ".build", "debug", "readout")


def digest(folder):
    h = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                h[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return h


def build(seeds, out, templates=os.path.join(REPO, "templates")):
    return subprocess.run([BIN, "build", "--seeds", seeds, "--templates", templates, "--output", out],
                          capture_output=True, text=True)


def big_corpus(folder, n=4000):
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "gen-corpus"), str(n), folder], check=True,
                   capture_output=True)


def test_killed_and_interrupted_builds_leave_the_previous_site():
    tmp = tempfile.mkdtemp(prefix="readout-atomic-")
    try:
        out = os.path.join(tmp, "public")
        assert build(os.path.join(REPO, "seeds"), out).returncode == 0
        before = digest(out)
        corpus = os.path.join(tmp, "big")
        big_corpus(corpus)
        for sig in (signal.SIGKILL, signal.SIGINT, signal.SIGTERM):
            # Signals as a terminal sends them, whatever the test runner inherited (a shell
            # starts background jobs with SIGINT ignored).
            proc = subprocess.Popen([BIN, "build", "--seeds", corpus, "--output", out],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    preexec_fn=lambda: [signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGTERM)])
            time.sleep(1.0)
            proc.send_signal(sig)
            proc.wait(timeout=60)
            assert digest(out) == before, f"site changed after {sig.name}"
        # The next build cleans up any staging folder the killed ones left.
        assert build(os.path.join(REPO, "seeds"), out).returncode == 0
        leftovers = [n for n in os.listdir(tmp) if n.startswith(".public.")]
        assert leftovers == []
        assert digest(out) == before
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_a_template_error_fails_the_build_and_keeps_the_site():
    tmp = tempfile.mkdtemp(prefix="readout-atomic-")
    try:
        out = os.path.join(tmp, "public")
        templates = os.path.join(tmp, "templates")
        shutil.copytree(os.path.join(REPO, "templates"), templates)
        assert build(os.path.join(REPO, "seeds"), out, templates).returncode == 0
        before = digest(out)
        with open(os.path.join(templates, "record.md.mustache"), "a") as f:
            f.write("\n{{#sections}}\nunclosed\n")
        result = build(os.path.join(REPO, "seeds"), out, templates)
        assert result.returncode != 0
        assert "record.md.mustache:" in result.stderr and "error:" in result.stderr, result.stderr
        assert digest(out) == before
        assert [n for n in os.listdir(tmp) if n.startswith(".public.")] == []
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
