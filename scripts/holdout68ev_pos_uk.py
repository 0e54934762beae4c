"""holdout68: the user's own interviews with London employers (part 1)."""

from __future__ import annotations

from holdout68ev_ics import (
    USER,
    UTC0_LONG,
    att,
    calendar,
    esc,
    item,
    meet,
    org,
    teams,
    to_utc,
    zoom,
)
from holdout68ev_tools import GOOGLE, ats, g_att, google, outlook


def _voyagr() -> list[dict]:
    out = []
    uid = "ashby-itv-7f3c2a91-5d0e-4b8e-9a6f-1c2d3e4f5a60"
    desc = ("Hi Rahul,\n\nYour interview with Voyagr has been scheduled. Details below.\n\n"
            "Role: Senior Product Manager – Supply\nInterview: Hiring Manager Conversation (45 min)\n"
            "With: Dan Okafor, Director of Product (Supply & Partnerships)\n\n"
            "Dan will want to hear about a supply-side problem you owned end to end and how you worked with "
            "partners and engineering. No preparation needed beyond that.\n\n"
            + zoom("en", "872 5510 3346", "881204")
            + "\n\nNeed to reschedule? Reply to this email and the Voyagr recruiting team will help.\n"
            "Scheduled with Ashby")
    ics = ats(prodid="-//Ashby//Ashby Scheduling//EN", uid=uid,
              summary="Voyagr – Hiring Manager Conversation (Rahul Menon)", start="20260120T140000",
              end="20260120T144500", zone="Europe/London",
              organizer="ORGANIZER;CN=Voyagr Recruiting:mailto:recruiting@voyagr.io",
              attendees=[att("dan.okafor@voyagr.io", "Dan Okafor"), att(USER, "Rahul Menon")],
              desc=desc, location="https://us02web.zoom.us/j/87255103346")
    out.append(item("ashby-hm-en", ics, uid, True, company="Voyagr", role="Senior Product Manager – Supply",
                    stage="hiring_manager", interviewers=("dan.okafor@voyagr.io",), trap="ashby-utc-en"))

    uid = "ashby-itv-0b91e5d4-6c1a-47f2-8e3b-aa55c0d9e812"
    desc = ("Hi Rahul,\n\nWe're excited to welcome you to the Voyagr office for your final round.\n\n"
            "Schedule (all times London)\n10:00–10:45  Product sense – Priya Raman, Group PM\n"
            "10:45–11:30  Execution & metrics – Tom Whitfield, Engineering Manager\n"
            "11:30–11:45  Break\n11:45–12:30  Leadership & values – Claire Dubois, VP Product\n\n"
            "Hattie Lowe (Recruiting Coordinator) will meet you at reception and look after you on the day; she is "
            "not part of the interview panel.\n\nAddress: Voyagr, 3rd floor, 1 Tanner Street, London SE1 3LE\n"
            "Scheduled with Ashby")
    ics = ats(prodid="-//Ashby//Ashby Scheduling//EN", uid=uid, summary="Voyagr Final Round – Rahul Menon (Onsite)",
              start="20260205T100000", end="20260205T123000", zone="Europe/London",
              organizer="ORGANIZER;CN=Hattie Lowe:mailto:hattie.lowe@voyagr.io",
              attendees=[att("priya.raman@voyagr.io", "Priya Raman"), att("tom.whitfield@voyagr.io", "Tom Whitfield"),
                         att("claire.dubois@voyagr.io", "Claire Dubois"), att(USER, "Rahul Menon"),
                         att("ldn-3f-kew@voyagr.io", "LDN-3F-Kew (8)", cutype="ROOM", role="NON-PARTICIPANT",
                             rsvp=False)],
              desc=desc, location="Voyagr HQ – LDN-3F-Kew (8), 1 Tanner Street, London SE1 3LE")
    out.append(item("ashby-onsite-room", ics, uid, True, company="Voyagr", stage="final",
                    interviewers=("priya.raman@voyagr.io", "tom.whitfield@voyagr.io", "claire.dubois@voyagr.io"),
                    trap="ashby-onsite-room-coordinator"))
    return out


