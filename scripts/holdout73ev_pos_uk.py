"""holdout73 positives, part 2: UK/Irish public bodies and young companies (Oleeo, Google, Greenhouse, Lever,
Ashby, Calendly, Cal.com, hand-typed). CC0 1.0; all people, companies and addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import meet, teams_en, webex_en, zoom_en
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    TZ_LONDON,
    TZ_WIN_GMT,
    Ev,
    att,
    cal,
    esc,
    org,
    outlook_uid,
)

FORMS = {
    "Centre for Fisheries and Aquatic Research": "CFAR",
    "Scottish Marine Assessment Agency": "SMAA",
    "Western Marine Institute": "WMI|Institiúid Mhara an Iarthair",
    "Benthos Analytics": "",
    "Seaspire Biotech": "Seaspire",
    "BlueCarbon Metrics": "BlueCarbon",
    "Kelpwell": "",
    "The Hebridean Salmon Company": "Hebridean Salmon Company|Hebridean Salmon",
    "Tamar Marine Laboratory": "TML|Tamar Marine Lab|Tamar Lab",
}


def _google(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
            *, stamp: str, location: str = "", calid: str = "", tzs: tuple[str, ...] = (TZ_LONDON,),
            extra: tuple[str, ...] = ()) -> str:
    body = ["BEGIN:VEVENT", start, end, f"DTSTAMP:{stamp}", organizer, "UID:" + uid, *attendees, *extra,
            f"CREATED:{stamp}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{stamp}", f"LOCATION:{esc(location)}",
            "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT"]
    head = (f"X-GOOGLE-CALID:{calid}",) if calid else ()
    return cal(body, prodid=PRODID_GOOGLE, head=head, tz=tzs)


def _cfar() -> Ev:
    uid = "oleeo-csj-389211-int-00417@civilservicejobs.service.gov.uk"
    desc = (
        "Civil Service Jobs – interview confirmation\n\nVacancy reference: 389211\nJob title: Fisheries "
        "Scientist (Higher Scientific Officer)\nDepartment: Centre for Fisheries and Aquatic Research (CFAR)\n"
        "Location: Lowestoft / Aberdeen (hybrid)\n\nYou will be assessed against the following Success Profiles "
        "elements: Behaviours (Making Effective Decisions, Communicating and Influencing, Working Together) and "
        "Technical (stock-assessment methods; R). The interview will last up to 60 minutes and includes a "
        "5-minute presentation on the topic provided in your invitation email.\n\n"
        "The interview will take place on Microsoft Teams. The link will be emailed to you by the vacancy "
        "holder 24 hours before your interview.\n\nIf you need a reasonable adjustment, contact "
        "cfar.recruitment@cfar.gov.uk."
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260122T094012Z",
        "DTSTART:20260204T140000Z",
        "DTEND:20260204T150000Z",
        "SUMMARY:Interview - 389211 - Fisheries Scientist (Higher Scientific Officer)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams (link to follow)",
        "ORGANIZER;CN=Civil Service Jobs:mailto:noreply@civilservicejobs.service.gov.uk",
        att(ME_GMAIL, "Ewan MacLeod", rsvp=False),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Oleeo//Interview Scheduling 9.0//EN", method="PUBLISH")
    return Ev("oleeo-civil-service-en", ics, uid, 1, "Centre for Fisheries and Aquatic Research",
              "Fisheries Scientist (Higher Scientific Officer)", "", "", "oleeo-civil-service-no-names-en")


def _smaa() -> Ev:
    uid = "6hq2o4dbm1ue7b1h0l5k8rj3nc@google.com"
    desc = (
        "Hi Ewan,\n\nThanks for accepting. As mentioned in Roz's email, the session has two parts:\n"
        "1) Technical exercise (30 min): we'll share a small benthic grab dataset from the Firth of Clyde and "
        "ask you to talk us through how you'd analyse it – no preparation needed, any software you like.\n"
        "2) Interview (45 min) with me and Roz Kerr (Marine Monitoring Manager).\n\n"
        "Marine Ecologist (Band C), Scottish Marine Assessment Agency\n\nIain\n\n" + meet("xkq-bnrt-wpa", "492 118 307")
    )
    ics = _google(
        uid, "SMAA – Marine Ecologist (Band C) – technical exercise & interview – Ewan MacLeod",
        "DTSTART;TZID=Europe/London:20260211T100000", "DTEND;TZID=Europe/London:20260211T111500", desc,
        org("iain.gillies@smaa.gov.scot", "Iain Gillies"),
        [att("iain.gillies@smaa.gov.scot", "Iain Gillies", partstat="ACCEPTED"),
         att("roz.kerr@smaa.gov.scot", "Roz Kerr"), att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED")],
        stamp="20260203T160144Z", location="", calid="iain.gillies@smaa.gov.scot",
        extra=("X-GOOGLE-CONFERENCE:https://meet.google.com/xkq-bnrt-wpa",),
    )
    return Ev("google-technical-en", ics, uid, 1, "Scottish Marine Assessment Agency", "Marine Ecologist (Band C)",
              "technical", "iain.gillies@smaa.gov.scot;roz.kerr@smaa.gov.scot", "google-meet-technical-en")


def _wmi_allday() -> Ev:
    uid = "3v0s5fq1ptl8c2mhr6a9kd4e7j@google.com"
    body = [
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20260325",
        "DTEND;VALUE=DATE:20260326",
        "DTSTAMP:20260306T222015Z",
        "UID:" + uid,
        "CREATED:20260306T221931Z",
        "DESCRIPTION:Research Scientist – Coastal Ecosystems. Fly EDI→SNN the night before\\, bus to Galway. "
        "Presentation 10:00\\, interview 11:30\\, lab tour after. Ask about the Connemara seagrass survey boat.",
        "LAST-MODIFIED:20260306T222015Z",
        "LOCATION:Western Marine Institute\\, Oranmore\\, Co. Galway",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:WMI interview day (Galway)",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, method="PUBLISH",
              head=("X-WR-CALNAME:Ewan", "X-WR-TIMEZONE:Europe/London"))
    return Ev("google-allday-typed-ie", ics, uid, 1, "Western Marine Institute",
              "Research Scientist – Coastal Ecosystems", "onsite", "", "all-day-user-typed-x-wr-timezone")


def _benthos_gh() -> Ev:
    uid = "gh-7f3a91c2-5b0e-4d7a-9e61-22c4b8d0f513@greenhouse.io"
    desc = (
        "Hi Ewan,\n\nWe're looking forward to speaking with you! Here are the details of your Technical Interview "
        "for the Senior Marine Ecologist role at Benthos Analytics.\n\n"
        "10:00 – 10:45  Technical interview (benthic survey design, taxonomy QA, reporting to regulators) – "
        "Callum Reid, Principal Ecologist, and Dr Ana Sousa, Head of Marine Science\n"
        "10:45 – 11:00  Q&A with Callum\n\nI'll be your point of contact throughout – reach out any time.\n\n"
        "Kirsten Bell\nTalent Coordinator, Benthos Analytics\n\n" + teams_en("412 006 983 227", "uL2x7Z")
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260116T115902Z",
        "DTSTART:20260127T100000Z",
        "DTEND:20260127T110000Z",
        "SUMMARY:Technical Interview – Benthos Analytics (Senior Marine Ecologist)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        org("kirsten.bell@benthos-analytics.co.uk", "Kirsten Bell"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("callum.reid@benthos-analytics.co.uk", "Callum Reid"),
        att("ana.sousa@benthos-analytics.co.uk", "Ana Sousa"),
        "X-GREENHOUSE-INTERVIEW-ID:48817203",
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Greenhouse Software//Greenhouse Calendar//EN")
    return Ev("greenhouse-en", ics, uid, 1, "Benthos Analytics", "Senior Marine Ecologist", "technical",
              "callum.reid@benthos-analytics.co.uk;ana.sousa@benthos-analytics.co.uk", "greenhouse-coordinator-en")


def _benthos_hm() -> Ev:
    uid = "0p8r2m6k4t1a9c3e5g7i2k4m6o@google.com"
    desc = (
        "Ewan – following the technical round I'd like to have a proper conversation about the Senior Marine "
        "Ecologist role, the team in Aberdeen and where we're taking the offshore-wind monitoring work. This "
        "is the hiring-manager stage; Kirsten will share next steps afterwards.\n\nAna\n\n"
        + meet("fpj-wxuc-kde", "730 552 194")
    )
    ics = _google(
        uid, "Ewan MacLeod / Ana Sousa – Senior Marine Ecologist",
        "DTSTART:20260205T130000Z", "DTEND:20260205T134500Z", desc,
        org("ana.sousa@benthos-analytics.co.uk", "Ana Sousa"),
        [att("ana.sousa@benthos-analytics.co.uk", "Ana Sousa", partstat="ACCEPTED"), att(ME_GMAIL)],
        stamp="20260129T090317Z", tzs=(), calid="ana.sousa@benthos-analytics.co.uk",
    )
    return Ev("google-hm-en", ics, uid, 1, "Benthos Analytics", "Senior Marine Ecologist", "hiring_manager",
              "ana.sousa@benthos-analytics.co.uk", "google-direct-hiring-manager-en")


def _seaspire_lever() -> Ev:
    uid = "lever-iv-5c2e8d1f-a0b7-4e93-8f6d-1b7c9e3a4d20"
    desc = (
        "Hi Ewan,\n\nThis confirms your phone screen with Seaspire Biotech for the Marine Natural Products "
        "Scientist position. Mairi Lennox (Talent Partner) will call you on +44 7700 900412 at the scheduled "
        "time. It's an informal 30 minutes about your background, motivation and practicalities (notice "
        "period, relocation to Cambridge).\n\nIf you need to reschedule, just reply to this email.\n\n"
        "Sent from Lever"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260108T170245Z",
        "DTSTART:20260114T153000Z",
        "DTEND:20260114T160000Z",
        "SUMMARY:Ewan MacLeod <> Seaspire Biotech | Phone Screen",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Phone call (+44 7700 900412)",
        org("mairi@seaspire.bio", "Mairi Lennox"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("mairi@seaspire.bio", "Mairi Lennox", partstat="ACCEPTED"),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Lever//Lever Hire//EN")
    return Ev("lever-phone-en", ics, uid, 1, "Seaspire Biotech", "Marine Natural Products Scientist",
              "recruiter_screen", "mairi@seaspire.bio", "lever-phone-screen-en")


def _seaspire_calcom() -> Ev:
    uid = "k2Jd8sQm4xRt7Vb1NcZe@cal.com"
    desc = (
        "What: Technical interview – Marine Natural Products Scientist\n"
        "Invitee Time Zone: Europe/London\n"
        "Who:\n- Dr. Lukas Brenner - Organizer\n  lukas@seaspire.bio\n- Priyanka Iyer\n  priyanka@seaspire.bio\n"
        "- Ewan MacLeod\n  ewan.macleod.bio@gmail.com\n"
        "Where: Cal Video https://app.cal.com/video/k2Jd8sQm4xRt7Vb1NcZe\n"
        "Additional notes: 15 min on your LC-MS dereplication workflow, then bench-level questions on "
        "extraction from sponges and tunicates.\n\n"
        "Need to make a change? Cancel: https://app.cal.com/booking/k2Jd8sQm4xRt7Vb1NcZe?cancel=true"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "SUMMARY:Technical interview between Lukas Brenner and Ewan MacLeod",
        "DTSTAMP:20260121T101010Z",
        "DTSTART:20260128T140000Z",
        "DTEND:20260128T150000Z",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:https://app.cal.com/video/k2Jd8sQm4xRt7Vb1NcZe",
        org("lukas@seaspire.bio", "Lukas Brenner"),
        att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED", rsvp=None),
        att("priyanka@seaspire.bio", "Priyanka Iyer", partstat="ACCEPTED", rsvp=None),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Cal.com Inc.//Cal.com Event//EN")
    return Ev("calcom-technical-en", ics, uid, 1, "Seaspire Biotech", "Marine Natural Products Scientist",
              "technical", "lukas@seaspire.bio;priyanka@seaspire.bio", "calcom-technical-en")


def _bluecarbon_ashby() -> Ev:
    uid = "ashby-6e1f0c8a-3d2b-47c9-b5e4-90a8d7c6b512@ashbyhq.com"
    desc = (
        "Final Round – Research Scientist, Ocean Carbon\n\nHi Ewan, here is your agenda for the final round "
        "at our Leith office (Ocean Point 2, 4th floor). Please ask for Hannah at reception.\n\n"
        "09:30 – 10:15  Research presentation (whole science team)\n"
        "10:15 – 11:00  MRV methods deep-dive – Tom Ellery, Lead Scientist\n"
        "11:15 – 12:00  Product & partners – Aisha Rahman, Head of Product\n"
        "12:00 – 12:30  Values conversation – Greg Hollis, CEO\n\n"
        "Hannah Cross, People Ops (coordinating – she won't be interviewing)\n\nScheduled with Ashby"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260210T143355Z",
        "DTSTART;TZID=Europe/London:20260219T093000",
        "DTEND;TZID=Europe/London:20260219T123000",
        "SUMMARY:BlueCarbon Metrics Final Round: Ewan MacLeod",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Ocean Point 2\\, 4th floor\\, Leith\\, Edinburgh",
        org("hannah@bluecarbonmetrics.com", "Hannah Cross"),
        att(ME_GMAIL, "Ewan MacLeod"),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Ashby//Ashby Scheduling//EN", tz=(TZ_LONDON,))
    return Ev("ashby-final-en", ics, uid, 1, "BlueCarbon Metrics", "Research Scientist, Ocean Carbon", "final",
              "Tom Ellery;Aisha Rahman;Greg Hollis", "ashby-agenda-names-only-en")


def _bluecarbon_typed() -> Ev:
    uid = "2n4p6r8t0v1x3z5b7d9f1h3j5l@google.com"
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20260206T163000",
        "DTEND;TZID=Europe/London:20260206T171500",
        "DTSTAMP:20260202T080112Z",
        "UID:" + uid,
        "CREATED:20260202T080040Z",
        "DESCRIPTION:w/ Tom + Aisha. they'll ask about MRV for saltmarsh. have the Loch Sunart cores slide ready",
        "LAST-MODIFIED:20260202T080112Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:BlueCarbon 2nd rd (video)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, method="PUBLISH", head=("X-WR-TIMEZONE:Europe/London",), tz=(TZ_LONDON,))
    return Ev("google-typed-terse-en", ics, uid, 1, "BlueCarbon Metrics", "", "", "Tom;Aisha", "user-typed-terse-en")


def _kelpwell() -> Ev:
    uid = "5c8e1g4i7k0m3o6q9s2u5w8y1a@google.com"
    desc = (
        "Hi Ewan – great to connect through Morven. As promised, a proper chat about the Lead Scientist job at "
        "Kelpwell (we're 6 people, farming sugar kelp off Kerrera and turning it into biostimulants). I'd "
        "like to hear about your seaweed physiology work and talk through what the first year would look "
        "like. Video is fine, or come down to Oban if you fancy it.\n\nFiona Drummond\nFounder & CEO, "
        "Kelpwell\n\n" + zoom_en("819 3350 2214", "kelp26")
    )
    ics = _google(
        uid, "Ewan / Fiona – Lead Scientist", "DTSTART;TZID=Europe/London:20260120T170000",
        "DTEND;TZID=Europe/London:20260120T174500", desc, org("fiona.drummond.kelp@gmail.com", "Fiona Drummond"),
        [att("fiona.drummond.kelp@gmail.com", "Fiona Drummond", partstat="ACCEPTED"),
         att(ME_WORK, "Ewan MacLeod")],
        stamp="20260114T214455Z", location="https://zoom.us/j/81933502214", calid="fiona.drummond.kelp@gmail.com",
    )
    return Ev("freemail-founder-en", ics, uid, 1, "Kelpwell", "Lead Scientist", "hiring_manager",
              "fiona.drummond.kelp@gmail.com", "freemail-founder-company-in-body-en")


def _hebridean_calendly() -> Ev:
    uid = "f3c1a7e2-8b9d-4c06-b2e5-7d1a0f9c4e38"
    desc = (
        "Event Name: Fish Health Biologist – introductory call\n\n"
        "Hi Ewan, thanks for applying to The Hebridean Salmon Company! This first call is a chance for us to "
        "tell you about the role (based at our Lochboisdale hatchery) and to go over your application.\n\n"
        "Location: Iona will call you on +44 7911 123456\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/f3c1a7e2-8b9d-4c06-b2e5-7d1a0f9c4e38\n"
        "Reschedule: https://calendly.com/reschedulings/f3c1a7e2-8b9d-4c06-b2e5-7d1a0f9c4e38\n\n"
        "Powered by Calendly.com"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260113T092744Z",
        "DTSTART:20260116T100000Z",
        "DTEND:20260116T103000Z",
        "SUMMARY:Ewan MacLeod and Iona Fraser",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:+44 7911 123456",
        org("iona.fraser@hebrideansalmon.co.uk", "Iona Fraser"),
        att("iona.fraser@hebrideansalmon.co.uk", "Iona Fraser", partstat="ACCEPTED", rsvp=False),
        att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED", rsvp=False),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Calendly//Calendly//EN")
    return Ev("calendly-intro-en", ics, uid, 1, "The Hebridean Salmon Company", "Fish Health Biologist",
              "recruiter_screen", "iona.fraser@hebrideansalmon.co.uk", "calendly-people-only-title-en")


def _tamar_cancel() -> Ev:
    uid = outlook_uid("C07D2E9A44B8DC0100000000000000001000000011223344556677889900AABBCCDDEEFF")
    desc = (
        "Apologies – we need to cancel this slot as one of the panel is unwell. Emma will be in touch with new "
        "dates for the technical interview shortly.\n\nTechnical interview – Research Scientist (Seagrass "
        "Ecology), Tamar Marine Laboratory"
    )
    body = [
        "BEGIN:VEVENT",
        org("e.penrose@tamarlab.org.uk", "Penrose, Emma"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("j.treloar@tamarlab.org.uk", "Treloar, Jack"),
        att("m.oduya@tamarlab.org.uk", "Oduya, Miriam"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Canceled: Technical interview – Research Scientist (Seagrass Ecology)",
        "DTSTART;TZID=GMT Standard Time:20260303T100000",
        "DTEND;TZID=GMT Standard Time:20260303T110000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20260301T081530Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, method="CANCEL", tz=(TZ_WIN_GMT,))
    return Ev(
        "outlook-cancel-en", ics, uid, 1, "Tamar Marine Laboratory", "Research Scientist (Seagrass Ecology)",
        "technical", "j.treloar@tamarlab.org.uk;m.oduya@tamarlab.org.uk", "cancelled-method-cancel-en",
    )


def _tamar_rebook() -> Ev:
    uid = "tml-rebook-5521@tamarlab.org.uk"
    desc = (
        "New date for your technical interview, as promised – apologies again for the earlier cancellation.\n\n"
        "Format: 20-min walk-through of the seagrass-mapping exercise we sent (drone orthomosaic + transect "
        "data), then 40 min of questions with Jack Treloar and Miriam Oduya.\n\nEmma Penrose, HR Officer\n\n"
        + webex_en("tamarlab", "2378 551 9046", "Zostera26")
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260305T120000Z",
        "DTSTART;TZID=Europe/London:20260312T140000",
        "DTEND;TZID=Europe/London:20260312T150000",
        "SUMMARY:Research Scientist (Seagrass Ecology) – technical interview (new date)",
        f"DESCRIPTION:{esc(desc)}",
        org("e.penrose@tamarlab.org.uk", "Emma Penrose"),
        att(ME_GMAIL, "Ewan MacLeod"),
        att("j.treloar@tamarlab.org.uk", "Jack Treloar"),
        att("m.oduya@tamarlab.org.uk", "Miriam Oduya"),
        "LOCATION:Webex",
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Cisco//Webex Scheduler//EN", tz=(TZ_LONDON,))
    return Ev(
        "webex-rebooked-en", ics, uid, 1, "Tamar Marine Laboratory", "Research Scientist (Seagrass Ecology)",
        "technical", "j.treloar@tamarlab.org.uk;m.oduya@tamarlab.org.uk", "rebooked-after-cancel-en",
    )


def events() -> list[Ev]:
    return [
        _cfar(), _smaa(), _wmi_allday(), _benthos_gh(), _benthos_hm(), _seaspire_lever(), _seaspire_calcom(),
        _bluecarbon_ashby(), _bluecarbon_typed(), _kelpwell(), _hebridean_calendly(), _tamar_cancel(),
        _tamar_rebook(),
    ]
