"""holdout204: the user's own interviews with Swiss hospitals and schools (hand-written iCalendar)."""

from holdout204ev_tz import TZ_ZURICH, ev

EVENTS = [
    ev(
        "agency-screen-named",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b47e2c90-1f5d-4a3b-8e6c-7d9f0a1b2c3d
DTSTAMP:20251020T145500Z
DTSTART:20251023T160000Z
DTEND:20251023T164500Z
SUMMARY:Vertiefungsgespräch (45 Min.) zwischen Reto Ammann und Verena Pichler
DESCRIPTION:Veranstaltungsname: Vertiefungsgespräch (45 Min.)\n\nOrt: Teams-L
 ink folgt per Mail\n\nNotiz von Reto: Wie besprochen stelle ich Sie beim Kan
 tonsspital St.Gallen (KSSG) für die Stationsleitung Pflege Medizin (Departe
 ment Innere Medizin\, 90–100 %) vor – heute gehen wir Ihr Dossier\, Ihre Fü
 hrungserfahrung und die SRK-Anerkennung durch\, bevor ich es an die Leiteri
 n Pflege weiterleite.\n\nBenötigen Sie Änderungen an diesem Event?\nAbsagen:
  https://calendly.com/cancellations/b47e2c90-1f5d-4a3b-8e6c-7d9f0a1b2c3d\n\n
 Powered by Calendly.com
ORGANIZER;CN=Reto Ammann:mailto:reto.ammann@careselect-health.ch
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:verena.pichler86@aon.at
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="b47e2c90-1f5d-4a3b-8e6c-7d9f0a1b2c3d",
        iv=1,
        company="Kantonsspital St.Gallen",
        role="Stationsleitung Pflege Medizin",
        stage="recruiter_screen",
        who="reto.ammann@careselect-health.ch",
        trap="agency-recruiter-screen-names-client-in-body",
    ),
    ev(
        "umantis-video",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Research AG//Abacus Umantis Talent Management//DE
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
UID:umantis-1000-4471-INT-20251106@kssg.umantis.com
DTSTAMP:20251029T073012Z
DTSTART;TZID=Europe/Zurich:20251106T150000
DTEND;TZID=Europe/Zurich:20251106T160000
SUMMARY:Vorstellungsgespräch per Video - Stationsleiter/in Pflege Medizin
DESCRIPTION:Sehr geehrte Frau Pichler\n\nGerne bestätigen wir Ihnen das Vors
 tellungsgespräch per MS Teams.\n\nTeilnehmende seitens KSSG:\n- Corinne Bäch
 tiger\, Leiterin Pflege Departement Innere Medizin\n- Lukas Sutter\, HR Bu
 siness Partner\n\nLink: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_KSSG7781%40thread.v2/0\n\nFreundliche Grüsse\nKantonsspital St.Gallen\,
  Personaldienst
ORGANIZER;CN=Kantonsspital St.Gallen Personaldienst:mailto:noreply@kssg.umantis.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Corinne Bächtiger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:corinne.baechtiger@kssg.ch
ATTENDEE;CN=Lukas Sutter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.sutter@kssg.ch
LOCATION:MS Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="umantis-1000-4471-INT-20251106@kssg.umantis.com",
        iv=1,
        company="Kantonsspital St.Gallen",
        role="Stationsleiter/in Pflege Medizin",
        stage="hiring_manager",
        who="corinne.baechtiger@kssg.ch;lukas.sutter@kssg.ch",
        trap="abacus-umantis-swiss-video-interview",
    ),
    ev(
        "schnuppertag",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN=Bächtiger Corinne:mailto:corinne.baechtiger@kssg.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Näf Simone:
 mailto:simone.naef@kssg.ch
DESCRIPTION;LANGUAGE=de-CH:Liebe Frau Pichler\n\nwie besprochen der Schnupp
 ertag auf der Station 0401 (Allgemeine Innere Medizin). Sie begleiten Simon
 e Näf (Stv. Stationsleitung) im Frühdienst\, über Mittag ist ein Austausch
  mit dem Team geplant\, um 14.30 Uhr Abschlussgespräch bei mir.\nBitte um 7.
 00 Uhr beim Haupteingang Haus 03\, Berufskleidung wird gestellt.\nSpesen für
  Anreise und Hotel übernehmen wir gemäss Reglement.\n\nFreundliche Grüsse\n
 Corinne Bächtiger\n
UID:040000008200E00074C5B7101A82E008000000006F1A2B3C4D4DDC01000000000000000
 01000000045E6F7A8B9C0D1E2F3A4B5C6D7E8F901
SUMMARY;LANGUAGE=de-CH:Schnuppertag Station 0401 - V. Pichler
DTSTART;TZID=Europe/Zurich:20251127T070000
DTEND;TZID=Europe/Zurich:20251127T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T160020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:KSSG Haus 03\, Station 0401
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000006F1A2B3C4D4DDC0100000000000000001000000045E6F7A8B9C0D1E2F3A4B5C6D7E8F901",
        iv=1,
        company="Kantonsspital St.Gallen",
        stage="onsite",
        who="corinne.baechtiger@kssg.ch;simone.naef@kssg.ch",
        trap="swiss-schnuppertag-trial-day-iana-tz-in-outlook",
    ),
    ev(
        "successfactors-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-USZ-77120419-1
DTSTAMP:20251030T110000Z
DTSTART:20251110T130000Z
DTEND:20251110T140000Z
SUMMARY:Interview: Stationsleitung Pflege Medizin (80-100%) - Verena Pichler
DESCRIPTION:Guten Tag Frau Pichler\n\nGerne laden wir Sie zu einem ersten Ges
 präch (Microsoft Teams) ein.\n\nInterviewteam:\nMonika Hürlimann\, Pflegeleit
 ung Medizinbereich Innere Medizin-Onkologie\nDaniel Frei\, HR Business Partn
 er\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_US
 Z55021%40thread.v2/0\n\nFreundliche Grüsse\nUniversitätsSpital Zürich\, Tale
 nt Acquisition
ORGANIZER;CN=USZ Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
ATTENDEE;CN=Monika Hürlimann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:monika.huerlimann@usz.ch
ATTENDEE;CN=Daniel Frei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniel.frei@usz.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="SF-ISC-USZ-77120419-1",
        iv=1,
        company="Universitätsspital Zürich",
        role="Stationsleitung Pflege Medizin (80-100%)",
        stage="hiring_manager",
        who="monika.huerlimann@usz.ch;daniel.frei@usz.ch",
        trap="successfactors-utc-first-talk",
    ),
    ev(
        "fuehrungsassessment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN="Marty, Sibylle":mailto:sibylle.marty@assessmentpartner.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="verena.pi
 chler86@aon.at":mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kühne, Patrick":mailto:p
 atrick.kuehne@assessmentpartner.ch
DESCRIPTION:Guten Tag Frau Pichler\n\nIm Auftrag des UniversitätsSpitals Zür
 ich führen wir mit Ihnen ein halbtägiges Führungsassessment für die Positio
 n Stationsleitung Pflege Medizin durch (Rollenspiel Mitarbeitendengespräch\,
  Postkorbübung\, Interview\, Persönlichkeitsfragebogen).\nAssessor:innen: S
 ibylle Marty und Patrick Kühne.\nOrt: Löwenstrasse 25\, 8001 Zürich\, 4. OG.
 \nDen Online-Fragebogen erhalten Sie separat.\n\nFreundliche Grüsse\nSibylle
  Marty\n
UID:0400000082000074C5B7101A82E00800000000F3E2D1C0B94EDC01000000000000000010
 0000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY:Führungsassessment USZ - V. Pichler
DTSTART;TZID=Europe/Zurich:20251124T083000
DTEND;TZID=Europe/Zurich:20251124T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T080808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Löwenstrasse 25\, 8001 Zürich
END:VEVENT
END:VCALENDAR
""",
        uid="0400000082000074C5B7101A82E00800000000F3E2D1C0B94EDC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809",
        iv=1,
        company="Universitätsspital Zürich",
        role="Stationsleitung Pflege Medizin",
        stage="onsite",
        who="sibylle.marty@assessmentpartner.ch;patrick.kuehne@assessmentpartner.ch",
        trap="external-assessment-centre-on-behalf-of-employer",
    ),
    ev(
        "abschlussgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN=Hürlimann Monika;SENT-BY="mailto:assistenz.pflege.med@usz.ch":m
 ailto:monika.huerlimann@usz.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gloor Regula:ma
 ilto:regula.gloor@usz.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="USZ NORD1
  C 204 Sitzungszimmer":mailto:usz-nord1-c204@usz.ch
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Pichler\n\nFür das abschliessende
  Gespräch mit Frau Regula Gloor (Direktorin Pflege) und mir reservieren Sie
  bitte ca. 75 Minuten. Sie können auch per Teams teilnehmen\, wir würden un
 s aber über einen Besuch freuen.\n\nFreundliche Grüsse\nMonika Hürlimann\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E54FDC01000000000000000
 010000000C4D5E6F708192A3B4C5D6E7F8091A2B3
SUMMARY;LANGUAGE=de-CH:Abschliessendes Gespräch Stationsleitung - Pichler
DTSTART;TZID=Europe/Zurich:20251210T100000
DTEND;TZID=Europe/Zurich:20251210T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T123000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:USZ NORD1 C 204 Sitzungszimmer
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E54FDC01000000000000000010000000C4D5E6F708192A3B4C5D6E7F8091A2B3",
        iv=1,
        company="Universitätsspital Zürich",
        role="Stationsleitung",
        stage="final",
        who="monika.huerlimann@usz.ch;regula.gloor@usz.ch",
        trap="swiss-abschliessendes-gespraech-direktorin-pflege",
    ),
    ev(
        "refline-invite",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Refline AG//Refline Recruiting//DE
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
UID:refline-stadtspital-zuerich-ev-60311
DTSTAMP:20251208T090000Z
DTSTART;TZID=Europe/Zurich:20251216T140000
DTEND;TZID=Europe/Zurich:20251216T150000
SUMMARY:Einladung Gespräch – Bildungsverantwortliche/r Pflege HF (80%)
DESCRIPTION:Guten Tag Frau Pichler\n\nWir freuen uns\, Sie am Stadtspital Zü
 rich Triemli\, Birmensdorferstrasse 497\, Haus B\, Bildungszentrum\, begrüss
 en zu dürfen.\nGesprächsteilnehmende: Nadine Keller (Leiterin Bildung Pfleg
 e) und Beat Zürcher (Berufsbildner).\n\nFreundliche Grüsse\nStadtspital Züri
 ch\, Human Resources
ORGANIZER;CN=Stadtspital Zürich HR:mailto:noreply@refline.ch
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:Stadtspital Zürich Triemli\, Haus B\, Bildungszentrum
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="refline-stadtspital-zuerich-ev-60311",
        iv=1,
        company="Stadtspital Zürich",
        role="Bildungsverantwortliche/r Pflege HF (80%)",
        who="Nadine Keller;Beat Zürcher",
        trap="refline-education-role-gespraech",
    ),
    ev(
        "workday-de",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-7c2a19e04f6b43dd@mediclinic.wd3.myworkdayjobs.com
DTSTAMP:20251117T091500Z
DTSTART:20251125T100000Z
DTEND:20251125T110000Z
SUMMARY:Interview: Teamleitung Pflege Innere Medizin 80-100% (Klinik Hirslanden\, Zürich)
DESCRIPTION:Guten Tag Verena\n\nWir freuen uns\, Sie zu einem Video-Intervie
 w einzuladen.\n\nInterviewer: Fabienne Widmer (Leiterin Pflege)\, Marco Rus
 coni (HR)\nLink: https://hirslanden.zoom.us/j/93880120047\n\nBitte antworten
  Sie nicht auf diese automatisch generierte Nachricht.\n\nHirslanden Talent
  Acquisition
ORGANIZER;CN=Hirslanden Talent Acquisition:mailto:hirslanden@myworkday.com
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:verena.pichler86@aon.at
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="WD-INTERVIEW-7c2a19e04f6b43dd@mediclinic.wd3.myworkdayjobs.com",
        iv=1,
        company="Klinik Hirslanden",
        role="Teamleitung Pflege Innere Medizin 80-100%",
        stage="hiring_manager",
        who="Fabienne Widmer;Marco Rusconi",
        trap="workday-german-zoom-names-only",
    ),
    ev(
        "zweitgespraech-vor-ort",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + TZ_ZURICH + r"""BEGIN:VEVENT
CREATED:20251203T211033Z
DTSTAMP:20251203T211210Z
LAST-MODIFIED:20251203T211210Z
UID:0C5A9E18-4F7B-4D2C-A913-B6E80F2D7C45
SUMMARY:Hirslanden 2. Runde vor Ort + Rundgang
DTSTART;TZID=Europe/Zurich:20251212T130000
DTEND;TZID=Europe/Zurich:20251212T150000
LOCATION:Klinik Hirslanden\, Witellikerstrasse 40\, 8032 Zürich
DESCRIPTION:Widmer + Pflegedirektor (Name??)\nzug 7:33 ab Graz\, Railjet\,
  Hotel Rigihof gebucht\nFragen: Skill-Grade-Mix\, Dienstmodell\, Einarbeitun
 g\, Wohnung?
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="0C5A9E18-4F7B-4D2C-A913-B6E80F2D7C45",
        iv=1,
        company="Klinik Hirslanden",
        stage="final",
        who="Widmer",
        trap="hand-typed-second-round-zurich-tz",
        lf=True,
    ),
    ev(
        "bildungszentrum-gespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260115T163000
DTEND;TZID=Europe/Zurich:20260115T171500
DTSTAMP:20260108T080000Z
ORGANIZER;CN=Andrea Baumann:mailto:andrea.baumann@careum.ch
UID:6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Baumann;X-NUM-GUESTS=0:mailto:andrea.baumann@careum.ch
CREATED:20260108T075950Z
DESCRIPTION:Gespräch Lehrperson Pflege HF (60–80 %) – Careum Bildungszentrum
 \, Bildungsgang Pflege HF.\nMicrosoft Teams: https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_Q0FSRVVN%40thread.v2/0
LAST-MODIFIED:20260108T080000Z
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Careum – Gespräch V. Pichler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="6g9j2m5p8s1v4y7b0e3h6k9n2q@google.com",
        iv=1,
        company="Careum Bildungszentrum",
        role="Lehrperson Pflege HF (60–80 %)",
        stage="hiring_manager",
        who="andrea.baumann@careum.ch",
        trap="swiss-school-teaching-post-google-teams",
    ),
    ev(
        "probelektion",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260204T081500
DTEND;TZID=Europe/Zurich:20260204T100000
DTSTAMP:20260122T141400Z
ORGANIZER;CN=Andrea Baumann:mailto:andrea.baumann@careum.ch
UID:1b4e7h0k3n6q9t2w5z8c1f4i7l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=verena.pichler86@aon.at;X-NUM-GUESTS=0:mailto:verena.pichler86@aon.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Baumann;X-NUM-GUESTS=0:mailto:andrea.baumann@careum.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Urs Gasser;X-NUM-GUESTS=0:mailto:urs.gasser@careum.ch
CREATED:20260122T141350Z
DESCRIPTION:Probelektion (45 Min.) in der Klasse PF24b\, Thema nach Absprach
 e (Vorschlag: Pflege bei Diabetes mellitus Typ 2\, Lernfeld 3)\, anschliess
 end Reflexion mit Andrea Baumann und Urs Gasser (Bildungsgangleitung).\nOrt
 : Careum\, Pestalozzistrasse 11\, 8032 Zürich\, Zimmer 2.07
LAST-MODIFIED:20260122T141400Z
LOCATION:Careum Pestalozzistrasse 11\, Zi. 2.07
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probelektion Careum – Pichler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        uid="1b4e7h0k3n6q9t2w5z8c1f4i7l@google.com",
        iv=1,
        company="Careum Bildungszentrum",
        role="Lehrperson Pflege HF",
        stage="technical",
        who="andrea.baumann@careum.ch;urs.gasser@careum.ch",
        trap="probelektion-teaching-demo-class",
    ),
]
