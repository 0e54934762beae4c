# ruff: noqa: E501
"""holdout197 events: Visp / Basel side of the search (Lonza, BioAtrium) and look-alikes around it."""

from holdout197ev_tz import DUBLIN, W_EUROPE, ZURICH

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="successfactors-screen",
    uid="SF-INTSCHED-lonzaP-7c2e91b0-4a55-11f0-9d3e-0a58a9feac02",
    is_interview=1, company="Lonza", role="Senior MSAT Engineer (Biologics)", stage="recruiter_screen",
    interviewers="melanie.imboden@lonza.com",
    trap="successfactors-interview-scheduling-teams-zurich-tz",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:SF-INTSCHED-lonzaP-7c2e91b0-4a55-11f0-9d3e-0a58a9feac02
DTSTAMP:20250312T074501Z
DTSTART;TZID=Europe/Zurich:20250318T093000
DTEND;TZID=Europe/Zurich:20250318T101500
SUMMARY:Interview - Senior MSAT Engineer (Biologics) (Job Req ID 98231) - Cian O'Sullivan
ORGANIZER;CN=Melanie Imboden:mailto:melanie.imboden@lonza.com
ATTENDEE;CN=Cian O'Sullivan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Melanie Imboden;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:melanie.imboden@lonza.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Cian\,\n\nThank you for applying to Lonza. You have been sche
 duled for an interview for the position Senior MSAT Engineer (Biologics)\, V
 isp.\n\nInterview type: Initial conversation with Talent Acquisition\nDurati
 on: 45 minutes\nInterviewer(s): Melanie Imboden\, Talent Acquisition Partner
 \n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZGI4Y2M1N2Et@thread.v2/0\nMeeting ID: 381 907 226 114  Passcod
 e: 7rT2cd\n\nPlease note the time is shown in Central European Time (Visp).\
 n\nThis is a system generated message from SAP SuccessFactors. Please do not
  reply.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hiring-manager-german",
    uid="040000008200E00074C5B7101A82E00800000000A4E0D3F1BE97DB01000000000000000010000000C1D2E3F405162738495A6B7C8D9EAFB0",
    is_interview=1, company="Lonza", role="Senior MSAT Engineer", stage="hiring_manager",
    interviewers="stefan.zurbriggen@lonza.com",
    trap="outlook-w-europe-german-english-hiring-manager",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Zurbriggen Stefan (VISP)":mailto:stefan.zurbriggen@lonza.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Imboden Melanie (VISP)":mailto:melanie.imboden@lonza.com
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr O'Sullivan\, lieber Cian\n\nvielen Dank für das gute Gespräch mit Melanie. Gerne möchte ich Sie persönlich kennenlernen – wir können das Gespräch auf Englisch führen\, mein Team arbeitet zweisprachig.\n\nDear Cian\, I'd like to get to know you and talk about the role in our MSAT Mammalian team (Ibex Biopark). Please have one or two examples of process-transfer work ready\, and some questions for me. Approx. 60 min.\n\nFreundliche Grüsse / Kind regards\nStefan Zurbriggen\nHead of MSAT Mammalian\, Lonza AG\, Visp\n\n________________________________________________________________________________\nMicrosoft Teams Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc1MjE4@thread.v2/0>\nBesprechungs-ID: 344 901 772 568\nKennung: Hb3u9Z\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A4E0D3F1BE97DB01000000000000000010000000C1D2E3F405162738495A6B7C8D9EAFB0
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch / Interview Senior MSAT Engineer – Cian O'Sullivan
DTSTART;TZID=W. Europe Standard Time:20250327T150000
DTEND;TZID=W. Europe Standard Time:20250327T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T134420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="onsite-visp",
    uid="040000008200E00074C5B7101A82E008000000009E8D7C6BA5B3DB010000000000000000100000001F2E3D4C5B6A79880716253443526170",
    is_interview=1, company="Lonza", role="Senior MSAT Engineer", stage="onsite",
    interviewers="stefan.zurbriggen@lonza.com;andrea.kalbermatten@lonza.com;rahel.imhof@lonza.com",
    trap="german-onsite-day-with-plant-tour-zurich-time",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Imboden Melanie (VISP)":mailto:melanie.imboden@lonza.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zurbriggen Stefan (VISP)":mailto:stefan.zurbriggen@lonza.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kalbermatten Andrea (VISP)":mailto:andrea.kalbermatten@lonza.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Imhof Rahel (VISP)":mailto:rahel.imhof@lonza.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="VISP Bau 1150 Sitzungszimmer Lonza":mailto:visp.b1150.sz@lonza.com
