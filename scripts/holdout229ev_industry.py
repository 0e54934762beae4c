"""holdout229 events, part 5: industry, consulting, Koblenz employers and a founder on free mail.

Raw iCalendar text, written blind. The user is Hptm Daniel Schreiber (daniel.schreiber.ko@gmx.de).
"""

from holdout229ev_common import TEAMS_DE, VTZ_BERLIN, VTZ_BERLIN_APPLE, VTZ_WEUROPE

EVENTS = [
    {
        "kind": "successfactors",
        "uid": "ivs-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@bmw.successfactors.eu",
        "is_interview": 1,
        "company": "BMW Group",
        "role": "Projektleiter Werkslogistik (m/w/x)",
        "stage": "",
        "interviewers": "benedikt.sturm@bmw.de",
        "trap": "successfactors-interview-munich-plant",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:ivs-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@bmw.successfactors.eu
DTSTAMP:20250620T101500Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250701T130000
DTEND;TZID=Europe/Berlin:20250701T140000
SUMMARY:Interview: Projektleiter Werkslogistik (m/w/x) – Ref. 174402
LOCATION:BMW Group Werk München\, Petuelring 130\, Tor 1 / alternativ Teams
ORGANIZER;CN=BMW Group Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Benedikt Sturm;PARTSTAT=ACCEPTED:mailto:benedikt.sturm@bmw.de
DESCRIPTION:Hallo Daniel\,\n\nwir freuen uns\, dich zu einem Interview für d
 ie Position Projektleiter Werkslogistik (m/w/x) einzuladen. Dein Gesprächsp
 artner ist Benedikt Sturm (Leiter Logistikplanung Werk München).\n\nViele G
 rüße\nDein BMW Group Recruiting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-cancel",
        "uid": "040000008200E00074C5B7101A82E00800000000DE2F3A4B5CB2DB0100000000000000001000000"
        "0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0",
        "is_interview": 1,
        "company": "MAN Truck & Bus",
        "role": "Teamleiter Ersatzteillogistik (m/w/d)",
        "stage": "",
        "interviewers": "markus.riedl@man.eu",
        "trap": "cancelled-interview-method-cancel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nleider müssen wir das Gespräch
  für die Position Teamleiter Ersatzteillogistik (m/w/d) absagen\, da die St
 elle intern besetzt wurde. Wir bedauern das sehr und würden Ihr Profil gern
  für künftige Positionen im Talentpool vormerken.\n\nMit freundlichen Grüße
 n\nMarkus Riedl\n
DTEND;TZID="W. Europe Standard Time":20250626T100000
DTSTAMP:20250619T132208Z
DTSTART;TZID="W. Europe Standard Time":20250626T090000
LOCATION:MAN Truck & Bus\, Dachauer Str. 667\, München – Geb. 52
ORGANIZER;CN="Riedl, Markus":mailto:markus.riedl@man.eu
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Hr. Schreiber (TL ET-Lo
 gistik)
UID:040000008200E00074C5B7101A82E00800000000DE2F3A4B5CB2DB0100000000000000001000000
 0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever",
        "uid": "lever-interview-4f2a1b9c-3d8e-47f6-a5b4-c3d2e1f0a9b8",
        "is_interview": 1,
        "company": "Siemens Mobility",
        "role": "Project Manager Rail Logistics Depot",
        "stage": "hiring_manager",
        "interviewers": "eva.lindqvist@siemens.com",
        "trap": "lever-english-hiring-manager-video",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-4f2a1b9c-3d8e-47f6-a5b4-c3d2e1f0a9b8
DTSTAMP:20250708T071820Z
DTSTART:20250714T120000Z
DTEND:20250714T124500Z
SUMMARY:Daniel Schreiber – Hiring Manager Interview (Project Manager Rail Lo
 gistics Depot)
ORGANIZER;CN=Siemens Mobility Talent Acquisition:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Eva Lindqvist;RSVP=TRUE:mailto:eva.lindqvist@siemens.com
LOCATION:https://siemens.zoom.us/j/96611200734
DESCRIPTION:Interviewer: Eva Lindqvist\, Head of Depot Services DACH\nForma
 t: Video (Zoom)\, 45 min\nLanguage: English\n\nZoom: https://siemens.zoom.u
 s/j/96611200734 Passcode: 404812\n\nScheduled via Lever
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop",
        "uid": "modernloop-7d3c2b1a-0f9e-4d8c-b7a6-958473625140@celonis.com",
        "is_interview": 1,
        "company": "Celonis",
        "role": "Value Engineer – Public Sector & Defense",
        "stage": "technical",
        "interviewers": "f.baumgartner@celonis.com;r.osei@celonis.com",
        "trap": "modernloop-case-study-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250709T140000Z
DTEND:20250709T151500Z
DTSTAMP:20250703T092345Z
ORGANIZER;CN=Celonis Interviews:mailto:interviews@celonis.com
UID:modernloop-7d3c2b1a-0f9e-4d8c-b7a6-958473625140@celonis.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=daniel.schreiber.ko@gmx.de;X-NUM-GUESTS=0:mailto:daniel.schreiber.k
 o@gmx.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felix B
 aumgartner;X-NUM-GUESTS=0:mailto:f.baumgartner@celonis.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rita Os
 ei;X-NUM-GUESTS=0:mailto:r.osei@celonis.com
DESCRIPTION:Hi Daniel\,\n\nThis is your Business Case Interview for the Val
 ue Engineer – Public Sector & Defense role. You'll receive a short dataset
  (order-to-delivery for spare parts) 48h before the session and present you
 r findings to Felix and Rita (20 min)\, followed by Q&A.\n\nScheduled with
  ModernLoop\n\nJoin with Google Meet: https://meet.google.com/cel-xqpa-rwt
LOCATION:https://meet.google.com/cel-xqpa-rwt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Celonis | Business Case Interview | Daniel Schreiber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000EF3A4B5C6DB3DB0100000000000000001000000"
        "0C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2",
        "is_interview": 1,
        "company": "Deloitte",
        "role": "Senior Consultant Defence & Security – Logistics",
        "stage": "technical",
        "interviewers": "lhermann@deloitte.de;pnguyen@deloitte.de",
        "trap": "consulting-case-interview-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Hermann, Lukas";RSVP=TRUE:mailto:lhermann@deloitte.de
ATTENDEE;CN="Nguyen, Phuong";RSVP=TRUE:mailto:pnguyen@deloitte.de
DESCRIPTION:Hallo Herr Schreiber\,\n\nanbei die Einladung zur zweiten Runde
  (Case Interview\, 2 x 45 Min.) für Senior Consultant Defence & Security – L
 ogistics. Interviewer: Lukas Hermann (Director) und Phuong Nguyen (Manager)
 . Bitte Stift und Papier bereithalten.\n\nBeste Grüße\nJana Pütz\nRecruitin
 g Coordinator\n\n
""" + TEAMS_DE + r"""
DTEND;TZID="W. Europe Standard Time":20250729T113000
DTSTAMP:20250718T112233Z
DTSTART;TZID="W. Europe Standard Time":20250729T095000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Pütz, Jana":mailto:jpuetz@deloitte.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:2nd Round Case Interviews – D. Schreiber (SC D&S)
UID:040000008200E00074C5B7101A82E00800000000EF3A4B5C6DB3DB0100000000000000001000000
 0C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio",
        "uid": "personio-appointment-2290134-canyon@personio.de",
        "is_interview": 1,
        "company": "Canyon Bicycles",
        "role": "Teamleiter Outbound Logistik (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "lisa.engel@canyon.com",
        "trap": "personio-telefonisches-erstgespraech",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-appointment-2290134-canyon@personio.de
DTSTAMP:20250714T140001Z
DTSTART:20250717T070000Z
DTEND:20250717T073000Z
SUMMARY:Telefonisches Erstgespräch: Teamleiter Outbound Logistik (m/w/d)
ORGANIZER;CN=Canyon Bicycles GmbH:mailto:noreply@personio.de
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Lisa Engel;RSVP=FALSE:mailto:lisa.engel@canyon.com
LOCATION:Telefon
DESCRIPTION:Hi Daniel\,\n\nLisa aus unserem People-Team ruft dich an. 30 Min
 uten\, ganz entspannt – wir wollen vor allem wissen\, was dich nach 12 Jahr
 en Bundeswehr an Canyon reizt.\n\nRide on!\nDein Canyon Recruiting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F04B5C6D7EB4DB0100000000000000001000000"
        "0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0",
        "is_interview": 1,
        "company": "Canyon Bicycles",
        "role": "Teamleiter Outbound Logistik (m/w/d)",
        "stage": "onsite",
        "interviewers": "marco.dietrich@canyon.com",
        "trap": "probearbeitstag-trial-day",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=daniel.schreiber.ko@gmx.de;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Engel, Lisa";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:lisa.engel@canyon.com
DESCRIPTION:Hi Daniel\,\n\nwie besprochen dein Probearbeitstag bei uns im Lo
 gistikzentrum: du läufst einen Tag mit der Frühschicht Outbound mit\, lerns
 t das Team kennen\, und am Nachmittag sprechen wir zu zweit über deine Eind
 rücke und eine kleine Aufgabe (Schichtplanung Peak-Saison).\n\n06:00 Schich
 tbeginn – Treffpunkt Pforte\n13:30 Feedbackgespräch mit mir\n\nSicherheitss
 chuhe stellen wir. Bitte Perso mitbringen.\n\nGrüße\nMarco Dietrich\nHead o
 f Logistics\n
DTEND;TZID="W. Europe Standard Time":20250731T143000
DTSTAMP:20250722T160512Z
DTSTART;TZID="W. Europe Standard Time":20250731T060000
LOCATION:Canyon Logistikzentrum\, Koblenz
ORGANIZER;CN="Dietrich, Marco":mailto:marco.dietrich@canyon.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Probearbeitstag Daniel Schreiber (TL Outbound)
UID:040000008200E00074C5B7101A82E00800000000F04B5C6D7EB4DB0100000000000000001000000
 0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000000A5C6D7E8FB5DB010000000000000000100000"
        "00F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00",
        "is_interview": 1,
        "company": "Stabilus",
        "role": "Head of Logistics Plant Koblenz (m/w/d)",
        "stage": "final",
        "interviewers": "r.engelhardt@stabilus.com;m.becker@stabilus.com",
        "trap": "finalgespraech-management-board",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Engelhardt, Ralf";RSVP=TRUE:mailto:r.engelhardt@stabilus.com
ATTENDEE;CN="Becker, Miriam";RSVP=TRUE:mailto:m.becker@stabilus.com
ATTENDEE;CN="KO Wallersheimer Weg – Besprechung Vorstand";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailt
 o:ko-vorstand@stabilus.com
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nnach den guten Gesprächen mö
 chten wir Sie zu einem abschließenden Gespräch mit Herrn Engelhardt (COO) u
 nd Frau Becker (VP HR) einladen.\n\nMit freundlichen Grüßen\ni. A. Tanja Ro
 th\nAssistentin COO\n
DTEND;TZID="W. Europe Standard Time":20250807T120000
DTSTAMP:20250730T083015Z
DTSTART;TZID="W. Europe Standard Time":20250807T110000
LOCATION:Stabilus\, Wallersheimer Weg 100\, 56070 Koblenz
ORGANIZER;CN="Engelhardt, Ralf";SENT-BY="mailto:t.roth@stabilus.com":mailto:r.engelhardt@stabilus.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Hr. Schreiber – Head of Logistics
UID:040000008200E00074C5B7101A82E008000000000A5C6D7E8FB5DB010000000000000000100000
 00F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone-entry",
        "uid": "9E8D7C6B-5A49-4382-B1A0-F9E8D7C6B5A4",
        "is_interview": 1,
        "company": "Debeka",
        "role": "Projektmanager",
        "stage": "",
        "interviewers": "",
        "trap": "self-typed-typo-vorstellungsgesprach",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.5.1//EN
CALSCALE:GREGORIAN
""" + VTZ_BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250512T181900Z
DTEND;TZID=Europe/Berlin:20250516T150000
DTSTAMP:20250512T181934Z
DTSTART;TZID=Europe/Berlin:20250516T133000
LAST-MODIFIED:20250512T181934Z
LOCATION:Debeka Hauptverwaltung\, Ferdinand-Sauerbruch-Str. 18
SEQUENCE:0
SUMMARY:Vorstellungsgesprach Debeka PM
DESCRIPTION:Projektmanager Bauprojekte/Facility – Stelle aus Jobbörse BFD\n
 Anzug!
TRANSP:OPAQUE
UID:9E8D7C6B-5A49-4382-B1A0-F9E8D7C6B5A4
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable",
        "uid": "workable-event-88231907@cgm.workable.com",
        "is_interview": 1,
        "company": "CompuGroup Medical",
        "role": "Project Manager Rollout (m/w/d)",
        "stage": "",
        "interviewers": "jonas.steffen@cgm.com",
        "trap": "workable-video-interview-koblenz-it",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:workable-event-88231907@cgm.workable.com
DTSTAMP:20250602T090909Z
DTSTART;TZID=Europe/Berlin:20250605T160000
DTEND;TZID=Europe/Berlin:20250605T164500
SUMMARY:Video interview: Project Manager Rollout (m/w/d) – Daniel Schreiber
ORGANIZER;CN=CompuGroup Medical via Workable:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Jonas Steffen;RSVP=TRUE:mailto:jonas.steffen@cgm.com
LOCATION:Workable video call
DESCRIPTION:Hi Daniel\,\n\nJonas Steffen has invited you to a video intervi
 ew for the Project Manager Rollout (m/w/d) position at CompuGroup Medical.\
 n\nJoin the call: https://cgm.workable.com/video/88231907\n\nPowered by Wor
 kable
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rexx",
        "uid": "rexx-termin-20250909-0417@evm.rexx-systems.com",
        "is_interview": 1,
        "company": "evm",
        "role": "Projektleiter Netzlogistik (m/w/d)",
        "stage": "",
        "interviewers": "",
        "trap": "rexx-einladung-vorstellungsgespraech-utility",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruitment//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:rexx-termin-20250909-0417@evm.rexx-systems.com
DTSTAMP:20250829T120000Z
DTSTART:20250909T080000Z
DTEND:20250909T093000Z
SUMMARY:Vorstellungsgespräch Energieversorgung Mittelrhein AG
LOCATION:evm\, Schützenstraße 80-82\, 56068 Koblenz\, Raum 2.17
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nwir laden Sie zum Vorstellung
 sgespräch für die Stelle Projektleiter Netzlogistik (m/w/d) ein.\n\nIhre An
 sprechpartner: Abteilungsleitung Netzservice und Personalabteilung\n\nMit fr
 eundlichen Grüßen\nEnergieversorgung Mittelrhein AG\nPersonalmanagement
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cal-com",
        "uid": "calcom-b71f02e9-5d3c-4a86-9e41-3c6f8d2a0b15@cal.com",
        "is_interview": 1,
        "company": "Rheinfracht Robotics",
        "role": "COO / Operations Lead",
        "stage": "hiring_manager",
        "interviewers": "jonas.reiter.rfr@gmail.com",
        "trap": "founder-on-free-mail-cal-com",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-b71f02e9-5d3c-4a86-9e41-3c6f8d2a0b15@cal.com
DTSTAMP:20250805T194512Z
DTSTART:20250812T170000Z
DTEND:20250812T180000Z
SUMMARY:Daniel + Jonas – Gespräch COO Rheinfracht
ORGANIZER;CN=Jonas Reiter:mailto:jonas.reiter.rfr@gmail.com
ATTENDEE;CN=Daniel Schreiber;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:daniel.schreiber.ko@gmx.de
LOCATION:https://app.cal.com/video/nM3kR8vT
DESCRIPTION:Was: Daniel + Jonas – Gespräch COO Rheinfracht\nWer:\n- Jonas R
 eiter (Organisator) - jonas.reiter.rfr@gmail.com\n- Daniel Schreiber - dani
 el.schreiber.ko@gmx.de\n\nZusätzliche Informationen: Hi Daniel\, wie am Tel
 efon: wir sind zu viert\, bauen autonome Transportdrohnen für Binnenhäfen u
 nd suchen jemanden\, der Operations aufbaut. Ich würde gern deinen Hinterg
 rund verstehen und dir zeigen\, wo wir stehen. Jonas (Gründer\, Rheinfrach
 t Robotics UG)\n\nAbsagen oder verschieben: https://app.cal.com/booking/b71f
 02e9
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
