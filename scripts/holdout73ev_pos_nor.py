"""holdout73 positives, part 4: Norway (institute, salmon farmers, biotech, sensors, offshore; Google, Outlook,
Teamtailor, Webcruiter, SuccessFactors, Calendly, an agency). CC0 1.0; all people, companies and addresses are
invented.
"""

from __future__ import annotations

from holdout73ev_boiler import meet, teams_en, zoom_en
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    TZ_OSLO,
    TZ_WIN_WEU,
    Ev,
    att,
    cal,
    esc,
    org,
    outlook_uid,
)

FORMS = {
    "Norwegian Institute for Coastal Research": "NIKF|Norsk institutt for kystforskning",
    "Fjordlaks": "",
    "Nordhav Biotech": "Nordhav",
    "Ocean Sentinel": "",
    "Havbruk Nord": "",
    "Nordkapp Offshore": "",
}


def _ev(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
        *, prodid: str, stamp: str, location: str = "", tzs: tuple[str, ...] = (TZ_OSLO,),
        extra: tuple[str, ...] = (), method: str | None = "REQUEST") -> str:
    body = ["BEGIN:VEVENT", start, end, f"DTSTAMP:{stamp}", organizer, "UID:" + uid, *attendees,
            f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
            f"SUMMARY:{summary}", *extra, "TRANSP:OPAQUE", "END:VEVENT"]
    return cal(body, prodid=prodid, tz=tzs, method=method)


