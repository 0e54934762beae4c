# ruff: noqa: E501, W291, W293, RUF100
"""holdout274, part D: other negatives (hearings, evaluation and research interviews, press, mock interviews,
webinars, reference calls as referee, family members' interviews, personal appointments, prep and reminders)."""

from holdout274ev_zones import (
    TZ_BRU_APPLE,
    TZ_BRU_GOOGLE,
    TZ_BRU_MOZ,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC01,
    TZ_WEST,
)

FORMS: dict[str, str] = {}

GOOGLE_FOOTER = r"""\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To st
 op receiving future updates for this event\, decline this event.\n\nForwar
 ding this invitation could allow any recipient to send a response to the o
 rganizer\, be added to the guest list\, invite others regardless of their
  own invitation status\, or modify your RSVP. Learn more https://support.g
 oogle.com/calendar/answer/37135#forwarding"""


def _neg(kind: str, uid: str, trap: str, ics: str, eol: str = "\r\n") -> dict[str, object]:
    return dict(
        kind=kind,
        uid=uid,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=False,
        eol=eol,
        ics=ics,
    )


EVENTS = [
    _neg(
        "google-calendar-export",
        "xygyv6h4u2yrb6p2xl827ordff@google.com",
        "commissioner-designate-hearing-parliament",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:EU agenda (team Beleid)
X-WR-TIMEZONE:Europe/Brussels
X-WR-CALDESC:Hearings\, plenaries and Council meetings we follow
{TZ_BRU_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260121T143000
DTEND;TZID=Europe/Brussels:20260121T173000
DTSTAMP:20260302T074455Z
UID:xygyv6h4u2yrb6p2xl827ordff@google.com
CREATED:20260112T093012Z
DESCRIPTION:Hearing of the Commissioner-designate for Startups\, Research a
 nd Innovation (replacement) before ITRE and CULT. Questions from MEPs on E
 IC\, FP10 and regional innovation valleys.\n\nWebstream: https://multimedi
 a.europarl.europa.example.eu/webstreaming/itre_20260121\n\nKatrien takes n
 otes for the briefing to the Minister (max 2 pages by Friday).
LAST-MODIFIED:20260115T161010Z
LOCATION:European Parliament\, Brussels - room JAN 4Q2 (webstream)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Hearing Commissioner-designate R&I (ITRE/CULT) - follow live
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-self-block",
        "040000008200E00074C5B7101A82E00800000000EFDA3FD288391B780000000000000000100000006D45B3CEA95D02F71EDAE0EB6DC40903",
        "audition-commissaire-designe-french",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260114T100112Z
DESCRIPTION:Audition du commissaire désigné à la Cohésion et aux réformes 
 devant la commission REGI. Suivre en direct + note pour le cabinet (point
 s : FEDER post-2027\, rôle des régions\, conditionnalités).\n
DTEND;TZID="Romance Standard Time":20260121T120000
DTSTAMP:20260114T100112Z
DTSTART;TZID="Romance Standard Time":20260121T090000
LAST-MODIFIED:20260114T100112Z
LOCATION:webstream PE
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Audition commissaire désigné Cohésion (REGI) - suiv
 i
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000EFDA3FD288391B780000000000000000100000006D45B3CEA95D02F71EDAE0EB6DC40903
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite",
        "040000008200E00074C5B7101A82E008000000005E751302B3A7D2A100000000000000001000000002A4AC2F2E01520F227DE95483DF7A36",
        "evaluation-study-interview-same-firm-as-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Ruben Hermans:mailto:r.hermans@valmont-evaluation.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Dear Ms De Smet-Lefort\,\n\nAs part of the mid-t
 erm evaluation of the Brussels Regional Innovation Programme 2021-2027\, c
 ommissioned by the Managing Authority\, Valmont Evaluation Partners is co
 nducting semi-structured interviews with programme staff. We would like t
 o interview you about the innovation voucher scheme (selection of benefic
 iaries\, monitoring\, first results).\n\nThe interview takes about 60 minu
 tes. Answers are treated confidentially and reported in aggregated form.
 \n\nKind regards\,\nRuben Hermans\nConsultant\, Valmont Evaluation Partners
 \n
UID:040000008200E00074C5B7101A82E008000000005E751302B3A7D2A100000000000000
 001000000002A4AC2F2E01520F227DE95483DF7A36
SUMMARY;LANGUAGE=en-US:Interview - mid-term evaluation Brussels Regional In
 novation Programme (Valmont)
DTSTART;TZID=W. Europe Standard Time:20260219T100000
DTEND;TZID=W. Europe Standard Time:20260219T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T150312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Brussel Innovatie\, Kunstlaan 21 (or Teams)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1730042196
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite",
        "040000008200E00074C5B7101A82E008000000000F664872B54C28450000000000000000100000005AE95BCE512EAFF2008BD065440E4487",
        "programme-evaluation-interview-with-beneficiary",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="De Smet-Lefort Katrien":mailto:kdesmet@brussel-innovatie.exam
 ple.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wim Desmedt:ma
 ilto:wim@smartharbour.example.be
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baert Els
 ":mailto:e.baert@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Beste Wim\,\n\nZoals telefonisch afgesproken kom
 en Els en ik langs voor het evaluatie-interview over het project dat met 
 een innovatievoucher (dossier 2024-117) werd ondersteund: wat heeft de vo
 ucher opgeleverd\, wat liep minder goed\, welke vervolgstappen. Duur: ca. 
 1 uur. Uw antwoorden worden anoniem verwerkt in het evaluatierapport.\n\nM
 et vriendelijke groeten\,\nKatrien De Smet-Lefort\n
UID:040000008200E00074C5B7101A82E008000000000F664872B54C28450000000000000000100000005AE95BCE512EAFF2008BD065440E4487
SUMMARY;LANGUAGE=nl-BE:Evaluatie-interview begunstigde - SmartHarbour (inno
 vatievoucher 2024-117)
DTSTART;TZID=W. Europe Standard Time:20260309T100000
DTEND;TZID=W. Europe Standard Time:20260309T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:SmartHarbour\, Vergotedok 12\, 1000 Brussel
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1004417739
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-invite",
        "040000008200E00074C5B7101A82E008000000005418712F4F2A2561000000000000000010000000A7BD5B43B03EF78512A9DD3D1E19084C",
        "stakeholder-consultation-targeted-interview-dg-regio-study",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Giulia Ferraro:mailto:giulia.ferraro@eurostudies-consortium.ex
 ample.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kdesmet@br
 ussel-innovatie.example.be:mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Dear Ms De Smet-Lefort\,\n\nThank you for accept
 ing to take part in a targeted stakeholder interview for the Study on the
  future of Smart Specialisation Strategies (S3) after 2027\, carried out 
 by our consortium on behalf of the European Commission (DG REGIO). The in
 terview guide is attached. Duration: 45-60 minutes.\n\nBest regards\,\nGiu
 lia Ferraro\nResearch Manager\n\n___________________________________________
 _____________________________________\nMicrosoft Teams meeting\nClick here 
 to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _MTIzOWYxZWUtODg4Ny00%40thread.v2/0>\nMeeting ID: 312 448 095 771\nPasscod
 e: s3Int5\n______________________________________________________________
 __________________\n
UID:040000008200E00074C5B7101A82E008000000005418712F4F2A256100000000000000
 0010000000A7BD5B43B03EF78512A9DD3D1E19084C
SUMMARY;LANGUAGE=en-US:Targeted stakeholder interview - S3 post-2027 study 
 - Brussels-Capital Region
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260227T1100
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260227T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260213T124009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-283017744
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-override",
        "040000008200E00074C5B7101A82E00800000000699A57D5EA6EA5BB0000000000000000100000005B76B744C81A69915CE887415A30D7ED",
        "recurring-working-group-monthly-recurrence-id-override",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_WEST}BEGIN:VEVENT
ATTENDEE;CN="Claessens Veerle";RSVP=TRUE:mailto:v.claessens@brussel-innovat
 ie.example.be
ATTENDEE;CN="Dufour Nicolas";RSVP=TRUE:mailto:n.dufour@brussel-innovatie.ex
 ample.be
ATTENDEE;CN=sophie.gerard@economie-emploi.brussels.example.be;RSVP=TRUE:mai
 lto:sophie.gerard@economie-emploi.brussels.example.be
CLASS:PUBLIC
CREATED:20251210T140233Z
DESCRIPTION:Werkgroep Innovatievouchers / Groupe de travail Chèques innovat
 ion - maandelijkse opvolging: stand van de aanvragen\, selectiecomité\, mo
 nitoring-indicatoren\, communicatie. Agenda en verslag op SharePoint.\n
DTEND;TZID="W. Europe Standard Time":20260108T153000
DTSTAMP:20260204T090002Z
DTSTART;TZID="W. Europe Standard Time":20260108T140000
LAST-MODIFIED:20260204T090002Z
LOCATION:BI - Vergaderzaal Zenne (12p) / Teams
ORGANIZER;CN="De Smet-Lefort Katrien":mailto:kdesmet@brussel-innovatie.exam
 ple.be
PRIORITY:5
RRULE:FREQ=MONTHLY;UNTIL=20260611T130000Z;BYDAY=2TH
SEQUENCE:0
SUMMARY;LANGUAGE=nl-be:WG Innovatievouchers / GT Chèques innovation (maande
 lijks)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000699A57D5EA6EA5BB0000000000000000100000005B76B744C81A69915CE887415A30D7ED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260204T090002Z
DESCRIPTION:Verplaatst wegens Innovation Board op 12/2. Extra punt: hoorzitt
 ing Brussels Parlement voorbereiden.\n
DTEND;TZID="W. Europe Standard Time":20260210T163000
DTSTAMP:20260204T090002Z
DTSTART;TZID="W. Europe Standard Time":20260210T150000
LAST-MODIFIED:20260204T090002Z
LOCATION:Teams
ORGANIZER;CN="De Smet-Lefort Katrien":mailto:kdesmet@brussel-innovatie.exam
 ple.be
PRIORITY:5
RECURRENCE-ID;TZID="W. Europe Standard Time":20260212T140000
SEQUENCE:1
SUMMARY;LANGUAGE=nl-be:WG Innovatievouchers / GT Chèques innovation (maande
 lijks)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000699A57D5EA6EA5BB0000000000000000100000005B76B744C81A69915CE887415A30D7ED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "proton-hand-typed",
        "xs3iBs9p6yQdoQdfXGsBDOtz9HM@proton.me",
        "mock-interview-epso-prep-friend",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.71.2//EN
CALSCALE:GREGORIAN
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:xs3iBs9p6yQdoQdfXGsBDOtz9HM@proton.me
DTSTAMP:20260405T181102Z
CREATED:20260405T181102Z
SEQUENCE:0
DTSTART;TZID=Europe/Brussels:20260412T150000
DTEND;TZID=Europe/Brussels:20260412T170000
SUMMARY:Mock EPSO oral w/ Pieter 🎯 (he plays the selection board)
LOCATION:chez Pieter\, Chaussée de Wavre 312
DESCRIPTION:Pieter is on the AD reserve list since 2023 - asked him for nas
 ty follow-up questions. Record on phone\, then go through the competency 
 grid together. Bring wine.
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "webex-webinar",
        "EUCAREERS-LIVE-20260303-2661841773@epso-events.example.eu",
        "webinar-about-epso-interviews-institutional-sender",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco//Webex Webinars//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:EUCAREERS-LIVE-20260303-2661841773@epso-events.example.eu
DTSTAMP:20260224T080000Z
DTSTART:20260303T113000Z
DTEND:20260303T123000Z
ORGANIZER;CN=EU Careers:mailto:eu-careers-events@epso.europa.example.eu
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:k
 atrien.desmet.lefort@proton.me
SUMMARY:EU Careers Live: How to prepare for the assessment phase and the or
 al test
DESCRIPTION:Thank you for registering for EU Careers Live.\n\nTopic: How to
  prepare for the assessment phase and the oral test (AD and AST competitio
 ns)\nSpeakers: EPSO selection experts and a former selection board member
 \n\nJoin the webinar: https://epso-events.webex.com/weblink/register/r2661
 841773\nWebinar number: 2661 841 773\nWebinar password: EUcareers26\n\nThis
  webinar is recorded and will be available on the EU Careers YouTube chan
 nel.
LOCATION:Webex Webinar
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-training",
        "040000008200E00074C5B7101A82E008000000001C9FD3DA4A251DD40000000000000000100000009156CD3EF5B53C671E96AF55351A9279",
        "training-course-competency-based-interviewing",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Brussels Public Academy - Inschrijvingen":mailto:inschrijving
 en@bpa.example.brussels
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Opleiding: Competentiegericht interviewen voor p
 anelleden (2 halve dagen)\n\nInhoud: STAR-methode\, doorvragen\, observere
 n en scoren\, valkuilen en beoordelingsfouten\, oefenen met rollenspelen 
 (acteurs spelen kandidaten).\nTrainer: Filip Moens\n\nDe opleiding telt me
 e voor je opleidingsplan 2026. Annuleren kan tot 5 werkdagen vooraf.\n
RRULE:FREQ=DAILY;COUNT=2
UID:040000008200E00074C5B7101A82E008000000001C9FD3DA4A251DD400000000000000
 00100000009156CD3EF5B53C671E96AF55351A9279
SUMMARY;LANGUAGE=nl-BE:Opleiding: competentiegericht interviewen voor panel
 leden
DTSTART;TZID=W. Europe Standard Time:20260112T090000
DTEND;TZID=W. Europe Standard Time:20260112T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251203T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Brussels Public Academy\, Sint-Lazaruslaan 10\, 1210 
 Sint-Joost-ten-Node - lokaal 2.03
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2042117790
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite",
        "dwoe18v39llkifoj40mon7edwy@google.com",
        "press-interview-journalist-user-named",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260115T100000Z
DTEND:20260115T104500Z
DTSTAMP:20260109T135512Z
ORGANIZER;CN=Lies Vandecasteele:mailto:lies.vandecasteele@bxlstadskrant.exa
 mple.be
UID:dwoe18v39llkifoj40mon7edwy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lies Vandecasteele;X-NUM-GUESTS=0:mailto:lies.vandecasteele@bxlstadskr
 ant.example.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Katrien De Smet-Lefort;X-NUM-GUESTS=0:mailto:kdesmet@brussel-innov
 atie.example.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Perscontact Brussel Innovatie;X-NUM-GUESTS=0:mailto:pers@brussel-innov
 atie.example.be
X-MICROSOFT-CDO-OWNERAPPTID:-1922046611
CREATED:20260109T135511Z
DESCRIPTION:Interview voor Bxl Stadskrant over de innovatievouchers voor Br
 usselse kmo's: hoeveel bedrijven\, welke resultaten\, wat verandert er in 
 2026? Ik neem een paar foto's voor het artikel (ca. 800 woorden\, versch
 ijnt eind januari). Citaten leg ik vooraf voor.\n\nLies{GOOGLE_FOOTER}
LAST-MODIFIED:20260109T135512Z
LOCATION:Brussel Innovatie\, Kunstlaan 21\, 1000 Brussel
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Bxl Stadskrant - innovatievouchers (Katrien De Smet-Lefor
 t)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-hand-typed",
        "0ECE9845-5155-45EA-9FD4-C3D53C40C3C0",
        "live-radio-interview-french",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260211T171522Z
DTEND;TZID=Europe/Brussels:20260216T080500
DTSTAMP:20260211T171544Z
DTSTART;TZID=Europe/Brussels:20260216T074000
LAST-MODIFIED:20260211T171544Z
LOCATION:Capitale FM studio\, Place Flagey 18 (entrée artistes)
SEQUENCE:0
SUMMARY:Interview radio Capitale FM - chèques innovation (en direct 7h50 !)
DESCRIPTION:journaliste: Julien Caudron\, 6-7 min en direct. Messages clés :
  3 chiffres + appel à candidatures jusqu'au 31/3. Service com a validé.
UID:0ECE9845-5155-45EA-9FD4-C3D53C40C3C0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT45M
UID:D2D5DAB9-6CA5-4B9F-9543-76EFC4E2B6FC
X-WR-ALARMUID:D2D5DAB9-6CA5-4B9F-9543-76EFC4E2B6FC
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "proton-hand-typed",
        "oSXckQ9kuO6UuqrFkKJLr47pe-w@proton.me",
        "informational-coffee-eu-insider-cast-tips",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.71.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:oSXckQ9kuO6UuqrFkKJLr47pe-w@proton.me
DTSTAMP:20260106T201544Z
CREATED:20260106T201544Z
SEQUENCE:0
DTSTART;TZID=Europe/Brussels:20260109T083000
DTEND;TZID=Europe/Brussels:20260109T091500
SUMMARY:coffee w/ Marta (DG RTD) - life inside the Commission + CAST tips
LOCATION:Exki Schuman
DESCRIPTION:ask: how CAST interviews really work\, TA vs CA\, which units in
  RTD/REGIO hire\, is EPSO AD5 worth it at 31? she's not recruiting herself
 \, just advice
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "proton-all-day",
        "zvlDwuqw62TVUo2ROEg0aYpv3VE@proton.me",
        "job-fair-all-day-visitor-bring-cvs",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//WebCalendar 5.0.71.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:zvlDwuqw62TVUo2ROEg0aYpv3VE@proton.me
DTSTAMP:20260320T110233Z
CREATED:20260320T110233Z
SEQUENCE:0
DTSTART;VALUE=DATE:20260417
DTEND;VALUE=DATE:20260418
SUMMARY:EU Careers Day Brussels (Square) - bring CVs EN+FR
DESCRIPTION:stands: EPSO\, agencies (EISMEA\, REA\, HaDEA)\, EEAS\, EIB. Talk
  "Working for the EU agencies" 11:00. Take day off (congé 1j).
LOCATION:Square - Brussels Meeting Centre\, Mont des Arts
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-invite",
        "040000008200E00074C5B7101A82E008000000002FA820AE986439A40000000000000000100000006761E46F7475BA6FDA65A66DF3CCB790",
        "reference-call-user-as-referee",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Nina Claeys:mailto:nina.claeys@talentum-public.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrien.de
 smet.lefort@proton.me:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Dear Katrien\,\n\nThank you for agreeing to act 
 as a referee for Tom Peeters\, who has applied for the position of Strate
 gy Advisor at Havenbedrijf Schelde. The call will take about 20 minutes\;
  I would like to hear about your collaboration with Tom at Brussel Innova
 tie (2021-2024)\, his strengths and development points.\n\nKind regards\,\n
 Nina Claeys\nSenior Consultant - Talentum Public\n\n_____________________
 ___________________________________________________________\nMicrosoft Te
 ams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_YmQ0ZTg2YzktOWRlNi00%40thread.v2/0>\nMeeting ID: 
 388 290 117 645\nPasscode: Rf4Lp8\n__________________________________________
 ______________________________________\n
UID:040000008200E00074C5B7101A82E008000000002FA820AE986439A400000000000000
 00100000006761E46F7475BA6FDA65A66DF3CCB790
SUMMARY;LANGUAGE=en-US:Reference call - Tom Peeters (Strategy Advisor\, Hav
 enbedrijf Schelde)
DTSTART;TZID=W. Europe Standard Time:20260313T123000
DTEND;TZID=W. Europe Standard Time:20260313T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T094512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1193872200
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-prep-block",
        "9a59cff2-3e37-4531-a8a1-2e27447498e5",
        "prep-block-before-panel-interview",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BRU_MOZ}BEGIN:VEVENT
