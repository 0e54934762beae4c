"""holdout229 events, part 2: defence suppliers, start-ups, Bundeswehr-owned companies and MBDA.

Raw iCalendar text, written blind. The user is Hptm Daniel Schreiber (daniel.schreiber.ko@gmx.de).
"""

from holdout229ev_common import (
    TEAMS_DE,
    TEAMS_EN,
    VTZ_BERLIN,
    VTZ_BERLIN_APPLE,
    VTZ_LONDON,
    VTZ_NEW_YORK,
    VTZ_ROMANCE,
    VTZ_WEUROPE,
)

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D0A1B2C3D4B5DB01000000000000000010000000"
        "5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B",
        "is_interview": 1,
        "company": "Thales Deutschland",
        "role": "Chef de projet logistique / Projektleiter Logistik (H/F/D)",
        "stage": "hiring_manager",
        "interviewers": "nathalie.moreau@thalesgroup.com",
        "trap": "french-entretien-romance-zone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=daniel.schreiber.ko@gmx.de;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="HAAS Tobias";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:tobias.haas@thalesgroup.com
DESCRIPTION:Bonjour Monsieur Schreiber\,\n\nSuite à notre échange\, je vous
  propose un entretien en visioconférence pour le poste de Chef de projet lo
 gistique / Projektleiter Logistik (H/F/D) basé à Ditzingen. L'entretien se
  déroulera en français et en allemand. Tobias Haas (RH Allemagne) sera en co
 pie pour information.\n\nBien cordialement\,\nNathalie Moreau\nResponsable
  Support Logistique Intégré – Land & Air Systems\n\n
""" + TEAMS_EN + r"""
DTEND;TZID="Romance Standard Time":20250520T113000
DTSTAMP:20250512T083000Z
DTSTART;TZID="Romance Standard Time":20250520T103000
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="MOREAU Nathalie":mailto:nathalie.moreau@thalesgroup.com
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien – Chef de projet logistique (Ditzingen) – M. Schreiber
UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4B5DB01000000000000000010000000
 5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000009F8E7D6C5BB6DB010000000000000000100000"
        "00ACE0FBA1DB5C4E0B9A3F77E2D1C0B9A8",
        "is_interview": 1,
        "company": "GDELS",
        "role": "Logistics Manager (m/f/d) – GDELS-Germany",
        "stage": "recruiter_screen",
        "interviewers": "lucia.fernandez@gdels.com",
        "trap": "spanish-entrevista-webex-madrid",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Daniel Schreiber";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Estimado Daniel:\n\nGracias por tu interés en General Dynamics E
 uropean Land Systems. Te confirmo la primera entrevista con Recursos Humano
 s para la posición Logistics Manager (m/f/d) en GDELS-Germany (Kaiserslaute
 rn). La entrevista será en inglés (30-40 min).\n\nDear Daniel\, please find
  the Webex details below.\n\nUn saludo\,\nLucía Fernández\nTalent Acquisitio
 n – GDELS Madrid\n\n-- Do not delete or change any of the following text.
  --\nÚnase a la reunión Webex\nhttps://gdels.webex.com/gdels/j.php?MTID=m4c2
 e9b0a7d\nNúmero de reunión: 2740 118 9935\nContraseña: Gd3ls2025\nUnirse me
 diante teléfono: +34-91-749-8540 España\n
DTEND;TZID="Romance Standard Time":20250612T094000
DTSTAMP:20250605T101522Z
DTSTART;TZID="Romance Standard Time":20250612T090000
LOCATION:Webex
ORGANIZER;CN="Fernández, Lucía":mailto:lucia.fernandez@gdels.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista – Logistics Manager (m/f/d) GDELS-Germany – D
 aniel Schreiber
UID:040000008200E00074C5B7101A82E008000000009F8E7D6C5BB6DB010000000000000000100000
 00ACE0FBA1DB5C4E0B9A3F77E2D1C0B9A8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "3u9kq1c2v8d6m4n0p7r5s3t1w9@google.com",
        "is_interview": 1,
        "company": "Helsing",
        "role": "Operations Manager, Defence Programmes",
        "stage": "recruiter_screen",
        "interviewers": "tom.whitaker@helsing.ai",
        "trap": "goodtime-london-zone-recruiter-call",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ_LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250422T150000
DTEND;TZID=Europe/London:20250422T153000
DTSTAMP:20250416T112009Z
ORGANIZER;CN=Tom Whitaker:mailto:tom.whitaker@helsing.ai
UID:3u9kq1c2v8d6m4n0p7r5s3t1w9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Whi
 taker;X-NUM-GUESTS=0:mailto:tom.whitaker@helsing.ai
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=daniel.schreiber.ko@gmx.de;X-NUM-GUESTS=0:mailto:daniel.schreiber.k
 o@gmx.de
