"""holdout279 events, part d: the user on the hiring or assessing side (apprentice interviews, trial days,
examination boards, agency candidates, scorecards) - all negatives."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout279ev_zones import VTZ_BERLIN, VTZ_W_EUROPE

EVENTS = [
    dict(
        kind="outlook-user-organizer",
        uid="040000008200E00074C5B7101A82E00800000000109A3B4C5D6EDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.doerfler08@web.de:mailto:lukas.doerfler08@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BR Verwaltung Besprechung Hopfen (6)":mailto:raum.hopfen@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Lukas\\,\\n\\nvielen Dank für deine Bewerbung um einen Ausbildungsplatz als Brauer und Mälzer (Start 1.9.2026). Wir laden dich herzlich zum Vorstellungsgespräch ein. Deine Gesprächspartner sind Birgit Hofmann (Personal) und ich (Ausbilder Sudhaus).\\n\\nBitte bring dein letztes Zeugnis mit. Melde dich einfach an der Pforte.\\n\\nViele Grüße\\nFlorian Schmitt\\nSchichtbrauer / Ausbilder\\nBrauerei Regnitztal GmbH & Co. KG\\n
UID:040000008200E00074C5B7101A82E00800000000109A3B4C5D6EDC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Ausbildung Brauer und Mälzer 2026 – Lukas Dörfler
DTSTART;TZID=W. Europe Standard Time:20251117T150000
DTEND;TZID=W. Europe Standard Time:20251117T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T101044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BR Verwaltung Besprechung Hopfen (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118770321
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-apprentice-interview-organizer",
        hiring=True,
    ),
    dict(
        kind="outlook-all-day-trial",
        uid="040000008200E00074C5B7101A82E00800000000209A3B4C5D6EDC01000000000000000010000000BC23DE45F067BC89DE01F023BC45DE67",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Probetag Ausbildung: Jana Pfister (Bewerberin Brauer und Mälzer 2026) ist den ganzen Tag bei uns. Florian betreut sie im Sudhaus (Frühschicht ab 6:00 – für sie ab 8:00)\\, Mittagessen Kantine\\, 13:00 Rundgang Abfüllung mit Stefan.\\n\\nBitte am Ende des Tages den Beurteilungsbogen Probetag ausfüllen (liegt im Personal-Laufwerk unter Ausbildung\\\\2026\\\\Probetage).\\n\\nPSA: Sicherheitsschuhe Gr. 39 sind bestellt.\\n
UID:040000008200E00074C5B7101A82E00800000000209A3B4C5D6EDC01000000000000000010000000BC23DE45F067BC89DE01F023BC45DE67
SUMMARY;LANGUAGE=de-DE:Probetag Azubi-Bewerberin Jana Pfister (Sudhaus\\, Betreuung F. Schmitt)
DTSTART;VALUE=DATE:20251127
DTEND;VALUE=DATE:20251128
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T081122Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-apprentice-trial-day-all-day",
        hiring=True,
    ),
    dict(
        kind="personio-interviewer",
        uid="personio-interview-8823117-regnitztal@personio.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-8823117-regnitztal@personio.example.de
DTSTAMP:20251125T093000Z
DTSTART:20251202T140000Z
DTEND:20251202T144500Z
SUMMARY:Interview: Max Reuter – Auszubildender Brauer und Mälzer (m/w/d) 202
 6
ORGANIZER;CN=Birgit Hofmann:mailto:birgit.hofmann@brauerei-regnitztal.exampl
 e.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;CN=Birgit Hofmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bir
 git.hofmann@brauerei-regnitztal.example.de
LOCATION:BR Verwaltung Besprechung Hopfen (6)
DESCRIPTION:Sie wurden als Interviewer:in für folgendes Gespräch eingeplant
 :\\n\\nKandidat:in: Max Reuter\\nPosition: Auszubildender Brauer und Mälzer (
 m/w/d) 2026\\nPhase: Vorstellungsgespräch\\n\\nBewerbungsunterlagen und Inter
 viewleitfaden: https://regnitztal.personio.example.de/recruiting/application
 s/88231\\n\\nBitte füllen Sie nach dem Gespräch den Bewertungsbogen in Person
 io aus.\\n\\n--\\nVersendet über Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-personio-interviewer-invite",
        hiring=True,
    ),
    dict(
        kind="outlook-debrief",
        uid="040000008200E00074C5B7101A82E00800000000309A3B4C5D6EDC01000000000000000010000000CD34EF560178CD90EF12A134CD56EF78",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Betriebsrat Regnitztal":mailto:betriebsrat@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Auswertung der Vorstellungsgespräche und Probetage Ausbildung 2026 (Brauer und Mälzer: 7 Gespräche\\, 4 Probetage). Entscheidung über 2 Ausbildungsplätze + 1 Nachrücker.\\n\\nBitte Bewertungsbögen vorher vollständig in Personio.\\n
UID:040000008200E00074C5B7101A82E00800000000309A3B4C5D6EDC01000000000000000010000000CD34EF560178CD90EF12A134CD56EF78
SUMMARY;LANGUAGE=de-DE:Auswertung Azubi-Bewerbungen 2026 – Entscheidung
DTSTART;TZID=W. Europe Standard Time:20251215T133000
DTEND;TZID=W. Europe Standard Time:20251215T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T150301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Personalleitung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-apprentice-selection",
        hiring=True,
    ),
    dict(
        kind="calendly-host",
        uid="e91d3a5c-7b2f-4c08-a6e4-3d1f9b7c5a20@calendly.com",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e91d3a5c-7b2f-4c08-a6e4-3d1f9b7c5a20@calendly.com
DTSTAMP:20251120T183100Z
DTSTART:20251126T150000Z
DTEND:20251126T152000Z
SUMMARY:Tobias Hahn und Florian Schmitt
ORGANIZER;CN=Florian Schmitt:mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;CN=Tobias Hahn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobi.h
 ahn2008@gmx.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.
 schmitt@brauerei-regnitztal.example.de
LOCATION:Telefon: Florian ruft Tobias unter +49 151 4400 2917 an
DESCRIPTION:Event-Name: Kennenlerngespräch Ausbildung 2026 (20 Min)\\n\\nEinge
 ladene Person: Tobias Hahn\\nE-Mail: tobi.hahn2008@gmx.de\\n\\nAntworten auf F
 ragen:\\nWarum möchtest du Brauer und Mälzer werden?: Mein Opa hatte eine Hau
 sbrauerei und ich braue seit 2 Jahren mit ihm.\\nWelche Schule besuchst du?: 
 Realschule Hirschaid\\, 10. Klasse\\n\\nNeu planen oder stornieren: https://c
 alendly.com/cancellations/e91d3a5c\\n\\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-apprentice-call",
        hiring=True,
    ),
    dict(
        kind="method-reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000409A3B4C5D6EDC01000000000000000010000000DE45F0671289DE01F023B245DE67F089",
        ics="""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000409A3B4C5D6EDC01000000000000000010000000DE45F0671289DE01F023B245DE67F089
