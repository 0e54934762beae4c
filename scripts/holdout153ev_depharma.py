"""holdout153: German pharma (hand-written raw iCalendar text)."""

from holdout153ev_base import yes

EVENTS = [
    dict(kind="successfactors", ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:SF-IS-BI-000392117-03
DTSTAMP:20251020T101544Z
DTSTART;TZID=Europe/Berlin:20251030T083000
DTEND;TZID=Europe/Berlin:20251030T160000
SUMMARY:Auswahltag Laborleitung Strukturbiologie (m/w/d) – Biberach
DESCRIPTION:Sehr geehrte Frau Dr. Weiss\,\n\nwir freuen uns\, Sie zu unserem
  Auswahltag für die Position Laborleiter Strukturbiologie (m/w/d)\, Referenz
 nummer 251734\, am Standort Biberach an der Riß einzuladen.\n\nAblauf:\n08:3
 0 Empfang\, Birkendorfer Straße 65\, Gebäude B70\n09:00 Fachvortrag (30 Min.
 ) vor dem Bereich Drug Discovery Sciences\n10:00 Einzelgespräche mit Dr. Ka
 tharina Roth (Bereichsleitung) und Dr. Michael Haug\n12:00 Mittagessen\n13:
 00 Gruppenübung / Fallstudie mit anderen Kandidat:innen\n15:00 Abschlussgesp
 räch mit HR (Frau Sommer)\n\nBitte bringen Sie einen Lichtbildausweis mit.
  Reisekosten werden nach unserer Reisekostenrichtlinie erstattet.\n\nMit fr
 eundlichen Grüßen\nIhr Talent Acquisition Team\nBoehringer Ingelheim Pharma
  GmbH & Co. KG
LOCATION:Boehringer Ingelheim\, Birkendorfer Straße 65\, 88397 Biberach an d
 er Riß
ORGANIZER;CN=Boehringer Ingelheim Talent Acquisition:mailto:no-reply@succes
 sfactors.eu
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=yes("SF-IS-BI-000392117-03", "Boehringer Ingelheim", "Laborleiter Strukturbiologie (m/w/d)",
               "onsite", "Dr. Katharina Roth;Dr. Michael Haug;Frau Sommer",
               "german-auswahltag-assessment-centre")),

    dict(kind="teams-call", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Stefanie (HR)":mailto:stefanie.wagner@merckgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.weiss
 .bio@posteo.de:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Neumann, Dr
 . Felix":mailto:felix.neumann@merckgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo, Ad
 aeze":mailto:adaeze.okonkwo@merckgroup.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Weiss\,\n\nwie telefonisch besprochen s
 ende ich Ihnen die Einladung zum Fachinterview für die Stelle Senior Scientis
 t Protein Structure & Biophysics (Job-ID 286104). Sie sprechen mit Dr. Felix
  Neumann (Head of Structural Biology) und Adaeze Okonkwo (Lab Head Biophysics
 ). Bitte planen Sie eine kurze Präsentation (15 Min.) zu einem Projekt Ihrer
  Wahl ein.\n\nViele Grüße\nStefanie Wagner\n\n______________________________
 __________________________________________________\nMicrosoft Teams-Besprechu
 ng\nÜber Ihren Computer\, eine mobile App oder ein Raumgerät teilnehmen\nHie
 r klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_ODk2NzAx>\nBesprechungs-ID: 355 712 808 236\nKenn
 code: 4aQ8vF\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000C55B2AC0FA45DC010000000000000000
 100000006E1B4C8D2F9A0E49B7C3D05A1E8F6B27
SUMMARY;LANGUAGE=de-DE:Fachinterview Senior Scientist Protein Structure – Fr
 au Weiss
DTSTART;TZID=W. Europe Standard Time:20251112T100000
DTEND;TZID=W. Europe Standard Time:20251112T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T142003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000C55B2AC0FA45DC0100000000000000001000"
               "00006E1B4C8D2F9A0E49B7C3D05A1E8F6B27", "Merck", "Senior Scientist Protein Structure & Biophysics",
               "technical", "felix.neumann@merckgroup.com;adaeze.okonkwo@merckgroup.com",
               "german-fachinterview-original-before-reschedule")),

    dict(kind="teams-call", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Stefanie (HR)":mailto:stefanie.wagner@merckgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.weiss
 .bio@posteo.de:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Neumann, Dr
 . Felix":mailto:felix.neumann@merckgroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo, Ad
 aeze":mailto:adaeze.okonkwo@merckgroup.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Weiss\,\n\nleider musste Dr. Neumann de
 n ursprünglichen Termin kurzfristig absagen – hier der neue Termin\, alles a
 ndere bleibt wie besprochen (15 Min. Präsentation\, danach Fragen).\n\nVielen
  Dank für Ihre Flexibilität!\nStefanie Wagner\n\n____________________________
 ____________________________________________________\nMicrosoft Teams-Besprec
 hung\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_ODk2NzAx>\nBesprechungs-ID: 355 712 808 2
 36\nKenncode: 4aQ8vF\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E00800000000C55B2AC0FA45DC010000000000000000
 100000006E1B4C8D2F9A0E49B7C3D05A1E8F6B27
SUMMARY;LANGUAGE=de-DE:NEU: Fachinterview Senior Scientist Protein Structure
  – Frau Weiss
DTSTART;TZID=W. Europe Standard Time:20251119T150000
DTEND;TZID=W. Europe Standard Time:20251119T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T081127Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000C55B2AC0FA45DC0100000000000000001000"
               "00006E1B4C8D2F9A0E49B7C3D05A1E8F6B27", "Merck", "", "technical",
               "felix.neumann@merckgroup.com;adaeze.okonkwo@merckgroup.com",
               "rescheduled-same-uid-sequence-1")),

    dict(kind="greenhouse", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-55102448-0@greenhouse.io
DTSTAMP:20251006T120930Z
DTSTART:20251009T080000Z
DTEND:20251009T083000Z
SUMMARY:BioNTech | Initial Call – Scientist Structural Biology (all genders)
DESCRIPTION:Dear Hannah\,\n\nthank you for applying to BioNTech! This first
  call with our Talent Acquisition team is an opportunity to get to know eac
 h other\, talk about your motivation and discuss the framework (location Ma
 inz\, start date\, salary expectations).\n\nYour contact: Carina Stöhr\n\nW
 e will call you on the number you provided: +49 176 2233 9187\n\nBest regar
 ds\,\nBioNTech Talent Acquisition
LOCATION:Telefon / phone
ORGANIZER;CN=Carina Stöhr:mailto:carina.stoehr@biontech.de
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:hannah.weiss.bio@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("greenhouse-scheduled-interview-55102448-0@greenhouse.io", "BioNTech",
               "Scientist Structural Biology (all genders)", "recruiter_screen", "carina.stoehr@biontech.de",
               "greenhouse-initial-call-phone-organizer-is-interviewer")),

    dict(kind="greenhouse", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-scheduled-interview-55637012-1@greenhouse.io
DTSTAMP:20251017T093301Z
DTSTART:20251023T120000Z
DTEND:20251023T133000Z
SUMMARY:BioNTech | Technical Interview & Presentation – Hannah Weiss
DESCRIPTION:Dear Hannah\,\n\nplease find the details for your second-round in
 terview below.\n\n1) Scientific presentation (30 min): your most relevant w
 ork in structure-based design\n2) Technical discussion (45 min) with Dr. Se
 bastian Krämer and Dr. Mei Lin Chua\n3) Q&A (15 min)\n\nMicrosoft Teams: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_MmE5YjQ2\n\nWe look f
 orward to speaking with you!\nCarina Stöhr | Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Carina Stöhr:mailto:carina.stoehr@biontech.de
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CN=Sebastian Krämer;ROLE=REQ-PARTICIPANT:mailto:sebastian.kraemer@
 biontech.de
