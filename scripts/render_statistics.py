"""Render pages of the statistics reports (issue 18) to PNG for the docs: a throwaway demo vault of synthetic
cases, last year's activity report and GBVIMS tables as PDF, pages rasterised with pypdfium2.

Usage: python scripts/render_statistics.py [OUT_DIR] (default docs/statistics). Synthetic data only.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="kd-render-state-")

PAGES = {("activity", "tr"): (1, 5, 9), ("gbvims", "tr"): (1,), ("gbvims", "en"): (1,)}


def main() -> int:
    import pypdfium2 as pdfium

    from kadin_danisma.services import demo, report_files, statistics

    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "statistics")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kd-render-") as tmp:
        session, _ = demo.create_demo_vault(Path(tmp) / "vault", 1500, seed=3)
        try:
            year = date.today().year - 1
            for (kind, lang), pages in PAGES.items():
                report = statistics.run_report(session, statistics.ReportRequest(
                    kind, date(year, 1, 1), date(year, 12, 31), lang))
                pdf = pdfium.PdfDocument(report_files.render(report, "pdf"))
                for number in pages:
                    if number <= len(pdf):
                        name = out / f"{kind}-{lang}-p{number}.png"
                        pdf[number - 1].render(scale=1.3).to_pil().save(name)
                        print(name)
                pdf.close()
        finally:
            session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