DESCRIPTION;LANGUAGE=de-CH:Lieber Cian\n\nwie besprochen hier die Einladung für den Vor-Ort-Tag in Visp. Programm (Zeiten Schweiz):\n\n09:00 Empfang Hauptpforte\, Besucherausweis\n09:30 Gespräch mit Stefan Zurbriggen und Andrea Kalbermatten (Head of Manufacturing)\n11:00 Werksbesichtigung Ibex Biopark (Führung: Stefan)\n12:15 Mittagessen mit dem Team\n13:30 Gespräch HR – Rahel Imhof\n14:30 Ende\n\nReisekosten (Flug ORK–ZRH via LHR/AMS\, Zug ZRH–Visp\, 1 Hotelnacht) werden übernommen – Belege bitte aufbewahren.\n\nBeste Grüsse\nMelanie\n
UID:040000008200E00074C5B7101A82E008000000009E8D7C6BA5B3DB010000000000000000100000001F2E3D4C5B6A79880716253443526170
SUMMARY;LANGUAGE=de-CH:Vor-Ort-Interview Visp – Cian O'Sullivan (Senior MSAT Engineer)
DTSTART;TZID=W. Europe Standard Time:20250423T090000
DTEND;TZID=W. Europe Standard Time:20250423T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T085012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Lonza AG\, Rottenstrasse 6\, 3930 Visp – Hauptpforte
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hr-relocation-call",
    uid="040000008200E00074C5B7101A82E00800000000E1A2B3C4D5BEDB01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188",
    is_interview=1, company="Lonza", role="Senior MSAT Engineer", stage="",
    interviewers="rahel.imhof@lonza.com",
    trap="hr-relocation-and-permit-conversation-before-offer",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Imhof Rahel (VISP)":mailto:rahel.imhof@lonza.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Cian\,\n\nAs mentioned during your visit\, before we finalise the decision I'd like to go through the practical side with you: relocation support\, B permit process\, salary band and benefits (BVG/pension)\, housing in the Upper Valais and your notice period. I also have two follow-up questions from the panel.\n\nBest regards\nRahel Imhof\nHR Business Partner Operations\, Lonza Visp\n\nMicrosoft Teams meeting – Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE5ZTQ1@thread.v2/0\nMeeting ID: 372 055 118 903 / Passcode: Qm4w7P\n
UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D5BEDB01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188
SUMMARY;LANGUAGE=en-US:Cian O'Sullivan / Rahel – relocation\, permit & package
DTSTART;TZID=W. Europe Standard Time:20250506T140000
DTEND;TZID=W. Europe Standard Time:20250506T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T152207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="personio-interview",
    uid="personio-interview-4417702-3b9d2f@bioatrium.jobs.personio.de",
    is_interview=1, company="BioAtrium", role="Process Engineer USP (m/w/d)", stage="",
    interviewers="p.furrer@bioatrium.com;s.venetz@bioatrium.com",
    trap="personio-german-invite-utc-times",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-4417702-3b9d2f@bioatrium.jobs.personio.de
DTSTAMP:20250402T093015Z
DTSTART:20250410T080000Z
DTEND:20250410T090000Z
SUMMARY:Interview: Process Engineer USP (m/w/d) – Cian O'Sullivan
ORGANIZER;CN=BioAtrium AG Recruiting:mailto:noreply@bioatrium.jobs.personio.de
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Patrick Furrer;PARTSTAT=ACCEPTED:mailto:p.furrer@bioatrium.com
ATTENDEE;CN=Sandra Venetz;PARTSTAT=ACCEPTED:mailto:s.venetz@bioatrium.com
LOCATION:Google Meet – meet.google.com/vqe-hdxs-nra
DESCRIPTION:Guten Tag Herr O'Sullivan\,\n\nvielen Dank für Ihre Bewerbung a
 ls Process Engineer USP (m/w/d) bei der BioAtrium AG in Visp. Wir freuen uns
 \, Sie zu einem ersten Gespräch einzuladen.\n\nGesprächspartner: Patrick Fur
 rer (Teamleiter USP)\, Sandra Venetz (People & Culture)\nDauer: ca. 60 Minut
 en\nLink: https://meet.google.com/vqe-hdxs-nra\n\nDas Gespräch kann gerne au
 f Englisch stattfinden.\n\nFreundliche Grüsse\nIhr BioAtrium Recruiting-Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-registration",
    uid="2k9q1c7rj0u5v3b8s4mdd0ef6h@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="swiss-agency-kennenlernen-no-employer-german",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250313T080000
