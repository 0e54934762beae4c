"""holdout87: the user's own interviews sent by ATS and scheduling tools (English). Written blind, CC0 1.0."""

from __future__ import annotations

from holdout87ev_ics import EXCHANGE, ME, OUTLOOK, Ev, att, cal, desc, meet, org, teams, zoom

EVENTS: list[Ev] = []


def add(kind: str, ics: str, uid: str, company: str, role: str, stage: str, who: str, trap: str) -> None:
    EVENTS.append(Ev(kind, ics, uid, 1, company, role, stage, who, trap))


# 1 Greenhouse via Google: recruiter screen, organiser is the coordinator
u = "5k2h9r1qv3c8m0n7bd4t6a1x2e@google.com"
add("greenhouse-screen", cal(f"""DTSTART:20260309T100000Z
DTEND:20260309T103000Z
DTSTAMP:20260303T161204Z
{org("sophie.grant@thistlepay.com", "Sophie Grant")}
UID:{u}
{att("ellie.marsh@thistlepay.com", "Ellie Marsh", part="ACCEPTED", rsvp=False)}
{att(ME, "priya.shah.research@outlook.com")}
{att("sophie.grant@thistlepay.com", "Sophie Grant", part="ACCEPTED", rsvp=False)}
{desc("Hi Priya,¶¶Thanks for your interest in Thistlepay! This is your initial conversation with Ellie "
      "Marsh (Senior Talent Partner) about the Lead UX Researcher role.¶¶Ellie will call you on the number "
      "on your application. If anything changes, reply to this invite or email sophie.grant@thistlepay.com.¶¶"
      "Scheduled via Greenhouse")}
LOCATION:Phone call - Ellie will call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Shah <> Thistlepay - Lead UX Researcher - Recruiter Call
TRANSP:OPAQUE"""), u, "Thistlepay", "Lead UX Researcher", "recruiter_screen", "ellie.marsh@thistlepay.com",
    "greenhouse-phone-screen-en")

# 2 Greenhouse onsite with a room and a coordinator who does not interview
u = "0b7e4c2a9f1d4e88a6c3@thistlepay.com"
add("greenhouse-onsite", cal(f"""DTSTART;TZID=Europe/London:20260402T130000
DTEND;TZID=Europe/London:20260402T160000
DTSTAMP:20260324T090511Z
{org("sophie.grant@thistlepay.com", "Sophie Grant")}
UID:{u}
{att(ME, "Priya Shah")}
{att("dmitri.volkov@thistlepay.com", "Dmitri Volkov")}
{att("hannah.oyelaran@thistlepay.com", "Hannah Oyelaran")}
{att("jules.baptiste@thistlepay.com", "Jules Baptiste")}
{att("ldn-4-thames@thistlepay.com", "LDN-4F-Thames (10) [VC]", role="NON-PARTICIPANT", cutype="ROOM")}
{desc("Onsite interview - Lead UX Researcher¶¶1:00-1:45 Portfolio presentation (Dmitri Volkov, Head of "
      "Design; Hannah Oyelaran, Staff Researcher)¶1:45-2:00 Break¶2:00-2:45 Research case discussion "
      "(Hannah Oyelaran)¶2:45-3:30 Cross-functional: Jules Baptiste, Group PM¶3:30-4:00 Q&A with Sophie "
      "(coordinator - not an interview)¶¶Address: Thistlepay, 4th floor, 22 Clerkenwell Road, London EC1M 5RD. "
      "Please bring photo ID for reception.")}
LOCATION:Thistlepay HQ\\, 22 Clerkenwell Road\\, London EC1M 5RD
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Onsite: Priya Shah for Lead UX Researcher
TRANSP:OPAQUE""", tz=("Europe/London",)), u, "Thistlepay", "Lead UX Researcher", "onsite",
    "dmitri.volkov@thistlepay.com;hannah.oyelaran@thistlepay.com;jules.baptiste@thistlepay.com",
    "greenhouse-onsite-room-coordinator-en")

