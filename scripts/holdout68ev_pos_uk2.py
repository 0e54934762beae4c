"""holdout68: the user's own interviews (London part 2, and Kestrel Payments in Amsterdam)."""

from __future__ import annotations

from holdout68ev_ics import USER, att, calendar, esc, item, meet, org, zoom
from holdout68ev_tools import apple, ats, g_att, google, outlook


def _corvane() -> dict:
    uid = "iCIMS-INT-20260113-0001187-RM@corvane.icims.com"
    desc = ("Hello Rahul,\n\nThank you for your interest in Corvane Systems! This email confirms your interview for "
            "Senior Product Manager (Amsterdam) - Req #2026-1187.\n\nInterview type: Recruiter Phone Screen\n"
            "Interviewer: Brandon Keller, Senior Technical Recruiter\nDuration: 30 minutes\n\n"
            "Brandon will call you at +31 6 4418 2290. If this number is not correct, reply to this message.\n\n"
            "Corvane Systems is an Equal Opportunity Employer.\n\nSent via iCIMS Talent Cloud")
    ics = ats(prodid="-//iCIMS//iCIMS Interview Scheduling//EN", uid=uid,
              summary="Interview Scheduled: Senior Product Manager (Amsterdam) - Req #2026-1187",
              start="20260113T170000", end="20260113T173000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Corvane Talent Acquisition:mailto:talent@corvane.com",
              attendees=[att("bkeller@corvane.com", "Brandon Keller"), att(USER, "Rahul Menon")], desc=desc,
              location="Phone")
    return item("icims-phone-screen", ics, uid, True, company="Corvane Systems",
                role="Senior Product Manager (Amsterdam)", stage="recruiter_screen",
                interviewers=("bkeller@corvane.com",), trap="icims-phone-screen-en")


def _tidewater() -> list[dict]:
    out = []
    uid = "workable-interview-4b2c9e0d71a3f68e@workablemail.com"
    desc = ("Hi Rahul,\n\nYou've been invited to an interview for the Senior Product Manager position at Tidewater "
            "Bookings.\n\nType: Take-home presentation\nDuration: 60 minutes\nInterviewers: Ruth Adler (Head of "
            "Product), Sam Kerr (Staff Engineer)\n\nPlease present your take-home (booking cancellation flows) for "
            "20 minutes; the rest is Q&A.\n\n" + meet("en", "fzr-qmxu-ytp", "551 204 887", "GB", "+44 20 3910 6612")
            + "\n\nPowered by Workable")
    ics = ats(prodid="-//Workable//Workable Calendar//EN", uid=uid,
              summary="Interview: Rahul Menon for Senior Product Manager at Tidewater Bookings",
              start="20260203T110000", end="20260203T120000", zone="Europe/London",
              organizer="ORGANIZER;CN=Tidewater Bookings:mailto:notifications@workablemail.com",
              attendees=[att("ruth.adler@tidewater.co.uk", "Ruth Adler"), att("sam.kerr@tidewater.co.uk", "Sam Kerr"),
                         att(USER, "Rahul Menon")], desc=desc, location="Google Meet")
    out.append(item("workable-takehome", ics, uid, True, company="Tidewater Bookings",
                    role="Senior Product Manager", stage="technical",
                    interviewers=("ruth.adler@tidewater.co.uk", "sam.kerr@tidewater.co.uk"),
                    trap="workable-takehome-en"))

    uid = "2ncq8e5t0vb7x4k1m3r9lp6hd0@google.com"
    desc = ("Rahul – last step in our process, a conversation with me. Nothing to prepare; I'd like to hear how you "
            "think about marketplace quality and what you'd do in your first 90 days.\n\nNick Bramwell, CEO")
    ics = google(uid=uid, summary="Tidewater – final conversation with Nick (CEO)", start="20260211T083000",
                 end="20260211T091500", tz="Europe/London",
                 organizer=("nick.bramwell@tidewater.co.uk", "Nick Bramwell"),
                 guests=[g_att("nick.bramwell@tidewater.co.uk", "Nick Bramwell", "ACCEPTED"),
                         g_att("ruth.adler@tidewater.co.uk", "Ruth Adler", "NEEDS-ACTION", "OPT-PARTICIPANT"),
                         g_att(USER)],
                 desc=desc, location="Tidewater, 14 Wharf Road, London N1 7GR", stamp="20260205T180109Z")
    out.append(item("google-final-ceo", ics, uid, True, company="Tidewater Bookings", stage="final",
                    interviewers=("nick.bramwell@tidewater.co.uk",), trap="final-ceo-optional-attendee"))
    return out


