"""holdout73 positives, part 3: UK/Irish companies, an agency, a utility and a charity (SmartRecruiters, Workable,
iCIMS, GoodTime, ModernLoop, Workday, Outlook, macOS). CC0 1.0; all people, companies and addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import meet, teams_en, zoom_en
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_MAC,
    TZ_DUBLIN,
    TZ_LONDON,
    TZ_WIN_GMT,
    Ev,
    att,
    cal,
    esc,
    html,
    org,
    outlook_uid,
)

FORMS = {
    "Saltire Offshore Wind": "Saltire Offshore",
    "Thalassa Data": "",
    "Nutrimar": "",
    "Deepwater Diagnostics": "",
    "Pelagic AI": "Pelagic",
    "Orkney Tidal Monitoring": "OTM",
    "SeaTrace Analytics": "SeaTrace",
    "Coralline Robotics": "Coralline",
    "Mariner Genomics": "",
    "Wavelength Bio": "Wavelength",
    "Lomond Water": "",
    "Seabird Conservation Trust": "The Seabird Conservation Trust",
}


def _simple(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
            *, prodid: str, stamp: str, location: str = "", tzs: tuple[str, ...] = (),
            extra: tuple[str, ...] = ()) -> str:
    body = ["BEGIN:VEVENT", "UID:" + uid, f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}",
            f"DESCRIPTION:{esc(desc)}"]
    if location:
        body.append(f"LOCATION:{esc(location)}")
    body += [organizer, *attendees, *extra, "END:VEVENT"]
    return cal(body, prodid=prodid, tz=tzs)


def _saltire() -> Ev:
    uid = "sr-int-3f9b2c71e05d48a6@smartrecruiters.com"
    desc = (
        "Dear Ewan,\n\nYou are invited to an interview for the position of Marine Environmental Specialist "
        "(Consents & Monitoring) at Saltire Offshore Wind, part of the Caledonian Renewables group.\n\n"
        "Interview type: Hiring manager interview (video)\nInterviewer: Dr Kenneth Boyd, Consents Manager\n"
        "Duration: 45 minutes\n\nPlease confirm your attendance using the link in the email.\n\n"
        "Kind regards,\nTalent Acquisition – Saltire Offshore Wind\n\n" + teams_en("366 902 118 450", "Sw9nE3")
    )
    ics = _simple(
        uid, "Interview: Marine Environmental Specialist (Consents & Monitoring)",
        "DTSTART:20260122T141500Z", "DTEND:20260122T150000Z", desc,
        "ORGANIZER;CN=Saltire Offshore Wind Talent Acquisition:mailto:noreply@smartrecruiters.com",
        [att(ME_GMAIL, "Ewan MacLeod"), att("kenneth.boyd@saltireoffshore.com", "Kenneth Boyd")],
        prodid="-//SmartRecruiters//Interview Scheduler//EN", stamp="20260115T100807Z",
        location="Microsoft Teams",
    )
    return Ev("smartrecruiters-hm-en", ics, uid, 1, "Saltire Offshore Wind",
              "Marine Environmental Specialist (Consents & Monitoring)", "hiring_manager",
              "kenneth.boyd@saltireoffshore.com", "smartrecruiters-brand-of-group-en")


def _thalassa() -> Ev:
    uid = "workable-ev-9d41c7a2b3e8@workable.com"
    desc = (
        "Hi Ewan,\n\nYou have a Technical interview for the Marine Data Scientist job at Thalassa Data.\n\n"
        "We'll go through the take-home (species-distribution model for Nephrops grounds) you submitted: "
        "20 minutes for you to present, then questions from Ronan Keane (CTO) and Sinéad Walsh (Senior Data "
        "Scientist).\n\nJoin: https://meet.google.com/tdh-mpxa-rzq\n\nBest,\nThalassa Data Hiring Team\n\n"
        "Powered by Workable"
    )
    ics = _simple(
        uid, "Technical interview – Marine Data Scientist – Thalassa Data",
        "DTSTART;TZID=Europe/Dublin:20260203T150000", "DTEND;TZID=Europe/Dublin:20260203T160000", desc,
        "ORGANIZER;CN=Thalassa Data via Workable:mailto:notifications@candidates.workablemail.com",
        [att(ME_GMAIL, "Ewan MacLeod"), att("ronan@thalassadata.ie", "Ronan Keane"),
         att("sinead@thalassadata.ie", "Sinéad Walsh")],
        prodid="-//Workable//Workable Calendar//EN", stamp="20260127T112233Z",
        location="https://meet.google.com/tdh-mpxa-rzq", tzs=(TZ_DUBLIN,),
    )
    return Ev("workable-technical-ie", ics, uid, 1, "Thalassa Data", "Marine Data Scientist", "technical",
              "ronan@thalassadata.ie;sinead@thalassadata.ie", "workable-takehome-review-ie")


def _nutrimar() -> Ev:
    uid = "icims-sched-2026-1147-00382@nutrimar.icims.com"
    desc = (
        "Interview Confirmation\n\nRequisition: 2026-1147 Aquafeed Research Scientist – Fish Nutrition\n"
        "Interview type: Phone Screen (Talent Acquisition)\nInterviewer: Gemma Hurst, Talent Acquisition "
        "Partner, Nutrimar plc\n\nGemma will call you on the number in your candidate profile. The call will "
        "cover your experience, salary expectations and availability.\n\n"
        "This event was scheduled via iCIMS. Please do not reply to this message."
    )
    ics = _simple(
        uid, "Phone Screen – Aquafeed Research Scientist – Fish Nutrition (2026-1147)",
        "DTSTART:20260109T113000Z", "DTEND:20260109T120000Z", desc,
        "ORGANIZER;CN=Nutrimar Talent Acquisition:mailto:careers-noreply@nutrimar.icims.com",
        [att(ME_GMAIL, "Ewan MacLeod"), att("gemma.hurst@nutrimar.com", "Gemma Hurst")],
        prodid="-//iCIMS//Scheduling//EN", stamp="20260105T154211Z", location="Telephone",
    )
    return Ev("icims-phone-en", ics, uid, 1, "Nutrimar", "Aquafeed Research Scientist – Fish Nutrition",
              "recruiter_screen", "gemma.hurst@nutrimar.com", "icims-phone-screen-en")


def _deepwater_onsite() -> Ev:
    uid = "goodtime-7b5e2f90-1c3a-4d68-a9e0-5f4b3c2d1e0a@goodtime.io"
    desc = (
        "Onsite interview – Environmental DNA Scientist\n\nWelcome, Ewan! Your schedule at Deepwater Diagnostics "
        "(Roslin Innovation Centre, Easter Bush):\n\n"
        "13:00 Lab tour & qPCR assay discussion – Dr Laura Baird\n"
        "13:45 Bioinformatics pipeline interview – Sanjay Mehta\n"
        "14:30 Break\n14:45 Leadership & ways of working – Dr Fraser Logan, VP Science\n\n"
        "Questions? Contact Rachel Moyes, Recruiting Coordinator.\n\nScheduled with GoodTime"
    )
    ics = _simple(
        uid, "Onsite Interview: Ewan MacLeod – Deepwater Diagnostics",
        "DTSTART;TZID=Europe/London:20260226T130000", "DTEND;TZID=Europe/London:20260226T153000", desc,
        org("rachel.moyes@deepwaterdx.com", "Rachel Moyes"),
        [att(ME_GMAIL, "Ewan MacLeod"), att("laura.baird@deepwaterdx.com", "Laura Baird"),
         att("sanjay.mehta@deepwaterdx.com", "Sanjay Mehta"), att("fraser.logan@deepwaterdx.com", "Fraser Logan"),
         att("roslin-l2-fathom@deepwaterdx.com", "Roslin L2 – Fathom (8)", cutype="ROOM", role="NON-PARTICIPANT",
             rsvp=False)],
        prodid="-//GoodTime.io//GoodTime Hire//EN", stamp="20260218T165500Z",
        location="Roslin Innovation Centre, Easter Bush Campus, Midlothian", tzs=(TZ_LONDON,),
    )
    return Ev("goodtime-onsite-en", ics, uid, 1, "Deepwater Diagnostics", "Environmental DNA Scientist", "onsite",
              "laura.baird@deepwaterdx.com;sanjay.mehta@deepwaterdx.com;fraser.logan@deepwaterdx.com",
              "goodtime-room-coordinator-en")


def _deepwater_phone() -> Ev:
    uid = "7aa0k3c5e7g9i1k3m5o7q9s1u3@google.com"
    desc = (
        "Hi Ewan, looking forward to our chat about the Environmental DNA Scientist role. I'll ring you on "
        "07700 900412. ~25 mins.\n\nRachel Moyes\nRecruiting, Deepwater Diagnostics"
    )
    body = [
        "BEGIN:VEVENT",
        "DTSTART:20260203T123000Z",
        "DTEND:20260203T130000Z",
        "DTSTAMP:20260130T101500Z",
        org("rachel.moyes@deepwaterdx.com", "Rachel Moyes"),
        "UID:" + uid,
        att("rachel.moyes@deepwaterdx.com", "Rachel Moyes", partstat="ACCEPTED"),
        att(ME_GMAIL, "ewan.macleod.bio@gmail.com"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Phone",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Phone screen – Ewan MacLeod (eDNA Scientist)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE)
    return Ev("google-phone-utc-en", ics, uid, 1, "Deepwater Diagnostics", "Environmental DNA Scientist",
              "recruiter_screen", "rachel.moyes@deepwaterdx.com", "phone-screen-utc-en")


def _pelagic() -> Ev:
    uid = "ml-int-0c9e7a5b3d1f@modernloop.io"
    desc = (
        "Pelagic AI – Technical Interview (Computer Vision for Fisheries)\n\n"
        "Candidate: Ewan MacLeod\nRole: Applied Scientist – Marine Imaging\n\n"
        "Interviewers:\n• Oskar Lindgren (Staff ML Engineer) – oskar@pelagic.ai\n"
        "• Dr Nadia Farouk (Research Lead) – nadia@pelagic.ai\n\n"
        "Format: 60 min. Live coding in Python on CoderPad (https://app.coderpad.io/PX7R2KQ) – loading an "
        "annotated trawl-camera dataset and evaluating a detector – then 15 min questions.\n\n"
        "Scheduled via ModernLoop on behalf of the Pelagic AI recruiting team.\n\n"
        + zoom_en("845 1209 3345", "613904", host="pelagic-ai.zoom.us")
    )
    ics = _simple(
        uid, "Pelagic AI – Technical Interview (Applied Scientist – Marine Imaging)",
        "DTSTART:20260211T150000Z", "DTEND:20260211T160000Z", desc,
        "ORGANIZER;CN=Pelagic AI Recruiting:mailto:recruiting@pelagic.ai",
        [att(ME_GMAIL, "Ewan MacLeod"), att("oskar@pelagic.ai", "Oskar Lindgren"),
         att("nadia@pelagic.ai", "Nadia Farouk")],
        prodid="-//ModernLoop//ModernLoop Scheduler//EN", stamp="20260205T093030Z",
        location="https://pelagic-ai.zoom.us/j/84512093345",
    )
    return Ev("modernloop-coding-en", ics, uid, 1, "Pelagic AI", "Applied Scientist – Marine Imaging", "technical",
              "oskar@pelagic.ai;nadia@pelagic.ai", "modernloop-coderpad-en")


def _orkney() -> Ev:
    uid = outlook_uid("A2B4C6D8E0F2DC010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8090A1B")
    desc = (
        "Hi Ewan,\n\nThank you for your application. Magnus would like to meet you for an interview for the "
        "Environmental Monitoring Scientist post. We're a small team, so it will just be Magnus Flett (Managing "
        "Director) and Dr Ingrid Rendall (Senior Scientist) – I'm only sorting the diary.\n\n"
        "We can cover your travel to Kirkwall; the NorthLink ferry from Aberdeen is probably easiest.\n\n"
        "Best wishes,\nLinda Sclater\nOffice Manager\nOTM – Orkney Tidal Monitoring Ltd\nHatston Pier Road, "
        "Kirkwall KW15 1ZL"
    )
    body = [
        "BEGIN:VEVENT",
        org("linda@otml.co.uk", "Sclater, Linda"),
        att(ME_WORK, "MacLeod, Ewan"),
        att("magnus@otml.co.uk", "Flett, Magnus"),
        att("ingrid@otml.co.uk", "Rendall, Ingrid"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Interview - Environmental Monitoring Scientist",
        "DTSTART;TZID=GMT Standard Time:20260317T110000",
        "DTEND;TZID=GMT Standard Time:20260317T123000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260303T103355Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Hatston office\\, Kirkwall",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)),
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_GMT,))
    return Ev("outlook-smallco-en", ics, uid, 1, "Orkney Tidal Monitoring", "Environmental Monitoring Scientist", "",
              "magnus@otml.co.uk;ingrid@otml.co.uk", "company-in-body-abbrev-domain-en")


def _seatrace_agency() -> Ev:
    uid = "GSR-INT-20260224-0931@greenfieldscience.co.uk"
    desc = (
        "Hi Ewan,\n\nGreat news – SeaTrace Analytics would like to see you for the second-stage technical "
        "interview for the Marine Data Scientist role.\n\nYou'll meet Rory Devlin (Head of Science) and Priya "
        "Chauhan (Lead Data Scientist) at their office: 2nd Floor, 14 Queen Street, Edinburgh. Expect a "
        "whiteboard problem on vessel-tracking data and questions on your R/Stan work. Around 75 minutes.\n\n"
        "Give me a ring after to let me know how it went!\n\nJonny Sinclair\nSenior Consultant – Environment & "
        "Marine\nGreenfield Science Recruitment\n0131 496 0088"
    )
    ics = _simple(
        uid, "Interview confirmed: SeaTrace Analytics – Marine Data Scientist (2nd stage)",
        "DTSTART;TZID=Europe/London:20260224T100000", "DTEND;TZID=Europe/London:20260224T111500", desc,
        org("jonny.sinclair@greenfieldscience.co.uk", "Jonny Sinclair"), [att(ME_GMAIL, "Ewan MacLeod")],
        prodid="-//Bullhorn//Bullhorn Calendar//EN", stamp="20260218T151212Z",
        location="SeaTrace Analytics, 2nd Floor, 14 Queen Street, Edinburgh", tzs=(TZ_LONDON,),
    )
    return Ev("agency-named-employer-en", ics, uid, 1, "SeaTrace Analytics", "Marine Data Scientist", "technical",
              "Rory Devlin;Priya Chauhan", "agency-names-employer-en")


def _coralline() -> Ev:
    uid = "ashby-b1d9e3f7-2a4c-4e8b-9c0d-6f5a7b3e1d42@ashbyhq.com"
    desc = (
        "Hi Ewan,\n\nThanks for your interest in Coralline Robotics! This is a 30-minute intro call with Jess "
        "Okoro from our Talent team about the Field Ecologist – Autonomous Survey role: what we're building "
        "(AUVs for reef and kelp monitoring), your background and next steps.\n\n"
        + meet("cor-aliq-nez", "118 204 993") + "\n\nScheduled with Ashby"
    )
    ics = _simple(
        uid, "Coralline Robotics | Intro call – Ewan MacLeod",
        "DTSTART:20260113T160000Z", "DTEND:20260113T163000Z", desc,
        org("jess@coralline.io", "Jess Okoro"), [att(ME_GMAIL, "Ewan MacLeod"), att("jess@coralline.io", "Jess Okoro")],
        prodid="-//Ashby//Ashby Scheduling//EN", stamp="20260109T120501Z", location="Google Meet",
    )
    return Ev("ashby-intro-en", ics, uid, 1, "Coralline Robotics", "Field Ecologist – Autonomous Survey",
              "recruiter_screen", "jess@coralline.io", "ashby-intro-call-en")


def _mariner() -> Ev:
    uid = "lever-iv-2e7a9c1b-4d3f-48e0-b6a5-c9d8e7f6a5b4"
    desc = (
        "Hi Ewan,\n\nWe're excited to welcome you to Mariner Genomics in Cambridge for your onsite interviews "
        "for Senior Scientist, eDNA Assays.\n\n10:00 Seminar: your research (45 min)\n"
        "11:00 1:1 with Dr Helen Cho (Director of Assay Development)\n"
        "11:45 1:1 with Marcus Webb (Lab Operations)\n12:30 Lunch with the team\n"
        "13:30 1:1 with Dr Olu Adeyemi (CSO)\n\nTravel: we've booked your train from Edinburgh; Becky will "
        "send tickets.\n\nBecky Hollins, Recruiting Coordinator\n\nSent via Lever"
    )
    ics = _simple(
        uid, "Onsite Interviews – Ewan MacLeod – Senior Scientist, eDNA Assays",
        "DTSTART;TZID=Europe/London:20260310T100000", "DTEND;TZID=Europe/London:20260310T141500", desc,
        org("becky.hollins@marinergenomics.com", "Becky Hollins"),
        [att(ME_GMAIL, "Ewan MacLeod"), att("helen.cho@marinergenomics.com", "Helen Cho"),
         att("marcus.webb@marinergenomics.com", "Marcus Webb"), att("olu.adeyemi@marinergenomics.com", "Olu Adeyemi"),
         att("becky.hollins@marinergenomics.com", "Becky Hollins", role="OPT-PARTICIPANT")],
        prodid="-//Lever//Lever Hire//EN", stamp="20260302T090000Z",
        location="Mariner Genomics, 21 Station Road, Cambridge CB1 2JD", tzs=(TZ_LONDON,),
    )
    return Ev("lever-onsite-en", ics, uid, 1, "Mariner Genomics", "Senior Scientist, eDNA Assays", "onsite",
              "helen.cho@marinergenomics.com;marcus.webb@marinergenomics.com;olu.adeyemi@marinergenomics.com",
              "lever-onsite-coordinator-en")


def _wavelength() -> Ev:
    uid = "gh-0b3d5f7a-9c1e-4a2b-8d6f-3e5a7c9b1d24@greenhouse.io"
    desc = (
        "Hi Ewan,\n\nThanks for scheduling time to speak with Wavelength Bio! Here is your Recruiter Screen "
        "with Tasha Greene for the Algal Biotechnology Scientist opening.\n\n"
        + zoom_en("933 5120 7781", "wave26", host="wavelength-bio.zoom.us")
    )
    ics = _simple(
        uid, "Wavelength Bio: Recruiter Screen with Ewan MacLeod",
        "DTSTART:20260127T163000Z", "DTEND:20260127T170000Z", desc,
        org("no-reply@us.greenhouse-mail.io", "Wavelength Bio Recruiting"),
        [att(ME_GMAIL, "Ewan MacLeod"), att("tasha.greene@wavelength.bio", "Tasha Greene")],
        prodid="-//Greenhouse Software//Greenhouse Calendar//EN", stamp="20260122T180044Z",
        location="https://wavelength-bio.zoom.us/j/93351207781",
    )
    return Ev("greenhouse-screen-en", ics, uid, 1, "Wavelength Bio", "Algal Biotechnology Scientist",
              "recruiter_screen", "tasha.greene@wavelength.bio", "greenhouse-noreply-recruiter-en")


def _lomond() -> Ev:
    uid = "WD-INT-JR-00482-4f1a8c@lomondwater.myworkday.com"
    desc = (
        "Interview with Hiring Manager\n\nJob Requisition: JR-00482 Environmental Scientist – Coastal & Bathing "
        "Waters\nCandidate: Ewan MacLeod\nInterviewers: Fergus Cairns (Environmental Quality Manager); "
        "Dr Lorna Baxter (Principal Scientist)\n\nLocation: Lomond Water, Castle House, 6 Castle Drive, "
        "Dunfermline\n\nPlease bring photo ID. If you can no longer attend, contact the Talent team through "
        "your Workday candidate home page."
    )
    ics = _simple(
        uid, "Interview with Hiring Manager – JR-00482 Environmental Scientist – Coastal & Bathing Waters",
        "DTSTART;TZID=Europe/London:20260115T143000", "DTEND;TZID=Europe/London:20260115T153000", desc,
        "ORGANIZER;CN=Lomond Water Talent:mailto:lomondwater@myworkday.com",
        [att(ME_GMAIL, "Ewan MacLeod"), att("fergus.cairns@lomondwater.co.uk", "Fergus Cairns"),
         att("lorna.baxter@lomondwater.co.uk", "Lorna Baxter")],
        prodid="-//Workday//Workday Recruiting//EN", stamp="20260107T134400Z",
        location="Castle House, 6 Castle Drive, Dunfermline", tzs=(TZ_LONDON,),
    )
    return Ev("workday-hm-en", ics, uid, 1, "Lomond Water",
              "Environmental Scientist – Coastal & Bathing Waters", "hiring_manager",
              "fergus.cairns@lomondwater.co.uk;lorna.baxter@lomondwater.co.uk", "workday-hiring-manager-en")


def _seabird() -> Ev:
    uid = "A91F3C2E-6B7D-4E80-9F1A-2B3C4D5E6F70"
    desc = (
        "Dear Ewan,\n\nOn behalf of the trustees, thank you for applying for the Marine Conservation Scientist "
        "post. We would like to invite you to interview in St Andrews. The panel will be myself (Chair of "
        "Trustees) and Dr Peter Hume (Science Committee). We will ask you to talk for 10 minutes about how you "
        "would design the Trust's kittiwake foraging study.\n\nWith best wishes,\nJean Moffat\n"
        "Seabird Conservation Trust (SC041122)"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260204T193000Z",
        "DTSTART;TZID=Europe/London:20260216T140000",
        "DTEND;TZID=Europe/London:20260216T150000",
        "SUMMARY:Interview – Ewan MacLeod",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Trust office\\, 3 Gregory Place\\, St Andrews",
        org("jean.moffat@btinternet.com", "Jean Moffat"),
        att("jean.moffat@btinternet.com", "Jean Moffat", partstat="ACCEPTED", rsvp=None),
        att("peter.hume1954@outlook.com", "Peter Hume"),
        att(ME_GMAIL, "Ewan MacLeod"),
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_MAC, tz=(TZ_LONDON,))
    return Ev("macos-charity-en", ics, uid, 1, "Seabird Conservation Trust", "Marine Conservation Scientist", "onsite",
              "jean.moffat@btinternet.com;peter.hume1954@outlook.com", "freemail-trustees-charity-en")


def events() -> list[Ev]:
    return [
        _saltire(), _thalassa(), _nutrimar(), _deepwater_onsite(), _deepwater_phone(), _pelagic(), _orkney(),
        _seatrace_agency(), _coralline(), _mariner(), _wavelength(), _lomond(), _seabird(),
    ]