CREATED:20260220T190122Z
LAST-MODIFIED:20260222T101455Z
DTSTAMP:20260222T101455Z
UID:9a59cff2-3e37-4531-a8a1-2e27447498e5
SUMMARY:PREP DG ENV panel - STAR stories + CEAP + presentation dry run
DTSTART;TZID=Europe/Brussels:20260225T190000
DTEND;TZID=Europe/Brussels:20260225T213000
DESCRIPTION:- reread Circular Economy Action Plan + ESPR + 2025 work progr
 amme\n- 10-min presentation: time it twice\n- STAR: vouchers reform\, cris
 is 2023 budget cut\, conflict with cabinet\, teamwork stagiairs\n- French 
 part: practise 5 min\n- questions for panel: team size\, telework\, TA dur
 ation
CATEGORIES:Sollicitaties
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
X-MOZ-LASTACK:20260225T174502Z
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-reminder-event",
        "E4F955FC-4276-4858-AF0F-51A0E6FA6D66",
        "thank-you-reminder-after-final",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260206T124411Z
DTEND;TZID=Europe/Brussels:20260206T171500
DTSTAMP:20260206T124419Z
DTSTART;TZID=Europe/Brussels:20260206T170000
LAST-MODIFIED:20260206T124419Z
SEQUENCE:0
SUMMARY:✉️ thank-you mail Alderhaven (Oliver + cc Charlotte)
DESCRIPTION:mention: innovation practice idea\, Chips Act client scenario\,
  start date flexible (3 months notice)
