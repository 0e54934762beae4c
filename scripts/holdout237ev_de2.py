"""holdout237 events: German orchestras part 2, French-speaking orchestras, and the Bonn medical."""

from holdout237ev_tz import BERLIN_GOOGLE, CENTRAL_EU_DISPLAY, W_EUROPE, ZURICH

EVENTS = [
    dict(
        kind="weimar-typed",
        uid="D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70",
        interview=1, company="Staatskapelle Weimar", role="", stage="", interviewers="",
        trap="self-typed-german-spanish-mix-no-stage",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
CREATED:20250219T230010Z
DTSTAMP:20250219T230044Z
UID:D4E5F6A7-B8C9-4D0E-8F1A-2B3C4D5E6F70
SUMMARY:Weimar PS Bratsche
DTSTART;TZID=Europe/Berlin:20250310T110000
DTEND;TZID=Europe/Berlin:20250310T150000
LOCATION:DNT Weimar\, Theaterplatz 2
DESCRIPTION:Staatskapelle. Vorspielreihenfolge wird ausgelost. Tren Leipzig
 -Weimar 9:12
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="muvac-nuernberg",
        uid="muvac-audition-7b21c0e4-nso-viola-2025",
        interview=1, company="Nürnberger Symphoniker", role="Tutti-Viola", stage="technical", interviewers="",
        trap="muvac-audition-platform-invite",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//muvac//Audition Calendar//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:muvac-audition-7b21c0e4-nso-viola-2025
DTSTAMP:20250110T101010Z
DTSTART:20250203T090000Z
DTEND:20250203T170000Z
SUMMARY:Audition: Nürnberger Symphoniker – Tutti-Viola
DESCRIPTION:Your invitation to the audition has been confirmed.\n\nEnsembl
 e: Nürnberger Symphoniker\nPosition: Tutti-Viola\nVenue: Musiksaal der Nürn
 berger Symphoniker\, Bayernstraße 100\, 90471 Nürnberg\n\nYour individual
  time slot will be communicated on the day. Accompanist provided.\n\nManag
 e your application: https://www.muvac.com/dashboard
LOCATION:Bayernstraße 100\, 90471 Nürnberg
URL:https://www.muvac.com/vacancy/nuernberger-symphoniker-tutti-viola
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="muvac-zwischenrunde",
        uid="muvac-audition-9e54aa10-msym-viola-2025",
        interview=1, company="Münchner Symphoniker", role="Stellvertretende Solo-Viola", stage="technical",
        interviewers="", trap="muvac-english-audition-second-round-only",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//muvac//Audition Calendar//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:muvac-audition-9e54aa10-msym-viola-2025
DTSTAMP:20251101T150000Z
DTSTART:20251201T130000Z
DTEND:20251201T160000Z
SUMMARY:Audition: Münchner Symphoniker – Stellvertretende Solo-Viola (Zwis
 chenrunde)
DESCRIPTION:You are invited directly to the second round (Zwischenrunde) on
  the basis of your previous audition with the orchestra.\n\nEnsemble: Münc
 hner Symphoniker\nPosition: Stellvertretende Solo-Viola\nVenue: Probensaal
 \, Leopoldstraße 31\, München\n\nRepertoire: Romantic concerto (1st mvt) a
 nd orchestral excerpts according to the list.\n\nManage your application: h
 ttps://www.muvac.com/dashboard
LOCATION:Leopoldstraße 31\, München
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="karlsruhe-outlook",
        uid="040000008200E00074C5B7101A82E0080000000032D1C0B9A8F7DB010000000000000000100000005566778899AA",
        interview=1, company="Badische Staatskapelle", role="Tutti-Bratsche", stage="technical", interviewers="",
        trap="outlook-sent-by-theatre-probespiel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Orchesterbüro Badische Staatskapelle";SENT-BY="mailto:lena.frick@staatstheater.karlsruhe
 .de":mailto:orchesterbuero@staatstheater.karlsruhe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.castellanos.viola@gmail.com:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Einladung zum Probespiel Tutti-Bratsche\n\nPflichtstück: Hoffmeist
 er D-Dur\, 1. Satz (ohne Kadenz)\nWahlstück: 1. Satz eines romantischen Konzertes\nOrchestersteller
 n gemäß Liste\n\nTreffpunkt: Pforte Staatstheater\, Hermann-Levi-Platz 1. Bitte teilen Sie uns
  mit\, ob Sie einen eigenen Pianisten mitbringen.\n
UID:040000008200E00074C5B7101A82E0080000000032D1C0B9A8F7DB010000000000000000100000005566778899AA
SUMMARY;LANGUAGE=de-DE:Probespiel Tutti-Bratsche
DTSTART;TZID=W. Europe Standard Time:20251117T100000
DTEND;TZID=W. Europe Standard Time:20251117T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T094455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Badisches Staatstheater Karlsruhe\, Chorsaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hamburg-finale",
        uid="2d7f9b1c3e5a7c9e1b3d5f7a9c@philharmonie-hamburg.de",
        interview=1, company="Philharmonisches Staatsorchester Hamburg", role="Solo-Bratsche", stage="final",
        interviewers="", trap="german-finalrunde-with-gmd",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Philharmonisches Staatsorchester Hamburg//Probespiele//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:2d7f9b1c3e5a7c9e1b3d5f7a9c@philharmonie-hamburg.de
DTSTAMP:20250616T170210Z
DTSTART;TZID=Europe/Berlin:20250617T110000
DTEND;TZID=Europe/Berlin:20250617T123000
SUMMARY:Probespiel Solo-Bratsche – Finalrunde
DESCRIPTION:Liebe Frau Castellanos Vidal\,\n\nherzlichen Glückwunsch zum Er
 reichen der Finalrunde. Morgen um 11 Uhr: Orchesterstellen mit Solo (Stra
 uss Don Quixote\, Berlioz Harold) und Spiel im Quartett mit den Stimmführe
 rn. Anschließend Beratung der Kommission mit dem GMD.\n\nOrchesterbüro
LOCATION:Staatsoper Hamburg\, Probebühne 3
ORGANIZER;CN=Orchesterbüro:mailto:probespiel@philharmonie-hamburg.de
ATTENDEE;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="drp-probespiel",
        uid="040000008200E00074C5B7101A82E00800000000B7E6D5C4B3A2DB01000000000000000010000000ABCDEF0123456789",
        interview=1, company="Deutsche Radio Philharmonie", role="stellv. Solo-Viola", stage="technical",
        interviewers="", trap="broadcaster-outlook-display-name-tzid-probespiel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + CENTRAL_EU_DISPLAY + r"""BEGIN:VEVENT
ORGANIZER;CN="Deutsche Radio Philharmonie - Orchesterbüro":mailto:drp-orchesterbuero@sr.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.castellanos.viola@gmail.com:mailto:
 irene.castellanos.viola@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Probespiel stellv. Solo-Viola (DRP Saarbrücken Kaiserslautern)\nFu
 nkhaus Halberg\, Großer Sendesaal\, 66121 Saarbrücken\n\nBitte melden Sie sich am Empfang (Pf
 orte SR). Parkplätze sind vorhanden.\n
UID:040000008200E00074C5B7101A82E00800000000B7E6D5C4B3A2DB01000000000000000010000000ABCDEF0123456789
SUMMARY;LANGUAGE=de-DE:Probespiel stellv. Solo-Viola DRP
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250120T093000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250120T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241209T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Funkhaus Halberg\, Großer Sendesaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="chemnitz-notiz",
        uid="rsp-chemnitz-7c1e9f20",
        interview=1, company="Robert-Schumann-Philharmonie", role="", stage="technical", interviewers="",
        trap="self-typed-floating-german-audition-two-rounds",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proton AG//ProtonCalendar 1.0//EN
BEGIN:VEVENT
UID:rsp-chemnitz-7c1e9f20
DTSTAMP:20251009T071200Z
DTSTART:20251027T100000
DTEND:20251027T130000
SUMMARY:Probespiel Chemnitz – Vorrunde + Zwischenrunde
DESCRIPTION:Robert-Schumann-Philharmonie. Tutti Bratsche. Opernhaus\, Theat
 erplatz. Pianista propia? NO\, hay Korrepetitor.
LOCATION:Opernhaus Chemnitz
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zimbra-strasbourg",
        uid="8b7c6d5e-4f3a-2b1c-0d9e-8f7a6b5c4d3e",
        interview=1, company="Orchestre philharmonique de Strasbourg", role="Alto du rang", stage="technical",
        interviewers="", trap="french-concours-convocation-zimbra",
        ics=r"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Brussels
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETTO:+0100
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETTO:+0200
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:8b7c6d5e-4f3a-2b1c-0d9e-8f7a6b5c4d3e
SUMMARY:Convocation concours Alto du rang - OPS
ATTENDEE;CN=Irene Castellanos Vidal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.cast
 ellanos.viola@gmail.com
ORGANIZER;CN=Régie Orchestre OPS:mailto:regie.ops@strasbourg.eu
DTSTART;TZID="Europe/Brussels":20251208T090000
DTEND;TZID="Europe/Brussels":20251208T123000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20251114T101530Z
DTSTAMP:20251114T101530Z
SEQUENCE:0
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convoquer au concours
  de recrutement pour le poste d'Alto du rang (2e catégorie) de l'Orchestre
  philharmonique de Strasbourg.\n\nÉpreuve éliminatoire derrière paravent
  : Stamitz\, 1er mouvement\; traits d'orchestre.\n\nMerci de vous présenter
  au Palais de la Musique et des Congrès (entrée des artistes) 45 minutes a
 vant l'horaire.\n\nLa Régie de l'Orchestre
LOCATION:Palais de la Musique et des Congrès\, Salle Érasme
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-ocl",
        uid="sr-int-3e8f1a2b-ocl-alto-7419",
        interview=1, company="Orchestre de Chambre de Lausanne", role="Alto tuttiste (80%)", stage="technical",
        interviewers="", trap="smartrecruiters-french-swiss-audition-zurich-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:sr-int-3e8f1a2b-ocl-alto-7419
DTSTAMP:20250827T132259Z
DTSTART;TZID=Europe/Zurich:20250922T140000
DTEND;TZID=Europe/Zurich:20250922T143000
SUMMARY:Audition – Alto tuttiste (80%) – Orchestre de Chambre de Lausanne
DESCRIPTION:Bonjour Irene\,\n\nVotre audition pour le poste Alto tuttiste (
 80%) est confirmée.\n\nLieu : Salle Métropole\, Rue de Genève 12\, 1003 La
 usanne\nTour 1 derrière rideau\n\nMerci de confirmer votre présence.\n\nCe
  message a été envoyé via SmartRecruiters pour le compte de l'Orchestre de
  Chambre de Lausanne.
LOCATION:Salle Métropole\, Lausanne
ORGANIZER;CN=Orchestre de Chambre de Lausanne:mailto:noreply@smartrecruiters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos:mailto:irene.castellanos.
 viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="betriebsarzt-bonn",
        uid="E7F8A9B0-C1D2-4E3F-9A4B-5C6D7E8F9A0B",
        interview=0, company="", role="", stage="", interviewers="",
        trap="pre-employment-medical-einstellungsuntersuchung",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
CREATED:20251021T084402Z
DTSTAMP:20251021T084455Z
UID:E7F8A9B0-C1D2-4E3F-9A4B-5C6D7E8F9A0B
SUMMARY:Einstellungsuntersuchung Betriebsarzt (Stadt Bonn)
DTSTART;TZID=Europe/Berlin:20251203T081500
DTEND;TZID=Europe/Berlin:20251203T091500
LOCATION:Arbeitsmedizinischer Dienst\, Berliner Platz 2\, Bonn
DESCRIPTION:nüchtern! Impfpass + Personalausweis mitbringen. Para el contr
 ato del Probejahr. Después firmar en Personalamt 10:30
END:VEVENT
END:VCALENDAR
""",
    ),
]
