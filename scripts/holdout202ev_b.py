# ruff: noqa: E501
"""holdout202 events, part b: Bradford, Sheffield and Manchester employers."""

from holdout202ev_tz import LONDON, LONDON_GOOGLE, event

EVENTS = []

# Northgate Building Society: SAP SuccessFactors interview invite, Teams.
EVENTS.append(event("successfactors-panel", r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:SF-IS-northgatebsP1-000718254-1
DTSTAMP:20260302T090114Z
DTSTART;TZID=Europe/London:20260310T110000
DTEND;TZID=Europe/London:20260310T120000
SUMMARY:Interview Invitation: Legal Assistant (Secured Lending) – Req 2213
ORGANIZER;CN=Northgate Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sandhu:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gareth Lumb:mailto:gareth.lumb@northgatebs.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Shabana Iqbal:mailto:shabana.iqbal@northgatebs.co.uk
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Priya\,\n\nThank you for your interest in the Legal Assistant (Secured Lending) role with Northgate Building Society. We are pleased to invite you to a panel interview with Gareth Lumb (Senior Legal Counsel) and Shabana Iqbal (Legal Operations Manager).\n\nThe interview will be competency based and will last up to 60 minutes. Please have your ID available so that we can complete right to work checks.\n\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 344 019 286 553 Passcode: 7Fh2qL\nDial in by phone\n+44 20 3443 9702\,\,518402115# United Kingdom\, London\nPhone conference ID: 518 402 115#\n\nKind regards\nTalent Acquisition Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "SF-IS-northgatebsP1-000718254-1", 1, "Northgate Building Society", "Legal Assistant (Secured Lending)",
    "hiring_manager", "gareth.lumb@northgatebs.co.uk;shabana.iqbal@northgatebs.co.uk",
    "successfactors-in-house-panel-teams"))

# Dransfield Ogden: Teamtailor booking.
EVENTS.append(event("teamtailor-screen", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-4417902-c1197731@teamtailor.com
DTSTAMP:20260113T143822Z
DTSTART:20260116T100000Z
DTEND:20260116T103000Z
SUMMARY:Dransfield Ogden + Priya: Intro call
ORGANIZER;CN=Megan Whitworth:mailto:megan.whitworth@dransfieldogden.co.uk
ATTENDEE;CN=Priya Kaur Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Megan Whitworth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:megan.whitworth@dransfieldogden.co.uk
LOCATION:https://meet.google.com/xdr-pvqk-tua
DESCRIPTION:Hi Priya!\n\nLooking forward to our chat about the Paralegal – Insolvency & Restructuring (Sheffield) position. I'm Megan\, Talent Partner at Dransfield Ogden – this is an informal 30-minute call to get to know you and tell you about the team and the next steps.\n\nJoin with Google Meet: https://meet.google.com/xdr-pvqk-tua\nOr dial: (GB) +44 20 3956 0517 PIN: 402 118 337#\n\nNeed to reschedule? Use the link in your confirmation email.\n\nSent via Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "teamtailor-meeting-4417902-c1197731@teamtailor.com", 1, "Dransfield Ogden LLP",
    "Paralegal – Insolvency & Restructuring (Sheffield)", "recruiter_screen", "megan.whitworth@dransfieldogden.co.uk",
    "teamtailor-informal-intro-call"))

