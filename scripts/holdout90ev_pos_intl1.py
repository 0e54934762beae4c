"""holdout90 (part 1): more of the user's own interviews (Danish, English, agencies, time shapes; blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_CN, ME_FREE, att, cal, desc, ev, org

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 392 118 406 527
Passcode: Hq8vZ2
Download Teams | Join on the web
________________________________________________________________________________"""


def _g(uid: str, start: str, end: str, summary: str, organizer: str, attendees: str, d: str, loc: str = "") -> str:
    return f"""BEGIN:VEVENT
DTSTART:{start}
DTEND:{end}
DTSTAMP:20250301T090000Z
{organizer}
UID:{uid}
{attendees}
{desc(d)}
LOCATION:{loc}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    # Danish law firm, Outlook, Romance Standard Time
    d = (
        "Kære Jana\n\nTak for en god første samtale. Vi vil gerne invitere dig til en samtale med vores "
        "administrerende partner Henrik Lindqvist og partner Mette Bech vedrørende stillingen som HR-chef. "
        "Samtalen foregår på engelsk.\n\nMed venlig hilsen\nCamilla Friis\nHR-koordinator"
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DB0100000000000000001000000011223344
DTSTAMP:20250403T090000Z
DTSTART;TZID=Romance Standard Time:20250429T140000
DTEND;TZID=Romance Standard Time:20250429T150000
SUMMARY;LANGUAGE=da-DK:Samtale vedr. stillingen som HR-chef - Jana Petersen
{org("cfr@lindqvist.dk", "Camilla Friis")}
{att(ME_FREE, "Jana Petersen")}
{att("hl@lindqvist.dk", "Henrik Lindqvist")}
{att("mb@lindqvist.dk", "Mette Bech")}
LOCATION;LANGUAGE=da-DK:Lindqvist & Co.\\, Amaliegade 22\\, 1256 København K
{desc(d)}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    out.append(
        ev(
            "outlook-romance-hm-da",
            cal(OUTLOOK, body, tzids=("Romance Standard Time",)),
            1,
            "Lindqvist & Co.",
            "HR-chef",
            "hiring_manager",
            ("hl@lindqvist.dk", "mb@lindqvist.dk"),
            forms=("Lindqvist", "Lindqvist & Co. Advokatpartnerselskab"),
        )
    )

    # English Outlook/Teams final with the CEO
    d = (
        "Dear Jana,\n\nPlease find below the Teams link for the final interview with our CEO, Erik Solberg.\n\n"
        + TEAMS_EN
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000055667788
DTSTAMP:20250506T110000Z
DTSTART;TZID=Romance Standard Time:20250514T090000
DTEND;TZID=Romance Standard Time:20250514T100000
SUMMARY:Final interview - Head of People & Organisation - Nordic Reefer Lines
{org("hr@nordicreefer.com", "HR Nordic Reefer Lines", sent_by="signe.munk@nordicreefer.com")}
{att(ME_FREE, "Jana Petersen")}
{att("erik.solberg@nordicreefer.com", "Solberg, Erik")}
{att("signe.munk@nordicreefer.com", "Munk, Signe", role="OPT-PARTICIPANT")}
LOCATION:Microsoft Teams Meeting
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "outlook-final-en",
            cal(OUTLOOK, body, tzids=("Romance Standard Time",)),
            1,
            "Nordic Reefer Lines",
            "Head of People & Organisation",
            "final",
            ("erik.solberg@nordicreefer.com",),
            forms=("Nordic Reefer",),
        )
    )

    # Danish agency screen about a named client
    d = (
        "Hi Jana,\n\nThanks for your interest in the HR Director role at our client Dansk Havnelogistik A/S "
        "in Fredericia. "
        "In this first interview I would like to go through your background and motivation before we present you "
        "to the client.\n\nBest regards\nRasmus Holmberg\nPartner, Holmberg Search"
    )
    body = _g(
        "5r7t9v1x3z5b7d9f1h3j5l7n9p@google.com",
        "20250318T100000Z",
        "20250318T104500Z",
        "Interview: Jana Petersen / Holmberg Search - HR Director (Dansk Havnelogistik)",
        org("rh@holmbergsearch.dk", "Rasmus Holmberg"),
        att(ME_FREE, ME_FREE),
        d,
        "Google Meet",
    )
    out.append(
        ev(
            "agency-screen-en",
            cal(GOOGLE, body),
            1,
            "Dansk Havnelogistik",
            "HR Director",
            "recruiter_screen",
            ("rh@holmbergsearch.dk",),
        )
    )

    # coordinator sends, interviewers only named in the body
    d = (
        "Dear Jana,\n\nOn behalf of Aventra Logistics I'm pleased to confirm your panel interview for the role of "
        "Director HR Germany.\nPanel: Pieter van Dijk (Managing Director Germany) and Femke de Groot (CHRO).\n"
        "Address: Aventra Hub Hamburg-Billwerder, Reception building A.\n\nKind regards,\nLotte Verbeek\n"
        "Recruitment Coordinator"
    )
    body = f"""BEGIN:VEVENT
