"""holdout63 events: the user's own interviews scheduled through ATS tools (Greenhouse, Lever, Ashby, Workday).

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_AMS, TZ_DUBLIN, TZ_LONDON, cal, esc, ev, meet, teams, zoom

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def tallyfin_screen() -> dict:
    uid = "0c9q2m7lh4v1t8r6e5n3b2k1sd@google.com"
    desc = esc(
        "Hi Aoife,\n\nThanks for applying for the QA Engineer role at Tallyfin! This is a 30 minute call with "
        "Niamh from our Talent team to talk through your background, what you're looking for and how our "
        "interview process works.\n\nNo preparation needed.\n\nTalk soon,\nNiamh O'Connor | Talent Partner | "
        "Tallyfin\n\n" + meet("en", "xqe-bmrt-kvd"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260303T113000
DTEND;TZID=Europe/Dublin:20260303T120000
DTSTAMP:20260226T094112Z
ORGANIZER;CN=Niamh O'Connor:mailto:niamh.oconnor@tallyfin.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh O'Connor;X-NUM-GUESTS=0:
 mailto:niamh.oconnor@tallyfin.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net;X-NUM-GUESTS=0:
 mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-bmrt-kvd
CREATED:20260226T094110Z
DESCRIPTION:{desc}
LAST-MODIFIED:20260226T094111Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tallyfin | Recruiter Screen | QA Engineer
TRANSP:OPAQUE
END:VEVENT"""
    return ev("greenhouse", cal(GOOGLE, body), uid, 1, "Tallyfin", "QA Engineer", "recruiter_screen",
              "niamh.oconnor@tallyfin.com", "greenhouse-recruiter-screen-en")


