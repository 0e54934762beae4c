"""holdout215 events, part b: Etihad, Virgin Atlantic, British Airways, Cathay Pacific, flydubai."""

from holdout215ev_common import TZ_DUBAI, TZ_HONGKONG, TZ_LONDON, E

EVENTS = [
    E(
        "video-deadline", 1, "sonru-inv-ETI-2025-CC-88213-ngallagher@sonru.com",
        company="Etihad Airways", role="Cabin Crew", stage="recruiter_screen",
        trap="sonru-one-way-video-all-day-deadline",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sonru//Video Interview Invitation//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sonru-inv-ETI-2025-CC-88213-ngallagher@sonru.com
DTSTAMP:20250306T140233Z
DTSTART;VALUE=DATE:20250312
DTEND;VALUE=DATE:20250313
SUMMARY:Etihad Airways - Cabin Crew - Sonru video interview (complete by 2
 3:59 GST)
DESCRIPTION:Dear Niamh\,\n\nEtihad Airways has invited you to complete an
  online video interview for the role of Cabin Crew. You will be asked 5 q
 uestions. For each question you will have 30 seconds to prepare and up to
  2 minutes to record your answer. You can do one practice question first
 .\n\nStart your interview: https://app.sonru.com/i/ETI-88213-Q7wz\n\nPlea
 se complete the interview before 23:59 Gulf Standard Time on 12 March 202
 5.\n\nSonru on behalf of Etihad Airways
ORGANIZER;CN=Etihad Airways via Sonru:mailto:no-reply@sonru.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "assessment-day", 1, "avt-evt-5521907-EY-DUB@etihad.avature.net",
        company="Etihad Airways", role="Cabin Crew", stage="onsite", trap="avature-dubai-time-assessment-in-dublin",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Avature//Avature Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBAI + r"""BEGIN:VEVENT
UID:avt-evt-5521907-EY-DUB@etihad.avature.net
DTSTAMP:20250318T075911Z
DTSTART;TZID=Asia/Dubai:20250403T123000
DTEND;TZID=Asia/Dubai:20250403T200000
SUMMARY:Etihad Cabin Crew Assessment Day - Dublin
LOCATION:Radisson Blu Royal Hotel\, Golden Lane\, Dublin 8
DESCRIPTION:Dear Niamh\,\n\nCongratulations! Following your video intervi
 ew we would like to invite you to our Assessment Day in Dublin. Registrat
 ion opens at 09:30 local time.\n\nProgramme: welcome and company presenta
 tion\, arm reach test\, team exercise\, English assessment\, personal int
 erview for successful candidates. Candidates who progress will be booked
  for the swim assessment.\n\nPlease wear business attire and bring your p
 assport\, CV and a recent photograph.\n\nEtihad Airways Talent Acquisitio
 n
ORGANIZER;CN=Etihad Talent Acquisition:mailto:careers-noreply@etihad.ae
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:niamh.g
 allagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "swim-test", 1, "B1C94E2A-7F3D-4A6B-9E51-0D8C2F7A3B19",
        company="Etihad Airways", stage="onsite", trap="swim-test-part-of-assessment-self-typed", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B1C94E2A-7F3D-4A6B-9E51-0D8C2F7A3B19
DTSTAMP:20250403T203318Z
CREATED:20250403T203251Z
DTSTART:20250405T073000
DTEND:20250405T090000
SUMMARY:Etihad swim test 🏊‍♀️
LOCATION:Crowne Plaza Dublin Airport - leisure club pool
DESCRIPTION:THEY KEPT ME!! Swim test is part of the assessment - 25m unaid
 ed + tread water 3 mins. Togs\, hat\, goggles\, towel\, passport. Be ther
 e 7.15. Then straight to bed\, late duty after
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "hirevue-live", 1, "hv-live-9f4b2e71c3a84d60b1e7@hirevue.com",
        company="Virgin Atlantic", role="Cabin Crew - London Heathrow", stage="recruiter_screen",
        interviewers="jess.patel@fly.virgin.com", trap="hirevue-live-recruiter-video",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//HireVue//Scheduling 3.0//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:hv-live-9f4b2e71c3a84d60b1e7@hirevue.com
DTSTAMP:20250120T154402Z
DTSTART;TZID=Europe/London:20250128T114500
DTEND;TZID=Europe/London:20250128T121500
SUMMARY:Virgin Atlantic | Live Video Interview | Cabin Crew - London Heath
 row
DESCRIPTION:Hi Niamh\,\n\nYour live video interview with Jess Patel from t
 he Virgin Atlantic Cabin Crew Recruitment team is confirmed.\n\nJoin here
  at the scheduled time: https://virginatlantic.hirevue.com/interviews/liv
 e/9f4b2e71c3a84d60b1e7\n\nTest your camera and microphone beforehand. The
  interview will last around 30 minutes and will cover your experience and
  why you want to fly with us.\n\nBest of luck!\nVirgin Atlantic Talent Te
 am
ORGANIZER;CN=Virgin Atlantic:mailto:noreply@hirevue.com
ATTENDEE;CN=Jess Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jess.
 patel@fly.virgin.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "assessment-centre", 1, "2ak7fq0mb91v3c6d8e4r5t1y0u@google.com",
        company="Virgin Atlantic", role="Cabin Crew", stage="onsite", trap="google-assessment-centre-crawley",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250213T090000
DTEND;TZID=Europe/London:20250213T153000
DTSTAMP:20250131T102245Z
ORGANIZER;CN=Cabin Crew Recruitment:mailto:cabincrew.recruitment@fly.virgi
 n.com
UID:2ak7fq0mb91v3c6d8e4r5t1y0u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
CREATED:20250131T102244Z
DESCRIPTION:Welcome to the next stage of your journey with Virgin Atlantic
 !<br><br>Your Cabin Crew Assessment Centre takes place at The VHQ\, Craw
 ley. The day includes a group activity\, a customer role play\, a reach t
 est and a face to face interview. Please allow the whole day.<br><br>Bring
  photo ID and wear something that makes you feel confident and shows your
  personality - no need for a suit!<br><br>See you soon<br>The Cabin Crew
  Recruitment Team
LAST-MODIFIED:20250131T102245Z
LOCATION:The VHQ\, Fleming Way\, Crawley RH10 9DF\, UK
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Virgin Atlantic Cabin Crew Assessment Centre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "video-interview", 1, "oleeo-int-3318402-1@ba.oleeo.com",
        company="British Airways", role="Cabin Crew (Heathrow) - Mixed Fleet", stage="recruiter_screen",
        interviewers="hannah.lewis@ba.com", trap="oleeo-video-interview-recruiter",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oleeo//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:oleeo-int-3318402-1@ba.oleeo.com
DTSTAMP:20250423T091206Z
DTSTART;TZID=Europe/London:20250429T160000
DTEND;TZID=Europe/London:20250429T163000
SUMMARY:British Airways - Cabin Crew - Video Interview
DESCRIPTION:Dear Niamh\,\n\nThank you for booking your video interview slo
 t. You will be interviewed by Hannah Lewis (Resourcing Advisor).\n\nJoin
  on the day: https://ba.oleeo.com/vi/join/3318402\n\nPlease have your pass
 port to hand for identity checks.\n\nBritish Airways Resourcing
ORGANIZER;CN=British Airways Resourcing:mailto:donotreply@ba.oleeo.com
ATTENDEE;CN=Hannah Lewis;ROLE=REQ-PARTICIPANT:mailto:Hannah.Lewis@ba.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "calendly-spanish", 1, "f1c7b09e-4d52-4a1e-b3c8-92d6e0a7f315",
        company="British Airways", role="Cabin Crew - Spanish speaker", stage="technical",
        interviewers="lucia.fernandez@ba.com", trap="spanish-language-oral-test-calendly-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:f1c7b09e-4d52-4a1e-b3c8-92d6e0a7f315
DTSTAMP:20250502T184410Z
DTSTART:20250507T083000Z
DTEND:20250507T085000Z
SUMMARY:Prueba oral de español (BA Cabin Crew) entre Lucía Fernández y Nia
 mh Gallagher
DESCRIPTION:Evento: Prueba oral de español - Tripulante de cabina\n\nHola
  Niamh\, gracias por reservar. Hablaremos unos 15-20 minutos en español s
 obre tu experiencia a bordo y haremos una pequeña simulación con un pasaj
 ero. Forma parte del proceso de selección para tripulantes con idioma esp
 añol.\n\nNúmero de teléfono: +353 87 412 5590\n\nNecesitas hacer cambios?
 \nCancelar: https://calendly.com/cancellations/f1c7b09e\nReprogramar: htt
 ps://calendly.com/reschedulings/f1c7b09e\n\nCon la tecnología de Calendly
 .com
LOCATION:Lucía te llamará al +353 87 412 5590
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@ba.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "recruitment-day", 1, "icims-evt-cx-lon-20250312-NG4471@cathaypacific.icims.com",
        company="Cathay Pacific", role="Flight Attendant (London Based)", stage="onsite",
        trap="icims-recruitment-day-london",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Calendar Invitation//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:icims-evt-cx-lon-20250312-NG4471@cathaypacific.icims.com
DTSTAMP:20250303T114208Z
DTSTART;TZID=Europe/London:20250312T084500
DTEND;TZID=Europe/London:20250312T163000
SUMMARY:Cathay Pacific London Based Flight Attendant - Recruitment Day
LOCATION:Sofitel London Heathrow\, Terminal 5\, Wentworth Room
DESCRIPTION:Dear Niamh\,\n\nYou are invited to our Recruitment Day for Lon
 don Based Flight Attendants. The day includes a briefing\, a group discus
 sion\, a reach test (208cm) and a short one to one interview. Please brin
 g your passport\, right to work documents and a copy of your CV.\n\nCathay
  Pacific Recruitment
ORGANIZER;CN=Cathay Pacific Recruitment:mailto:do-not-reply@cathaypacific.
 icims.com
ATTENDEE;CN=Niamh Gallagher;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:niamh.g
 allagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "webex-final", 1, "5c3d2e1f0a9b48c7a6e5d4c3b2a1f0e9@webex.com",
        company="Cathay Pacific", role="Flight Attendant (London Based)", stage="final",
        interviewers="karen_wong@cathaypacific.com;alan_ho@cathaypacific.com", trap="webex-hong-kong-time-final",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_HONGKONG + r"""BEGIN:VEVENT
UID:5c3d2e1f0a9b48c7a6e5d4c3b2a1f0e9@webex.com
DTSTAMP:20250318T021455Z
DTSTART;TZID=Asia/Hong_Kong:20250326T170000
DTEND;TZID=Asia/Hong_Kong:20250326T174500
SUMMARY:Final Interview - London Based FA - GALLAGHER Niamh
LOCATION:https://cathaypacific.webex.com/cathaypacific/j.php?MTID=m4e2b91c
 07ad3f5e6b18c9d2a0f4e7b35
DESCRIPTION:Dear Ms GALLAGHER\,\n\nPlease join your final interview with K
 aren Wong (Manager Cabin Crew Recruitment) and Alan Ho (Cabin Crew Manag
 er\, London Base) via Webex. Time shown is Hong Kong time (HKT) - 09:00 in
  London/Dublin.\n\nJoin meeting:\nhttps://cathaypacific.webex.com/cathayp
 acific/j.php?MTID=m4e2b91c07ad3f5e6b18c9d2a0f4e7b35\nMeeting number (acce
 ss code): 2641 883 1097\nMeeting password: CXfa2025\n\nJoin by phone\n+44
 -20-7660-7004 United Kingdom Toll\nAccess code: 2641 883 1097\n
ORGANIZER;CN=Karen Wong:mailto:karen_wong@cathaypacific.com
ATTENDEE;CN=Alan Ho;ROLE=REQ-PARTICIPANT:mailto:alan_ho@cathaypacific.com
ATTENDEE;CN=GALLAGHER Niamh;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "lever-zoom", 1, "lever-iv-8e1d4b7a-2f6c-4e90-a5d3-71c0b9e2f648",
        company="flydubai", role="Cabin Crew", stage="recruiter_screen", interviewers="priya.nair@flydubai.com",
        trap="lever-zoom-dubai-time-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBAI + r"""BEGIN:VEVENT
UID:lever-iv-8e1d4b7a-2f6c-4e90-a5d3-71c0b9e2f648
DTSTAMP:20250505T061233Z
DTSTART;TZID=Asia/Dubai:20250512T143000
DTEND;TZID=Asia/Dubai:20250512T150000
SUMMARY:Niamh Gallagher <> flydubai | Cabin Crew | Video Interview
DESCRIPTION:Interviewer: Priya Nair (Talent Acquisition Specialist)\n\nZo
 om: https://flydubai.zoom.us/j/95524180733\nMeeting ID: 955 2418 0733\n\n
 Please be ready 5 minutes before. All times are Gulf Standard Time (GST).
ORGANIZER;CN=flydubai Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya
 .nair@flydubai.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "cancelled", 1, "lever-ev-0c5e8a3d-91b7-4f2e-8d64-3a7b5c1e9f20",
        company="flydubai", role="Cabin Crew", stage="onsite", trap="method-cancel-assessment-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:CANCEL
""" + TZ_DUBAI + r"""BEGIN:VEVENT
UID:lever-ev-0c5e8a3d-91b7-4f2e-8d64-3a7b5c1e9f20
DTSTAMP:20250521T090417Z
DTSTART;TZID=Asia/Dubai:20250528T120000
DTEND;TZID=Asia/Dubai:20250528T190000
SUMMARY:Canceled: flydubai Cabin Crew Assessment Day - Dublin
DESCRIPTION:This event has been canceled. The Dublin assessment day has be
 en postponed\; the team will be in touch with a new date.
LOCATION:The Alex Hotel\, Fenian Street\, Dublin 2
ORGANIZER;CN=flydubai Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT:mailto:niamh.gallagher.fl
 y@gmail.com
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
]
