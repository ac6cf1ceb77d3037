"""The Arabic guide's screenshots, from the real window in Arabic at 1280×800.

`python tools/guide_screenshots_arabic.py` writes resources/guide/images/ar-*.png: the demo case
open on its Arabic article, a claim selected, the assistant's proposals and the export dialog.
`--theme dark` takes the same shots in the dark theme, into resources/guide/images/dark/ (the guide
shows the first two of them).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt

from tools.guide_screenshots import demo_window, save, settle, wait
from workbench.paths import resource

WINDOW_SIZE = (1280, 800)


def take(out: Path, theme_name: str = "light") -> dict[str, int]:
    from workbench.ui import theme
    from workbench.ui.app import application
    from workbench.ui.case_menus import open_export
    from workbench.ui.i18n import install_language

    app = application()
    arabic = install_language("ar")
    theme.apply_theme(app, theme_name)
    sizes: dict[str, int] = {}
    try:
        with demo_window(WINDOW_SIZE) as (window, case, _folder):
            window.open_case(case.id)
            dossier = window.controller.dossier
            assert dossier is not None
            article = next(a for a in dossier.articles if a.language == "ar")
            window.open_article(article.id)
            mentioned = {m.claim_id for m in window.controller.mentions_in(article.id)}
            claim = next(c for c in dossier.claims if c.id in mentioned)
            window.claims.select_claim(claim.id)
            settle(window)
            sizes["ar-case.png"] = save(window, out / "ar-case.png")

            chronicle = next(a for a in dossier.articles if "Chronicle" in (a.outlet or ""))
            window.open_article(chronicle.id)
            busiest = max(dossier.claims, key=lambda c: len(window.controller.articles_of(c.id)))
            window.claims.select_claim(busiest.id)
            first = next(
                m for m in window.controller.mentions_of(busiest.id) if m.article_id == chronicle.id
            )
            window.show_mention(first)
            settle(window)
            sizes["ar-claim.png"] = save(window, out / "ar-claim.png")

            window.assist.show_suggestions()
            panel = window.assist.panel
            assert panel is not None
            window.resizeDocks([window.assist.suggestions], [360], Qt.Orientation.Vertical)
            panel.suggest()
            wait(lambda: not panel.running())
            settle(window)
            sizes["ar-suggestions.png"] = save(window, out / "ar-suggestions.png")
            window.assist.suggestions.hide()

            dialog = open_export(window)
            assert dialog is not None
            dialog.destination.setText("~/Documents/FactCheckWorkbench/launchers.docx")
            settle(window)
            sizes["ar-export.png"] = save(dialog, out / "ar-export.png")
            dialog.close()
    finally:
        arabic.remove()
    del app
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-o", "--out", type=Path, default=resource("guide", "images"), help="where the PNGs go"
    )
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    out = args.out / "dark" if args.theme == "dark" else args.out
    out.mkdir(parents=True, exist_ok=True)
    for name, size in take(out, args.theme).items():
        print(f"{out / name}: {size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