UID:AVT-REC-77120-PANEL
DTSTAMP:20250410T140000Z
DTSTART;TZID=W. Europe Standard Time:20250417T130000
DTEND;TZID=W. Europe Standard Time:20250417T143000
SUMMARY:Panel interview Director HR Germany - J. Petersen
{org("l.verbeek@aventra.nl", "Verbeek, Lotte")}
{att(ME_FREE, "Petersen, Jana")}
LOCATION:Aventra Hub Hamburg-Billwerder
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "coordinator-panel-en",
            cal(OUTLOOK, body, tzids=("W. Europe Standard Time",)),
            1,
            "Aventra Logistics",
            "Director HR Germany",
            "onsite",
            ("Pieter van Dijk", "Femke de Groot"),
            forms=("Aventra", "Aventra Logistics B.V."),
        )
    )

    # Personio in English, HR strategy case
    d = (
        "Hi Jana,\nwe are happy to invite you to the case interview for the role Head of People & Organisation. "
        "Please prepare the case we sent you (HR operating model for 3 factories) - 30 minutes presentation, "
        "30 minutes discussion with Lea Vogt (CFO) and Marcel Adam (HR Lead).\nYour Fairwerk Talent Team"
    )
    body = f"""BEGIN:VEVENT
UID:personio-interview-e8a1b2c3-d4e5-4f60-9a7b-8c9d0e1f2a3b@fairwerk.jobs.personio.de
DTSTAMP:20250422T101500Z
DTSTART;TZID=Europe/Berlin:20250430T100000
DTEND;TZID=Europe/Berlin:20250430T110000
SUMMARY:Interview | Head of People & Organisation | Case | Jana Petersen
{org("jobs@fairwerk.de", "Fairwerk Möbel GmbH")}
{att(ME_FREE, ME_CN)}
{att("lea.vogt@fairwerk.de", "Lea Vogt")}
{att("marcel.adam@fairwerk.de", "Marcel Adam")}
LOCATION:https://meet.google.com/fwk-case-hrp
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "personio-case-en",
            cal("-//Personio GmbH//Personio Recruiting//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Fairwerk Möbel",
            "Head of People & Organisation",
            "technical",
            ("lea.vogt@fairwerk.de", "marcel.adam@fairwerk.de"),
            forms=("Fairwerk",),
        )
    )

    # Workday final, English, shipping
    body = f"""BEGIN:VEVENT
UID:WD-INTERVIEW-7e6d5c4b3a29@hbc.wd103.myworkdayjobs.com
DTSTAMP:20250513T064500Z
DTSTART;TZID=Europe/Berlin:20250521T110000
DTEND;TZID=Europe/Berlin:20250521T123000
SUMMARY:Final Interview - Head of HR Germany (R-5521) - Hanseatic Bulk Carriers
{org("careers@hanseatic-bulk.com", "Hanseatic Bulk Carriers Careers")}
{att(ME_FREE, "Jana Petersen")}
{att("christian.wolters@hanseatic-bulk.com", "Christian Wolters")}
{att("ines.magnussen@hanseatic-bulk.com", "Ines Magnussen")}
LOCATION:Hanseatic Bulk Carriers\\, Große Elbstraße 145\\, Hamburg
{desc("Interview type: Final Interview. Interviewers: Christian Wolters (CEO), Ines Magnussen (Group HR Director).")}
END:VEVENT"""
    out.append(
        ev(
            "workday-final-en",
            cal("-//Workday Inc.//Workday Recruiting//EN", body, tzids=("Europe/Berlin",)),
            1,
            "Hanseatic Bulk Carriers",
            "Head of HR Germany",
            "final",
            ("christian.wolters@hanseatic-bulk.com", "ines.magnussen@hanseatic-bulk.com"),
            forms=("HBC",),
        )
    )

    # SuccessFactors, English
    body = f"""BEGIN:VEVENT
