# ruff: noqa: E501
"""holdout202 events, part j: job-search look-alikes that are not Priya's own interviews."""

from holdout202ev_tz import LONDON, LONDON_GOOGLE, event

EVENTS = []

# Mock interview with the university careers service.
EVENTS.append(event("mock-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Bookings//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:bookings-uol-careers-20260210-1730-pks
DTSTAMP:20260206T101500Z
DTSTART;TZID=Europe/London:20260210T173000
DTEND;TZID=Europe/London:20260210T181500
SUMMARY:Practice interview (law / training contract) – Leeds University Careers Centre
ORGANIZER;CN=Careers Centre Appointments:mailto:careersappointments@leeds.ac.uk
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.sandhu.law@outlook.com
LOCATION:Online – Teams link will be sent by your adviser
DESCRIPTION:Service: Practice interview (45 mins) – graduates within 3 years of graduation\nAdviser: Helen Kitching\, Careers Consultant (Law)\n\nPlease send the job description of the role you are preparing for and your application form at least 24 hours before. You will receive verbal feedback at the end of the session.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "bookings-uol-careers-20260210-1730-pks", 0, trap="mock-interview-careers-service"))

# Webinar about training-contract interviews.
EVENTS.append(event("interview-webinar", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1190382276119-order-9811023344
DTSTAMP:20260115T193000Z
DTSTART:20260121T190000Z
DTEND:20260121T200000Z
SUMMARY:Nailing the Training Contract Interview & Assessment Centre (JLD webinar)
LOCATION:Online event
DESCRIPTION:Junior Lawyers Division – Careers webinar\n\nGrad recruiters from three Leeds and Manchester firms explain what they look for at interview\, how to tackle case studies\, group exercises and the partner interview\, plus live Q&A.\n\nOrder #9811023344 – 1 x Free ticket\n\nJoin link will be emailed 1 hour before.
ORGANIZER;CN=Junior Lawyers Division:mailto:noreply@order.eventbrite.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "eventbrite-1190382276119-order-9811023344", 0, trap="webinar-about-interviews"))