def _atlas() -> list[dict]:
    out = []
    uid = "ml-7c5a0e22-3f1b-4d8a-9c7e-5b60f2a4e913@modernloop.io"
    desc = ("Atlas Fares — Onsite Interview (virtual)\nRole: Senior Product Manager, Pricing\n\n"
            "11:00 – 11:45 GMT · Pricing case · Elena Vasquez\n11:45 – 12:30 GMT · Data & experimentation · "
            "Rohan Gupta\n13:30 – 14:15 GMT · Stakeholder management · Hannah Cole\n\n"
            "Your coordinator, Ben Adeyemi, is on this invite so you can reach him; he won't be interviewing.\n\n"
            + zoom("en", "962 0384 1157", "fares1") + "\n\nScheduled with ModernLoop")
    ics = ats(prodid="-//ModernLoop//ModernLoop Scheduling//EN", uid=uid,
              summary="Atlas Fares Onsite (Virtual) – Rahul Menon", start="20260217T110000", end="20260217T141500",
              zone="Europe/London", organizer="ORGANIZER;CN=Atlas Fares Interviews:mailto:interviews@atlasfares.com",
              attendees=[att("elena.vasquez@atlasfares.com", "Elena Vasquez"),
                         att("rohan.gupta@atlasfares.com", "Rohan Gupta"),
                         att("hannah.cole@atlasfares.com", "Hannah Cole"),
                         att("ben.adeyemi@atlasfares.com", "Ben Adeyemi", role="OPT-PARTICIPANT"),
                         att(USER, "Rahul Menon")], desc=desc, location="Zoom")
    out.append(item("modernloop-onsite", ics, uid, True, company="Atlas Fares", role="Senior Product Manager, Pricing",
                    stage="onsite",
                    interviewers=("elena.vasquez@atlasfares.com", "rohan.gupta@atlasfares.com",
                                  "hannah.cole@atlasfares.com"), trap="modernloop-coordinator-attendee"))

    uid = "A3F1C9E2-6B7D-4E0A-9F12-3C4B5D6E7F80"
    ics = apple(uid=uid, summary="Atlas Fares – recruiter call (Lena Fischer)", start="20260202T121500",
                end="20260202T124500", desc="Sr PM Pricing. She calls my mobile. Ask about London vs remote + band.",
                alarm_uid="0D9E8F7A-1B2C-4D3E-8F90-A1B2C3D4E5F6", stamp="20260129T074410Z")
    out.append(item("iphone-recruiter-call", ics, uid, True, company="Atlas Fares", role="Sr PM Pricing",
                    stage="recruiter_screen", interviewers=("lena fischer",), trap="iphone-hand-typed-valarm-uid"))
    return out


def _saltmarsh() -> dict:
    desc = ("Hi Rahul,\n\nHugo has asked me to set up your hiring manager interview with him for the Senior Product "
            "Manager role on his Insights team. He'll be joining from Stockholm.\n\nBest,\nAmira Said\nExecutive "
            "Assistant to Hugo Lindqvist, VP Product (Insights)\n\n"
            + zoom("en", "741 2280 6093", "salt22", "saltmarsh.zoom.us"))
    ics, uid = outlook(seed="saltmarsh-cpo", summary="Rahul Menon / Hugo Lindqvist", start="20260204T100000",
                       end="20260204T104500", tzid="GMT Standard Time", lang="en-GB",
                       organizer=org("hugo.lindqvist@saltmarsh.io", "Hugo Lindqvist",
                                     sent_by="amira.said@saltmarsh.io"),
                       attendees=[att(USER, "rahul.menon.pm@outlook.com")], desc=desc,
                       location="https://saltmarsh.zoom.us/j/74122806093", stamp="20260128T101500Z")
    return item("outlook-sentby-zoom", ics, uid, True, company="Saltmarsh Analytics", role="Senior Product Manager",
                stage="hiring_manager", interviewers=("hugo.lindqvist@saltmarsh.io",), trap="outlook-sent-by-ea-zoom")