UID:SF-IS-KC-000913-20250424
DTSTAMP:20250416T120000Z
DTSTART;TZID=W. Europe Standard Time:20250424T140000
DTEND;TZID=W. Europe Standard Time:20250424T150000
SUMMARY:Interview Invitation: Senior HR Business Partner (f/m/d) - Kessler Chemicals
{org("noreply-recruiting@kessler-chemicals.com", "Kessler Chemicals Recruiting")}
{att(ME_FREE, "Petersen, Jana")}
{att("t.jaworski@kessler-chemicals.com", "Jaworski, Tomasz")}
LOCATION:Microsoft Teams
{desc("Candidate: Jana Petersen. Interviewer: Tomasz Jaworski, Head of Site Operations Brunsbüttel (hiring manager).")}
END:VEVENT"""
    out.append(
        ev(
            "successfactors-hm-en",
            cal("-//SAP SuccessFactors//Interview Scheduling//EN", body, tzids=("W. Europe Standard Time",)),
            1,
            "Kessler Chemicals",
            "Senior HR Business Partner (f/m/d)",
            "hiring_manager",
            ("t.jaworski@kessler-chemicals.com",),
            forms=("Kessler Chemicals SE", "Kessler"),
        )
    )

    # founder on gmail
    d = (
        "Hallo Jana,\nschön, dass es klappt! Ich erzähle dir gern mehr über Sprotte Robotics und die Rolle "
        "Head of People. Wir sind ~60 Leute in Kiel. Meet-Link: https://meet.google.com/spr-otte-hop\nViele Grüße, Finn"
    )
    body = _g(
        "7b9d1f3h5j7l9n1p3r5t7v9x1z@google.com",
        "20250327T160000Z",
        "20250327T164500Z",
        "Kennenlernen Head of People - Sprotte Robotics",
        org("finn.sprotte@gmail.com", "Finn Sprotte"),
        att(ME_FREE, ME_FREE),
        d,
    )
    out.append(
        ev(
            "gmail-founder-de",
            cal(GOOGLE, body),
            1,
            "Sprotte Robotics",
            "Head of People",
            "hiring_manager",
            ("finn.sprotte@gmail.com",),
        )
    )

    # Teams phone screen in English
    d = (
        "Hello Jana,\nthanks for applying for HR Business Partner Senior (Hamburg). This first call covers your "
        "experience, notice period and salary expectations.\nRegards, Olivia Grant, Talent Acquisition EMEA\n\n"
        + TEAMS_EN
    )
    body = f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C2D3E4F5A6B7DB0100000000000000001000000099AABBCC
DTSTAMP:20250320T150000Z
DTSTART;TZID=W. Europe Standard Time:20250325T110000
DTEND;TZID=W. Europe Standard Time:20250325T113000
SUMMARY:Screening call - Jana Petersen
{org("olivia.grant@veltrup.com", "Grant, Olivia")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Microsoft Teams Meeting
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "teams-screen-en",
            cal(OUTLOOK, body, tzids=("W. Europe Standard Time",)),
            1,
            "Veltrup",
            "HR Business Partner Senior",
            "recruiter_screen",
            ("olivia.grant@veltrup.com",),
            forms=("Veltrup Industrial Services",),
        )
    )

    # Danish final with the board
    d = (
        "Kære Jana\nVi glæder os til at se dig til den afsluttende samtale med direktionen (Søren Mikkelsen, adm. "
        "direktør, og Lene Dahl, økonomidirektør). Bornholm Mejeri, Rønne. Vi dækker din rejse.\nHilsen Trine"
    )
    body = f"""BEGIN:VEVENT
UID:tt-interview-b4c5d6e7-f809-4a1b-8c2d-3e4f5a6b7c8d
DTSTAMP:20250508T090000Z
DTSTART;TZID=Europe/Copenhagen:20250519T100000
DTEND;TZID=Europe/Copenhagen:20250519T120000
SUMMARY:Afsluttende samtale - HR-direktør - Bornholm Mejeri
{org("no-reply@teamtailor.com", "Bornholm Mejeri")}
{att(ME_FREE, "Jana Petersen")}
{att("sm@bornholm-mejeri.dk", "Søren Mikkelsen")}
{att("ld@bornholm-mejeri.dk", "Lene Dahl")}
LOCATION:Bornholm Mejeri A/S\\, Rønne
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "teamtailor-final-da",
            cal("-//Teamtailor//Teamtailor Calendar//EN", body, tzids=("Europe/Copenhagen",)),
            1,
            "Bornholm Mejeri",
            "HR-direktør",
            "final",
            ("sm@bornholm-mejeri.dk", "ld@bornholm-mejeri.dk"),
        )
    )
    return out
