#!/usr/bin/env python3
"""First-scan benchmark: the engine's first cycle over a big Maildir + vdir against a naive full parse.

Generates (deterministic seed, in a temp dir) a Maildir++ tree of N messages of 1-30 KB (a few %
employer mail, the rest newsletters and personal mail, a few % sent) dated within the lookback,
and a vdir of 5,000 events (a few % interviews), then runs in fresh subprocesses:
  engine   - Engine.open + run_cycle over vdir + maildir (what `afterview once` does first),
  baseline - every message parsed with email.message_from_binary_file + get_body + get_content.
Prints wall time and peak RSS (ru_maxrss, VmHWM) of both and their ratio, at N and at 10,000. As root, the page
cache is dropped before each side, so both read from the disk (without it the engine ran after the baseline's long
read, and what it found cached depended on how much the system had dropped meanwhile).
Numbers are printed, never asserted. Usage: scripts/bench_scan.py [--messages 100000] [--small 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

ME = "jordan.lee@example.org"
NAME = "Jordan Lee"
ZONE = "Europe/Berlin"
LOOKBACK_DAYS = 60
_PROSE = (
    "the of and to in is that for it as with was on be by this are from at or an have not which but all "
    "team project update week meeting notes quarter plan review release customer design data service report "
    "weekend family dinner photos garden trip train booking concert tickets recipe birthday school football "
    "article newsletter subscribe offers sale discount webinar podcast community event launch product feature"
)
WORDS = _PROSE.split()
COMPANIES = [
    ("Acme", "acme.example"), ("Globex", "globex.example"), ("Initech", "initech.example"),
    ("Umbrella", "umbrella.example"), ("Hooli", "hooli.example"), ("Vandelay", "vandelay.example"),
    ("Stark Industries", "stark.example"), ("Wayne Enterprises", "wayne.example"), ("Cyberdyne", "cyberdyne.example"),
    ("Soylent", "soylent.example"), ("Tyrell", "tyrell.example"), ("Wonka", "wonka.example"),
    ("Massive Dynamic", "massivedynamic.example"), ("Aperture", "aperture.example"), ("Monarch", "monarch.example"),
    ("Oscorp", "oscorp.example"), ("Pied Piper", "piedpiper.example"), ("Nakatomi", "nakatomi.example"),
]
ROLES = ["Senior Data Engineer", "Product Analyst", "Backend Developer", "Platform Engineer", "Data Scientist"]
FIRST = ["Dana", "Lee", "Sam", "Priya", "Morgan", "Alex", "Chris", "Robin", "Kim", "Jamie", "Taylor", "Noor"]
LAST = ["Smith", "Wong", "Rivera", "Shah", "Lee", "Meyer", "Garcia", "Novak", "Okafor", "Berg", "Sato", "Rossi"]
NEWSLETTERS = ["news@weekly.example", "deals@shop.example", "digest@devblog.example", "hello@podcast.example"]
# What Google Calendar and Outlook export: a compact zone with yearly rules.
BERLIN = """BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n"""
FRIENDS = ["mum@family.example", "alex@friends.example", "kim@friends.example", "club@sports.example"]


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(WORDS, k=n))


def paragraphs(rng: random.Random, size: int) -> str:
    """Given a byte budget, returns plain text paragraphs of about that size."""
    out: list[str] = []
    total = 0
    while total < size:
        para = words(rng, rng.randint(30, 90)).capitalize() + "."
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)


def person(rng: random.Random, domain: str) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@{domain}"


def _headers(sender: str, to: str, subject: str, when: datetime, msgid: str, extra: list[str]) -> str:
    lines = [
        f"Return-Path: <{sender.split('<')[-1].rstrip('>')}>",
        f"Received: from mx.example.org by mail.example.org; {when:%a, %d %b %Y %H:%M:%S %z}",
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {when:%a, %d %b %Y %H:%M:%S %z}",
        f"Message-ID: <{msgid}>",
        "MIME-Version: 1.0",
        *extra,
    ]
    return "\r\n".join(lines) + "\r\n"


def newsletter(rng: random.Random, when: datetime, msgid: str, size: int) -> bytes:
    sender = rng.choice(NEWSLETTERS)
    text = paragraphs(rng, size // 3)
    html = "".join(f"<p style='margin:0 0 12px'>{p}</p>" for p in text.split("\n\n"))
    boundary = f"=_b{rng.getrandbits(48):x}"
    head = _headers(
        f"Weekly <{sender}>", ME, f"This week: {words(rng, 5)}", when, msgid,
        [f"List-Unsubscribe: <mailto:unsub@{sender.split('@')[1]}>", "Precedence: bulk",
         f'Content-Type: multipart/alternative; boundary="{boundary}"'],
    )
    body = (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>{html}</body></html>\r\n"
        f"--{boundary}--\r\n"
    )
    return (head + "\r\n" + body).encode()


def personal(rng: random.Random, when: datetime, msgid: str, size: int) -> bytes:
    sender = rng.choice(FRIENDS)
    if rng.random() < 0.25:  # a photo or document attached, base64 as mail clients send it
        boundary = f"=_p{rng.getrandbits(48):x}"
        blob = rng.randbytes(size * 3 // 4)
        b64 = __import__("base64").encodebytes(blob).decode().replace("\n", "\r\n")
        head = _headers(sender, ME, words(rng, 4).capitalize(), when, msgid,
                        [f'Content-Type: multipart/mixed; boundary="{boundary}"'])
        body = (
            f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{paragraphs(rng, 300)}\r\n"
            f"--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            f'Content-Disposition: attachment; filename="photo.jpg"\r\n\r\n{b64}\r\n--{boundary}--\r\n'
        )
        return (head + "\r\n" + body).encode()
    head = _headers(sender, ME, words(rng, 4).capitalize(), when, msgid, ["Content-Type: text/plain; charset=utf-8"])
    return (head + "\r\n" + paragraphs(rng, size).replace("\n", "\r\n") + "\r\n").encode()


def employer(rng: random.Random, when: datetime, msgid: str, company: tuple[str, str], role: str) -> bytes:
    name, domain = company
    who, addr = person(rng, domain)
    kind = rng.random()
    if kind < 0.4:
        subject, text = f"Your application for {role} at {name}", (
            f"Hi Jordan,\n\nThank you for applying for the {role} position at {name}. We have received your "
            "application and our team is reviewing it. We will be in touch about next steps.\n\n"
        )
    elif kind < 0.7:
        subject, text = f"Interview invitation - {role}", (
            f"Hi Jordan,\n\nWe would like to invite you to an interview for the {role} role. Please share your "
            "availability for next week.\n\n"
        )
    elif kind < 0.9:
        subject, text = f"Update on your {role} application", (
            f"Dear Jordan,\n\nThank you for taking the time to interview with us for the {role} role. After "
            "careful consideration we have decided to move forward with other candidates.\n\nWe wish you all "
            "the best in your search.\n\n"
        )
    else:
        subject, text = f"Re: {role} interview", (
            "Hi Jordan,\n\nThanks for your note. We are still reviewing candidates and will get back to you "
            "soon.\n\n"
        )
    head = _headers(f"{who} <{addr}>", ME, subject, when, msgid, ["Content-Type: text/plain; charset=utf-8"])
    return (head + "\r\n" + (text + f"{who}\n{name}\n").replace("\n", "\r\n")).encode()


def sent(rng: random.Random, when: datetime, msgid: str) -> bytes:
    to = rng.choice(FRIENDS)
    head = _headers(f"{NAME} <{ME}>", to, "Re: " + words(rng, 3), when, msgid, ["Content-Type: text/plain"])
    return (head + "\r\n" + paragraphs(rng, rng.randint(300, 3000)).replace("\n", "\r\n") + "\r\n").encode()


def write_maildir(root: Path, count: int, seed: int, now: datetime) -> int:
    """Given a root, a message count, a seed and the clock, writes a Maildir++ tree; returns bytes written."""
    rng = random.Random(seed)
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    for folder in (root / ".Sent", root / ".Drafts"):
        (folder / "maildirfolder").touch()
    total = 0
    start = now - timedelta(days=LOOKBACK_DAYS - 1)
    span = (now - start).total_seconds()
    for i in range(count):
        when = (start + timedelta(seconds=span * i / count)).astimezone(ZoneInfo(ZONE))
        msgid = f"bench.{seed}.{i}@mail.example"
        size = 1024 + int(29 * 1024 * rng.random() ** 2)  # 1-30 KB, most of them small
        roll = rng.random()
        folder = root
        if roll < 0.03:
            pick = rng.randrange(len(COMPANIES))
            data = employer(rng, when, msgid, COMPANIES[pick], ROLES[pick % len(ROLES)])
        elif roll < 0.05:
            folder, data = root / ".Sent", sent(rng, when, msgid)
        elif roll < 0.65:
            data = newsletter(rng, when, msgid, size)
        else:
            data = personal(rng, when, msgid, size)
        path = folder / "cur" / f"{int(when.timestamp())}.M{i}P{seed}.benchhost:2,S"
        path.write_bytes(data)
        stamp = when.timestamp()
        os.utime(path, (stamp, stamp))
        total += len(data)
    return total


def _event(uid: str, summary: str, start: datetime, minutes: int, organizer: tuple[str, str],
           people: list[tuple[str, str]], description: str, rrule: dict[str, object] | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//afterview bench//EN")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("dtstamp", start - timedelta(days=3))
    event.add("description", description)
    if rrule:
        event.add("rrule", rrule)
    org = vCalAddress(f"mailto:{organizer[1]}")
    org.params["cn"] = vText(organizer[0])
    event["organizer"] = org
    for cn, addr in [*people, (NAME, ME)]:
        att = vCalAddress(f"mailto:{addr}")
        att.params["cn"] = vText(cn)
        att.params["partstat"] = "ACCEPTED"
        event.add("attendee", att, encode=False)
    cal.add_component(Calendar.from_ical(BERLIN).walk("VTIMEZONE")[0])
    cal.add_component(event)
    return bytes(cal.to_ical())


def write_vdir(folder: Path, count: int, seed: int, now: datetime) -> int:
    """Given a folder, an event count, a seed and the clock, writes one .ics per event; returns interviews."""
    rng = random.Random(seed + 1)
    folder.mkdir(parents=True, exist_ok=True)
    tz = ZoneInfo(ZONE)
    interviews = 0
    for i in range(count):
        day = now.astimezone(tz) + timedelta(days=rng.randint(-LOOKBACK_DAYS + 1, 120))
        start = day.replace(hour=rng.randint(8, 17), minute=rng.choice((0, 30)), second=0, microsecond=0)
        uid = f"bench-{seed}-{i}@calendar.example"
        if rng.random() < 0.03:
            interviews += 1
            pick = rng.randrange(len(COMPANIES))
            company, role = COMPANIES[pick], ROLES[pick % len(ROLES)]
            people = [person(rng, company[1]) for _ in range(rng.randint(1, 2))]
            data = _event(
                uid, f"Interview: {company[0]} <> {NAME} ({role})", start, 60, (f"{company[0]} Recruiting",
                f"recruiting@{company[1]}"), people,
                f"Hi Jordan, thanks for your interest in the {role} role at {company[0]}. You'll meet "
                f"{', '.join(p[0] for p in people)}.\nJoin Zoom Meeting https://zoom.us/j/{rng.randint(10**8, 10**9)}",
            )
        else:
            colleagues = [person(rng, "northwind-labs.example") for _ in range(rng.randint(0, 4))]
            weekly = {"freq": "weekly", "count": 10} if rng.random() < 0.05 else None
            data = _event(uid, words(rng, 3).capitalize(), start, rng.choice((30, 60)),
                          colleagues[0] if colleagues else (NAME, ME), colleagues[1:], words(rng, 25), weekly)
        (folder / f"bench-{i}.ics").write_bytes(data)
    return interviews


def make_world(root: Path, *, messages: int, events: int, seed: int, now: datetime) -> dict[str, int]:
    """Given an empty folder, writes mail/, calendar/ and config.toml; returns sizes."""
    mail_bytes = write_maildir(root / "mail", messages, seed, now)
    interviews = write_vdir(root / "calendar", events, seed, now)
    (root / "config.toml").write_text(
        f'me = ["{ME}"]\nname = "{NAME}"\ntimezone = "{ZONE}"\n[policy]\nlookback_days = {LOOKBACK_DAYS}\n'
        '[state]\npath = "state.sqlite3"\n[accounts.personal]\n'
        'calendar = { type = "vdir", path = "calendar" }\nmail = { type = "maildir", path = "mail" }\n',
        encoding="utf-8",
    )
    return {"mail_bytes": mail_bytes, "interviews": interviews}


# ---------------------------------------------------------------- the measured children


def peak_rss_mb() -> float:
    """Returns this process's peak RSS in MB (VmHWM where /proc exists, else ru_maxrss)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_engine(root: Path, now: datetime) -> dict[str, float]:
    from afterview.daemon import engine as engine_module
    from afterview.daemon.config import load_config
    from afterview.daemon.engine import Engine

    spent = {"calendar_s": 0.0, "mail_s": 0.0, "mail_pages": 0.0}

    def timed(name: str, pull: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return pull(*args, **kwargs)
            finally:
                spent[f"{name}_s"] += time.perf_counter() - began
                spent["mail_pages"] += name == "mail"

        return run

    # Where the time goes: the engine looks these up in its module at each pull.
    engine_module.pull_calendar = timed("calendar", engine_module.pull_calendar)  # type: ignore[assignment]
    engine_module.pull_mail = timed("mail", engine_module.pull_mail)  # type: ignore[assignment]
    config = load_config(root / "config.toml")
    began = time.perf_counter()
    with Engine.open(config, clock=lambda: now) as engine:
        report = engine.run_cycle()
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "changes": len(report.changes), "problems": len(report.problems), **spent}


