"""holdout100: the user's own interviews with charities and care providers via ATS/schedulers (blind, CC0 1.0)."""

from __future__ import annotations

from holdout100ev_ics import GMT_STD, LONDON, USER_FREE, att, cal, desc, esc, org, rec


def events() -> list[dict]:
    out: list[dict] = []

    # 1 Workable phone screen
    uid = "workable-6f3d1a2b-screen@workablemail.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260304T101010Z", "DTSTART:20260309T120000Z", "DTEND:20260309T122000Z",
        "SUMMARY:Phone screen: Head of Family Support - Brightlea Children's Charity",
        org("brightlea@workablemail.com", "Sophie Lang"), att(USER_FREE, "Bethany Ward"),
        att("sophie.lang@brightlea.org.uk", "Sophie Lang"),
        desc("Hi Bethany,\n\nSophie Lang (Talent Partner) will call you on the number in your application for a "
             "20-minute introductory phone screen.\n\nPowered by Workable"),
        "LOCATION:Phone call",
    ]
    out.append(rec("workable-screen", cal("-//Workable//Workable Calendar//EN", [ev]), uid, 1,
                   "workable-phone-screen-en", "Brightlea Children's Charity", "Head of Family Support",
                   "recruiter_screen", "sophie.lang@brightlea.org.uk"))

    # 2 Workable case study
    uid = "workable-6f3d1a2b-case@workablemail.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260312T090000Z", "DTSTART;TZID=Europe/London:20260318T100000",
        "DTEND;TZID=Europe/London:20260318T113000",
        "SUMMARY:Case study & panel - Head of Family Support (Brightlea)",
        org("brightlea@workablemail.com", "Brightlea Children's Charity"), att(USER_FREE, "Bethany Ward"),
        att("d.kerr@brightlea.org.uk", "Dominic Kerr"), att("p.osei@brightlea.org.uk", "Patience Osei"),
        att("sophie.lang@brightlea.org.uk", "Sophie Lang", role="OPT-PARTICIPANT"),
        desc("Stage 2. You'll receive an anonymised family case study 30 minutes before. Please talk the panel "
             "through your analysis and the support plan you would put in place.\nPanel: Dominic Kerr (Director of "
             "Services), Patience Osei (Practice Lead). Sophie will meet you at reception."),
        "LOCATION:" + esc("Brightlea House, 22 Park Square East, Leeds LS1 2NE"),
    ]
    out.append(rec("workable-case", cal("-//Workable//Workable Calendar//EN", [ev], tz=LONDON), uid, 1,
                   "workable-case-study-en", "Brightlea Children's Charity", "Head of Family Support", "technical",
                   "d.kerr@brightlea.org.uk;p.osei@brightlea.org.uk"))

    # 3 Workable final with the CEO
    uid = "workable-6f3d1a2b-final@workablemail.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260320T143000Z", "DTSTART;TZID=Europe/London:20260326T161500",
        "DTEND;TZID=Europe/London:20260326T170000", "SUMMARY:Final conversation with our CEO",
        org("brightlea@workablemail.com", "Brightlea Children's Charity"), att(USER_FREE, "Bethany Ward"),
        att("ceo@brightlea.org.uk", "Harriet Quayle"),
        desc("Final stage for Head of Family Support: a values-based conversation with Harriet Quayle, Chief "
             "Executive.\nJoin with Google Meet: https://meet.google.com/qzt-hmbk-ruv"),
        "LOCATION:https://meet.google.com/qzt-hmbk-ruv",
    ]
    out.append(rec("workable-final", cal("-//Workable//Workable Calendar//EN", [ev], tz=LONDON), uid, 1,
                   "workable-final-ceo-en", "Brightlea Children's Charity", "Head of Family Support", "final",
                   "ceo@brightlea.org.uk"))

    # 4 Teamtailor
    uid = "teamtailor-meeting-3391027@teamtailor.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260223T111111Z", "DTSTART:20260302T100000Z", "DTEND:20260302T104500Z",
        "SUMMARY:Interview: Service Manager - Hearthstone Family Action",
        org("noreply@teamtailor.com", "Hearthstone Family Action"), att(USER_FREE, "Bethany Ward"),
        att("ruth.ambler@hearthstone.org.uk", "Ruth Ambler"),
        desc("Hi Bethany!\nYou are invited to a video interview with Ruth Ambler, Director of Family Services and "
             "hiring manager for this role.\nJoin the meeting: https://hearthstone.teamtailor.com/meetings/"
             "3391027\n\nHearthstone Family Action - Registered charity 1098822"),
    ]
    out.append(rec("teamtailor", cal("-//Teamtailor//Teamtailor//EN", [ev]), uid, 1, "teamtailor-en",
                   "Hearthstone Family Action", "Service Manager", "hiring_manager", "ruth.ambler@hearthstone.org.uk"))

    # 5 terse hand-typed Google entry
    uid = "0qvh3l6r8m2dkt0j1s9b7p4c5e@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20260313T140000", "DTEND;TZID=Europe/London:20260313T150000",
        "DTSTAMP:20260305T211502Z", f"UID:{uid}", "CREATED:20260305T211455Z", "DESCRIPTION:",
        "LAST-MODIFIED:20260305T211455Z", "LOCATION:Hearthstone - Chapeltown Rd", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:final int – Hearthstone w/ CEO (+ trustee)", "TRANSP:OPAQUE",
    ]
    out.append(rec("google-typed", cal("google", [ev], method="PUBLISH", tz=LONDON,
                                       head=["X-WR-CALNAME:Beth personal", "X-WR-TIMEZONE:Europe/London"]),
                   uid, 1, "hand-typed-final-en", "Hearthstone Family Action", "", "final"))

    # 6 Calendly, the user books the hiring manager's slot
    uid = "a4c9e8f2-7b16-4d0e-9fa3-2d5c8b7e1a60@calendly.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260406T183000Z", "DTSTART:20260409T083000Z", "DTEND:20260409T091500Z",
        "SUMMARY:Bethany Ward and Amina Yusuf",
        org("amina@kinshipyorkshire.org", "Amina Yusuf"), att(USER_FREE, "Bethany Ward"),
        att("amina@kinshipyorkshire.org", "Amina Yusuf", partstat="ACCEPTED", rsvp=False),
        desc("Event Name: First interview - Kinship Support Practice Lead\n\nLocation: This is a Zoom web "
             "conference.\nhttps://us06web.zoom.us/j/84021937715\n\nNeed to make changes to this event?\n"
             "Cancel: https://calendly.com/cancellations/a4c9e8f2\nReschedule: https://calendly.com/"
             "reschedulings/a4c9e8f2\n\nPowered by Calendly.com"),
        "LOCATION:https://us06web.zoom.us/j/84021937715",
    ]
    out.append(rec("calendly", cal("-//Calendly//Calendly//EN", [ev]), uid, 1, "calendly-names-only-en",
                   "Kinship Yorkshire", "Kinship Support Practice Lead", "", "amina@kinshipyorkshire.org"))

    # 7 Personio
    uid = "personio-interview-18822031@personio.de"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260410T094500Z", "DTSTART;TZID=Europe/London:20260416T113000",
        "DTEND;TZID=Europe/London:20260416T123000",
        "SUMMARY:Interview | Safeguarding Lead | The Haven Project",
        org("recruiting@thehavenproject.org.uk", "The Haven Project Recruiting"), att(USER_FREE, "Bethany Ward"),
        att("niamh.brennan@thehavenproject.org.uk", "Niamh Brennan"),
        att("oliver.grant@thehavenproject.org.uk", "Oliver Grant"),
        desc("Dear Bethany,\n\nWe look forward to meeting you for the interview for Safeguarding Lead.\n"
             "Interviewers: Niamh Brennan (Operations Director), Oliver Grant (Trustee, safeguarding).\n"
             "Address: The Haven Project, 9 Kirkgate, Bradford BD1 1QN\n\nSent via Personio"),
    ]
    out.append(rec("personio", cal("-//Personio GmbH//Personio//EN", [ev], tz=LONDON), uid, 1, "personio-en",
                   "The Haven Project", "Safeguarding Lead", "onsite",
                   "niamh.brennan@thehavenproject.org.uk;oliver.grant@thehavenproject.org.uk"))

    # 8 CEO of a small charity on gmail; company named only in the body
    uid = "1b7hq2f0m8s5j3v9k6n4r0t2y8@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20260227T100000", "DTEND;TZID=Europe/London:20260227T110000",
        "DTSTAMP:20260220T190233Z", org("maggie.thornton64@gmail.com", "Maggie Thornton"), f"UID:{uid}",
        att(USER_FREE, "beth.ward.sw@outlook.com"),
        att("maggie.thornton64@gmail.com", "Maggie Thornton", partstat="ACCEPTED", rsvp=False),
        att("deb.f.walsh@btinternet.com", "Deb Walsh"),
        desc("Hi Bethany, thanks so much for applying to Safe Harbour Women's Aid. Deb (our chair) and I would love "
             "to talk to you about the CYP Services Manager post. We'll meet in the training room at the refuge "
             "office - I'll text you the address on the day, please don't share it. Maggie (CEO)"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Interview - CYP Services Manager", "TRANSP:OPAQUE",
    ]
    out.append(rec("free-mail-ceo", cal("google", [ev], tz=LONDON), uid, 1, "free-mail-ceo-body-company-en",
                   "Safe Harbour Women's Aid", "CYP Services Manager", "",
                   "maggie.thornton64@gmail.com;deb.f.walsh@btinternet.com"))

    # 9 Microsoft Bookings
    uid = "bookings-5e0f4c7a8d9b41c3b6a2f9d8e7c1b0a3@adoptionridings.org.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260213T150000Z", "DTSTART;TZID=GMT Standard Time:20260219T140000",
        "DTEND;TZID=GMT Standard Time:20260219T150000",
        "SUMMARY:Team Manager (Adoption Support) interview",
        org("AdoptionRidingsRecruitment@adoptionridings.org.uk", "Adoption Ridings Recruitment"),
        att(USER_FREE, "Bethany Ward"), att("yvonne.bairstow@adoptionridings.org.uk", "Yvonne Bairstow"),
        desc("Booking confirmed with Adoption Ridings Recruitment\nService: Team Manager (Adoption Support) "
             "interview\nStaff: Yvonne Bairstow\nJoin your appointment: Microsoft Teams meeting\n"
             "Manage your booking: https://outlook.office365.com/owa/calendar/AdoptionRidings@adoptionridings.org.uk"
             "/bookings/"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("ms-bookings", cal("exchange", [ev], tz=GMT_STD), uid, 1, "ms-bookings-en", "Adoption Ridings",
                   "Team Manager (Adoption Support)", "", "yvonne.bairstow@adoptionridings.org.uk"))

    # 10 Greenhouse with coordinator
    uid = "greenhouse-interview-2210998-0@greenhouse.io"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260317T124400Z", "DTSTART:20260324T140000Z", "DTEND:20260324T150000Z",
        "SUMMARY:Interview with Ashgrove Care Group for Regional Practice Lead",
        org("no-reply@greenhouse.io", "Kelly Dobson (via Greenhouse)"), att(USER_FREE, "Bethany Ward"),
        att("liam.foster@ashgrovecare.co.uk", "Liam Foster"), att("kelly.dobson@ashgrovecare.co.uk", "Kelly Dobson",
                                                                  role="OPT-PARTICIPANT"),
        desc("Hi Bethany,\n\nHere are the details for your Hiring Manager Interview with Ashgrove Care Group.\n\n"
             "Interviewer: Liam Foster, Director of Children's Homes\nScheduled by: Kelly Dobson, Recruitment "
             "Coordinator (Kelly will not attend)\n\nVideo: https://ashgrovecare.zoom.us/j/92100334521"),
    ]
    out.append(rec("greenhouse", cal("-//Greenhouse//Greenhouse Scheduler//EN", [ev]), uid, 1,
                   "greenhouse-coordinator-en", "Ashgrove Care Group", "Regional Practice Lead", "hiring_manager",
                   "liam.foster@ashgrovecare.co.uk"))

    # 11 GoodTime final loop
    uid = "goodtime-evt-77a1c0b2e9d34f5a@goodtime.io"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260331T090500Z", "DTSTART;TZID=Europe/London:20260407T100000",
        "DTEND;TZID=Europe/London:20260407T123000",
        "SUMMARY:Final interviews: Regional Practice Lead - Bethany Ward",
        org("scheduling@ashgrovecare.co.uk", "Ashgrove Recruiting (GoodTime)"), att(USER_FREE, "Bethany Ward"),
        att("liam.foster@ashgrovecare.co.uk", "Liam Foster"), att("zainab.qureshi@ashgrovecare.co.uk",
                                                                  "Zainab Qureshi"),
        att("gavin.moss@ashgrovecare.co.uk", "Gavin Moss"),
        desc("Agenda\n10:00-10:45 Practice scenario - Zainab Qureshi (Responsible Individual)\n10:45-11:30 "
             "Values & leadership - Gavin Moss (COO)\n11:45-12:30 Close-out - Liam Foster\n\nAshgrove Care Group"
             " head office, Wellington Place, Leeds. Ask for Kelly at reception."),
    ]
    out.append(rec("goodtime-final", cal("-//GoodTime.io//GoodTime Hire//EN", [ev], tz=LONDON), uid, 1,
                   "goodtime-loop-final-en", "Ashgrove Care Group", "Regional Practice Lead", "final",
                   "liam.foster@ashgrovecare.co.uk;zainab.qureshi@ashgrovecare.co.uk;gavin.moss@ashgrovecare.co.uk"))

    # 12 SuccessFactors, housing association
    uid = "SF-INTV-PHG-0004412-01@successfactors.eu"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260506T070000Z", "DTSTART;TZID=Europe/London:20260513T093000",
        "DTEND;TZID=Europe/London:20260513T103000",
        "SUMMARY:Interview Scheduled: Safeguarding & Wellbeing Lead (Req 4412)",
        org("noreply@successfactors.eu", "Pennine Homes Careers"), att(USER_FREE, "Ward Bethany"),
        att("h.ashworth@penninehomes.co.uk", "Hannah Ashworth"),
        desc("Dear Bethany,\nYour interview for Safeguarding & Wellbeing Lead at Pennine Homes Group has been "
             "scheduled.\nInterviewer(s): Hannah Ashworth - Head of Tenancy Sustainment\nLocation: Pennine Homes, "
             "Halifax office\nPlease use the link in the candidate portal to confirm."),
    ]
    out.append(rec("successfactors", cal("-//SAP SuccessFactors//Interview Scheduling//EN", [ev], tz=LONDON), uid, 1,
                   "successfactors-en", "Pennine Homes Group", "Safeguarding & Wellbeing Lead", "",
                   "h.ashworth@penninehomes.co.uk"))

    # 13 iCIMS
    uid = "icims-int-5590213-compass@icims.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260209T160000Z", "DTSTART:20260216T110000Z", "DTEND:20260216T114500Z",
        "SUMMARY:Compass Children's Charity - Video interview - Area Manager\\, Yorkshire & Humber",
        org("compasscc@talent.icims.com", "Compass Talent Team"), att(USER_FREE, "Bethany Ward"),
        att("j.mwangi@compasschildren.org.uk", "Joseph Mwangi"),
        desc("Interview type: Hiring manager video interview\nInterviewer: Joseph Mwangi, Head of Region (North)"
             "\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9v"),
    ]
    out.append(rec("icims", cal("-//iCIMS//iCIMS Scheduling//EN", [ev]), uid, 1, "icims-escaped-comma-en",
                   "Compass Children's Charity", "Area Manager, Yorkshire & Humber", "hiring_manager",
                   "j.mwangi@compasschildren.org.uk"))

    # 14 SmartRecruiters, private care provider
    uid = "sr-interview-0b2c4d6e8f@smartrecruiters.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260119T100000Z", "DTSTART:20260126T140000Z", "DTEND:20260126T143000Z",
        "SUMMARY:Evergreen Care Group: Recruiter call (Practice Manager - Therapeutic Fostering)",
        org("evergreencare@smartrecruiters.com", "Evergreen Care Group"), att(USER_FREE, "Bethany Ward"),
        att("talent.north@evergreencaregroup.co.uk", "Chloe Ibbotson"),
        desc("Chloe Ibbotson, Talent Acquisition Partner at Evergreen Care Group, will give you a call. 30 min."
             "\nThis invitation was sent via SmartRecruiters."),
    ]
    out.append(rec("smartrecruiters", cal("-//SmartRecruiters//SmartRecruiters//EN", [ev]), uid, 1,
                   "smartrecruiters-screen-en", "Evergreen Care Group", "Practice Manager - Therapeutic Fostering",
                   "recruiter_screen", "talent.north@evergreencaregroup.co.uk"))

    # 15 Lever, social enterprise with a brand domain
    uid = "lever-interview-f1e2d3c4-b5a6@hire.lever.co"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260427T130000Z", "DTSTART:20260430T130000Z", "DTEND:20260430T140000Z",
        "SUMMARY:Bethany Ward <> Kindred: Practice scenario interview",
        org("no-reply@hire.lever.co", "Kindred Steps Talent"), att(USER_FREE, "Bethany Ward"),
        att("tess@kindredsteps.app", "Tess Marlowe"), att("omar@kindredsteps.app", "Omar Haddad"),
        desc("Role: Social Work Practice Lead\nStage: Practice scenario (60 min)\nInterviewers: Tess Marlowe "
             "(Head of Practice), Omar Haddad (Product)\nGoogle Meet: https://meet.google.com/tnw-pqxa-eho"),
    ]
    out.append(rec("lever", cal("-//Lever//Lever Hire//EN", [ev]), uid, 1, "lever-brand-en", "Kindred Steps",
                   "Social Work Practice Lead", "technical", "tess@kindredsteps.app;omar@kindredsteps.app"))

    # 16 Ashby, tech-for-good start-up
    uid = "ashby-7e9a1d5c-1122-4c0d-8b3a-5c7f2e9d1b44@ashbyhq.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260602T101000Z", "DTSTART:20260604T150000Z", "DTEND:20260604T153000Z",
        "SUMMARY:Intro call with Hatchling (Safeguarding Lead)",
        org("no-reply@ashbyhq.com", "Hatchling Health"), att(USER_FREE, "Bethany Ward"),
        att("ella.b@hatchling.health", "Ella Birchall"),
        desc("Interviewer: Ella Birchall, People & Talent\nFormat: 30-minute intro call on Google Meet\n"
             "https://meet.google.com/bkp-ttrn-pvz\n\nScheduled with Ashby"),
    ]
    out.append(rec("ashby", cal("-//Ashby//Ashby Scheduling//EN", [ev]), uid, 1, "ashby-intro-call-en",
                   "Hatchling Health", "Safeguarding Lead", "recruiter_screen", "ella.b@hatchling.health"))

    # 17 Cal.com, training provider
    uid = "calcom-8gXk2pQm4Rz7@cal.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260318T201500Z", "DTSTART:20260323T150000Z", "DTEND:20260323T154500Z",
        "SUMMARY:Interview: Practice Educator Lead between Dr Gemma Roe and Bethany Ward",
        org("gemma.roe@northernpracticeacademy.org.uk", "Dr Gemma Roe"), att(USER_FREE, "Bethany Ward"),
        desc("What: Interview: Practice Educator Lead\nInvitee time zone: Europe/London\nWho: Dr Gemma Roe - "
             "Organiser (Director, Northern Practice Academy)\nBethany Ward\nWhere: Cal Video\n"
             "Need to reschedule or cancel? https://cal.com/booking/8gXk2pQm4Rz7"),
    ]
    out.append(rec("cal-com", cal("-//Cal.com Inc.//Cal.com Event//EN", [ev]), uid, 1, "cal-com-en",
                   "Northern Practice Academy", "Practice Educator Lead", "",
                   "gemma.roe@northernpracticeacademy.org.uk"))

    # 18 cancelled interview
    uid = "sth-int-fsl-0615-01@sthildas.org.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260612T084500Z", "DTSTART;TZID=Europe/London:20260615T110000",
        "DTEND;TZID=Europe/London:20260615T120000",
        "SUMMARY:Cancelled: Interview - Family Support Lead (St Hilda's Hospice)",
        org("people@sthildas.org.uk", "People Team"), att(USER_FREE, "Bethany Ward"),
        att("grace.ohara@sthildas.org.uk", "Grace O'Hara"),
        desc("Unfortunately we need to cancel this interview as the post has been put on hold. We are sorry for "
             "the inconvenience and will be in touch if it is re-advertised."),
        "STATUS:CANCELLED", "SEQUENCE:1",
    ]
    out.append(rec("cancelled", cal("outlook", [ev], method="CANCEL", tz=LONDON), uid, 1, "cancelled-en",
                   "St Hilda's Hospice", "Family Support Lead", "", "grace.ohara@sthildas.org.uk"))

    # 19 rescheduled interview
    uid = "BYT-20260318-intv-ysm@barnabasyouth.org.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260320T120000Z", "DTSTART;TZID=GMT Standard Time:20260327T093000",
        "DTEND;TZID=GMT Standard Time:20260327T103000",
        "SUMMARY:RESCHEDULED - Interview for Youth Services Manager",
        org("sam.clegg@barnabasyouth.org.uk", "Clegg, Sam"), att(USER_FREE, "Bethany Ward"),
        att("rev.j.pryce@barnabasyouth.org.uk", "Pryce, Jonathan"),
        desc("Apologies Bethany - we've had to move your interview from Tuesday to Friday morning. Same venue "
             "(Barnabas Youth Trust, St Luke's Centre, Halifax) and same panel: Sam Clegg and Rev. Jonathan "
             "Pryce (Chair)."),
        "SEQUENCE:2", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("rescheduled", cal("outlook", [ev], tz=GMT_STD), uid, 1, "rescheduled-en", "Barnabas Youth Trust",
                   "Youth Services Manager", "", "sam.clegg@barnabasyouth.org.uk;rev.j.pryce@barnabasyouth.org.uk"))

    # 20 Thunderbird, typed by the user from the invitation letter
    uid = "6d4f2b9e-3a1c-4e77-9b0d-8f5a2c1e7d33"
    ev = [
        "CREATED:20260201T192211Z", "LAST-MODIFIED:20260201T192402Z", "DTSTAMP:20260201T192402Z", f"UID:{uid}",
        "SUMMARY:Interview - Northern Roots Adoption - Senior Practitioner", "STATUS:CONFIRMED",
        "DTSTART;TZID=Europe/London:20260210T140000", "DTEND;TZID=Europe/London:20260210T150000",
        "LOCATION:Northern Roots\\, 3 Albion St (2nd floor)",
        desc("Letter says panel = Mags Ibbetson (TM) + someone from adopter panel. Take portfolio + DBS."),
        "X-MOZ-GENERATION:2", "TRANSP:OPAQUE",
    ]
    out.append(rec("thunderbird", cal("thunderbird", [ev], method=None, tz=LONDON), uid, 1,
                   "thunderbird-typed-en", "Northern Roots Adoption", "Senior Practitioner", "", "mags ibbetson"))
    return out