DESCRIPTION:Hi Daniel\, looking forward to our chat about the Operations Man
 ager\, Defence Programmes role (Munich). We'll cover your background\, what
  we're building and next steps.\n\nThis event was scheduled by GoodTime on
  behalf of Helsing.\n\nJoin with Google Meet: https://meet.google.com/pxe-q
 whm-kta\nOr dial: (DE) +49 30 300195068 PIN: 512 884 097#\n\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlease
  do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Daniel Schreiber <> Helsing | Recruiter Call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "greenhouse-interview-5583920-7712@helsing.ai",
        "is_interview": 1,
        "company": "Helsing",
        "role": "Operations Manager, Defence Programmes",
        "stage": "onsite",
        "interviewers": "lena.hoffmann@helsing.ai;marc.vidal@helsing.ai;ingrid.sand@helsing.ai",
        "trap": "greenhouse-onsite-loop-multiple-interviewers",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:greenhouse-interview-5583920-7712@helsing.ai
DTSTAMP:20250506T090203Z
DTSTART;TZID=Europe/Berlin:20250515T093000
DTEND;TZID=Europe/Berlin:20250515T140000
SUMMARY:Onsite Interview: Daniel Schreiber - Operations Manager\, Defence Pr
 ogrammes
LOCATION:Helsing Munich Office\, Reception 3rd floor
ORGANIZER;CN=Helsing Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Hi Daniel\,\n\nHere is your onsite schedule:\n\n09:30 - 10:15
   Lena Hoffmann (Head of Programme Operations) - lena.hoffmann@helsing.ai\n10
 :15 - 11:00  Marc Vidal (Deployment Lead) - marc.vidal@helsing.ai\n11:15 -
  12:30  Work sample: plan a fielding of 40 systems to a brigade in 6 weeks -
  presented to Lena & Marc\n12:30 - 13:15  Lunch with the team (not an interv
 iew!)\n13:15 - 14:00  Ingrid Sand (VP People) - ingrid.sand@helsing.ai\n\nP
 lease bring an ID. Your coordinator is Priya (priya.nair@helsing.ai) if any
 thing comes up.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor",
        "uid": "tt-meeting-7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0@teamtailor.com",
        "is_interview": 1,
        "company": "Quantum Systems",
        "role": "Project Manager Logistics (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "maximilian.roth@quantum-systems.com",
        "trap": "teamtailor-meet-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0@teamtailor.com
DTSTAMP:20250527T133107Z
DTSTART:20250603T120000Z
DTEND:20250603T130000Z
SUMMARY:Interview | Project Manager Logistics (m/w/d) | Quantum Systems
ORGANIZER;CN=Quantum Systems:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Daniel Schreiber;PARTSTAT=ACCEPTED:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Maximilian Roth;PARTSTAT=ACCEPTED:mailto:maximilian.roth@quantum-systems.com
LOCATION:https://meet.google.com/qsy-hkrd-ujv
DESCRIPTION:Hi Daniel\,\n\ndu hast folgenden Termin gebucht: Interview mit
  Maximilian Roth (Head of Supply Chain).\n\nVideo: https://meet.google.com/q
 sy-hkrd-ujv\n\nTermin ändern oder absagen: https://quantum-systems.teamtail
 or.com/meetings/7b1c2d3e\n\nQuantum Systems GmbH · Zeppelinstraße 18 · 8220
 5 Gilching
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby",
        "uid": "ashby-interview-0f6a9c3e-2b1d-4e8f-a7c6-5d4e3f2a1b0c",
        "is_interview": 1,
        "company": "ARX Robotics",
        "role": "Head of Operations",
        "stage": "hiring_manager",
        "interviewers": "stefan.lorenz@arx-robotics.com",
        "trap": "ashby-cofounder-intro-call",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-0f6a9c3e-2b1d-4e8f-a7c6-5d4e3f2a1b0c
DTSTAMP:20250710T151200Z
DTSTART:20250716T073000Z
DTEND:20250716T081500Z
SUMMARY:ARX Robotics: Intro with Stefan (Co-Founder) – Head of Operations
ORGANIZER;CN=ARX Robotics Recruiting:mailto:recruiting@arx-robotics.com
ATTENDEE;CN=Stefan Lorenz;ROLE=REQ-PARTICIPANT:mailto:stefan.lorenz@arx-rob
 otics.com
ATTENDEE;CN=Daniel Schreiber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:daniel.sc
 hreiber.ko@gmx.de
