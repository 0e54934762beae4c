"""holdout204 negatives: the user on the hiring side on her ward at LKH Graz Süd (part 1)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, ev

_OUTLOOK = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU

EVENTS = [
    ev(
        "vorstellungsgespraech-station",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wutte, H
 elmut":mailto:helmut.wutte@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Hallo Verena\,\nkannst du bitte beim VG dabei se
 in? Bewerberin DGKP Fr. Krenn (derzeit Pflegeheim Gratkorn\, will ins Akut
 haus)\, Unterlagen liegen im SL-Büro im roten Ordner. Du übernimmst bitte
  die fachlichen Fragen (Pflegeprozess\, Diabetesmanagement\, Dokumentation)\,
  ich mach den Rest.\nLG Sabine\n
UID:040000008200E00074C5B7101A82E0080000000012F3A4B5C651DC01000000000000000
 010000000AA11BB22CC33DD44EE55FF6600778899
SUMMARY;LANGUAGE=de-AT:VG DGKP Krenn - 2B
DTSTART;TZID=W. Europe Standard Time:20251014T133000
DTEND;TZID=W. Europe Standard Time:20251014T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:SL-Büro 2B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E0080000000012F3A4B5C651DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899",
        trap="user-as-interviewer-ward-manager-asks-her-to-join-vg",
        hiring=True,
    ),
    ev(
        "bewerber-notizen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251022T143001Z
DTSTAMP:20251022T151212Z
LAST-MODIFIED:20251022T151212Z
UID:1D2E3F40-5A6B-4C7D-8E9F-A0B1C2D3E4F5
SUMMARY:Bewerber PA Dzaferovic
DTSTART:20251022T140000
DTEND:20251022T143000
DESCRIPTION:mit Sabine\nHr. D.: PA seit 2019\, Reha Judendorf\, will Nacht
 dienste\, Deutsch gut\nfachl. ok\, Hygiene unsicher\, Frage Dekubitus gut\n
 -> eher ja\, Schnupperdienst anbieten\nmein Eindruck: 7/10
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="1D2E3F40-5A6B-4C7D-8E9F-A0B1C2D3E4F5",
        trap="user-as-interviewer-hand-typed-notes-on-applicant",
        hiring=True,
        lf=True,
    ),
    ev(
        "aufnahmekommission",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Sekretariat GuK-Bildung Graz Süd";SENT-BY="mailto:eva.kr
 ainer@kages-sued.at":mailto:bildung.guk@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lenz, Marian
 ne":mailto:marianne.lenz@kages-sued.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GS Seminarraum 1":mailto:gs-
 seminarraum1@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Kolleginnen\,\n\ndanke\, dass ihr euch als
  Vertreterinnen der Praxis für die Aufnahmekommission zur Verfügung stellt.
  Es sind 9 Bewerber*innen für die Pflegefachassistenz-Ausbildung (Beginn
  März) eingeladen\, je 20 Min. Gespräch\, Bewertungsbogen liegt auf. Bitte
  pünktlich\, erste Kandidatin um 8:30.\n\nLG Eva Krainer\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E452DC01000000000000000
 01000000010293847566574839201ABCDEFABCDEF
SUMMARY;LANGUAGE=de-AT:Aufnahmegespräche PFA-Ausbildung März 2026 (Kommissi
 on)
DTSTART;TZID=W. Europe Standard Time:20260115T081500
DTEND;TZID=W. Europe Standard Time:20260115T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251218T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:GS Seminarraum 1
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E452DC0100000000000000001000000010293847566574839201ABCDEFABCDEF",
        trap="user-as-interviewer-nursing-school-admission-commission",
        hiring=True,
    ),
    ev(
        "hospitation-bewerberin",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Fr. Ramadani (DGKP\, Bewerbung 2B) kommt zur Hos
 pitation. Bitte im FD mitnehmen\, Übergabe und Runde zeigen\, Fragen beant
 worten. Danach kurz Rückmeldung an mich – passt sie ins Team?\nDanke\, S.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A553DC01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=de-AT:Hospitation Fr. Ramadani (Begleitung: Verena)
DTSTART;TZID=W. Europe Standard Time:20251105T064500
DTEND;TZID=W. Europe Standard Time:20251105T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T120000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Station 2B
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A553DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        trap="user-as-interviewer-hosts-applicant-hospitation",
        hiring=True,
    ),
    ev(
        "probedienst",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
CREATED:20251119T181500Z
DTSTAMP:20251119T181622Z
LAST-MODIFIED:20251119T181622Z
UID:9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D
SUMMARY:ND + Probedienst Hr. Lorenz
DTSTART;TZID=Europe/Vienna:20251124T190000
DTEND;TZID=Europe/Vienna:20251125T070000
DESCRIPTION:Hr. Lorenz (DGKP\, Bewerber aus Kärnten) läuft bei mir mit\nach
  dem ND kurz Feedbackbogen für Sabine ausfüllen
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="9A8B7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D",
        trap="user-as-interviewer-supervises-applicant-trial-night-shift",
        hiring=True,
        lf=True,
    ),
    ev(
        "nachbesprechung",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wutte, Helmu
 t":mailto:helmut.wutte@kages-sued.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personal
 abteilung - Recruiting":mailto:recruiting@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Kurze Runde zu den Gesprächen Krenn / Dzaferovic
  / Lorenz – Reihung\, Einstufung\, Startdatum. Bitte Bewertungsbögen mitneh
 men.\n
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B654DC01000000000000000
 0100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D
SUMMARY;LANGUAGE=de-AT:Nachbesprechung Bewerbungen 2B
DTSTART;TZID=W. Europe Standard Time:20251127T140000
DTEND;TZID=W. Europe Standard Time:20251127T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:PDL-Büro 3. OG
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000D2E3F4A5B654DC010000000000000000100000005A5A5A5A6B6B6B6B7C7C7C7C8D8D8D8D",
        trap="user-as-interviewer-debrief-ranking-applicants",
        hiring=True,
    ),
    ev(
        "bewertungsboegen-todo",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251125T120000Z
DTSTAMP:20251125T120000Z
DTSTART;VALUE=DATE:20251126
DTEND;VALUE=DATE:20251127
SUMMARY:Beurteilungsbögen Krenn + Lorenz fertig machen -> PDL
DESCRIPTION:Skala 1-5\, Kommentarfeld nicht vergessen
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C755DC01000000000000000
 01000000011112222333344445555666677778888
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000E3F4A5B6C755DC0100000000000000001000000011112222333344445555666677778888",
        trap="user-as-interviewer-scorecard-reminder-all-day",
        hiring=True,
    ),
    ev(
        "reply-accepted",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251209T123000Z
DTEND:20251209T131500Z
DTSTAMP:20251203T194455Z
ORGANIZER;CN="Pichler, Verena":mailto:verena.pichler@kages-sued.at
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D856DC01000000000000000
 010000000ABABABABCDCDCDCDEFEFEFEF01010101
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena W
 agner;X-NUM-GUESTS=0:mailto:lena.wagner2003@gmail.com
CREATED:20251203T194400Z
DESCRIPTION:
LAST-MODIFIED:20251203T194455Z
LOCATION:LKH Graz Süd\, Station 2B\, SL-Büro
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Vorstellungsgespräch DGKP – Station 2B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000F4A5B6C7D856DC01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    ev(
        "agentur-kandidatin",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Jurić, Marko":mailto:m.juric@medstaff-recruiting.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gollner,
  Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ana Kovač:mailt
 o:ana.kovac.rn@gmail.com
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Gollner\, sehr geehrte Frau Pi
 chler\,\n\nwie vereinbart stelle ich Ihnen unsere Kandidatin Frau Ana Kovač
  vor (Medizinska sestra\, 6 J. Interne KBC Zagreb\, Deutsch B2\, Nostrifikat
 ion beantragt). Lebenslauf und Zeugnisse im Anhang. Dolmetsch nicht erforde
 rlich.\n\nMit freundlichen Grüßen\nMarko Jurić\nMedStaff Recruiting GmbH – P
 flegepersonal aus Südosteuropa\n\nMicrosoft Teams-Besprechung\nJetzt an der
  Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_TUVEU1RBRkY%40thread.v2/0>\n
UID:040000008200E00074C5B7101A82E0080000000005A6B7C8D957DC01000000000000000
 010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=de-AT:Kandidatenvorstellung Fr. Kovač (DGKP) – LKH Graz Sü
 d\, Interne 2B
DTSTART;TZID=W. Europe Standard Time:20260113T130000
DTEND;TZID=W. Europe Standard Time:20260113T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260107T091000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E0080000000005A6B7C8D957DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        trap="user-as-interviewer-agency-presents-candidate",
        hiring=True,
    ),
    ev(
        "bookings-host",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Station 2B Bewerbungsgespräche:mailto:Station2BBewerbung@kage
 s-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nKunde: Jonas Pirker\nE-Mail: jona
 s.pirker@outlook.com\nTelefon: +43 660 5512094\nDienst: Kennenlerngespräch
  Ferialpraxis Pflege (30 Min.)\nMitarbeiter: Verena Pichler\nAnmerkungen: Sc
 hüler 4. Jg. HLW\, möchte Juli/August 4 Wochen\n\nBuchung verwalten: https:/
 /outlook.office365.com/owa/calendar/Station2BBewerbung@kages-sued.at/booki
 ngs/\n
UID:040000008200E00074C5B7101A82E00800000000B6C7D8E9FA58DC01000000000000000
 01000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Ferialpraxis Pflege - Jonas Pirker
DTSTART;TZID=W. Europe Standard Time:20260205T143000
DTEND;TZID=W. Europe Standard Time:20260205T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T170500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Station 2B
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000B6C7D8E9FA58DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        trap="user-as-interviewer-bookings-host-summer-intern",
        hiring=True,
    ),
]