def _nikf_meet() -> Ev:
    uid = "4gk8m2p6s0v4y8b2e6h0k4n8q2@google.com"
    desc = (
        "Dear Ewan,\n\nThank you for your application for the position as Researcher in benthic ecology "
        "(ref. 2025/1142) at the Norwegian Institute for Coastal Research (NIKF). We would like to invite you "
        "to an interview on Google Meet.\n\nThe interview committee: Dr Hallvard Bakke (research group leader) "
        "and Dr Marte Nygård (senior researcher). Kristin Aas from HR will join as secretary.\n\n"
        "Vennlig hilsen / Best regards\nHallvard Bakke\n\n" + meet("nkf-qwpd-rbe", "803 224 617",
                                                                  phone="(NO) +47 21 02 73 90")
    )
    ics = _ev(
        uid, "Interview: Researcher in benthic ecology (ref. 2025/1142) – Ewan MacLeod",
        "DTSTART;TZID=Europe/Oslo:20260129T100000", "DTEND;TZID=Europe/Oslo:20260129T110000", desc,
        org("hallvard.bakke@nikf.no", "Hallvard Bakke"),
        [att("hallvard.bakke@nikf.no", "Hallvard Bakke", partstat="ACCEPTED"),
         att("marte.nygard@nikf.no", "Marte Nygård"), att("kristin.aas@nikf.no", "Kristin Aas"),
         att(ME_GMAIL, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260119T130510Z", extra=("X-GOOGLE-CONFERENCE:https://meet.google.com/nkf-qwpd-rbe",),
    )
    return Ev("google-meet-no", ics, uid, 1, "Norwegian Institute for Coastal Research",
              "Researcher in benthic ecology", "", "hallvard.bakke@nikf.no;marte.nygard@nikf.no",
              "google-meet-secretary-no")


def _nikf_final() -> Ev:
    uid = outlook_uid("D1E3F5A7B9C1DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F")
    desc = (
        "Dear Ewan,\n\nWe are pleased to invite you to the final stage for the Researcher position in benthic "
        "ecology (2025/1142) at our Tromsø office (Framsenteret).\n\n"
        "09:30  Trial lecture (30 min): 'Benthic–pelagic coupling in a warming Barents Sea'\n"
        "10:15  Final interview with Tor Einar Strand (Research Director), Hallvard Bakke and Marte Nygård\n"
        "12:00  Lunch and a tour of the labs\n\nThe institute covers your travel and one night's hotel. "
        "Please send travel receipts to Kristin Aas in HR.\n\nBest regards,\nHallvard"
    )
    body = [
        "BEGIN:VEVENT",
        org("hallvard.bakke@nikf.no", "Bakke, Hallvard"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("tor.einar.strand@nikf.no", "Strand, Tor Einar"),
        att("marte.nygard@nikf.no", "Nygård, Marte"),
        att("tos-auditorium-polaris@nikf.no", "TOS Auditorium Polaris", cutype="ROOM", role="NON-PARTICIPANT"),
        att("tos-videoutstyr-2@nikf.no", "TOS Video/Projector kit 2", cutype="RESOURCE", role="NON-PARTICIPANT"),
        f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Trial lecture and final interview – Researcher (benthic ecology)",
        "DTSTART;TZID=W. Europe Standard Time:20260305T093000",
        "DTEND;TZID=W. Europe Standard Time:20260305T130000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260213T090101Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:NIKF Tromsø\\, Framsenteret\\, Hjalmar Johansens gate 14",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_WEU,))
    return Ev("outlook-final-no", ics, uid, 1, "Norwegian Institute for Coastal Research",
              "Researcher (benthic ecology)", "final",
              "tor.einar.strand@nikf.no;hallvard.bakke@nikf.no;marte.nygard@nikf.no",
              "outlook-windows-zone-room-resource-no")


def _fjordlaks_tt() -> Ev:
    uid = "teamtailor-interview-71f0c3e2a9b8"
    desc = (
        "Hi Ewan!\n\nYou have been invited to an interview with Fjordlaks for the job Aquaculture Biologist – "
        "Sea Lice Programme.\n\nInterviewer: Eirik Vik (Head of Fish Health, your future manager)\n"
        "Duration: 45 min\n\n" + teams_en("381 204 559 716", "fJ4kP9", dial="+47 21 40 52 11", conf="904 338 120")
        + "\nKind regards,\nFjordlaks AS\n\nPowered by Teamtailor"
    )
    ics = _ev(
        uid, "Interview with Fjordlaks – Aquaculture Biologist – Sea Lice Programme",
        "DTSTART;TZID=Europe/Oslo:20260120T133000", "DTEND;TZID=Europe/Oslo:20260120T141500", desc,
        "ORGANIZER;CN=Fjordlaks AS:mailto:noreply@teamtailor.com",
        [att(ME_GMAIL, "Ewan MacLeod"), att("eirik.vik@fjordlaks.no", "Eirik Vik")],
        prodid="-//Teamtailor//Teamtailor//EN", stamp="20260114T081523Z", location="Microsoft Teams",
    )
    return Ev("teamtailor-hm-no", ics, uid, 1, "Fjordlaks", "Aquaculture Biologist – Sea Lice Programme",
              "hiring_manager", "eirik.vik@fjordlaks.no", "teamtailor-hiring-manager-no")


def _fjordlaks_final() -> Ev:
    uid = "1fj3lk5s7a9x1b3c5d7e9f1g3h@google.com"
    desc = (
        "Hi Ewan,\n\nGreat to hear you can come over. Final interview day at our Ålesund HQ and the Vigra "
        "site. You'll meet Solveig Brekke (COO) and me again, plus a visit to the pens with our site manager "
        "Geir (just a tour). We'll pick you up at Vigra airport at 08:15.\n\nEirik"
    )
    ics = _ev(
        uid, "Fjordlaks – final interview day (Ålesund)",
        "DTSTART;TZID=Europe/Oslo:20260211T090000", "DTEND;TZID=Europe/Oslo:20260211T150000", desc,
        org("eirik.vik@fjordlaks.no", "Eirik Vik"),
        [att("eirik.vik@fjordlaks.no", "Eirik Vik", partstat="ACCEPTED"),
         att("solveig.brekke@fjordlaks.no", "Solveig Brekke"), att(ME_GMAIL, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260127T140033Z", location="Fjordlaks AS, Keiser Wilhelms gate 22, Ålesund",
    )
    return Ev("google-final-no", ics, uid, 1, "Fjordlaks", "", "final",
              "eirik.vik@fjordlaks.no;solveig.brekke@fjordlaks.no", "google-final-site-visit-no")


def _nordhav_agency() -> Ev:
    uid = "KSR-20260202-NH-5501@kestrelscientific.com"
    desc = (
        "Hi Ewan,\n\nPleased to confirm your first interview with Nordhav Biotech AS (Bergen) for the Senior "
        "Scientist – Marine Bioprospecting role, by video. You'll speak with Siri Haugland (VP Discovery) and "
        "Anders Lie (Principal Scientist, enzymes). Expect questions on your screening pipelines and on "
        "relocating to Bergen.\n\nThey'll send their own Teams link the day before – forward it to me if it "
        "doesn't arrive.\n\nBest,\nHamish Gordon\nKestrel Scientific Recruitment – Life Sciences Nordics"
    )
    ics = _ev(
        uid, "Interview – Nordhav Biotech – Senior Scientist, Marine Bioprospecting",
        "DTSTART:20260202T130000Z", "DTEND:20260202T140000Z", desc,
        org("hamish.gordon@kestrelscientific.com", "Hamish Gordon"), [att(ME_GMAIL, "Ewan MacLeod")],
        prodid="-//Microsoft Corporation//Outlook for Mac 16.93//EN", stamp="20260128T111111Z",
        location="Video (Teams – link from Nordhav)", tzs=(),
    )
    return Ev("agency-nordics-no", ics, uid, 1, "Nordhav Biotech", "Senior Scientist – Marine Bioprospecting", "",
              "Siri Haugland;Anders Lie", "agency-names-employer-no")


def _ocean_sentinel_zoom() -> Ev:
    uid = "3osz5q7w9e1r3t5y7u9i1o3p5a@google.com"
    desc = (
        "Hi Ewan – a short screening call (30 min) about the Marine Sensor Scientist position at Ocean "
        "Sentinel: background, why Norway, salary and start date. If it goes well, next step is a technical "
        "deep dive with the team.\n\nKari Nilsen, Talent Acquisition, Ocean Sentinel AS\n\n"
        + zoom_en("874 0021 6638", "552901", host="oceansentinel.zoom.us")
    )
    ics = _ev(
        uid, "Ocean Sentinel – screening call (Zoom)",
        "DTSTART:20260112T090000Z", "DTEND:20260112T093000Z", desc,
        org("kari.nilsen@oceansentinel.no", "Kari Nilsen"),
        [att("kari.nilsen@oceansentinel.no", "Kari Nilsen", partstat="ACCEPTED"), att(ME_GMAIL, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260107T101500Z", location="https://oceansentinel.zoom.us/j/87400216638",
        tzs=(),
    )
    return Ev("zoom-screen-no", ics, uid, 1, "Ocean Sentinel", "Marine Sensor Scientist", "recruiter_screen",
              "kari.nilsen@oceansentinel.no", "zoom-screening-utc-no")


def _ocean_sentinel_calendly() -> Ev:
    uid = "c7e9a1b3-d5f7-4a9b-8c1d-e3f5a7b9c1d3"
    desc = (
        "Event Name: Technical deep dive – Marine Sensor Scientist (60 min)\n\n"
        "Please be ready to walk us through one sensor-deployment dataset you have worked with (QC, drift "
        "correction, biofouling). Jonas Berg (Head of Sensor Science) and Ingvild Moe (Data Engineer) will "
        "interview you.\n\nLocation: This is a Google Meet web conference. https://meet.google.com/osd-hjtr-vme\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/c7e9a1b3\n"
        "Reschedule: https://calendly.com/reschedulings/c7e9a1b3\n\nPowered by Calendly.com"
    )
    ics = _ev(
        uid, "Technical deep dive (60 min) between Jonas Berg and Ewan MacLeod",
        "DTSTART:20260123T080000Z", "DTEND:20260123T090000Z", desc,
        org("jonas.berg@oceansentinel.no", "Jonas Berg"),
        [att("jonas.berg@oceansentinel.no", "Jonas Berg", partstat="ACCEPTED", rsvp=False),
         att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED", rsvp=False),
         att("ingvild.moe@oceansentinel.no", "Ingvild Moe", partstat="ACCEPTED", rsvp=False)],
        prodid="-//Calendly//Calendly//EN", stamp="20260115T162002Z", location="https://meet.google.com/osd-hjtr-vme",
        tzs=(),
    )
    return Ev("calendly-technical-no", ics, uid, 1, "Ocean Sentinel", "Marine Sensor Scientist", "technical",
              "jonas.berg@oceansentinel.no;ingvild.moe@oceansentinel.no", "calendly-technical-early-utc-no")


def _havbruk_webcruiter() -> Ev:
    uid = "webcruiter-intervju-88317-4421@webcruiter.no"
    desc = (
        "Innkalling til intervju / Invitation to interview\n\nStilling / Position: Fiskehelsebiolog / Fish "
        "Health Biologist (ref. 4421)\nArbeidsgiver / Employer: Havbruk Nord AS\n\n"
        "Intervjuet gjennomføres på engelsk. / The interview will be held in English.\n\n"
        "Intervjupanel / Interview panel: Trude Karlsen (Fiskehelsesjef / Head of Fish Health), "
        "Bjørn Olsen (Driftsleder / Operations Manager)\n\nSted / Place: Teams\n\n"
        "Med vennlig hilsen / Kind regards\nHavbruk Nord AS – HR\n\nSendt via Webcruiter"
    )
    ics = _ev(
        uid, "Intervju / Interview – Fiskehelsebiolog / Fish Health Biologist – Havbruk Nord AS",
        "DTSTART;TZID=Europe/Oslo:20260218T100000", "DTEND;TZID=Europe/Oslo:20260218T110000", desc,
        "ORGANIZER;CN=Havbruk Nord AS:mailto:noreply@webcruiter.no", [att(ME_GMAIL, "Ewan MacLeod")],
        prodid="-//Webcruiter//Webcruiter Rekruttering//NO", stamp="20260209T075959Z", location="Teams",
        method="PUBLISH",
    )
    return Ev("webcruiter-bilingual-no", ics, uid, 1, "Havbruk Nord", "Fish Health Biologist", "",
              "Trude Karlsen;Bjørn Olsen", "webcruiter-bilingual-no")


def _nordkapp_sf() -> Ev:
    uid = "SFSF-INTV-40122-77810@nordkapp-offshore.com"
    desc = (
        "Interview Invitation\n\nDear Ewan MacLeod,\n\nThank you for applying for Marine Environmental Advisor "
        "(Requisition 40122) at Nordkapp Offshore ASA, Stavanger.\n\nYou are invited to an interview with the "
        "hiring manager, Line Johansen (Manager, Environment & Biodiversity). Recruiter Erik Dahl will "
        "coordinate and will not take part.\n\nAccept or decline this invitation in the candidate portal.\n\n"
        "SAP SuccessFactors Recruiting"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260126T070200Z",
        "DTSTART;TZID=Europe/Oslo:20260204T140000",
        "DTEND;TZID=Europe/Oslo:20260204T145000",
        "SUMMARY:Interview: Marine Environmental Advisor (40122)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Nordkapp Offshore Recruiting:mailto:recruiting-noreply@nordkapp-offshore.com",
        att(ME_WORK, "Ewan MacLeod"),
        att("line.johansen@nordkapp-offshore.com", "Line Johansen"),
        att("erik.dahl@nordkapp-offshore.com", "Erik Dahl", role="OPT-PARTICIPANT"),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tz=(TZ_OSLO,))
    return Ev("successfactors-hm-no", ics, uid, 1, "Nordkapp Offshore", "Marine Environmental Advisor",
              "hiring_manager", "line.johansen@nordkapp-offshore.com", "successfactors-coordinator-no")


def events() -> list[Ev]:
    return [
        _nikf_meet(), _nikf_final(), _fjordlaks_tt(), _fjordlaks_final(), _nordhav_agency(), _ocean_sentinel_zoom(),
        _ocean_sentinel_calendly(), _havbruk_webcruiter(), _nordkapp_sf(),
    ]