def tallyfin_technical() -> dict:
    uid = "6rj3o0ns5qg9c2e8b1u7ad4hmf@google.com"
    desc = esc(
        "Hi Aoife,\n\nYou're confirmed for the technical interview for QA Engineer at Tallyfin.\n\n"
        "Schedule\n14:00 - 15:00  Test strategy & automation (Eoin Rafferty, Senior QA Engineer)\n"
        "15:00 - 15:30  API testing exercise (Deepa Krishnan, Backend Engineer)\n\n"
        "Your coordinator is Shauna Gill - reply to this invite if anything changes.\n\n"
        "Powered by Greenhouse\n\n" + meet("en", "hwa-fzoe-pqn"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260317T140000
DTEND;TZID=Europe/Dublin:20260317T153000
DTSTAMP:20260310T162255Z
ORGANIZER;CN=Shauna Gill:mailto:shauna.gill@tallyfin.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Eoin Rafferty;X-NUM-GUESTS=0:
 mailto:eoin.rafferty@tallyfin.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Deepa Krishnan;X-NUM-GUESTS=0:
 mailto:deepa.krishnan@tallyfin.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Shauna Gill;X-NUM-GUESTS=0:
 mailto:shauna.gill@tallyfin.com
CREATED:20260310T162250Z
DESCRIPTION:{desc}
LAST-MODIFIED:20260310T162254Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview for QA Engineer - Technical Interview (Aoife Byrne)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("greenhouse", cal(GOOGLE, body), uid, 1, "Tallyfin", "QA Engineer", "technical",
              "eoin.rafferty@tallyfin.com;deepa.krishnan@tallyfin.com", "greenhouse-coordinator-en")


def pennant_technical() -> dict:
    uid = "2b8fvtq0c6k1d4se7h3m9a5lro@google.com"
    desc = esc(
        "Hi Aoife,\n\nThanks for making time! In this 60 minute session you'll pair with two of our engineers on "
        "a small test automation task (TypeScript + Playwright, a starter repo will be shared in the call). "
        "There's no trick to it, we want to see how you think about what to test.\n\n"
        "Interviewers: Ravi Menon (Staff SDET), Hannah Briggs (Engineering Manager, Payments)\n\n"
        "Pennant Recruiting\n\n" + zoom("en", "872 4410 9135", "bU1pQkRYZ3N5cmtHd0Zy"))
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260409T150000
DTEND;TZID=Europe/London:20260409T160000
DTSTAMP:20260402T101517Z
ORGANIZER;CN=Jess Marlow:mailto:jess.marlow@getpennant.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ravi Menon;X-NUM-GUESTS=0:
 mailto:ravi.menon@getpennant.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net;X-NUM-GUESTS=0:
 mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah Briggs;X-NUM-GUESTS=0:
 mailto:hannah.briggs@getpennant.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess Marlow;X-NUM-GUESTS=0:
 mailto:jess.marlow@getpennant.com
DESCRIPTION:{desc}
LOCATION:https://us02web.zoom.us/j/87244109135
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Pennant - Technical Interview (Pairing) - SDET
TRANSP:OPAQUE
END:VEVENT"""
    return ev("greenhouse", cal(GOOGLE, body), uid, 1, "Pennant", "SDET", "technical",
              "ravi.menon@getpennant.com;hannah.briggs@getpennant.com", "greenhouse-pairing-zoom-en")


def brightwater_lever() -> dict:
    uid = "lever-interview-6f1e4b2a-93c7-4d58-a0b1-2c7e9f3d8a61"
    desc = esc(
        "Hi Aoife,\n\nYour interview with Brightwater Health for the Senior Test Automation Engineer position "
        "has been scheduled.\n\nFormat: technical interview, 60 minutes, on Microsoft Teams.\n"
        "You'll meet: Grace Adeyemi (Engineering Manager) and Oliver Nash (Principal QA Engineer).\n\n"
        "If you need to reschedule, please reply to careers@bwhealth.co.uk.\n\nBest wishes,\n"
        "Tom Ashdown\nRecruitment Coordinator, Brightwater Health\n\n" + teams("en", "351 876 204 119", "Zk4pQ2"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260318T081204Z
DTSTART:20260324T130000Z
DTEND:20260324T140000Z
SUMMARY:Interview with Brightwater Health: Senior Test Automation Engineer
ORGANIZER;CN=Brightwater Health Recruiting:mailto:careers@bwhealth.co.uk
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Grace Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:grace.adeyemi@bwhealth.co.uk
ATTENDEE;CN=Oliver Nash;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oliver.nash@bwhealth.co.uk
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("lever-utc", cal("-//Lever//Lever Interview Scheduling 2.0//EN", body), uid, 1, "Brightwater Health",
              "Senior Test Automation Engineer", "technical",
              "grace.adeyemi@bwhealth.co.uk;oliver.nash@bwhealth.co.uk", "lever-utc-en")


def oakfield_cancel() -> dict:
    uid = "lever-interview-0b7d3c55-1e2f-4a9b-8c6d-51fa20e7b934"
    desc = esc("This interview has been cancelled. Oakfield Security's recruiting team will be in touch to "
               "find a new time for your phone screen for QA Engineer (Security Products).\n\n- Lever")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260220T154002Z
DTSTART:20260223T100000Z
DTEND:20260223T103000Z
SUMMARY:Canceled: Phone Screen - Oakfield Security - QA Engineer (Security Products)
ORGANIZER;CN=Ellie Prentice:mailto:ellie.prentice@oakfieldsec.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
ATTENDEE;CN=Ellie Prentice;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ellie.prentice@oakfieldsec.com
DESCRIPTION:{desc}
LOCATION:Phone call - Ellie will call +353 87 214 5590
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT"""
    return ev("lever-cancel", cal("-//Lever//Lever Interview Scheduling 2.0//EN", body, method="CANCEL"), uid, 1,
              "Oakfield Security", "QA Engineer (Security Products)", "recruiter_screen",
              "ellie.prentice@oakfieldsec.com", "lever-cancelled-phone-screen-en")


def quaywise_hm() -> dict:
    uid = "ashby-3e1a7c90-5d24-4f6b-b8e2-9a0c1d7f4e53@ashbyhq.com"
    desc = esc(
        "Hi Aoife,\n\nHere are the details for your Hiring Manager Interview for the SDET role at Quaywise.\n\n"
        "Interviewer: Pieter van Rijn (Engineering Manager, Quality Platform)\nDuration: 45 minutes\n\n"
        "Pieter will talk about the team and how we test, and would like to hear about a test framework you "
        "built or improved.\n\nLotte Bakker\nRecruiting Coordinator, Quaywise\n\n" + meet("en", "ubn-rxsa-tdg",
                                                                                        "+31 20 808 5247"))
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260312T140633Z
DTSTART;TZID=Europe/Amsterdam:20260319T160000
DTEND;TZID=Europe/Amsterdam:20260319T164500
SUMMARY:Aoife Byrne <> Quaywise - Hiring Manager Interview
ORGANIZER;CN=Lotte Bakker:mailto:lotte.bakker@quaywise.io
ATTENDEE;CN=Aoife Byrne;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Pieter van Rijn;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pieter.vanrijn@quaywise.io
ATTENDEE;CN=Lotte Bakker;CUTYPE=INDIVIDUAL;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lotte.bakker@quaywise.io
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ubn-rxsa-tdg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("ashby", cal("-//Ashby//Ashby Scheduling//EN", body), uid, 1, "Quaywise", "SDET", "hiring_manager",
              "pieter.vanrijn@quaywise.io", "ashby-hiring-manager-en")


def canalytic_onsite() -> dict:
    uid = "ashby-8c4f02d1-7b9e-4e3a-a615-d03b72c9f1e8@ashbyhq.com"
    desc = esc(
        "Welcome to your onsite with Canalytic!\n\nAgenda (all times Amsterdam)\n"
        "10:00  Welcome & office tour - Femke Jansen (People team)\n"
        "10:30  Test design deep dive - Sander Visser, QA Chapter Lead\n"
        "11:30  Automation architecture - Yara Haddad, Senior SDET\n"
        "12:30  Lunch with the team\n13:15  Hiring manager conversation - Bram Koster, Director of Engineering\n\n"
        "Please bring a photo ID for the front desk. We reimburse travel; keep your receipts.")
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260407T090355Z
DTSTART;TZID=Europe/Amsterdam:20260416T100000
DTEND;TZID=Europe/Amsterdam:20260416T140000
SUMMARY:Canalytic Onsite | QA Automation Engineer | Aoife Byrne
ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@canalytic.nl
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Sander Visser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sander.visser@canalytic.nl
ATTENDEE;CN=Yara Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:yara.haddad@canalytic.nl
ATTENDEE;CN=Bram Koster;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:bram.koster@canalytic.nl
ATTENDEE;CN=Femke Jansen;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:femke.jansen@canalytic.nl
DESCRIPTION:{desc}
LOCATION:Canalytic B.V.\\, Keizersgracht 241\\, 1016 EA Amsterdam
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("ashby-onsite", cal("-//Ashby//Ashby Scheduling//EN", body), uid, 1, "Canalytic",
              "QA Automation Engineer", "onsite",
              "sander.visser@canalytic.nl;yara.haddad@canalytic.nl;bram.koster@canalytic.nl", "ashby-onsite-en")


def leinster_workday() -> dict:
    uid = "WD-INT-8842107-20260305T0930@myworkday.com"
    desc = esc(
        "Dear Aoife,\n\nThank you for your application for Test Analyst (R-10442). We would like to invite you "
        "to a telephone interview with Gráinne Tuohy, Talent Acquisition Partner. Gráinne will call you on the "
        "number in your application.\n\nThe call will last approximately 30 minutes.\n\nKind regards,\n"
        "Talent Acquisition\nLeinster Mutual Insurance DAC\n\nThis message was sent from Workday.")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260227T120455Z
DTSTART;TZID=Europe/Dublin:20260305T093000
DTEND;TZID=Europe/Dublin:20260305T100000
SUMMARY:Telephone Interview - Test Analyst (R-10442)
ORGANIZER;CN=Leinster Mutual Talent Acquisition:mailto:leinstermutual@myworkday.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Gráinne Tuohy;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:grainne.tuohy@lmi.ie
DESCRIPTION:{desc}
LOCATION:Telephone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("workday-phone", cal("-//Workday//Workday Recruiting//EN", body), uid, 1, "Leinster Mutual Insurance",
              "Test Analyst", "recruiter_screen", "grainne.tuohy@lmi.ie", "workday-phone-screen-en")


def sterling_vane_final() -> dict:
    uid = "WD-INT-5519043-20260428T1400@myworkday.com"
    desc = esc(
        "Dear Aoife,\n\nCongratulations on progressing to the final stage for Senior QA Engineer "
        "(JR-2026-0311) at Sterling & Vane Payments.\n\nPanel:\n- Hugh Latimer, VP Quality Engineering\n"
        "- Priyanka Shah, Head of Platform Engineering\n\nThe interview will be held on Microsoft Teams and will "
        "include a 15 minute presentation: 'How would you introduce contract testing to a payments platform?'\n\n"
        "Kind regards,\nCandidate Experience Team, Sterling & Vane\n\n" + teams("en", "392 114 558 027", "Vh8sRe"))
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260421T073302Z
DTSTART;TZID=Europe/London:20260428T140000
DTEND;TZID=Europe/London:20260428T151500
SUMMARY:Final Stage Interview: Senior QA Engineer - Sterling & Vane Payments
ORGANIZER;CN=Candidate Experience:mailto:sterlingvane@myworkday.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Hugh Latimer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hugh.latimer@sterlingvane.com
ATTENDEE;CN=Priyanka Shah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priyanka.shah@sterlingvane.com
DESCRIPTION:{desc}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("workday-final", cal("-//Workday//Workday Recruiting//EN", body), uid, 1, "Sterling & Vane Payments",
              "Senior QA Engineer", "final", "hugh.latimer@sterlingvane.com;priyanka.shah@sterlingvane.com",
              "workday-final-panel-en")


def events() -> list[dict]:
    return [tallyfin_screen(), tallyfin_technical(), pennant_technical(), brightwater_lever(), oakfield_cancel(),
            quaywise_hm(), canalytic_onsite(), leinster_workday(), sterling_vane_final()]
