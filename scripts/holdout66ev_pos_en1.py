"""holdout66: the user's own interviews, English invitations (part 1)."""

from __future__ import annotations

from holdout66ev_boiler import meet_en, teams_en, zoom_en
from holdout66ev_ics import (
    GOOGLE,
    USER_CN,
    USER_FREE,
    att,
    cal,
    esc,
    g_tail,
    g_uid,
    item,
    org,
    vevent,
)


def ashby_pagaluz():
    uid = "ashby-3d7f0a2c-1e9b-4b5e-9f2a-6c8d7e1b0a94@ashbyhq.com"
    body = (
        "Hi Elena,\n\n"
        "Looking forward to our conversation! This session is a finance deep-dive for the Chief Financial "
        "Officer role: we'll walk through a simplified version of our 2024 P&L and unit economics, and discuss "
        "how you would set up our Series B data room and treasury policy.\n\n"
        "You'll meet:\n"
        "• Marta Ibáñez - Co-founder & CEO\n"
        "• Tom Whitaker - Board member (Sequel Ventures)\n\n"
        "Scheduled by Laura Méndez (Talent). Just reply to this email if you need anything.\n\n"
        + zoom_en("Laura Méndez", "814 5520 3391", "428817")
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250411T101502Z",
        "DTSTART;TZID=Europe/Madrid:20250416T160000",
        "DTEND;TZID=Europe/Madrid:20250416T171500",
        org("recruiting@pagaluz.com", "Pagaluz Recruiting"),
        att(USER_FREE, USER_CN),
        att("marta@pagaluz.com", "Marta Ibáñez"),
        att("tom.whitaker@sequelvc.com", "Tom Whitaker"),
        f"SUMMARY:{esc('Pagaluz | Elena Marín Ortega | Finance Deep-Dive (CFO)')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us02web.zoom.us/j/81455203391",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//Ashby//Ashby Scheduling//EN", tzs=("Europe/Madrid",))
    return item("ashby-en", ics, uid=uid, is_interview=1, company="Pagaluz", role="Chief Financial Officer",
                stage="technical", interviewers=("marta@pagaluz.com", "tom.whitaker@sequelvc.com"),
                trap="ashby-deepdive-investor-en")


def greenhouse_tramoya():
    uid = g_uid("tramoya-screen")
    body = (
        "Hi Elena,\n\n"
        "Thanks for making time to chat with me about the Head of Finance position at Tramoya. This first call "
        "is a 30-minute intro: your background, what you're looking for, and an overview of our interview "
        "process.\n\n"
        "Talk soon,\nJordi Puig\nSenior Talent Partner, Tramoya\n\n"
        "Interview scheduled via Greenhouse\n\n"
        + meet_en("xsb-qmwe-hkt", "902 114 583")
    )
    ev = vevent(
        "DTSTART;TZID=Europe/Madrid:20250402T113000",
        "DTEND;TZID=Europe/Madrid:20250402T120000",
        "DTSTAMP:20250328T142207Z",
        org("jordi.puig@tramoya.io", "Jordi Puig"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("jordi.puig@tramoya.io", "Jordi Puig", partstat="ACCEPTED", rsvp=None),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/xsb-qmwe-hkt",
        *g_tail("20250328T142150Z"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:",
        "SUMMARY:Elena Marín Ortega - Video Interview with Tramoya (Head of Finance)",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/Madrid",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("greenhouse-screen-en", ics, uid=uid, is_interview=1, company="Tramoya", role="Head of Finance",
                stage="recruiter_screen", interviewers=("jordi.puig@tramoya.io",), trap="greenhouse-google-en")


def greenhouse_tramoya_cancel():
    uid = g_uid("tramoya-ceo")
    body = (
        "Hi Elena, we need to cancel Thursday's session with Sofia as she is travelling to a customer in Lyon. "
        "I'll send new times shortly - apologies for the late notice!\n\nClara Vives\nRecruiting Coordinator, "
        "Tramoya"
    )
    ev = vevent(
        "DTSTART;TZID=Europe/Madrid:20250424T150000",
        "DTEND;TZID=Europe/Madrid:20250424T154500",
        "DTSTAMP:20250423T081455Z",
        org("clara.vives@tramoya.io", "Clara Vives"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("sofia.lindqvist@tramoya.io", "Sofia Lindqvist", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250415T090010Z", seq=1, status="CANCELLED"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:",
        "SUMMARY:Elena Marín Ortega - Interview with Sofia Lindqvist (CEO) - Tramoya",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, method="CANCEL", tzs=("Europe/Madrid",), version_first=True,
              head=("CALSCALE:GREGORIAN",))
    return item("greenhouse-cancel-en", ics, uid=uid, is_interview=1, company="Tramoya", role="",
                stage="hiring_manager", interviewers=("sofia.lindqvist@tramoya.io",), trap="method-cancel-en")


def lever_halvorsen():
    uid = "lever-5b2a9e10-4f7c-4d8b-a1e3-77c0f2d19b64@hire.lever.co"
    body = (
        "Dear Elena,\n\n"
        "Thank you for accepting our invitation. In this round you will present the case study shared last "
        "week (working-capital plan for Halvorsen Shipping Iberia's Valencia terminal) to:\n"
        "- Ingrid Halvorsen, Group CFO\n"
        "- Pål Eriksen, Group Financial Controller\n\n"
        "45 minutes presentation + 30 minutes Q&A. Teams link below.\n\n"
        "Best regards,\nKari Nilsen\nTalent Acquisition Coordinator, Halvorsen Shipping AS\n\n"
        + teams_en("382 771 045 269", "Hv9rTq", "YTk4MzcxMDQ1MjY")
    )
    ev = vevent(
        "DTSTART;TZID=Europe/Oslo:20250508T090000",
        "DTEND;TZID=Europe/Oslo:20250508T101500",
        "DTSTAMP:20250430T122144Z",
        f"UID:{uid}",
        org("kari.nilsen@halvorsen.no", "Kari Nilsen"),
        att(USER_FREE, USER_CN),
        att("ingrid.halvorsen@halvorsen.no", "Ingrid Halvorsen"),
        att("pal.eriksen@halvorsen.no", "Pål Eriksen"),
        f"SUMMARY:{esc('Interview: Elena Marín Ortega – Finance Director Iberia – Case presentation')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams Meeting",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//Lever//Lever Hire//EN", tzs=("Europe/Oslo",))
    return item("lever-case-en", ics, uid=uid, is_interview=1, company="Halvorsen Shipping Iberia",
                role="Finance Director Iberia", stage="technical",
                interviewers=("ingrid.halvorsen@halvorsen.no", "pal.eriksen@halvorsen.no"),
                trap="lever-case-oslo-tz-en")


def greenhouse_brightwater():
    uid = g_uid("brightwater-onsite")
    body = (
        "Hi Elena,\n\n"
        "Please find your onsite itinerary for Thursday at our Zaragoza plant (PLAZA, Calle Osca 4):\n\n"
        "10:00-10:45 José Antonio Rey, Plant General Manager\n"
        "10:45-11:30 David Mercer, CFO Europe\n"
        "11:30-12:00 Plant tour with me\n\n"
        "Please bring photo ID for security; visitor parking is at gate 2.\n\n"
        "Best,\nHannah Price\nRecruiting Coordinator, Brightwater Packaging\n\n"
        "Interview scheduled via Greenhouse"
    )
    ev = vevent(
        "DTSTART;TZID=Europe/London:20250529T090000",
        "DTEND;TZID=Europe/London:20250529T110000",
        "DTSTAMP:20250522T134501Z",
        org("hannah.price@brightwaterpack.com", "Hannah Price"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("jarey@brightwaterpack.com", "José Antonio Rey", partstat="ACCEPTED", rsvp=None),
        att("david.mercer@brightwaterpack.com", "David Mercer", partstat="ACCEPTED", rsvp=None),
        att("zaz-sala-moncayo@brightwaterpack.com", "ZAZ-Sala Moncayo (8)", cutype="ROOM", partstat="ACCEPTED",
            rsvp=None),
        att("hannah.price@brightwaterpack.com", "Hannah Price", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250522T134439Z"),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('ZAZ-Sala Moncayo (8), Brightwater Packaging, Calle Osca 4, Zaragoza')}",
        "SUMMARY:Onsite interview – Finance Director Spain – Elena Marín Ortega",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/London",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("greenhouse-onsite-room-en", ics, uid=uid, is_interview=1, company="Brightwater Packaging",
                role="Finance Director Spain", stage="onsite",
                interviewers=("jarey@brightwaterpack.com", "david.mercer@brightwaterpack.com"),
                trap="greenhouse-onsite-room-coordinator-london-tz-en")


def softgarden_kessler():
    uid = "softgarden-appointment-1739920-88213@softgarden.io"
    body = (
        "Dear Ms Marín Ortega,\n\n"
        "we are pleased to invite you to an interview for the position Head of Finance Iberia (m/f/d) at "
        "Kessler Antriebstechnik Ibérica S.L. (Sant Cugat del Vallès).\n\n"
        "Your interview partners:\n"
        "Jürgen Albrecht - Managing Director, Kessler Antriebstechnik Ibérica\n"
        "Susanne Brandt - HR Business Partner\n\n"
        "The interview will take place via Microsoft Teams; you will receive the link one day in advance.\n\n"
        "Kind regards\nYour Kessler Recruiting Team\n\n"
        "---\n"
        "Sehr geehrte Frau Marín Ortega,\n"
        "wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Head of Finance Iberia (m/w/d) "
        "einzuladen. Ihre Gesprächspartner: Jürgen Albrecht, Susanne Brandt.\n\n"
        "Diese Einladung wurde über softgarden versendet."
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250506T061530Z",
        "DTSTART;TZID=Europe/Berlin:20250514T140000",
        "DTEND;TZID=Europe/Berlin:20250514T150000",
        org("noreply@softgarden.io", "Kessler Antriebstechnik"),
        att(USER_FREE, USER_CN, cutype=None),
        att("juergen.albrecht@kessler-antriebe.de", "Jürgen Albrecht", cutype=None),
        att("susanne.brandt@kessler-antriebe.de", "Susanne Brandt", cutype=None),
        f"SUMMARY:{esc('Interview: Head of Finance Iberia (m/f/d) - Elena Marín Ortega')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//softgarden e-recruiting GmbH//softgarden//DE", tzs=("Europe/Berlin",))
    return item("softgarden-en-de", ics, uid=uid, is_interview=1, company="Kessler Antriebstechnik Ibérica",
                role="Head of Finance Iberia", stage="hiring_manager",
                interviewers=("juergen.albrecht@kessler-antriebe.de", "susanne.brandt@kessler-antriebe.de"),
                trap="softgarden-bilingual-subsidiary-en-de")


def workable_canarysun():
    uid = "workable-event-2f9c1d07a8b34e65@workable.com"
    body = (
        "Hi Elena,\n\n"
        "Your phone interview with Fiona Marsh (Recruitment Manager) is confirmed. Fiona will call you on the "
        "number in your application.\n\n"
        "Time: Tuesday 13 May, 10:00 (Canary Islands time)\n\n"
        "Best,\nCanary Sun Resorts Recruitment Team\n\n"
        "Sent via Workable"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250507T115914Z",
        "DTSTART;TZID=Atlantic/Canary:20250513T100000",
        "DTEND;TZID=Atlantic/Canary:20250513T103000",
        org("noreply@workablemail.com", "Canary Sun Resorts"),
        att(USER_FREE, USER_CN),
        att("fiona.marsh@canarysunresorts.com", "Fiona Marsh"),
        "SUMMARY:Interview for Chief Financial Officer at Canary Sun Resorts",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Phone call",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Workable//Workable ATS//EN", tzs=("Atlantic/Canary",))
    return item("workable-phone-en", ics, uid=uid, is_interview=1, company="Canary Sun Resorts",
                role="Chief Financial Officer", stage="recruiter_screen",
                interviewers=("fiona.marsh@canarysunresorts.com",), trap="workable-phone-canary-tz-en")


def modernloop_olvera():
    uid = "ml-sched-0b7d33e1c9a24f5f@modernloop.io"
    body = (
        "Hi Elena,\n\n"
        "Here is your virtual onsite schedule for the VP Finance, EMEA role (times in CEST):\n\n"
        "15:00-15:45 Rachel Kim, Chief Financial Officer\n"
        "15:45-16:30 Diego Alonso, VP FP&A\n"
        "16:30-16:45 Break\n"
        "16:45-17:30 Marcus Green, Chief Operating Officer\n\n"
        "All sessions use the same Zoom link. Your coordinator for the day is Priya Nair; reach her at "
        "priya.nair@olverahealth.com if anything goes wrong.\n\n"
        + zoom_en("Priya Nair", "936 0042 7715", "OLV2025")
        + "\n\nScheduled with ModernLoop"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250516T221500Z",
        "DTSTART:20250522T130000Z",
        "DTEND:20250522T153000Z",
        org("recruiting@olverahealth.com", "Olvera Health Recruiting"),
        att(USER_FREE, USER_CN),
        att("rachel.kim@olverahealth.com", "Rachel Kim"),
        att("diego.alonso@olverahealth.com", "Diego Alonso"),
        att("marcus.green@olverahealth.com", "Marcus Green"),
        att("priya.nair@olverahealth.com", "Priya Nair", role="OPT-PARTICIPANT"),
        f"SUMMARY:{esc('Interview Loop: Elena Marín Ortega – VP Finance, EMEA')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us02web.zoom.us/j/93600427715",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//ModernLoop//Scheduling//EN")
    return item("modernloop-loop-en", ics, uid=uid, is_interview=1, company="Olvera Health",
                role="VP Finance, EMEA", stage="onsite",
                interviewers=("rachel.kim@olverahealth.com", "diego.alonso@olverahealth.com",
                              "marcus.green@olverahealth.com"),
                trap="modernloop-virtual-onsite-coordinator-en")


EVENTS = [
    ashby_pagaluz(),
    greenhouse_tramoya(),
    greenhouse_tramoya_cancel(),
    lever_halvorsen(),
    greenhouse_brightwater(),
    softgarden_kessler(),
    workable_canarysun(),
    modernloop_olvera(),
]
