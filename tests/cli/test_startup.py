"""`lcnet cities --format json` imports only what it needs (start-up time)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TINY

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


CONTRACT = """
import sys
from lcnet.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def modules_loaded(args: list[str], cache: Path) -> set[str]:
    env = {**os.environ, "LCNET_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", CONTRACT, *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return set(done.stderr.strip().splitlines()[-1].split())


def test_version_is_answered_without_typer(tmp_path: Path) -> None:
    loaded = modules_loaded(["--version"], tmp_path)
    assert "typer" not in loaded
    # lcnet.version holds the one constant and imports nothing
    assert {m for m in loaded if m.startswith("lcnet.")} == {"lcnet.cli", "lcnet.version"}


def test_help_loads_neither_the_store_nor_rich(tmp_path: Path) -> None:
    loaded = modules_loaded(["--help"], tmp_path)
    assert "typer" in loaded
    unwanted = ("lcnet.store", "lcnet.model", "rich", "lcnet.extract")
    assert not {m for m in loaded if m.startswith(unwanted)}


def test_cities_loads_no_extractor_and_no_checker(tmp_path: Path) -> None:
    modules_loaded(["cities", "--country", "VN", "--format", "json"], tmp_path)
    loaded = modules_loaded(["cities", "--country", "VN", "--format", "json"], tmp_path)
    assert "lcnet.query.cities" in loaded
    assert not {m for m in loaded if m.startswith(("lcnet.extract", "lcnet.check", "rich"))}


def test_validate_is_served_from_the_cache_and_still_sees_a_change(tmp_path: Path) -> None:
    store = tmp_path / "facts"
    shutil.copytree(TINY, store)
    args = ["validate", "--store", str(store)]
    _, first_modules = run_probe(args, tmp_path / "cache")
    assert "pydantic" in first_modules  # read and validated, then cached
    loaded = modules_loaded(args, tmp_path / "cache")
    assert not {m for m in loaded if m.startswith(("pydantic", "tomllib"))}
    path = store / "sources" / "daily-news-2024-03.toml"
    path.write_text(path.read_text().replace("value = 3", 'value = "three"'))
    env = {**os.environ, "LCNET_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "lcnet", *args], capture_output=True, text=True, env=env
    )
    assert (done.returncode, done.stdout) == (3, "")
    assert '"value" must be a whole number' in done.stderr


ENDING = """
import atexit, os, sys, threading, time
from lcnet.cli import main

if sys.argv[1] == "handler":
    atexit.register(lambda: os.write(2, b"handler ran\\n"))
if sys.argv[1] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.5), os.write(2, b"thread done\\n"))).start()
sys.argv = ["lcnet", *sys.argv[2:]]
main()
"""


def ending(case: str, args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    """lcnet run as its own process (main() with no arguments), after `case`."""
    env = {**os.environ, "LCNET_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", ENDING, case, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def test_a_command_that_ends_the_process_itself_writes_everything_and_its_code(
    tmp_path: Path,
) -> None:
    args = ["cities", "--country", "VN", "--format", "json"]
    ending("plain", args, tmp_path)
    done = ending("plain", args, tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert [c["id"] for c in json.loads(done.stdout)["cities"]][:2] == ["vn/sa-dec", "vn/vinh"]
    usage = ending("plain", ["cities", "--joined", "soon"], tmp_path)
    assert (usage.returncode, usage.stdout) == (2, "")
    assert "Invalid value for '--joined'" in usage.stderr


@pytest.mark.parametrize(("case", "said"), [("handler", "handler ran"), ("thread", "thread done")])
def test_an_exit_handler_or_a_running_thread_gets_the_usual_shutdown(
    tmp_path: Path, case: str, said: str
) -> None:
    done = ending(case, ["cities", "--country", "VN", "--format", "json"], tmp_path)
    assert (done.returncode, done.stderr) == (0, f"{said}\n")
    assert json.loads(done.stdout)["schema"] == "lcnet/cities"
