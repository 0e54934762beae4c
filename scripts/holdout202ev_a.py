# ruff: noqa: E501
"""holdout202 events, part a: Leeds training-contract and paralegal processes."""

from holdout202ev_tz import GMT_STANDARD, LONDON, OUTLOOK_DUBLIN, event

EVENTS = []

# Fenwick Ridley: pre-recorded video interview, typed by Priya on her phone.
EVENTS.append(event("hirevue-reminder", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6F1D2A8C-3B47-4E0E-9C55-0B7A1D2E4F61
DTSTAMP:20260112T213304Z
CREATED:20260112T213255Z
LAST-MODIFIED:20260112T213304Z
DTSTART:20260114T190000
DTEND:20260114T200000
SUMMARY:FR hirevue vid int!!
DESCRIPTION:Fenwick Ridley TC – pre recorded\, 5 qs\, 30s prep / 2 min answ
 er. Link in outlook inbox. Deadline Fri 23:59.\nDo it in spare room\, lap
 top charged\, blazer on top half lol\nWhy FR / commercial awareness (Leeds
  property mkt) / teamwork example = Hollins disclosure
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6F1D2A8C-3B47-4E0E-9C55-0B7A1D2E4F61", 1, "Fenwick Ridley LLP", "", "recruiter_screen", "",
    "prerecorded-video-interview-self-typed"))

