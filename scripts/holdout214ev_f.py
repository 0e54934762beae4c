# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part f: EBA, construction-train and freight operators, small ATS tools."""

from holdout214ev_tz import BERLIN, WARSAW, WEST, ev

EVENTS = []

# Eisenbahn-Bundesamt: Webex Auswahlgespräch, Outlook from the authority
EVENTS.append(ev("eba-webex", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Referat 12 - Personalgewinnung (EBA)":mailto:Personalgewinnung@eba.bund.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nim Rahmen des Ausw
 ahlverfahrens zur Stellenausschreibung 2024-031 (Technische Sachbearbeiter
 in / Technischer Sachbearbeiter Eisenbahnbetrieb\, Außenstelle Dresden\, E
 9b TVöD) laden wir Sie zu einem strukturierten Auswahlgespräch per Webex e
 in.\n\nDie Auswahlkommission besteht aus der Außenstellenleitung\, einer V
 ertretung des Fachsachgebiets\, der Gleichstellungsbeauftragten und dem Pe
 rsonalrat. Die Schwerbehindertenvertretung wird beteiligt.\n\nBitte halten
  Sie Ihren Personalausweis bereit.\n\nWebex-Meeting beitreten\nhttps://eba
 -bund.webex.com/eba-bund/j.php?MTID=m8d21c6f3e4a5b7c9d0e1f2a3b4c5d6e7\nMeet
 ing-Kennnummer: 2735 902 1187\nPasswort: Ausw2024!\n\nMit freundlichen Grüß
 en\nIm Auftrag\nKerstin Jahn\n
UID:040000008200E00074C5B7101A82E0080000000013579BDF2468DA01000000000000000010000000ACE02468BDF13579ACE02468BDF13579
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch 2024-031 (Krüger)
DTSTART;TZID=W. Europe Standard Time:20240425T100000
DTEND;TZID=W. Europe Standard Time:20240425T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240410T080311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Webex
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000013579BDF2468DA01000000000000000010000000ACE02468BDF13579ACE02468BDF13579",
    1, "Eisenbahn-Bundesamt",
    "Technische Sachbearbeiterin / Technischer Sachbearbeiter Eisenbahnbetrieb", "",
    "", "public-sector-auswahlgespraech-webex-commission-unnamed", crlf=True))

