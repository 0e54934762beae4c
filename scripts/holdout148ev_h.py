# ruff: noqa: E501  (raw iCalendar text: long content lines are data)
"""holdout148 events, part H: look-alikes around the job search (mock, webinar, press, research, referee...)."""

from holdout148ev_tz import ARABIAN_WIN, DUBLIN_G, GMT_WIN, LONDON_G

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("mock", "A1A2A3A4-B5B6-4C7C-8D8D-E9E0F1F2A3A4", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + DUBLIN_G + r"""BEGIN:VEVENT
CREATED:20250301T113000Z
DTSTAMP:20250301T113012Z
UID:A1A2A3A4-B5B6-4C7C-8D8D-E9E0F1F2A3A4
SUMMARY:Mock interview w/ Bríd Ó Sé (DP practice)
DTSTART;TZID=Europe/Dublin:20250308T110000
DTEND;TZID=Europe/Dublin:20250308T123000
LOCATION:Bríd's house\, Douglas
DESCRIPTION:Retired principal - she'll run it like a real board (3 Qs on each domain of Looking at Our School + the "why you\, why now" one). €60\, bring cash. Record on phone for playback.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="mock-interview-with-retired-principal")

add("napd-webinar", "zoomwebinar-88123409911-napd@zoom.us", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250120T120000Z
DTSTART:20250129T193000Z
DTEND:20250129T204500Z
SUMMARY:NAPD Webinar: Preparing for Deputy Principal and Principal Interviews
UID:zoomwebinar-88123409911-napd@zoom.us
DESCRIPTION:Hi Aoife Brennan\,\n\nThank you for registering for "NAPD Webinar: Preparing for Deputy Principal and Principal Interviews". Presenters: two serving principals and an experienced interview board chair will share practical advice on competencies\, presentations and the interview board process.\n\nPlease submit any questions to: events@napd.ie\n\nJoin from PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/88123409911?tk=aZq1\nPasscode: 338190
LOCATION:https://us06web.zoom.us/w/88123409911?tk=aZq1
ORGANIZER;CN=NAPD Events:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""", trap="webinar-about-leadership-interviews")

add("press", "040000008200E00074C5B7101A82E008000000009E8D7C6B5A49DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Hurley, Conor":mailto:conor.hurley@examiner.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Aoife\, thanks for agreeing to do this - we're running a piece on the Leaving Cert Higher Level Maths Paper 1 for tomorrow's paper. 10-15 mins by phone: first reactions\, how students found it\, anything that caught them out. I'll call your mobile. Photographer may call to the school at 4 if that suits.\nConor Hurley\, Education Correspondent\, Irish Examiner\n
UID:040000008200E00074C5B7101A82E008000000009E8D7C6B5A49DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-IE:Irish Examiner interview - LC Maths P1 reaction
DTSTART;TZID=GMT Standard Time:20250606T123000
DTEND;TZID=GMT Standard Time:20250606T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250605T171122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="press-interview-exam-reaction")