UID:E4F955FC-4276-4858-AF0F-51A0E6FA6D66
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
UID:EA1AC83A-58BD-49D0-B530-62F1281B2DE6
X-WR-ALARMUID:EA1AC83A-58BD-49D0-B530-62F1281B2DE6
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-invite",
        "040000008200E00074C5B7101A82E00800000000E6B0A3E9615DCC9F000000000000000010000000A442A5E02E93CAB4B4AFA9EE77056C5E",
        "recruiter-confidential-client-no-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN=Tom Hendrickx:mailto:t.hendrickx@lobbytalent.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrien De
  Smet-Lefort:mailto:katrien.desmet.lefort@proton.me
DESCRIPTION;LANGUAGE=en-US:Hi Katrien\,\n\nGreat to connect on LinkedIn. As
  mentioned\, I am running a confidential search for a Head of EU Affairs 
 role at a leading Brussels-based trade association (energy/industry). I 
 can't share the client's name at this stage\, but I'd love a 20-minute ch
 at to understand your background and what you are looking for. I also ha
 ve a couple of other mandates that might fit.\n\nBest\,\nTom Hendrickx\nPa
 rtner\, Lobby Talent Partners\n\n_________________________________________
 _______________________________________\nMicrosoft Teams meeting\nClick he
 re to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameet
 ing_ODNlMmQ1YTctZjI0Yy00%40thread.v2/0>\nMeeting ID: 329 551 064 802\nPass
 code: Lt7Hk2\n_____________________________________________________________
 ___________________\n
