"""Shared helpers for the holdout219 event data modules (written blind; see make_event_corpus_holdout219.py).

Each event is hand-written raw iCalendar text. The only thing shared here is the VTIMEZONE block that a given tool
would paste in (Google, Outlook and Apple each write their own), and a small record for the label.
"""

from __future__ import annotations

from typing import Any


def ev(kind: str, uid: str, yes: int, company: str, role: str, stage: str, interviewers: str, trap: str,
       ics: str, eol: str = "crlf") -> dict[str, Any]:
    """One event: its file kind, its label and its raw text (eol: crlf or lf, as the tool writes it)."""
    return {"kind": kind, "uid": uid, "is_interview": yes, "company": company, "role": role, "stage": stage,
            "interviewers": interviewers, "trap": trap, "ics": ics, "eol": eol}


def vtz_google(tzid: str, std: str = "+0100", dst: str = "+0200", std_name: str = "CET",
               dst_name: str = "CEST") -> str:
    """VTIMEZONE as Google Calendar writes it (X-LIC-LOCATION, 1970 rules)."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        f"X-LIC-LOCATION:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        f"TZOFFSETFROM:{std}\n"
        f"TZOFFSETTO:{dst}\n"
        f"TZNAME:{dst_name}\n"
        "DTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        f"TZOFFSETFROM:{dst}\n"
        f"TZOFFSETTO:{std}\n"
        f"TZNAME:{std_name}\n"
        "DTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


def vtz_outlook(tzid: str = "Romance Standard Time", std: str = "+0100", dst: str = "+0200") -> str:
    """VTIMEZONE as Outlook / Exchange writes it (Windows zone name, 1601 rules)."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:STANDARD\n"
        "DTSTART:16010101T030000\n"
        f"TZOFFSETFROM:{dst}\n"
        f"TZOFFSETTO:{std}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
        "END:STANDARD\n"
        "BEGIN:DAYLIGHT\n"
        "DTSTART:16010101T020000\n"
        f"TZOFFSETFROM:{std}\n"
        f"TZOFFSETTO:{dst}\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\n"
        "END:DAYLIGHT\n"
        "END:VTIMEZONE\n"
    )


def vtz_apple(tzid: str, std: str = "+0100", dst: str = "+0200", std_name: str = "CET",
              dst_name: str = "CEST") -> str:
    """VTIMEZONE as Apple Calendar writes it (X-LIC-LOCATION, 1981/1996 rules)."""
    return (
        "BEGIN:VTIMEZONE\n"
        f"TZID:{tzid}\n"
        "BEGIN:DAYLIGHT\n"
        f"TZOFFSETFROM:{std}\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
        "DTSTART:19810329T020000\n"
        f"TZNAME:{dst_name}\n"
        f"TZOFFSETTO:{dst}\n"
        "END:DAYLIGHT\n"
        "BEGIN:STANDARD\n"
        f"TZOFFSETFROM:{dst}\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
        "DTSTART:19961027T030000\n"
        f"TZNAME:{std_name}\n"
        f"TZOFFSETTO:{std}\n"
        "END:STANDARD\n"
        "END:VTIMEZONE\n"
    )


BRU_G = vtz_google("Europe/Brussels")
LUX_G = vtz_google("Europe/Luxembourg")
PAR_G = vtz_google("Europe/Paris")
BER_G = vtz_google("Europe/Berlin")
MAD_G = vtz_google("Europe/Madrid")
LON_G = vtz_google("Europe/London", "+0000", "+0100", "GMT", "BST")
ATH_G = vtz_google("Europe/Athens", "+0200", "+0300", "EET", "EEST")
ROMANCE = vtz_outlook("Romance Standard Time")
W_EUROPE = vtz_outlook("W. Europe Standard Time")
BRU_APPLE = vtz_apple("Europe/Brussels")