# 3 Greenhouse cancel
u = "gh-itv-77120043-hm@thistlepay.com"
add("greenhouse-cancel", cal(f"""DTSTART:20260317T143000Z
DTEND:20260317T151500Z
DTSTAMP:20260316T082040Z
{org("sophie.grant@thistlepay.com", "Sophie Grant")}
UID:{u}
{att(ME, "Priya Shah")}
{att("dmitri.volkov@thistlepay.com", "Dmitri Volkov")}
{desc("This interview has been cancelled. Dmitri is unwell today - Sophie will be in touch to find a new "
      "slot for your hiring manager conversation. Sorry for the late notice!")}
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Canceled: Hiring Manager Interview - Priya Shah (Thistlepay)""", method="CANCEL"), u, "Thistlepay",
    "", "hiring_manager", "dmitri.volkov@thistlepay.com", "greenhouse-cancelled-en")

# 4 Lever, Zoom, hiring manager
u = "lever-3f9c0a7e-1d2b-4c5e-9a8f-7b6d5e4c3b2a"
add("lever-hm", cal(f"""DTSTART:20260311T120000Z
DTEND:20260311T124500Z
DTSTAMP:20260305T110000Z
{org("talent@brightwell.health", "Brightwell Health Talent")}
UID:{u}
{att(ME, "Priya Shah")}
{att("marcus.lee@brightwell.health", "Marcus Lee")}
{desc("Interview: Principal User Researcher¶Candidate: Priya Shah¶Interviewer: Marcus Lee (VP Product "
      "Design) - hiring manager¶Format: 45-minute conversation about your background and how you'd build "
      "the research practice." + zoom("842 1190 5531", "bHNtR0xSZ1c3"))}
LOCATION:https://brightwell.zoom.us/j/84211905531
SUMMARY:Brightwell Health - Interview with Marcus Lee
STATUS:CONFIRMED"""), u, "Brightwell Health", "Principal User Researcher", "hiring_manager",
    "marcus.lee@brightwell.health", "lever-zoom-en")

# 5 Lever panel in the office with a resource
u = "lever-8aa1b2c3-panel-20260325"
add("lever-panel", cal(f"""DTSTART;TZID=Europe/London:20260325T093000
DTEND;TZID=Europe/London:20260325T113000
DTSTAMP:20260318T150012Z
{org("talent@brightwell.health", "Brightwell Health Talent")}
UID:{u}
{att(ME, "Priya Shah")}
{att("amira.haddad@brightwell.health", "Amira Haddad")}
{att("owen.pritchard@brightwell.health", "Owen Pritchard")}
{att("meet-room-birch@brightwell.health", "Birch (Manchester, 6p)", cutype="RESOURCE", role="NON-PARTICIPANT")}
{desc("Panel interview - Principal User Researcher¶¶You'll present one piece of research (20 min) and then "
      "take questions from Amira Haddad (Director of Clinical Experience) and Owen Pritchard (Lead Product "
      "Designer).¶¶Brightwell Health, 3 Piccadilly Place, Manchester M1 3BN - ask for the Talent team at "
      "reception.")}
LOCATION:Birch (Manchester\\, 6p)
SUMMARY:Panel Interview: Priya Shah - Principal User Researcher
STATUS:CONFIRMED""", tz=("Europe/London",)), u, "Brightwell Health", "Principal User Researcher", "onsite",
    "amira.haddad@brightwell.health;owen.pritchard@brightwell.health", "lever-panel-resource-en")

# 6 Ashby, UTC, research case
u = "ashby-int-2b5d1f0e-6c7a-4e1b-8f3d-quillfeather"
add("ashby-case", cal(f"""UID:{u}
DTSTAMP:20260306T171533Z
DTSTART:20260312T150000Z
DTEND:20260312T161500Z
SUMMARY:Quillfeather | Research Case Exercise | Priya Shah
{org("recruiting@quillfeather.io", "Quillfeather Recruiting")}
{att(ME, "Priya Shah")}
{att("noor.rahman@quillfeather.io", "Noor Rahman")}
{att("ben.castellano@quillfeather.io", "Ben Castellano")}
{desc("Hi Priya - here are the details for your Research Case Exercise for the Lead User Researcher "
      "position.¶¶Interviewers: Noor Rahman, Ben Castellano¶¶You'll get the brief 10 minutes before the start; "
      "we're interested in how you frame the problem and plan the study, not a polished answer." + meet("qfh-rtxa-vnm")
      + "¶¶Powered by Ashby")}
LOCATION:Google Meet
STATUS:CONFIRMED"""), u, "Quillfeather", "Lead User Researcher", "technical",
    "noor.rahman@quillfeather.io;ben.castellano@quillfeather.io", "ashby-utc-case-en")

