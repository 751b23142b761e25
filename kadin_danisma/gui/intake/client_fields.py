"""Section 1 of the intake form, her own details: who she is, the languages she speaks, and the coded fields the
statistics need (issue 18): the district she lives in (the districts of the center's province, then "another
province" and "unknown") and disability by Washington Group domain ("none", or not asked when nothing is
ticked). Built into the page (form.py), which owns the widgets."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit

from ..base.forms import DistrictCombo, VocabCheckList, VocabCombo, YearSpinBox

UNKNOWN = "unknown"  # the district (and how she heard of us) when not asked: records made before say so too

if TYPE_CHECKING:
    from .form import IntakePage


class ClientFields:
    """The widgets `build` gives the page (declared here, where they are made)."""

    full_name: QLineEdit
    birth_year: YearSpinBox
    nationality: QLineEdit
    languages: VocabCheckList
    interpreter: VocabCombo
    migrant_status: VocabCombo
    marital_status: VocabCombo
    education: VocabCombo
    employment: VocabCombo
    disability_needs: QLineEdit
    district: DistrictCombo
    disability_types: VocabCheckList


def build(page: IntakePage, form: QFormLayout) -> None:
    """Her details' rows, in the page's translation context (they were the page's own before)."""
    translate = QCoreApplication.translate
    labels = page.labels
    page.full_name = QLineEdit()
    page._field("client.full_name", page.full_name, translate("IntakePage", "Full name (required)"), form,
                translate("IntakePage", "Full &name (required):"))
    page.birth_year = YearSpinBox(start_year=date.today().year - 30)
    page._field("client.birth_year", page.birth_year, translate("IntakePage", "Birth year"), form,
                translate("IntakePage", "Birth year:"))
    page.nationality = QLineEdit()
    page._field("client.nationality", page.nationality, translate("IntakePage", "Nationality"), form,
                translate("IntakePage", "Nationality:"))
    page.languages = VocabCheckList(labels, "interpreter_language", columns=3)
    page._field("client.languages", page.languages, translate("IntakePage", "Languages she speaks"), form,
                translate("IntakePage", "Languages she speaks:"))
    page.interpreter = VocabCombo(labels, "interpreter_language", translate("IntakePage", "No interpreter needed"))
    page._field("client.interpreter_language", page.interpreter, translate("IntakePage", "Interpreter language"),
                form, translate("IntakePage", "Interpreter language:"))
    none = translate("IntakePage", "Not recorded")
    page.migrant_status = VocabCombo(labels, "migrant_status", none)
    page._field("client.migrant_status", page.migrant_status, translate("IntakePage", "Migrant status"), form,
                translate("IntakePage", "Migrant status:"))
    page.marital_status = VocabCombo(labels, "marital_status", none)
    page._field("client.marital_status", page.marital_status, translate("IntakePage", "Marital status"), form,
                translate("IntakePage", "Marital status:"))
    page.education = VocabCombo(labels, "education", none)
    page._field("client.education", page.education, translate("IntakePage", "Education"), form,
                translate("IntakePage", "Education:"))
    page.employment = VocabCombo(labels, "employment", none)
    page._field("client.employment", page.employment, translate("IntakePage", "Employment"), form,
                translate("IntakePage", "Employment:"))
    page.disability_needs = QLineEdit()
    page._field("client.disability_needs", page.disability_needs,
                translate("IntakePage", "Disability or access needs"), form,
                translate("IntakePage", "Disability or access needs:"))
    page.district = DistrictCombo(labels, page.ctx.province)
    page._field("client.district", page.district, translate("IntakePage", "District she lives in"), form,
                translate("IntakePage", "District she lives in:"))
    page.disability_types = VocabCheckList(labels, "disability_type", columns=2)
    page._field("client.disability_types", page.disability_types,
                translate("IntakePage", "Disability (Washington Group domains; none ticked: not asked)"), form,
                translate("IntakePage", "Disability:"))
