"""The shelter placement tab: where she was placed, when, with which children, and how each placement ended.
Place her (the shelter's free places are shown; a full shelter needs an override with a reason, boys over
the shelter's age limit are flagged), end a placement with an exit reason, or transfer her to another
shelter. No shelter contact details are shown here: they are in the shelter registry's details view."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from ...domain import records as r
from ...domain.errors import CapacityExceeded
from ...services import shelters
from ...services.shelters import Occupancy
from ..base.forms import DateField, VocabCombo
from ..base.labels import child_sex_label, day_text
from ..base.lines import isolate, ui_line
from ..base.messages import error_text
from ..base.reason_dialog import StatedReasonDialog
from ..base.scaling import set_width_in_chars
from ..base.styles import set_error
from ..base.tables import fill_table, sync_button
from ..base.widgets import open_modal, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .data import CaseData, iso_today
from .tab import CaseDialog, CaseTab


def shelter_choice_text(s: Occupancy) -> str:
    """"Name (city) — 3 of 12 places free · boys up to 12"; never an address or phone."""
    name = isolate(f"{s.name} ({s.city})" if s.city else s.name)
    translate = QCoreApplication.translate
    if s.free == 0:
        text = translate("PlaceDialog", "%1 — full (%2 places)").replace("%1", name).replace("%2", str(s.capacity))
    else:
        text = translate("PlaceDialog", "%1 — %2 of %3 places free").replace("%1", name).replace(
            "%2", str(s.free)).replace("%3", str(s.capacity))
    limit = translate("PlaceDialog", "boys up to %1").replace("%1", str(s.boys_age_limit)) \
        if s.boys_age_limit is not None else translate("PlaceDialog", "no age limit for boys")
    return f"{text} · {limit}"


def boys_over_limit(record: r.CaseRecord, shelter: Occupancy, child_ids: set[int] | None, on: str | None) -> list[str]:
    """Names of the boys going with her (`child_ids`, or every child for None) older than the shelter's limit
    on the day (the service flags the placement the same way)."""
    if shelter.boys_age_limit is None:
        return []
    year = date.fromisoformat(on).year if on else date.today().year
    return [c.name for c in record.children if (child_ids is None or c.id in child_ids) and c.sex == "male"
            and c.birth_year is not None and year - c.birth_year > shelter.boys_age_limit]


def age_warning(shelter: Occupancy, boys: list[str]) -> str:
    return ui_line(QCoreApplication.translate(
        "PlaceDialog", "Boys older than this shelter's limit (%1): %2. The placement will be flagged; check with "
                       "the shelter.").replace("%1", str(shelter.boys_age_limit)).replace(
        "%2", ", ".join(isolate(b) for b in boys)))


class OverrideDialog(StatedReasonDialog):
    """The shelter is full: placing her anyway needs a stated reason (recorded in the audit log)."""

    def __init__(self, parent: QWidget, shelter_name: str, full: CapacityExceeded) -> None:
        super().__init__(
            parent, self.tr("Shelter full"),
            self.tr("%1 has no room for her and the children with her: %2 of %3 places are taken (%4 women, %5 "
                    "children). To place her beyond capacity, state why (for example: the shelter has agreed to an "
                    "extra bed tonight). The reason is recorded.").replace(
                "%1", isolate(shelter_name)).replace("%2", str(full.occupied)).replace(
                "%3", str(full.capacity)).replace("%4", str(full.women)).replace("%5", str(full.children)),
            self.tr("Reason for placing beyond capacity"), self.tr("&Place beyond capacity"), "overrideHint")
        self.setObjectName("capacityOverrideDialog")


class OverrideSaveDialog(CaseDialog):
    """A save that a full shelter refuses (CapacityExceeded) asks for an override reason and is tried again
    with it."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, title: str) -> None:
        super().__init__(ctx, case_id, parent, title)
        self.override_reason = ""
        self.override_dialog: OverrideDialog | None = None
        set_width_in_chars(self, 70, at_least=True)

    def shelter_name(self) -> str:
        raise NotImplementedError

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, CapacityExceeded):
            self.say(error_text(exc))
            dialog = OverrideDialog(self, self.shelter_name(), exc)
            dialog.accepted.connect(lambda: self._override(dialog.text()))
            self.override_dialog = dialog
            open_modal(dialog)
            return
        super().failed(exc)

    def _override(self, reason: str) -> None:
        self.override_reason = reason
        self.submit()


