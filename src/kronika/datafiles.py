"""The packaged plain-data files (``kronika/data/*.toml``) and the additions users keep in files of
the same shape, named by an argument or an environment variable."""

from __future__ import annotations

import os
import tomllib
from importlib.resources import files
from typing import Any

from kronika.errors import KronikaError


def read_with_additions(name: str, extra_path: str | None, env: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The packaged ``data/NAME`` and the user's additions (``extra_path``, else ``$ENV``; empty when
    neither is set). A missing or malformed additions file is the user's to fix: one clear error."""
    packaged = tomllib.loads(files("kronika.data").joinpath(name).read_text(encoding="utf-8"))
    extra_path = extra_path or os.environ.get(env)
    if not extra_path:
        return packaged, {}
    try:
        with open(extra_path, "rb") as handle:
            return packaged, tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise KronikaError(f"{env}={extra_path}: cannot read the additions to {name}: {error}") from None
