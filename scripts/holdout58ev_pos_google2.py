"""holdout58 positives, part 4b: a recurring series with an override, a cancellation,
Apple (iOS/macOS/iCloud) entries."""

from __future__ import annotations

from holdout58ev_ics import ME, T, alarm, att, cal, google_foot, meet, org, rec
from holdout58ev_pos_direct import ouid
from holdout58ev_shapes import outlook


def _g(addr: str, cn: str, ps: str = "NEEDS-ACTION", rsvp: bool = True, role: str = "REQ-PARTICIPANT") -> str:
    return att(addr, cn, partstat=ps, rsvp=rsvp, role=role, google=True)


def tallyroot_series() -> dict[str, str]:
    uid = "0q5mv8d2kt7r1c9hb3fs6nepa4@google.com"
    desc = (
        "Hi Priya,\n\nAs promised, here are your two technical sessions for the Analytics Lead role with Conor "
        "Whelan (Head of Data) and Niamh Byrne (Senior Analytics Engineer):\n\nSession 1 – SQL and data "
        "modelling\nSession 2 – metrics design case\n\nI won't join these myself, but shout if anything comes "
        "up.\n\nOrla\n\n" + meet("en", "vdh-pmry-tkc") + "\n\n" + google_foot()
    )
    people = [
        _g("orla.brennan@tallyroot.ie", "Orla Brennan", "ACCEPTED", False),
        _g(ME, ME),
        _g("conor.whelan@tallyroot.ie", "Conor Whelan", "ACCEPTED", False),
        _g("niamh.byrne@tallyroot.ie", "Niamh Byrne", "ACCEPTED", False),
    ]
    summary = T("SUMMARY", "Tallyroot – Analytics Lead technical interviews (2 sessions)")
    master = [
        "DTSTART;TZID=Europe/Dublin:20250929T150000",
        "DTEND;TZID=Europe/Dublin:20250929T160000",
        "RRULE:FREQ=WEEKLY;WKST=MO;COUNT=2;BYDAY=MO",
        "DTSTAMP:20250923T120301Z",
        org("orla.brennan@tallyroot.ie", "Orla Brennan"),
        "UID:" + uid,
        *people,
        "X-GOOGLE-CONFERENCE:https://meet.google.com/vdh-pmry-tkc",
        "CREATED:20250923T120233Z",
        T("DESCRIPTION", desc),
        "LAST-MODIFIED:20250923T120301Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        summary,
        "TRANSP:OPAQUE",
    ]
    moved = [
        "DTSTART;TZID=Europe/Dublin:20251008T110000",
        "DTEND;TZID=Europe/Dublin:20251008T120000",
        "DTSTAMP:20251001T083015Z",
        org("orla.brennan@tallyroot.ie", "Orla Brennan"),
        "UID:" + uid,
        "RECURRENCE-ID;TZID=Europe/Dublin:20251006T150000",
        *people,
        "X-GOOGLE-CONFERENCE:https://meet.google.com/vdh-pmry-tkc",
        "CREATED:20250923T120233Z",
        T(
            "DESCRIPTION",
            "Session 2 (metrics design case) moved to Wednesday – Conor is travelling on Monday.\n\n" + desc,
        ),
        "LAST-MODIFIED:20251001T083015Z",
        "LOCATION:",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        summary,
        "TRANSP:OPAQUE",
    ]
    ics = cal("-//Google Inc//Google Calendar 70.9054//EN", [master, moved], zones=["Europe/Dublin"])
    return rec(
        "google",
        ics,
        uid,
        1,
        "Tallyroot",
        "Analytics Lead",
        "technical",
        ["conor.whelan@tallyroot.ie", "niamh.byrne@tallyroot.ie"],
        "recurring-override-ie",
    )


def peak_cancel() -> dict[str, str]:
    uid = ouid("peak-final")
    desc = (
        "Hi Priya,\n\nI'm really sorry – the Retail Insight Analyst role has been put on hold following a "
        "restructure of the trading team, so I need to cancel Thursday's final interview with Jo and me in "
        "Sheffield. Our People team will be in touch, and I'd genuinely like to stay in contact if the role "
        "reopens.\n\nTom"
    )
    ics = outlook(
        uid,
        "Canceled: Final interview – Retail Insight Analyst",
        "20251016T100000",
        "20251016T113000",
        organizer=org("tom.eckersley@peakoutdoor.co.uk", "Eckersley, Tom"),
        attendees=[att(ME, ME, quote=True), att("jo.haigh@peakoutdoor.co.uk", "Haigh, Jo")],
        description=desc,
        location="Peak Outdoor Co. HQ, Kelham Island, Sheffield",
        seq=1,
        method="CANCEL",
        status="CANCELLED",
        busy="FREE",
        stamp="20251013T081722Z",
        alarms=(),
        extra=["X-MICROSOFT-CDO-REPLYTIME:20251013T081722Z"],
    )
    return rec(
        "outlook",
        ics,
        uid,
        1,
        "Peak Outdoor Co.",
        "Retail Insight Analyst",
        "final",
        ["tom.eckersley@peakoutdoor.co.uk", "jo.haigh@peakoutdoor.co.uk"],
        "cancelled-method-cancel-en",
    )


