"""holdout118: the user's own interviews booked through schedulers and agencies."""

from __future__ import annotations

from holdout118ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    ME_WORK,
    TZ_NEW_YORK,
    TZ_TORONTO,
    TZ_VANCOUVER,
    TZ_WIN_EASTERN_UTC,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    tor,
    utc,
    ve,
    win,
    zoom,
)

FORMS = {
    "Kestrel CRM": "Kestrel",
    "Pinecrest Analytics": "Pinecrest",
    "Sundial HR": "Sundial",
    "Copperline Payments": "Copperline",
    "Brightmoor Bank": "Brightmoor",
    "Orchard Loop": "",
    "Tessellate": "",
    "Clearharbour Logistics": "Clearharbour",
    "Granitehall Bank": "GHB|Granitehall",
    "Larkspur Media": "Larkspur",
    "Halyard Insurance": "Halyard|Halyard Mutual|Halyard Mutual Insurance",
}


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE, ps="ACCEPTED")

    uid = "b5d2f8a0-3c6e-4f1b-9d07-1e4a8c2b6f39@cal.com"
    desc = (
        "What: Recruiter intro - Customer Success Manager (Enterprise)\nWho:\nPriya Raman - Organizer\n"
        "priya@kestrelcrm.com\nGrace Mensah\ngrace.mensah.cs@outlook.com\n\nWhere: Cal Video\n"
        "https://app.cal.com/video/b5d2f8a0\n\nAdditional notes:\nLooking forward to chatting about the "
        "Enterprise CSM opening on our Toronto team!\n\nNeed to make a change? Cancel or reschedule: "
        "https://app.cal.com/booking/b5d2f8a0"
    )
    out.append(Ev(
        "calcom-recruiter", cal(ve(
            uid, "Recruiter intro between Priya Raman and Grace Mensah", utc("20251009T163000"),
            utc("20251009T170000"), desc=desc, loc="https://app.cal.com/video/b5d2f8a0",
            orgz=org("Priya Raman", "priya@kestrelcrm.com"), atts=[me],
        ), prodid="-//Cal.com Inc.//Cal.com Event//EN"),
        uid, 1, "Kestrel CRM", "Customer Success Manager (Enterprise)", "recruiter_screen", "priya@kestrelcrm.com",
        "calcom-utc-en"))

    uid = "calendly-8e3f6a1b9c2d4e5f0a7b8c9d0e1f2a3b"
    desc = (
        "Event Name: Chat with Dev (Pinecrest)\n\nHey Grace - thanks for applying for our first Head of "
        "Customer Success hire. I'm the co-founder/CEO; this is a casual-but-real conversation about the "
        "role, our customers and what you'd own in the first 90 days.\n\nLocation: This is a Google Meet "
        "web conference.\n" + meet("hpr-dnkx-twa")
        + "\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8e3f6a1b\n"
        "Reschedule: https://calendly.com/reschedulings/8e3f6a1b\n\nPowered by Calendly.com"
    )
    out.append(Ev(
        "calendly-founder-gmail", cal(ve(
            uid, "Grace Mensah and Dev Patel", tor("20251015T160000"), tor("20251015T163000"), desc=desc,
            loc="Google Meet", orgz=org("Dev Patel", "dev.patel.pinecrest@gmail.com"),
            atts=[att("Dev Patel", "dev.patel.pinecrest@gmail.com", ps="ACCEPTED"), me],
        ), prodid="-//Calendly//Calendly//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Pinecrest Analytics", "Head of Customer Success", "hiring_manager", "dev.patel.pinecrest@gmail.com",
        "calendly-founder-freemail-en"))

    uid = "AAMkAGQ3NjBkZmE0LTliN2ItNGY5Ny05YzY1LWRkMDI0NjA0ZjYwOABGAAAAAADc1Bk"
    desc = (
        "Booking confirmed\n\nService: Recruiter screen - Customer Success\nStaff: Elena Petrova\n"
        "Customer: Grace Mensah\n\nSundial HR Talent Team\n\n" + teams()
        + "\n\nNeed to make changes? Manage your booking: https://outlook.office365.com/owa/calendar/"
        "SundialHRTalent@sundialhr.com/bookings/"
    )
    out.append(Ev(
        "ms-bookings", cal(ve(
            uid, "Recruiter screen - Customer Success for Grace Mensah", win("20251027T140000"),
            win("20251027T143000"), desc=desc, loc="Microsoft Teams Meeting",
            orgz=org("Sundial HR Talent Team", "SundialHRTalent@sundialhr.com"),
            atts=[me, att("Petrova, Elena", "elena.petrova@sundialhr.com")],
        ), prodid=EXCHANGE, tz=("BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\n"
                                "DTSTART:16010101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n"
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\n"
                                "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n"
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE",)),
        uid, 1, "Sundial HR", "", "recruiter_screen", "elena.petrova@sundialhr.com", "ms-bookings-en"))

    uid = "7a41c0e2d5b94f8e@hollissearch.ca"
    desc = (
        "Hi Grace,\n\nGreat news - Copperline Payments would like to meet you for the Senior Account Manager "
        "(Merchant Success) position. Details:\n\nInterviewers: Aaron Whitfield, Director of Merchant "
        "Success and Lin Zhao, Senior AM\nWhere: Copperline Payments, 200 Bay St, 22nd floor (ask for Aaron "
        "at reception)\n\nI'll give you a quick call the day before to prep. Good luck!\n\nJessica Moreau\n"
        "Senior Consultant | Hollis Search Partners\n416-555-0142"
    )
    out.append(Ev(
        "agency-names-employer", cal(ve(
            uid, "Interview: Copperline Payments - Senior Account Manager", tor("20251022T100000"),
            tor("20251022T110000"), desc=desc, loc="200 Bay St, 22nd floor, Toronto",
            orgz=org("Jessica Moreau", "jmoreau@hollissearch.ca"),
            atts=[me, att("Aaron Whitfield", "aaron.whitfield@copperlinepay.com", role="OPT-PARTICIPANT")],
        ), prodid=GOOGLE, tz=(TZ_TORONTO,)),
        uid, 1, "Copperline Payments", "Senior Account Manager (Merchant Success)", "",
        "aaron.whitfield@copperlinepay.com;lin zhao", "agency-names-employer-en"))

    uid = "calendly-2f71d9e04a8b4c13b6e5f0a9c8d7e6b5"
    desc = (
        "Event Name: 20 min intro - Meridian Talent\n\nThanks Grace! As mentioned on LinkedIn, my client "
        "Brightmoor Bank is hiring an Account Manager, Digital Banking Partnerships (hybrid, downtown). This "
        "first call is with me; if it's a fit I'll set you up with their hiring manager.\n\n"
        "Location: Hana will call you at +1 416 555 0177\n\nPowered by Calendly.com"
    )
    out.append(Ev(
        "calendly-agency-employer-body", cal(ve(
            uid, "Grace Mensah and Hana Lindgren", tor("20251008T121500"), tor("20251008T123500"), desc=desc,
            loc="+1 416 555 0177", orgz=org("Hana Lindgren", "hana@meridiantalent.ca"),
            atts=[att("Hana Lindgren", "hana@meridiantalent.ca", ps="ACCEPTED"), me],
        ), prodid="-//Calendly//Calendly//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Brightmoor Bank", "Account Manager, Digital Banking Partnerships", "recruiter_screen",
        "hana@meridiantalent.ca", "calendly-agency-screen-en"))

    uid = "ashby-int-c3e1a6b2-07d8-4f9a-8e5b-4d2c1f0a9b87"
    desc = (
        "Hi Grace,\n\nYour final interview for Customer Success Lead is confirmed: a 30-minute call with our "
        "VP of Customer, Stefan Albrecht. He'll want to hear how you'd build the CS function from 3 to 10 "
        "people.\n\n" + zoom("https://orchardloop.zoom.us/j/87120334950", "871 2033 4950", "loop88")
        + "\n\nOrchard Loop Talent · scheduled with Ashby"
    )
    out.append(Ev(
        "ashby-vp-final", cal(ve(
            uid, "Final interview: VP call (Orchard Loop)", ";TZID=America/New_York:20251120T130000",
            ";TZID=America/New_York:20251120T133000", desc=desc, loc="Zoom",
            orgz=org("Orchard Loop Talent", "talent@orchardloop.com"),
            atts=[me, att("Stefan Albrecht", "stefan@orchardloop.com")],
        ), tz=(TZ_NEW_YORK,)),
        uid, 1, "Orchard Loop", "Customer Success Lead", "final", "stefan@orchardloop.com", "ashby-vp-call-ny-en"))

    uid = "3kq9v2hu7o1m6c4bq8t0r5s2ld@google.com"
    desc = (
        "hi Grace - as promised, here's time for us to talk properly. We're 14 people, ~60 customers, and I'm "
        "hiring our first CSM. No prep needed, I'll walk you through the product and we can go from there.\n\n"
        "- Sam\n\n" + meet("xqa-buro-kfc")
    )
    out.append(Ev(
        "google-founder-protonmail", cal(ve(
            uid, "Sam / Grace - first CS hire chat", tor("20251103T170000"), tor("20251103T174500"), desc=desc,
            loc="Tessellate office, 180 John St (or Meet)", orgz=org("Sam Okonkwo", "sam.okonkwo@proton.me"),
            atts=[att("Sam Okonkwo", "sam.okonkwo@proton.me", ps="ACCEPTED"), me],
            extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/xqa-buro-kfc"],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Tessellate", "", "hiring_manager", "sam.okonkwo@proton.me", "founder-freemail-body-only-en"))

    uid = "wd-4c0d9f2e8a71@myworkday.com"
    desc = (
        "Dear Grace,\n\nYou are invited to a panel interview for Client Success Team Lead (JR-20931).\n\n"
        "Panel: Mei Lin Tan (Director, Client Success), Kwame Asante (Team Lead, Onboarding), Julie Bergeron "
        "(HR Business Partner)\nLocation: Clearharbour Logistics, 5700 Yonge St, 14th floor\n\n"
        "Please bring a government-issued ID for building security.\n\nClearharbour Talent Acquisition"
    )
    out.append(Ev(
        "workday-panel", cal(ve(
            uid, "Panel Interview - Client Success Team Lead (JR-20931)", tor("20251125T093000"),
            tor("20251125T110000"), desc=desc, loc="5700 Yonge St, 14th floor, North York, ON",
            orgz=org("Clearharbour Talent Acquisition", "clearharbour@myworkday.com"),
            atts=[me, att("Mei Lin Tan", "meilin.tan@clearharbour.com"),
                  att("Kwame Asante", "kwame.asante@clearharbour.com"),
                  att("Julie Bergeron", "julie.bergeron@clearharbour.com")],
        ), prodid="-//Workday//Recruiting//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Clearharbour Logistics", "Client Success Team Lead", "",
        "meilin.tan@clearharbour.com;kwame.asante@clearharbour.com;julie.bergeron@clearharbour.com",
        "workday-panel-en"))

    uid = "040000008200E00074C5B7101A82E0080000000060A2D51F77DBDB01000000000000000010000000F2C7A19E"
    desc = (
        "Hi Grace,\n\nOn behalf of Victoria Ashworth, SVP Client Experience, please find below the Webex for "
        "your final-round conversation for the Client Success Team Lead, Commercial Banking role.\n\n"
        + webex_text()
        + "\n\nKind regards,\nMeera Joshi\nExecutive Assistant to Victoria Ashworth\nGHB | Granitehall Bank"
    )
    out.append(Ev(
        "outlook-sentby-webex", cal(ve(
            uid, "GHB - Final round: Grace Mensah / V. Ashworth", win("20251202T153000", TZ_ID),
            win("20251202T161500", TZ_ID), desc=desc, loc="Webex",
            orgz=org("Ashworth, Victoria", "victoria.ashworth@ghbank.ca", sent_by="meera.joshi@ghbank.ca"),
            atts=[att("Grace Mensah", ME_FREE), att("Ashworth, Victoria", "victoria.ashworth@ghbank.ca", ps="ACCEPTED"),
                  att("Joshi, Meera", "meera.joshi@ghbank.ca", role="OPT-PARTICIPANT")],
            extra=["X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Grace\\,</p><p>On behalf of Victoria "
                   "Ashworth\\, SVP Client Experience\\, please find below the Webex for your final-round "
                   "conversation.</p></body></html>", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"],
            status=None,
        ), prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz=(TZ_WIN_EASTERN_UTC,)),
        uid, 1, "Granitehall Bank", "Client Success Team Lead, Commercial Banking", "final",
        "victoria.ashworth@ghbank.ca", "outlook-sent-by-assistant-webex-en"))

    uid = "larkspur-phone-screen-20251007@larkspurmedia.com"
    desc = (
        "Quick phone screen for the Account Manager role (brand partnerships). I'll call your mobile - "
        "should take about 20 minutes.\n\nCheers,\nOlivia Grant\nPeople Team, Larkspur Media"
    )
    out.append(Ev(
        "phone-screen-vancouver", cal(ve(
            uid, "Phone screen - Account Manager (Larkspur Media)", ";TZID=America/Vancouver:20251007T090000",
            ";TZID=America/Vancouver:20251007T092000", desc=desc, loc="Phone (Olivia calls Grace)",
            orgz=org("Olivia Grant", "olivia.grant@larkspurmedia.com"),
            atts=[me, att("Olivia Grant", "olivia.grant@larkspurmedia.com", ps="ACCEPTED")],
        ), tz=(TZ_VANCOUVER,)),
        uid, 1, "Larkspur Media", "Account Manager", "recruiter_screen", "olivia.grant@larkspurmedia.com",
        "phone-screen-vancouver-en"))

    uid = "040000008200E00074C5B7101A82E00800000000905C1E2A88DBDB0100000000000000001000000042A1E7C3"
    desc = "Hi Grace,\n\nLooking forward to our conversation about the Account Manager, Group Benefits role.\n\n"
    desc += teams()
    out.append(Ev(
        "outlook-work-address", cal(ve(
            uid, "Halyard Insurance - interview w/ Grace Mensah", win("20251113T120000", TZ_ID),
            win("20251113T124500", TZ_ID), desc=desc, loc="Microsoft Teams Meeting",
            orgz=org("MacLeod, Fiona", "fiona.macleod@halyardmutual.com"),
            atts=[att("Grace Mensah", ME_WORK), att("Sutherland, Ian", "ian.sutherland@halyardmutual.com",
                                                   role="OPT-PARTICIPANT")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
        ), prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz=(TZ_WIN_EASTERN_UTC,)),
        uid, 1, "Halyard Insurance", "Account Manager, Group Benefits", "",
        "fiona.macleod@halyardmutual.com;ian.sutherland@halyardmutual.com", "outlook-to-work-address-en"))

    return out


TZ_ID = "(UTC-05:00) Eastern Time (US & Canada)"


def webex_text() -> str:
    return (
        "Join Webex meeting\nhttps://ghbank.webex.com/ghbank/j.php?MTID=m91c3e0a7f4b2\n"
        "Meeting number (access code): 2634 118 0457\nMeeting password: Vx4ghb\n\nJoin by phone\n"
        "+1-416-915-6530 Canada Toll (Toronto)"
    )