LOCATION:Google Meet: https://meet.google.com/arx-bnvd-kqp
DESCRIPTION:Interview: Intro with Stefan (Co-Founder)\nCandidate: Daniel Sc
 hreiber\nPosition: Head of Operations\n\n45 min. Stefan served himself (Pan
 zertruppe) and wants to understand how you ran maintenance and logistics fo
 r a company in the field.\n\nNeed to reschedule? Reply to this email.\n\nSc
 heduled with Ashby
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000044C0A3B9E1B0DB0100000000000000001000000"
        "0F1E2D3C4B5A69788796A5B4C3D2E1F00",
        "is_interview": 1,
        "company": "IABG",
        "role": "Berater Logistik Verteidigung (m/w/d)",
        "stage": "technical",
        "interviewers": "schulze@iabg.de;oezdemir@iabg.de",
        "trap": "fachgespraech-consultancy-defence",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Özdemir, Deniz";RSVP=TRUE:mailto:oezdemir@iabg.de
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nwie besprochen das Fachgespräc
 h zur Position Berater Logistik Verteidigung. Themen: Nutzungssteuerung\,
  CPM (Customer Product Management)\, SASPF\, Ihre Erfahrung als S4. Ca. 20 M
 in. Fallbeispiel\, kein Vorbereiten nötig.\n\nTeilnehmer: Dr. Ralf Schulze
  (Bereichsleiter)\, Deniz Özdemir (Projektleiter).\n\n
""" + TEAMS_DE + r"""
DTEND;TZID="W. Europe Standard Time":20250624T150000
DTSTAMP:20250617T062440Z
DTSTART;TZID="W. Europe Standard Time":20250624T133000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Schulze, Ralf Dr.":mailto:schulze@iabg.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Fachgespräch Hr. Schreiber (Berater Log Vtdg)
UID:040000008200E00074C5B7101A82E0080000000044C0A3B9E1B0DB0100000000000000001000000
 0F1E2D3C4B5A69788796A5B4C3D2E1F00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mac-entry",
        "uid": "A1C3E5F7-0B2D-4F6A-8C1E-3A5C7E9B1D2F",
        "is_interview": 1,
        "company": "HIL",
        "role": "Leiter Materialwirtschaft",
        "stage": "",
        "interviewers": "Dr. Albers;Fr. Schmitz",
        "trap": "self-typed-desktop-entry-bonn",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
