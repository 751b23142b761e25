"""Partners for packages (admins; issue 17): this vault's own card and fingerprint, saving the card to hand to
a partner, the paired partners with the last package each way, and pairing a partner from its card file after
the fingerprint the other center reads out over the phone is typed back (services/packages.py checks it; a
wrong one pairs nothing). On a center server the supervisors see it too (they hold the center's keys; the
first to open it makes them); its admins pair, and see the card once a supervisor has made the keys: until
then the page says so in the card's place. In a vault counselors and supervisors see it as well (the packages
sent to each partner, to write a lost one again); the actions on a partner and on the keys live in
partner_actions.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import PackageRefused
from ...domain.package_card import Card
from ...domain.roles import Role
from ...services import packages
from ...vault.package_store import Partner
from ..base.dialogs import Dialog
from ..base.files import choose_open_file, choose_save_file
from ..base.labels import when_text
from ..base.lines import compose, isolate, ui_line
from ..base.messages import error_text
from ..base.tables import fill_table, make_table
from ..base.widgets import heading, open_modal, plain_label, set_visible, strong_label
from ..base.workers import Latest, run_in_worker
from ..session.context import Context
from .partner_actions import PartnerActions, partner_cell


def card_filter() -> str:
    return QCoreApplication.translate("PartnersPage", "Partner cards (*.kdcard);;All files (*)")


class PairDialog(Dialog):
    """Choose the partner's card file, read its fingerprint with the other center on the phone, type it back."""

    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Add a partner"), working=self.tr("Pairing…"))
        self.setObjectName("pairDialog")
        self.ctx = ctx
        self.card: Card | None = None
        intro = plain_label(self.tr(
            "1. Choose the card file the other center gave you. 2. Call the other center on a number you already "
            "know (not one written on the card) and ask them to read their fingerprint to you from their own "
            "screen. 3. Type what they read. If it differs from the card, do not pair."))
        self.card_label = plain_label(self.tr("No card chosen yet."))
        self.card_label.setObjectName("pairCardFile")
        self.choose_button = QPushButton(self.tr("C&hoose the card…"))
        self.choose_button.clicked.connect(lambda: self.pick_card())
        self.center = plain_label("")
        self.center.setObjectName("pairCenter")
        self.printed = strong_label("", "pairFingerprint")
        self.typed = QLineEdit()
        self.typed.setObjectName("pairTyped")
        self.typed.setAccessibleName(self.tr("The fingerprint the other center reads to you"))
        self.typed.setMaxLength(200)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_label, 1)
        card_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Card file:"), card_row)
        form.addRow(self.tr("Center on the card:"), self.center)
        form.addRow(self.tr("Fingerprint on the card:"), self.printed)
        form.addRow(self.tr("&What they read to you:"), self.typed)
        self.lay_out(intro, form)
        self.ok_button().setText(self.tr("&Pair"))
        self.ok_button().setObjectName("pairButton")
        self.fields = {"card": (self.choose_button, self.tr("Card file")),
                       "fingerprint": (self.typed, self.tr("What they read to you"))}
        self.resize(640, 420)

    def pick_card(self, path: Path | None = None) -> None:
        if path is None:
            choose_open_file(self, self.tr("Choose the partner's card"), card_filter(), self.pick_card)
            return
        self.card = None
        self.center.setText("")
        self.printed.setText("")
        try:
            card = packages.read_card(path)  # a 4 KB text file: read here, no worker needed
        except Exception as exc:
            self.say(error_text(exc))
            return
        self.say("")
        self.card = card
        self.card_label.setText(ui_line(isolate(str(path))))
        self.center.setText(ui_line(isolate(card.center)))
        self.printed.setText(ui_line(isolate(card.fingerprint)))
        # After the chooser has closed and given the focus back to its button: on to what she types next.
        QTimer.singleShot(0, self.typed, self.typed.setFocus)

    def submit(self) -> None:
        problems = []
        if self.card is None:
            problems.append(("card", self.tr("choose the card file.")))
        if not self.typed.text().strip():
            problems.append(("fingerprint", "is required"))
        if problems or self.card is None:
            self.refuse(problems)
            return
        session, card, typed = self.ctx.session, self.card, self.typed.text()
        self.run(lambda: packages.pair(session, card, typed))


class PartnersPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("partnersPage")
        self.dialog: Dialog | None = None
        self.card: Card | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Partners"), 1.3))
        layout.addWidget(plain_label(self.tr(
            "Cases travel to paired partners (a shelter laptop, another center) only as encrypted, signed packages. "
            "Pair a partner once: exchange cards, then read the fingerprints to each other on the phone.")))
        self.server_note = plain_label("")
        self.server_note.setObjectName("partnersServerNote")
        layout.addWidget(self.server_note)
        set_visible(self.server_note, False)
        own = QGroupBox(self.tr("The center's card") if ctx.session.on_server else self.tr("This vault's card"))
        self.own = own
        form = QFormLayout(own)
        self.own_center = plain_label("")
        self.own_center.setObjectName("ownCenter")
        self.own_fingerprint = strong_label("", "ownFingerprint")
        self.own_fingerprint.setAccessibleDescription(self.tr("This vault's fingerprint"))
        self.save_card_button = QPushButton(self.tr("&Save the card…"))
        form.addRow(self.tr("Center:"), self.own_center)
        form.addRow(self.tr("Fingerprint:"), self.own_fingerprint)
        card_buttons = QHBoxLayout()  # the admin's "New keys for this vault…" joins it (partner_actions.py)
        card_buttons.addWidget(self.save_card_button)
        form.addRow("", card_buttons)
        layout.addWidget(own)
        self.status = plain_label("")
        self.status.setObjectName("partnersStatus")
        box = QGroupBox(self.tr("Paired partners"))
        inner = QVBoxLayout(box)
        self.add_button = QPushButton(self.tr("&Add a partner…"))
        self.table = make_table([self.tr("Center"), self.tr("Id"), self.tr("Paired"), self.tr("Last sent"),
                                 self.tr("Last received")], self.tr("Paired partners"), "partnersTable")
        # Packages sent, removing a partner, new keys (partner_actions.py); the admin's buttons for admins only.
        self.partner_actions = PartnerActions(ctx, self, self.table, self.status)
        self.partner_actions.changed.connect(self.refresh)
        card_buttons.addWidget(self.partner_actions.rotate_button)
        card_buttons.addStretch(1)
        layout.insertWidget(layout.indexOf(own), self.partner_actions.notice)
        row = QHBoxLayout()
        for button in (self.add_button, self.partner_actions.sent_button, self.partner_actions.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self.table)
        layout.addWidget(box, 1)
        layout.addWidget(self.status)
        self.loading = Latest(self)
        self.add_button.clicked.connect(lambda: self.add_partner())
        self.save_card_button.clicked.connect(lambda: self.save_card())
        set_visible(self.add_button, ctx.session.has(Role.ADMIN))  # a supervisor on a server does not pair
        self.shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """Loaded when first shown, not at sign-in: the card's keys are made on first need, and an admin who
        only signs in has not needed them (nor should her sign-in write to the vault)."""
        super().showEvent(event)
        if not self.shown_once:
            self.shown_once = True
            self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session

        def load() -> tuple[Card | PackageRefused, list[Partner]]:
            try:
                card: Card | PackageRefused = packages.own_card(session)
            except PackageRefused as exc:  # on a server before a supervisor made the keys: pairing still works
                if exc.code != "package_keys_not_made":
                    raise
                card = exc
            return card, packages.partners(session, removed=True)

        self.loading.ask(load, self._show, lambda exc: self.status.setText(error_text(exc)))

    def _show(self, found: tuple[Card | PackageRefused, list[Partner]]) -> None:
        card, partners = found
        self.card = card if isinstance(card, Card) else None
        set_visible(self.own, self.card is not None)
        set_visible(self.server_note, self.card is None)
        self.server_note.setText(error_text(card) if isinstance(card, PackageRefused) else "")
        if self.card is not None:
            self.own_center.setText(ui_line(isolate(self.card.center)))
            self.own_fingerprint.setText(ui_line(isolate(self.card.fingerprint)))
        never = self.tr("never")

        def last(sequence: int, at: str | None) -> str:
            if at and not sequence:  # after new keys or a new pairing: the numbers start again
                return self.tr("starts again at no. 1")
            return compose(self.tr("no. %1, %2"), sequence, when_text(at)) if at else never

        partners.sort(key=lambda p: p.removed)  # the removed ones last, greyed (partner_actions.py)
        fill_table(self.table, [[partner_cell(p), packages.short(p.partner_id)[:8], when_text(p.paired_at),
                                 last(p.out_sequence, p.last_out_at), last(p.in_sequence, p.last_in_at)]
                                for p in partners], [p.partner_id for p in partners])
        self.partner_actions.shown(partners)

    def add_partner(self) -> PairDialog:
        dialog = PairDialog(self.ctx, self)
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self.status.setText(self.tr("Partner paired.")))
        open_modal(dialog)
        return dialog

    def save_card(self, path: Path | None = None) -> None:
        if path is None:
            choose_save_file(self, self.tr("Save this vault's card"), "kart.kdcard", card_filter(), self.save_card,
                             suffix="kdcard")
            return
        session = self.ctx.session
        run_in_worker(self, lambda: packages.save_card(session, path, force=True),
                      lambda _w: self.status.setText(self.tr("Card saved. Give it to the partner; it holds no "
                                                             "secret.")),
                      lambda exc: self.status.setText(error_text(exc)))
