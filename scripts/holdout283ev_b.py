# ruff: noqa: E501, W291, W293, RUF100
"""holdout283 events, part b: the user's own interviews (offshore/foreign HEMS, medical devices, agencies, small firms)."""

from holdout283ev_zones import BERLIN_APPLE, BERLIN_TB, EASTERN, MADRID, W_EUROPE, ZURICH

EVENTS = [
    dict(
        kind="outlook-english",
        uid="040000008200E00074C5B7101A82E00800000000A3D9C6E1F248DC01000000000000000010000000B4E1C9D27F0A4E6DA3B58C1F9E2D70A5",
        is_interview=1,
        company="Helimed Nordsee",
        role="HEMS Technical Crew Member (Offshore)",
        stage="recruiter_screen",
        interviewers="fenna.rykena@helimed-nordsee.example.com",
        trap="english-offshore-hems-recruiter-call",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rykena, Fenna":mailto:fenna.rykena@helimed-nordsee.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
DESCRIPTION;LANGUAGE=en-US:Hi Jan-Philipp\,\n\nThanks for applying for the HEMS Technical Crew Member (Offshore) position at our Emden base. As our crews work with international pilots\, the first conversation will be held in English – about 30 minutes\, covering your paramedic background\, sea survival (HUET) readiness and the 14/14 rota.\n\nBest regards\nFenna Rykena\nTalent Acquisition\, Helimed Nordsee GmbH\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_YTg3ZDFm%40thread.v2/0>\nMeeting ID: 327 905 118 442\nPasscode: q3XtP8\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A3D9C6E1F248DC01000000000000000010000000B4E1C9D27F0A4E6DA3B58C1F9E2D70A5
SUMMARY;LANGUAGE=en-US:Intro call – HEMS TC Offshore (Emden) – Jan-Philipp Wendt
DTSTART;TZID=W. Europe Standard Time:20250926T100000
DTEND;TZID=W. Europe Standard Time:20250926T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T140211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="zoom-84419027735-20251014@helimed-nordsee.example.com",
        is_interview=1,
        company="Helimed Nordsee",
        role="HEMS TC Offshore",
        stage="technical",
        interviewers="ian.morrison@helimed-nordsee.example.com;okke.janssen@helimed-nordsee.example.com",
        trap="zoom-english-winch-scenario-technical",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251007T091522Z
DTSTART:20251014T140000Z
DTEND:20251014T151500Z
SUMMARY:Technical interview & hoist scenario – HEMS TC Offshore (J.-P. Wend
 t)
UID:zoom-84419027735-20251014@helimed-nordsee.example.com
TZID:Europe/Berlin
ORGANIZER;CN=Fenna Rykena:mailto:fenna.rykena@helimed-nordsee.example.com
ATTENDEE;CN=Jan-Philipp Wendt;RSVP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN=Ian Morrison;RSVP=TRUE:mailto:ian.morrison@helimed-nordsee.exam
 ple.com
ATTENDEE;CN=Dr. Okke Janssen;RSVP=TRUE:mailto:okke.janssen@helimed-nordsee.
 example.com
DESCRIPTION:Panel: Capt. Ian Morrison (Chief Pilot) and Dr. Okke Janssen (M
 edical Director). You will talk through a hoist operation to a wind turbin
 e nacelle (patient with polytrauma) and crew resource management. I will 
 only host the call.\n\nFenna Rykena is inviting you to a scheduled Zoom me
 eting.\n\nJoin Zoom Meeting\nhttps://helimed-nordsee.zoom.example.us/j/844
 19027735?pwd=bHVkZ0Rnd3NpZ2xQ\n\nMeeting ID: 844 1902 7735\nPasscode: 5518
 20\n\n---\n\nOne tap mobile\n+496938079883\,\,84419027735# Germany\n\nDial
  by your location\n• +49 69 3807 9883 Germany\n
LOCATION:https://helimed-nordsee.zoom.example.us/j/84419027735?pwd=bHVkZ0Rnd
 3NpZ2xQ
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-spanish",
        uid="1h7s0c9qpl4m2a6vbk8e3r5t0n@google.com",
        is_interview=1,
        company="Medicalia Aérea",
        role="Técnico/a HEMS",
        stage="hiring_manager",
        interviewers="lucia.ferrer@medicalia-aerea.example.es;andreu.serra@medicalia-aerea.example.es",
        trap="spanish-entrevista-madrid-zone-google-footer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251022T170000
DTEND;TZID=Europe/Madrid:20251022T174500
DTSTAMP:20251013T083012Z
ORGANIZER;CN=Lucía Ferrer Pons:mailto:lucia.ferrer@medicalia-aerea.example.
 es
UID:1h7s0c9qpl4m2a6vbk8e3r5t0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andreu Serra;X-NUM-GUESTS=0:mailto:andreu.serra@medicalia-aerea.exampl
 e.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferrer Pons;X-NUM-GUESTS=0:mailto:lucia.ferrer@medicalia-aerea.e
 xample.es
X-MICROSOFT-CDO-OWNERAPPTID:-1390542711
CREATED:20251013T083011Z
DESCRIPTION:Hola Jan-Philipp\,\n\nGracias por tu candidatura al puesto de T
 écnico/a HEMS para nuestra base de Palma (temporada 2026). Te proponemos u
 na entrevista por videollamada con Andreu Serra (jefe de base) y conmigo (
 RRHH). Podemos hacer parte de la entrevista en inglés\; valoramos mucho el
  alemán por los pacientes turistas.\n\nUn saludo\,\nLucía\n\nÚnete con Goo
 gle Meet: https://meet.google.com/qwx-rbtn-kpa\n\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nNo modifiques 
 esta sección de la descripción.\n\nInvitación de Google Calendar: https://c
 alendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres
  un invitado del evento.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251013T083012Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Técnico/a HEMS Base Palma – Jan-Philipp Wendt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french",
        uid="040000008200E00074C5B7101A82E00800000000C8E2D1B7A54ADC01000000000000000010000000E2F7A1C93D0B4F5892A6E1D4C7B03F91",
        is_interview=1,
        company="Air-Secours Romand",
        role="Ambulancier·ère ES / HEMS TC",
        stage="hiring_manager",
        interviewers="aurelie.morand@air-secours-romand.example.ch;pierre-alain.rochat@air-secours-romand.example.ch",
        trap="french-entretien-zurich-zone-swiss-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN="Morand, Aurélie":mailto:aurelie.morand@air-secours-romand.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rochat, Pierre-Alain":mailto:pierre-alain.rochat@air-secours-romand.example.ch
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Wendt\,\n\nSuite à votre candidature pour le poste d'ambulancier·ère ES / HEMS TC sur notre base des Paccots\, nous avons le plaisir de vous convier à un entretien en visioconférence avec M. Pierre-Alain Rochat\, chef de base\, et moi-même.\n\nMerci de préparer la reconnaissance de votre diplôme allemand (Notfallsanitäter) auprès de la Croix-Rouge suisse\, le cas échéant.\n\nMeilleures salutations\nAurélie Morand\nRessources humaines\n\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_Y2FmZTQx%40thread.v2/0\nID de réunion : 382 114 907 655\nCode secret : Lr8sQ2\n
UID:040000008200E00074C5B7101A82E00800000000C8E2D1B7A54ADC01000000000000000010000000E2F7A1C93D0B4F5892A6E1D4C7B03F91
SUMMARY;LANGUAGE=fr-CH:Entretien – Ambulancier·ère ES / HEMS TC (M. Wendt)
DTSTART;TZID=Europe/Zurich:20251029T140000
DTEND;TZID=Europe/Zurich:20251029T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T074452Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-screen",
        uid="WD-R0021874-INT-000318842@corvida.myworkday.example.com",
        is_interview=1,
        company="Corvida Medical",
        role="Field Service Engineer Defibrillation & Monitoring",
        stage="recruiter_screen",
        interviewers="anke.gerdau@corvida-medical.example.com",
        trap="workday-requisition-mixed-english-german",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-R0021874-INT-000318842@corvida.myworkday.example.com
DTSTAMP:20250929T151003Z
DTSTART:20251002T080000Z
DTEND:20251002T083000Z
SUMMARY:Corvida Medical: Phone Screen – Field Service Engineer Defibrillatio
 n & Monitoring (R-0021874)
ORGANIZER;CN=Anke Gerdau:mailto:anke.gerdau@corvida-medical.example.com
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jp.wend
 t@posteo.de
LOCATION:Phone
DESCRIPTION:Interview Schedule\n\nCandidate: Jan-Philipp Wendt\nJob Requisi
 tion: R-0021874 Field Service Engineer Defibrillation & Monitoring (Northe
 rn Germany)\nInterview Type: Phone Screen\nInterviewer: Anke Gerdau\, Tale
 nt Acquisition Partner DACH\n\nHallo Herr Wendt\, ich rufe Sie unter +49 1
 76 3381 0457 an. Als Notfallsanitäter kennen Sie unsere Geräte aus der Anwe
 ndersicht – genau das suchen wir.\n\nThis invitation was sent from Workday
 .\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-technical",
        uid="040000008200E00074C5B7101A82E00800000000F0A4B8D2C64BDC0100000000000000001000000072D8E4A1B9C34F06A1E7B5D2C8F90E13",
        is_interview=1,
        company="Corvida Medical",
        role="Servicetechniker",
        stage="technical",
        interviewers="bjoern.ehlers@corvida-medical.example.com;marco.luepke@corvida-medical.example.com",
        trap="medical-device-technical-interview-user-knows-devices",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ehlers, Björn":mailto:bjoern.ehlers@corvida-medical.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lüpke, Marco":mailto:marco.luepke@corvida-medical.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerdau, Anke":mailto:anke.gerdau@corvida-medical.example.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wendt\,\n\nim technischen Interview gehen Marco Lüpke (Senior FSE) und ich mit Ihnen ein paar Fehlerbilder durch (Selbsttest-Fehler Defi\, Akkuwartung\, STK/MTK nach MPBetreibV\, Elektrische Sicherheit nach IEC 62353). Keine Sorge\, es geht eher um Ihre Herangehensweise. Anke Gerdau (TA) ist optional für Organisatorisches dabei.\n\nBjörn Ehlers\nTeamleiter Field Service Nord\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_MTc4NWQy%40thread.v2/0>\nBesprechungs-ID: 318 552 004 716\nKennung: 2bRx7N\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F0A4B8D2C64BDC0100000000000000001000000072D8E4A1B9C34F06A1E7B5D2C8F90E13
SUMMARY;LANGUAGE=de-DE:Technisches Interview Servicetechniker Region Nord – Wendt
DTSTART;TZID=W. Europe Standard Time:20251013T160000
DTEND;TZID=W. Europe Standard Time:20251013T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T084015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000D6F3C1A0B94EDC01000000000000000010000000A1B7E4D90C2F4E38B6A5D1F7C3E28B46",
        is_interview=1,
        company="Corvida Medical",
        role="Field Service Engineer",
        stage="final",
        interviewers="katrin.wolters@corvida-medical.example.com;bjoern.ehlers@corvida-medical.example.com",
        trap="final-onsite-workshop-tour-x-alt-desc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Gerdau, Anke":mailto:anke.gerdau@corvida-medical.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wolters, Dr. Katrin":mailto:katrin.wolters@corvida-medical.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ehlers, Björn":mailto:bjoern.ehlers@corvida-medical.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HAM-SC-EG-Meeting Elbe (6)":mailto:ham-sc-eg-elbe@corvida-medical.example.com
DESCRIPTION;LANGUAGE=de-DE:Final Interview – Field Service Engineer\n\n10:00 Werkstatt-Tour Service Center (Björn Ehlers)\n10:45 Gespräch mit Dr. Katrin Wolters (Head of Service DACH) und Björn Ehlers\n11:45 Organisatorisches mit mir (Dienstwagen\, Gebiet\, Startdatum)\n\nAnke Gerdau\nTalent Acquisition\n
UID:040000008200E00074C5B7101A82E00800000000D6F3C1A0B94EDC01000000000000000010000000A1B7E4D90C2F4E38B6A5D1F7C3E28B46
SUMMARY;LANGUAGE=de-DE:Final Interview Corvida Medical – Service Center Hamburg
DTSTART;TZID=W. Europe Standard Time:20251031T100000
DTEND;TZID=W. Europe Standard Time:20251031T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T101122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Corvida Medical Service Center\, Billstraße 118\, 20539 Hamburg
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html\; charset=utf-8"></head><body><p><b>Final Interview – Field Service Engineer</b></p><p>10:00 Werkstatt-Tour Service Center (Björn Ehlers)<br>10:45 Gespräch mit Dr. Katrin Wolters (Head of Service DACH) und Björn Ehlers<br>11:45 Organisatorisches mit mir (Dienstwagen\, Gebiet\, Startdatum)</p><p>Anke Gerdau<br>Talent Acquisition</p></body></html>
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-eastern",
        uid="gh-interview-4482117-8830012@pulsmont.example.com",
        is_interview=1,
        company="Pulsmont Systems",
        role="Field Service Engineer – Resuscitation Systems (Northern Germany)",
        stage="recruiter_screen",
        interviewers="tbrooks@pulsmont.example.com",
        trap="greenhouse-us-eastern-zone-english-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + EASTERN + r"""BEGIN:VEVENT
UID:gh-interview-4482117-8830012@pulsmont.example.com
DTSTAMP:20251001T180233Z
DTSTART;TZID=Eastern Standard Time:20251008T100000
DTEND;TZID=Eastern Standard Time:20251008T103000
SUMMARY:Jan-Philipp Wendt <> Pulsmont Systems – Recruiter Screen
ORGANIZER;CN="Brooks, Taylor":mailto:tbrooks@pulsmont.example.com
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
LOCATION:Zoom – https://pulsmont.zoom.example.us/j/91822047731
DESCRIPTION:Hi Jan-Philipp\,\n\nLooking forward to our chat about the Field
  Service Engineer – Resuscitation Systems (Northern Germany) role. 10:00 a
 m ET is 4:00 pm your time.\n\nTaylor Brooks\nTalent Acquisition\, EMEA Se
 rvice\n\nJoin Zoom Meeting: https://pulsmont.zoom.example.us/j/91822047731
 \nMeeting ID: 918 2204 7731\n\nScheduled via Greenhouse. Interview kit and 
 scorecard are available to interviewers in Greenhouse Recruiting.\n
STATUS:CONFIRMED
SEQUENCE:0
PRIORITY:5
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-coordinator",
        uid="gh-interview-4482117-8841795@pulsmont.example.com",
        is_interview=1,
        company="Pulsmont Systems",
        role="Field Service Engineer – Resuscitation Systems",
        stage="hiring_manager",
        interviewers="joern.kleinschmidt@pulsmont.example.com",
        trap="greenhouse-coordinator-organizer-scorecard-words",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T130000Z
DTEND:20251020T140000Z
DTSTAMP:20251014T152844Z
ORGANIZER;CN=Priya Natarajan:mailto:pnatarajan@pulsmont.example.com
UID:gh-interview-4482117-8841795@pulsmont.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jörn Kleinschmidt;X-NUM-GUESTS=0:mailto:joern.kleinschmidt@pulsmont.ex
 ample.com
CREATED:20251014T152843Z
DESCRIPTION:Interview: Hiring Manager – Jörn Kleinschmidt (Regional Service
  Manager DACH)\nCandidate: Jan-Philipp Wendt\nPosition: Field Service Engin
 eer – Resuscitation Systems\n\nHi Jan-Philipp\, I'm the recruiting coordina
 tor and will not join the call. Jörn will speak German with you.\n\nPriya N
 atarajan\, Recruiting Coordinator\n\nJoin with Google Meet: https://meet.g
 oogle.com/dfe-hyqa-wvz\n\nInvitation from Google Calendar: https://calendar
 .google.com/calendar/\n\nYou are receiving this email because you are an at
 tendee on the event.
LAST-MODIFIED:20251014T152844Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jan-Philipp Wendt – Hiring Manager Interview (Pulsmont Systems)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000B2C8A7E3D14CDC01000000000000000010000000E6A2F1D8B07C4A39B5E2C4D9F81A70C2",
        is_interview=1,
        company="Kardiolux",
        role="Servicetechniker Medizintechnik (m/w/d)",
        stage="recruiter_screen",
        interviewers="s.kueck@medpersonal-plus.example.de",
        trap="agency-names-client-company-is-client",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
CLASS:PUBLIC
CREATED:20250924T130018Z
DESCRIPTION:Guten Tag Herr Wendt\,\n\nwie per Mail angekündigt rufe ich Sie 
 an\, um Ihre Bewerbung als Servicetechniker Medizintechnik (m/w/d) bei uns
 erem Kunden\, der Kardiolux GmbH in Langenhagen\, zu besprechen. Ich würde
  gern Ihre Wechselmotivation\, Gehaltsvorstellung und Verfügbarkeit klären
 \, bevor ich Ihr Profil vorstelle.\n\nBeste Grüße\nSvenja Kück\nSenior Per
 sonalberaterin Medizintechnik\nMedPersonal Plus GmbH\n
DTEND;TZID=W. Europe Standard Time:20250930T171500
DTSTAMP:20250924T130018Z
DTSTART;TZID=W. Europe Standard Time:20250930T164500
LAST-MODIFIED:20250924T130018Z
LOCATION:Telefon (Frau Kück ruft an)
ORGANIZER;CN="Kück, Svenja":mailto:s.kueck@medpersonal-plus.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefoninterview MedPersonal Plus – Kunde Kardiolux GmbH
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2C8A7E3D14CDC01000000000000000010000000E6A2F1D8B07C4A39B5E2C4D9F81A70C2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-client-interview",
        uid="040000008200E00074C5B7101A82E00800000000E1D4B9F2C75CDC01000000000000000010000000C8B3A5E1F62D4A07B9C3E8D1A4F57B20",
        is_interview=1,
        company="Kardiolux",
        role="",
        stage="hiring_manager",
        interviewers="thorsten.bode@kardiolux.example.de",
        trap="agency-organizer-client-hiring-manager-attendee",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
ATTENDEE;CN="Bode, Thorsten";RSVP=TRUE:mailto:thorsten.bode@kardiolux.example.de
CLASS:PUBLIC
CREATED:20251007T094402Z
DESCRIPTION:Guten Tag Herr Wendt\,\n\nunser Kunde Kardiolux GmbH möchte Sie
  kennenlernen! Gesprächspartner ist Herr Thorsten Bode\, Leiter Technische
 r Service. Ich selbst bin nicht dabei\, melde mich aber danach für Ihr Fee
 dback.\n\nAdresse: Kardiolux GmbH\, Walsroder Straße 201\, 30855 Langenhag
 en\, Empfang Gebäude B.\n\nViel Erfolg!\nSvenja Kück\nMedPersonal Plus Gmb
 H\n
DTEND;TZID=W. Europe Standard Time:20251017T110000
DTSTAMP:20251007T094402Z
DTSTART;TZID=W. Europe Standard Time:20251017T100000
LAST-MODIFIED:20251007T094402Z
LOCATION:Kardiolux GmbH\, Langenhagen
ORGANIZER;CN="Kück, Svenja":mailto:s.kueck@medpersonal-plus.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch bei Kardiolux GmbH – Herr Wendt (MedPersonal Plus)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E1D4B9F2C75CDC01000000000000000010000000C8B3A5E1F62D4A07B9C3E8D1A4F57B20
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-cancel",
        uid="6fq2m8tj0c4n1k7rvbs9a3l5ho@google.com",
        is_interview=1,
        company="Ventimed",
        role="Field Service Techniker Beatmung",
        stage="hiring_manager",
        interviewers="kerstin.almstedt@ventimed.example.de",
        trap="google-method-cancel-agency-client-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20251104T090000Z
DTEND:20251104T100000Z
DTSTAMP:20251030T121501Z
ORGANIZER;CN=Lars Reinecke:mailto:lars.reinecke@talentwerk-medtech.example
 .de
UID:6fq2m8tj0c4n1k7rvbs9a3l5ho@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kerstin Almstedt;X-NUM-GUESTS=0:mailto:kerstin.almstedt@ventimed.examp
 le.de
CREATED:20251021T081944Z
DESCRIPTION:Interview bei der Ventimed AG (Field Service Techniker Beatmung
 \, Gebiet Hannover/Braunschweig) mit Kerstin Almstedt\, Teamleitung Servic
 e Nord. Vermittelt durch Talentwerk Medtech – Ansprechpartner Lars Reineck
 e.\n\nJoin with Google Meet: https://meet.google.com/ktv-pwqo-mna\n\nInvita
 tion from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251030T121501Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview Ventimed AG – Field Service Techniker Beatmung (J.-P. Wen
 dt)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-invite",
        uid="sg-appointment-2025-113407-2291@softgarden.example.io",
        is_interview=1,
        company="Stryva Medizintechnik",
        role="Servicetechniker Medizintechnik (m/w/d) – Außendienst Niedersachsen",
        stage="technical",
        interviewers="ralf.hoyer@stryva.example.de",
        trap="softgarden-fachinterview-field-service",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//Interview Scheduler//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sg-appointment-2025-113407-2291@softgarden.example.io
DTSTAMP:20251103T100007Z
DTSTART;TZID=Europe/Berlin:20251111T090000
DTEND;TZID=Europe/Berlin:20251111T100000
SUMMARY:Fachinterview: Servicetechniker Medizintechnik (m/w/d) – Außendiens
 t Niedersachsen
ORGANIZER;CN=Stryva Medizintechnik GmbH:mailto:jobs-noreply@softgarden.exa
 mple.io
ATTENDEE;CN=Jan-Philipp Wendt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jp.wend
 t@posteo.de
ATTENDEE;CN=Ralf Hoyer;ROLE=REQ-PARTICIPANT:mailto:ralf.hoyer@stryva.exampl
 e.de
LOCATION:Videointerview (Link folgt per E-Mail)
DESCRIPTION:Lieber Herr Wendt\,\n\nSie haben folgenden Termin über softgard
 en gebucht:\nFachinterview mit Ralf Hoyer (Serviceleiter Nord) – ca. 60 Mi
 nuten\, inkl. kurzer Fallaufgabe (Fehlersuche Absaugpumpe / Spritzenpumpe
 ).\n\nTermin verschieben: https://stryva.softgarden.example.io/appointment
 s/113407\n\nIhr Stryva-Recruiting-Team\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gmx-founder-invite",
        uid="20251024T081732Z-5521@gmx-kalender.example.net",
        is_interview=1,
        company="Medanto Service",
        role="Servicetechniker Defis",
        stage="hiring_manager",
        interviewers="uwe.meinecke72@gmx.de",
        trap="owner-free-mail-kennenlernen-small-firm",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH/GMX Kalender Server 3.10.0//NONSGML//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
DTSTAMP:20251024T081732Z
UID:20251024T081732Z-5521@gmx-kalender.example.net
SEQUENCE:0
CREATED:20251024T081732Z
LAST-MODIFIED:20251024T081732Z
SUMMARY:Kennenlernen Medanto – Servicetechniker Defis
ORGANIZER;CN=Uwe Meinecke:mailto:uwe.meinecke72@gmx.de
ATTENDEE;CN=jp.wendt@posteo.de;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:jp.wendt@posteo.de
DTSTART;TZID=Europe/Berlin:20251028T170000
DTEND;TZID=Europe/Berlin:20251028T180000
LOCATION:Medanto Service GmbH\, Gewerbepark 9\, Garbsen (Halle hinten links)
DESCRIPTION:Moin Herr Wendt\,\nwie am Telefon gesagt: kommen Sie gern nach 
 Feierabend vorbei\, dann zeig ich Ihnen die Werkstatt und wir reden über d
 ie Stelle (Wartung/STK Defis und Absaugungen bei Rettungsdiensten und Arzt
 praxen\, Firmenwagen\, Rufbereitschaft alle 4 Wochen).\nBewerbungsmappe ha
 b ich.\nGruß\nUwe Meinecke (Inhaber)
CLASS:PUBLIC
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-founder-invite",
        uid="b3f1c9a4-8e27-4d60-a5c2-91e7d0f4b8a3",
        is_interview=1,
        company="Intensivtransport Nord",
        role="",
        stage="hiring_manager",
        interviewers="n.hinrichsen@web.de",
        trap="founder-web-de-gespraech-no-interview-word",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251002T201544Z
LAST-MODIFIED:20251002T201933Z
DTSTAMP:20251002T201933Z
UID:b3f1c9a4-8e27-4d60-a5c2-91e7d0f4b8a3
SUMMARY:Gespräch ITW-Stelle (Intensivtransport Nord)
ORGANIZER;CN=Niels Hinrichsen:mailto:n.hinrichsen@web.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:jp.wen
 dt@posteo.de
DTSTART;TZID=Europe/Berlin:20251007T190000
DTEND;TZID=Europe/Berlin:20251007T200000
LOCATION:Café am Maschsee / oder Wache ITW Laatzen
DESCRIPTION:Hallo Jan-Philipp\,\n\ndanke für deine Unterlagen. Lass uns ma
 l in Ruhe reden – ich erzähl dir was zum ITW (Intensivverlegungen\, Fahrt
 en bis 400 km\, Team mit Intensivpflege)\, und du erzählst mir\, warum du
  wechseln willst. Wenn's passt\, machen wir danach eine Probeschicht aus.
 \n\nNiels\nGeschäftsführer Intensivtransport Nord GmbH\n
TRANSP:OPAQUE
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-trial-shift",
        uid="C7F0A2E8-1B4D-4E39-9A6C-3D8E5F2B1A04",
        is_interview=1,
        company="Intensivtransport Nord",
        role="",
        stage="onsite",
        interviewers="",
        trap="probeschicht-trial-shift-handtyped-looks-like-own-dienst",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20251008T063015Z
DTSTAMP:20251008T063125Z
LAST-MODIFIED:20251008T063125Z
UID:C7F0A2E8-1B4D-4E39-9A6C-3D8E5F2B1A04
SEQUENCE:0
SUMMARY:Probeschicht ITW Nord (Bewerbung)
DTSTART;TZID=Europe/Berlin:20251020T070000
DTEND;TZID=Europe/Berlin:20251020T190000
LOCATION:ITW-Wache Laatzen
DESCRIPTION:Dienstkleidung selbst mitbringen\, Sicherheitsschuhe. Niels sa
 gt danach Bescheid ob's passt.
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:0A9F3C2E-6B1D-4A58-8E7C-2F4D1B9A6C35
UID:0A9F3C2E-6B1D-4A58-8E7C-2F4D1B9A6C35
TRIGGER:-PT1H30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