# 7 Workday
u = "WD-INTERVIEW-KMG-000418832"
add("workday-hm", cal(f"""UID:{u}
DTSTAMP:20260310T084455Z
DTSTART;TZID=Europe/London:20260320T110000
DTEND;TZID=Europe/London:20260320T120000
{org("kestrelmedia@myworkday.com", "Kestrel Media Group Careers")}
{att(ME, "Priya Shah")}
SUMMARY:Interview Scheduled: Lead Researcher\\, Audiences (JR-04127)
{desc("Dear Priya,¶¶Your interview for Lead Researcher, Audiences (JR-04127) has been scheduled.¶¶"
      "Interview Type: Hiring Manager Interview¶Interviewer(s): Gemma Rowntree (gemma.rowntree@kestrelmedia.co.uk)"
      "¶Format: Video (Microsoft Teams) - link to follow from the interviewer¶¶Kestrel Media Group Talent "
      "Acquisition¶This is an automated message from Workday.")}
LOCATION:Microsoft Teams
STATUS:CONFIRMED""", tz=("Europe/London",)), u, "Kestrel Media Group",
    "Lead Researcher, Audiences", "hiring_manager", "gemma.rowntree@kestrelmedia.co.uk", "workday-en")

# 8 SmartRecruiters, phone, Oslo time
u = "sr-9d3e8f21-7c55-4ab0-b1f3-1a2b3c4d5e6f"
add("smartrecruiters-phone", cal(f"""DTSTART;TZID=Europe/Oslo:20260313T090000
DTEND;TZID=Europe/Oslo:20260313T093000
DTSTAMP:20260309T130207Z
UID:{u}
{org("noreply@smartrecruiters.com", "Halden Mobility")}
{att(ME, "Priya Shah")}
{att("ingrid.solberg@halden.no", "Ingrid Solberg")}
SUMMARY:Interview: Principal UX Researcher (Remote - Europe) - Halden Mobility
{desc("Hi Priya,¶¶Your phone interview with Ingrid Solberg, Talent Acquisition Partner, is confirmed.¶"
      "Ingrid will call you at +44 7700 900412.¶¶Please note the time is shown in Oslo time (CET).¶¶"
      "Best regards,¶Halden Mobility Recruiting Team")}
LOCATION:Phone interview
STATUS:CONFIRMED""", tz=("Europe/Oslo",)), u, "Halden Mobility", "Principal UX Researcher", "recruiter_screen",
    "ingrid.solberg@halden.no", "smartrecruiters-phone-cet-en")

# 9 Workable
u = "workable-c71e0a94b2f64cd1@pebblestack.com"
add("workable-takehome", cal(f"""UID:{u}
DTSTAMP:20260312T102030Z
DTSTART;TZID=Europe/London:20260318T160000
DTEND;TZID=Europe/London:20260318T170000
{org("rosa.kimani@pebblestack.com", "Rosa Kimani")}
{att(ME, "Priya Shah")}
{att("rosa.kimani@pebblestack.com", "Rosa Kimani", part="ACCEPTED", rsvp=False)}
{att("felix.aldana@pebblestack.com", "Felix Aldana")}
SUMMARY:Pebblestack - Take-home debrief (Lead UX Researcher)
{desc("Walk us through your take-home: the research plan for our SME invoicing onboarding. 30 min "
      "presentation, 30 min questions with Rosa (Design Director) and Felix (Senior PM).¶¶Sent via Workable")}
LOCATION:https://meet.google.com/pbs-kqwe-ryt
STATUS:CONFIRMED""", tz=("Europe/London",)), u, "Pebblestack", "Lead UX Researcher", "technical",
    "rosa.kimani@pebblestack.com;felix.aldana@pebblestack.com", "workable-takehome-en")

# 10 iCIMS phone screen
u = "iCIMS-7781-3390211-PS"
add("icims-phone", cal(f"""UID:{u}
DTSTAMP:20260302T121212Z
DTSTART:20260305T143000Z
DTEND:20260305T150000Z
{org("recruiting@ardent-insurance.co.uk", "Ardent Recruiting")}
{att(ME, "Priya Shah")}
SUMMARY:Phone Screen - Principal UX Researcher - Ardent
LOCATION:Ardent will call you on +44 7700 900318
{desc("Req #3390211 Principal UX Researcher (Digital)¶Candidate: Priya Shah¶Screening with: Tom Whitlock, "
      "Talent Acquisition (tom.whitlock@ardent-insurance.co.uk)¶¶This invitation was sent from iCIMS on "
      "behalf of Ardent Insurance.")}
STATUS:CONFIRMED""", prodid="-//iCIMS//Interview Scheduling//EN"), u, "Ardent Insurance",
    "Principal UX Researcher", "recruiter_screen", "tom.whitlock@ardent-insurance.co.uk", "icims-phone-en")