# Brightwater Legal: invigilated Watson Glaser slot booked through Oleeo.
EVENTS.append(event("watson-glaser", r"""
BEGIN:VCALENDAR
PRODID:-//Oleeo//Event Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-evt-40117-cand-6620451@brightwaterlegal.tal.net
DTSTAMP:20260119T160201Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20260127T180000
DTEND;TZID=Europe/London:20260127T190000
SUMMARY:Brightwater Legal – Stage 2: Online Critical Thinking Assessment (
 Watson Glaser III)
ORGANIZER;CN=Brightwater Legal Early Talent:mailto:noreply@brightwaterlega
 l.tal.net
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priya.sandhu.law@outlook.com
DESCRIPTION:Dear Priya\,\n\nCongratulations – your application for the 20
 28 Training Contract (Manchester) has progressed to Stage 2.\n\nYou have b
 ooked a remotely invigilated session for the Watson Glaser III critical th
 inking test. Please log in 10 minutes before the start time using the link
  in your candidate portal. You will need your webcam switched on and a fo
 rm of photo ID. The test lasts 30 minutes.\n\nSuccessful candidates will b
 e invited to a first interview with the Early Talent team.\n\nBrightwater
  Legal Early Talent
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "oleeo-evt-40117-cand-6620451@brightwaterlegal.tal.net", 1, "Brightwater Legal LLP",
    "2028 Training Contract (Manchester)", "technical", "", "oleeo-invigilated-watson-glaser-slot"))

# Brightwater Legal: first interview on Teams, Outlook invite from Early Talent.
EVENTS.append(event("teams-first-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Brightwater Early Talent":mailto:earlytalent@brightwaterlegal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okonkwo, Daniel":mailto:daniel.okonkwo@brightwaterlegal.com
DESCRIPTION;LANGUAGE=en-GB:Hi Priya\,\n\nPlease find below the details for your first interview for the 2028 Training Contract. You'll be speaking with Daniel Okonkwo from our Early Talent team for around 30 minutes. We'll ask about your motivation for Brightwater\, your work experience so far and a recent commercial story that caught your eye.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ3NGE3ZTEtNDFh%40thread.v2/0>\nMeeting ID: 392 611 508 447\nPasscode: sU7dK2\nDownload Teams | Join on the web\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B7C2E0D1F093DC0100000000000000001000000077E2F9A0C1D24B46A7E5C0B8D3F1E6A9
SUMMARY;LANGUAGE=en-GB:Brightwater Legal | First Interview | Priya Sandhu
DTSTART;TZID=Europe/London:20260212T163000
DTEND;TZID=Europe/London:20260212T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T120949Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ3NGE3ZTEtNDFh%40thread.v2/0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B7C2E0D1F093DC0100000000000000001000000077E2F9A0C1D24B46A7E5C0B8D3F1E6A9",
    1, "Brightwater Legal LLP", "2028 Training Contract", "recruiter_screen", "daniel.okonkwo@brightwaterlegal.com",
    "outlook-teams-early-talent-first-interview"))

# Brightwater Legal: final partner interview, in person in Manchester.
EVENTS.append(event("partner-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Oleeo//Event Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-evt-40388-cand-6620451@brightwaterlegal.tal.net
DTSTAMP:20260304T101010Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20260401T100000
DTEND;TZID=Europe/London:20260401T113000
SUMMARY:Final Stage – Partner Interview and Written Exercise
LOCATION:Brightwater Legal LLP\, 100 Spinningfields\, Manchester M3 3AP
ORGANIZER;CN=Brightwater Legal Early Talent:mailto:noreply@brightwaterlega
 l.tal.net
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priya.sandhu.law@outlook.com
DESCRIPTION:Dear Priya\,\n\n2028 Training Contract (Manchester) – Final St
 age\n\nYou will complete a 45-minute written exercise followed by a 45-min
 ute interview with two partners: Helen Fairhurst (Employment) and Kwame As
 ante (Corporate).\n\nTravel expenses will be reimbursed – keep your train
  ticket.\n\nBrightwater Legal Early Talent
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "oleeo-evt-40388-cand-6620451@brightwaterlegal.tal.net", 1, "Brightwater Legal LLP",
    "2028 Training Contract (Manchester)", "final", "Helen Fairhurst;Kwame Asante", "oleeo-final-stage-partners"))

# Ancoats Law: Cal.com booking with the managing director, no role in the title.
EVENTS.append(event("calcom-booking", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:kQ2r7Vb1xN3mT9aLpY5cZ8
DTSTAMP:20260302T193305Z
DTSTART:20260309T180000Z
DTEND:20260309T184500Z
SUMMARY:45 min meeting between Tom Rafferty and Priya Sandhu
ORGANIZER;CN=Tom Rafferty:mailto:tom@ancoatslaw.co.uk
ATTENDEE;CN=Priya Sandhu;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
LOCATION:https://app.cal.com/video/kQ2r7Vb1xN3mT9aLpY5cZ8
DESCRIPTION:What: 45 min meeting between Tom Rafferty and Priya Sandhu\nInvitee time zone: Europe/London\nWho:\nTom Rafferty - Organizer\ntom@ancoatslaw.co.uk\nPriya Sandhu\npriya.sandhu.law@outlook.com\nWhere: Cal Video\nAdditional notes: Re your application for the SQE paralegal role (we fund SQE1+2). I'd like to hear about your litigation experience and explain how the team works day to day. Evening slot is fine – I know you're working.\n\nNeed to reschedule or cancel? https://cal.com/booking/kQ2r7Vb1xN3mT9aLpY5cZ8
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "kQ2r7Vb1xN3mT9aLpY5cZ8", 1, "Ancoats Law", "SQE paralegal", "", "tom@ancoatslaw.co.uk",
    "calcom-generic-meeting-title"))

# Pennington Shaw: Greenhouse, original invitation.
EVENTS.append(event("greenhouse-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-81774512-3350921@greenhouse.io
DTSTAMP:20260121T154400Z
DTSTART:20260128T140000Z
DTEND:20260128T150000Z
SUMMARY:Interview with Pennington Shaw LLP – Real Estate Paralegal
ORGANIZER;CN=Lucy Brennand:mailto:lucy.brennand@penningtonshaw.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Ian Threlfall;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ian.threlfall@penningtonshaw.com
LOCATION:Zoom: https://penningtonshaw.zoom.us/j/84412096633?pwd=Qm5xb2ZkT0k
DESCRIPTION:Hi Priya\,\n\nHere are the details of your interview with Ian Threlfall (Partner\, Real Estate) for the Real Estate Paralegal role.\n\nJoin Zoom Meeting\nhttps://penningtonshaw.zoom.us/j/84412096633?pwd=Qm5xb2ZkT0k\nMeeting ID: 844 1209 6633\nPasscode: 551902\n\nOne tap mobile\n+441314601196\,\,84412096633#\,\,\,\,*551902# United Kingdom\n\nBest\,\nLucy Brennand\nRecruitment Coordinator
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "gh-interview-81774512-3350921@greenhouse.io", 1, "Pennington Shaw LLP", "Real Estate Paralegal",
    "hiring_manager", "ian.threlfall@penningtonshaw.com", "greenhouse-zoom-coordinator-organizer"))

# Pennington Shaw: the same interview cancelled.
EVENTS.append(event("greenhouse-cancel", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:gh-interview-81774512-3350921@greenhouse.io
DTSTAMP:20260126T091208Z
DTSTART:20260128T140000Z
DTEND:20260128T150000Z
SUMMARY:Canceled: Interview with Pennington Shaw LLP – Real Estate Paralegal
ORGANIZER;CN=Lucy Brennand:mailto:lucy.brennand@penningtonshaw.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Ian Threlfall;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ian.threlfall@penningtonshaw.com
DESCRIPTION:Hi Priya\, unfortunately Ian has been called into a completion and we need to cancel Wednesday's interview. I'll be in touch with new times shortly – apologies!\n\nLucy Brennand\nRecruitment Coordinator\, Pennington Shaw LLP
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "gh-interview-81774512-3350921@greenhouse.io", 1, "Pennington Shaw LLP", "Real Estate Paralegal",
    "hiring_manager", "ian.threlfall@penningtonshaw.com", "greenhouse-method-cancel"))

# Irwell Roscoe: Eploy-generated invite with Webex.
EVENTS.append(event("webex-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment Software//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:EPLOY-INT-00093184-20260219@irwellroscoe.eploy.net
DTSTAMP:20260213T113317Z
DTSTART;TZID=Europe/London:20260219T083000
DTEND;TZID=Europe/London:20260219T091500
SUMMARY:Irwell Roscoe LLP: Paralegal - Commercial Property (Manchester) - Video Interview
ORGANIZER;CN=Irwell Roscoe Recruitment:mailto:recruitment@irwellroscoe.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
LOCATION:Webex
DESCRIPTION:Dear Priya\n\nWe are delighted to invite you to a video interview for the above role. You will meet Victoria Haslam\, Senior Associate. We have booked an early slot as requested so that you can join before work.\n\nJoin Webex meeting\nhttps://irwellroscoe.webex.com/irwellroscoe/j.php?MTID=m7c1a0e5d2f\nMeeting number (access code): 2374 881 9025\nMeeting password: Irw3ll26\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\n\nKind regards\nRecruitment Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "EPLOY-INT-00093184-20260219@irwellroscoe.eploy.net", 1, "Irwell Roscoe LLP",
    "Paralegal - Commercial Property (Manchester)", "", "Victoria Haslam", "eploy-webex-early-slot"))

# Halliwell Thorne: Lever phone screen (UTC, summer).
EVENTS.append(event("lever-screen", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5b1e6d3c-88a2-4f0a-b7d4-1f9e2c3a0d55
DTSTAMP:20260408T141902Z
DTSTART:20260414T110000Z
DTEND:20260414T112500Z
SUMMARY:Phone Screen: Priya Sandhu <> Halliwell Thorne
ORGANIZER;CN=Halliwell Thorne Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Sam Whitehead;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.whitehead@halliwellthorne.com
LOCATION:Phone call – Sam will call +44 7700 900412
DESCRIPTION:Role: Trainee Solicitor (SQE pathway)\nInterviewer: Sam Whitehead\, Talent Acquisition Partner\n\nSam will give you a call at the number above. This is a 25-minute conversation about your background and the SQE-funded trainee programme.\n\nIf you need to reschedule\, reply to this email.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "lever-interview-5b1e6d3c-88a2-4f0a-b7d4-1f9e2c3a0d55", 1, "Halliwell Thorne LLP",
    "Trainee Solicitor (SQE pathway)", "recruiter_screen", "sam.whitehead@halliwellthorne.com", "lever-phone-screen-utc"))

# Halliwell Thorne: practical drafting exercise, Google Meet via Lever, Google-style VTIMEZONE.
EVENTS.append(event("drafting-exercise", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
""" + LONDON_GOOGLE + r"""BEGIN:VEVENT
UID:lever-interview-0a7c2e91-4d3b-46f1-9e08-b2c5d6a7e812
DTSTAMP:20260422T083015Z
DTSTART;TZID=Europe/London:20260428T140000
DTEND;TZID=Europe/London:20260428T153000
SUMMARY:Halliwell Thorne – Drafting Exercise & Discussion (Trainee Solicitor, SQE pathway)
ORGANIZER;CN=Halliwell Thorne Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Anita Chaudhry;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anita.chaudhry@halliwellthorne.com
ATTENDEE;CN=Mark Ellison;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mark.ellison@halliwellthorne.com
LOCATION:Google Meet – https://meet.google.com/hqe-wbnz-kfo
DESCRIPTION:Stage 2. You will receive a short client file by email at 14:00 and have 60 minutes to draft a letter of advice. You will then discuss your draft with Anita Chaudhry (Partner) and Mark Ellison (Senior Associate) for 30 minutes.\n\nJoin: https://meet.google.com/hqe-wbnz-kfo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "lever-interview-0a7c2e91-4d3b-46f1-9e08-b2c5d6a7e812", 1, "Halliwell Thorne LLP",
    "Trainee Solicitor (SQE pathway)", "technical", "anita.chaudhry@halliwellthorne.com;mark.ellison@halliwellthorne.com",
    "lever-drafting-exercise-practical"))

# Dransfield Ogden: second interview in Sheffield, sent by the partner from Outlook.
EVENTS.append(event("sheffield-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Ogden, Richard":mailto:richard.ogden@dransfieldogden.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kaur, Jasdeep":mailto:jasdeep.kaur@dransfieldogden.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitworth, Megan":mailto:megan.whitworth@dransfieldogden.co.uk
DESCRIPTION;LANGUAGE=en-GB:Priya\,\n\nFollowing your call with Megan\, Jasdeep (Associate\, Restructuring) and I would like to meet you in person. We'll talk through a recent administration we acted on and ask how you'd approach creditor correspondence. About an hour.\n\n5 minutes' walk from Sheffield station – ask for me at reception.\n\nRichard Ogden\nPartner\, Insolvency & Restructuring
UID:040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Priya Sandhu – meet Richard & Jasdeep
DTSTART;TZID=Europe/London:20260127T160000
DTEND;TZID=Europe/London:20260127T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T172200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Dransfield Ogden\, 2 Pond Street\, Sheffield
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F9A0B1C2D3E4DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    1, "Dransfield Ogden LLP", "", "hiring_manager",
    "richard.ogden@dransfieldogden.co.uk;jasdeep.kaur@dransfieldogden.co.uk", "outlook-partner-meet-names-only-title"))