UID:040000008200E00074C5B7101A82E00800000000E6B0A3E9615DCC9F00000000000000
 0010000000A442A5E02E93CAB4B4AFA9EE77056C5E
SUMMARY;LANGUAGE=en-US:Intro call - Lobby Talent Partners x Katrien (confid
 ential search)
DTSTART;TZID=W. Europe Standard Time:20260109T120000
DTEND;TZID=W. Europe Standard Time:20260109T122000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260107T164410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-611820734
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-calendar-export",
        "fwnxuoizm11f3kb2j8lwc48v0h@google.com",
        "partner-job-interview-shared-family-calendar",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Thuis 🏠 Sam & Katrien
X-WR-TIMEZONE:Europe/Brussels
{TZ_BRU_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260223T100000
DTEND;TZID=Europe/Brussels:20260223T113000
DTSTAMP:20260301T090012Z
UID:fwnxuoizm11f3kb2j8lwc48v0h@google.com
CREATED:20260217T212233Z
DESCRIPTION:Sam z'n sollicitatiegesprek bij Van Roey Bouw (werfleider) - du
 imen!! Hij neemt de auto\, ik de fiets.
LAST-MODIFIED:20260217T212301Z
LOCATION:Van Roey Bouw\, Industrieweg 14\, Vilvoorde
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sam - sollicitatiegesprek Van Roey Bouw 🍀
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-hand-typed",
        "5CFD91B1-3BA8-4A31-A6E2-1CACBCCCB4CB",
        "sister-job-interview-reminder-french",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260308T103012Z
DTEND;TZID=Europe/Brussels:20260310T120000
DTSTAMP:20260308T103020Z
DTSTART;TZID=Europe/Brussels:20260310T110000
LAST-MODIFIED:20260308T103020Z
SEQUENCE:0
SUMMARY:Entretien d'embauche de Chloé (ma sœur) - l'appeler après 🤞
DESCRIPTION:pharmacie à Liège\, 2e entretien. Lui envoyer un message le mat
 in.
UID:5CFD91B1-3BA8-4A31-A6E2-1CACBCCCB4CB
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000A7B5C72378B0BB9D000000000000000010000000C2435A27BBD5B20A734A845F39AEA13F",
        "annual-appraisal-with-own-manager-bilingual",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Claessens Veerle":mailto:v.claessens@brussel-innovatie.exampl
 e.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Evaluatiegesprek 2025 / entretien d'évaluation 2
 025\n\nGraag vooraf je zelfevaluatie invullen in de HR-tool (doelstelling
 en 2025\, competenties\, opleidingswensen). We bespreken ook je doelstell
 ingen voor 2026 en je loopbaanwensen.\n\nVeerle\n
UID:040000008200E00074C5B7101A82E00800000000A7B5C72378B0BB9D00000000000000
 0010000000C2435A27BBD5B20A734A845F39AEA13F
SUMMARY;LANGUAGE=nl-BE:Evaluatiegesprek 2025 - Katrien
DTSTART;TZID=W. Europe Standard Time:20260126T140000
DTEND;TZID=W. Europe Standard Time:20260126T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260112T083011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:bureau Veerle (4.12)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:501928834
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite-german",
        "040000008200E00074C5B7101A82E00800000000AF9B4E900F6A7547000000000000000010000000A5DAF66388FFE07DE8392001A2D27DEB",
        "german-abstimmungsgespraech-work-meeting",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kramer\, Jens":mailto:jens.kramer@lv-nrw-bruessel.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Özdemir\, Lei
 la":mailto:leila.oezdemir@lv-nrw-bruessel.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau De Smet-Lefort\,\n\nwie besprochen ein
  kurzes Abstimmungsgespräch zur geplanten Innovationspartnerschaft NRW-Br
 üssel (Interregionale Innovationsinvestitionen\, I3)\, insbesondere zur g
 emeinsamen Interessensbekundung und zur Rollenverteilung im Konsortium.\n
 \nBeste Grüße\nJens Kramer\nReferent Forschung & Innovation\nLandesvertret
 ung Nordrhein-Westfalen bei der EU\n
UID:040000008200E00074C5B7101A82E00800000000AF9B4E900F6A754700000000000000
 0010000000A5DAF66388FFE07DE8392001A2D27DEB
SUMMARY;LANGUAGE=de-DE:Abstimmungsgespräch Innovationspartnerschaft NRW-Brü
 ssel (I3)
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":202
 60323T110000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260
 323T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T085532Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Landesvertretung NRW\, Rue Montoyer 47\, 1000 Brüsse
 l
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-95514260
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite-spanish",
        "dpz4v3awd4lclbu8yhv9ks65wq@google.com",
        "spanish-research-entrevista-interviewee-madrid-zone",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260420T100000
DTEND;TZID=Europe/Madrid:20260420T110000
DTSTAMP:20260409T072144Z
ORGANIZER;CN=Álvaro Redondo Gil:mailto:aredondo@iberia-evaluacion.example.e
 s
UID:dpz4v3awd4lclbu8yhv9ks65wq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Álvaro Redondo Gil;X-NUM-GUESTS=0:mailto:aredondo@iberia-evaluacion.ex
 ample.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kdesmet@brussel-innovatie.example.be;X-NUM-GUESTS=0:mailto:kdesmet
 @brussel-innovatie.example.be
X-MICROSOFT-CDO-OWNERAPPTID:-1203377125
CREATED:20260409T072143Z
DESCRIPTION:Estimada Katrien:\n\nen el marco del estudio de evaluación del 
 programa Interreg Europe (proyectos de políticas regionales de innovación)
 \, nos gustaría realizarle una entrevista semiestructurada como socia del
  proyecto SME-BOOST por parte de la región de Bruselas-Capital. Duración a
 proximada: 60 minutos\, en inglés o francés.\n\nUn cordial saludo\,\nÁlvaro
  Redondo Gil\nIberia Evaluación\, Madrid{GOOGLE_FOOTER}
LAST-MODIFIED:20260409T072144Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - estudio de evaluación Interreg Europe (Bruselas-Capita
 l)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-hand-typed",
        "38981B1F-3708-4932-B293-7E1E044D32F7",
        "medical-intake-gesprek",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260127T083301Z
DTEND;TZID=Europe/Brussels:20260131T104500
DTSTAMP:20260127T083309Z
DTSTART;TZID=Europe/Brussels:20260131T100000
LAST-MODIFIED:20260127T083309Z
LOCATION:Kinepraktijk Vanhaecke\, Waversesteenweg 201
SEQUENCE:0
SUMMARY:Intakegesprek kine (knie)
DESCRIPTION:voorschrift + mutualiteitskaart meenemen\, sportkleren
UID:38981B1F-3708-4932-B293-7E1E044D32F7
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:F0063730-1A29-4D0F-ACFA-FEBD2821F507
X-WR-ALARMUID:F0063730-1A29-4D0F-ACFA-FEBD2821F507
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bank-appointment",
        "RDV-BA-IXL-2026-0418-77120@rdv.banque-ardenne.example.be",
        "bank-rendez-vous-conseiller-mortgage",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Banque Ardenne//Prise de rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:RDV-BA-IXL-2026-0418-77120@rdv.banque-ardenne.example.be
DTSTAMP:20260406T150012Z
DTSTART:20260418T080000Z
DTEND:20260418T090000Z
SUMMARY:Rendez-vous : crédit hypothécaire - Banque Ardenne Ixelles
DESCRIPTION:Votre rendez-vous avec votre conseiller\, M. Olivier Delvaux\, 
 agence Ixelles-Louise.\nObjet : entretien crédit hypothécaire (achat appa
 rtement)\nÀ apporter : 3 dernières fiches de paie\, avertissement-extrait 
 de rôle\, compromis de vente.\n\nPour modifier ou annuler : www.banque-ard
 enne.example.be/rdv
LOCATION:Banque Ardenne\, Avenue Louise 231\, 1050 Ixelles
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite",
        "040000008200E00074C5B7101A82E008000000004957D4EEAD88FCBB00000000000000001000000083EC09F34960A39E2C118D65F637EC4D",
        "eprs-expert-interview-same-institution-as-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="KEANE Jonathan":mailto:jonathan.keane@europarl.europa.example
 .eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kdesmet@br
 ussel-innovatie.example.be:mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-GB:Dear Ms De Smet-Lefort\,\n\nThe European Parliam
 entary Research Service is preparing a briefing on regional innovation ec
 osystems for the ITRE and REGI committees. We would be grateful if you co
 uld share your experience as a regional practitioner in a 45-minute exper
 t interview. Your input will not be attributed by name.\n\nWith thanks an
 d best regards\,\nJonathan Keane\nPolicy Analyst\, EPRS\n
UID:040000008200E00074C5B7101A82E008000000004957D4EEAD88FCBB00000000000000
 001000000083EC09F34960A39E2C118D65F637EC4D
SUMMARY;LANGUAGE=en-GB:EPRS briefing - expert interview on regional innovat
 ion ecosystems
DTSTART;TZID=W. Europe Standard Time:20260408T150000
DTEND;TZID=W. Europe Standard Time:20260408T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260326T141545Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1664002391
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-invite",
        "9ssu9ht1a42ddwarsuxuckxzkn@google.com",
        "podcast-guest-interview-recording",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260422T140000Z
DTEND:20260422T150000Z
DTSTAMP:20260414T101003Z
ORGANIZER;CN=Hugo Marchal:mailto:hugo@policypod.example.eu
UID:9ssu9ht1a42ddwarsuxuckxzkn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hugo Marchal;X-NUM-GUESTS=0:mailto:hugo@policypod.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=katrien.desmet.lefort@proton.me;X-NUM-GUESTS=0:mailto:katrien.desmet.l
 efort@proton.me
X-MICROSOFT-CDO-OWNERAPPTID:388120561
CREATED:20260414T101002Z
DESCRIPTION:Recording of Policy Pod Brussels\, episode 41: "Do innovation v
 ouchers work?" - you as guest\, 35-40 min interview + 5 min rapid-fire qu
 estions. Recording link (Riverside): https://riverside.example.fm/studio/p
 olicypod-41\nPlease use headphones and a wired connection if possible.{GOOGLE_FOOTER}
LAST-MODIFIED:20260414T101003Z
LOCATION:https://riverside.example.fm/studio/policypod-41
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Policy Pod Brussels ep. 41 - recording with Katrien (guest intervie
 w)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite",
        "040000008200E00074C5B7101A82E00800000000FEDD5F116E380556000000000000000010000000EBFE026F9D4AD4F6FBDEB495193C9AC6",
        "award-jury-candidates-pitches-not-hiring",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Brussels Innovation Awards":mailto:awards@brussel-innovatie.e
 xample.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc Lefebvre:
 mailto:marc.lefebvre@bxl-ventures.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ann De Clercq:m
 ailto:ann.declercq@vhb.example.be
DESCRIPTION;LANGUAGE=en-US:Jury meeting of the Brussels Innovation Awards 2
 026: the 8 shortlisted candidates (start-ups and SMEs) pitch for 7 minute
 s each\, followed by 8 minutes of questions from the jury. Deliberation a
 nd ranking after the pitches. Scoring grid: novelty\, impact\, scalabilit
 y\, team.\n
UID:040000008200E00074C5B7101A82E00800000000FEDD5F116E38055600000000000000
 0010000000EBFE026F9D4AD4F6FBDEB495193C9AC6
SUMMARY;LANGUAGE=en-US:Jury Brussels Innovation Awards 2026 - candidates' p
 itches + deliberation
DTSTART;TZID=Romance Standard Time:20260428T090000
DTEND;TZID=Romance Standard Time:20260428T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260407T133358Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BeCentral\, Cantersteen 12\, 1000 Brussels
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-201993345
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-invite",
        "040000008200E00074C5B7101A82E008000000003D9C41A683A85D490000000000000000100000007A483508E22D335B100F6663EA711921",
        "eic-jury-interviews-companies-observer-same-agency",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=EISMEA EIC ACCELERATOR JURIES:mailto:EISMEA-EIC-JURIES@eismea.e
 xample.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kdesmet@br
 ussel-innovatie.example.be:mailto:kdesmet@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Dear observer\,\n\nYou are registered as a regio
 nal observer for the EIC Accelerator jury interviews (March 2026 cut-off)
 . In each 45-minute slot a company pitches (10 min) and answers questions
  from the jury (35 min). Observers may not intervene or ask questions and
  are bound by confidentiality.\n\nSession: panel 7 - Digital & Deep Tech\
 , three companies.\n\nEIC Accelerator Jury Secretariat\n
UID:040000008200E00074C5B7101A82E008000000003D9C41A683A85D490000000000000000100000007A483508E22D335B100F6663EA711921
SUMMARY;LANGUAGE=en-US:EIC Accelerator - jury interviews - panel 7 (observe
 r)
DTSTART;TZID=W. Europe Standard Time:20260410T090000
DTEND;TZID=W. Europe Standard Time:20260410T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T093030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1177302665
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-webex-invite",
        "040000008200E00074C5B7101A82E00800000000CBE5F8260E754DF60000000000000000100000009BB958EFB394E84CD08197EC6DBE3B78",
        "work-bilateral-with-former-interviewer-same-unit",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_UTC01}BEGIN:VEVENT
