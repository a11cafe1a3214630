"""How the evaluation commands print a result: JSON, or the report and, on request, the errors."""

from __future__ import annotations

import json
from typing import Any, Callable


def print_result(result: dict[str, Any], report: Callable[[dict], str], error_line: Callable[[dict], str],
                 json_out: bool = False, errors: bool = False) -> None:
    if not errors:
        result.pop("errors", None)
    if json_out:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(report(result))
    for error in result.get("errors", []):
        print("  " + error_line(error))
