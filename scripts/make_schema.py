"""Regenerate kadin_danisma/resources/interchange-v1.schema.json from domain.records (make schema).

A unit test fails when the checked-in schema and the records drift apart.
"""

from __future__ import annotations

import json

from kadin_danisma.services import interchange


def render() -> str:
    return json.dumps(interchange.schema(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


if __name__ == "__main__":
    interchange.SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {interchange.SCHEMA_PATH}")
