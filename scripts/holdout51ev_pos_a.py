"""holdout51: the user's own interviews, part A (US health systems, English)."""

from __future__ import annotations

from holdout51ev_ics import (
    ME_Y,
    P_APPLE,
    P_EXCH,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    P_TB,
    att,
    cal,
    ev,
    gcal_footer,
    meet,
    org,
    room,
    teams,
    vevent,
    webex,
    when,
    zoom,
)

CHI = "America/Chicago"


def events() -> list[dict[str, object]]:
    out = []
    u = "7f3c2a10-91be-4f0e-a5d1-pw-hm-20250311@greenhouse.io"
    d = ("Hi Marcus,\n\nThanks for making time to speak with Pulsewise! Below are the details for your interview "
         "for the Clinical Operations Manager (Remote - US) role.\n\nInterviewer: Dana Okafor, VP Clinical "
         "Operations\nFormat: 45-minute video conversation\n\n" + zoom("842 5510 9931", "bU9zQ2xmT3") +
         "\n\nIf you need to reschedule, reply to hannah.ruiz@pulsewise.com.\nScheduled via Greenhouse")
    t = cal(vevent(u, "Marcus Webb - Hiring Manager Interview - Clinical Operations Manager (Pulsewise)",
                   when("DTSTART", "20250311T150000Z"), when("DTEND", "20250311T154500Z"),
                   organizer=org("hannah.ruiz@pulsewise.com", "Hannah Ruiz"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("dana.okafor@pulsewise.com", "Dana Okafor", ps="ACCEPTED"),
                              att("hannah.ruiz@pulsewise.com", "Hannah Ruiz", role="OPT-PARTICIPANT", ps="ACCEPTED")],
                   desc=d, loc="https://us06web.zoom.us/j/84255109931"))
    out.append(ev("greenhouse-en", t, u, 1, "Pulsewise", "Clinical Operations Manager", "hiring_manager",
                  "dana.okafor@pulsewise.com"))

    u = "WD-INT-000184422@glrmc.myworkday.com"
    d = ("Interview Details\n\nCandidate: Marcus Webb\nJob Requisition: R-20418 Director of Nursing - Surgical "
         "Services\nInterview Type: Phone Screen\nInterviewer: Kelly Brandt (Talent Acquisition Partner)\n\n"
         "Kelly will call you at the number on your application (773) 555-0188.\n\nGreat Lakes Regional Medical "
         "Center | Careers")
    t = cal(vevent(u, "Phone Screen: R-20418 Director of Nursing - Surgical Services",
                   when("DTSTART", "20250313T093000", CHI), when("DTEND", "20250313T100000", CHI),
                   organizer=org("glrmc@myworkday.com", "Great Lakes Regional Medical Center"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("kbrandt@glrmc.org", "Kelly Brandt", ps="ACCEPTED")],
                   desc=d, loc="Phone"), prodid="-//Workday Inc//Workday Recruiting//EN", tzs=(CHI,))
    out.append(ev("workday-phone-en", t, u, 1, "Great Lakes Regional Medical Center",
                  "Director of Nursing - Surgical Services", "recruiter_screen", "kbrandt@glrmc.org"))

    u = "040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5DA01000000000000000010000000AF12"
    d = ("Marcus,\n\nOn behalf of Teresa Kowalski, Chief Nursing Officer, please join us on site for your panel "
         "interview for Director of Nursing, Medical-Surgical Services.\n\n8:30  Teresa Kowalski, CNO\n9:15  James "
         "Ofori, VP Patient Care Services\n10:00 Unit tour with charge nurses (informal)\n\nPark in the Visitor "
         "ramp on W. Lincoln Ave; check in at the main lobby desk.\n\nLinda Marsh\nExecutive Assistant to the CNO")
    alt = ('<html><body><p>Marcus,</p><p>On behalf of Teresa Kowalski, Chief Nursing Officer, please join us on site '
           'for your panel interview.</p></body></html>')
    t = cal(vevent(u, "Panel Interview - Marcus Webb - Director of Nursing, Med-Surg",
                   when("DTSTART", "20250318T083000", "Central Standard Time"),
                   when("DTEND", "20250318T103000", "Central Standard Time"),
                   organizer=org("teresa.kowalski@stadalbertmc.org", "Kowalski, Teresa",
                                 sent_by="linda.marsh@stadalbertmc.org"),
                   attendees=[att(ME_Y, "marcus.webb73@yahoo.com"),
                              att("james.ofori@stadalbertmc.org", "Ofori, James"),
                              room("samc-admin-4b@stadalbertmc.org", "SAMC Admin Conf Rm 4B")],
                   desc=d, alt=alt, loc="SAMC Admin Conf Rm 4B; 2900 W. Lincoln Ave, Milwaukee WI",
                   extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]),
            prodid=P_EXCH, tzs=("Central Standard Time",))
    out.append(ev("outlook-panel-en", t, u, 1, "Saint Adalbert Medical Center",
                  "Director of Nursing, Medical-Surgical Services", "onsite",
                  "teresa.kowalski@stadalbertmc.org;james.ofori@stadalbertmc.org", "outlook-sentby-room-en"))

    u = "icims-ivw-2291-55830@riverbendkids.icims.com"
    d = ("Dear Marcus,\n\nYour interview for Director, Inpatient Nursing Operations (Req 2025-1187) at Riverbend "
         "Children's Hospital has been scheduled.\n\nInterviewer: Sharon Whitfield, MSN, RN - VP Patient Care\n"
         "Location: Microsoft Teams (link below)\n\n" + teams("5521983340") +
         "\n\nPlease do not reply to this message. Powered by iCIMS.")
    t = cal(vevent(u, "Interview Scheduled: Director, Inpatient Nursing Operations",
                   when("DTSTART", "20250320T130000", "America/Indiana/Indianapolis"),
                   when("DTEND", "20250320T140000", "America/Indiana/Indianapolis"),
                   organizer=org("noreply@icims.com", "Riverbend Children's Hospital Talent Acquisition"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("swhitfield@riverbendkids.org", "Sharon Whitfield")],
                   desc=d), prodid="-//iCIMS//Interview Scheduling//EN", tzs=("America/Indiana/Indianapolis",))
    out.append(ev("icims-en", t, u, 1, "Riverbend Children's Hospital", "Director, Inpatient Nursing Operations",
                  "hiring_manager", "swhitfield@riverbendkids.org"))

    u = "sf-interview-44812-3@mercyvalley.successfactors.com"
    d = ("Interview Scheduling - Mercy Valley Health System\n\nPosition: Clinical Operations Director (Req 44812)\n"
         "Round 2: Case presentation\n\nPlease prepare a 15-minute presentation: 'Reducing inpatient falls on a "
         "32-bed med-surg unit in 6 months'. The panel will ask questions for 30 minutes.\n\nPanel: Gregory Lind "
         "(SVP Operations), Anita Mensah (Director of Quality)\nCoordinator: Kayla Stroud, Recruiting\n\n" +
         webex("2551087734"))
    t = cal(vevent(u, "Interview: Clinical Operations Director (Req 44812) - Case Presentation",
                   when("DTSTART", "20250325T140000", CHI), when("DTEND", "20250325T150000", CHI),
                   organizer=org("kstroud@mercyvalley.org", "Kayla Stroud"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("glind@mercyvalley.org", "Gregory Lind"),
                              att("amensah@mercyvalley.org", "Anita Mensah")], desc=d),
            prodid="-//SAP SuccessFactors//Recruiting//EN", tzs=(CHI,))
    out.append(ev("successfactors-case-en", t, u, 1, "Mercy Valley Health System", "Clinical Operations Director",
                  "technical", "glind@mercyvalley.org;amensah@mercyvalley.org"))

    u = "A81C4F02-3B77-4E0E-9D4B-22F1A0C5E901"
    t = cal(vevent(u, "Call w/ Prairie Ridge recruiter (DON job)", when("DTSTART", "20250310T121500"),
                   when("DTEND", "20250310T124500"),
                   desc="Beth Sandoval 608-555-0141\nPrairie Ridge Health - Director of Nursing\nshe calls me. ask "
                        "about salary band + relocation to Madison", status=None),
            prodid=P_IOS, method=None)
    out.append(ev("hand-phone-en", t, u, 1, "Prairie Ridge Health", "Director of Nursing", "recruiter_screen",
                  "Beth Sandoval", "hand-typed-phone-screen-en"))

    u = "040000008200E00074C5B7101A82E0080000000070C1FF9E2A8EDB01000000000000000010000000PRH7"
    d = ("Hi Marcus,\n\nWe are excited to invite you to the final round for Director of Nursing. You will meet "
         "with our President/CEO Alan Brekke and our CNO Joanne Treviño. Plan about 90 minutes, including a short "
         "walk of 4 West.\n\nThanks,\nBeth Sandoval | Talent Acquisition | Prairie Ridge Health")
    t = cal(vevent(u, "Final interview - Director of Nursing - Marcus Webb",
                   when("DTSTART", "20250402T100000", "(UTC-06:00) Central Time (US & Canada)"),
                   when("DTEND", "20250402T113000", "(UTC-06:00) Central Time (US & Canada)"),
                   organizer=org("bsandoval@prairieridgehealth.org", "Sandoval, Beth"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("abrekke@prairieridgehealth.org", "Brekke, Alan"),
                              att("jtrevino@prairieridgehealth.org", "Treviño, Joanne")],
                   desc=d, loc="Prairie Ridge Health, Executive Suite, 1200 Fish Hatchery Rd, Madison, WI"),
            prodid=P_OUTLOOK, tzs=("(UTC-06:00) Central Time (US & Canada)",))
    out.append(ev("outlook-utczone-final-en", t, u, 1, "Prairie Ridge Health", "Director of Nursing", "final",
                  "abrekke@prairieridgehealth.org;jtrevino@prairieridgehealth.org"))

    u = "lever-4b1f-8e2a-carebridge-case@hire.lever.co"
    d = ("Carebridge Analytics - Clinical Success Lead\n\nHi Marcus, this is the case-study session. Priya will "
         "share a de-identified staffing dataset from a partner hospital; walk us through how you'd read it and "
         "what you'd change. No prep needed beyond your own experience.\n\nInterviewers: Priya Raman (Head of "
         "Clinical Ops), Ben Adler (Product)\n\n" + meet("qwe-rtyu-iop") + "\n\nSent by Lever on behalf of "
         "Carebridge Analytics")
    t = cal(vevent(u, "Carebridge Analytics: Case study - Marcus Webb", when("DTSTART", "20250319T170000Z"),
                   when("DTEND", "20250319T180000Z"),
                   organizer=org("talent@carebridge.io", "Carebridge Talent"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("priya@carebridge.io", "Priya Raman"),
                              att("ben.adler@carebridge.io", "Ben Adler")],
                   desc=d, loc="https://meet.google.com/qwe-rtyu-iop"), prodid=P_GOOGLE)
    out.append(ev("lever-case-en", t, u, 1, "Carebridge Analytics", "Clinical Success Lead", "technical",
                  "priya@carebridge.io;ben.adler@carebridge.io"))

    u = "ashby-8d0e77c1-5f3a-4b2e-9c1d-careloop@ashbyhq.com"
    d = ("Marcus Webb <> CareLoop\n\nRecruiter Screen - Director of Nurse Operations\nInterviewer: Mia Castellanos"
         "\n\n" + zoom("871 2203 5418", "Q2FyZUxvb3A") + "\n\nNeed to reschedule? Use the link in your email. "
         "Scheduled with Ashby")
    t = cal(vevent(u, "Marcus Webb <> CareLoop | Recruiter Screen", when("DTSTART", "20250312T160000Z"),
                   when("DTEND", "20250312T163000Z"), organizer=org("no-reply@ashbyhq.com", "CareLoop"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("mia@careloop.io", "Mia Castellanos")], desc=d,
                   loc="Zoom"), prodid="-//Ashby//Ashby Scheduling//EN")
    out.append(ev("ashby-en", t, u, 1, "CareLoop", "Director of Nurse Operations", "recruiter_screen",
                  "mia@careloop.io"))

    u = "gt-2025-03-27-wvh-onsite-115@goodtime.io"
    d = ("Interview Confirmed\n\nMarcus, your onsite interview for Director of Nursing Operations at Wolverine "
         "Valley Health is confirmed.\n\n9:00 AM  Rachel DeVries, Chief Nursing Officer\n9:45 AM  Panel: Omar "
         "Haddad (Director, ICU) and Karen Smit (Nurse Manager, 5 North)\n10:45 AM Wrap-up with Talent Acquisition "
         "(Jenna Post)\n\n100 Michigan St NE, Grand Rapids, MI - ask for Jenna at the Butterworth lobby.\n\nPowered by"
         " GoodTime")
    t = cal(vevent(u, "Onsite Interview: Marcus Webb - Director of Nursing Operations",
                   when("DTSTART", "20250327T090000", "America/Detroit"),
                   when("DTEND", "20250327T111500", "America/Detroit"),
                   organizer=org("interviews@wolverinevalley.org", "Wolverine Valley Health Recruiting"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("rachel.devries@wolverinevalley.org", "Rachel DeVries"),
                              att("omar.haddad@wolverinevalley.org", "Omar Haddad"),
                              att("karen.smit@wolverinevalley.org", "Karen Smit"),
                              att("jenna.post@wolverinevalley.org", "Jenna Post", role="OPT-PARTICIPANT")],
                   desc=d, loc="100 Michigan St NE, Grand Rapids, MI 49503"),
            prodid="-//GoodTime.io//Scheduler//EN", tzs=("America/Detroit",))
    out.append(ev("goodtime-onsite-en", t, u, 1, "Wolverine Valley Health", "Director of Nursing Operations",
                  "onsite", "rachel.devries@wolverinevalley.org;omar.haddad@wolverinevalley.org;"
                  "karen.smit@wolverinevalley.org"))

    u = "ml-ivw-91d2c6@modernloop.io"
    d = ("Interview for Director of Patient Care Services - Des Moines Heritage Hospital\n\nHiring manager "
         "conversation with Cheryl Vang, Chief Operating Officer.\n\n" + teams("3318870021") +
         "\n\nScheduled with ModernLoop")
    t = cal(vevent(u, "Marcus Webb / Cheryl Vang - Hiring Manager Interview", when("DTSTART", "20250401T190000Z"),
                   when("DTEND", "20250401T194500Z"), organizer=org("recruiting@dmheritage.org", "DMHH Recruiting"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("cvang@dmheritage.org", "Cheryl Vang")], desc=d),
            prodid="-//ModernLoop//EN")
    out.append(ev("modernloop-en", t, u, 1, "Des Moines Heritage Hospital", "Director of Patient Care Services",
                  "hiring_manager", "cvang@dmheritage.org"))

    u = "c8f1a2b4-calendly-7e21-ascendia@calendly.com"
    d = ("Event Name: 30 Minute Meeting\n\nInvitee: Marcus Webb\nInvitee Email: marcus.webb73@yahoo.com\n\n"
         "Questions: Please share anything that will help prepare for our meeting.\nAnswer: Re: Director of "
         "Clinical Operations - Ascendia Home Health (your LinkedIn post). Resume attached to my email.\n\n"
         "Location: Renee will call +1 773 555 0188\n\nNeed to make changes to this event?\nCancel: "
         "https://calendly.com/cancellations/7e21\nReschedule: https://calendly.com/reschedulings/7e21\n\n"
         "Powered by Calendly.com")
    t = cal(vevent(u, "Marcus Webb and Renee Dawson", when("DTSTART", "20250314T153000Z"),
                   when("DTEND", "20250314T160000Z"), organizer=org("renee.dawson.rn@gmail.com", "Renee Dawson"),
                   attendees=[att(ME_Y, "Marcus Webb", ps="ACCEPTED"), att("renee.dawson.rn@gmail.com",
                                                                           "Renee Dawson", ps="ACCEPTED")],
                   desc=d), prodid="-//Calendly//EN")
    out.append(ev("calendly-founder-en", t, u, 1, "Ascendia Home Health", "Director of Clinical Operations",
                  "hiring_manager", "renee.dawson.rn@gmail.com", "calendly-freemail-founder-en"))

    u = "calcom-3n8s2k1qz@cal.com"
    d = ("What: Interview - Director of Nursing (Hospice)\nInvitee time zone: America/Chicago\nWho:\nGloria Pham - "
         "Organizer\ngpham@brightpathhospice.com\nMarcus Webb\nmarcus.webb73@yahoo.com\n\nWhere: Cal Video\n"
         "https://app.cal.com/video/3n8s2k1qz\n\nAdditional notes: BrightPath - getting to know each other, "
         "questions both ways.")
    t = cal(vevent(u, "Interview - Director of Nursing (Hospice) between Gloria Pham and Marcus Webb",
                   when("DTSTART", "20250408T160000Z"), when("DTEND", "20250408T164500Z"),
                   organizer=org("gpham@brightpathhospice.com", "Gloria Pham"),
                   attendees=[att(ME_Y, "Marcus Webb", ps="ACCEPTED")], desc=d,
                   loc="https://app.cal.com/video/3n8s2k1qz"), prodid="-//Cal.com Inc.//Cal.com Event//EN")
    out.append(ev("calcom-en", t, u, 1, "BrightPath Hospice", "Director of Nursing (Hospice)", "",
                  "gpham@brightpathhospice.com", "calcom-nostage-en"))

    u = "BOOKINGS-8fe2c1a0d7b94e50a1b2c3d4e5f60718"
    d = ("Your booking is confirmed.\n\nService: Candidate screening interview - Clinical Operations Manager\n"
         "Staff: Olson, Erik\nNorth Star Surgical Partners\n\n" + teams("2987145560") +
         "\n\nTo cancel or reschedule, use the Bookings page.")
    t = cal(vevent(u, "Candidate screening interview - Clinical Operations Manager",
                   when("DTSTART", "20250317T110000", "Central Standard Time"),
                   when("DTEND", "20250317T113000", "Central Standard Time"),
                   organizer=org("NorthStarCareers@northstarsurgical.com", "North Star Surgical Partners Careers"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("erik.olson@northstarsurgical.com", "Olson, Erik")],
                   desc=d, extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]), prodid=P_EXCH, tzs=("Central Standard Time",))
    out.append(ev("bookings-en", t, u, 1, "North Star Surgical Partners", "Clinical Operations Manager",
                  "recruiter_screen", "erik.olson@northstarsurgical.com"))

    u = "sr-7a9b1c2d@smartrecruiters.com"
    d = ("Interview invitation - Buckeye Rehabilitation Institute\n\nPosition: Director of Nursing\nInterview "
         "with: Denise Kirkland, Chief Clinical Officer\nType: Video (Zoom)\n\n" + zoom("915 7731 0062",
                                                                                        "QnVja2V5ZQ") +
         "\n\nThis invitation was sent via SmartRecruiters.")
    t = cal(vevent(u, "Interview: Director of Nursing - Marcus Webb", when("DTSTART", "20250321T140000",
                                                                           "America/New_York"),
                   when("DTEND", "20250321T150000", "America/New_York"),
                   organizer=org("dkirkland@buckeyerehab.org", "Denise Kirkland"),
                   attendees=[att(ME_Y, "Marcus Webb")], desc=d),
            prodid="-//SmartRecruiters//Interview Scheduler//EN", tzs=("America/New_York",))
    out.append(ev("smartrecruiters-en", t, u, 1, "Buckeye Rehabilitation Institute", "Director of Nursing",
                  "hiring_manager", "dkirkland@buckeyerehab.org"))

    u = "meridian-dph-20250324@meridiannursesearch.com"
    d = ("Marcus - confirming your interview with Dakota Plains Health (Sioux Falls) for the Director of "
         "Nursing, Medical/Surgical role. Tom Hegg, their CNO, will run it; he has your CV from me. I'm on the "
         "invite only to keep track - I won't join.\n\nCall-in: Tom will call your cell.\n\nCarla Jennings\n"
         "Senior Search Consultant | Meridian Nurse Search")
    t = cal(vevent(u, "Marcus Webb / Dakota Plains Health - CNO interview", when("DTSTART", "20250324T150000",
                                                                                  CHI),
                   when("DTEND", "20250324T160000", CHI),
                   organizer=org("carla@meridiannursesearch.com", "Carla Jennings"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("thegg@dakotaplainshealth.org", "Tom Hegg")], desc=d),
            prodid=P_OUTLOOK, tzs=(CHI,))
    out.append(ev("agency-en", t, u, 1, "Dakota Plains Health", "Director of Nursing, Medical/Surgical",
                  "hiring_manager", "thegg@dakotaplainshealth.org", "agency-names-employer-en"))

    u = "jr-search-0414-gateway@jacobsreid.com"
    d = ("Candidate: Marcus Webb\nClient: Gateway Regional Medical Center, St. Louis\nRole: Associate Chief "
         "Nursing Officer\nInterviewer: Dr. Alicia Monroe, DNP, CNO\n\nDial-in: +1 314 555 0190, code 55170#\n\n"
         "Jacobs & Reid Healthcare Executive Search - please keep confidential.")
    t = cal(vevent(u, "Client interview - Gateway Regional (ACNO)", when("DTSTART", "20250414T130000", CHI),
                   when("DTEND", "20250414T140000", CHI), organizer=org("mreid@jacobsreid.com", "Reid, Michael"),
                   attendees=[att(ME_Y, "Webb, Marcus")], desc=d, loc="Phone bridge"),
            prodid=P_OUTLOOK, tzs=(CHI,))
    out.append(ev("search-firm-en", t, u, 1, "Gateway Regional Medical Center", "Associate Chief Nursing Officer",
                  "", "Alicia Monroe", "agency-employer-body-only-en"))

    u = "dvhp-final-series-0422@dvhp.ca"
    tz = "America/Toronto"
    d = ("Marcus,\n\nHolding these two mornings for your final-round interviews for Director, Clinical "
         "Operations. Day 1: leadership panel (Dr. Naveen Sethi, VP Clinical Programs; Fiona McAllister, CNE). "
         "Day 2: meet the team and a conversation with our CEO, Robert Lam.\n\n2075 Bayview Ave, Toronto - Main "
         "entrance, Level 2 Admin.\n\nOlivia Chen, People & Culture")
    atts = [att(ME_Y, "Marcus Webb"), att("nsethi@dvhp.ca", "Naveen Sethi"), att("fmcallister@dvhp.ca",
                                                                                "Fiona McAllister"),
            att("rlam@dvhp.ca", "Robert Lam")]
    base = vevent(u, "Final round - Director, Clinical Operations - M. Webb", when("DTSTART", "20250422T090000", tz),
                  when("DTEND", "20250422T113000", tz), organizer=org("ochen@dvhp.ca", "Olivia Chen"), attendees=atts,
                  desc=d, loc="Don Valley Health Partners, 2075 Bayview Ave, Toronto",
                  extra=["RRULE:FREQ=DAILY;COUNT=2"])
    over = vevent(u, "Final round (day 2, moved to afternoon) - Director, Clinical Operations",
                  when("DTSTART", "20250423T133000", tz), when("DTEND", "20250423T153000", tz),
                  organizer=org("ochen@dvhp.ca", "Olivia Chen"), attendees=atts, desc=d, seq=1,
                  extra=[when("RECURRENCE-ID", "20250423T090000", tz)])
    t = cal(base, over, prodid=P_GOOGLE, tzs=(tz,))
    out.append(ev("recurring-override-en", t, u, 1, "Don Valley Health Partners", "Director, Clinical Operations",
                  "final", "nsethi@dvhp.ca;fmcallister@dvhp.ca;rlam@dvhp.ca", "recurring-override-toronto-en"))

    u = "nirh-phone-0319-ACNO@nirh.org"
    t = cal(vevent(u, "Canceled: Phone Interview - Associate Chief Nursing Officer",
                   when("DTSTART", "20250319T100000", "Eastern Standard Time"),
                   when("DTEND", "20250319T103000", "Eastern Standard Time"),
                   organizer=org("lpatel@nirh.org", "Patel, Leena"), attendees=[att(ME_Y, "Marcus Webb")],
                   desc="The position has been placed on hold. We apologize for the inconvenience and will reach "
                        "out if it reopens.\n\nLeena Patel, Talent Acquisition, Northern Indiana Regional Health",
                   status="CANCELLED", seq=1), prodid=P_OUTLOOK, method="CANCEL", tzs=("Eastern Standard Time",))
    out.append(ev("cancelled-en", t, u, 1, "Northern Indiana Regional Health", "Associate Chief Nursing Officer",
                  "recruiter_screen", "lpatel@nirh.org", "cancelled-method-cancel-en"))

    u = "prmc-hm-interview-webb@prmcomaha.org"
    d = ("Rescheduled per your request - now Thursday. Same Zoom link.\n\nInterview: Director of Nursing, Critical "
         "Care & Med-Surg\nWith: Sandra Koenig, VP/CNO, Platte River Medical Center\n\n" + zoom("633 104 8821",
                                                                                               "UFJNQ29t"))
    t = cal(vevent(u, "Updated: Interview - Director of Nursing, Critical Care & Med-Surg",
                   when("DTSTART", "20250410T100000", CHI), when("DTEND", "20250410T110000", CHI),
                   organizer=org("skoenig@prmcomaha.org", "Sandra Koenig"), attendees=[att(ME_Y, "Marcus Webb")],
                   desc=d, seq=2), prodid=P_GOOGLE, tzs=(CHI,))
    out.append(ev("rescheduled-en", t, u, 1, "Platte River Medical Center",
                  "Director of Nursing, Critical Care & Med-Surg", "hiring_manager", "skoenig@prmcomaha.org",
                  "rescheduled-seq-en"))

    u = "3f0b6c2e-7d11-4a59-b2f8-rhh-tbird"
    t = cal(vevent(u, "Interview - Racine Harbor Hospital - Dir. Patient Care Svcs",
                   when("DTSTART", "20250328T130000", CHI), when("DTEND", "20250328T150000", CHI),
                   desc="2nd round, w/ COO + CNO. bring 30-60-90 plan, 3 copies of CV. park in lot C",
                   loc="Racine Harbor Hospital, 1400 Lake Ave, Racine WI", status=None,
                   extra=["X-MOZ-GENERATION:2", "CLASS:PUBLIC"]), prodid=P_TB, method=None, tzs=(CHI,))
    out.append(ev("thunderbird-hand-en", t, u, 1, "Racine Harbor Hospital", "Dir. Patient Care Svcs", "", "",
                  "thunderbird-hand-typed-en"))

    u = "ovvh-oral-panel-VH2291@ohio-vvh.gov"
    d = ("Ohio Valley Veterans Home - Structured interview, Position #VH-2291 Director of Nursing\n\nPanel: "
         "Superintendent Mark Tolliver; Deborah Ames, Quality Manager\nYou will be asked the same eight questions "
         "as every candidate.\n\n" + webex("2663091147"))
    t = cal(vevent(u, "Interview - Director of Nursing (Position VH-2291)", when("DTSTART", "20250403T170000Z"),
                   when("DTEND", "20250403T180000Z"), organizer=org("hr.ovvh@ohio-vvh.gov", "OVVH Human Resources"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("mark.tolliver@ohio-vvh.gov", "Tolliver, Mark"),
                              att("deborah.ames@ohio-vvh.gov", "Ames, Deborah")], desc=d), prodid=P_OUTLOOK)
    out.append(ev("webex-utc-en", t, u, 1, "Ohio Valley Veterans Home", "Director of Nursing", "",
                  "mark.tolliver@ohio-vvh.gov;deborah.ames@ohio-vvh.gov", "webex-utc-panel-en"))

    u = "0k9rq7d3s2m1allday@google.com"
    d = ("Marcus - here is your interview day at Blue River Health, Kansas City.\n\n8:30 Welcome + unit tour "
         "(Tasha)\n9:00 Dr. Helen Ochoa, Chief Nursing Officer\n10:00 Nursing leadership panel\n12:00 Lunch with "
         "two nurse managers\n\nTasha Green, Recruiter" + gcal_footer())
    t = cal(vevent(u, "Blue River Health - interview day (Director of Nursing, Med-Surg)",
                   when("DTSTART", "20250415", "DATE"), when("DTEND", "20250416", "DATE"),
                   organizer=org("tgreen@blueriverhealth.org", "Tasha Green"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("hochoa@blueriverhealth.org", "Helen Ochoa")], desc=d,
                   extra=["TRANSP:TRANSPARENT"]), prodid=P_GOOGLE)
    out.append(ev("allday-onsite-en", t, u, 1, "Blue River Health", "Director of Nursing, Med-Surg", "onsite",
                  "hochoa@blueriverhealth.org", "allday-onsite-en"))

    u = "5lq2m8v0x7evergreen@google.com"
    d = ("Director of Nursing interview with Paul Esposito (Administrator) at our Elmhurst community.\n\n" +
         meet("evg-dnsr-pqa") + gcal_footer())
    t = cal(vevent(u, "DON interview - Evergreen Post-Acute (Elmhurst)", when("DTSTART", "20250326T153000Z"),
                   when("DTEND", "20250326T163000Z"), organizer=org("pesposito@evergreenpac.com", "Paul Esposito"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("pesposito@evergreenpac.com", "Paul Esposito",
                                                             ps="ACCEPTED")],
                   desc=d, loc="Evergreen Post-Acute Care, 250 N York St, Elmhurst, IL"), prodid=P_GOOGLE, xwr=CHI)
    out.append(ev("xwr-timezone-en", t, u, 1, "Evergreen Post-Acute Care", "Director of Nursing", "hiring_manager",
                  "pesposito@evergreenpac.com", "xwr-timezone-en"))

    u = "D2C0FF31-8A4E-4B8B-9E2D-MVC-APPLE"
    t = cal(vevent(u, "Coffee interview - Dr. Hsu (Madison Valley Clinic)", when("DTSTART", "20250405T090000", CHI),
                   when("DTEND", "20250405T100000", CHI),
                   organizer=org("lhsu@madisonvalleyclinic.com", "Lawrence Hsu"),
                   attendees=[att(ME_Y, "Marcus Webb"), att("lhsu@madisonvalleyclinic.com", "Lawrence Hsu",
                                                             ps="ACCEPTED")],
                   desc="Marcus - informal first interview for the Director of Nursing opening, over coffee. "
                        "I'll have our practice administrator join for the last 15 minutes.\n- Larry",
                   loc="Colectivo Coffee, 2530 Monroe St, Madison, WI",
                   extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]),
            prodid=P_APPLE, tzs=(CHI,))
    out.append(ev("apple-coffee-interview-en", t, u, 1, "Madison Valley Clinic", "Director of Nursing", "",
                  "lhsu@madisonvalleyclinic.com", "apple-coffee-named-interview-en"))

    return out
