"""Unit-test fixtures: every test gets its own HOME, TMPDIR and XDG folders (scanned by the leak tests),
and a factory for small vaults created with the floor KDF parameters."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import kd_support
import pytest
from hypothesis import settings

os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"
settings.register_profile("kadin-danisma-unit", database=None, deadline=None)
settings.load_profile("kadin-danisma-unit")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> kd_support.Env:
    home, tmp, xdg = tmp_path / "home", tmp_path / "tmp", tmp_path / "xdg"
    for folder in (home, tmp, xdg / "data", xdg / "config", xdg / "cache", xdg / "state", xdg / "runtime"):
        folder.mkdir(parents=True)
    (xdg / "runtime").chmod(0o700)
    monkeypatch.setenv("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(xdg / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(xdg / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg / "runtime"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return kd_support.Env(home, tmp, xdg)


@pytest.fixture
def new_vault(tmp_path: Path) -> Callable[..., tuple[Path, str]]:
    """new_vault(name="vault", center=...) -> (folder, recovery_key): a freshly created, locked vault."""

    def make(name: str = "vault", center: str = kd_support.CENTER) -> tuple[Path, str]:
        return kd_support.create_vault(tmp_path / name, center)

    return make


@pytest.fixture(scope="session")
def _vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return kd_support.create_vault(tmp_path_factory.mktemp("template") / "vault")


@pytest.fixture
def vault(_vault_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """(folder, recovery_key) of a locked vault: a private copy of one made once per session (creation
    costs two key derivations; most tests only need some vault)."""
    template, recovery = _vault_template
    folder = tmp_path / "vault"
    shutil.copytree(template, folder)
    return folder, recovery


# -- case work: a small team in one vault ------------------------------------------------------------


@pytest.fixture(scope="session")
def _team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kadin_danisma.domain.roles import Role
    from kadin_danisma.services import users, vault_service

    folder = tmp_path_factory.mktemp("team") / "vault"
    created = vault_service.create_vault(folder, kd_support.CENTER, kd_support.ADMIN, kd_support.ADMIN_NAME,
                                         kd_support.PASSWORD)
    session = created.session
    for name, display, roles in kd_support.TEAM:
        users.add_user(session, name, display, frozenset(Role(r) for r in roles), kd_support.PASSWORD)
    session.lock()
    kd_support.clear_must_change(folder)
    return folder


@pytest.fixture
def team(store_kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> kd_support.Team:
    """A vault with the admin+supervisor 'koordinator', counselors 'ayse' and 'zeynep', supervisor 'selin',
    admin-only 'bilgi' and counselor+supervisor 'deniz' (all with kd_support.PASSWORD). team.login(name)
    unlocks a session; every session is locked at teardown. In tests marked both_stores it is, the second
    time, the same team on a center server (tests/server_support.py)."""
    if store_kind == "server":
        yield request.getfixturevalue("server_team")
        return
    template = request.getfixturevalue("_team_template")
    folder = tmp_path / "team"
    shutil.copytree(template, folder)
    t = kd_support.Team(folder)
    yield t  # type: ignore[misc]
    t.close()


# Vaults of the same staff, for packages between a center and a shelter laptop (a test module may define its
# own `center`/`shelter`/`sides`, which then wins).
def _vault_copy(template: Path, folder: Path) -> kd_support.Team:
    shutil.copytree(template, folder)
    return kd_support.Team(folder)


@pytest.fixture
def center(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    t = _vault_copy(_team_template, tmp_path / "center")
    yield t
    t.close()


@pytest.fixture
def shelter(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    t = _vault_copy(_team_template, tmp_path / "shelter")
    yield t
    t.close()


@pytest.fixture
def two(center: kd_support.Team, shelter: kd_support.Team) -> tuple[kd_support.Team, kd_support.Team]:
    """The center's vault and the shelter's, as one pair."""
    return center, shelter


@pytest.fixture
def sides(_team_template: Path, tmp_path: Path) -> Iterator[tuple[kd_support.Team, kd_support.Team]]:
    """The center's vault and a shelter laptop's."""
    made = (_vault_copy(_team_template, tmp_path / "center"), _vault_copy(_team_template, tmp_path / "laptop"))
    yield made
    for team in made:
        team.close()