add("podcast", "riverside-rec-4ac1b2-aoife@riverside.fm", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250222T110000
DTEND;TZID=Europe/Dublin:20250222T120000
DTSTAMP:20250210T090909Z
ORGANIZER;CN=Maeve Doyle:mailto:maeve@staffroompod.ie
UID:riverside-rec-4ac1b2-aoife@riverside.fm
ATTENDEE;CN=aoife.brennan77@eircom.net;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Recording: The Staffroom podcast - Ep. 58 "Why aren't more girls doing Physics?"\nGuest: Aoife Brennan\nStudio link: https://riverside.fm/studio/the-staffroom?t=4ac1b2\nUse headphones\, Chrome\, and a quiet room. We'll chat for 5 mins before hitting record.
LOCATION:https://riverside.fm/studio/the-staffroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:The Staffroom - guest interview recording (Aoife Brennan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="podcast-guest-interview")

add("research", "qualtrics-sched-ucc-tws-0931@ucc.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + GMT_WIN + r"""BEGIN:VEVENT
UID:qualtrics-sched-ucc-tws-0931@ucc.ie
DTSTAMP:20250127T100000Z
ORGANIZER;CN="Ní Bhriain, Sorcha (PhD researcher)":mailto:123456789@umail.ucc.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Aoife Brennan":mailto:aoife.brennan77@eircom.net
SUMMARY:Research interview - Middle leaders in Irish post-primary schools (participant 14)
DTSTART;TZID=GMT Standard Time:20250204T193000
DTEND;TZID=GMT Standard Time:20250204T203000
LOCATION:Teams (link below)
DESCRIPTION:Thank you for agreeing to take part in my doctoral research (School of Education\, UCC) on the experiences of year heads and AP I post-holders. The semi-structured interview will last 45-60 minutes and will be audio-recorded with your consent. Please return the signed consent form beforehand. Ethics approval: SREC/SOE/2024/117.\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_UCCres%40thread.v2/0
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="phd-research-interview-participant")

add("survey-phone", "B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250110T160000Z
DTSTAMP:20250110T160010Z
UID:B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E
SUMMARY:ESRI phone interview (teacher survey) - they ring me
DTSTART:20250116T191500
DTEND:20250116T194500
DESCRIPTION:Teacher workload + supply study follow-up. Interviewer from Ipsos B&A. ~25 mins. Respondent ID 77-1045.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="survey-telephone-interview-respondent")

add("own-review", "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB0100000000000000001000000001F2E3D4C5B6A79880A1B2C3D4E5F6A7",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Mac Carthaigh, Seán":mailto:principal@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
DESCRIPTION;LANGUAGE=en-IE:Annual review of the Year Head (AP I) role - 3rd Year. Look back at the priorities agreed in September\, attendance data\, discipline referrals\, and agree priorities for 2025/26. Bring your self-review sheet.\n
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB0100000000000000001000000001F2E3D4C5B6A79880A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=en-IE:Year Head review - Aoife
DTSTART;TZID=GMT Standard Time:20250521T140000
DTEND;TZID=GMT Standard Time:20250521T145000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Principal's office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", trap="own-role-review-with-principal")

add("coffee", "C9D0E1F2-A3B4-4C5D-8E6F-7A8B9C0D1E2F", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250118T120000Z
DTSTAMP:20250118T120011Z
UID:C9D0E1F2-A3B4-4C5D-8E6F-7A8B9C0D1E2F
SUMMARY:Coffee w Siobhán Fitz (DP Mallow CS) - pick her brain
DTSTART:20250125T103000
DTEND:20250125T113000
LOCATION:Nash 19
DESCRIPTION:how she prepped for DP int\, what boards ask re: SSE + DEIS plan\, what the job is actually like day to day. my treat!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="informational-coffee-with-serving-dp")

add("fair-allday", "search-assoc-london-jan25-reg-27734", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Search Associates//Job Fair Registration//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:search-assoc-london-jan25-reg-27734
DTSTAMP:20241115T100000Z
DTSTART;VALUE=DATE:20250110
DTEND;VALUE=DATE:20250113
SUMMARY:Search Associates London Recruitment Fair (Candidate #27734)
LOCATION:Hilton London Metropole\, 225 Edgware Road\, London W2 1JU
DESCRIPTION:Registration opens Friday 10 January at 14:00 in the Kings Suite foyer. Candidate orientation 16:00. Interview sign-up Saturday 08:00 (bring several printed CVs). Schools will leave notes in candidate mail folders. Dress: business. Interviews take place in school directors' hotel rooms or at tables in the interview hall.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="recruitment-fair-all-day-registration")

add("info-evening", "eventbrite-1011223344556-aoife@eventbrite.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1011223344556-aoife@eventbrite.com
DTSTAMP:20241001T120000Z
DTSTART:20241017T180000Z
DTEND:20241017T200000Z
SUMMARY:Teach in the Middle East - Cork Information Evening
LOCATION:The Metropole Hotel\, MacCurtain Street\, Cork
DESCRIPTION:Teachanywhere invites qualified Irish teachers to an information evening about teaching in the UAE\, Qatar and Saudi Arabia. Meet consultants\, hear from Irish teachers in Dubai\, and learn about salaries\, housing and licensing. Order #5512094. Ticket: General Admission (free).
END:VEVENT
END:VCALENDAR
""", trap="careers-information-evening-agency")

add("recruiter-generic", "9r4l1b6x2c7v3n8m0k5j2h7g1f@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20241022T170000
DTEND;TZID=Europe/London:20241022T172000
DTSTAMP:20241018T100000Z
ORGANIZER;CN=Jamie Ruddock:mailto:jamie.ruddock@teachanywhere.com
UID:9r4l1b6x2c7v3n8m0k5j2h7g1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Hi Aoife\, great to meet you at the Cork info evening! Let's ha
 ve a quick call to go through your preferences (location\, curriculum\, le
 adership vs teaching roles\, family) so I can match you with our partner s
 chools in the Gulf for August 2025. No need to prepare anything.\nJamie
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aoife / Jamie (Teachanywhere) - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="recruiter-intro-call-no-named-employer")

add("referee", "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000077665544332211009988AABBCCDDEEFF",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ARABIAN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="HR Admin - Dubai College of Learning":mailto:hr.admin@dcl-dubai.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=abrennan@cnecork.ie:mailto:abrennan@cnecork.ie
DESCRIPTION;LANGUAGE=en-US:Dear Ms Brennan\,\n\nMr Kieran Walsh has named you as a referee in his application for the post of Teacher of Physics at our school. Our Head of Science\, Dr Amir Farouk\, would like to speak with you briefly by phone to complete a verbal reference. The call will take around 15 minutes.\n\nWith thanks\,\nHR Admin\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000077665544332211009988AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:Reference call - Kieran Walsh (Teacher of Physics)
DTSTART;TZID=Arabian Standard Time:20250219T140000
DTEND;TZID=Arabian Standard Time:20250219T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T064512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", trap="reference-call-user-is-referee-dubai-school")

add("prep", "D1E2F3A4-B5C6-4D7E-8F9A-0B1C2D3E4F5A", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + DUBLIN_G + r"""BEGIN:VEVENT
CREATED:20250322T090000Z
DTSTAMP:20250322T090011Z
UID:D1E2F3A4-B5C6-4D7E-8F9A-0B1C2D3E4F5A
SUMMARY:PREP - Cork ETB 2nd round (presentation on attendance)
DTSTART;TZID=Europe/Dublin:20250323T140000
DTEND;TZID=Europe/Dublin:20250323T170000
DESCRIPTION:5 min\, no slides. Structure: data -> 3 actions (tracking\, parent engagement\, JC wellbeing) -> how I'd measure. Practise out loud x3. Revise ETB ethos + Coláiste an Ghleanna DEIS plan + last WSE report.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="prep-block-names-employer-and-stage")

add("thankyou", "E3F4A5B6-C7D8-4E9F-8A0B-1C2D3E4F5A6B", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241119T204000Z
DTSTAMP:20241119T204011Z
UID:E3F4A5B6-C7D8-4E9F-8A0B-1C2D3E4F5A6B
SUMMARY:Thank-you email to Simon G + Lisa F (GEMS WSO interview)
DTSTART:20241120T073000
DTEND:20241120T074500
DESCRIPTION:mention the KS4 intervention example + the Further Maths question. cc Rania.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="thank-you-reminder-after-interview")

add("medical", "medmark-appt-20250702-55102@medmark.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medmark//Appointments//EN
METHOD:PUBLISH
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:medmark-appt-20250702-55102@medmark.ie
DTSTAMP:20250620T101010Z
DTSTART;TZID=Europe/Dublin:20250702T094500
DTEND;TZID=Europe/Dublin:20250702T101500
SUMMARY:Pre-employment medical assessment - Medmark Occupational Healthcare
LOCATION:Medmark\, Penrose Wharf Business Centre\, Cork
DESCRIPTION:Appointment for: Aoife Brennan\nReferred by: Department of Education (Inspectorate)\nPlease bring photo ID\, glasses if worn\, and a list of any current medication. Fasting is not required.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="pre-employment-medical-names-employer")

add("coach", "cal-coach-Hq7Z2mLp9Xr@cal.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-coach-Hq7Z2mLp9Xr@cal.com
SUMMARY:CV & application review (60 min) between Deirdre Kenny and Aoife Brennan
DTSTART:20241026T100000Z
DTEND:20241026T110000Z
DTSTAMP:20241020T120000Z
DESCRIPTION:What:\nCV & application review for education leadership roles\n\nWho:\nDeirdre Kenny - Organizer (Kenny Career Coaching)\nAoife Brennan\n\nWhere:\nZoom https://zoom.us/j/9918273645\n\nAdditional notes:\nInternational school CV + Irish DP application form (Section 6 leadership examples)
ORGANIZER;CN=Deirdre Kenny:mailto:deirdre@kennycareercoaching.ie
ATTENDEE;PARTSTAT=ACCEPTED;CN=Aoife Brennan:mailto:aoife.brennan77@eircom.net
LOCATION:https://zoom.us/j/9918273645
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="career-coach-cv-review")
