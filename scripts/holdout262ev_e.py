# ruff: noqa: E501, W291, W293, RUF100
"""holdout262 events, part E: other negatives (consultations, research interviews, personal, prep, family, ...)."""

from holdout262ev_zones import EST_OUTLOOK, EST_UTC_LABEL, MONTREAL_APPLE, TORONTO_GOOGLE

FORMS: dict[str, list[str]] = {}


def _neg(kind: str, uid: str, trap: str, ics: str) -> dict:
    return dict(kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap, hiring=False, ics=ics)


EVENTS = [
    _neg(
        "outlook-stakeholder-consultation",
        "040000008200E00074C5B7101A82E008000000008B9465DA1F26DF01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0",
        "stakeholder-consultation-user-organizer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Diane Wh
 itford:mailto:dwhitford@creditunions-assoc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc Thi
 bodeau:mailto:mthibodeau@creditunions-assoc.example.ca
DESCRIPTION;LANGUAGE=en-CA:Consultation - deposit insurance framework revie
 w. We would like to hear the Association's views on the proposed coverage
  limits. Discussion questions attached. Not for attribution.\n
UID:040000008200E00074C5B7101A82E008000000008B9465DA1F26DF01000000000000000010000000E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0
SUMMARY;LANGUAGE=en-CA:Consultation - Credit Union Association - deposit insurance review
DTSTART;TZID=Eastern Standard Time:20251009T140000
DTEND;TZID=Eastern Standard Time:20251009T150000
CLASS:PUBLIC
DTSTAMP:20251001T190044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-key-informant-interview",
        "040000008200E00074C5B7101A82E008000000009CA576EB2037DF01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1",
        "evaluation-key-informant-interview-user-asks",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Morin, Sylvie (WFC/AMC
 )":mailto:sylvie.morin@wfc-amc.example.ca
DESCRIPTION;LANGUAGE=en-CA:Evaluation of the Regional Skills Transfer Progr
 am - key informant interview #4 (program manager\, Atlantic region). Inte
 rview guide v3 attached. 45 min\, will be recorded for note-taking only w
 ith consent.\n
UID:040000008200E00074C5B7101A82E008000000009CA576EB2037DF01000000000000000010000000F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1
SUMMARY;LANGUAGE=en-CA:Evaluation interview - KI-04 (program manager\, Atlantic)
DTSTART;TZID=Eastern Standard Time:20251022T110000
DTEND;TZID=Eastern Standard Time:20251022T114500
CLASS:PUBLIC
DTSTAMP:20251015T141540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-entrevue-informateur-cle",
        "040000008200E00074C5B7101A82E00800000000ADB687FC3148DF01000000000000000010000000A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2",
        "evaluation-entrevue-informateur-cle-french",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Josée Lan
 glois:mailto:jlanglois@cdec-outaouais.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Évaluation du Programme de transfert régional de
 s compétences - entrevue avec une informatrice clé (KI-07\, organisme bénéf
 iciaire). Guide d'entrevue en pièce jointe. Vos réponses resteront confid
 entielles.\n
UID:040000008200E00074C5B7101A82E00800000000ADB687FC3148DF01000000000000000010000000A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2
SUMMARY;LANGUAGE=fr-CA:Entrevue - informatrice clé KI-07 (évaluation PTRC)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251028T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251028T104500
CLASS:PUBLIC
DTSTAMP:20251020T132211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone - 819-555-0128
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-entrevue-de-depart",
        "040000008200E00074C5B7101A82E00800000000BEC798005259DF01000000000000000010000000B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3",
        "exit-interview-colleague-entrevue-de-depart",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Giroux, Marc-André (FP
 C/PFC)":mailto:marc-andre.giroux@fin-canada.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue de départ (Raj est absent\, je la fais 
 à sa place). Questionnaire RH sur l'expérience de travail\, raisons du dé
 part\, transfert des dossiers. Bonne chance dans ton nouveau poste Marc-An
 dré!\n
UID:040000008200E00074C5B7101A82E00800000000BEC798005259DF01000000000000000010000000B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3
SUMMARY;LANGUAGE=fr-CA:Entrevue de départ - Marc-André Giroux
DTSTART;TZID=Eastern Standard Time:20251125T150000
DTEND;TZID=Eastern Standard Time:20251125T153000
CLASS:PRIVATE
DTSTAMP:20251120T170333Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:14-118
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-press-interview-volunteer",
        "5B8E2D41-7C09-4A36-B1F5-D02E9C7A4F18",
        "press-interview-food-bank-volunteer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{MONTREAL_APPLE}
BEGIN:VEVENT
CREATED:20251203T010144Z
UID:5B8E2D41-7C09-4A36-B1F5-D02E9C7A4F18
DTEND;TZID=America/Montreal:20251206T094500
TRANSP:OPAQUE
SUMMARY:Entrevue Radio-Outaouais (banque alimentaire - collecte des fêtes)
DTSTART;TZID=America/Montreal:20251206T093000
DTSTAMP:20251203T010220Z
LOCATION:studio\, 45 rue Laval (fictif)
DESCRIPTION:comme bénévole coord. - PAS au nom du ministère. 3 messages cl
 és: dons\, bénévoles\, 14 déc.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-daycare-entrevue",
        "4d8m2q0k6v1h9l5c3s7n0aeryx@google.com",
        "daycare-admission-entrevue-family",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Tremblay-Singh
X-WR-TIMEZONE:America/Toronto
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250923T163000
DTEND;TZID=America/Toronto:20250923T171500
DTSTAMP:20250918T220011Z
UID:4d8m2q0k6v1h9l5c3s7n0aeryx@google.com
CREATED:20250918T215944Z
DESCRIPTION:Entrevue d'admission avec la directrice (Mme Thériault) - place
  pour Arjun\, groupe des 3 ans. Apporter carnet de vaccination + preuve d
 e résidence.
LAST-MODIFIED:20250918T220011Z
LOCATION:CPE Les Petits Huards (fictif)\, 210 rue Notre-Dame\, Gatineau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue CPE Les Petits Huards (Arjun)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-nexus-enrolment-interview",
        "9E1A4C72-3B8D-4F05-A6E9-C7D2B0F15E83",
        "border-program-enrolment-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251010T140211Z
UID:9E1A4C72-3B8D-4F05-A6E9-C7D2B0F15E83
DTEND:20251031T153000Z
TRANSP:OPAQUE
SUMMARY:NEXUS interview - airport enrolment centre
DTSTART:20251031T150000Z
DTSTAMP:20251010T140238Z
LOCATION:Ottawa airport\, enrolment centre (arrivals level)
DESCRIPTION:bring passport + conditional approval letter. Vikram too (same 
 slot)
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:A3B7C1D9-0E2F-4A58-B6C4-D8E0F2A4B6C8
UID:A3B7C1D9-0E2F-4A58-B6C4-D8E0F2A4B6C8
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-medical-appointment",
        "0c6e9a21-5f38-4b7d-a2e4-81d3f9b6c057",
        "personal-medical-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251102T150018Z
LAST-MODIFIED:20251102T150018Z
DTSTAMP:20251102T150018Z
UID:0c6e9a21-5f38-4b7d-a2e4-81d3f9b6c057
SUMMARY:Rdv Dre Lavoie - examen annuel
DTSTART:20251114T081500
DTEND:20251114T090000
LOCATION:Clinique médicale du Plateau (fictive)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-mock-board-friend",
        "7h3q1m8k0v6d2l9c4s5n0agwtp@google.com",
        "mock-interview-practice-with-friend",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251005T190000
DTEND;TZID=America/Toronto:20251005T203000
DTSTAMP:20251002T020510Z
ORGANIZER;CN=Julie Charest:mailto:julie.charest.88@gmail.com
UID:7h3q1m8k0v6d2l9c4s5n0agwtp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julie Charest;X-NUM-GUESTS=0:mailto:julie.charest.88@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.trem
 blaysingh@outlook.com
DESCRIPTION:Mock board! I'll play the chair and Kev will be the HR advisor.
  I pulled 6 EC-06 questions from my old board kit (analytical thinking + j
 udgement). We'll time you and give feedback. Wine after :)\n\nInvitation f
 rom Google Calendar: https://calendar.google.com/calendar/
LOCATION:Julie's place
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview board - Emilie (EC-06 practice)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-webinar-reussir-entrevue",
        "040000008200E00074C5B7101A82E00800000000CFD8A911636ADF01000000000000000010000000C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4",
        "webinar-about-public-service-interviews-french",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Réseau des économistes fédéraux / Federal Economists Network":mailto:rfe-fen@fen-rfe.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Webinaire : Réussir son entrevue dans la fonctio
 n publique (processus EC-06 et EC-07). Conférencière : une conseillère en 
 dotation chevronnée. Au programme : la méthode STAR\, les critères de méri
 te\, les erreurs fréquentes devant un comité d'évaluation. Période de que
 stions.\n
UID:040000008200E00074C5B7101A82E00800000000CFD8A911636ADF01000000000000000010000000C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4
SUMMARY;LANGUAGE=fr-CA:Webinaire RFE : Réussir son entrevue dans la fonction publique
DTSTART;TZID=Eastern Standard Time:20250917T120000
DTEND;TZID=Eastern Standard Time:20250917T130000
CLASS:PUBLIC
DTSTAMP:20250908T121019Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Webex
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-course-competency-interviewing",
        "040000008200E00074C5B7101A82E00800000000D0E9BA22747BDF01000000000000000010000000D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5",
        "training-course-on-conducting-interviews",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Public Service Learning Institute - Registration":mailto:registration@psli-iafp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Tremblay-Singh, Emilie 
 (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Course P921: Assessment Board Members - Conducti
 ng Competency-Based Interviews (virtual classroom). Topics: structured int
 erviews\, rating scales\, bias\, note-taking\, duty to accommodate. Prere
 quisite for sitting on selection boards.\n
UID:040000008200E00074C5B7101A82E00800000000D0E9BA22747BDF01000000000000000010000000D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5
SUMMARY;LANGUAGE=en-CA:PSLI P921 - Conducting Competency-Based Interviews (virtual)
DTSTART;TZID=Eastern Standard Time:20250909T090000
DTEND;TZID=Eastern Standard Time:20250909T163000
CLASS:PUBLIC
DTSTAMP:20250815T145500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Virtual classroom
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-informational-coffee",
        "C2F85A10-4E97-4B3D-9D61-0A7E3B5C8F24",
        "informational-coffee-names-organisation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250912T003001Z
UID:C2F85A10-4E97-4B3D-9D61-0A7E3B5C8F24
DTEND:20250919T140000Z
TRANSP:OPAQUE
SUMMARY:Coffee w/ Raj Menon (OFAO) - informational\, what's it like there
DTSTART:20250919T133000Z
DTSTAMP:20250912T003044Z
LOCATION:Little Victories (fictional)\, Elgin St
DESCRIPTION:friend of Julie. ask about costing team culture\, hybrid days\, 
 whether they hire from GC pools. no job open yet
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-allday-job-fair",
        "040000008200E00074C5B7101A82E00800000000E1FACB33858CDF01000000000000000010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6",
        "career-fair-allday-gc-recruiters",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=emilie.tremblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-CA:GC Careers Forum / Forum carrières GC - 40+ depa
 rtments and agencies recruiting\, on-the-spot CV reviews\, panels on EX fee
 der roles. Free registration. Bring 10 CVs.\n
UID:040000008200E00074C5B7101A82E00800000000E1FACB33858CDF01000000000000000010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6
SUMMARY;LANGUAGE=en-CA:GC Careers Forum / Forum carrières GC
DTSTART;VALUE=DATE:20251106
DTEND;VALUE=DATE:20251107
CLASS:PUBLIC
DTSTAMP:20251020T010203Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Convention centre (fictional)\, 55 Colonel By Dr
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-user-is-referee",
        "040000008200E00074C5B7101A82E00800000000F20BDC44969DDF01000000000000000010000000F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7",
        "user-is-referee-reference-check-call",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="O'Brien, Kevin (HSPC/PSSC)":mailto:kevin.obrien@hspc-pssc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Hello Emilie\,\n\nTom Bélanger has provided your 
 name as a referee for process 25-HSPC-EA-0902 (EC-05). I would like to ask 
 you some questions about his work when he was on your team. The reference 
 check takes about 20 minutes.\n\nKevin O'Brien\nManager\, HSPC\n
UID:040000008200E00074C5B7101A82E00800000000F20BDC44969DDF01000000000000000010000000F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7
SUMMARY;LANGUAGE=en-CA:Reference check - T. Bélanger - 25-HSPC-EA-0902
DTSTART;TZID=Eastern Standard Time:20251203T100000
DTEND;TZID=Eastern Standard Time:20251203T102000
CLASS:PUBLIC
DTSTAMP:20251128T170211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Phone - Kevin will call 613-555-0181
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-prep-block-names-employer",
        "D7A2C5E8-1F36-4B90-8E4A-6C1B9D3F0A72",
        "prep-block-names-employer-and-process",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251101T194512Z
UID:D7A2C5E8-1F36-4B90-8E4A-6C1B9D3F0A72
DTEND:20251104T003000Z
TRANSP:OPAQUE
SUMMARY:PREP CHAS interview - STAR stories + housing starts stats
DTSTART:20251103T230000Z
DTSTAMP:20251101T194540Z
DESCRIPTION:leadership example (budget 2024 file)\, conflict ex. (Marc-Andr
 é)\, judgement scenario practice. reread CHAS 2025-26 DP. interview is tom
 orrow 9:30
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-thank-you-reminder",
        "9c5n3q7k1v0h6l2m8d4s0bhzqe@google.com",
        "thank-you-note-reminder-names-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Émilie - perso
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251016
DTEND;VALUE=DATE:20251017
DTSTAMP:20251015T170103Z
UID:9c5n3q7k1v0h6l2m8d4s0bhzqe@google.com
CREATED:20251015T170044Z
DESCRIPTION:thank-you emails to Yvonne Leclerc + Samuel Osei (OFAO panel y
 esterday). mention the costing question follow-up
LAST-MODIFIED:20251015T170103Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Send thank-you notes - OFAO panel
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-PT15H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recruiter-confidential-client",
        "040000008200E00074C5B7101A82E00800000000031CED55A7AEDF01000000000000000010000000A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8",
        "recruiter-intro-confidential-client-no-employer",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Reyes, Jordan":mailto:jreyes@summitexec.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-CA:Hi Emilie\,\n\nThanks for taking my call. As men
 tioned\, I'm retained on a confidential Director\, Economic Policy search 
 for a national not-for-profit (I can share the client's name once we've t
 alked and you're comfortable proceeding). This is an introductory convers
 ation about your background and what you're looking for.\n\nJordan Reyes\n
 Summit Executive Search\n
UID:040000008200E00074C5B7101A82E00800000000031CED55A7AEDF01000000000000000010000000A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8
SUMMARY;LANGUAGE=en-CA:Intro call - Jordan Reyes (Summit) / Emilie Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20260108T120000
DTEND;TZID=Eastern Standard Time:20260108T123000
CLASS:PUBLIC
DTSTAMP:20260105T210544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-partner-job-interview",
        "3f9k0q5m2v8h1l7c6d4s0cnxwa@google.com",
        "family-member-spouse-job-interview",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Tremblay-Singh
X-WR-TIMEZONE:America/Toronto
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251030T140000
DTEND;TZID=America/Toronto:20251030T153000
DTSTAMP:20251026T011009Z
ORGANIZER;CN=Vikram Singh:mailto:vikram.singh.eng@gmail.com
UID:3f9k0q5m2v8h1l7c6d4s0cnxwa@google.com
CREATED:20251026T010951Z
DESCRIPTION:V's 2nd round at Hydro Rideau (fictional) - panel w/ engineerin
 g director. Emilie picks up Arjun from CPE at 4:30!
LAST-MODIFIED:20251026T011009Z
LOCATION:Hydro Rideau\, 3025 Albion Rd (fictional)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vikram - interview Hydro Rideau (2nd round)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-family-citizenship-interview",
        "F1B6A3D0-8C24-4E7F-B9A5-2D0C7E4F6B19",
        "family-member-citizenship-interview",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{MONTREAL_APPLE}
BEGIN:VEVENT
CREATED:20251110T032014Z
UID:F1B6A3D0-8C24-4E7F-B9A5-2D0C7E4F6B19
DTEND;TZID=America/Montreal:20251120T113000
TRANSP:OPAQUE
SUMMARY:Nani - citizenship interview (drive her + translate)
DTSTART;TZID=America/Montreal:20251120T100000
DTSTAMP:20251110T032050Z
LOCATION:Immigration office\, 200 Catherine St (fictional)
DESCRIPTION:bring her PR card\, passport\, the letter. took day off (congé 
 familial)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-entretien-de-rendement",
        "040000008200E00074C5B7101A82E00800000000142DFE66B8BFDF01000000000000000010000000B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9",
        "performance-review-entretien-mi-annee",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Bhattacharya, Rajiv (FPC/PFC)":mailto:rajiv.bhattacharya@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Entretien de mi-exercice - Gestion du rendement 
 (GRE/PMA). Revue des objectifs 2025-26 et du plan d'apprentissage. Merci 
 de remplir ton auto-évaluation dans l'application avant la rencontre.\n
UID:040000008200E00074C5B7101A82E00800000000142DFE66B8BFDF01000000000000000010000000B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9
SUMMARY;LANGUAGE=fr-CA:Entretien de rendement mi-exercice / PMA mid-year - Emilie
DTSTART;TZID=Eastern Standard Time:20251113T100000
DTEND;TZID=Eastern Standard Time:20251113T110000
CLASS:PRIVATE
DTSTAMP:20251105T130022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Bureau de Raj 14-101
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-talent-management-conversation",
        "040000008200E00074C5B7101A82E00800000000253E0F77C9D0E001000000000000000010000000C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0",
        "career-conversation-with-dg-not-selection",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Ouimet, Francine (FPC/PFC)":mailto:francine.ouimet@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Talent management conversation - career aspirat
 ions\, readiness for EC-07 and development opportunities (assignments\, tr
 aining). This is part of the annual talent management exercise for the br
 anch\, not a selection process.\n
UID:040000008200E00074C5B7101A82E00800000000253E0F77C9D0E001000000000000000010000000C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0
SUMMARY;LANGUAGE=en-CA:Talent management conversation - DG Ouimet / Emilie
DTSTART;TZID=Eastern Standard Time:20260115T153000
DTEND;TZID=Eastern Standard Time:20260115T160000
CLASS:PUBLIC
DTSTAMP:20260108T142230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:DG office 15-001
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-conference-panel-speaker",
        "6m1q8k3v0h5l2d9c7s4n0dpyze@google.com",
        "conference-panel-speaker-panel-word",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251120T140000
DTEND;TZID=America/Toronto:20251120T151500
DTSTAMP:20251030T163312Z
ORGANIZER;CN=Women in Economics Canada:mailto:events@wie-canada.example.org
UID:6m1q8k3v0h5l2d9c7s4n0dpyze@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.tremblay
 singh@outlook.com
DESCRIPTION:Panel: "Fiscal federalism after the pandemic" - panellists: Emi
 lie Tremblay-Singh (speaking in a personal capacity)\, Dr. Aisha Bello\, P
 rof. Luc Ménard. Moderator: Kate Holm. Speakers please arrive 30 min early 
 for the AV check.\n\nInvitation from Google Calendar: https://calendar.goog
 le.com/calendar/
LOCATION:Bytown University\, Desmarais Hall auditorium
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:WiE Canada annual conference - panel (speaker)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "zoom-podcast-guest",
        "zoom-91104837266-20251208@zoom.example.us",
        "podcast-guest-interview-recording",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251201T153022Z
DTSTART:20251208T213000Z
DTEND:20251208T223000Z
SUMMARY:Policy Matters podcast - interview recording (Emilie T-S)
UID:zoom-91104837266-20251208@zoom.example.us
DESCRIPTION:Ben Osterhout is inviting you to a scheduled Zoom meeting.\n\nT
 opic: Policy Matters ep. 58 - interview recording with Emilie Tremblay-Sin
 gh on the economics of housing supply (personal views)\n\nJoin Zoom Meeti
 ng\nhttps://zoom.example.us/j/91104837266\n\nMeeting ID: 911 0483 7266\nPa
 sscode: pm58\n
LOCATION:https://zoom.example.us/j/91104837266
ORGANIZER;CN=Ben Osterhout:mailto:ben@policymatterspod.example.com
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-research-interview-participant",
        "2a8k5q0m7v3h1l9c6d4s0eqwxr@google.com",
        "user-interviewed-for-phd-research",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260122T123000
DTEND;TZID=America/Toronto:20260122T131500
DTSTAMP:20260112T190455Z
ORGANIZER;CN=Nour El-Khoury:mailto:nelkhoury@bytownu.example.ca
UID:2a8k5q0m7v3h1l9c6d4s0eqwxr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nour El-Khoury;X-NUM-GUESTS=0:mailto:nelkhoury@bytownu.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.trem
 blaysingh@outlook.com
DESCRIPTION:Research interview - "Policy capacity in federal departments" (
 PhD\, School of Public Policy\, Bytown University). Thank you for agreeing
  to participate! The semi-structured interview takes ~45 min. Consent form
  attached; ethics file REB-2025-118.\n\nJoin with Google Meet: https://mee
 t.google.com/nek-phdr-int\n\nInvitation from Google Calendar: https://cale
 ndar.google.com/calendar/
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview - PhD study on policy capacity (N. El-Khoury)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-letter-of-offer-call",
        "040000008200E00074C5B7101A82E00800000000364F1088DAE1E001000000000000000010000000D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1",
        "letter-of-offer-review-after-selection",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Chen, Wei":mailto:wei.chen@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-CA:Hi Emilie\, congratulations again! This call is 
 to walk you through the letter of offer (EC-07\, indeterminate)\, the sta
 rt date\, acting pay and the security clearance transfer. No preparation 
 needed.\n\nWei Chen\, Senior HR Advisor\n
UID:040000008200E00074C5B7101A82E00800000000364F1088DAE1E001000000000000000010000000D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1
SUMMARY;LANGUAGE=en-CA:Letter of offer - review call (EC-07)
DTSTART;TZID=Eastern Standard Time:20251216T110000
DTEND;TZID=Eastern Standard Time:20251216T113000
CLASS:PUBLIC
DTSTAMP:20251212T161510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-relocation-viewing",
        "8b2k7q4m0v9h3l1c5d6s0fgrtn@google.com",
        "relocation-viewing-mentions-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Tremblay-Singh
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251106T213000Z
DTEND:20251106T223000Z
DTSTAMP:20251103T030215Z
UID:8b2k7q4m0v9h3l1c5d6s0fgrtn@google.com
CREATED:20251103T030144Z
DESCRIPTION:after the MEDR interview - 2 condos near Bay/Wellesley w/ agent 
 (Ana). just looking in case Toronto happens
LAST-MODIFIED:20251103T030215Z
LOCATION:Bay St & Wellesley\, Toronto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Toronto condo viewings (if MEDR works out)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-job-search-admin",
        "e7b40d19-6a25-4c83-9f1e-2d8c5a0b7e36",
        "job-search-admin-reminder-gc-jobs",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250906T140033Z
LAST-MODIFIED:20250906T140110Z
DTSTAMP:20250906T140110Z
UID:e7b40d19-6a25-4c83-9f1e-2d8c5a0b7e36
SUMMARY:update GC Jobs CV + job alerts (EC-06/EC-07\, Ottawa/Toronto)
DTSTART;VALUE=DATE:20250907
DTEND;VALUE=DATE:20250908
RRULE:FREQ=MONTHLY;COUNT=6
DESCRIPTION:also check screening Q answers for the 3 open processes
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-spanish-class-entrevista",
        "5c0k9q2m6v4h8l3d1s7n0hjkwa@google.com",
        "language-class-topic-entrevista-de-trabajo",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Émilie - perso
X-WR-TIMEZONE:America/Toronto
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251104T183000
DTEND;TZID=America/Toronto:20251104T200000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10
DTSTAMP:20250925T020145Z
UID:5c0k9q2m6v4h8l3d1s7n0hjkwa@google.com
CREATED:20250925T020010Z
DESCRIPTION:Nivel B1 - profesora Marisol. Tema del mes: la entrevista de tr
 abajo (vocabulario\, juego de roles). Traer el libro cap. 6.
LAST-MODIFIED:20250925T020145Z
LOCATION:Centro Cultural Hispano (ficticio)\, 250 Rideau St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase de español B1 - la entrevista de trabajo
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251111T190000
DTEND;TZID=America/Toronto:20251111T203000
DTSTAMP:20251108T120012Z
UID:5c0k9q2m6v4h8l3d1s7n0hjkwa@google.com
RECURRENCE-ID;TZID=America/Toronto:20251111T183000
CREATED:20250925T020010Z
DESCRIPTION:Clase a las 19h (Remembrance Day). Simulación de entrevista en 
 parejas.
LAST-MODIFIED:20251108T120012Z
LOCATION:Centro Cultural Hispano (ficticio)\, 250 Rideau St
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Clase de español B1 - simulación de entrevista
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-committee-board-dry-run",
        "040000008200E00074C5B7101A82E008000000004750219AEBF2E001000000000000000010000000E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2",
        "committee-board-deck-dry-run-panel-words",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Bhattacharya, Rajiv (FPC/PFC)":mailto:rajiv.bhattacharya@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Giroux, Marc-André (FP
 C/PFC)":mailto:marc-andre.giroux@fin-canada.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="90 Elgin 15
 -305 Boardroom (10)":mailto:room.15-305@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Dry run of the deck for the Departmental Audit a
 nd Evaluation Committee (board of external members). Expect tough questio
 ns from the panel - Emilie presents slides 4-9 (evaluation findings).\n
UID:040000008200E00074C5B7101A82E008000000004750219AEBF2E001000000000000000010000000E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2
SUMMARY;LANGUAGE=en-CA:Dry run - DAEC board deck (evaluation findings)
DTSTART;TZID=Eastern Standard Time:20260203T090000
DTEND;TZID=Eastern Standard Time:20260203T100000
CLASS:PUBLIC
DTSTAMP:20260128T180001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:90 Elgin 15-305 Boardroom (10)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "apple-scholarship-selection-committee",
        "0A6D3F81-C92E-4B57-A1D8-7E4B2C9F05A3",
        "scholarship-selection-committee-volunteer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
{MONTREAL_APPLE}
BEGIN:VEVENT
CREATED:20260130T021510Z
UID:0A6D3F81-C92E-4B57-A1D8-7E4B2C9F05A3
DTEND;TZID=America/Montreal:20260214T120000
TRANSP:OPAQUE
SUMMARY:Bourses Club Optimiste - comité de sélection (entrevues finissants)
DTSTART;TZID=America/Montreal:20260214T090000
DTSTAMP:20260130T021544Z
LOCATION:École secondaire du Versant (fictive)\, bibliothèque
DESCRIPTION:bénévole. 6 élèves de 5e sec.\, 15 min chacun\, grille du club. 
 remettre les notes à Sylvain
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recurring-fpt-override",
        "040000008200E00074C5B7101A82E0080000000058613200FC03E101000000000000000010000000F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3",
        "recurring-fpt-officials-call-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=FPT Fiscal Arrangements 
 Officials:mailto:fpt-fiscal-officials@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Bi-weekly FPT officials call on fiscal arrangeme
 nts (equalization technical working group). Agenda circulated Monday.\n
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20260326T150000Z
UID:040000008200E00074C5B7101A82E0080000000058613200FC03E101000000000000000010000000F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3
SUMMARY;LANGUAGE=en-CA:FPT Fiscal Arrangements - technical working group
DTSTART;TZID=Eastern Standard Time:20250911T100000
DTEND;TZID=Eastern Standard Time:20250911T110000
CLASS:PUBLIC
DTSTAMP:20250902T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=FPT Fiscal Arrangements 
 Officials:mailto:fpt-fiscal-officials@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Moved to 14:00 this week - Emilie has a conflict 
 in the morning.\n
RECURRENCE-ID;TZID=Eastern Standard Time:20251009T100000
UID:040000008200E00074C5B7101A82E0080000000058613200FC03E101000000000000000010000000F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3
SUMMARY;LANGUAGE=en-CA:FPT Fiscal Arrangements - technical working group (moved)
DTSTART;TZID=Eastern Standard Time:20251009T140000
DTEND;TZID=Eastern Standard Time:20251009T150000
CLASS:PUBLIC
DTSTAMP:20251006T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-mentoring-circle",
        "1n6k4q9m3v0h7l2c8d5s0iuvqb@google.com",
        "mentoring-circle-topic-interview-skills",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251204T120000
DTEND;TZID=America/Toronto:20251204T130000
DTSTAMP:20251120T150023Z
ORGANIZER;CN=Aisha Bello:mailto:aisha.bello.mentor@gmail.com
UID:1n6k4q9m3v0h7l2c8d5s0iuvqb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.tremblay
 singh@outlook.com
DESCRIPTION:Mentoring circle (Women in Policy) - December topic: preparing 
 for EC-07/EX- interview boards and talking about leadership. Bring one qu
 estion you found hard.\n\nJoin with Google Meet: https://meet.google.com/w
 ip-mntr-dec\n\nInvitation from Google Calendar: https://calendar.google.co
 m/calendar/
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Women in Policy mentoring circle - interview boards
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-household-survey-interview",
        "B5E0C9A2-7D41-4F38-8A16-3C9E2D7B0F64",
        "household-survey-interviewer-calls",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251117T231105Z
UID:B5E0C9A2-7D41-4F38-8A16-3C9E2D7B0F64
DTEND:20251119T003000Z
TRANSP:OPAQUE
SUMMARY:Survey interview (household labour survey) - interviewer calls back
DTSTART:20251119T000000Z
DTSTAMP:20251117T231140Z
DESCRIPTION:2nd month of the survey. 15 min on the phone\, answers for Vik
 ram and me
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