class ShelterChoiceDialog(OverrideSaveDialog):
    """A shelter chosen from the registry (read in a worker) with a date."""

    shelters_loaded = Signal()

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, title: str, exclude: str | None = None) -> None:
        super().__init__(ctx, case_id, parent, title)
        self.exclude = exclude
        self.registry: list[Occupancy] = []
        self.shelter = QComboBox()
        self.shelter.setAccessibleName(QCoreApplication.translate("ShelterChoiceDialog", "Shelter"))
        self.on = DateField(name=QCoreApplication.translate("ShelterChoiceDialog", "Date placed"), required=True,
                            value=iso_today())
        self.hint = plain_label("")
        self.hint.setObjectName("shelterHint")
        set_error(self.hint, True)
        self.save_button().setEnabled(False)
        self.say(QCoreApplication.translate("ShelterChoiceDialog", "Loading the shelters…"))
        self.shelter.currentIndexChanged.connect(lambda _i: self._update_hint())
        session = ctx.session
        run_in_worker(self, lambda: shelters.list_shelters(session), self._loaded, self._load_failed)

    def _loaded(self, found: list[Occupancy]) -> None:
        self.registry = [s for s in found if s.name != self.exclude]
        self.shelter.clear()
        for s in self.registry:
            self.shelter.addItem(shelter_choice_text(s), s.shelter_id)
        self.say("" if self.registry else QCoreApplication.translate("ShelterChoiceDialog",
                                                                     "No shelter is in the registry."))
        self.save_button().setEnabled(bool(self.registry))
        self._update_hint()
        self.shelters_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.say(error_text(exc))

    def chosen(self) -> Occupancy | None:
        sid = self.shelter.currentData()
        return next((s for s in self.registry if s.shelter_id == sid), None)

    def choose(self, shelter_id: int) -> None:
        index = self.shelter.findData(shelter_id)
        if index >= 0:
            self.shelter.setCurrentIndex(index)

    def persons(self) -> int:
        """She and the children going with her: what the shelter's capacity must hold."""
        return 1

    def warnings(self, shelter: Occupancy) -> list[str]:
        translate = QCoreApplication.translate
        if shelter.free == 0:
            return [translate("ShelterChoiceDialog", "This shelter is full: placing her needs an override with a "
                                                     "reason.")]
        if shelter.free < self.persons():
            return [translate("ShelterChoiceDialog", "This shelter has %1 free place(s), fewer than her and the "
                                                     "children with her (%2): placing them needs an override with a "
                                                     "reason.").replace("%1", str(shelter.free)).replace(
                "%2", str(self.persons()))]
        return []

    def _update_hint(self) -> None:
        shelter = self.chosen()
        self.hint.setText("\n".join(self.warnings(shelter)) if shelter else "")

    def shelter_name(self) -> str:
        shelter = self.chosen()
        return shelter.name if shelter else ""


class PlaceDialog(ShelterChoiceDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, record: r.CaseRecord) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Place her in a shelter"))
        self.setObjectName("placeDialog")
        self.record = record
        self.child_boxes: dict[int, QCheckBox] = {}
        kids = QGroupBox(self.tr("Children going with her"))
        box_layout = QVBoxLayout(kids)
        for child in record.children:
            if child.id is None:
                continue
            text = f"{isolate(child.name)} — {child_sex_label(child.sex)}"
            if child.birth_year is not None:
                text += " — " + self.tr("age %1").replace("%1", str(date.today().year - child.birth_year))
            box = QCheckBox(text)
            box.setAccessibleDescription(self.tr("Goes with her: %1").replace("%1", child.name))
            box.setChecked(child.accompanying)
            box.toggled.connect(lambda _on: self._update_hint())
            self.child_boxes[child.id] = box
            box_layout.addWidget(box)
        if not self.child_boxes:
            box_layout.addWidget(plain_label(self.tr("No children recorded.")))
        form = QFormLayout()
        form.addRow(self.tr("&Shelter:"), self.shelter)
        form.addRow(self.tr("&Placed on:"), self.on)
        self.lay_out(form, kids, self.hint)
        self.fields = {"on": (self.on, self.tr("Placed on")), "shelter": (self.shelter, self.tr("Shelter"))}

    def child_ids(self) -> list[int]:
        return [cid for cid, box in self.child_boxes.items() if box.isChecked()]

    def persons(self) -> int:
        return 1 + len(self.child_ids())

    def boys_over_limit(self, shelter: Occupancy) -> list[str]:
        """Names of the chosen boys older than the shelter's limit (the service flags them the same way)."""
        on = self.on.value() if self.on.problem() is None else None
        return boys_over_limit(self.record, shelter, set(self.child_ids()), on)

    def warnings(self, shelter: Occupancy) -> list[str]:
        found = super().warnings(shelter)
        boys = self.boys_over_limit(shelter)
        if boys:
            found.append(age_warning(shelter, boys))
        return found

    def submit(self) -> None:
        shelter = self.chosen()
        if shelter is None:
            return
        session, case_id, sid, kids = self.ctx.session, self.case_id, shelter.shelter_id, self.child_ids()
        on, reason = self.on.value() or "", self.override_reason
        self.run(lambda: shelters.place(session, case_id, sid, kids, on=on, capacity_override_reason=reason))