DTEND;TZID=Europe/Zurich:20250313T083000
DTSTAMP:20250310T150232Z
ORGANIZER;CN=Jana Widmer:mailto:jana.widmer@hays.ch
UID:2k9q1c7rj0u5v3b8s4mdd0ef6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=cian.osullivan.eng@gmail.com;X-NUM-GUESTS=0:mailto:cian.osullivan.e
 ng@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jana Widmer;X-NUM-GUESTS=0:mailto:jana.widmer@hays.ch
DESCRIPTION:Guten Tag Herr O'Sullivan\,<br><br>wie telefonisch vereinbart ein
  kurzes Kennenlerngespräch: Ihr Profil\, Ihre Wünsche (Region Basel / Wallis
 )\, Gehaltsvorstellung\, Verfügbarkeit. Danach kann ich Ihnen passende Vakan
 zen bei unseren Kunden vorstellen.<br><br>Freundliche Grüsse<br>Jana Widmer<
 br>Senior Recruitment Consultant Life Sciences\, Hays (Schweiz) AG\, Basel<br
 ><br>Join with Google Meet: https://meet.google.com/rtx-wmpa-ugc
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlerngespräch Hays – Cian O'Sullivan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="coffee-chat",
    uid="E1A40C9B-2B6D-4D0C-A39F-6F1E3D2C0B11",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="self-typed-coffee-with-ex-employee-of-target",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250309T213340Z
DTEND:20250315T120000
DTSTAMP:20250309T213412Z
DTSTART:20250315T110000
LAST-MODIFIED:20250309T213412Z
LOCATION:Cork Coffee Roasters\, Bridge St
SEQUENCE:0
SUMMARY:Coffee Donal F
DESCRIPTION:ex Lonza (5 yrs Visp) – ask re: Ibex\, MSAT team culture\, Zurbr
 iggen?\, cost of living / schools / tax Valais\, is German a must
TRANSP:OPAQUE
UID:E1A40C9B-2B6D-4D0C-A39F-6F1E3D2C0B11
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="relocation-webinar",
    uid="gotowebinar-8827465201983-registrant-5517@gotowebinar.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="webinar-moving-to-switzerland",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-8827465201983-registrant-5517@gotowebinar.com
DTSTAMP:20250401T101500Z
DTSTART:20250409T170000Z
DTEND:20250409T180000Z
SUMMARY:Live webinar: Relocating to Switzerland – permits\, health insurance & tax for EU/EEA professionals
DESCRIPTION:Hi Cian\,\n\nThanks for registering. Topics: L vs B permit\, Ge
 meinde registration\, KVG health insurance\, Quellensteuer\, finding a flat
 \, bringing a car. Speakers from our Zurich and Basel relocation teams. Q&A
  at the end.\n\nJoin: https://attendee.gotowebinar.com/join/8827465201983/5
 517\nOr dial +353 1 526 0058\, access code 332-114-509\n\nExpatHub Switzerl
 and
ORGANIZER;CN=ExpatHub Switzerland:mailto:customercare@gotowebinar.com
LOCATION:GoTo Webinar
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="medical",
    uid="bookings-medmark-9d0f2c3a-51e7-4a6b-8c91-4f3b2e1d0c77",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="pre-employment-medical-bookings",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + DUBLIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Medmark Occupational Healthcare:mailto:bookings@medmark.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cian O'Sullivan:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-US:Pre-Employment Medical Assessment\n\nClient company: Regeneron Ireland DAC\nService: Pre-placement medical (questionnaire review\, vision\, audiometry\, spirometry\, bloods)\nPlease bring photo ID\, glasses if worn\, and your completed health questionnaire. Allow 60 minutes. Fasting not required.\n\nTo reschedule or cancel use the link in your confirmation email.\n\nPowered by Microsoft Bookings
UID:bookings-medmark-9d0f2c3a-51e7-4a6b-8c91-4f3b2e1d0c77
SUMMARY;LANGUAGE=en-US:Pre-Employment Medical – Cian O'Sullivan
DTSTART;TZID=Europe/Dublin:20250520T083000
DTEND;TZID=Europe/Dublin:20250520T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T091842Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Medmark\, Block 3\, City Gate\, Mahon\, Cork
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))
