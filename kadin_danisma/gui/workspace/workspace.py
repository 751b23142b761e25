"""Everything shown while unlocked. It is created at unlock and destroyed whole at lock, so no widget
holding vault data outlives the session; what was being typed is kept as an encrypted draft first. At
creation it starts fixing the figures of past months for the reports (reports/closing.py) in a worker.
(A recovery-key session gets admin/recovery_page.py instead.)"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import PackageRefused, UserFacingError
from ...domain.permissions import Action
from ...domain.roles import Role
from ...services import access, drafts, packages
from ...services.session import Session
from ..admin.account_dialogs import ChangePasswordDialog
from ..admin.calendar_setup_page import CalendarSetupPage
from ..admin.directory_page import DirectoryPage
from ..admin.overview_page import OverviewPage
from ..admin.partners_page import PartnersPage
from ..admin.retention_page import RetentionPage, may_see_retention
from ..admin.settings_page import SettingsPage
from ..admin.shelters_page import SheltersPage, may_see_shelters
from ..admin.users_page import UsersPage
from ..base.labels import roles_text
from ..base.lines import isolate, ui_line
from ..base.messages import error_text
from ..base.pages import FlowLayout, PageTabs
from ..base.scaling import follow, set_width_in_chars
from ..base.widgets import banner, open_modal, plain_label
from ..case.break_glass import ReasonDialog
from ..case.view import CaseView
from ..intake.form import IntakePage
from ..reports.closing import close_past_periods
from ..reports.page import ReportsPage
from ..session.context import Context
from ..session.drafts import describe
from ..unlock.about_dialog import AboutDialog
from .activities_page import ActivitiesPage
from .calendar_page import CalendarPage
from .case_list_page import CaseListPage
from .contacts_page import ContactsPage
from .dashboard import DashboardPage
from .package_import_dialog import PackageImportDialog
from .review_page import ReviewPage
from .search_box import SearchBox
from .unsaved import DISCARD, DiscardDraftsDialog, UnsavedIntakeDialog


class Workspace(QWidget):
    """Top bar (who, search, privacy, new intake, lock), banners, and the tabs: dashboard, cases, reports, the
    vault overview, users and settings for admins, then one closable tab per open case or intake."""

    lock_requested = Signal()
    rekey_requested = Signal(str)  # from the Users page: her confirmed password
    settings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, autosave_ms: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        user = session.user
        assert user is not None
        self.ctx = Context.create(session, self, autosave_ms)
        self.case_roles = access.allowed(session, Action.SEARCH)
        self.can_create = access.allowed(session, Action.CASE_CREATE)
        self.change_password_button = QPushButton(self.tr("Change my password…"))
        self.lock_button = QPushButton(self.tr("&Lock (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the vault"))
        roles = roles_text(user.roles)
        who = plain_label(ui_line(f"{isolate(user.display_name)} — {roles}"))
        who.setObjectName("topUser")
        who.setWordWrap(False)  # one line: the row wraps around it instead
        who.setAccessibleDescription(self.tr("Signed in as"))
        # One row that wraps at a large text size (pages.FlowLayout); the search field takes the room left.
        top = FlowLayout()
        top.addWidget(who)
        self.search: SearchBox | None = None
        self.privacy_button = QPushButton(self.tr("&Privacy mode (F9)"))
        self.privacy_button.setCheckable(True)
        self.privacy_button.setChecked(True)
        self.privacy_button.setAccessibleName(self.tr("Privacy mode: hide client names in lists"))
        # Only people who record intakes get the button (a supervisor reads; an admin sees no cases).
        self.new_intake_button: QPushButton | None = None
        if self.can_create:
            self.new_intake_button = QPushButton(self.tr("New inta&ke…"))
            self.new_intake_button.setAccessibleName(self.tr("New intake (Ctrl+Shift+N)"))
        if self.case_roles:
            self.search = SearchBox(self.ctx, self)
            self.search.case_activated.connect(self.open_case)
            set_width_in_chars(self.search, 28, at_least=True)
            top.addWidget(self.search)
            top.addWidget(self.privacy_button)
        if self.new_intake_button is not None:
            top.addWidget(self.new_intake_button)
        # Packages from paired partners (issue 17): for those who work with cases in a vault, for supervisors
        # on a center server; a counselor there reads why instead, where the button would be.
        self.import_package_button: QPushButton | None = None
        self.package_note: QLabel | None = None
        if packages.holds_keys(session):
            self.import_package_button = QPushButton(self.tr("Import package…"))
            self.import_package_button.setObjectName("importPackageButton")
            self.import_package_button.setAccessibleName(self.tr("Import package from a paired partner"))
            self.import_package_button.clicked.connect(lambda: self.import_package())
        elif session.has(Role.COUNSELOR):
            self.package_note = plain_label(error_text(PackageRefused("", code="packages_supervisors_on_server")))
            self.package_note.setObjectName("packageServerNote")
        self.about_button = QPushButton(self.tr("About…"))
        self.about_button.setAccessibleName(self.tr("About Kadın Danışma: version, licences, data location"))
        self.about_button.clicked.connect(
            lambda: open_modal(AboutDialog(self.session.vault.folder, self)))
        top.addWidget(self.about_button)
        top.addWidget(self.change_password_button)
        top.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if session.failed_attempts_report:
            layout.addWidget(banner("failedBanner", "warning", self.tr(
                "%1 failed sign-in attempt(s) on your account since your last sign-in. If that was not you, "
                "tell your administrator.").replace("%1", str(session.failed_attempts_report))))
        self.drafts_banner = QWidget()
        self.drafts_banner.setObjectName("draftsBanner")
        self.drafts_text = banner("draftsText", "warning")
        self.restore_drafts_button = QPushButton(self.tr("Restore"))
        self.restore_drafts_button.setAccessibleName(self.tr("Restore unsaved work"))
        self.discard_drafts_button = QPushButton(self.tr("Discard"))
        self.discard_drafts_button.setAccessibleName(self.tr("Discard unsaved work"))
        row = QHBoxLayout(self.drafts_banner)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.drafts_text, 1)
        row.addWidget(self.restore_drafts_button)
        row.addWidget(self.discard_drafts_button)
        self.drafts_banner.hide()
        layout.addWidget(self.drafts_banner)
        self.autosave_status = plain_label("")
        self.autosave_status.setObjectName("autosaveStatus")
        self.autosave_status.setWordWrap(False)
        self.status_bar = QStatusBar()  # always there, so a message never moves the tabs
        self.status_bar.setObjectName("workspaceStatusBar")
        self.status_bar.setSizeGripEnabled(False)
        self.status_bar.addWidget(self.autosave_status, 1)

        self.tabs = PageTabs()  # each page scrolls rather than making the window taller than the screen
        self.tabs.setTabsClosable(False)
        self.tabs.setDocumentMode(True)
        self.dashboard: DashboardPage | None = None
        self.case_list: CaseListPage | None = None
        self.calendar: CalendarPage | None = None
        if self.case_roles:
            self.dashboard = DashboardPage(self.ctx)
            self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
            self.dashboard.case_activated.connect(self.open_case)
            self.dashboard.case_on_tab.connect(lambda cid, tab: self.open_case(cid).show_tab(tab))
            self.dashboard.case_changed.connect(self._reload_case)
            self.dashboard.case_changed.connect(lambda _cid: self._case_changed())
            self.case_list = CaseListPage(self.ctx)
            self.case_list.privacy_button.hide()  # the top bar's button (F9) covers every list
            self.tabs.addTab(self.case_list, self.tr("Cases"))
            self.case_list.case_activated.connect(self.open_case)
            if self.import_package_button is not None:  # under the case list: the top bar has no room left
                self.case_list.add_action(self.import_package_button)
            elif self.package_note is not None:
                self.case_list.bottom_row.addWidget(self.package_note)
            self.calendar = CalendarPage(self.ctx)
            self.tabs.addTab(self.calendar, self.tr("Calendar"))
            self.calendar.case_activated.connect(self.open_case)
        # The center's own work (issue 21 part B): for the people who run the groups and answer the phone.
        self.activities_page: ActivitiesPage | None = None
        self.contacts_page: ContactsPage | None = None
        if access.allowed(session, Action.CENTER_WORK):
            self.activities_page = ActivitiesPage(self.ctx)
            self.tabs.addTab(self.activities_page, self.tr("Groups and trainings"))
            self.contacts_page = ContactsPage(self.ctx, may_create=self.can_create)
            self.tabs.addTab(self.contacts_page, self.tr("Contacts"))
            self.contacts_page.intake_requested.connect(self._intake_from_contact)
        self.shelters_page: SheltersPage | None = None
        if may_see_shelters(session):
            self.shelters_page = SheltersPage(self.ctx)
            self.tabs.addTab(self.shelters_page, self.tr("Shelters"))
        self.reviews: ReviewPage | None = None
        if session.has(Role.SUPERVISOR):
            self.reviews = ReviewPage(self.ctx)
            self.tabs.addTab(self.reviews, self.tr("Review queue"))
            self.reviews.case_activated.connect(lambda cid: self.open_case(cid).show_tab("closure"))
            self.reviews.decided.connect(lambda _cid: self._case_changed())
            self.reviews.decided.connect(self._reload_case)
        self.reports: ReportsPage | None = None
        if access.allowed(session, Action.STATISTICS_CENTER) or access.allowed(session, Action.STATISTICS_OWN):
            self.reports = ReportsPage(self.ctx)
            self.tabs.addTab(self.reports, self.tr("Reports"))
        self.overview = OverviewPage(session)
        self.tabs.addTab(self.overview, self.tr("Overview") if not self.case_roles else self.tr("Vault"))
        self.retention_page: RetentionPage | None = None
        if may_see_retention(session):
            self.retention_page = RetentionPage(self.ctx)
            self.tabs.addTab(self.retention_page, self.tr("KVKK"))
            self.retention_page.changed.connect(self.overview.refresh)
            self.retention_page.changed.connect(self._case_changed)
            self.retention_page.changed.connect(self._reload_open_cases)
        self.users_page: UsersPage | None = None
        self.settings_page: SettingsPage | None = None
        self.directory_page: DirectoryPage | None = None
        self.calendar_setup_page: CalendarSetupPage | None = None
        self.partners_page: PartnersPage | None = None
        if session.has(Role.ADMIN):
            self.users_page = UsersPage(session)
            self.settings_page = SettingsPage(session)
            self.tabs.addTab(self.users_page, self.tr("Users"))
            self.tabs.addTab(self.settings_page, self.tr("Settings"))
            self.directory_page = DirectoryPage(self.ctx)
            self.tabs.addTab(self.directory_page, self.tr("Directory"))
            self.calendar_setup_page = CalendarSetupPage(self.ctx)
            self.tabs.addTab(self.calendar_setup_page, self.tr("Rooms and interpreters"))
            self.partners_page = PartnersPage(self.ctx)
            self.tabs.addTab(self.partners_page, self.tr("Partners"))
            self.settings_page.backed_up.connect(self.overview.refresh)
            self.users_page.changed.connect(self.overview.refresh)
            self.users_page.rekey_requested.connect(self.rekey_requested)
            self.settings_page.saved.connect(self.overview.refresh)
            self.settings_page.saved.connect(self.settings_changed)
        if self.partners_page is None and packages.holds_keys(session):
            # Whoever holds the keys (casework staff in a vault, supervisors on a server) sees the partners and the
            # packages sent to each, to write a lost one again; pairing and removing stay the admin's, new keys
            # the admin's in a vault and the supervisor's on a server (partner_actions.py).
            self.partners_page = PartnersPage(self.ctx)
            self.tabs.addTab(self.partners_page, self.tr("Partners"))
        self.fixed_tabs = self.tabs.count()
        self.tabs.tabBar().tabCloseRequested.connect(self.close_tab)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_bar)
        self.case_views: dict[int, CaseView] = {}
        self.unsaved_dialog: UnsavedIntakeDialog | DiscardDraftsDialog | None = None

        self.lock_button.clicked.connect(self.lock_requested)
        self.change_password_button.clicked.connect(lambda: self.change_password(forced=False))
        self.privacy_button.toggled.connect(self.ctx.privacy.set_masked)
        self.ctx.privacy.changed.connect(lambda: self.privacy_button.setChecked(self.ctx.privacy.masked))
        if self.new_intake_button is not None:
            self.new_intake_button.clicked.connect(lambda: self.new_intake())
        self.restore_drafts_button.clicked.connect(self.restore_drafts)
        self.discard_drafts_button.clicked.connect(self.discard_drafts)
        self.ctx.drafts.saved.connect(self._autosaved)
        self.ctx.drafts.failed.connect(lambda exc: self.autosave_status.setText(
            self.tr("Could not keep a draft: %1").replace("%1", error_text(exc))))
        self._shortcuts()
        self.pending_drafts: list[drafts.Draft] = []
        if user.must_change_password:
            self.change_password(forced=True)
        else:
            self._offer_drafts()
        self.closing = close_past_periods(self, session, self.status_bar.showMessage)

    def _shortcuts(self) -> None:
        def add(key: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        if self.search is not None:
            add(QKeySequence.StandardKey.Find, self.focus_search)
            add("F9", self.ctx.privacy.toggle)
        if self.can_create:
            add("Ctrl+Shift+N", lambda: self.new_intake())
        add("Ctrl+W", lambda: self.close_tab(self.tabs.currentIndex()))
        # The fixed tabs answer to Ctrl+1, Ctrl+2, … (as in a browser), not to Alt letters: the letters are
        # left to what is inside a case, so that no two things in the window share one (a person with several
        # roles has eight fixed tabs beside a case's eleven).
        for index in range(min(self.fixed_tabs, 9)):
            key = QKeySequence(f"Ctrl+{index + 1}")
            add(key, functools.partial(self.show_fixed_tab, index))
            native = key.toString(QKeySequence.SequenceFormat.NativeText)
            self.tabs.setTabToolTip(index, f"{self.tabs.tabText(index)} ({native})")

    def show_fixed_tab(self, index: int) -> None:
        """Ctrl+digit: that tab, with the focus on its tab (arrows then move between the tabs)."""
        self.tabs.setCurrentIndex(index)
        self.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    # -- cases and intakes in tabs ----------------------------------------------------------------
    def _add_tab(self, page: QWidget, title: str, tip: str) -> None:
        index = self.tabs.addTab(page, title)
        self.tabs.setTabToolTip(index, tip)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close this tab (Ctrl+W)"))
        close.setToolTip(self.tr("Close this tab (Ctrl+W)"))
        close.clicked.connect(lambda: self.close_tab(self.tabs.indexOf(page)))
        side = QTabBar.ButtonPosition.RightSide
        self.tabs.tabBar().setTabButton(index, side, close)
        # The tab bar sizes its buttons when they are set: again when the text size changes.
        follow(close, lambda button: self._reset_tab_button(page, button), "width")
        self.tabs.setCurrentIndex(index)

    def _reset_tab_button(self, page: QWidget, button: QWidget) -> None:
        index = self.tabs.indexOf(page)
        if index < 0:
            return
        bar, side = self.tabs.tabBar(), QTabBar.ButtonPosition.RightSide
        bar.setTabButton(index, side, None)  # set again (setting the same one would hide it)
        bar.setTabButton(index, side, button)

    def open_case(self, case_id: int, reason: str | None = None) -> CaseView:
        """Show the case in its tab (opening it first if needed)."""
        existing = self.case_views.get(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        view = CaseView(self.ctx, case_id, reason=reason)
        self.case_views[case_id] = view
        self._add_tab(view, self.tr("Case…"), self.tr("Case"))
        view.loaded.connect(lambda: self._case_loaded(view))
        view.reason_needed.connect(lambda cid: self._ask_reason(view, cid))
        view.close_requested.connect(lambda: self.close_tab(self.tabs.indexOf(view)))
        view.changed.connect(lambda _cid: self._case_changed())
        view.open_case_requested.connect(self.open_case)
        return view

    def _case_loaded(self, view: CaseView) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            number = view.header_number.text()
            self.tabs.setTabText(index, number or self.tr("Case"))
            self.tabs.setTabToolTip(index, self.tr("Case %1").replace("%1", number))

    def import_package(self) -> PackageImportDialog:
        dialog = PackageImportDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.status_bar.showMessage(dialog.done_text(), 10_000))
        dialog.accepted.connect(self._case_changed)
        dialog.accepted.connect(self._reload_open_cases)
        open_modal(dialog)
        return dialog

    def _case_changed(self) -> None:
        if self.case_list is not None:
            self.case_list.refresh()
        if self.dashboard is not None:
            self.dashboard.refresh()
        if self.calendar is not None:
            self.calendar.refresh()

    def _reload_case(self, case_id: int) -> None:
        """After a decision from the review queue: the case's open tab, if any, shows the new state."""
        view = self.case_views.get(case_id)
        if view is not None:
            view.reload()

    def _reload_open_cases(self) -> None:
        """After a destruction: every open case is read again (a destroyed one then says it is gone)."""
        for view in self.case_views.values():
            view.reload()

    def _ask_reason(self, view: CaseView, case_id: int) -> None:
        self._remove_page(view)
        dialog = ReasonDialog(self, case_id)
        dialog.accepted.connect(lambda: self.open_case(case_id, reason=dialog.text()))
        open_modal(dialog)

    def new_intake(self, draft: dict[str, Any] | None = None) -> IntakePage:
        page = IntakePage(self.ctx, draft=draft)
        self._add_tab(page, self.tr("New intake"), self.tr("New intake"))
        page.finished.connect(lambda case_id: self._intake_finished(page, case_id))
        page.saved.connect(lambda _cid: self._case_changed())
        page.close_requested.connect(lambda: self.close_tab(self.tabs.indexOf(page)))
        return page

    def _intake_from_contact(self, contact_id: int, intake: Any) -> IntakePage:
        """A contact that is not a case becomes an intake: the form starts from what the contact knows, and its
        first save (the case, a draft or finished) links the contact to it."""
        page = self.new_intake()
        page.intake_date.set_value(intake.intake_date)
        page.channel.set_value(intake.channel)
        linked: list[int] = []

        def saved(case_id: int) -> None:
            if not linked and self.contacts_page is not None:
                linked.append(case_id)
                self.contacts_page.link(contact_id, case_id)

        page.saved.connect(saved)
        page.finished.connect(saved)
        return page

    def _intake_finished(self, page: IntakePage, case_id: int) -> None:
        self._remove_page(page)
        self._case_changed()
        self.open_case(case_id)

    def close_tab(self, index: int) -> UnsavedIntakeDialog | None:
        """Close a case or intake tab (the fixed tabs stay). An intake with unsaved typing asks first: keep it
        as a draft, discard it (named), or go back to it."""
        if index < self.fixed_tabs:
            return None
        page = self.tabs.widget(index)
        if isinstance(page, IntakePage) and page.has_unsaved_work():
            state = page.draft_state() or {}
            dialog = UnsavedIntakeDialog(self, describe("intake", state), page.draft_case_id is not None)
            dialog.accepted.connect(lambda: self._close_intake(page, dialog.result_value))
            self.unsaved_dialog = dialog
            open_modal(dialog)
            return dialog
        self.ctx.drafts.flush()
        if page is not None:
            self._remove_page(page)
        return None

    def _close_intake(self, page: IntakePage, choice: object) -> None:
        if choice == DISCARD:
            self.ctx.drafts.forget(page)
        else:
            self.ctx.drafts.flush()
        self._remove_page(page)
        if choice != DISCARD:
            self._offer_drafts()  # the banner offers it back at once (Restore)

    def _remove_page(self, page: QWidget) -> None:
        index = self.tabs.indexOf(page)
        if index >= 0:
            self.tabs.removeTab(index)
        for case_id, view in list(self.case_views.items()):
            if view is page:
                del self.case_views[case_id]
        page.hide()
        page.deleteLater()

    # -- drafts ------------------------------------------------------------------------------------
    def _autosaved(self, count: int) -> None:
        self.autosave_status.setText(self.tr("Draft kept (encrypted) at %1.").replace(
            "%1", datetime.now().strftime("%H:%M:%S")))

    def _offer_drafts(self) -> None:
        try:
            self.pending_drafts = drafts.my_drafts(self.session)
        except UserFacingError as exc:
            self.autosave_status.setText(error_text(exc))
            return
        if not self.pending_drafts:
            self.drafts_banner.hide()
            return
        self.drafts_text.setText(self.tr(
            "You have %1 unsaved piece(s) of work from an earlier session (kept encrypted). Restore to "
            "continue, or discard.").replace("%1", str(len(self.pending_drafts))))
        self.drafts_banner.show()

    def restore_drafts(self) -> None:
        for draft in self.pending_drafts:
            if draft.kind == "intake" and self.can_create:
                self.new_intake(draft=draft.payload)
            elif draft.kind == "note" and draft.case_id is not None:
                view = self.open_case(draft.case_id)
                if view.data is not None:
                    view.open_note_editor(draft=draft.payload)
                else:
                    view.loaded.connect(functools.partial(view.open_note_editor, draft=draft.payload),
                                        Qt.ConnectionType.SingleShotConnection)
        self.pending_drafts = []
        self.drafts_banner.hide()

    def discard_drafts(self) -> DiscardDraftsDialog | None:
        """Ask first, naming each piece; discard only what was listed, once she confirms."""
        if not self.pending_drafts:
            return None
        listed = list(self.pending_drafts)
        dialog = DiscardDraftsDialog(self, [describe(d.kind, d.payload, d.case_number) for d in listed])
        dialog.accepted.connect(lambda: self._discard(listed))
        self.unsaved_dialog = dialog
        open_modal(dialog)
        return dialog

    def _discard(self, listed: list[drafts.Draft]) -> None:
        for draft in listed:
            drafts.discard_draft(self.session, draft.key)
        self.pending_drafts = [d for d in self.pending_drafts if d not in listed]
        self.drafts_banner.setVisible(bool(self.pending_drafts))

    def keep_drafts(self) -> int:
        """Write what is being typed, now (called just before a lock)."""
        return self.ctx.drafts.flush()

    def change_password(self, forced: bool) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self, self.session, forced=forced)
        if forced:
            # She may not work with an admin-known password: cancelling locks again.
            dialog.rejected.connect(self.lock_requested)
            dialog.accepted.connect(self._after_forced_change)
        return open_modal(dialog)  # type: ignore[return-value]

    def _after_forced_change(self) -> None:
        """The pages behind the dialog asked for their data while the change was pending, and the services
        refused it (PasswordChangeRequired): ask again now."""
        for page in (self.dashboard, self.case_list, self.users_page, self.directory_page, self.calendar):
            if page is not None:
                page.refresh()
        if self.overview.refreshed_once:
            self.overview.refresh()
        self._offer_drafts()

    def scrub(self) -> None:
        """Blank every text-bearing child now, before the deferred deletion gets to them."""
        self.ctx.drafts.stop()
        self.closing.cancel()
        if self.reports is not None:
            self.reports.scrub()
        if self.search is not None:
            self.search.scrub()
        for page in (self.dashboard, self.case_list, self.calendar, self.activities_page, self.contacts_page):
            if page is not None:
                page.scrub()
        for index in range(self.fixed_tabs, self.tabs.count()):
            opened = self.tabs.widget(index)
            if isinstance(opened, CaseView | IntakePage):
                opened.scrub()
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(QTextEdit):
            text.clear()
        for plain in self.findChildren(QPlainTextEdit):
            plain.clear()
        for label in self.findChildren(QLabel):
            label.clear()
        for listing in self.findChildren(QListWidget) + self.findChildren(QTreeWidget):
            listing.clear()
        for table in self.findChildren(QTableWidget):
            table.clearContents()
        if self.users_page is not None:
            self.users_page.model.clear()
