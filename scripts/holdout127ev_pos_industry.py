"""holdout127 interviews, part 2: health-tech, medtech, pharma and medical defence (ATS and schedulers)."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

EVENTS = [
    ev("greenhouse-screen-en", (1, "Osteon Health", "Medical Advisor (Orthopaedics)", "recruiter_screen",
                                "maya.singh@osteonhealth.com", "greenhouse-en"), r"""
BEGIN:VEVENT
DTSTART:20260113T110000Z
DTEND:20260113T113000Z
ORGANIZER;CN=Maya Singh:mailto:maya.singh@osteonhealth.com
UID:gh-9f3a21c7e1b44d0c8e2a5f60b7d1c3aa@osteonhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maya Singh;X-NUM-GUESTS=0:mailto:maya.singh@osteonhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
DESCRIPTION:Hi Rhys\,\n\nLooking forward to our chat! This is a 30 minute introductory call with me\, Maya (Talent Partner)\, to talk about the Medical Advisor (Orthopaedics) role - 2 sessions a week alongside your NHS work\, reviewing our digital MSK rehab pathways.\n\nJoin with Google Meet: https://meet.google.com/fvk-qmzt-roc\n\nPowered by Greenhouse Scheduling. Osteon Health is committed to an inclusive recruitment process - let us know if you need any adjustments.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rhys Llewellyn <> Osteon Health | Intro call
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="CALSCALE:GREGORIAN"),

    ev("greenhouse-case-en", (1, "Osteon Health", "Medical Advisor (Orthopaedics)", "technical",
                              "dr.anna.keller@osteonhealth.com;james.oduya@osteonhealth.com", "greenhouse-case-en"), r"""
BEGIN:VEVENT
DTSTART:20260123T140000Z
DTEND:20260123T150000Z
ORGANIZER;CN=Osteon Health Recruiting:mailto:recruiting@osteonhealth.com
UID:gh-41d0aa6f9b2c4e7f93c1e2d8a7b5f064@osteonhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Anna Keller:mailto:dr.anna.keller@osteonhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=James Oduya:mailto:james.oduya@osteonhealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Osteon Health Recruiting:mailto:recruiting@osteonhealth.com
DESCRIPTION:Interview: Clinical case review\nCandidate: Rhys Llewellyn\nJob: Medical Advisor (Orthopaedics)\n\nInterviewers:\n- Dr Anna Keller\, Chief Medical Officer\n- James Oduya\, Head of Clinical Product\n\nYou'll walk us through two anonymised patient journeys in the app (post-op TKR and a red-flag back pain) and tell us where you would change the triage rules. No preparation needed.\n\nVideo: https://meet.google.com/sxu-pjre-wiy\n\nScheduled via Greenhouse.
SUMMARY:Clinical case review - Rhys Llewellyn (Medical Advisor\, Orthopaedics)
LOCATION:https://meet.google.com/sxu-pjre-wiy
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE),

    ev("ashby-hm-en", (1, "Tendwell", "Clinical Lead - Surgical Pathways", "hiring_manager",
                       "hannah@tendwell.health", "ashby-en"), r"""
BEGIN:VEVENT
UID:ashby-interview-7a3f09d1-2c4b-4b17-8a0e-5e12f4c7d901
DTSTART:20260129T124500Z
DTEND:20260129T132500Z
SUMMARY:Tendwell: Rhys Llewellyn x Hannah Doyle (Hiring Manager)
DESCRIPTION:Hi Rhys\,\n\nYou're confirmed for your Hiring Manager interview for the Clinical Lead - Surgical Pathways role at Tendwell.\n\nInterviewer: Hannah Doyle\, VP Clinical\nDuration: 40 minutes\n\nJoin Zoom Meeting: https://tendwell.zoom.us/j/93118827420?pwd=K1pQdE5\nMeeting ID: 931 1882 7420\n\nNeed to reschedule? Use this link: https://app.ashbyhq.com/candidate/reschedule/7a3f09d1\n\nSent via Ashby on behalf of Tendwell Ltd.
LOCATION:https://tendwell.zoom.us/j/93118827420
ORGANIZER;CN=Tendwell Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Rhys Llewellyn;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Hannah Doyle;PARTSTAT=ACCEPTED:mailto:hannah@tendwell.health
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "-//Ashby//Ashby Scheduling//EN"),

    ev("lever-values-en", (1, "ShiftBay", "Clinical Advisor (part-time)", "",
                           "priya.raman@shiftbay.io;oliver.chen@shiftbay.io", "lever-staffing-app-en"), r"""
BEGIN:VEVENT
UID:lever-int-5b2e7f3e-91ad-4c10-b0a2-31c8e7d4a6f2@hire.lever.co
DTSTART:20260204T163000Z
DTEND:20260204T171500Z
SUMMARY:Rhys Llewellyn - Clinical Advisor (part-time) - Culture & values conversation
DESCRIPTION:Interview details\n\nCandidate: Rhys Llewellyn\nPosition: Clinical Advisor (part-time)\nInterview: Culture & values conversation (45 min)\nInterviewers: Priya Raman (Co-founder & CEO)\, Oliver Chen (Head of Operations)\n\nShiftBay helps NHS trusts fill rota gaps with their own bank doctors - you'd advise us on how juniors actually pick up shifts.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTUwNmE5\n\nScheduled with Lever.
ORGANIZER;CN=Tasha Green (Recruiting Coordinator):mailto:tasha.green@shiftbay.io
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman@shiftbay.io
ATTENDEE;CN=Oliver Chen;ROLE=REQ-PARTICIPANT:mailto:oliver.chen@shiftbay.io
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", "-//Lever//Lever Hire//EN"),

    ev("workday-rmo-en", (1, "Meridian Healthcare", "Resident Medical Officer (RMO) - Orthopaedics", "recruiter_screen",
                          "ellie.parsons@meridianhealthcare.co.uk", "workday-private-hospital-en"), r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-JR-104482-CAND-2281934-1@myworkday.com
DTSTART;TZID=GMT Standard Time:20260120T083000
DTEND;TZID=GMT Standard Time:20260120T090000
SUMMARY:Screening Interview - JR-104482 Resident Medical Officer (RMO) - Orthopaedics - Harbourgate Hospital Cardiff
DESCRIPTION:Dear Rhys\,\n\nThank you for your application to Meridian Healthcare UK. Your screening interview with Ellie Parsons (Talent Acquisition Partner - Medical) has been scheduled. Ellie will cover the live-in RMO rota (7 days on / 7 off)\, indemnity and start dates. If successful you will be invited to meet the Hospital Director and the Orthopaedic consultants at Harbourgate.\n\nJoin via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2QxNz\n\nTo view or update your application\, sign in to the Meridian Healthcare Careers site.\n\nThis is a system-generated message from Workday.
ORGANIZER;CN=Meridian Healthcare Careers:mailto:meridianhealthcare@myworkday.com
ATTENDEE;CN=Rhys Llewellyn;PARTSTAT=NEEDS-ACTION:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Ellie Parsons;PARTSTAT=ACCEPTED:mailto:ellie.parsons@meridianhealthcare.co.uk
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", "-//Workday//Workday Calendar 1.0//EN", tz=("GMT Standard Time",)),

    ev("icims-final-onsite-en", (1, "Cornerstone Healthcare UK", "Orthopaedic Resident Medical Officer", "final",
                                 "d.whitfield@cornerstonehealth.co.uk;r.menon@cornerstonehealth.co.uk", "icims-en"), r"""
BEGIN:VEVENT
UID:icims-eventid-0000384722-1735@cornerstonehealth.icims.com
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260217T140000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260217T153000
SUMMARY:Final Interview: Orthopaedic Resident Medical Officer (Req 2026-1735) - The Wellesley Clinic\, London W1
LOCATION:The Wellesley Clinic\, 14 Wellesley Place\, London W1G 8EJ - ask for Executive Office\, 3rd floor
DESCRIPTION:Hello Rhys\,\n\nWe are delighted to invite you to a final interview at The Wellesley Clinic\, part of Cornerstone Healthcare UK.\n\nSchedule:\n14:00 Tour of theatres and wards with the Theatre Manager\n14:30 Panel interview - Dr David Whitfield (Medical Director) and Mr Ravi Menon (Consultant Orthopaedic Surgeon\, Chair of MAC)\n15:15 Wrap-up with HR\n\nPlease bring passport\, GMC certificate and your last two appraisals.\n\nKind regards\,\nJade Morris | Talent Acquisition Coordinator\nCornerstone Healthcare UK
ORGANIZER;CN=Jade Morris:mailto:jade.morris@cornerstonehealth.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Whitfield, David":mailto:d.whitfield@cornerstonehealth.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Menon, Ravi":mailto:r.menon@cornerstonehealth.co.uk
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", "-//iCIMS//iCIMS Talent Platform//EN", tz=("(UTC+00:00) Dublin, Edinburgh, Lisbon, London",)),

    ev("smartrecruiters-phone-en", (1, "Ardent Medical Defence Union", "Medical Adviser (Surgery)", "recruiter_screen",
                                    "grace.ohara@ardentmdu.org.uk", "smartrecruiters-phone-en"), r"""
BEGIN:VEVENT
UID:sr-interview-6e1f4d3a-0b2c-4f6e-9a1d-7c3e2b8f5a40@smartrecruiters.com
DTSTART:20260130T091500Z
DTEND:20260130T094500Z
SUMMARY:Phone Interview | Medical Adviser (Surgery) | Ardent MDU
DESCRIPTION:Hi Rhys\,\nThank you for applying for Medical Adviser (Surgery) at Ardent Medical Defence Union.\nGrace O'Hara (Recruitment Partner) will call you on +44 7700 900314 for a 30 minute phone interview about the role\, which supports members through complaints\, inquests and GMC referrals.\nTo reschedule\, reply to this message.\nBest regards\,\nArdent MDU Talent Team\n\nPowered by SmartRecruiters
ORGANIZER;CN=Ardent MDU Talent Team:mailto:ardentmdu@smartrecruiters.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Grace O'Hara:mailto:grace.ohara@ardentmdu.org.uk
LOCATION:Phone call
STATUS:CONFIRMED
END:VEVENT
""", "-//SmartRecruiters//SmartRecruiters Scheduling//EN"),

    ev("goodtime-onsite-room-en", (1, "Kinetiq Orthopaedics", "Clinical Education Specialist - Hip & Knee", "onsite",
                                   "sam.whitaker@kinetiq-ortho.com;laura.benitez@kinetiq-ortho.com", "goodtime-room-en"), r"""
BEGIN:VEVENT
UID:goodtime-0c6f3e7a9b1d4e2fa5c8b0d1e9f27364
DTSTART;TZID=Europe/London:20260226T093000
DTEND;TZID=Europe/London:20260226T123000
SUMMARY:Onsite Interview - Rhys Llewellyn - Clinical Education Specialist (Hip & Knee)
LOCATION:Kinetiq Orthopaedics UK\, Thorpe Park\, Leeds LS15 8ZB - Cadaver Lab & Boardroom
DESCRIPTION:Itinerary for Rhys Llewellyn\n\n09:30-10:30  Hands-on sawbones session: primary TKA instrumentation walkthrough - Sam Whitaker (Clinical Education Manager)\n10:45-11:30  Behavioural interview - Laura Benitez (Director\, Professional Education EMEA)\n11:30-12:30  Lunch with the education team (informal)\n\nYour coordinator for the day is Zoe Clarke - please call 0113 496 0271 on arrival. Zoe will not be interviewing.\n\nScheduled by GoodTime on behalf of Kinetiq Orthopaedics.
ORGANIZER;CN=Zoe Clarke:mailto:zoe.clarke@kinetiq-ortho.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Sam Whitaker;ROLE=REQ-PARTICIPANT:mailto:sam.whitaker@kinetiq-ortho.com
ATTENDEE;CN=Laura Benitez;ROLE=REQ-PARTICIPANT:mailto:laura.benitez@kinetiq-ortho.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=LDS-Boardroom (14):mailto:lds-boardroom@kinetiq-ortho.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=LDS-Cadaver Lab:mailto:lds-lab@kinetiq-ortho.com
STATUS:CONFIRMED
END:VEVENT
""", "-//GoodTime.io//GoodTime Hire//EN", tz=("Europe/London",)),

    ev("modernloop-presentation-en", (1, "Halvorsen Pharma", "Medical Science Liaison - Musculoskeletal", "technical",
                                      "ingrid.solberg@halvorsenpharma.com;mark.dunne@halvorsenpharma.com",
                                      "modernloop-en"), r"""
BEGIN:VEVENT
UID:ml-evt-2f8d6c1a-3b7e-49e0-a5d4-c90e1f6b2a88@modernloop.io
DTSTART:20260211T100000Z
DTEND:20260211T110000Z
SUMMARY:Halvorsen Pharma | Scientific presentation - Rhys Llewellyn (MSL - MSK)
DESCRIPTION:Hi Rhys\,\n\nHere are the details for your scientific presentation round for the Medical Science Liaison - Musculoskeletal role.\n\nPlease prepare a 15-minute presentation critically appraising a recent RCT in osteoporotic fracture prevention\, followed by 30 minutes of scientific Q&A.\n\nPanel:\nIngrid Solberg - Head of Medical Affairs UK & Ireland\nMark Dunne - Senior MSL\n\nJoin: https://halvorsen.webex.com/meet/ingrid.solberg\n\nCoordinated by ModernLoop for Halvorsen Pharma Ltd.
ORGANIZER;CN=Halvorsen Talent Acquisition:mailto:talent@halvorsenpharma.com
ATTENDEE;CN=Rhys Llewellyn;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Ingrid Solberg;ROLE=REQ-PARTICIPANT:mailto:ingrid.solberg@halvorsenpharma.com
ATTENDEE;CN=Mark Dunne;ROLE=REQ-PARTICIPANT:mailto:mark.dunne@halvorsenpharma.com
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT
""", "-//ModernLoop//ModernLoop Scheduler//EN"),
    ev("proton-founder-body-only-en", (1, "Vitalwing", "Clinical Lead (part-time)", "", "sam.okonjo@proton.me",
                                       "founder-freemail-body-en"), r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260128T201500
DTEND;TZID=Europe/London:20260128T210000
ORGANIZER;CN=Sam Okonjo:mailto:sam.okonjo@proton.me
UID:f0e1d2c3b4a5968778695a4b3c2d1e0f@proton.me
ATTENDEE;CN=Sam Okonjo;PARTSTAT=ACCEPTED:mailto:sam.okonjo@proton.me
ATTENDEE;CN=rhys.llewellyn.md@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
SUMMARY:Rhys / Sam - interview
DESCRIPTION:Hey Rhys\, thanks for replying to the post on the Doctors in Tech Slack. This is the interview for the part-time Clinical Lead role at Vitalwing (we're building a virtual fracture clinic for A&E departments\, pre-seed\, 4 people). I'll ask about fracture clinic workflows and how you'd run clinical safety (DCB0129). Evenings work for me too.\n\nSam (co-founder\, CEO)\n\nhttps://meet.jit.si/vitalwing-rhys-0128
LOCATION:https://meet.jit.si/vitalwing-rhys-0128
STATUS:CONFIRMED
END:VEVENT
""", "-//Proton AG//ProtonCalendar 1.0.0//EN", tz=("Europe/London",)),

    ev("workday-final-panel-en", (1, "Aldwych Health", "Clinical Adviser - Orthopaedic Claims", "final",
                                  "helen.marchant@aldwychhealth.co.uk;dr.sunil.batra@aldwychhealth.co.uk",
                                  "workday-final-en"), r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-R-0087712-CAND-33019-3@myworkday.com
DTSTART:20260305T140000Z
DTEND:20260305T150000Z
SUMMARY:Final Panel Interview - R-0087712 Clinical Adviser - Orthopaedic Claims
DESCRIPTION:Dear Rhys\,\n\nCongratulations on progressing to the final stage for Clinical Adviser - Orthopaedic Claims at Aldwych Health (health insurance\, Clinical Governance team).\n\nPanel: Helen Marchant (Head of Clinical Claims)\; Dr Sunil Batra (Deputy Medical Director).\nYour recruiter Tom Ellery will not attend the panel.\n\nFormat: 15-min case exercise (review a request for private knee arthroscopy against our guidelines) + competency questions.\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmluYWw\n\nThis is a system-generated message from Workday.
ORGANIZER;CN=Aldwych Health Careers:mailto:aldwychhealth@myworkday.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Helen Marchant:mailto:helen.marchant@aldwychhealth.co.uk
ATTENDEE;CN=Dr Sunil Batra:mailto:dr.sunil.batra@aldwychhealth.co.uk
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", "-//Workday//Workday Calendar 1.0//EN"),
]

FORMS = {
    "Osteon Health": "Osteon",
    "Tendwell": "Tendwell Ltd",
    "ShiftBay": "",
    "Meridian Healthcare": "Meridian Healthcare UK",
    "Cornerstone Healthcare UK": "Cornerstone Healthcare",
    "Ardent Medical Defence Union": "Ardent MDU|Ardent",
    "Kinetiq Orthopaedics": "Kinetiq|Kinetiq Orthopaedics UK",
    "Halvorsen Pharma": "Halvorsen Pharma Ltd",
    "Vitalwing": "",
    "Aldwych Health": "",
}
