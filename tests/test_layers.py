"""The import contract (pyproject.toml, [tool.importlinter]): imports run one way, from
the command line down to the model, and every module of lcnet stands in a layer."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import lcnet

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"


def layered_modules() -> set[str]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    (contract,) = config["contracts"]
    names: set[str] = set()
    for layer in contract["layers"]:
        names.update(name.strip() for name in layer.replace("|", ":").split(":"))
    return names


def test_no_import_runs_against_the_layers() -> None:
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0


def test_every_module_of_lcnet_stands_in_a_layer() -> None:
    modules = {info.name for info in pkgutil.iter_modules(lcnet.__path__)}
    assert modules - layered_modules() == set()


def test_tests_mirror_the_render_and_query_modules() -> None:
    """Each module of lcnet.render and lcnet.query has unit tests of its own,
    tests/<layer>/test_<module>.py (the format modules of render/formats/ are pinned
    together, each for every command that offers it, by tests/render/test_formats.py)."""
    missing = [
        f"tests/{layer}/test_{module.stem}.py"
        for layer in ("render", "query")
        for module in (ROOT / "src" / "lcnet" / layer).glob("*.py")
        if module.stem != "__init__"
        and not (ROOT / "tests" / layer / f"test_{module.stem}.py").is_file()
    ]
    assert missing == []