def _brightmoor() -> dict:
    desc = ("Hi Rahul,\n\nGreat news – Brightmoor Insurance would like to meet you for a first-stage interview for the "
            "Senior Product Manager (Claims) role.\n\nYou'll be meeting Daniel Okonjo (Product Director) and Kate "
            "Ellis "
            "(Head of Claims Operations). Expect questions on how you've used data to reduce handling time and on "
            "working with regulated stakeholders.\n\nVideo link to follow from their side (Teams). Call me "
            "afterwards for a debrief!\n\nSophie Clarke\nSenior Consultant, Product & Digital\nHarbourline "
            "Recruitment | 020 7946 0321")
    ics, uid = outlook(seed="harbourline-brightmoor", summary="Interview – Brightmoor Insurance – Senior PM (Claims)",
                       start="20260209T150000", end="20260209T160000", tzid="GMT Standard Time", lang="en-GB",
                       organizer=org("sophie.clarke@harbourline-recruitment.co.uk", "Clarke, Sophie"),
                       attendees=[att(USER, "Rahul Menon")], desc=desc, location="Microsoft Teams (Brightmoor to send)",
                       stamp="20260203T164502Z", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    return item("agency-names-employer-en", ics, uid, True, company="Brightmoor Insurance",
                role="Senior PM (Claims)", interviewers=("daniel okonjo", "kate ellis"),
                trap="agency-names-employer-en")


def _lumenbox() -> dict:
    uid = "gh-sched-19d4c2e8a6b7@greenhouse.io"
    desc = ("Hi Rahul,\n\nHere are the details for your next interview with Lumenbox.\n\nInterview: Product Execution\n"
            "Interviewer: Jasper Vliet (Group Product Manager)\nDuration: 45 minutes\n\nJasper will explore how you "
            "ship: prioritisation, trade-offs and how you measure impact.\n\n"
            + meet("en", "hsw-pqjt-bne", "672 884 105") + "\n\nBest,\nNaomi – Lumenbox Talent\n\n"
            "This event was scheduled using Greenhouse.")
    ics = google(uid=uid, summary="Lumenbox Interview: Product Execution with Rahul Menon",
                 start="20260126T133000", end="20260126T141500",
                 organizer=("naomi.tjon@lumenbox.io", "Naomi Tjon"),
                 guests=[g_att("jasper.vliet@lumenbox.io", "Jasper Vliet", "ACCEPTED"), g_att(USER, "Rahul Menon")],
                 desc=desc, conference="https://meet.google.com/hsw-pqjt-bne", stamp="20260121T101010Z")
    return item("greenhouse-execution", ics, uid, True, company="Lumenbox", stage="technical",
                interviewers=("jasper.vliet@lumenbox.io",), trap="greenhouse-google-coordinator-en")


def _kestrel() -> list[dict]:
    out = []
    uid = "7h2k9d0r5t3v1q8m6n4b0c2x1z@google.com"
    desc = ("Hi Rahul,\n\nThanks for your interest in the Senior Product Manager, Merchant Experience role at Kestrel. "
            "This first conversation is a 30-minute call with me about your background, what you're looking for and "
            "how our hiring process works.\n\nTalk soon,\nFemke Hoekstra\nTalent Acquisition, Kestrel Payments\n\n"
            + meet("en", "dqo-wmnc-aeh", "304 118 926"))
    ics = google(uid=uid, summary="Rahul Menon <> Kestrel Payments | Recruiter Screen", start="20260112T100000",
                 end="20260112T103000", organizer=("femke.hoekstra@kestrelpay.com", "Femke Hoekstra"),
                 guests=[g_att("femke.hoekstra@kestrelpay.com", "Femke Hoekstra", "ACCEPTED"), g_att(USER)],
                 desc=desc, conference="https://meet.google.com/dqo-wmnc-aeh", stamp="20260107T131500Z",
                 alarm_min=10)
    out.append(item("greenhouse-recruiter-screen", ics, uid, True, company="Kestrel Payments",
                    role="Senior Product Manager, Merchant Experience", stage="recruiter_screen",
                    interviewers=("femke.hoekstra@kestrelpay.com",), trap="greenhouse-recruiter-screen-en"))

    uid = "gh-sched-5e0a7b3c9d21@greenhouse.io"
    desc = ("Interview: Product Case\nCandidate: Rahul Menon\nJob: Senior Product Manager, Merchant Experience\n\n"
            "Interviewers:\n• Maarten Kuipers – Director of Product\n• Aylin Demir – Senior Engineering Manager\n\n"
            "Format: 60 minutes. You'll receive a short case about merchant onboarding 15 minutes before the start.\n\n"
            "Location: Kestrel Payments, Keizersgracht 452, 1016 GD Amsterdam – ask for Joëlle at reception.\n\n"
            "Coordinator: Joëlle Smits (recruiting coordinator)\nScheduled via Greenhouse")
    ev = [f"UID:{uid}", "DTSTAMP:20260116T093000Z", "DTSTART;TZID=Europe/Amsterdam:20260122T140000",
          "DTEND;TZID=Europe/Amsterdam:20260122T150000",
          f"SUMMARY:{esc('Interview: Rahul Menon – Product Case (Kestrel Payments)')}", f"DESCRIPTION:{esc(desc)}",
          f"LOCATION:{esc('Keizersgracht 452, 1016 GD Amsterdam')}",
          "ORGANIZER;CN=Joëlle Smits:mailto:joelle.smits@kestrelpay.com",
          att("maarten.kuipers@kestrelpay.com", "Maarten Kuipers"), att("aylin.demir@kestrelpay.com", "Aylin Demir"),
          att(USER, "Rahul Menon"), "SEQUENCE:0", "STATUS:CONFIRMED"]
    ics = calendar("-//Greenhouse Software//Greenhouse Scheduling//EN", [ev], tzids=("Europe/Amsterdam",))
    out.append(item("greenhouse-case-coordinator", ics, uid, True, company="Kestrel Payments",
                    role="Senior Product Manager, Merchant Experience", stage="technical",
                    interviewers=("maarten.kuipers@kestrelpay.com", "aylin.demir@kestrelpay.com"),
                    trap="greenhouse-case-coordinator-organizer"))

    uid = "E8B7C6D5-A4F3-4E21-B0C9-D8E7F6A5B4C3"
    structured = ("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Keizersgracht 452\\n1016 GD Amsterdam\\nNether"
                  "lands;X-APPLE-RADIUS=70.6;X-TITLE=Kestrel Payments:geo:52.366011,4.885124")
    ics = apple(uid=uid, summary="Kestrel final round (4 ppl)", start="20260205T130000", end="20260205T163000",
                location="Kestrel Payments\nKeizersgracht 452, 1016 GD Amsterdam, Netherlands",
                desc=("Femke: 4 x 45 min. Jolien Brandsma (CPO), Maarten Kuipers again, Aylin Demir, Sven Ahlers "
                      "(design lead). Laptop for the roadmap exercise!"),
                structured=structured, stamp="20260130T211742Z", ios="iOS 18.3")
    out.append(item("iphone-final-note", ics, uid, True, company="Kestrel Payments", stage="final",
                    interviewers=("jolien brandsma", "maarten kuipers", "aylin demir", "sven ahlers"),
                    trap="iphone-note-final-structured-location"))
    return out


def events() -> list[dict]:
    return [_corvane(), *_tidewater(), *_atlas(), _saltmarsh(), _brightmoor(), _lumenbox(), *_kestrel()]