def child_baseline(root: Path) -> dict[str, float]:
    import email
    from email import policy

    began = time.perf_counter()
    chars = 0
    count = 0
    for folder in (root / "mail", root / "mail" / ".Sent"):
        for sub in ("new", "cur"):
            for entry in os.scandir(folder / sub):
                with open(entry.path, "rb") as fh:
                    msg = email.message_from_binary_file(fh, policy=policy.default)
                body = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
                if body is not None:
                    chars += len(body.get_content())
                count += 1
    return {"seconds": time.perf_counter() - began, "messages": count, "chars": chars}


def run_child(kind: str, root: Path, now: datetime) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", kind, "--dir", str(root), "--now", now.isoformat()]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def cold_start() -> str:
    """Flushes and drops the page cache, so each side starts from the disk; returns how (or why not)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:  # not root, or no /proc: the sides share whatever the cache holds
        return f"page cache kept ({exc.strerror or exc})"
    return "page cache dropped before each side"


def measure(size: int, events: int, seed: int, now: datetime, keep: Path | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="afterview-bench-", dir=keep) as tmp:
        root = Path(tmp)
        began = time.perf_counter()
        world = make_world(root, messages=size, events=events, seed=seed, now=now)
        made = time.perf_counter() - began
        print(f"-- {size:,} messages ({world['mail_bytes'] / 2**20:,.0f} MB), {events:,} events "
              f"({world['interviews']} interviews); generated in {made:.1f}s", flush=True)
        how = cold_start()
        base = run_child("baseline", root, now)
        cold_start()
        eng = run_child("engine", root, now)
        print(f"   ({how})")
        ratio = eng["seconds"] / base["seconds"]
        print(f"   baseline (full stdlib parse): {base['seconds']:8.2f} s  peak RSS {base['rss_mb']:6.1f} MB")
        print(f"   engine first cycle:           {eng['seconds']:8.2f} s  peak RSS {eng['rss_mb']:6.1f} MB"
              f"  ({int(eng['changes'])} changes, {int(eng['problems'])} problems)")
        print(f"     of which calendar {eng['calendar_s']:.2f} s, mail {eng['mail_s']:.2f} s "
              f"in {int(eng['mail_pages'])} pages", flush=True)
        print(f"   ratio engine/baseline: {ratio:.3f}  (target <= 0.2; RSS target < 150 MB)", flush=True)
        return {"size": size, "ratio": ratio, "engine_s": eng["seconds"], "engine_rss": eng["rss_mb"],
                "engine_mail_s": eng["mail_s"],
                "baseline_s": base["seconds"], "baseline_rss": base["rss_mb"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000, help="second, smaller size (0: skip)")
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--tmp", type=Path, default=None, help="where the temp workspace goes")
    parser.add_argument("--child", choices=("engine", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--now", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        now = datetime.fromisoformat(args.now)
        result = child_engine(args.dir, now) if args.child == "engine" else child_baseline(args.dir)
        result["rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return 0
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    rows = [measure(n, args.events, args.seed, now, args.tmp) for n in (args.small, args.messages) if n]
    if len(rows) == 2:
        print(f"peak RSS {rows[0]['size']:,} -> {rows[1]['size']:,} messages: "
              f"{rows[0]['engine_rss']:.1f} -> {rows[1]['engine_rss']:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
