"""holdout197 events: personal life and career look-alikes (mock interviews, webinars, fairs, references)."""

from holdout197ev_tz import DUBLIN

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="gaa-training",
    uid="0p5kq2r7t1v9m3c8e4h6j0lsdn@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="recurring-gaa-training-with-override",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Cian O'Sullivan
X-WR-TIMEZONE:Europe/Dublin
""" + DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250304T193000
DTEND;TZID=Europe/Dublin:20250304T210000
RRULE:FREQ=WEEKLY;BYDAY=TU,TH
DTSTAMP:20250301T100000Z
UID:0p5kq2r7t1v9m3c8e4h6j0lsdn@google.com
CREATED:20250301T100000Z
DESCRIPTION:Junior B hurling – bring the sliotar bag
LOCATION:Carrigaline GAA\, Ballea Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Training
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250412T110000
DTEND;TZID=Europe/Dublin:20250412T123000
DTSTAMP:20250409T201500Z
UID:0p5kq2r7t1v9m3c8e4h6j0lsdn@google.com
RECURRENCE-ID;TZID=Europe/Dublin:20250410T193000
DESCRIPTION:moved to Sat morning – pitch being resanded. challenge match v
  Ballygarvan after
LOCATION:Carrigaline GAA\, Ballea Rd
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Training (Sat this wk)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="gp-appointment",
    uid="D5C3A1B7-0E9F-4A2C-8B6D-GP250318",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="personal-gp-appointment",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
BEGIN:VEVENT
DTSTART:20250318T084500
DTEND:20250318T090500
DTSTAMP:20250314T120000Z
UID:D5C3A1B7-0E9F-4A2C-8B6D-GP250318
SUMMARY:GP – Dr Ní Bhriain
LOCATION:Carrigaline Medical Centre
DESCRIPTION:knee + repeat prescription. ask about the form for the medical
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="nct",
    uid="nct-booking-251119384@ncts.ie",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="official-appointment-nct-car-test",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NCTS//Online Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:nct-booking-251119384@ncts.ie
DTSTAMP:20250301T181500Z
DTSTART:20250407T074500Z
DTEND:20250407T083000Z
SUMMARY:NCT Test – 161-C-44872
LOCATION:NCT Centre Little Island\, Cork
DESCRIPTION:Booking ref 251119384. Please arrive 10 minutes before your tes
 t time with your vehicle registration cert. Remove all personal items from
  the boot.
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="wedding",
    uid="9sd2b5n7k1q4m8v0c3x6e2r9pt@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="personal-wedding-all-day-multi-day",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250606
DTEND;VALUE=DATE:20250609
DTSTAMP:20250110T210000Z
UID:9sd2b5n7k1q4m8v0c3x6e2r9pt@google.com
DESCRIPTION:Shane & Clodagh – ceremony 1pm Fri\, Galway Cathedral\; afters
  at the Ardilaun. room booked (ref GX7731). suit from dry cleaners!!
LOCATION:Galway
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wedding – Shane & Clodagh
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="mock-interview",
    uid="A7F8E9D0-1C2B-4A3E-9F5D-MOCK0326",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="mock-interview-with-friend-star-practice",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250330T190000
DTEND;TZID=Europe/Dublin:20250330T203000
DTSTAMP:20250327T223000Z
UID:A7F8E9D0-1C2B-4A3E-9F5D-MOCK0326
SUMMARY:Mock interview w/ Orla
LOCATION:Orla's – Douglas
DESCRIPTION:she'll grill me like a Lilly panel (she's on them). STAR practic
 e + the 'tell me about a failure' one. bring wine
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="interview-webinar",
    uid="zoom-webinar-84412930071-reg-c1a9@zoom.us",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="webinar-about-competency-based-interviews",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-84412930071-reg-c1a9@zoom.us
DTSTAMP:20250303T101500Z
DTSTART:20250311T130000Z
DTEND:20250311T140000Z
SUMMARY:Engineers Ireland CPD: Succeeding at competency-based interviews
DESCRIPTION:Hi Cian O'Sullivan\,\n\nThank you for registering for "Succeed
 ing at competency-based interviews – for engineers moving to senior roles".
 \nPresenter: career coach & former pharma HR director. Covers STAR\, panel
  interviews\, technical presentations\, salary negotiation. 1 CPD hour.\n\nJ
 oin from PC\, Mac\, iPad or Android: https://engineersireland.zoom.us/w/844
 12930071?tk=c1a9\nWebinar ID: 844 1293 0071
LOCATION:https://engineersireland.zoom.us/w/84412930071?tk=c1a9
ORGANIZER;CN=Engineers Ireland CPD:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="research-interview",
    uid="userinterviews-sess-5513092-cian@userinterviews.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="paid-user-research-interview-about-software",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-sess-5513092-cian@userinterviews.com
DTSTAMP:20250408T090000Z
DTSTART:20250415T170000Z
DTEND:20250415T174500Z
SUMMARY:Research session: MES / electronic batch record usability (45 min\, €75 incentive)
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=ACCEPTED:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION:You're confirmed for a remote 1:1 research interview with a des
 ign team building MES software. They want to hear how process engineers re
 view EBRs. No prep. Incentive paid within 5 days.\nZoom link shared 1h bef
 ore.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="podcast",
    uid="riverside-rec-7fa2c19e@riverside.fm",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="podcast-recording-guest",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-7fa2c19e@riverside.fm
DTSTAMP:20250502T200000Z
DTSTART:20250527T180000Z
DTEND:20250527T190000Z
SUMMARY:Podcast recording – The Upstream Podcast ep. 41 (guest: Cian O'Sullivan)
ORGANIZER;CN=Dara Whelan:mailto:upstreampodcast.ie@gmail.com
ATTENDEE;CN=cian.osullivan.eng@gmail.com;PARTSTAT=ACCEPTED:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION:Hey Cian\, we'll chat about single-use vs stainless and what a p
 rocess engineer's day looks like. Wired headphones please! Studio link: htt
 ps://riverside.fm/studio/upstream-podcast
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="careers-fair",
    uid="eventbrite-1099382201-ticket-4471@eventbrite.ie",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="life-sciences-careers-fair",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1099382201-ticket-4471@eventbrite.ie
DTSTAMP:20250220T120000Z
DTSTART:20250322T100000Z
DTEND:20250322T160000Z
SUMMARY:Life Sciences & Pharma Careers Expo – Cork
LOCATION:Clayton Hotel Silver Springs\, Cork
DESCRIPTION:Meet 40+ employers and recruiters from pharma\, biotech and med
 tech. CV clinic\, talks on interview skills. Order #4471 – 1 x General Admi
 ssion.
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="reference-call",
    uid="5mv9p1q3t7d2k8s0b4x6c1nf3e@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="reference-call-user-as-referee",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250429T114500Z
DTEND:20250429T120000Z
DTSTAMP:20250425T093000Z
ORGANIZER;CN=Rebecca Lowe:mailto:rebecca.lowe@pfizer.com
UID:5mv9p1q3t7d2k8s0b4x6c1nf3e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=cian.o
 sullivan.eng@gmail.com;X-NUM-GUESTS=0:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION:Hi Cian\, thanks for agreeing to act as a referee for Siobhán Ca
 rey (Process Engineer candidate). 15 minutes – I'll ask about her role whil
 e you worked together\, strengths\, areas for development. I'll call your mo
 bile.\nRebecca Lowe\, Talent Acquisition\, Pfizer
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference – Siobhán Carey
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="chartership-review",
    uid="ei-pri-2025-0611-CO4471@engineersireland.ie",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="chartered-engineer-professional-review-interview",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:ei-pri-2025-0611-CO4471@engineersireland.ie
DTSTAMP:20250415T100000Z
DTSTART;TZID=Europe/Dublin:20250612T100000
DTEND;TZID=Europe/Dublin:20250612T113000
SUMMARY:Professional Review Interview – Chartered Engineer – C. O'Sullivan (CO4471)
ORGANIZER;CN=Engineers Ireland Membership:mailto:membership@engineersireland.ie
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Engineers Ireland\, 22 Clyde Road\, Ballsbridge\, Dublin 4
DESCRIPTION:Dear Cian\,\n\nYour Professional Review Interview for the title
  of Chartered Engineer has been scheduled. Two assessors will discuss your I
 nitial Professional Development report and competence statements. Please b
 ring a 10-minute presentation on an engineering project you led.\n\nMember
 ship Department\, Engineers Ireland
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="bank-appointment",
    uid="aib-appt-88310044-20250508@aib.ie",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="personal-bank-mortgage-meeting",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AIB//Appointment Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:aib-appt-88310044-20250508@aib.ie
DTSTAMP:20250428T090000Z
DTSTART:20250508T163000Z
DTEND:20250508T171500Z
SUMMARY:Your AIB appointment – Mortgage Advisor (video call)
DESCRIPTION:Mortgage approval in principle – review. Have payslips and 6 mo
 nths statements ready. Your advisor will send the video link.
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="gowning-requal",
    uid="5E7A9C1B-LMS-GOWN-2025-COS",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="work-training-aseptic-gowning-qualification",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Learning//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5E7A9C1B-LMS-GOWN-2025-COS
DTSTAMP:20250210T080000Z
DTSTART:20250225T073000Z
DTEND:20250225T103000Z
SUMMARY:Grade B gowning requalification (practical assessment)
ORGANIZER;CN=Corrib Learning:mailto:noreply@successfactors.eu
ATTENDEE;CN=Cian O'Sullivan:mailto:cosullivan@corribbio.ie
LOCATION:Gowning qualification room\, Bldg 2
DESCRIPTION:Annual requalification: theory quiz\, practical gowning with mi
 cro plates (fingers/forearms/chest). Assessor: QA Micro.
END:VEVENT
END:VCALENDAR
"""))
