"""holdout172 events, part h: more of Katrin's hiring-side events at Zahlwerk (negatives, raw iCalendar text)."""

from holdout172ev_tz import BERLIN

_G = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN


def _g(uid, start, end, summary, desc, attendees, organizer="Katrin Vogt:mailto:katrin.vogt@zahlwerk.io"):
    """Google Calendar event body as Katrin's work calendar writes it."""
    lines = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID=Europe/Berlin:{start}",
        f"DTEND;TZID=Europe/Berlin:{end}",
        "DTSTAMP:20260201T080000Z",
        f"ORGANIZER;CN={organizer}",
        f"UID:{uid}",
    ]
    lines += [f"ATTENDEE;CN={a};PARTSTAT=ACCEPTED:mailto:{m}" for a, m in attendees]
    lines += [desc.strip("\n"), "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}"]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return _G + "\n".join(lines)


_KV = ("Katrin Vogt", "katrin.vogt@zahlwerk.io")
_GRETA = ("Greta Lorenz", "greta.lorenz@zahlwerk.io")

EVENTS = [
    dict(
        kind="appointment-booking",
        uid="_60q30c1g60o30e1i60o4ac1g60rj8gpl88rj2c1h84s34h9g60s30c1g60o30c1g@google.com",
        is_interview=0,
        trap="user-as-interviewer-google-appointment-schedule-host",
        ics=_g(
            "_60q30c1g60o30e1i60o4ac1g60rj8gpl88rj2c1h84s34h9g60s30c1g60o30c1g@google.com",
            "20260217T160000", "20260217T163000",
            "Hiring Manager Chat (Katrin Vogt) – booked by Nadia Haddad",
            r"""DESCRIPTION:Booked by\nNadia Haddad\nnadia.haddad@outlook.com\n\nReason
  for booking: SRE role – application #4471\n\nGoogle Calendar appointment s
 chedule\nhttps://calendar.app.google/zKp3JvM8",""",
            [_KV, ("Nadia Haddad", "nadia.haddad@outlook.com")],
        ),
    ),
    dict(
        kind="take-home-review",
        uid="4r7u0x3a6d9g2j5m8p1s4v7y0b@google.com",
        is_interview=0,
        trap="user-as-interviewer-reviews-candidate-case-study",
        ics=_g(
            "4r7u0x3a6d9g2j5m8p1s4v7y0b@google.com",
            "20260223T080000", "20260223T090000",
            "Review Case Study – Svetlana K. (Backend)",
            r"""DESCRIPTION:Blocker: Take-home von Svetlana durchgehen (Repo-Link in G
 reenhouse)\, Rubrik v3 nutzen\, Fragen für das Follow-up sammeln.""",
            [_KV],
        ),
    ),
    dict(
        kind="interviewer-calibration",
        uid="1d4g7j0m3p6s9v2y5b8e1h4k7n@google.com",
        is_interview=0,
        trap="user-as-interviewer-calibrates-system-design-rubric",
        ics=_g(
            "1d4g7j0m3p6s9v2y5b8e1h4k7n@google.com",
            "20260225T150000", "20260225T160000",
            "Interview calibration: System Design rubric (Backend + SRE)",
            r"""DESCRIPTION:Wir gehen 3 anonymisierte Scorecards der letzten Loops durc
 h und gleichen ab\, was 'strong hire' bei L4/L5 bedeutet.""",
            [_KV, _GRETA, ("Moritz Hahn", "moritz.hahn@zahlwerk.io"), ("Jan Krüger", "jan.krueger@zahlwerk.io")],
        ),
    ),
    dict(
        kind="staff-panel",
        uid="gh-interview-11841107-005@zahlwerk.greenhouse.io",
        is_interview=0,
        trap="user-as-interviewer-chairs-staff-engineer-presentation-panel",
        ics=_g(
            "gh-interview-11841107-005@zahlwerk.greenhouse.io",
            "20260312T130000", "20260312T143000",
            "Onsite: Presentation Panel – Staff Engineer (Platform) – Arjun Mehta",
            r"""DESCRIPTION:Candidate: Arjun Mehta\nPanel: Katrin Vogt (chair)\, Henrik
  Falk\, Lina Park\nFormat: 30 min presentation 'a migration you led'\, 60 m
 in Q&A\nRoom: Spree (4. OG)\nInterview Kit: https://app.greenhouse.io/gu
 ides/11841107""",
            [_KV, ("Henrik Falk", "henrik.falk@zahlwerk.io"), ("Lina Park", "lina.park@zahlwerk.io")],
            organizer="Greta Lorenz:mailto:greta.lorenz@zahlwerk.io",
        ),
    ),
    dict(
        kind="callback-note",
        uid="B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        is_interview=0,
        trap="user-as-interviewer-typed-candidate-salary-callback",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
DTSTAMP:20260226T122000Z
DTSTART:20260226T180000
DTEND:20260226T181500
SUMMARY:Mia (SRE Kandidatin) zurückrufen – Gehalt
DESCRIPTION:will 95k\, Band geht bis 88. Greta fragen ob Ausnahme. Start 1
 .4. ok
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="bar-raiser",
        uid="gh-interview-11839930-004@zahlwerk.greenhouse.io",
        is_interview=0,
        trap="user-as-interviewer-bar-raiser-other-team-loop",
        ics=_g(
            "gh-interview-11839930-004@zahlwerk.greenhouse.io",
            "20260304T110000", "20260304T120000",
            "Bar Raiser – Data Engineer – Chidi Okafor",
            r"""DESCRIPTION:Hi Katrin\, thanks for being the bar raiser on this loop (D
 ata team). You have veto. Kit + CV in Greenhouse. – Greta""",
            [_KV, _GRETA],
            organizer="Greta Lorenz:mailto:greta.lorenz@zahlwerk.io",
        ),
    ),
    dict(
        kind="career-fair-booth",
        uid="6f9i2l5o8r1u4x7a0d3g6j9m2p@google.com",
        is_interview=0,
        trap="user-as-interviewer-staffs-company-booth-at-fair",
        ics=_g(
            "6f9i2l5o8r1u4x7a0d3g6j9m2p@google.com",
            "20260318T100000", "20260318T140000",
            "Zahlwerk Stand – TechJobs Fair Berlin (Schicht 1)",
            r"""DESCRIPTION:Standbetreuung mit Greta. Vor-Ort-Kurzgespräche mit Bewerb
 er:innen\, QR-Code zur Karriereseite\, Lebensläufe einsammeln. Station Be
 rlin\, Halle 3\, Stand C12.""",
            [_KV, _GRETA],
            organizer="Greta Lorenz:mailto:greta.lorenz@zahlwerk.io",
        ),
    ),
    dict(
        kind="reference-check",
        uid="3j6m9p2s5v8y1b4e7h0k3n6q9t@google.com",
        is_interview=0,
        trap="user-as-interviewer-reference-check-on-candidate",
        ics=_g(
            "3j6m9p2s5v8y1b4e7h0k3n6q9t@google.com",
            "20260302T173000", "20260302T180000",
            "Referenzgespräch Aylin Demir – mit ihrem Ex-Manager (T. Brauer)",
            r"""DESCRIPTION:Finale Kandidatin Senior SRE. Thomas Brauer ruft an: +49 1
 51 40022871. Fragen: Incident-Handling\, Zusammenarbeit\, würde er sie wie
 der einstellen?""",
            [_KV],
        ),
    ),
    dict(
        kind="hiring-sync",
        uid="9p2s5v8y1b4e7h0k3n6q9t2w5z@google.com",
        is_interview=0,
        trap="user-as-interviewer-weekly-pipeline-sync-with-recruiter",
        ics=_g(
            "9p2s5v8y1b4e7h0k3n6q9t2w5z@google.com",
            "20260209T093000", "20260209T100000",
            "Hiring Sync Platform – Katrin / Greta",
            r"""DESCRIPTION:Pipeline SRE (4 im Onsite)\, Backend (2 Offers offen)\, In
 terview-Slots nächste Woche\, Agenturen.""",
            [_KV, _GRETA],
            organizer="Greta Lorenz:mailto:greta.lorenz@zahlwerk.io",
        ),
    ),
    dict(
        kind="pairing-session",
        uid="gh-interview-11833512-002@zahlwerk.greenhouse.io",
        is_interview=0,
        trap="user-as-interviewer-runs-pairing-exercise",
        ics=_g(
            "gh-interview-11833512-002@zahlwerk.greenhouse.io",
            "20260226T140000", "20260226T153000",
            "Pairing Session (Kotlin) – R. Haddad",
            r"""DESCRIPTION:Candidate: Rami Haddad – Backend Engineer\nPairing with Kat
 rin Vogt + Moritz Hahn\, repo: zahlwerk/pairing-ledger-kata\nScorecard due
  same day.""",
            [_KV, ("Moritz Hahn", "moritz.hahn@zahlwerk.io")],
            organizer="Greta Lorenz:mailto:greta.lorenz@zahlwerk.io",
        ),
    ),
]