ORGANIZER;CN="LAMBERT Yves (REGIO)":mailto:Yves.LAMBERT@ec.europa.example.e
 u
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PAPADOPOULOU 
 Eleni (REGIO)":mailto:Eleni.PAPADOPOULOU@ec.europa.example.eu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Claessens 
 Veerle":mailto:v.claessens@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=en-US:Bilateral meeting between REGIO.F.1 and the Brus
 sels-Capital Region Managing Authority / Brussel Innovatie on the ERDF pr
 ogramme 2021-2027: mid-term review\, performance framework for the innov
 ation priority\, possible reprogramming.\n\nChair: Eleni PAPADOPOULOU\, Hea
 d of Unit.\n\n-- Do not delete or change any of the following text. --\n\n
 Join Webex meeting\nhttps://ec-example.webex.com/ec-example/j.php?MTID=m9a
 0d44e1b7c23f58e1a6d2c0f4b8e731\nMeeting number (access code): 2780 339 51
 24\nMeeting password: BruErdf26\n
UID:040000008200E00074C5B7101A82E00800000000CBE5F8260E754DF60000000000000000100000009BB958EFB394E84CD08197EC6DBE3B78
SUMMARY;LANGUAGE=en-US:Bilateral REGIO.F.1 / Brussels-Capital - ERDF mid-te
 rm review (with the Head of Unit)
DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260429T1000
 00
DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20260429T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T160207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CSM1 05/120 + Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-731022876
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-invite",
        "040000008200E00074C5B7101A82E0080000000012D847C36ED890E1000000000000000010000000EF727EBBE37100088254943509F478F5",
        "regional-parliament-hoorzitting-user-testifies",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEST}BEGIN:VEVENT
ORGANIZER;CN="Commissie Economische Zaken - Secretariaat":mailto:eco@parlem
 ent.brussels.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="De Smet-L
 efort Katrien":mailto:kdesmet@brussel-innovatie.example.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Claessens 
 Veerle":mailto:v.claessens@brussel-innovatie.example.be
DESCRIPTION;LANGUAGE=nl-BE:Hoorzitting / Audition\n\nDe Commissie voor de Ec
 onomische Zaken hoort vertegenwoordigers van Brussel Innovatie over de ev
 aluatie van de innovatievouchers (toelichting 15 min\, daarna vragen van 
 de commissieleden). Simultaanvertaling NL/FR voorzien.\n\nLa Commission d
 es Affaires économiques entend les représentants de Brussel Innovatie sur
  l'évaluation des chèques innovation.\n
UID:040000008200E00074C5B7101A82E0080000000012D847C36ED890E100000000000000
 0010000000EF727EBBE37100088254943509F478F5