# Fenwick Ridley: assessment centre via Oleeo, moved once (SEQUENCE 1).
EVENTS.append(event("assessment-centre", r"""
BEGIN:VCALENDAR
PRODID:-//Oleeo//Event Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-evt-88213-cand-5519027@fenwickridley.tal.net
DTSTAMP:20260209T091512Z
SEQUENCE:1
DTSTART;TZID=Europe/London:20260224T091500
DTEND;TZID=Europe/London:20260224T161500
SUMMARY:Fenwick Ridley Assessment Centre – Training Contract 2028 (UPDATED
  DATE)
LOCATION:Fenwick Ridley LLP\, 1 Wellington Place\, Leeds LS1 4AP
ORGANIZER;CN=Fenwick Ridley Graduate Recruitment:mailto:noreply@fenwickri
 dley.tal.net
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priya.sandhu.law@outlook.com
DESCRIPTION:Dear Priya\,\n\nPlease note that your Assessment Centre has mo
 ved from Tuesday 17 February to Tuesday 24 February 2026. We apologise fo
 r any inconvenience.\n\nVacancy: Trainee Solicitor – 2028 intake (Leeds)\
 n\nThe day will include:\n• a written exercise (60 minutes)\n• a group ex
 ercise with other candidates\n• a partner interview – yours will be with
  Jonathan Pryce (Partner\, Real Estate) and Sophie Akhtar (Graduate Recrui
 tment Manager)\n\nLunch will be provided. Please bring photographic ID an
 d let us know of any reasonable adjustments.\n\nKind regards\nGraduate Re
 cruitment Team\nFenwick Ridley LLP\n\nTo view or change this booking log
  in to your candidate account.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "oleeo-evt-88213-cand-5519027@fenwickridley.tal.net", 1, "Fenwick Ridley LLP",
    "Trainee Solicitor – 2028 intake", "onsite", "Jonathan Pryce;Sophie Akhtar",
    "oleeo-assessment-centre-rescheduled"))

# Fenwick Ridley: final, sent by the senior partner's PA on his behalf.
EVENTS.append(event("final-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_DUBLIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Graham";SENT-BY="mailto:janet.ellis@fenwickridley.com":mailto:graham.whitaker@fenwickridley.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sandhu:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Noor, Farah":mailto:farah.noor@fenwickridley.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Akhtar, Sophie":mailto:sophie.akhtar@fenwickridley.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LDS 7.02 Aire (8)":mailto:lds-7.02-aire@fenwickridley.com
DESCRIPTION;LANGUAGE=en-GB:Dear Priya\,\n\nFurther to your assessment centre\, Graham Whitaker (Senior Partner) and Farah Noor (Partner\, Commercial Litigation) would like to invite you to a final interview for a 2028 training contract. The interview will last around 45 minutes and will be a conversation about your experience and motivation – there is no presentation to prepare.\n\nPlease report to reception on the ground floor.\n\nKind regards\,\nJanet\n\nJanet Ellis | PA to Graham Whitaker\nFenwick Ridley LLP\n\n
UID:040000008200E00074C5B7101A82E00800000000A0F6D1E1B1A4DC010000000000000000100000005D1C0A8E6F1B0B4C9E2D6F77C3A1B201
SUMMARY;LANGUAGE=en-GB:Priya Sandhu - Final Interview
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260311T140000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260311T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T103355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LDS 7.02 Aire (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1298331540
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A0F6D1E1B1A4DC010000000000000000100000005D1C0A8E6F1B0B4C9E2D6F77C3A1B201",
    1, "Fenwick Ridley LLP", "", "final",
    "graham.whitaker@fenwickridley.com;farah.noor@fenwickridley.com", "outlook-final-sent-by-pa-with-room"))

# Calderbank Hughes: Outlook, GMT Standard Time, PA sends for the partner.
EVENTS.append(event("paralegal-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STANDARD + r"""BEGIN:VEVENT
ORGANIZER;CN="Hughes, Martin";SENT-BY="mailto:l.fairclough@calderbankhughes.co.uk":mailto:m.hughes@calderbankhughes.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dobson, Claire":mailto:c.dobson@calderbankhughes.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Park Sq - Meeting Room 2":mailto:room2.parksq@calderbankhughes.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Priya\,\n\nThank you for your application for the Litigation Paralegal vacancy. Martin Hughes (Head of Dispute Resolution) and Claire Dobson (Associate) look forward to meeting you on Tuesday.\n\nWe are at 14 Park Square East – please press the buzzer for the 2nd floor. The interview will be approx. 1 hour and will include a short exercise proofreading a letter of claim.\n\nMany thanks\nLouise\n\nLouise Fairclough\nLegal Secretary / PA to Martin Hughes\nCalderbank Hughes Solicitors\n
UID:040000008200E00074C5B7101A82E00800000000F0D3C2B8E989DC01000000000000000010000000A8F0E3C1F9B5264E8B7E1C1C6E0B4D0F
SUMMARY;LANGUAGE=en-GB:Interview - Priya Sandhu - Litigation Paralegal
DTSTART;TZID=GMT Standard Time:20260203T100000
DTEND;TZID=GMT Standard Time:20260203T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T162045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Park Sq - Meeting Room 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F0D3C2B8E989DC01000000000000000010000000A8F0E3C1F9B5264E8B7E1C1C6E0B4D0F",
    1, "Calderbank Hughes Solicitors", "Litigation Paralegal", "hiring_manager",
    "m.hughes@calderbankhughes.co.uk;c.dobson@calderbankhughes.co.uk", "outlook-gmt-standard-time-sent-by-pa"))

# Whitcombe Dodd: legal recruiter's screening call, client named in the body.
EVENTS.append(event("agency-screen", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260120T123000
DTEND;TZID=Europe/London:20260120T130000
DTSTAMP:20260116T151140Z
ORGANIZER;CN=Hannah Briggs:mailto:hannah.briggs@sterlinglegalrecruitment.co.uk
UID:5q0m3v7d1n9kq2c4h8r6t1p0bg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Briggs;X-NUM-GUESTS=0:mailto:hannah.briggs@sterlinglegalrecruit
 ment.co.uk
CREATED:20260116T151139Z
DESCRIPTION:Hi Priya\, as discussed – a proper run-through of the Commerci
 al Litigation Paralegal role with my client Whitcombe Dodd LLP (Leeds\, Ki
 ng Street) before I put your CV forward. I'll go through your experience\
 , salary expectations (£26-29k) and notice period\, and then tell you mor
 e about the team.\n\nI'll call you on 07700 900412.\n\nHannah Briggs\nSeni
 or Consultant – Paralegal & Legal Support\nSterling Legal Recruitment
LAST-MODIFIED:20260116T151140Z
LOCATION:Phone – Hannah to call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Sandhu / Sterling Legal – Commercial Litigation Paralegal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5q0m3v7d1n9kq2c4h8r6t1p0bg@google.com", 1, "Whitcombe Dodd LLP", "Commercial Litigation Paralegal",
    "recruiter_screen", "hannah.briggs@sterlinglegalrecruitment.co.uk", "agency-screen-client-named-in-body"))