class TransferDialog(ShelterChoiceDialog):
    """She moves to another shelter with the same children: the new shelter's free places and its age limit
    for boys are checked as for a new placement."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, placement: r.Placement,
                 record: r.CaseRecord) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Transfer to another shelter"), exclude=placement.shelter)
        self.setObjectName("transferDialog")
        self.placement = placement
        self.record = record
        self.going = {c.id for c in record.children if c.name in placement.children and c.id is not None}
        self.on.editingFinished.connect(self._update_hint)
        intro = plain_label(ui_line(self.tr("She leaves %1 (exit reason: transferred); the same children go with "
                                            "her.").replace("%1", isolate(placement.shelter))))
        form = QFormLayout()
        form.addRow(self.tr("&New shelter:"), self.shelter)
        form.addRow(self.tr("&Transferred on:"), self.on)
        self.lay_out(intro, form, self.hint)
        self.fields = {"on": (self.on, self.tr("Transferred on"))}

    def persons(self) -> int:
        return 1 + len(self.going)

    def warnings(self, shelter: Occupancy) -> list[str]:
        found = super().warnings(shelter)
        on = self.on.value() if self.on.problem() is None else None
        boys = boys_over_limit(self.record, shelter, set(self.going), on)
        if boys:
            found.append(age_warning(shelter, boys))
        return found

    def submit(self) -> None:
        shelter = self.chosen()
        if shelter is None or self.placement.id is None:
            return
        session, case_id, pid, sid = self.ctx.session, self.case_id, self.placement.id, shelter.shelter_id
        on, reason = self.on.value() or "", self.override_reason
        self.run(lambda: shelters.transfer(session, case_id, pid, sid, on, reason))


class ConfirmDialog(OverrideSaveDialog):
    """A requested place became free and she moved in: the request becomes a placement."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, placement: r.Placement) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Confirm the placement"))
        self.setObjectName("confirmPlacementDialog")
        self.placement = placement
        intro = plain_label(ui_line(self.tr("She moved into %1 (requested on %2).").replace(
            "%1", isolate(placement.shelter)).replace("%2", day_text(placement.requested_on))))
        self.on = DateField(name=self.tr("Date placed"), required=True, value=iso_today())
        form = QFormLayout()
        form.addRow(self.tr("&Placed on:"), self.on)
        self.lay_out(intro, form)
        self.fields = {"on": (self.on, self.tr("Placed on"))}

    def shelter_name(self) -> str:
        return self.placement.shelter

    def submit(self) -> None:
        if self.placement.id is None:
            return
        session, case_id, pid = self.ctx.session, self.case_id, self.placement.id
        on, reason = self.on.value() or "", self.override_reason
        self.run(lambda: shelters.confirm(session, case_id, pid, on, reason))


class EndPlacementDialog(CaseDialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget, placement: r.Placement) -> None:
        super().__init__(ctx, case_id, parent, self.tr("End the placement"))
        self.setObjectName("endPlacementDialog")
        self.placement = placement
        text = self.tr("She leaves %1.") if placement.status == "placed" else self.tr(
            "The request for a place in %1 ends (she did not move in).")
        intro = plain_label(ui_line(text.replace("%1", isolate(placement.shelter))))
        self.exit_reason = VocabCombo(ctx.labels, "placement_exit_reason", self.tr("— not stated —"),
                                      name=self.tr("Exit reason"), exclude=("transferred",))  # its own action
        self.on = DateField(name=self.tr("Date she left"), required=True, value=iso_today())
        form = QFormLayout()
        form.addRow(self.tr("E&xit reason:"), self.exit_reason)
        form.addRow(self.tr("&Left on:"), self.on)
        self.lay_out(intro, form)
        self.fields = {"exit_reason": (self.exit_reason, self.tr("Exit reason")), "on": (self.on, self.tr("Left on"))}

    def submit(self) -> None:
        if self.placement.id is None:
            return
        session, case_id, pid = self.ctx.session, self.case_id, self.placement.id
        reason, on = self.exit_reason.value(), self.on.value() or ""
        if reason is None:
            self.refuse([("exit_reason", "is required")])
            return
        self.run(lambda: shelters.end_placement(session, case_id, pid, reason, on))


class PlacementsTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.place_button: QPushButton | None = None
        self.end_button: QPushButton | None = None
        self.transfer_button: QPushButton | None = None
        self.confirm_button: QPushButton | None = None
        self.dialog: CaseDialog | None = None
        layout = self.list_layout("placementSummary", [
            self.tr("Shelter"), self.tr("Status"), self.tr("Requested"), self.tr("Placed"), self.tr("Ended"),
            self.tr("Exit reason"), self.tr("Children with her"), self.tr("Checks")], self.tr("Shelter placements"))
        layout.addWidget(self.table, 1)

    def current(self) -> r.Placement | None:
        if self.data is None:
            return None
        return next((p for p in self.data.record.placements if p.status == "placed"), None)

    def waiting(self) -> r.Placement | None:
        """A request for a place, not yet placed."""
        if self.data is None:
            return None
        return next((p for p in self.data.record.placements if p.status == "requested"), None)

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        self.place_button = sync_button(self.place_button, editable, self.bar, self.tr("Ne&w placement…"),
                                        "placeButton", self.place)
        self.end_button = sync_button(self.end_button, editable, self.bar, self.tr("End placement, record e&xit…"),
                                      "endPlacementButton", self.end_selected)
        self.transfer_button = sync_button(self.transfer_button, editable, self.bar,
                                           self.tr("Transfer t&o another shelter…"), "transferButton",
                                           self.transfer_selected)
        self.confirm_button = sync_button(self.confirm_button, editable, self.bar,
                                          self.tr("&Confirm the request…"), "confirmPlacementButton",
                                          self.confirm_selected)
        labels = self.view.ctx.labels
        items = data.record.placements
        now = self.current()
        self.summary.setText(ui_line(self.tr("In %1 since %2.").replace("%1", isolate(now.shelter)).replace(
            "%2", day_text(now.placed_on or now.requested_on))) if now is not None
            else self.tr("Not in a shelter now."))
        rows: list[list[str]] = []
        for p in items:
            checks = []
            if p.capacity_override_reason:
                checks.append(self.tr("Beyond capacity: %1").replace("%1", isolate(p.capacity_override_reason)))
            if p.age_flag:
                checks.append(self.tr("Boy over the age limit"))
            if p.transferred_from is not None:
                checks.append(self.tr("Transfer"))
            rows.append([isolate(p.shelter), labels.label("placement_status", p.status), day_text(p.requested_on),
                         day_text(p.placed_on) or "—", day_text(p.ended_on) or "—",
                         labels.label("placement_exit_reason", p.exit_reason),
                         ", ".join(isolate(c) for c in p.children), "; ".join(checks)])
        keys: list[Any] = [p.id for p in items]
        fill_table(self.table, rows, keys)
        focus = now or self.waiting()
        if focus is not None and focus.id in keys:
            self.table.selectRow(keys.index(focus.id))
        self._selected()

    def _placement(self) -> r.Placement | None:
        return self.chosen(self.data.record.placements) if self.data is not None else None

    def _selected(self) -> None:
        chosen = self._placement()
        placed = chosen is not None and chosen.status == "placed"
        if self.place_button is not None:
            self.place_button.setEnabled(self.current() is None and self.waiting() is None)
        if self.transfer_button is not None:
            self.transfer_button.setEnabled(placed)
        if self.end_button is not None:
            self.end_button.setEnabled(placed or (chosen is not None and chosen.status == "requested"))
        if self.confirm_button is not None:
            self.confirm_button.setEnabled(chosen is not None and chosen.status == "requested"
                                           and self.current() is None)

    def place(self) -> CaseDialog | None:
        if not self.view.editable or self.data is None or self.current() is not None:
            return None
        return self.open_dialog(PlaceDialog(self.view.ctx, self.view.case_id, self, self.data.record),
                          self.tr("Placement recorded."))

    def confirm_selected(self) -> CaseDialog | None:
        chosen = self._placement()
        if not self.view.editable or chosen is None or chosen.status != "requested" or self.current() is not None:
            return None
        return self.open_dialog(ConfirmDialog(self.view.ctx, self.view.case_id, self, chosen),
                          self.tr("Placement confirmed."))

    def end_selected(self) -> CaseDialog | None:
        chosen = self._placement()
        if not self.view.editable or chosen is None or chosen.status not in ("placed", "requested"):
            return None
        return self.open_dialog(EndPlacementDialog(self.view.ctx, self.view.case_id, self, chosen),
                          self.tr("Placement ended."))

    def transfer_selected(self) -> CaseDialog | None:
        chosen = self._placement()
        if not self.view.editable or chosen is None or chosen.status != "placed":
            return None
        assert self.data is not None
        return self.open_dialog(TransferDialog(self.view.ctx, self.view.case_id, self, chosen, self.data.record),
                                self.tr("Transfer recorded."))
