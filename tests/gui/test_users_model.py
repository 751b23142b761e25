"""UsersModel on its own: Qt's model tester, and what each column shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.admin.users_page import UsersModel
from kadin_danisma.vault.repositories import UserRow


def _rows() -> list[UserRow]:
    return [
        UserRow(1, "koordinator", "Zeynep Aydın", frozenset({Role.ADMIN, Role.SUPERVISOR}), False, False,
                "2026-01-05T09:00:00+00:00"),
        UserRow(2, "ayse", "Ayşe Yılmaz", frozenset({Role.COUNSELOR}), False, True, "2026-01-06T09:00:00+00:00"),
        UserRow(3, "fatma", "Fatma Şahin", frozenset({Role.COUNSELOR, Role.SUPERVISOR}), True, False,
                "2026-01-07T09:00:00+00:00"),
    ]


def test_users_model_passes_the_model_tester(qtmodeltester) -> None:
    model = UsersModel()
    model.set_rows(_rows())
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every reset as it happens.
    model.set_rows(_rows()[:1])
    model.clear()
    model.set_rows(_rows())
    assert model.rowCount() == 3


def test_users_model_passes_qt_s_own_model_tester(qtmodeltester) -> None:
    model = UsersModel()
    model.set_rows(_rows())
    qtmodeltester.check(model, force_py=False)  # QAbstractItemModelTester (C++) where available


def test_users_model_contents() -> None:
    model = UsersModel()
    model.set_rows(_rows())
    assert model.rowCount() == 3 and model.columnCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0, "a table has no children"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["User name", "Full name", "Roles", "Status"]
    assert model.headerData(9, Qt.Orientation.Horizontal) is None
    table = [[model.data(model.index(r, c)) for c in range(4)] for r in range(3)]
    assert table == [
        ["koordinator", "Zeynep Aydın", "supervisor, admin", "active"],
        ["ayse", "Ayşe Yılmaz", "counselor", "must change password"],
        ["fatma", "Fatma Şahin", "counselor, supervisor", "disabled"],
    ]
    assert model.data(model.index(1, 3), Qt.ItemDataRole.UserRole) == "ayse"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.AccessibleTextRole) == "Ayşe Yılmaz"
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(5, 0)) is None


def test_clear_resets_the_model(qtbot) -> None:
    model = UsersModel()
    model.set_rows(_rows())
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.clear()
    assert model.rowCount() == 0 and model.rows == []