# 11 SuccessFactors final, onsite in Reading
u = "SF-INT-040000008200E00074C5B7101A82E0080000000070A1"
add("successfactors-final", cal(f"""UID:{u}
DTSTAMP:20260401T070000Z
DTSTART;TZID=GMT Standard Time:20260415T100000
DTEND;TZID=GMT Standard Time:20260415T113000
{org("noreply@successfactors.eu", "Skylark Telecom Recruiting")}
{att(ME, "Shah, Priya", quote=True)}
{att("n.achebe@skylark.co.uk", "Achebe, Ngozi")}
{att("p.whitfield@skylark.co.uk", "Whitfield, Paul")}
SUMMARY:Final Interview - Lead UX Researcher (Req 48213)
LOCATION:Skylark House\\, Green Park\\, Reading RG2 6GP
{desc("Final Interview¶Position: Lead UX Researcher¶Interview panel: Ngozi Achebe (Chief Digital Officer), "
      "Paul Whitfield (Head of Customer Experience)¶Please arrive 15 minutes early and sign in at reception.")}
STATUS:CONFIRMED""", prodid="-//SAP SuccessFactors//Recruiting//EN", tz=("GMT Standard Time",)), u,
    "Skylark Telecom", "Lead UX Researcher", "final", "n.achebe@skylark.co.uk;p.whitfield@skylark.co.uk",
    "successfactors-windows-tz-en")

# 12 GoodTime virtual onsite
u = "goodtime-6b0e2d5a8c3f41e7a9@orbitale.ai"
add("goodtime-onsite", cal(f"""UID:{u}
DTSTAMP:20260319T141510Z
DTSTART:20260326T090000Z
DTEND:20260326T123000Z
{org("interviews@orbitale.ai", "Orbitale Interviews")}
{att(ME, "Priya Shah")}
{att("keiko.tanaka@orbitale.ai", "Keiko Tanaka")}
{att("samir.el-amin@orbitale.ai", "Samir El-Amin")}
{att("lena.hofmann@orbitale.ai", "Lena Hofmann")}
{att("chloe.dumas@orbitale.ai", "Chloe Dumas", role="OPT-PARTICIPANT")}
SUMMARY:Orbitale Virtual Onsite - Priya Shah - Lead Researcher
{desc("Virtual Onsite Agenda (times in GMT)¶09:00 Research portfolio deep dive - Keiko Tanaka¶09:45 Mixed "
      "methods & experimentation - Samir El-Amin¶10:30 Break¶10:45 Stakeholder collaboration - Lena Hofmann¶"
      "11:30 Wrap-up with your recruiting coordinator Chloe Dumas (not an interview)¶¶All sessions use the Zoom "
      "link below." + zoom("913 442 8870", "T3JiaXRhbGU"))}
LOCATION:Zoom
STATUS:CONFIRMED""", prodid="-//GoodTime.io//Scheduling//EN"), u, "Orbitale", "Lead Researcher", "onsite",
    "keiko.tanaka@orbitale.ai;samir.el-amin@orbitale.ai;lena.hofmann@orbitale.ai", "goodtime-coordinator-en")

# 13 ModernLoop
u = "ml-evt-f3a9c6d2e1b04f7a8d5c@modernloop.io"
add("modernloop-craft", cal(f"""UID:{u}
DTSTAMP:20260316T110402Z
DTSTART;TZID=Europe/London:20260323T140000
DTEND;TZID=Europe/London:20260323T150000
{org("scheduling@fernleaf.earth", "Fernleaf Scheduling")}
{att(ME, "Priya Shah")}
{att("mateo.ruiz@fernleaf.earth", "Mateo Ruiz")}
SUMMARY:Fernleaf <> Priya Shah | Research Craft Interview
{desc("Role: Lead UX Researcher, Carbon Accounting¶Interview: Research Craft (60 min)¶Interviewer: Mateo Ruiz,"
      " Principal Researcher¶¶We'll pick one study from your portfolio and go deep on method choices, "
      "sampling and how the findings changed the roadmap." + meet("frn-wxuz-pkq")
      + "¶¶Scheduled with ModernLoop")}
LOCATION:https://meet.google.com/frn-wxuz-pkq
STATUS:CONFIRMED""", tz=("Europe/London",)), u, "Fernleaf", "Lead UX Researcher, Carbon Accounting", "technical",
    "mateo.ruiz@fernleaf.earth", "modernloop-en")