DTSTAMP:20251128T162209Z
DTSTART:20251204T130000Z
DTEND:20251204T134500Z
SEQUENCE:0
SUMMARY:Vorstellungsgespräch Ausbildung Brauer und Mälzer – Emily Straub
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;CN=Emily Straub;PARTSTAT=ACCEPTED:mailto:emily.straub08@web.de
REQUEST-STATUS:2.0;Success
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
    ),
    dict(
        kind="agency-presents-candidate",
        uid="040000008200E00074C5B7101A82E00800000000509A3B4C5D6EDC01000000000000000010000000EF56017823A0EF12A134C356EF78019A",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Leikam, Andreas":mailto:a.leikam@brautalent.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Schmitt\\,\\n\\nwie mit Frau Hofmann vereinbart stelle ich Ihnen telefonisch einen Kandidaten für Ihre offene Stelle Schichtbrauer (m/w/d) vor: Herr Markus Eder\\, 29\\, Brauer und Mälzer\\, derzeit in einer Brauerei im Landkreis Forchheim\\, Erfahrung mit 4-Geräte-Sudhaus und ZKG. Das anonymisierte Profil finden Sie im Anhang.\\n\\nWenn Sie Interesse haben\\, vereinbare ich gern ein Kennenlernen in Ihrem Haus.\\n\\nBeste Grüße\\nAndreas Leikam\\nBrauTalent Personalberatung GmbH\\n
UID:040000008200E00074C5B7101A82E00800000000509A3B4C5D6EDC01000000000000000010000000EF56017823A0EF12A134C356EF78019A
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Schichtbrauer (m/w/d) – Profil M. Eder (BrauTalent)
DTSTART;TZID=W. Europe Standard Time:20260112T100000
DTEND;TZID=W. Europe Standard Time:20260112T102000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260107T090909Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate-same-agency",
        hiring=True,
    ),
    dict(
        kind="outlook-trial-shift-candidate",
        uid="040000008200E00074C5B7101A82E00800000000609A3B4C5D6EDC01000000000000000010000000F067128934B1F023B245D467F0891AAB",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Probeschicht Bewerber Christian Kestler (Schichtbrauer m/w/d). Florian übernimmt Einweisung und Betreuung im Sudhaus während der Frühschicht\\, Stefan kommt gegen 10 Uhr dazu.\\n\\nBitte danach kurze Einschätzung (Fachwissen\\, Arbeitssicherheit\\, Teamfit) per Mail an mich.\\n
UID:040000008200E00074C5B7101A82E00800000000609A3B4C5D6EDC01000000000000000010000000F067128934B1F023B245D467F0891AAB
SUMMARY;LANGUAGE=de-DE:Probeschicht Hr. Kestler – Sudhaus\\, Einweisung durch F. Schmitt
DTSTART;TZID=W. Europe Standard Time:20260114T060000
DTEND;TZID=W. Europe Standard Time:20260114T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T110022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Sudhaus
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-trial-shift-supervisor",
        hiring=True,
    ),
    dict(
        kind="outlook-job-fair-employer",
        uid="040000008200E00074C5B7101A82E00800000000709A3B4C5D6EDC0100000000000000001000000001782A9A45C2013C4D56E578019A2BBC",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Azubi Team":mailto:azubis@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Azubi-Speed-Dating der IHK: Schülerinnen und Schüler führen 10-Minuten-Gespräche mit Ausbildungsbetrieben. Florian + 2 Azubis am Stand\\, Gesprächsbögen und Flyer liegen in der Kiste im Personalbüro. Vielversprechende Bewerber bitte gleich zum Probetag einladen.\\n
UID:040000008200E00074C5B7101A82E00800000000709A3B4C5D6EDC0100000000000000001000000001782A9A45C2013C4D56E578019A2BBC
SUMMARY;LANGUAGE=de-DE:IHK Azubi-Speed-Dating – Stand Brauerei Regnitztal
DTSTART;TZID=W. Europe Standard Time:20260211T140000
DTEND;TZID=W. Europe Standard Time:20260211T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260120T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:IHK-Bildungszentrum Bamberg\\, Halle 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-apprentice-speed-dating-stand",
        hiring=True,
    ),
    dict(
        kind="ios-prep-interviewer",
        uid="D8F1C3A5-2E7B-4906-B4D2-6A9C0E1F7B38",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:D8F1C3A5-2E7B-4906-B4D2-6A9C0E1F7B38
DTSTAMP:20260105T205500Z
DTSTART;TZID=Europe/Berlin:20260109T123000
DTEND;TZID=Europe/Berlin:20260109T133000
SUMMARY:Interviewfragen vorbereiten – Gespräche Schichtbrauer (ich führe!)
DESCRIPTION:Leitfaden von Birgit durchgehen\\, Fachfragen Läutern/Gärung/CIP 
 ergänzen\\, Bewertungsschema 1-5. Kandidaten: Kestler\\, Wolf\\, Eder
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-interview-guide-prep",
        hiring=True,
    ),
    dict(
        kind="outlook-exam-board",
        uid="040000008200E00074C5B7101A82E00800000000809A3B4C5D6EDC01000000000000000010000000128934B156D3124D5E67F689A1AB3CCD",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="IHK Oberfranken – Prüfungswesen":mailto:pruefungen@ihk-oberfranken.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dümlein, Karl":mailto:karl.duemlein@example-brauerei-duemlein.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Scherer, Monika (Berufsschule)":mailto:m.scherer@bs-kulmbach.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Mitglieder des Prüfungsausschusses Brauer/-in und Mälzer/-in\\,\\n\\nhiermit laden wir Sie zur Abschlussprüfung Teil 2 (Winterprüfung) ein. Ablauf: Arbeitsaufgabe im Lehrsudhaus\\, anschließend situatives Fachgespräch (je Prüfling 20 Min.). 6 Prüflinge.\\n\\nBitte Bewertungsbögen und Niederschriften vollständig ausfüllen und unterschreiben.\\n\\nIHK Oberfranken\\, Abteilung Prüfungswesen\\n
UID:040000008200E00074C5B7101A82E00800000000809A3B4C5D6EDC01000000000000000010000000128934B156D3124D5E67F689A1AB3CCD
SUMMARY;LANGUAGE=de-DE:Abschlussprüfung Brauer und Mälzer Teil 2 – Prüfungsausschuss (Fachgespräche)
DTSTART;TZID=W. Europe Standard Time:20260128T073000
DTEND;TZID=W. Europe Standard Time:20260128T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T080808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Staatliche Berufsschule Kulmbach-Land\\, Lehrsudhaus
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-exam-board-oral-fachgespraech",
        hiring=True,
    ),
    dict(
        kind="google-exam-all-day",
        uid="4j6k8l0z2x4c6v8b0n2m4q6w8e@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Florian privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260304
DTEND;VALUE=DATE:20260305
DTSTAMP:20260210T180000Z
UID:4j6k8l0z2x4c6v8b0n2m4q6w8e@google.com
CREATED:20260210T175930Z
DESCRIPTION:Prüfer Zwischenprüfung Brauer/Mälzer (praktischer Teil)\\, 8 Azu
 bis aus Oberfranken bewerten. Freistellung durch Brauerei ok. Prüferentschä
 digung Formular!
LAST-MODIFIED:20260210T180000Z
LOCATION:Berufsschule Kulmbach
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ZP Brauer - ich Prüfer
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-intermediate-exam-examiner-terse",
        hiring=True,
    ),
    dict(
        kind="outlook-phone-screen-host",
        uid="040000008200E00074C5B7101A82E00800000000909A3B4C5D6EDC0100000000000000001000000023A045C267E4235E6F78079AB2BC4DDE",
        ics=f"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Bewerberin Sabine Wolf\\, Schichtbrauerin (m/w/d)\\, aktuell Brauerei in Thüringen. Ich rufe an: 0160 93318 27. Fragen: Schichtbereitschaft\\, Staplerschein\\, Erfahrung Filtration (KG/Membran)\\, Kündigungsfrist.\\n
UID:040000008200E00074C5B7101A82E00800000000909A3B4C5D6EDC0100000000000000001000000023A045C267E4235E6F78079AB2BC4DDE
SUMMARY;LANGUAGE=de-DE:Telefoninterview Bewerberin S. Wolf (Schichtbrauerin)
DTSTART;TZID=W. Europe Standard Time:20260113T143000
DTEND;TZID=W. Europe Standard Time:20260113T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-phone-interview-he-calls",
        hiring=True,
    ),
    dict(
        kind="teams-panel-member",
        uid="040000008200E00074C5B7101A82E00800000000A09A3B4C5D6EDC0100000000000000001000000034B156D378F5346F7089181BC3CD5EEF",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=deniz.oeztuerk@gmail.com:mailto:deniz.oeztuerk@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch mit Herrn Deniz Öztürk (Bewerber Schichtleitung Abfüllung). Stefan und Florian stellen die technischen Fragen (Linienwirkungsgrad\\, Störungsmanagement\\, Schichtübergabe)\\, ich übernehme Vertragliches.\\n\\n________________________________________________________________________________\\nMicrosoft Teams Besprechung\\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTZhY2E4MzEtM2I0Ni00@thread.v2/0>\\nBesprechungs-ID: 327 664 018 552\\nPasscode: bR7y4K\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000A09A3B4C5D6EDC0100000000000000001000000034B156D378F5346F7089181BC3CD5EEF
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Kandidat Schichtleitung Abfüllung – Hr. Öztürk
DTSTART;TZID=W. Europe Standard Time:20260120T100000
DTEND;TZID=W. Europe Standard Time:20260120T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T123456Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-panel-member-attendee-candidate-gmail",
        hiring=True,
    ),
    dict(
        kind="outlook-cv-screening",
        uid="040000008200E00074C5B7101A82E00800000000B09A3B4C5D6EDC0100000000000000001000000045C267E48906457081920A2CD4DE6FF0",
        ics=f"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:12 Bewerbungen Pflichtpraktikum Brauwesen (Sommersemester) in Personio sichten\\, je Kandidat Kurzvotum Ja/Nein/Vielleicht an Birgit.\\n
UID:040000008200E00074C5B7101A82E00800000000B09A3B4C5D6EDC0100000000000000001000000045C267E48906457081920A2CD4DE6FF0
SUMMARY;LANGUAGE=de-DE:Bewerbungen Praktikum Brauwesen sichten
DTSTART;TZID=W. Europe Standard Time:20260203T130000
DTEND;TZID=W. Europe Standard Time:20260203T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-cv-screening-block",
        hiring=True,
    ),
    dict(
        kind="teams-english-intern",
        uid="040000008200E00074C5B7101A82E00800000000C09A3B4C5D6EDC0100000000000000001000000056D378F59A17568192A31B3DE5EF7001",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carlos Méndez Ruiz:mailto:carlos.mendez@alumnos.example.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=en-US:Hello Carlos\\,\\n\\nthank you for your application for the brewing internship (Erasmus+\\, April–July 2026). I would like to get to know you in a short interview via Teams – we can speak English (my Spanish is limited to "una cerveza\\, por favor").\\n\\nBest regards\\nFlorian Schmitt\\nShift brewer / trainer\\, Brauerei Regnitztal\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZjMxNTItYWM4OS00@thread.v2/0>\\nMeeting ID: 344 510 227 963\\nPasscode: Ua3mZ6\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000C09A3B4C5D6EDC0100000000000000001000000056D378F59A17568192A31B3DE5EF7001
SUMMARY;LANGUAGE=en-US:Interview internship applicant – Carlos Méndez (Brewing)
DTSTART;TZID=W. Europe Standard Time:20260205T160000
DTEND;TZID=W. Europe Standard Time:20260205T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T201000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-english-intern-interview-organizer",
        hiring=True,
    ),
    dict(
        kind="ms-bookings-staff",
        uid="f6a0c4e8-2d1b-4a97-8e53-b7c9d0e1f2a3@brauerei-regnitztal.example.de",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Brauerei Regnitztal Ausbildung":mailto:RegnitztalAusbildung@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Lea Fuchs:mailto:lea.fuchs.2009@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\\n\\nDienst: Bewerbertag Ausbildung – Kennenlernen im Sudhaus (60 Min)\\nMitarbeiter: Florian Schmitt\\nKunde: Lea Fuchs\\nTelefon: +49 175 2093 118\\nNotizen des Kunden: Ich interessiere mich für die Ausbildung als Brauerin und Mälzerin\\, mache gerade FOS Technik.\\n\\nTermin verwalten: https://outlook.office365.com/owa/calendar/RegnitztalAusbildung@brauerei-regnitztal.example.de/bookings/\\n
UID:f6a0c4e8-2d1b-4a97-8e53-b7c9d0e1f2a3@brauerei-regnitztal.example.de
SUMMARY;LANGUAGE=de-DE:Bewerbertag Ausbildung – Kennenlernen im Sudhaus für Lea Fuchs
DTSTART;TZID=W. Europe Standard Time:20260218T140000
DTEND;TZID=W. Europe Standard Time:20260218T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Brauerei Regnitztal\\, Pforte
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-staff-member",
        hiring=True,
    ),
    dict(
        kind="ios-scorecard-reminder",
        uid="7E2B9C14-F0A3-4D68-9B51-E3C7A2D08F46",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7E2B9C14-F0A3-4D68-9B51-E3C7A2D08F46
DTSTAMP:20260114T151500Z
DTSTART:20260116T110000
DTEND:20260116T113000
SUMMARY:Bewertungsbögen Kestler + Wolf in Personio ausfüllen!!
DESCRIPTION:Birgit will bis Fr Mittag. Kestler Probeschicht: fachl. gut\\, 
 PSA-Schlamperei. Wolf Tel.: sehr gut
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-reminder-floating",
        hiring=True,
    ),
    dict(
        kind="outlook-sensory-screening",
        uid="040000008200E00074C5B7101A82E00800000000D09A3B4C5D6EDC0100000000000000001000000067E48906AB2867920AB32C4EF6F08112",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Labor Regnitztal":mailto:labor@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bewerber Verkostungspanel (Verteiler)":mailto:panel-bewerber@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Sensorische Eignungsprüfung für die Bewerberinnen und Bewerber um einen Platz im internen Verkostungspanel (5 Kolleg:innen aus Abfüllung/Logistik).\\n\\nAblauf: Schwellenwerttest Bitterkeit\\, Dreieckstests\\, Erkennen von Diacetyl/DMS/Acetaldehyd (Spiking-Kit)\\, Auswertung durch mich nach DIN EN ISO 8586. Wer besteht\\, wird ins Panel aufgenommen.\\n
UID:040000008200E00074C5B7101A82E00800000000D09A3B4C5D6EDC0100000000000000001000000067E48906AB2867920AB32C4EF6F08112
SUMMARY;LANGUAGE=de-DE:Sensorische Eignungsprüfung Bewerber Verkostungspanel
DTSTART;TZID=W. Europe Standard Time:20260224T130000
DTEND;TZID=W. Europe Standard Time:20260224T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Sensorikraum Labor
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-sensory-panel-screening",
        hiring=True,
    ),
    dict(
        kind="ios-offer-call",
        uid="A3C5E7F9-1B2D-4F60-8A9C-0E2D4B6F8A13",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:A3C5E7F9-1B2D-4F60-8A9C-0E2D4B6F8A13
DTSTAMP:20251215T151000Z
DTSTART;TZID=Europe/Berlin:20251216T163000
DTEND;TZID=Europe/Berlin:20251216T164500
SUMMARY:Zusage Azubi anrufen: Lukas Dörfler + Emily Straub
DESCRIPTION:Birgit schickt Verträge danach. Absagen an die anderen macht sie 
 per Mail. Max Reuter = Nachrücker
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-offer-call-to-apprentices",
        hiring=True,
    ),
]