# Wiebe (construction trains): phone call typed on the phone, all-caps shorthand
EVENTS.append(ev("wiebe-typed", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
CREATED:20240328T055512Z
DTSTAMP:20240328T055540Z
UID:4A7C1E92-D3B5-4F06-A8E1-29C7B05D3F18
SUMMARY:WIEBE Tel-Interview Bauzug-Tf!
DTSTART;TZID=Europe/Berlin:20240402T151500
DTEND;TZID=Europe/Berlin:20240402T154500
DESCRIPTION:Fr. Gerdes ruft an\, Achim/Verden. Bundesweit Montage\, 14 Tage
  drauf 7 frei?? Kl. B + Zwei-Wege-Fzg
END:VEVENT
END:VCALENDAR
""", "4A7C1E92-D3B5-4F06-A8E1-29C7B05D3F18", 1, "Wiebe", "Bauzug-Tf", "recruiter_screen",
    "Fr. Gerdes", "iphone-typed-tel-interview-construction-trains"))

# Spitzke: Outlook, Teams, English template of the group
EVENTS.append(ev("spitzke-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Köhler, Anke";SENT-BY="mailto:recruiting@spitzke.com":mailto:anke.koehler@spitzke.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Neumann, Rico":mailto:rico.neumann@spitzke.com
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Krüger\,\n\nvielen Dank für Ihre Be
 werbung als Triebfahrzeugführer (m/w/d) Bauzüge\, Region Mitteldeutschland
 . Anbei die Einladung zum Online-Interview mit Rico Neumann (Leiter Bahnbe
 triebe) und mir.\n\nBeste Grüße\nAnke Köhler\nHR\n\n______________________
 __________________________________________________________\nMicrosoft Teams
  meeting\nJoin on your computer\, mobile app or room device\nClick here to jo
 in the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODc4
 ZmQwZjctY2I0NS00OTcyLTg1YjktMDZmZTRiMGQ1NWI3%40thread.v2/0>\nMeeting ID:
  329 651 108 447\nPasscode: Tx8bQe\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DA0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Online-Interview Tf Bauzüge – S. Krüger
DTSTART;TZID=W. Europe Standard Time:20240409T080000
DTEND;TZID=W. Europe Standard Time:20240409T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240403T120044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DA0100000000000000001000000011223344556677889900AABBCCDDEEFF",
    1, "Spitzke", "Triebfahrzeugführer (m/w/d) Bauzüge", "",
    "anke.koehler@spitzke.com;rico.neumann@spitzke.com", "outlook-sent-by-shared-mailbox-teams-en",
    crlf=True))

# Raildox: Calendly
EVENTS.append(ev("raildox-calendly", r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BDFA91C2-3E04-4C7A-8D15-6F2A9E0B7C31@calendly.com
DTSTAMP:20240311T192355Z
DTSTART:20240318T163000Z
DTEND:20240318T170000Z
SUMMARY:Bewerbergespräch Lokführer (30 Min) zwischen Sebastian Krüger und Tino Vogel
DESCRIPTION:Event Name: Bewerbergespräch Lokführer (30 Min)\n\nLocation: Tin
 o Vogel ruft Sie an unter +49 176 44182093\n\nQuestions:\nWelche Baureihen
 ? BR 143\, 146\, 442\, 648\, 185 (fremd)\nAb wann verfügbar? 3 Monate Künd
 igungsfrist\n\nNeed to make changes to this event?\nCancel: https://calend
 ly.com/cancellations/BDFA91C2-3E04-4C7A-8D15-6F2A9E0B7C31\nReschedule: htt
 ps://calendly.com/reschedulings/BDFA91C2-3E04-4C7A-8D15-6F2A9E0B7C31\n\nPo
 wered by Calendly.com
ORGANIZER;CN=Tino Vogel:mailto:t.vogel@raildox.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Tino Vogel ruft Sie an unter +49 176 44182093
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "BDFA91C2-3E04-4C7A-8D15-6F2A9E0B7C31@calendly.com", 1, "Raildox", "Lokführer",
    "recruiter_screen", "t.vogel@raildox.de", "calendly-bewerbergespraech-company-only-in-email"))

# Lokomotion: Recruitee
EVENTS.append(ev("lokomotion-recruitee", r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-18822041@lokomotion.recruitee.com
DTSTAMP:20240403T110022Z
DTSTART:20240408T073000Z
DTEND:20240408T081500Z
SUMMARY:Interview – Lokführer (m/w/d) Güterverkehr\, Einsatz ab Leipzig / Hof
DESCRIPTION:Hallo Herr Krüger\,\n\nhiermit bestätigen wir Ihr Interview bei d
 er Lokomotion Gesellschaft für Schienentraktion mbH.\nGesprächspartner: Jü
 rgen Maier (Teamleiter Disposition)\, Laura Eckstein (HR)\nWebex: https://l
 okomotion.webex.com/meet/personal\n\nViele Grüße\nLokomotion HR
ORGANIZER;CN=Lokomotion HR:mailto:jobs@lokomotion.recruitee.com
ATTENDEE;CN=Jürgen Maier;ROLE=REQ-PARTICIPANT:mailto:j.maier@lokomotion-rail.de
ATTENDEE;CN=Laura Eckstein;ROLE=REQ-PARTICIPANT:mailto:l.eckstein@lokomotion-rail.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "recruitee-event-18822041@lokomotion.recruitee.com", 1, "Lokomotion",
    "Lokführer (m/w/d) Güterverkehr", "",
    "j.maier@lokomotion-rail.de;l.eckstein@lokomotion-rail.de", "recruitee-webex"))

# PKP Cargo International: English, Warsaw zone
EVENTS.append(ev("pkp-cargo-warsaw", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WARSAW + r"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000002468ACE013579BDF0000000000000000100000005A5A5A5A1B1B1B1B2C2C2C2C3D3D3D3D
DTSTAMP:20240411T094401Z
DTSTART;TZID=Europe/Warsaw:20240418T150000
DTEND;TZID=Europe/Warsaw:20240418T160000
SUMMARY:Interview – Train Driver Germany (Lokführer)\, PKP Cargo International
ORGANIZER;CN=Agnieszka Wójcik:mailto:agnieszka.wojcik@pkpcargo-int.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastian Krüger:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henryk Zieliński:mailto:henryk.zielinski@pkpcargo-int.com
DESCRIPTION:Dear Mr Krüger\,\n\nthank you for applying. We invite you to an o
 nline interview with Henryk Zieliński (Traction Manager Germany) and me. T
 he interview will be in German and English.\n\nMicrosoft Teams: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_Y2FmYjE4ZjMtNmY0Yy00ZmI0LWI0
 NDgtZTkwNWRmZjM4Yzc4%40thread.v2/0\n\nKind regards\,\nAgnieszka Wójcik\nHR
  Specialist
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000002468ACE013579BDF0000000000000000100000005A5A5A5A1B1B1B1B2C2C2C2C3D3D3D3D",
    1, "PKP Cargo International", "Train Driver Germany (Lokführer)", "",
    "agnieszka.wojcik@pkpcargo-int.com;henryk.zielinski@pkpcargo-int.com", "english-warsaw-tz"))

# LTE Germany: Workable
EVENTS.append(ev("lte-workable", r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-2f1c8b77e09a4d35@workable.com
DTSTAMP:20240412T081155Z
DTSTART:20240417T110000Z
DTEND:20240417T114500Z
SUMMARY:Video interview for Triebfahrzeugführer Güterverkehr (m/w/d) at LTE Germany GmbH
DESCRIPTION:Hi Sebastian\,\n\nThis is a confirmation for your video interview
  with LTE Germany GmbH.\n\nInterviewer: Marcel Fiedler\nJob: Triebfahrzeugf
 ührer Güterverkehr (m/w/d)\nVideo link: https://meet.google.com/ocx-trfw-m
 aq\n\nSent via Workable
ORGANIZER;CN=LTE Germany GmbH:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Marcel Fiedler;ROLE=REQ-PARTICIPANT:mailto:marcel.fiedler@lte-group.eu
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "workable-event-2f1c8b77e09a4d35@workable.com", 1, "LTE Germany",
    "Triebfahrzeugführer Güterverkehr (m/w/d)", "", "marcel.fiedler@lte-group.eu",
    "workable-english-template-german-role"))

# EGP: Teamtailor
EVENTS.append(ev("egp-teamtailor", r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-6512207-1@teamtailor.com
DTSTAMP:20240404T142001Z
DTSTART:20240411T060000Z
DTEND:20240411T064500Z
SUMMARY:Interview Sebastian Krüger / Eisenbahngesellschaft Potsdam
DESCRIPTION:Hallo Sebastian\,\n\ndu hast erfolgreich einen Termin gebucht.\n\n
 Job: Lokführer*in Güterverkehr – Einsatzort Leipzig/Halle\nGesprächspartne
 r*innen: Ines Hartung\, Sven Böttcher\nOrt: Microsoft Teams (Link unten)\n\nh
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YzVmOTgtNjQ0ZS00
 NDRiLTk0YmEtMDk4YjM1ZGQ3YmYz%40thread.v2/0\n\nBis bald!\nDein EGP-Team
ORGANIZER;CN=Eisenbahngesellschaft Potsdam:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Ines Hartung;ROLE=REQ-PARTICIPANT:mailto:i.hartung@egp-potsdam.de
ATTENDEE;CN=Sven Böttcher;ROLE=REQ-PARTICIPANT:mailto:s.boettcher@egp-potsdam.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "tt-meeting-6512207-1@teamtailor.com", 1, "Eisenbahngesellschaft Potsdam",
    "Lokführer*in Güterverkehr", "", "i.hartung@egp-potsdam.de;s.boettcher@egp-potsdam.de",
    "teamtailor-self-booked"))

# Rurtalbahn Cargo: JOIN
EVENTS.append(ev("rurtalbahn-join", r"""BEGIN:VCALENDAR
PRODID:-//JOIN Solutions AG//JOIN//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:join-interview-9912734@join.com
DTSTAMP:20240415T103001Z
DTSTART;TZID=Europe/Berlin:20240422T090000
DTEND;TZID=Europe/Berlin:20240422T093000
SUMMARY:Erstgespräch: Triebfahrzeugführer (m/w/d) Standort Mitteldeutschland
DESCRIPTION:Hallo Sebastian\,\n\nRurtalbahn Cargo GmbH hat dich zu einem Erstg
 espräch eingeladen.\n\nMit: Björn Esser (Personal)\nWo: Telefon – wir rufen
  dich an\n\nDiese Einladung wurde über JOIN versendet.
ORGANIZER;CN=Rurtalbahn Cargo via JOIN:mailto:no-reply@join.com
ATTENDEE;CN=Björn Esser;ROLE=REQ-PARTICIPANT:mailto:b.esser@rurtalbahn-cargo.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Telefon
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "join-interview-9912734@join.com", 1, "Rurtalbahn Cargo",
    "Triebfahrzeugführer (m/w/d)", "recruiter_screen", "b.esser@rurtalbahn-cargo.de",
    "join-erstgespraech-phone"))