# Virtual insight day at a firm she later interviews with.
EVENTS.append(event("insight-day", r"""
BEGIN:VCALENDAR
PRODID:-//Oleeo//Event Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-evt-30991-cand-7718213@blackfriarsaldous.tal.net
DTSTAMP:20260220T101010Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20260305T093000
DTEND;TZID=Europe/London:20260305T153000
SUMMARY:Blackfriars Aldous – Virtual Insight Day (Spring 2026)
ORGANIZER;CN=Blackfriars Aldous Graduate Recruitment:mailto:noreply@blackfri
 arsaldous.tal.net
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priya.sandhu.law@outlook.com
DESCRIPTION:Dear Priya\,\n\nWe look forward to welcoming you to our Virtual
  Insight Day. This is not an assessed event – it's a chance to meet traine
 es\, partners and the graduate recruitment team\, take part in a negotiati
 on workshop and find out more about our training contract.\n\nAgenda and
  joining link (Hopin) to follow.\n\nGraduate Recruitment
LOCATION:Online (Hopin)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "oleeo-evt-30991-cand-7718213@blackfriarsaldous.tal.net", 0, trap="virtual-insight-day-not-assessed"))

# Law fair Priya attends as a job seeker.
EVENTS.append(event("law-fair", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:4D2E6F80-1A3B-4C5D-9E7F-8091A2B3C4D5
DTSTAMP:20260125T120401Z
DTSTART:20260131T110000
DTEND:20260131T150000
SUMMARY:Manchester law fair
DESCRIPTION:Legal Cheek / UoM fair at Manchester Central. Stands to hit: B
 rightwater\, Halliwell Thorne\, Pennington Shaw\, Irwell Roscoe. Take 10 C
 Vs + ask about SQE funding & paralegal-to-trainee route. Train 10:12 from
  Leeds.
LOCATION:Manchester Central
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "4D2E6F80-1A3B-4C5D-9E7F-8091A2B3C4D5", 0, trap="careers-fair-attendee-names-firms", eol="\n"))

# Research interview for a university study.
EVENTS.append(event("research-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7a0c3e95-2b61-4d8f-9c14-5e7f9a1b3c20
DTSTAMP:20260309T140000Z
DTSTART:20260316T180000Z
DTEND:20260316T184500Z
SUMMARY:Research interview: Routes to qualification under the SQE (Dr Amy Lister)
ORGANIZER;CN=Amy Lister:mailto:a.lister@sheffield.ac.uk
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.sandhu.law@outlook.com
LOCATION:Google Meet
DESCRIPTION:Event Name: Research interview (45 min)\n\nThank you for volunteering to take part in our study of paralegals and career changers qualifying through the SQE. The interview is semi-structured and will be recorded and transcribed with your consent. You will receive a £20 voucher.\n\nEthics ref: 061882. Participant information sheet attached to the confirmation email.\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "7a0c3e95-2b61-4d8f-9c14-5e7f9a1b3c20", 0, trap="research-study-interview-participant"))

# Podcast recording.
EVENTS.append(event("podcast", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260414T183000
DTEND;TZID=Europe/London:20260414T193000
DTSTAMP:20260401T211000Z
ORGANIZER;CN=The Paralegal Pod:mailto:theparalegalpod@gmail.com
UID:5e1g7i3k9m5o1q7s3u9w5y1a3c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
DESCRIPTION:Recording for episode 41: "Paralegal to solicitor via SQE – rea
 l talk". Chloe will interview you for ~40 mins. We record on Riverside –
  headphones please! No prep needed\, we'll send the rough questions the w
 eek before.
LOCATION:https://riverside.fm/studio/the-paralegal-pod
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Paralegal Pod – interview recording (Priya)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5e1g7i3k9m5o1q7s3u9w5y1a3c@google.com", 0, trap="podcast-guest-interview"))

# Informational coffee with a current trainee.
EVENTS.append(event("coffee-chat", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9B8A7C6D-5E4F-4321-ABCD-EF0123456789
DTSTAMP:20260206T221500Z
DTSTART:20260210T080000
DTEND:20260210T084500
SUMMARY:Coffee w Simran (FR trainee)
DESCRIPTION:Met her at the JLD thing. Ask: what the AC was like\, which p
 artners\, seats\, how she found SQE prep\, would FR sponsor paralegals. Sh
 e's buying 😂 Bring nothing. Kapow Cafe by station.
LOCATION:Kapow Coffee\, Leeds Station
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "9B8A7C6D-5E4F-4321-ABCD-EF0123456789", 0, trap="informational-coffee-with-trainee", eol="\n"))

# Reference call where Priya is the referee.
EVENTS.append(event("reference-call", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260424T113000Z
DTEND:20260424T114500Z
DTSTAMP:20260421T095500Z
ORGANIZER;CN=Calder Valley Housing HR:mailto:hr@caldervalleyhousing.org.uk
UID:8h4j0l6n2p8r4t0v6x2z8b4d0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
DESCRIPTION:Dear Priya\, thank you for agreeing to act as a referee for Jes
 sica Oduya\, who has applied for the role of Tenancy Enforcement Officer.
  We will call you on the number Jessica provided to ask a few questions abo
 ut her work with you as a volunteer at the Chapeltown legal advice clinic
 .\n\nHR Team\, Calder Valley Housing
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call – Jessica Oduya
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8h4j0l6n2p8r4t0v6x2z8b4d0f@google.com", 0, trap="reference-call-user-is-referee"))

# A legal recruiter's intro call that names no employer.
EVENTS.append(event("recruiter-intro", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN=Marcus Doyle:mailto:marcus.doyle@bramleylegalsearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Priya\,\n\nGreat to connect. Let's have a 20 minute introductory call so I can understand what you're looking for (litigation paralegal / SQE-funded routes\, Leeds or hybrid) and talk you through the market. I'm working on several confidential paralegal briefs across Yorkshire and the North West at the moment.\n\nSpeak soon\,\nMarcus Doyle\nPrincipal Consultant\, Bramley Legal Search
UID:040000008200E00074C5B7101A82E00800000000B5C4D5E6F708DC0100000000000000001000000012131415161718191A1B1C1D1E1F2021
SUMMARY;LANGUAGE=en-GB:Intro call – Priya Sandhu / Bramley Legal Search
DTSTART;TZID=Europe/London:20260114T123000
DTEND;TZID=Europe/London:20260114T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B5C4D5E6F708DC0100000000000000001000000012131415161718191A1B1C1D1E1F2021",
    0, trap="recruiter-intro-no-employer-named"))

# Prep block before an assessment centre.
EVENTS.append(event("ac-prep", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:FR assessment centre prep – practise written exercise (45 min timed\, use the Law Society sample)\, reread app form\, 3 commercial stories (Leeds office market\, interest rates + property\, AI in disclosure)\, questions for the partner.
UID:040000008200E00074C5B7101A82E00800000000C6D5E6F70819DC0100000000000000001000000022232425262728292A2B2C2D2E2F3031
SUMMARY;LANGUAGE=en-GB:AC prep!!
DTSTART;TZID=Europe/London:20260222T100000
DTEND;TZID=Europe/London:20260222T140000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260215T203000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C6D5E6F70819DC0100000000000000001000000022232425262728292A2B2C2D2E2F3031",
    0, trap="prep-block-before-assessment-centre"))

# Thank-you reminder.
EVENTS.append(event("thank-you", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E4F5A6B7-C8D9-4E0F-A1B2-C3D4E5F6A7B8
DTSTAMP:20260311T160512Z
DTSTART:20260311T190000
DTEND:20260311T191500
SUMMARY:Thank u email – Graham W + Farah N
DESCRIPTION:Mention the Leeds Arena case Farah talked about. Keep short.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "E4F5A6B7-C8D9-4E0F-A1B2-C3D4E5F6A7B8", 0, trap="thank-you-reminder-names-interviewers", eol="\n"))

# Pre-employment occupational health appointment.
EVENTS.append(event("oh-assessment", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Optima Health//OH Booking//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:ohbook-2026-05-19-0930-PS-cps
DTSTAMP:20260508T111500Z
DTSTART;TZID=Europe/London:20260519T093000
DTEND;TZID=Europe/London:20260519T100000
SUMMARY:Pre-employment health assessment (telephone)
ORGANIZER;CN=Occupational Health Bookings:mailto:bookings@ohservices.example.co.uk
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.sandhu.law@outlook.com
DESCRIPTION:Client: Crown Prosecution Service\nPost: Paralegal Officer\n\nAn occupational health adviser will telephone you to discuss the health declaration you completed as part of your conditional offer. Please be somewhere private.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ohbook-2026-05-19-0930-PS-cps", 0, trap="pre-employment-medical-after-offer"))

# Practice Watson Glaser, typed by Priya.
EVENTS.append(event("wg-practice", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:1F2E3D4C-5B6A-4798-8877-665544332211
DTSTAMP:20260124T101010Z
DTSTART:20260125T100000
DTEND:20260125T113000
SUMMARY:Watson Glaser practice x2 (timed)
DESCRIPTION:Free practice tests on AssessmentDay + the one from JLD. Aim >
  85%. Focus on assumptions + deductions.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "1F2E3D4C-5B6A-4798-8877-665544332211", 0, trap="practice-test-not-real", eol="\n"))

# Offer call after the final.
EVENTS.append(event("offer-call", r"""
BEGIN:VCALENDAR
PRODID:-//Oleeo//Event Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-evt-40502-cand-6620451@brightwaterlegal.tal.net
DTSTAMP:20260408T120000Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20260410T120000
DTEND;TZID=Europe/London:20260410T121500
SUMMARY:Brightwater Legal – call with Early Talent
ORGANIZER;CN=Brightwater Legal Early Talent:mailto:noreply@brightwaterlegal.tal.net
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
DESCRIPTION:Dear Priya\,\n\nThank you for attending our final stage. Daniel Okonkwo would like to call you to discuss the outcome and next steps\, including your training contract offer pack and SQE funding.\n\nBrightwater Legal Early Talent
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "oleeo-evt-40502-cand-6620451@brightwaterlegal.tal.net", 0, trap="offer-outcome-call-after-final"))

# SQE1 exam sitting.
EVENTS.append(event("sqe1-exam", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pvue-appt-SQE1-FLK1-448210377
DTSTAMP:20260301T090000Z
DTSTART:20260714T073000Z
DTEND:20260714T130000Z
SUMMARY:SQE1 – FLK1 – Pearson VUE Test Centre Leeds
LOCATION:Pearson Professional Centres – Leeds\, 3rd Floor\, Wellington House
DESCRIPTION:Exam: SQE1 Functioning Legal Knowledge 1 (FLK1)\nRegistration ID: 448210377\nPlease arrive 30 minutes before your appointment with two forms of ID. Personal belongings are not permitted in the testing room.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "pvue-appt-SQE1-FLK1-448210377", 0, trap="professional-exam-sitting"))