SUMMARY;LANGUAGE=nl-BE:Hoorzitting / Audition - Commissie Economische Zaken
  - innovatievouchers
DTSTART;TZID=W. Europe Standard Time:20260302T100000
DTEND;TZID=W. Europe Standard Time:20260302T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T101212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Brussels Parlement\, Lombardstraat 69 - zaal 201
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1029337641
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bosa-language-exam",
        "TAAL-ART9-FR-20260506-0900-118275@talent.bosa.example.be",
        "language-certificate-exam-not-selection-same-portal",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BOSA//Talent Selecties 2.4//NL
METHOD:REQUEST
{TZ_BRU_GOOGLE}BEGIN:VEVENT
UID:TAAL-ART9-FR-20260506-0900-118275@talent.bosa.example.be
DTSTAMP:20260415T090311Z
SEQUENCE:0
STATUS:CONFIRMED
DTSTART;TZID=Europe/Brussels:20260506T090000
DTEND;TZID=Europe/Brussels:20260506T120000
ORGANIZER;CN=BOSA Talent:mailto:noreply@talent.bosa.example.be
ATTENDEE;CN=DE SMET-LEFORT Katrien;RSVP=FALSE:mailto:katrien.desmet.lefort@
 proton.me
SUMMARY:Taalexamen art. 9\, §1 (grondige kennis Frans) - schriftelijk + mon
 deling gesprek
