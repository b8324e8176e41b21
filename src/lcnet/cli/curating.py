"""What the commands that write to the store share: which store (the library's Curation
of it, lcnet.api.curating), and that it may be written."""

from __future__ import annotations

from lcnet.api.curating import Curation
from lcnet.cli.runtime import Runtime
from lcnet.errors import InvalidStore, Problem, UsageError
from lcnet.store.locate import STORE_MARKER, Origin


def target_store(runtime: Runtime, option: str | None, writes: str | None) -> Curation:
    """The store a command works on; `writes` names the command when it will write to it.

    The store shipped inside lcnet is never written to: a curator names a store with
    --store or LCNET_STORE, or works where facts/ is.
    """
    location = runtime.locate_store(option)
    if writes is not None and location.origin is Origin.SHIPPED:
        raise UsageError(
            f"{writes} writes to the fact store: run it in the directory that holds facts/, "
            "or give --store DIR (the store shipped with lcnet is not written to)"
        )
    store = Curation(location.path, location.display(runtime.cwd), runtime.today)
    if writes is not None and not (store.root / STORE_MARKER).is_file():
        # checked before the lock file is made, so that no other folder gets one
        raise InvalidStore([Problem(store.display, 0, "not a fact store: it has no store.toml")])
    return store
