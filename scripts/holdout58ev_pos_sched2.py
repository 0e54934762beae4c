"""holdout58 positives, part 2b: Calendly, Cal.com, Microsoft Bookings, iCIMS, a plain
hand-made .ics and a Zoom .ics."""

from __future__ import annotations

from holdout58ev_ics import ME, T, alarm, att, cal, org, rec, teams, zoom
from holdout58ev_shapes import outlook


def kestrel_calendly() -> dict[str, str]:
    uid = "b2c8e7d4-61a0-4f3b-9e25-7d0c84f1a9b6@calendly.com"
    desc = (
        "Event Name: Founding Data Analyst – intro chat\n\nLocation: This is a Google Meet web conference.\n"
        "https://meet.google.com/tws-nhbq-cyr\n\nPlease share anything that will help prepare for our "
        "meeting.: Currently senior data analyst in grocery retail – keen to hear about the data stack at "
        "Kestrel Pay. Portfolio: github.com/priyaraman-data\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/b2c8e7d4-61a0-4f3b-9e25-7d0c84f1a9b6\n"
        "Reschedule: https://calendly.com/reschedulings/b2c8e7d4-61a0-4f3b-9e25-7d0c84f1a9b6\n\n"
        "Powered by Calendly.com"
    )
    ev = [
        "DTSTAMP:20250908T193047Z",
        "DTSTART:20250912T080000Z",
        "DTEND:20250912T083000Z",
        T("SUMMARY", "Founding Data Analyst – intro chat between Dan Whitlock and Priya Raman"),
        "UID:" + uid,
        T("DESCRIPTION", desc),
        T("LOCATION", "https://meet.google.com/tws-nhbq-cyr"),
        org("dan@kestrelpay.com", "Dan Whitlock"),
        att("dan@kestrelpay.com", "Dan Whitlock", partstat="ACCEPTED", rsvp=False),
        att(ME, "Priya Raman", partstat="ACCEPTED", rsvp=False),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    ics = cal("-//Calendly//Calendly Scheduling//EN", [ev])
    return rec(
        "calendly",
        ics,
        uid,
        1,
        "Kestrel Pay",
        "Founding Data Analyst",
        "",
        ["dan@kestrelpay.com"],
        "calendly-founder-intro-en",
    )


def sableford_calcom() -> dict[str, str]:
    uid = "hM3vQ8pXc2sRt7YwKb4nZa@cal.com"
    desc = (
        "What: Sableford case interview between Imogen Hart and Priya Raman\nInvitee Time Zone: Europe/London\n"
        "Who:\nImogen Hart - Organizer\nimogen.hart@sableford.co.uk\nPriya Raman\npriya.raman88@gmail.com\n"
        "Where: Cal Video\nhttps://app.cal.com/video/hM3vQ8pXc2sRt7YwKb4nZa\nAdditional notes: Consultant "
        "(Retail & Consumer Analytics) – second stage. Imogen will send a short retail case 10 minutes before "
        "the call; you'll talk her through your approach.\n\nNeed to make a change? Cancel or reschedule: "
        "https://cal.com/booking/hM3vQ8pXc2sRt7YwKb4nZa"
    )
    ev = [
        "UID:" + uid,
        T("SUMMARY", "Sableford case interview between Imogen Hart and Priya Raman"),
        "DTSTART:20251013T090000Z",
        "DTEND:20251013T100000Z",
        T("DESCRIPTION", desc),
        T("LOCATION", "https://app.cal.com/video/hM3vQ8pXc2sRt7YwKb4nZa"),
        org("imogen.hart@sableford.co.uk", "Imogen Hart"),
        att(ME, "Priya Raman", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
        "DTSTAMP:20251006T200912Z",
        "SEQUENCE:0",
    ]
    ics = cal("-//Cal.com Inc.//Cal.com Event//EN", [ev], calscale=False, version_first=True)
    return rec(
        "calcom",
        ics,
        uid,
        1,
        "Sableford Analytics",
        "Consultant (Retail & Consumer Analytics)",
        "technical",
        ["imogen.hart@sableford.co.uk"],
        "calcom-case-en",
    )


def greyhawk_bookings() -> dict[str, str]:
    uid = "040000008200E00074C5B7101A82E00800000000A0C3D81F6E2BDC01000000000000000010000000B5F2A1C8E94D7B4FA3B1"
    desc = (
        "Your booking is confirmed.\n\nGreyhawk Insights\nService: Initial screening call – Insight Analyst "
        "(30 mins)\nStaff: Fiona Marsh (Talent Partner)\n\nFiona will run a short screening call covering your "
        "background, notice period and salary expectations.\n\n"
        + teams("en", "312 774 085 910", "Gh2xTr", "YjQ2YmE3NzEtOWU0")
        + "\n\nManage booking: https://outlook.office365.com/owa/calendar/GreyhawkCareers@greyhawkinsights.com/"
        "bookings/"
    )
    ics = outlook(
        uid,
        "Initial screening call – Insight Analyst",
        "20250929T090000",
        "20250929T093000",
        organizer=org("GreyhawkCareers@greyhawkinsights.com", "Greyhawk Careers", quote=True),
        attendees=[
            att(ME, "Priya Raman", quote=True),
            att("fiona.marsh@greyhawkinsights.com", "Fiona Marsh", quote=True),
        ],
        description=desc,
        location="Microsoft Teams Meeting",
        zone=None,
        stamp="20250923T151207Z",
        alt=False,
        prodid="-//Microsoft Corporation//Microsoft Bookings//EN",
    )
    return rec(
        "bookings",
        ics,
        uid,
        1,
        "Greyhawk Insights",
        "Insight Analyst",
        "recruiter_screen",
        ["fiona.marsh@greyhawkinsights.com"],
        "ms-bookings-screen-en",
    )


def _icims(uid: str, summary: str, start: str, end: str, people: list[str], desc: str, loc: str, stamp: str) -> str:
    ev = [
        "UID:" + uid,
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/London:{start}",
        f"DTEND;TZID=Europe/London:{end}",
        T("SUMMARY", summary),
        T("DESCRIPTION", desc),
        T("LOCATION", loc),
        org("talent@oakhurstlyle.co.uk", "Oakhurst & Lyle Talent Acquisition"),
        *people,
        "STATUS:CONFIRMED",
        *alarm(1440),
    ]
    return cal("-//iCIMS//iCIMS Talent Cloud//EN", [ev], zones=["Europe/London"])


def oakhurst_onsite() -> dict[str, str]:
    uid = "iCIMS-2025-4471-INT-000872613"
    desc = (
        "Dear Priya,\n\nWe are delighted to confirm your second stage interview for the Merchandise Data "
        "Analyst role (Req 2025-4471).\n\nWhere: Oakhurst & Lyle Head Office, 214 Oxford Street, London "
        "W1C 1DA – please come to the staff entrance on Holles Street.\nWho: Harriet Gough (Head of "
        "Merchandise Planning) and Kwame Mensah (Data Science Lead)\nWhat: a 20-minute presentation of the "
        "task we sent you, followed by a competency interview.\n\nWe'll reimburse standard-class rail travel "
        "from Manchester.\n\nBest wishes,\nBeth Carver\nTalent Acquisition, Oakhurst & Lyle"
    )
    ics = _icims(
        uid,
        "Interview Confirmation – Merchandise Data Analyst (Req 2025-4471)",
        "20251015T130000",
        "20251015T150000",
        [
            att(ME, "Priya Raman"),
            att("harriet.gough@oakhurstlyle.co.uk", "Harriet Gough", partstat="ACCEPTED", rsvp=False),
            att("kwame.mensah@oakhurstlyle.co.uk", "Kwame Mensah", partstat="ACCEPTED", rsvp=False),
            att(
                "ho-5-carnaby@oakhurstlyle.co.uk",
                "HO 5th Floor – Carnaby",
                cutype="RESOURCE",
                role="NON-PARTICIPANT",
                partstat="ACCEPTED",
                rsvp=False,
            ),
        ],
        desc,
        "Oakhurst & Lyle Head Office, 214 Oxford Street, London W1C 1DA",
        "20251006T102230Z",
    )
    return rec(
        "icims",
        ics,
        uid,
        1,
        "Oakhurst & Lyle",
        "Merchandise Data Analyst",
        "onsite",
        ["harriet.gough@oakhurstlyle.co.uk", "kwame.mensah@oakhurstlyle.co.uk"],
        "icims-onsite-resource-en",
    )


def oakhurst_phone() -> dict[str, str]:
    uid = "iCIMS-2025-4471-INT-000869002"
    desc = (
        "Dear Priya,\n\nThank you for applying to Oakhurst & Lyle. I'd like to arrange a short phone screen "
        "to learn more about you and tell you about the Merchandise Data Analyst role.\n\nI will call you on "
        "07700 900412.\n\nBest wishes,\nBeth Carver\nTalent Acquisition, Oakhurst & Lyle"
    )
    ics = _icims(
        uid,
        "Phone Screen – Merchandise Data Analyst – Oakhurst & Lyle",
        "20250922T093000",
        "20250922T100000",
        [att(ME, "Priya Raman"), att("beth.carver@oakhurstlyle.co.uk", "Beth Carver", partstat="ACCEPTED", rsvp=False)],
        desc,
        "Telephone",
        "20250917T145905Z",
    )
    return rec(
        "icims",
        ics,
        uid,
        1,
        "Oakhurst & Lyle",
        "Merchandise Data Analyst",
        "recruiter_screen",
        ["beth.carver@oakhurstlyle.co.uk"],
        "icims-phone-screen-en",
    )


def scorewell_onsite() -> dict[str, str]:
    uid = "20251020-onsite-praman-7731@scorewell.co.uk"
    desc = (
        "Hi Priya, here's the plan for your onsite at our Shoreditch office (2nd floor, 41 Rivington Street, "
        "London EC2A 3QQ):\n\n10:00 Coffee & intro\n10:15 Modelling exercise with Yuki Tanaka\n"
        "11:15 Stakeholder role-play with Ola Bankole (Head of Product)\n12:15 Lunch with the team\n"
        "13:15 Wrap-up with Femi Adebayo\n\nTrain tickets: book and expense them, we'll reimburse.\n"
        "See you there! – Scorewell Talent"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251008T120000Z",
        "DTSTART:20251020T090000Z",
        "DTEND:20251020T123000Z",
        T("SUMMARY", "Onsite – Scorewell (London)"),
        T("DESCRIPTION", desc),
        T("LOCATION", "41 Rivington Street, London EC2A 3QQ"),
    ]
    ics = cal("-//hacksw/handcal//NONSGML v1.0//EN", [ev], method="PUBLISH", calscale=False, version_first=True)
    return rec(
        "generic",
        ics,
        uid,
        1,
        "Scorewell",
        "",
        "onsite",
        ["Yuki Tanaka", "Ola Bankole", "Femi Adebayo"],
        "plain-ics-onsite-names-en",
    )


def hatchmere_zoom() -> dict[str, str]:
    uid = "ZOOM84077120934@zoom.us"
    desc = (
        "Hi Priya – second interview with me and Rhys Lloyd (Head of Ecommerce). We'll go through the "
        "basket-analysis task and talk about how the Data Scientist role would work with the trading team "
        "here at Hatchmere.\n\nSam Whitley is inviting you to a scheduled Zoom meeting.\n\n"
        + zoom("en", "hatchmere", "840 7712 0934", "SGF0Y2htZXJl")
    )
    ev = [
        "DTSTAMP:20251002T081544Z",
        "DTSTART;TZID=Europe/London:20251010T140000",
        "DTEND;TZID=Europe/London:20251010T150000",
        T("SUMMARY", "Priya Raman – Data Scientist interview"),
        "UID:" + uid,
        "TZID:Europe/London",
        T("DESCRIPTION", desc),
        "LOCATION:https://hatchmere.zoom.us/j/84077120934?pwd=SGF0Y2htZXJl",
        org("sam@hatchmere.co.uk", "Sam Whitley"),
        *alarm(10),
    ]
    ics = cal("-//zoom.us//iCalendar Event//EN", [ev], method="PUBLISH", zones=["Europe/London"], head=["CLASS:PUBLIC"])
    return rec(
        "zoom",
        ics,
        uid,
        1,
        "Hatchmere",
        "Data Scientist",
        "",
        ["sam@hatchmere.co.uk", "Rhys Lloyd"],
        "zoom-ics-company-in-body-en",
    )


def events() -> list[dict[str, str]]:
    return [
        kestrel_calendly(),
        sableford_calcom(),
        greyhawk_bookings(),
        oakhurst_onsite(),
        oakhurst_phone(),
        scorewell_onsite(),
        hatchmere_zoom(),
    ]
