"""A sign-in to the server behaves as a vault's unlock (issue 16): the older-copy warning from this
workstation's note of the audit head (a server restored from an older backup), the lock entry, and the
break-glass grant that ends with the sign-in."""

from __future__ import annotations

from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import ReasonRequired
from kadin_danisma.services import cases, seen_state


def test_a_server_put_back_from_an_older_backup_is_announced(server_team: Any) -> None:
    ayse = server_team.login("ayse")
    cases.create_case(ayse, r.Client(full_name="Yedekten Önceki"))
    ayse.lock()  # notes the head this workstation saw
    again = server_team.login("ayse")
    assert again.older_copy is None
    head = again.store.audit_head(again.connection()).entry_id
    again.lock()
    # The IT person restores last night's dump: the chain ends earlier than this workstation saw.
    su = kd_support.raw(server_team.login("selin"))
    with su.transaction():
        su.execute("SET LOCAL session_replication_role = replica")
        su.execute("DELETE FROM audit_log WHERE id > ?", (head - 3,))
        row = su.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        su.execute("UPDATE audit_head SET id = ?, hash = ?", (row[0], row[1]))
    later = server_team.login("ayse")
    assert later.older_copy is not None and later.older_copy.kind == seen_state.OLDER
    assert later.older_copy.recorded_head_id > later.older_copy.current_head_id


def test_break_glass_lasts_until_she_signs_out(server_team: Any) -> None:
    ayse, zeynep = server_team.login("ayse"), server_team.login("zeynep")
    cid = cases.create_case(ayse, r.Client(full_name="Vekâlet Eden"))
    with pytest.raises(ReasonRequired):
        cases.open_case(zeynep, cid)
    assert cases.open_case(zeynep, cid, reason="Ayşe izinde, acil arama geldi").client.full_name == "Vekâlet Eden"
    assert server_team.psql("zeynep", "SELECT count(*) FROM kd.cases").stdout.strip() == "0"  # other sign-in
    zeynep.lock()
    later = server_team.login("zeynep")
    with pytest.raises(ReasonRequired):
        cases.open_case(later, cid)
    grants = kd_support.raw(later).execute("SELECT count(*) FROM grants").fetchone()[0]
    assert grants == 0
