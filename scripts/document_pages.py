"""Render the first page of every document, in Arabic and in Armenian, to PNG (PDFium), to look at them:
`python scripts/document_pages.py docs/documents`. Synthetic people only (the tests' own data)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "unit")]

import pdf_reading  # noqa: E402
import test_documents as td  # noqa: E402

from kadin_danisma.documents import case_summary, client_record, recovery_sheet, referral_letter  # noqa: E402
from kadin_danisma.documents.models import RecordData, RecoverySheetData  # noqa: E402
from kadin_danisma.domain import recovery_code  # noqa: E402


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for person in (td.PEOPLE[3], td.PEOPLE[5]):  # Arabic, Armenian
        rec = td.make_record(person)
        documents = {
            "letter": referral_letter.render(td.make_letter(person[1])),
            "summary": case_summary.render(td.summary_for(person)),
            "record": client_record.render(RecordData(td.CENTER, td.LETTERHEAD, rec.client, [rec], "2026-02-12",
                                                      "Selin Demir")),
            "recovery": recovery_sheet.render(RecoverySheetData(
                td.CENTER, "5f0c2a9e-7d41-4c55-9d0b-3f1e8a6b2c77", "2026-02-12T09:30:00+00:00",
                recovery_code.split_groups(recovery_code.generate()))),
        }
        for kind, pdf in documents.items():
            target = folder / f"{kind}-{person[0]}.png"
            pdf_reading.render_png(pdf, target, dpi=72)
            print(target)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/documents"))