# Railsystems RP: on-site, invite from a Google Workspace calendar, no video
EVENTS.append(ev("railsystems-google", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240430T080000Z
DTEND:20240430T100000Z
DTSTAMP:20240423T074512Z
ORGANIZER;CN=Personal Railsystems RP:mailto:personal@railsystems.de
UID:2f8s1m5q0c3n7v9b4k6e2t1r8h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Enrico Fuchs;X-NUM-GUESTS=0:mailto:e.fuchs@railsystems.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Personal Railsystems RP;X-NUM-GUESTS=0:mailto:personal@railsystems.de
CREATED:20240423T074511Z
DESCRIPTION:Vorstellung Tf Baulogistik / Ausbilder bei Railsystems RP in Got
 ha. Herr Fuchs (Betriebsleitung) zeigt Ihnen im Anschluss die Werkstatt un
 d den Simulator.
LAST-MODIFIED:20240423T074512Z
LOCATION:Railsystems RP GmbH\, Gleisdreieck\, Gotha
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellung S. Krüger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2f8s1m5q0c3n7v9b4k6e2t1r8h@google.com", 1, "Railsystems RP", "Tf Baulogistik / Ausbilder",
    "onsite", "e.fuchs@railsystems.de", "google-vorstellung-shared-hr-mailbox"))
