"""The committed country table is what scripts/gen-countries makes from iso-codes."""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_country_table_is_current():
    result = subprocess.run(
        [os.path.join(ROOT, "scripts", "gen-countries"), "--check"],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr + result.stdout