# Whitcombe Dodd: the interview itself, typed by Priya in Outlook.com.
EVENTS.append(event("firm-interview", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:via Hannah @ Sterling. Philip Shaw (Head of Lit) + Karen Doyle (HR). 3rd floor\, sign in at recept.\nTake: 2x CV\, DBS cert\, notes on Civil Procedure Rules pt 31\nLeave work 1.15 – told Rebecca dentist 🙈
UID:040000008200E00074C5B7101A82E008000000006E2C7F8C6D8ADC01000000000000000010000000D9E0A7E3B1F44E4D9C1A0A5F6D7E8C21
SUMMARY;LANGUAGE=en-GB:Whitcombe Dodd int
DTSTART;TZID=Europe/London:20260129T140000
DTEND;TZID=Europe/London:20260129T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T190233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Whitcombe Dodd\, 12 King St Leeds
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000006E2C7F8C6D8ADC01000000000000000010000000D9E0A7E3B1F44E4D9C1A0A5F6D7E8C21",
    1, "Whitcombe Dodd LLP", "", "", "Philip Shaw;Karen Doyle", "self-typed-abbreviated-int-with-names"))

# Kirkgate Law: Calendly booking with the principal solicitor.
EVENTS.append(event("calendly-call", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:d3b1c9a0-7f2e-4b5e-9a61-2c8e0f3d4b17
DTSTAMP:20260205T084501Z
DTSTART:20260209T123000Z
DTEND:20260209T124500Z
SUMMARY:Paralegal vacancy – 15 min call between Amanda Kirk and Priya Sandhu
ORGANIZER;CN=Amanda Kirk:mailto:amanda@kirkgatelaw.co.uk
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Amanda Kirk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:amanda@kirkgatelaw.co.uk
LOCATION:Amanda Kirk will call you at +44 7700 900412
DESCRIPTION:Event Name: Paralegal vacancy – 15 min call\n\nA quick first chat about the residential conveyancing / probate paralegal role at Kirkgate Law. Nothing to prepare.\n\nQuestions:\nWhat is your current notice period?\n1 month\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/d3b1c9a0-7f2e-4b5e-9a61-2c8e0f3d4b17\nReschedule: https://calendly.com/reschedulings/d3b1c9a0-7f2e-4b5e-9a61-2c8e0f3d4b17\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "d3b1c9a0-7f2e-4b5e-9a61-2c8e0f3d4b17", 1, "Kirkgate Law", "", "hiring_manager", "amanda@kirkgatelaw.co.uk",
    "calendly-utc-phone-call-principal"))

# Kirkgate Law: trial day, all-day, typed by Priya.
EVENTS.append(event("trial-day", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1E5F0C4-2D6B-4B8A-8F3E-5C7D9E1A2B33
DTSTAMP:20260211T201512Z
CREATED:20260211T201458Z
DTSTART;VALUE=DATE:20260220
DTEND;VALUE=DATE:20260221
SUMMARY:Kirkgate trial day (A/L booked)
DESCRIPTION:Amanda said 9–5ish\, shadow Jo on completions + draft a simple
  will from file notes. Paid £100. Wear smart not suit. Park at Merrion cen
 tre.
LOCATION:Kirkgate Law\, 3 Vicar Lane\, Leeds
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "A1E5F0C4-2D6B-4B8A-8F3E-5C7D9E1A2B33", 1, "Kirkgate Law", "", "onsite", "",
    "all-day-trial-day-self-typed", eol="\n"))