def _northbank() -> list[dict]:
    out = []
    uid = "lever-7d2b9c40e1f84a55b3c61e0f9a2d4b77@hire.lever.co"
    desc = ("Phone Interview\n\nCandidate: Rahul Menon\nPosition: Group Product Manager, Patient Apps\n"
            "Interviewer: Georgia Pratt (Talent Partner)\n\nHi Rahul, looking forward to our chat! I'll ring you "
            "on +31 6 4418 2290 at the scheduled time. We'll cover your background, what you're looking for next "
            "and the process at Northbank Health. Roughly 30 minutes.\n\nGeorgia")
    ics = ats(prodid="-//Lever//Lever Hire Scheduling//EN", uid=uid,
              summary="Phone Interview: Rahul Menon <> Northbank Health", start="20260114T093000",
              end="20260114T100000", zone="Europe/London",
              organizer="ORGANIZER;CN=Georgia Pratt:mailto:georgia.pratt@northbankhealth.co.uk",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Phone call (Georgia calls you)")
    out.append(item("lever-phone-screen", ics, uid, True, company="Northbank Health",
                    role="Group Product Manager, Patient Apps", stage="recruiter_screen",
                    interviewers=("georgia.pratt@northbankhealth.co.uk",), trap="lever-phone-screen-en"))

    desc = ("Hi Rahul,\n\nI'm sorry to cancel at short notice. We've had to pause the Group PM, Patient Apps hire "
            "while we finalise next year's budget, so I'm cancelling our hiring manager interview for now. "
            "Georgia will be in touch as soon as we know more.\n\nApologies, and thanks for your patience.\n"
            "Imogen\n\n" + teams("en", "318 204 776 905", "Vw8sQk"))
    ics, uid = outlook(seed="northbank-hm-cancel", method="CANCEL", status="CANCELLED", seq=1,
                       summary="Canceled: Northbank Health – Hiring Manager Interview – Rahul Menon",
                       start="20260122T150000", end="20260122T154500", tzid="GMT Standard Time", lang="en-GB",
                       organizer=org("imogen.blake@northbankhealth.co.uk", "Blake, Imogen"),
                       attendees=[att(USER, "rahul.menon.pm@outlook.com")], desc=desc,
                       location="Microsoft Teams Meeting", stamp="20260119T081200Z")
    out.append(item("outlook-cancel-hm", ics, uid, True, company="Northbank Health", stage="hiring_manager",
                    interviewers=("imogen.blake@northbankhealth.co.uk",), trap="cancelled-method-cancel-en"))
    return out


def _larkspur() -> dict:
    desc = ("Dear Rahul,\n\nThank you for your time so far. We are delighted to invite you to the final round for "
            "the Senior Product Manager, Open Banking role (R-10482).\n\nInterview schedule\n"
            "13:00 - 13:45  James Whitmore, Head of Product\n13:45 - 14:30  Sasha Ivanova, Principal Engineer\n\n"
            "Location: Larkspur Finance, 20 Finsbury Circus, London EC2M 7EA, 5th floor (room Aldgate). Please "
            "bring photo ID for reception.\n\nThis invitation was sent on behalf of the hiring team by Talent "
            "Acquisition. Lucy Bennett coordinates your visit and will not be interviewing.\n\nKind regards,\n"
            "Larkspur Finance Talent Acquisition\n(sent via Workday)")
    ics, uid = outlook(seed="larkspur-final",
                       summary="Final Round Interview - Senior Product Manager, Open Banking (R-10482)",
                       start="20260212T130000", end="20260212T143000", tzid="GMT Standard Time", lang="en-GB",
                       organizer=org("lucy.bennett@larkspur.finance", "Bennett, Lucy",
                                     sent_by="larkspur@myworkday.com"),
                       attendees=[att("james.whitmore@larkspur.finance", "Whitmore, James"),
                                  att("sasha.ivanova@larkspur.finance", "Ivanova, Sasha"),
                                  att(USER, "rahul.menon.pm@outlook.com"),
                                  att("lon-fc-05-aldgate@larkspur.finance", "LON FC 05 Aldgate (6)", cutype="RESOURCE",
                                      role="NON-PARTICIPANT", rsvp=False)],
                       desc=desc, location="LON FC 05 Aldgate (6); 20 Finsbury Circus, London")
    return item("workday-outlook-final", ics, uid, True, company="Larkspur Finance",
                role="Senior Product Manager, Open Banking", stage="final",
                interviewers=("james.whitmore@larkspur.finance", "sasha.ivanova@larkspur.finance"),
                trap="workday-outlook-gmt-resource-sentby")


def _quayside() -> dict:
    uid = "cal-booking-8Hq2mRt5VxK1cZ9pLw3n"
    desc = ("What: Product Case Interview\nInvitee Time Zone: Europe/Amsterdam\nWho:\nInes Carvalho - Organizer\n"
            "ines@quayside.dev\nRahul Menon\nrahul.menon.pm@outlook.com\nWhere: Cal Video\n"
            "Description: 60-minute case with our Head of Product for the Senior Product Manager (Platform) role. "
            "You'll get a short prompt at the start; no slides needed.\nAdditional notes: Thanks, looking forward "
            "to it – Rahul\n\nNeed to make a change? Cancel: https://cal.com/booking/8Hq2mRt5VxK1cZ9pLw3n?cancel=true"
            "\nReschedule: https://cal.com/reschedule/8Hq2mRt5VxK1cZ9pLw3n")
    ev = [f"UID:{uid}", "DTSTAMP:20260113T111907Z", f"DTSTART:{to_utc('20260121T160000', 'Europe/Amsterdam')}",
          f"DTEND:{to_utc('20260121T170000', 'Europe/Amsterdam')}",
          "SUMMARY:Product Case Interview between Ines Carvalho and Rahul Menon", f"DESCRIPTION:{esc(desc)}",
          "LOCATION:https://app.cal.com/video/8Hq2mRt5VxK1cZ9pLw3n",
          "ORGANIZER;CN=Ines Carvalho:mailto:ines@quayside.dev",
          "ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;CN=Rahul Menon:mailto:rahul.menon.pm@outlook.com",
          "STATUS:CONFIRMED", "SEQUENCE:0"]
    ics = calendar("-//cal.com//Cal.com Event//EN", [ev], method="REQUEST", calscale=False)
    return item("calcom-case", ics, uid, True, company="Quayside Labs", role="Senior Product Manager (Platform)",
                stage="technical", interviewers=("ines@quayside.dev",), trap="calcom-user-booked-en")


def _harrow() -> list[dict]:
    out = []
    uid = "3q1v7c9kk2m0sd4b8h6t5r2e1a@google.com"
    desc = ("Hi Rahul – great to speak on LinkedIn. Here's a 30-min intro call about the Group Product Manager, "
            "Checkout role: your background, what you want next, comp expectations and our process.\n\n"
            "Zara (Talent, Harrow & Finch)\n\n" + meet("en", "kqe-vbzn-rtw", "728 551 093", "GB", "+44 20 3873 1290"))
    ics = google(uid=uid, summary="Harrow & Finch: intro call w/ Rahul", start="20260113T120000", end="20260113T123000",
                 tz="Europe/London", organizer=("zara.hussain@harrowandfinch.com", "Zara Hussain"),
                 guests=[g_att("zara.hussain@harrowandfinch.com", "Zara Hussain", "ACCEPTED"), g_att(USER)],
                 desc=desc, conference="https://meet.google.com/kqe-vbzn-rtw", stamp="20260109T170345Z")
    out.append(item("google-recruiter-intro", ics, uid, True, company="Harrow & Finch",
                    role="Group Product Manager, Checkout", stage="recruiter_screen",
                    interviewers=("zara.hussain@harrowandfinch.com",), trap="google-intro-call-en"))

    uid = "gt-evt-5519c2e7-8d04-4f0f-b2b1-77a0c1e3d9f4@goodtime.io"
    desc = ("Harrow & Finch – Virtual Onsite\nCandidate: Rahul Menon\nPosition: Group Product Manager, Checkout\n\n"
            "Your agenda (Europe/London)\n"
            "09:30 – 10:15  Product strategy with Oliver Grant (VP Product)\n"
            "10:15 – 11:00  Analytics deep dive with Maya Chen (Lead Data Scientist)\n"
            "11:15 – 12:00  Cross-functional collaboration with Tobias Richter (Engineering Director)\n"
            "12:00 – 12:30  Culture conversation with Funmi Adeyemi (Chief Customer Officer)\n\n"
            "All sessions use the same Zoom link.\n\n" + zoom("en", "915 6640 2281", "h&f2026")
            + "\n\nQuestions? Your coordinator is Leah Morgan (leah.morgan@harrowandfinch.com).\n"
            "Powered by GoodTime")
    ics = ats(prodid="-//GoodTime.io//GoodTime Hire//EN", uid=uid,
              summary="Harrow & Finch Interview – Rahul Menon (Virtual Onsite)", start="20260128T093000",
              end="20260128T123000", zone="Europe/London",
              organizer="ORGANIZER;CN=Harrow & Finch Recruiting:mailto:scheduling@harrowandfinch.com",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Zoom (link in description)")
    out.append(item("goodtime-virtual-onsite", ics, uid, True, company="Harrow & Finch",
                    role="Group Product Manager, Checkout", stage="onsite",
                    interviewers=("oliver grant", "maya chen", "tobias richter", "funmi adeyemi"),
                    trap="goodtime-loop-names-only-coordinator"))
    return out


def _pebblepath() -> dict:
    uid = "0m7pq2ld9sv4c1hbk6f3e8ta5n@google.com"
    desc = ("Hey Rahul,\n\nGreat to connect via Tom. As promised, here's time for the first interview for our "
            "Founding Product Manager role at Pebblepath. I'll tell you where we are (seed, 9 people, London + "
            "remote) and I'd like to dig into how you'd go from zero to a first version of our tutor-matching "
            "flow.\n\nCheers,\nEd\n\n" + meet("en", "wpa-kdhm-qos", "401 993 270", "GB", "+44 20 3956 1004"))
    ics = google(uid=uid, summary="Rahul / Ed", start="20260116T183000", end="20260116T191500", floating=True,
                 organizer=("ed.marsh.pebble@gmail.com", "Ed Marsh"), method="PUBLISH",
                 head=("X-WR-CALNAME:Rahul (personal)", "X-WR-TIMEZONE:Europe/Amsterdam"),
                 guests=[g_att("ed.marsh.pebble@gmail.com", "Ed Marsh", "ACCEPTED"), g_att(USER, "Rahul Menon")],
                 desc=desc, conference="https://meet.google.com/wpa-kdhm-qos", stamp="20260112T220114Z")
    return item("founder-gmail", ics, uid, True, company="Pebblepath", role="Founding Product Manager",
                interviewers=("ed.marsh.pebble@gmail.com",), trap="founder-gmail-x-wr-timezone-floating")


def _meridian() -> list[dict]:
    out = []
    uid = "BDFQ4KX2MZ3LW7PC@calendly.com"
    desc = ("Event Name: Recruiter Screen – Senior PM, Routing\n\nLocation: This is a Google Meet web conference. "
            "Join: https://meet.google.com/xov-ftwa-bqe\n\nPlease share anything that will help prepare for our "
            "meeting.: Currently Senior PM at Tripwise (pricing & search). Open to London.\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
            "4c1f8e2a-99b0-4d7a-b3f0-2e6a1c5d8f11\nReschedule: https://calendly.com/reschedulings/"
            "4c1f8e2a-99b0-4d7a-b3f0-2e6a1c5d8f11\n\nPowered by Calendly.com")
    ev = [f"DTSTART:{to_utc('20260115T110000', 'Europe/London')}",
          f"DTEND:{to_utc('20260115T113000', 'Europe/London')}",
          "DTSTAMP:20260112T091344Z", "ORGANIZER;CN=Olivia Brandt:mailto:olivia.brandt@meridianmaps.com",
          f"UID:{uid}",
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rahul Menon;X-NUM-GUESTS=0:"
          "mailto:rahul.menon.pm@outlook.com",
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivia Brandt;X-NUM-GUESTS=0:"
          "mailto:olivia.brandt@meridianmaps.com",
          f"DESCRIPTION:{esc(desc)}", "LOCATION:https://meet.google.com/xov-ftwa-bqe", "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:Rahul Menon and Olivia Brandt", "TRANSP:OPAQUE"]
    ics = calendar(GOOGLE, [ev], method="REQUEST")
    out.append(item("calendly-invitee-screen", ics, uid, True, company="Meridian Maps", role="Senior PM, Routing",
                    stage="recruiter_screen", interviewers=("olivia.brandt@meridianmaps.com",),
                    trap="calendly-user-invitee-en"))

    uid = "5ud8lmn0r2c7v1f4q9eb3k6h0s@google.com"
    desc = ("Hi Rahul,\n\nOlivia passed on great notes. I'm the hiring manager for Senior PM, Routing — let's "
            "spend 45 minutes on a routing problem you'd prioritise and how you work with a research-heavy "
            "engineering team.\n\nKwame\n\n" + zoom("en", "834 1170 5529", "route45"))
    ics = google(uid=uid, summary="Meridian Maps | Senior PM Routing | Conversation with Kwame",
                 start="20260127T160000", end="20260127T164500", tz="Europe/London",
                 organizer=("kwame.mensah@meridianmaps.com", "Kwame Mensah"),
                 guests=[g_att("kwame.mensah@meridianmaps.com", "Kwame Mensah", "ACCEPTED"), g_att(USER)],
                 desc=desc, location="https://us02web.zoom.us/j/83411705529", stamp="20260120T102233Z")
    out.append(item("google-hm-zoom", ics, uid, True, company="Meridian Maps", role="Senior PM, Routing",
                    stage="hiring_manager", interviewers=("kwame.mensah@meridianmaps.com",),
                    trap="hm-no-interview-word-en"))
    return out


def _wayfarer() -> dict:
    uid = "SF-IS-0000921477-20260129@successfactors.eu"
    desc = ("Dear Rahul Menon,\n\nThank you for your application to Wayfarer Holidays. We are pleased to invite you "
            "to an interview with the hiring manager, Gareth Llewellyn (Head of Digital Product), for the position "
            "Senior Product Manager – Digital (Requisition 22914).\n\nFormat: video call, 60 minutes.\n\n"
            + teams("en", "377 519 208 663", "9Tq7Ld", "+44 20 3321 5208", "604 118 372")
            + "\n\nIf you need to change this appointment, please use the link in your candidate profile.\n\n"
            "Kind regards,\nWayfarer Holidays Talent Team\n\nThis is a system-generated message (SAP SuccessFactors "
            "Interview Scheduling).")
    ev = [f"UID:{uid}", "DTSTAMP:20260122T140512Z", "DTSTART;TZID=Europe/London:20260129T103000",
          "DTEND;TZID=Europe/London:20260129T113000",
          "SUMMARY:Interview Invitation: Senior Product Manager – Digital (Req 22914)", f"DESCRIPTION:{esc(desc)}",
          "LOCATION:Microsoft Teams",
          "ORGANIZER;CN=Wayfarer Holidays Talent Team:mailto:careers@wayfarerholidays.co.uk",
          att("gareth.llewellyn@wayfarerholidays.co.uk", "Gareth Llewellyn"), att(USER, "Rahul Menon"),
          "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE"]
    ics = calendar("-//SAP SuccessFactors//Interview Scheduling 2.0//EN", [ev], method="REQUEST",
                   tzids=("Europe/London",))
    return item("successfactors-hm", ics, uid, True, company="Wayfarer Holidays",
                role="Senior Product Manager – Digital", stage="hiring_manager",
                interviewers=("gareth.llewellyn@wayfarerholidays.co.uk",), trap="successfactors-en")


def _skylark() -> list[dict]:
    out = []
    uid = "WD-INT-skylark-8842117-1@myworkday.com"
    desc = ("Hello Rahul,\n\nYou have been scheduled for a telephone interview for Senior Product Manager, Digital "
            "Retail (JR-0047731) at Skylark Airways.\n\nInterviewer: Priya Shah, Talent Acquisition Partner\n"
            "Duration: 30 minutes\nPriya will call you on the number in your application.\n\n"
            "To view or change this interview, sign in to the Skylark Airways careers site.\n\nSkylark Airways "
            "Talent Acquisition")
    ics = ats(prodid="-//Workday//Workday Recruiting//EN", uid=uid,
              summary="Skylark Airways – Telephone Interview", start="20260119T083000", end="20260119T090000",
              zone="Europe/London", organizer="ORGANIZER;CN=Skylark Airways Careers:mailto:skylark@myworkday.com",
              attendees=[att("priya.shah@flyskylark.com", "Priya Shah"), att(USER, "Rahul Menon")], desc=desc,
              location="Telephone")
    out.append(item("workday-phone-screen", ics, uid, True, company="Skylark Airways",
                    role="Senior Product Manager, Digital Retail", stage="recruiter_screen",
                    interviewers=("priya.shah@flyskylark.com",), trap="workday-phone-screen-en"))

    desc = ("Hi Rahul,\n\nPlease find the details of your final interview below.\n\nPanel: Emily Harcourt (Chief "
            "Digital Officer) and Chidi Nwosu (Head of Product, Retail)\nFormat: 20-minute presentation on the "
            "brief you received, followed by 40 minutes of questions.\nVenue: Skylark House, Gatwick Road, Crawley "
            "RH10 9SL – meeting room Concorde, 2nd floor. Free parking at the visitor car park.\n\nI'll meet you in "
            "reception, but won't be part of the panel.\n\nBest wishes,\nPriya\n\nPriya Shah | Talent Acquisition "
            "Partner | Skylark Airways")
    ics, uid = outlook(seed="skylark-final", summary="Final interview – Senior Product Manager, Digital Retail",
                       start="20260210T140000", end="20260210T150000", tzid=UTC0_LONG, lang="en-GB",
                       organizer=org("priya.shah@flyskylark.com", "Shah, Priya"),
                       attendees=[att("emily.harcourt@flyskylark.com", "Harcourt, Emily"),
                                  att("chidi.nwosu@flyskylark.com", "Nwosu, Chidi"),
                                  att(USER, "rahul.menon.pm@outlook.com"),
                                  att("concorde.mr@flyskylark.com", "SKH-2-Concorde", cutype="ROOM",
                                      role="NON-PARTICIPANT", rsvp=False)],
                       desc=desc, location="SKH-2-Concorde", stamp="20260203T120030Z")
    out.append(item("outlook-final-room", ics, uid, True, company="Skylark Airways",
                    role="Senior Product Manager, Digital Retail", stage="final",
                    interviewers=("emily.harcourt@flyskylark.com", "chidi.nwosu@flyskylark.com"),
                    trap="outlook-utc-display-zone-room-coordinator"))
    return out


def events() -> list[dict]:
    return [*_voyagr(), *_northbank(), _larkspur(), _quayside(), *_harrow(), _pebblepath(), *_meridian(),
            _wayfarer(), *_skylark()]