# 14 Cal.com recruiter screen
u = "calcom-8kq2Zr5mW1xT9pA3@cal.com"
add("calcom-screen", cal(f"""UID:{u}
DTSTAMP:20260304T190522Z
DTSTART:20260310T080000Z
DTEND:20260310T083000Z
{org("megan.doyle@lanternhealth.com", "Megan Doyle")}
{att(ME, "Priya Shah", part="ACCEPTED")}
SUMMARY:Recruiter screen between Megan Doyle and Priya Shah
{desc("What: Recruiter screen - Lead UX Researcher¶Invitee Time Zone: Europe/London¶Who:¶Megan Doyle - "
      "Organizer¶megan.doyle@lanternhealth.com¶Priya Shah¶priya.shah.research@outlook.com¶Where: Cal Video¶"
      "Description: Intro chat with Lantern Health's talent team.¶¶Need to make a change? Cancel or reschedule "
      "at https://cal.com/booking/8kq2Zr5mW1xT9pA3")}
LOCATION:https://app.cal.com/video/8kq2Zr5mW1xT9pA3
STATUS:CONFIRMED""", prodid="-//Cal.com Inc.//Cal.com Event//EN"), u, "Lantern Health", "Lead UX Researcher",
    "recruiter_screen", "megan.doyle@lanternhealth.com", "calcom-en")

# 15 Calendly booked by the user with a founder
u = "calendly-0f3a7c1e-5b2d-49e8-a6c1-d4e3f2a1b0c9"
add("calendly-founder", cal(f"""UID:{u}
DTSTAMP:20260302T214410Z
DTSTART;TZID=Europe/London:20260306T163000
DTEND;TZID=Europe/London:20260306T171500
{org("tom@paperkite.studio", "Tom Okafor")}
{att(ME, "Priya Shah", part="ACCEPTED")}
SUMMARY:Priya Shah and Tom Okafor
{desc("Event Name: Lead Researcher role - chat with Tom (founder)¶¶Location: This is a Google Meet web "
      "conference. https://meet.google.com/pks-mmzo-aqt¶¶Please share anything that will help prepare for our "
      "meeting.: Portfolio link shared by email.¶¶Need to make changes to this event?¶Cancel: https://calendly"
      ".com/cancellations/0f3a7c1e¶Reschedule: https://calendly.com/reschedulings/0f3a7c1e¶¶Powered by "
      "Calendly.com")}
LOCATION:https://meet.google.com/pks-mmzo-aqt
STATUS:CONFIRMED""", prodid="-//Calendly//Calendly//EN", tz=("Europe/London",)), u, "Paperkite Studio",
    "Lead Researcher", "hiring_manager", "tom@paperkite.studio", "calendly-founder-en")

# 16 Microsoft Bookings, council panel without addresses
u = "b9c8a7d6-3e2f-4a1b-8c7d-6e5f4a3b2c1d@ashbury.gov.uk"
add("bookings-council", cal(f"""UID:{u}
DTSTAMP:20260323T100000Z
DTSTART;TZID=GMT Standard Time:20260408T140000
DTEND;TZID=GMT Standard Time:20260408T150000
{org("DigitalRecruitment@ashbury.gov.uk", "Ashbury City Council Recruitment")}
{att(ME, "Priya Shah")}
SUMMARY:Interview - Lead User Researcher (Digital Services) - ASH/DS/0412
{desc("Thank you for booking your interview with Ashbury City Council.¶¶Panel: Kerry-Ann Bell (Head of "
      "Digital Services), Rhodri Evans (Service Design Lead) and an HR adviser.¶You will be asked to give a "
      "10-minute presentation: 'How would you embed user research in a council with a small digital team?'¶"
      + teams("en", "318 772 045 961", "s8Pf4Q") + "¶¶To change your booking: https://outlook.office365.com/"
      "owa/calendar/AshburyRecruitment@ashbury.gov.uk/bookings/")}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY""", prodid=EXCHANGE, tz=("GMT Standard Time",)), u, "Ashbury City Council",
    "Lead User Researcher (Digital Services)", "", "Kerry-Ann Bell;Rhodri Evans", "ms-bookings-council-en")

