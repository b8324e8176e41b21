"""`lcnet cities --format json` imports only what it needs (start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from lcnet.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"rich", "pydantic", "tomllib",
    "tomlkit", "pycountry", "dateutil"} or m.startswith("lcnet.render.table"))
print(" ".join(loaded), file=sys.stderr)
"""


def run_probe(args: list[str], cache: Path) -> tuple[str, str]:
    env = {**os.environ, "LCNET_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""


def test_a_json_query_served_from_the_cache_imports_no_rich_pydantic_or_toml(
    tmp_path: Path,
) -> None:
    args = ["cities", "--country", "VN", "--format", "json"]
    first_out, first_modules = run_probe(args, tmp_path)
    assert "pydantic" in first_modules  # the first run validates the store and fills the cache
    second_out, second_modules = run_probe(args, tmp_path)
    assert second_modules == ""
    assert json.loads(second_out) == json.loads(first_out)


def test_the_table_format_is_the_one_that_loads_rich(tmp_path: Path) -> None:
    run_probe(["cities", "--country", "VN"], tmp_path)
    _, modules = run_probe(["cities", "--country", "VN"], tmp_path)
    assert "rich" in modules.split()
    assert "lcnet.render.table" in modules.split()