# Milner Pickersgill: practice manager on Google Workspace.
EVENTS.append(event("google-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260226T150000Z
DTEND:20260226T160000Z
DTSTAMP:20260219T112004Z
ORGANIZER;CN=Deborah Milner:mailto:deborah.milner@milnerpickersgill.co.uk
UID:1h4r8e2v6c0tq9m3k7n5p2s8aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Deborah Milner;X-NUM-GUESTS=0:mailto:deborah.milner@milnerpickersgill.c
 o.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Robert Pickersgill;X-NUM-GUESTS=0:mailto:robert.pickersgill@milner
 pickersgill.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
CREATED:20260219T112003Z
DESCRIPTION:Private Client Paralegal – meeting with Robert (Partner\, Wills
  Trusts & Probate) and me. We are opposite the Valley Gardens – parking on
  Royal Parade is pay & display.<br><br>Deborah Milner<br>Practice Manager
LAST-MODIFIED:20260219T112004Z
LOCATION:Milner Pickersgill Solicitors\, 8 Royal Parade\, Harrogate HG1 2SZ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya Sandhu – Private Client Paralegal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1h4r8e2v6c0tq9m3k7n5p2s8aa@google.com", 1, "Milner Pickersgill Solicitors", "Private Client Paralegal",
    "hiring_manager", "deborah.milner@milnerpickersgill.co.uk;robert.pickersgill@milnerpickersgill.co.uk",
    "google-meeting-no-interview-word"))

# Tetley Marsh: Workday first-round interview on Teams.
EVENTS.append(event("workday-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-2c8f1e0a9b7d4e6f8a1b3c5d7e9f0a21
DTSTAMP:20260130T101722Z
DTSTART:20260204T093000Z
DTEND:20260204T101500Z
SUMMARY:Interview Scheduled: Trainee Solicitor (September 2028) - R-004417
ORGANIZER;CN=Tetley Marsh Early Careers:mailto:tetleymarsh@myworkday.com
ATTENDEE;CN=Priya Sandhu;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Rachel Oduya;PARTSTAT=ACCEPTED:mailto:rachel.oduya@tetleymarsh.com
ATTENDEE;CN=Liam Cartwright;PARTSTAT=ACCEPTED:mailto:liam.cartwright@tetleymarsh.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Priya\,\n\nYour first round interview for Trainee Solicitor (September 2028) - R-004417 has been scheduled.\n\nInterviewers: Rachel Oduya (Senior Associate\, Banking) and Liam Cartwright (Early Careers Advisor)\nFormat: competency-based interview\, 45 minutes\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk0YjFhNzYtOGQ0Ni00%40thread.v2/0\nMeeting ID: 381 552 907 114\nPasscode: Rk3Xq9\n________________________________________________________________________________\n\nPlease do not reply to this message.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "WD-INTERVIEW-2c8f1e0a9b7d4e6f8a1b3c5d7e9f0a21", 1, "Tetley Marsh LLP", "Trainee Solicitor (September 2028)",
    "recruiter_screen", "rachel.oduya@tetleymarsh.com;liam.cartwright@tetleymarsh.com", "workday-teams-first-round"))

# Tetley Marsh: partner interview, terse Outlook invite.
EVENTS.append(event("partner-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Early Careers":mailto:earlycareers@tetleymarsh.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marsh, Eleanor":mailto:eleanor.marsh@tetleymarsh.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cartwright, Liam":mailto:liam.cartwright@tetleymarsh.com
DESCRIPTION;LANGUAGE=en-GB:Stage 2 – Partner Interview (Eleanor Marsh\, Managing Partner). 30 min case study prep time in the library beforehand – please arrive by 09:15. Liam will meet you in reception.\n
UID:040000008200E00074C5B7101A82E0080000000053B9E4A1C8B1DC01000000000000000010000000E1A2B3C4D5E6F70819202122232425AA
SUMMARY;LANGUAGE=en-GB:TM TC28 - Stage 2 - P. Sandhu
DTSTART;TZID=Europe/London:20260318T094500
DTEND;TZID=Europe/London:20260318T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T144411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Tetley Marsh\, Park Row
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000053B9E4A1C8B1DC01000000000000000010000000E1A2B3C4D5E6F70819202122232425AA",
    1, "Tetley Marsh LLP", "", "final", "eleanor.marsh@tetleymarsh.com", "terse-code-summary-stage-2"))