""" + VTZ_BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250521T201133Z
UID:A1C3E5F7-0B2D-4F6A-8C1E-3A5C7E9B1D2F
DTEND;TZID=Europe/Berlin:20250602T110000
TRANSP:OPAQUE
SUMMARY:HIL Bonn – Gespräch Leiter Materialwirtschaft
DTSTART;TZID=Europe/Berlin:20250602T093000
DTSTAMP:20250521T201208Z
LOCATION:HIL GmbH\, Bonn\, Am Probsthof
DESCRIPTION:Gesprächspartner: Dr. Albers (GF Technik)\, Fr. Schmitz (Person
 al)\nWerke Doberlug / Darmstadt / St. Wendel – Reisebereitschaft ansprechen
 \nKennt OTL Pfeiffer → grüßen\nUnterlagen: DZE-Bescheinigung\, BFD-Berechti
 gungsschein
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dvinci",
        "uid": "dvinci-appointment-41877-2025@bwi.dvinci-hr.com",
        "is_interview": 1,
        "company": "BWI",
        "role": "Projektmanager Logistik-IT (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "carina.wolf@bwi.de",
        "trap": "kennenlerngespraech-teams-it-subsidiary",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems//d.vinci Termin//DE
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:dvinci-appointment-41877-2025@bwi.dvinci-hr.com
DTSTAMP:20250226T094512Z
DTSTART;TZID=Europe/Berlin:20250306T083000
DTEND;TZID=Europe/Berlin:20250306T091500
SUMMARY:Kennenlerngespräch – Projektmanager Logistik-IT (m/w/d)
ORGANIZER;CN=BWI Recruiting:mailto:karriere@bwi.de
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Carina Wolf;RSVP=FALSE:mailto:carina.wolf@bwi.de
LOCATION:Microsoft Teams (Link siehe unten)
DESCRIPTION:Hallo Herr Schreiber\,\n\nschön\, dass Sie sich für die BWI int
 eressieren! In einem lockeren Kennenlerngespräch (ca. 45 Min.) möchte Carin
 a Wolf aus dem Recruiting Sie und Ihre Motivation kennenlernen und Ihre Fra
 gen zur BWI beantworten.\n\nTeams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_YmE3ZWU0%40thread.v2/0\nBesprechungs-ID: 318 204 775 19\nKen
 ncode: 8nQz4D\n\nViele Grüße\nIhr BWI Recruiting-Team
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B77C2E11D6B3DB010000000000000000100000"
        "009A8B7C6D5E4F30211203F4E5D6C7B8A9",
        "is_interview": 1,
        "company": "BwFuhrparkService",
        "role": "Teamleiter Fuhrparkmanagement (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "j.kessler@bwfuhrpark.de",
        "trap": "bw-owned-company-interview-looks-like-dienst",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="daniel.schreiber.ko@gmx.de";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Raum Siegaue (EG)";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:raum.siegaue@bwfuhrpark.de
DESCRIPTION:Guten Tag Herr Schreiber\,\n\nvielen Dank für Ihre Bewerbung. G
 erne lade ich Sie zu einem persönlichen Gespräch über die Stelle Teamleiter
  Fuhrparkmanagement (m/w/d) ein. Ich freue mich\, Sie und Ihre Erfahrungen
  aus der Truppe kennenzulernen.\n\nParkplätze für Besucher vor dem Gebäude.\
 n\nMit freundlichen Grüßen\nJörg Keßler\nLeiter Flottenmanagement\n
DTEND;TZID="W. Europe Standard Time":20250625T110000
DTSTAMP:20250613T080105Z
DTSTART;TZID="W. Europe Standard Time":20250625T100000
LOCATION:BwFuhrparkService GmbH\, Mülheimer Str. 9\, Troisdorf – Raum Siegau
 e
ORGANIZER;CN="Keßler, Jörg":mailto:j.kessler@bwfuhrpark.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Gespräch Teamleitung Fuhrparkmgmt. / Hr. Schreiber
UID:040000008200E00074C5B7101A82E00800000000B77C2E11D6B3DB010000000000000000100000
 009A8B7C6D5E4F30211203F4E5D6C7B8A9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims",
        "uid": "icims-calendar-9921347-req112934@amentum.icims.com",
        "is_interview": 1,
        "company": "Amentum",
        "role": "Logistics Manager – Kaiserslautern, Germany",
        "stage": "hiring_manager",
        "interviewers": "darnell.hughes@amentum.com",
        "trap": "icims-us-eastern-zone-zoom",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Interview Scheduling//EN
METHOD:REQUEST
""" + VTZ_NEW_YORK + r"""BEGIN:VEVENT
UID:icims-calendar-9921347-req112934@amentum.icims.com
DTSTAMP:20250529T181520Z
DTSTART;TZID=America/New_York:20250611T090000
DTEND;TZID=America/New_York:20250611T100000
SUMMARY:Interview: Daniel Schreiber - Logistics Manager (Req 112934)
ORGANIZER;CN=Amentum Talent Acquisition:mailto:amentum-noreply@icims.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes@amentum.com
LOCATION:Zoom https://amentum.zoom.us/j/84410293377
DESCRIPTION:Daniel\,\n\nYou are scheduled to interview with Darnell Hughes\
 , Program Manager\, for the Logistics Manager – Kaiserslautern\, Germany po
 sition supporting the U.S. Army Europe and Africa sustainment contract.\n\n
 Time: 9:00 AM Eastern (3:00 PM in Germany)\nZoom: https://amentum.zoom.us/j
 /84410293377 Passcode: 551902\n\nPlease be prepared to discuss your NATO exp
 erience and eligibility for a security clearance.\n\nThank you\,\nAmentum T
 alent Acquisition
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000011D9E3A8B1B2DB0100000000000000001000000"
        "0AB12CD34EF5678901A2B3C4D5E6F7081",
        "is_interview": 1,
        "company": "MBDA Deutschland",
        "role": "Supply Chain Project Manager",
        "stage": "onsite",
        "interviewers": "robert.kaiser@mbda-systems.de;claire.dubois@mbda-systems.com",
        "trap": "english-onsite-interview-security-clearance",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Daniel Schreiber (daniel.schreiber.ko@gmx.de)";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Kaiser, Robert";RSVP=TRUE:mailto:robert.kaiser@mbda-systems.de
ATTENDEE;CN="DUBOIS Claire";RSVP=TRUE:mailto:claire.dubois@mbda-systems.com
DESCRIPTION:Dear Mr Schreiber\,\n\nFurther to our call\, please find below
  the details of your on-site interview for the Supply Chain Project Manager
  position.\n\nInterview panel: Robert Kaiser (Head of Supply Chain\, Schrobe
 nhausen) and Claire Dubois (Programme Director\, joining from Le Plessis-Ro
 binson).\nPlease bring your passport/ID\; a visitor badge will be prepared
  at the main gate. Note that the role requires a national security clearance
  (Ü2).\n\nBest regards\,\nMBDA HR Recruitment\n
DTEND;TZID="W. Europe Standard Time":20250605T160000
DTSTAMP:20250522T150919Z
DTSTART;TZID="W. Europe Standard Time":20250605T133000
LOCATION:MBDA Deutschland\, Hagenauer Forst 27\, 86529 Schrobenhausen
ORGANIZER;CN="HR Recruitment MBDA DE":mailto:recruitment@mbda-systems.de
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Interview - Supply Chain Project Manager - D. Schreiber
UID:040000008200E00074C5B7101A82E0080000000011D9E3A8B1B2DB0100000000000000001000000
 0AB12CD34EF5678901A2B3C4D5E6F7081
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
