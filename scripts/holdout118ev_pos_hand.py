"""holdout118: the user's own interviews typed by hand, plus odd time shapes (recurring, cancelled, moved)."""

from __future__ import annotations

from holdout118ev_ics import (
    APPLE,
    MACOS,
    ME_FREE,
    OUTLOOK,
    TZ_TORONTO,
    TZ_WIN_EASTERN,
    Ev,
    att,
    cal,
    day,
    floating,
    meet,
    org,
    teams,
    tor,
    utc,
    ve,
    win,
)

FORMS = {
    "Pebblewave": "",
    "Helix Ridge": "",
    "Beaconfield": "",
    "Larchmont Data": "Larchmont",
    "Cirrusleaf": "",
    "Blue Heron Software": "Blue Heron",
    "Tallbridge": "",
    "Kinetica": "",
    "Quarry & Co.": "Quarry|Quarry and Co.",
    "Northgate Insurance": "Northgate",
    "Harbourline Credit Union": "Harbourline",
}


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE)
    mine = org("Grace Mensah", ME_FREE)

    uid = "7v3k0p9r2m5s8q1t4n6b0c2e4g@google.com"
    out.append(Ev(
        "hand-floating", cal(ve(
            uid, "Interview - Pebblewave (2nd rd)", floating("20251016T133000"), floating("20251016T143000"),
            desc="w/ Raj + their head of support. ask about book size / comp band", orgz=mine,
        ), method=None, head=("X-WR-CALNAME:grace.mensah.cs@outlook.com",)),
        uid, 1, "Pebblewave", "", "", "raj", "hand-floating-en"))

    uid = "0b4d7f1a3c6e8h2j5l9n1p3r6t@google.com"
    out.append(Ev(
        "hand-allday-final", cal(ve(
            uid, "Helix Ridge final round (onsite, Montréal)", day("20251127"), day("20251128"),
            desc="Train 7:00 from Union → Montréal. 4 interviews incl. CEO. Bring printed 30-60-90 plan.",
            loc="Helix Ridge, 1250 boul. René-Lévesque O, Montréal", orgz=mine,
            extra=["TRANSP:TRANSPARENT"],
        ), method=None),
        uid, 1, "Helix Ridge", "", "final", "", "hand-allday-en"))

    uid = "8C2E4A61-0F3B-4D79-B5E2-17A9C6D3F804"
    out.append(Ev(
        "apple-hand-recruiter", cal(ve(
            uid, "Call w/ recruiter – Beaconfield (CS Lead)", tor("20251006T123000"), tor("20251006T130000"),
            desc="Mira from their TA team calling my cell. Salary range?? hybrid 3 days?", seq=0, status=None,
            extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "BEGIN:VALARM", "ACTION:DISPLAY",
                   "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "X-WR-ALARMUID:1D3B2F6A-88C1-4E7D-9A02-C5B7E8F1D4A3",
                   "END:VALARM"],
        ), prodid=APPLE, method=None, tz=(TZ_TORONTO,)),
        uid, 1, "Beaconfield", "CS Lead", "recruiter_screen", "mira", "apple-hand-recruiter-call-en"))

    uid = "larchmont-onsite-2025-grace-mensah@larchmontdata.com"
    d1 = (
        "Larchmont Data - onsite interviews, Customer Success Team Lead\n\nDay 1: team interviews with Alicia "
        "Moore (Director, CS) and Peter Novak (Senior CSM).\nDay 2: case presentation to Alicia Moore and "
        "Gwen Harris (COO).\n\nHost: Samira El-Amin (People Ops) will meet you in the lobby."
    )
    base = ve(
        uid, "Larchmont Data - Onsite (Customer Success Team Lead)", tor("20251201T093000"), tor("20251201T120000"),
        desc=d1, loc="Larchmont Data, 77 Wellington St W, Toronto",
        orgz=org("Samira El-Amin", "samira@larchmontdata.com"),
        atts=[me, att("Alicia Moore", "alicia.moore@larchmontdata.com"),
              att("Peter Novak", "peter.novak@larchmontdata.com"),
              att("Gwen Harris", "gwen.harris@larchmontdata.com", role="OPT-PARTICIPANT")],
        extra=["RRULE:FREQ=DAILY;COUNT=2"],
    )
    override = ve(
        uid, "Larchmont Data - Onsite Day 2: case presentation", tor("20251202T130000"), tor("20251202T143000"),
        desc=d1, loc="Larchmont Data, 77 Wellington St W, Toronto, Boardroom 3",
        orgz=org("Samira El-Amin", "samira@larchmontdata.com"),
        atts=[me, att("Alicia Moore", "alicia.moore@larchmontdata.com"),
              att("Gwen Harris", "gwen.harris@larchmontdata.com")],
        extra=["RECURRENCE-ID;TZID=America/Toronto:20251202T093000"], seq=1,
    )
    out.append(Ev(
        "recurring-onsite-override", cal(base, override, tz=(TZ_TORONTO,)),
        uid, 1, "Larchmont Data", "Customer Success Team Lead", "onsite",
        "alicia.moore@larchmontdata.com;peter.novak@larchmontdata.com;gwen.harris@larchmontdata.com",
        "recurring-onsite-override-en"))

    uid = "cirrusleaf-9f0e1d2c3b4a-int@cirrusleaf.io"
    out.append(Ev(
        "cancelled-method", cal(ve(
            uid, "Canceled: Cirrusleaf interview - Account Manager, SMB", tor("20251014T150000"),
            tor("20251014T153000"),
            desc="Hi Grace, our hiring manager is out sick today, so we need to cancel this interview. I'll send "
            "new times shortly - sorry for the late notice!\n\nNora Quinn, Recruiter, Cirrusleaf",
            orgz=org("Nora Quinn", "nora@cirrusleaf.io"),
            atts=[me, att("Derek Walsh", "derek@cirrusleaf.io")], seq=2, status="CANCELLED",
        ), method="CANCEL", tz=(TZ_TORONTO,)),
        uid, 1, "Cirrusleaf", "Account Manager, SMB", "hiring_manager", "derek@cirrusleaf.io", "cancelled-en"))

    uid = "4h8n2q6t0w3z7c1f5j9m2p6s0v@google.com"
    desc = (
        "Moved to Thursday as discussed - thanks for your flexibility!\n\nSecond interview for the Senior Account "
        "Manager role with Chris (VP Sales) and Amira (CS Manager).\n\n" + meet("npb-wxkq-rse")
    )
    out.append(Ev(
        "rescheduled-google", cal(ve(
            uid, "Updated invitation: Blue Heron Software - 2nd interview (Grace Mensah)", tor("20251113T110000"),
            tor("20251113T120000"), desc=desc, orgz=org("Amira Haddad", "amira.haddad@blueheronsoftware.com"),
            atts=[att("Amira Haddad", "amira.haddad@blueheronsoftware.com", ps="ACCEPTED"), me,
                  att("Chris Donnelly", "chris.donnelly@blueheronsoftware.com")], seq=3,
            stamp="20251110T191204Z",
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Blue Heron Software", "Senior Account Manager", "",
        "amira.haddad@blueheronsoftware.com;chris.donnelly@blueheronsoftware.com", "rescheduled-sequence-en"))

    uid = "9r5u1x4a8d2g6k0o3s7v1y5b9e@google.com"
    out.append(Ev(
        "google-export-xwr-utc", cal(ve(
            uid, "Interview with Maren @ Tallbridge", utc("20251203T190000"), utc("20251203T194500"),
            desc="CSM, Agency Partnerships. Maren = hiring mgr. Zoom link in email.", orgz=mine, status="CONFIRMED",
            extra=["TRANSP:OPAQUE"],
        ), method="PUBLISH", head=("X-WR-CALNAME:Grace", "X-WR-TIMEZONE:America/Toronto")),
        uid, 1, "Tallbridge", "CSM, Agency Partnerships", "hiring_manager", "maren", "google-export-xwr-utc-en"))

    uid = "6C1D9E3A-7B24-4F58-8A0C-E2F4B6D8A013"
    out.append(Ev(
        "macos-hand-terse", cal(ve(
            uid, "Kinetica - HM int", tor("20251009T161500"), tor("20251009T170000"),
            desc="Tyler Brooks (Dir. CS). Teams link in LinkedIn msg.", seq=0, status=None,
        ), prodid=MACOS, method=None, tz=(TZ_TORONTO,)),
        uid, 1, "Kinetica", "", "hiring_manager", "tyler brooks", "macos-hand-terse-en"))

    uid = "quarry-co-int-0412@quarryandco.com"
    desc = (
        "Hi Grace! Thanks for your interest in the Client Partner role at Quarry & Co. This is a relaxed "
        "conversation with me (I run client services) - we'll talk about your customer work and our agency's "
        "accounts.\n\nMeet link: https://meet.google.com/kzr-ugna-mvp\n\nBen Adeyemi"
    )
    out.append(Ev(
        "google-agency-employer", cal(ve(
            uid, "Quarry & Co. // Grace Mensah - Client Partner conversation", tor("20251002T101500"),
            tor("20251002T110000"), desc=desc, loc="https://meet.google.com/kzr-ugna-mvp",
            orgz=org("Ben Adeyemi", "ben@quarryandco.com"),
            atts=[att("Ben Adeyemi", "ben@quarryandco.com", ps="ACCEPTED"), me],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Quarry & Co.", "Client Partner", "hiring_manager", "ben@quarryandco.com",
        "google-ampersand-agency-en"))

    uid = "SF-INTV-7d3c2b1a0f9e8d7c"
    desc = (
        "Dear Grace,\n\nThank you for your interest in Northgate Insurance. We are pleased to invite you to a "
        "virtual interview for the position of Senior Client Success Manager (Req 58821).\n\n"
        "Interview panel:\n- Rebecca Sinclair, AVP Client Success\n- Martin Kowalczyk, Manager, Client Success\n\n"
        + teams() + "\n\nNorthgate Insurance Talent Acquisition"
    )
    out.append(Ev(
        "successfactors-en-panel", cal(ve(
            uid, "Virtual Interview - Senior Client Success Manager (Req 58821)", win("20251209T140000"),
            win("20251209T150000"), desc=desc, loc="Microsoft Teams",
            orgz=org("Northgate Insurance Talent Acquisition", "talent@northgateinsurance.ca"),
            atts=[me, att("Sinclair, Rebecca", "rebecca.sinclair@northgateinsurance.ca"),
                  att("Kowalczyk, Martin", "martin.kowalczyk@northgateinsurance.ca")],
        ), prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tz=(TZ_WIN_EASTERN,)),
        uid, 1, "Northgate Insurance", "Senior Client Success Manager", "",
        "rebecca.sinclair@northgateinsurance.ca;martin.kowalczyk@northgateinsurance.ca", "successfactors-panel-en"))

    uid = "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5DCDB01000000000000000010000000C0FFEE11"
    desc = (
        "Grace,\n\nHere's the invite for your interview for Member Experience Team Lead. It'll be with "
        "myself and Deepa from our Member Services leadership team.\n\nLooking forward to it,\nGordon\n\n"
        + teams()
    )
    out.append(Ev(
        "outlook-plain-cu", cal(ve(
            uid, "Interview: Member Experience Team Lead - Grace Mensah", win("20251017T103000"),
            win("20251017T113000"), desc=desc, loc="Microsoft Teams Meeting; Harbourline Credit Union, 4 King St E",
            orgz=org("Gordon Pike", "gpike@harbourlinecu.ca"),
            atts=[att("Grace Mensah", ME_FREE), att("Deepa Raman", "draman@harbourlinecu.ca")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
        ), prodid=OUTLOOK, tz=(TZ_WIN_EASTERN,)),
        uid, 1, "Harbourline Credit Union", "Member Experience Team Lead", "",
        "gpike@harbourlinecu.ca;draman@harbourlinecu.ca", "outlook-credit-union-en"))

    return out


