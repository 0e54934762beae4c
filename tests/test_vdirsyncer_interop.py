"""vdirsyncer (the real tool) syncing afterview's vdir with Radicale keeps afterview's events and tags.

afterview writes ticklers into a vdir; vdirsyncer pushes them to Radicale, where the CalDAV
connector must still recognise them as its own (same key, same fingerprint). Changes afterview
then makes over CalDAV come back into the vdir the same way.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.caldav import CaldavCalendar
from afterview.connectors.vdir import VdirCalendar
from contract_data import WINDOW, a_tickler, an_interview, event_to_ics
from memory_keyring import memory_keyring
from radicale_server import DavCalendar, RadicaleServer, new_calendar, radicale, radicale_server  # noqa: F401
from servers import require_server

VDIRSYNCER = shutil.which("vdirsyncer")


@pytest.fixture
def cal(radicale: RadicaleServer) -> DavCalendar:  # noqa: F811
    require_server("vdirsyncer", VDIRSYNCER is not None, "vdirsyncer not installed (Debian package vdirsyncer)")
    return new_calendar(radicale, "work", "Work")


@pytest.fixture
def caldav(cal: DavCalendar, ctx: ConnectorContext) -> Iterator[CaldavCalendar]:
    with memory_keyring() as ring:
        ring.set_password("afterview", f"{ctx.account}/caldav_password", cal.user.password)
        connector = CaldavCalendar.from_options(
            {"url": cal.user.server.base_url, "username": cal.user.name, "calendar": "Work"}, ctx)
        yield connector
        connector.close()


def _sync(tmp_path: Path, folder: Path, cal: DavCalendar) -> None:
    assert VDIRSYNCER is not None
    config = tmp_path / "vdirsyncer.conf"
    config.write_text(
        "[general]\n"
        f'status_path = "{tmp_path / "status"}/"\n'
        "[pair afterview]\n"
        'a = "local"\nb = "radicale"\ncollections = null\nconflict_resolution = "a wins"\n'
        "[storage local]\n"
        f'type = "filesystem"\npath = "{folder}/"\nfileext = ".ics"\n'
        "[storage radicale]\n"
        f'type = "caldav"\nurl = "{cal.url}"\n'
        f'username = "{cal.user.name}"\npassword = "{cal.user.password}"\n',
        encoding="utf-8",
    )
    for command in (["discover"], ["sync"]):
        done = subprocess.run([VDIRSYNCER, "-c", str(config), *command], input="y\n" * 4,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr


def test_vdirsyncer_round_trip_keeps_afterview_ticklers_and_tags(
    tmp_path: Path, cal: DavCalendar, caldav: CaldavCalendar, ctx: ConnectorContext
) -> None:
    folder = tmp_path / "vdir"
    folder.mkdir()
    (folder / "interview.ics").write_bytes(event_to_ics(an_interview()))
    local = VdirCalendar.from_options({"path": str(folder)}, ctx)
    thanks = a_tickler(key="acme/se/thanks", summary="Danke — Müller & Söhne; «Senior», C:\\new",
                       description="Write down: names, topics\nsecond line ✓")
    followup = a_tickler(key="acme/se/followup-1", summary="Follow up — Acme")
    local.create_tickler(thanks)
    local.create_tickler(followup)

    _sync(tmp_path, folder, cal)

    # On the server, as another client reads it: the owner tags are there, verbatim.
    tags = set()
    for href in cal.user.hrefs(cal.path):
        for event in icalendar.Calendar.from_ical(cal.user.get(href).body).walk("VEVENT"):
            if "X-AFTERVIEW-KEY" in event:
                tags.add(tuple(str(event[f"X-AFTERVIEW-{name}"]) for name in ("OWNER", "KEY", "APP")))
    assert tags == {("afterview", thanks.key, thanks.app_id), ("afterview", followup.key, followup.app_id)}

    # The CalDAV connector sees them as its own, unchanged (same fingerprint), and the interview as foreign.
    remote = {t.key: t for t in caldav.list_ticklers()}
    assert {k: t.fingerprint for k, t in remote.items()} == {
        thanks.key: thanks.fingerprint(), followup.key: followup.fingerprint()}
    events = {e.uid: e for e in caldav.list_events(None, WINDOW).events}
    assert events[an_interview().uid].owned_key is None
    assert events[thanks.uid].owned_key == thanks.key and events[thanks.uid].summary == thanks.summary

    # afterview changes them over CalDAV; vdirsyncer brings that back into the vdir.
    moved = a_tickler(key=thanks.key, summary="Send thank-you notes — Acme (moved)")
    caldav.update_tickler(remote[thanks.key].ref, moved, thanks.fingerprint())
    caldav.delete_tickler(remote[followup.key].ref, followup.fingerprint())
    _sync(tmp_path, folder, cal)
    back = {t.key: t for t in local.list_ticklers()}
    assert {k: t.fingerprint for k, t in back.items()} == {thanks.key: moved.fingerprint()}
    assert an_interview().uid in {e.uid for e in local.list_events(None, WINDOW).events}
