"""holdout191: Madrid scale-ups, consulting and a German invite (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "teamtailor",
        "uid": "tt-interview-1290447-88f1@teamtailor.com",
        "interview": 1,
        "company": "Clarity AI",
        "role": "Senior FP&A Analyst",
        "stage": "hiring_manager",
        "interviewers": "Borja Echevarría",
        "trap": "teamtailor-meet-name-only-interviewer",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:tt-interview-1290447-88f1@teamtailor.com
DTSTAMP:20250408T112040Z
DTSTART;TZID=Europe/Madrid:20250411T170000
DTEND;TZID=Europe/Madrid:20250411T174500
SUMMARY:Interview with Clarity AI – Senior FP&A Analyst
DESCRIPTION:Hi Valentina\,\n\nYou have booked an interview for the Senior
  FP&A Analyst position.\n\nYou'll meet Borja Echevarría\, our Finance Dire
 ctor and the hiring manager for this role.\n\nVideo meeting: https://meet
 .google.com/hgf-pwoq-ymc\n\nNeed to change the time? https://career.clari
 ty.ai/interviews/1290447/reschedule\n\nBest regards\,\nClarity AI People
  Team
LOCATION:Google Meet
ORGANIZER;CN=Clarity AI:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT:mailto:valentina
 .gomezr@outlook.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "SFRM-SE-0004711523-VG",
        "interview": 1,
        "company": "Siemens Energy",
        "role": "Senior Financial Analyst FP&A (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "katrin.vollmer@siemens-energy.com",
        "trap": "german-vorstellungsgespraech-berlin-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SFRM-SE-0004711523-VG
DTSTAMP:20250423T071822Z
DTSTART;TZID=Europe/Berlin:20250429T160000
DTEND;TZID=Europe/Berlin:20250429T170000
SUMMARY:Vorstellungsgespräch: Senior Financial Analyst FP&A (m/w/d) – Mad
 rid – Valentina Gómez Restrepo
DESCRIPTION:Sehr geehrte Frau Gómez Restrepo\,\n\nvielen Dank für Ihre Be
 werbung bei Siemens Energy. Gerne laden wir Sie zu einem virtuellen Vorst
 ellungsgespräch mit Frau Katrin Vollmer (Head of Controlling Grid Technol
 ogies\, Erlangen) ein. Das Gespräch findet auf Englisch statt\; die Stell
 e ist in Madrid angesiedelt.\n\nMicrosoft Teams-Besprechung: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZTc0%40thread.v2/0\nBespr
 echungs-ID: 367 441 902 155\nPasscode: w8Ke3T\n\nMit freundlichen Grüße
 n\nIhr Talent Acquisition Team\nSiemens Energy
ORGANIZER;CN=Siemens Energy Talent Acquisition:mailto:talent.acquisition@
 siemens-energy.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailt
 o:valentina.gomezr@outlook.com
ATTENDEE;CN=Katrin Vollmer;ROLE=REQ-PARTICIPANT:mailto:katrin.vollmer@sie
 mens-energy.com
LOCATION:Microsoft Teams-Besprechung
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000B2C7D1E0F3A4DB0100000000000000001000000019AFE7C2D83B4A5E",
        "interview": 1,
        "company": "Ferrovial",
        "role": "Senior Analyst, Corporate Finance",
        "stage": "final",
        "interviewers": "e.arregui@ferrovial.com;jm.salcedo@ferrovial.com",
        "trap": "outlook-english-final-round-directors",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Talent Ferrovial Corporación":mailto:talent.corporacion@ferr
 ovial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina
  Gomez Restrepo:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arregui Zub
 eldia, Elena":mailto:e.arregui@ferrovial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salcedo Pin
 to, José Manuel":mailto:jm.salcedo@ferrovial.com
DESCRIPTION;LANGUAGE=en-US:Dear Valentina\,\n\nFollowing your previous con
 versations\, we are pleased to invite you to the final round for the Seni
 or Analyst\, Corporate Finance position. You will meet Elena Arregui (Cor
 porate Finance Director) and José Manuel Salcedo (Deputy CFO).\n\nBest re
 gards\,\nTalent Acquisition – Corporate\n\n_____________________________
 ___________________________________________________\nMicrosoft Teams meet
 ing\nJoin on your computer\, mobile app or room device\nClick here to joi
 n the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDA
 wM2Y1%40thread.v2/0>\nMeeting ID: 318 204 776 930\nPasscode: 9sVt4M\nDow
 nload Teams | Join on the web\n__________________________________________
 ______________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B2C7D1E0F3A4DB0100000000000000
 001000000019AFE7C2D83B4A5E
SUMMARY;LANGUAGE=en-US:Final Interview – Senior Analyst\, Corporate Finan
 ce | Valentina Gómez Restrepo
DTSTART;TZID=Romance Standard Time:20250520T173000
DTEND;TZID=Romance Standard Time:20250520T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T144907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable",
        "uid": "workable-event-3c41b7f0a8@workablemail.com",
        "interview": 1,
        "company": "Seedtag",
        "role": "FP&A Senior Analyst",
        "stage": "recruiter_screen",
        "interviewers": "ines.moratalla@seedtag.com",
        "trap": "workable-interview-with-company-utc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3c41b7f0a8@workablemail.com
DTSTAMP:20250227T153311Z
DTSTART:20250303T161500Z
DTEND:20250303T164500Z
SUMMARY:Interview with Seedtag
DESCRIPTION:Job: FP&A Senior Analyst (Madrid\, Hybrid)\nInterviewer: Inés
  Moratalla – Talent Partner\n\nGoogle Meet joining info\nVideo call link:
  https://meet.google.com/nvb-oiuq-sra\n\nPowered by Workable
ORGANIZER;CN=Inés Moratalla:mailto:ines.moratalla@seedtag.com
ATTENDEE;CN=Valentina Gómez Restrepo;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mail
 to:valentina.gomezr@outlook.com
ATTENDEE;CN=Inés Moratalla;PARTSTAT=ACCEPTED:mailto:ines.moratalla@seedtag
 .com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "b3a9f6c2-1e47-4d0a-8f25-6c7e9d1b2a40@calendly.com",
        "interview": 1,
        "company": "Alvarez & Marsal",
        "role": "Senior Associate – Transaction Advisory Group",
        "stage": "recruiter_screen",
        "interviewers": "cvilaplana@alvarezandmarsal.com",
        "trap": "calendly-booked-by-candidate-recruiter-intro",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b3a9f6c2-1e47-4d0a-8f25-6c7e9d1b2a40@calendly.com
DTSTAMP:20250225T221507Z
DTSTART:20250227T140000Z
DTEND:20250227T143000Z
SUMMARY:Valentina Gómez Restrepo and Clara Vilaplana
DESCRIPTION:Event Name: 30 min – A&M Madrid TAG intro\n\nPlease share any
 thing that will help prepare for our meeting.: Senior Associate – Transac
 tion Advisory Group (Madrid). Actualmente Banco Andino\, banca corporativ
 a. CV enviado el 20/02.\n\nLocation: This is a Microsoft Teams web confe
 rence. https://teams.microsoft.com/l/meetup-join/19%3ameeting_A1b2C3\n\n
 Need to make changes to this event?\nCancel: https://calendly.com/cancell
 ations/b3a9f6c2\nReschedule: https://calendly.com/reschedulings/b3a9f6c2\n
 \nPowered by Calendly.com
ORGANIZER;CN=Clara Vilaplana:mailto:cvilaplana@alvarezandmarsal.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPT
 ED:mailto:valentina.gomezr@outlook.com
ATTENDEE;CN=Clara Vilaplana;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :cvilaplana@alvarezandmarsal.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000044C3A1B2E7F9DB01000000000000000010000000D0E1F2A3B4C5D6E7",
        "interview": 1,
        "company": "Kearney",
        "role": "Consultant – CFO Advisory",
        "stage": "technical",
        "interviewers": "alejandro.quiroga@kearney.com",
        "trap": "outlook-case-interview-consulting-round-one",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Recruiting Iberia";SENT-BY="mailto:marta.llorente@kearney.
 com":mailto:recruiting.iberia@kearney.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina
  Gómez Restrepo:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Quiroga, Ale
 jandro":mailto:alejandro.quiroga@kearney.com
DESCRIPTION;LANGUAGE=es-ES:Hola Valentina\,\n\nTe confirmamos la primera
  ronda de entrevistas (fit + caso) con Alejandro Quiroga\, Principal de la
  práctica de CFO Advisory. Ten a mano papel y calculadora para el caso.\n\n
 Un saludo\,\nMarta Llorente\nRecruiting Coordinator\, Madrid\n\n________
 ________________________________________________________________________\n
 Reunión de Microsoft Teams\nHaga clic aquí para unirse a la reunión<https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2%40thread.v2/0>\nI
 d. de la reunión: 329 550 118 402\nCódigo de acceso: Ty5mB8\n\n
UID:040000008200E00074C5B7101A82E0080000000044C3A1B2E7F9DB0100000000000000
 0010000000D0E1F2A3B4C5D6E7
SUMMARY;LANGUAGE=es-ES:Kearney | 1ª ronda – Consultant CFO Advisory | V.
  Gómez Restrepo
DTSTART;TZID=Romance Standard Time:20250403T160000
DTEND;TZID=Romance Standard Time:20250403T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T123001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