def _apple(
    uid: str,
    summary: str,
    start: str,
    end: str,
    loc: str,
    desc: str,
    prodid: str,
    stamp: str,
    extra: list[str] | None = None,
    method: str | None = None,
) -> str:
    ev = [
        f"CREATED:{stamp}",
        f"DTEND;TZID=Europe/London:{end}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/London:{start}",
        f"LAST-MODIFIED:{stamp}",
        T("LOCATION", loc),
        "SEQUENCE:0",
        T("SUMMARY", summary),
        "UID:" + uid,
        *(extra or []),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    if desc:
        ev.insert(3, T("DESCRIPTION", desc))
    ev += alarm(60)
    return cal(prodid, [ev], method=method, zones=["Europe/London"], calscale=True)


def phis_ios() -> dict[str, str]:
    uid = "8E3C1A57-2F4B-4D90-B6E1-7A0C95D2F318"
    ics = _apple(
        uid,
        "PHIS interview – band 6 analyst",
        "20251030T140000",
        "20251030T150000",
        "Trust HQ, Rochdale Road, Oldham",
        "Pennine Health Informatics Service – ask for Dawn at reception. Presentation on USB + printed copy "
        "(10 mins on data quality)",
        "-//Apple Inc.//iPhone OS 18.1//EN",
        "20251020T072214Z",
    )
    return rec(
        "apple",
        ics,
        uid,
        1,
        "Pennine Health Informatics Service",
        "band 6 analyst",
        "",
        [],
        "ios-hand-typed-acronym-nhs",
    )


def quayside_mac() -> dict[str, str]:
    uid = "C41F0B9E-6A2D-4E73-8D15-F2B7A6E09C34"
    extra = [
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=1 Spinningfields Square\\, Manchester M3 3AP\\, "
        "England;X-APPLE-RADIUS=70.6;X-TITLE=Quayside Credit:geo:53.480520,-2.252300",
    ]
    ics = _apple(
        uid,
        "Quayside Credit final interview (in person)",
        "20251014T100000",
        "20251014T120000",
        "Quayside Credit\n1 Spinningfields Square, Manchester, M3 3AP, England",
        "Final round – 2 hrs. Bring case study notes + ID.",
        "-//Apple Inc.//macOS 15.0.1//EN",
        "20251007T184522Z",
        extra,
    )
    return rec("apple", ics, uid, 1, "Quayside Credit", "", "final", [], "macos-hand-typed-final-en")


def coppergate_icloud() -> dict[str, str]:
    uid = "A9D27E4C-0B13-4F5A-9C86-3E1F72D5B0A8"
    extra = [
        "ORGANIZER;CN=Mark Hewitt;EMAIL=markh@icloud.com:mailto:markh@icloud.com",
        "ATTENDEE;CN=Mark Hewitt;CUTYPE=INDIVIDUAL;EMAIL=markh@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:"
        "mailto:markh@icloud.com",
        "ATTENDEE;CN=Priya Raman;CUTYPE=INDIVIDUAL;EMAIL=priya.raman88@gmail.com;PARTSTAT=NEEDS-ACTION;"
        "ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman88@gmail.com",
        "URL;VALUE=URI:",
    ]
    ics = _apple(
        uid,
        "Coppergate Data – interview (Analyst)",
        "20251027T110000",
        "20251027T120000",
        "Coppergate Data, Unit 4, Hope Mill, 113 Pollard Street, Manchester M4 7JA",
        "Priya – looking forward to it. We're a small team (6 of us) doing sales and stock data for independent "
        "grocers. Park round the back. Mark",
        "-//Apple Inc.//macOS 14.6.1//EN",
        "20251019T102301Z",
        extra,
        method="REQUEST",
    )
    return rec(
        "apple", ics, uid, 1, "Coppergate Data", "Analyst", "", ["markh@icloud.com"], "icloud-invite-small-firm-en"
    )


def events() -> list[dict[str, str]]:
    return [
        tallyroot_series(),
        peak_cancel(),
        phis_ios(),
        quayside_mac(),
        coppergate_icloud(),
    ]