# 17 Civil-service style (Oleeo), no clear stage, names only
u = "oleeo-dfll-318842-itv-0046"
add("oleeo-civil-service", cal(f"""UID:{u}
DTSTAMP:20260325T133000Z
DTSTART;TZID=Europe/London:20260414T100000
DTEND;TZID=Europe/London:20260414T110000
{org("noreply@oleeo.gov.uk", "DfLL Recruitment")}
{att(ME, "Priya Shah")}
SUMMARY:DfLL - Interview: Lead User Researcher (Grade 7) - Ref 318842
{desc("Department for Lifelong Learning¶¶You are invited to interview for Lead User Researcher (G7).¶¶"
      "We will assess the Behaviours 'Leadership' and 'Communicating and Influencing', the DDaT skills 'User "
      "research' and 'Strategic insight', and a 5 minute presentation.¶¶Panel: Gareth Lloyd (Chair), Simone "
      "Achterberg, Ifeoma Nwosu.¶Reasonable adjustments: contact dfll.recruitment@dfll.gov.uk.")
      + teams("en", "401 228 317 506", "wD2kLm")}
LOCATION:Microsoft Teams
STATUS:CONFIRMED""", prodid=OUTLOOK, tz=("Europe/London",)), u, "Department for Lifelong Learning",
    "Lead User Researcher (Grade 7)", "", "Gareth Lloyd;Simone Achterberg;Ifeoma Nwosu", "oleeo-civil-service-en")

# 18 Greenhouse from a Copenhagen bank, CET
u = "gh-nordhavn-44812991-hm@greenhouse.io"
add("greenhouse-hm-cet", cal(f"""DTSTART;TZID=Europe/Copenhagen:20260331T140000
DTEND;TZID=Europe/Copenhagen:20260331T144500
DTSTAMP:20260326T101010Z
UID:{u}
{org("recruiting@nordhavnbank.dk", "Nordhavn Bank Recruiting")}
{att(ME, "Priya Shah")}
{att("mette.kjaer@nordhavnbank.dk", "Mette Kjær")}
SUMMARY:Nordhavn Bank: Hiring Manager Interview with Mette Kjær
{desc("Position: Lead UX Researcher (Remote, EU/UK)¶Interviewer: Mette Kjær, Head of Design & Research¶"
      "Time zone: Copenhagen (CET). That is 13:00 in London." + teams("en", "366 014 228 771", "Nh3bXq"))}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED""", tz=("Europe/Copenhagen",)), u, "Nordhavn Bank", "Lead UX Researcher", "hiring_manager",
    "mette.kjaer@nordhavnbank.dk", "greenhouse-cet-en")

# 19 a coordinator organises, the PM interviews, no clear stage
u = "040000008200E00074C5B7101A82E00800000000B0D7A2C3F1B4DC01000000000000000010000000"
add("exchange-xfn", cal(f"""UID:{u}
DTSTAMP:20260320T092233Z
DTSTART;TZID=GMT Standard Time:20260327T110000
DTEND;TZID=GMT Standard Time:20260327T114500
{org("talent@oxeye-analytics.com", "Oxeye Talent", sent_by="f.morrison@oxeye-analytics.com")}
{att(ME, "priya.shah.research@outlook.com")}
{att("r.banerjee@oxeye-analytics.com", "Banerjee, Rohan")}
{att("f.morrison@oxeye-analytics.com", "Morrison, Fiona", role="OPT-PARTICIPANT")}
SUMMARY:Interview - Priya Shah / Rohan Banerjee (Product)
{desc("Hi Priya, Rohan leads Product for our retail analytics suite and will chat with you about how you'd "
      "partner with PMs as Research Lead at Oxeye. I (Fiona, recruitment coordinator) am only copied for "
      "logistics." + teams("en"))}
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
STATUS:CONFIRMED""", prodid=EXCHANGE, tz=("GMT Standard Time",)), u, "Oxeye Analytics", "Research Lead", "",
    "r.banerjee@oxeye-analytics.com", "exchange-sent-by-coordinator-en")