LOCATION:Selectiecentrum BOSA\, Koning Albert II-laan 51\, 1030 Schaerbeek
DESCRIPTION:Geachte mevrouw\,\n\nU bent ingeschreven voor het taalexamen ar
 t. 9\, §1 (grondige kennis van de tweede taal - Frans). Het examen bestaa
 t uit een schriftelijk deel (samenvatting en vragen\, 90 min) en een mond
 eling gesprek met de examinator (20 min).\n\nDit is geen selectieprocedur
 e: bij slagen ontvangt u een taalcertificaat via Mijn account.\n\nBreng u
 w identiteitskaart mee.\n\nBOSA Talent - Taalexamens
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-hand-typed",
        "B8609276-80B7-4D87-A548-FD7CF82CE46F",
        "personal-entretien-syndic",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{TZ_BRU_APPLE}BEGIN:VEVENT
CREATED:20260316T191233Z
DTEND;TZID=Europe/Brussels:20260321T120000
DTSTAMP:20260316T191240Z
DTSTART;TZID=Europe/Brussels:20260321T110000
LAST-MODIFIED:20260316T191240Z
LOCATION:bureau syndic\, rue Malibran 40
SEQUENCE:0
SUMMARY:Entretien avec le syndic - fuite garage (AG extraordinaire?)
DESCRIPTION:photos fuite + devis plombier. Demander PV dernière AG.
UID:B8609276-80B7-4D87-A548-FD7CF82CE46F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-invite",
        "11d835fe-15c1-4b50-b416-5b509b4d58fa@calendly.example.com",
        "career-coach-interview-prep-calendly",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:11d835fe-15c1-4b50-b416-5b509b4d58fa@calendly.example.com
DTSTAMP:20260214T203355Z
DTSTART:20260221T090000Z
DTEND:20260221T100000Z
SUMMARY:Interview preparation coaching (60 min) between Marleen Goethals an
 d Katrien De Smet-Lefort
ORGANIZER;CN=Marleen Goethals:mailto:marleen@goethals-coaching.example.be
ATTENDEE;CN=Katrien De Smet-Lefort;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;R
 SVP=FALSE:mailto:katrien.desmet.lefort@proton.me
ATTENDEE;CN=Marleen Goethals;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FA
 LSE:mailto:marleen@goethals-coaching.example.be
DESCRIPTION:Event Name: Interview preparation coaching (60 min)\n\nLocation
 : Zoom (link follows)\n\nQuestions:\nWhat would you like to work on? EU pa
 nel interviews (Commission TA\, EPSO oral) - competency answers and the 1
 0-minute presentation\n\nNeed to make changes to this event?\nCancel: http
 s://calendly.com/cancellations/11d835fe-15c1\nReschedule: https://calendly.
 com/reschedulings/11d835fe-15c1\n\nPowered by Calendly.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
]