ATTENDEE;CN=Mei Lin Chua;ROLE=REQ-PARTICIPANT:mailto:meilin.chua@biontech.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("greenhouse-scheduled-interview-55637012-1@greenhouse.io", "BioNTech", "", "technical",
               "sebastian.kraemer@biontech.de;meilin.chua@biontech.de",
               "second-round-presentation-and-technical")),

    dict(kind="successfactors", ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:SF-IS-BAYER-000407765-01
DTSTAMP:20251125T130502Z
DTSTART;TZID=Europe/Berlin:20251204T110000
DTEND;TZID=Europe/Berlin:20251204T123000
SUMMARY:Vorstellungsgespräch: Lab Head Structural Biology (Berlin) – Weiss\,
  Hannah
DESCRIPTION:Sehr geehrte Frau Weiss\,\n\nvielen Dank für Ihre Bewerbung. Wir
  laden Sie herzlich zu einem persönlichen Gespräch für die Position Lab Head
  Structural Biology (Req. 0000407765) ein.\n\nGesprächspartner:\nDr. Henrik
  Lindqvist\, Head of Structural Biology Berlin\nMelanie Kurz\, HR Business Pa
 rtner\n\nOrt: Bayer AG\, Müllerstraße 178\, 13353 Berlin\, Gebäude S110\, E
 mpfang\n\nBitte melden Sie sich 10 Minuten vorher am Empfang.\n\nMit freund
 lichen Grüßen\nBayer Talent Acquisition
LOCATION:Bayer AG\, Müllerstraße 178\, 13353 Berlin
ORGANIZER;CN=Bayer Talent Acquisition:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Henrik Lindqvist;PARTSTAT=ACCEPTED:mailto:henrik.lindqvist@baye
 r.com
ATTENDEE;CN=Melanie Kurz;PARTSTAT=ACCEPTED:mailto:melanie.kurz@bayer.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=yes("SF-IS-BAYER-000407765-01", "Bayer", "Lab Head Structural Biology", "onsite",
               "henrik.lindqvist@bayer.com;melanie.kurz@bayer.com", "successfactors-vorstellungsgespraech-berlin")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251106T120122Z
DTSTAMP:20251106T120140Z
DTSTART:20251113T090000
DTEND:20251113T100000
LAST-MODIFIED:20251106T120140Z
SEQUENCE:0
SUMMARY:Evotec – Gespräch mit Dr. Lenz (Teamleitung SBDD)
UID:E2A04C1B-6D3F-4B8A-9F12-0C7D3E5A8B64
DESCRIPTION:Hamburg\, remote (Teams-Link kommt per Mail)\nStelle: Senior Sc
 ientist Structural Biology\nLenz = Hiring Manager\, hat bei Stark promovier
 t\nFragen: Krios vor Ort? Hybrid möglich?
END:VEVENT
END:VCALENDAR
""", label=yes("E2A04C1B-6D3F-4B8A-9F12-0C7D3E5A8B64", "Evotec", "Senior Scientist Structural Biology",
               "hiring_manager", "Dr. Lenz", "self-typed-floating-hiring-manager")),

    dict(kind="teamtailor", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-2f8c61d4-b7a3-4e05-9d58-0e1a7c3b92f1@teamtailor.com
DTSTAMP:20251128T094412Z
DTSTART:20251205T090000Z
DTEND:20251205T094500Z
SUMMARY:Interview Nuvisan x Hannah Weiss
DESCRIPTION:Hallo Hannah\,\n\nschön\, dass es klappt! Hier sind die Details
  zu unserem Gespräch über die Position „Principal Scientist Protein Crystall
 ography & Cryo-EM“ in Berlin-Grünau.\n\nDabei sind:\nDr. Oliver Pankow (Hea
 d of Structural Biology)\nJana Richter (Talent Acquisition)\n\nVideo: https:
 //meet.google.com/kzd-mwfe-qpa\n\nBis bald!\nJana\n\n—\nGesendet über Teamt
 ailor
LOCATION:Google Meet
ORGANIZER;CN=Jana Richter:mailto:jana.richter@nuvisan.com
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CN=Oliver Pankow;ROLE=REQ-PARTICIPANT:mailto:oliver.pankow@nuvisan.
 com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("tt-meeting-2f8c61d4-b7a3-4e05-9d58-0e1a7c3b92f1@teamtailor.com", "Nuvisan",
               "Principal Scientist Protein Crystallography & Cryo-EM", "",
               "oliver.pankow@nuvisan.com;jana.richter@nuvisan.com", "teamtailor-x-summary-german")),

    dict(kind="calendly", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7d1b3e9a-0c4f-4a62-8e5d-2f6a9b1c3d70
DTSTAMP:20251015T143020Z
DTSTART:20251017T110000Z
DTEND:20251017T113000Z
SUMMARY:Erstgespräch Hays Life Sciences – Hannah Weiss
DESCRIPTION:Event Name: Erstgespräch (30 Min.)\n\nNotiz von Hannah Weiss:
  Danke für die Nachricht auf LinkedIn – gerne mehr zur Stelle bei Sartoriu
 s in Göttingen.\n\nInvitee Question: Worum geht es?\nAnswer: Position „Seni
 or Scientist Protein Analytics (m/w/d)“ bei unserem Kunden Sartorius\, Gött
 ingen – Vorqualifizierung vor der Vorstellung beim Kunden.\n\nLocation: Tel
 efon. Patrick Engel ruft Sie an unter +49 176 22339187.\n\nNeed to make cha
 nges to this event?\nCancel: https://calendly.com/cancellations/7d1b3e9a\nRe
 schedule: https://calendly.com/reschedulings/7d1b3e9a\n\nPowered by Calendly
 .com
LOCATION:Telefon
ORGANIZER;CN=Patrick Engel:mailto:patrick.engel@hays.de
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hann
 ah.weiss.bio@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("calendly-7d1b3e9a-0c4f-4a62-8e5d-2f6a9b1c3d70", "Sartorius",
               "Senior Scientist Protein Analytics (m/w/d)", "recruiter_screen", "patrick.engel@hays.de",
               "agency-calendly-client-named-in-body")),
]
