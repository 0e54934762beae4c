# ruff: noqa: E501, W291, W293, RUF100
"""holdout275 events, part a: the user's own interviews (inspection bodies, transport companies, schools, Häfele)."""

from holdout275ev_zones import BERLIN_APPLE, UTC_PLUS_ONE_DE, W_EUROPE

EVENTS = [
    dict(
        kind="successfactors-eignungstest",
        uid="SFRCM-IS-7734120-2281@successfactors.pruefwerk-sued.example.de",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFRCM-IS-7734120-2281@successfactors.pruefwerk-sued.example.de
SEQUENCE:0
DTSTAMP:20260130T091512Z
DTSTART:20260210T150000Z
DTEND:20260210T163000Z
SUMMARY:Einladung: Online-Eignungstest und Kurzinterview – Trainee Fahrerla
 ubnisprüfer (m/w/d)\, Req. 4417
ORGANIZER;CN=Prüfwerk Süd Recruiting:mailto:noreply-recruiting@pruefwerk-su
 ed.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Heike Brändle:mailto
 :heike.braendle@pruefwerk-sued.example.de
LOCATION:Online (Microsoft Teams)\, Link siehe Beschreibung
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nvielen Dank für Ihre Bewerbung a
 ls Trainee Fahrerlaubnisprüfer (m/w/d) bei der Prüfwerk Süd GmbH. Gerne la
 den wir Sie zur nächsten Stufe unseres Auswahlverfahrens ein.\n\nAblauf:\n
 1. Online-Eignungstest (ca. 60 Min.): Verkehrsrecht (StVO\, FeV\, PrüfRiLi
 )\, Fahrzeugtechnik\, Konzentration und Belastbarkeit\n2. Anschließend st
 rukturiertes Kurzinterview mit Frau Dr. Heike Brändle (Eignungsdiagnostik\
 , ca. 20 Min.)\n\nBitte halten Sie Ihren Personalausweis bereit und sorgen
  Sie für eine ruhige Umgebung. Kamera und Mikrofon müssen eingeschaltet se
 in.\n\nMicrosoft Teams-Besprechung beitreten:\nhttps://teams.microsoft.com
 /l/meetup-join/19%3ameeting_pws4417eignung%40thread.v2/0\nBesprechungs-ID:
  381 552 907 114\nPasscode: Qe9Lw3\n\nMit freundlichen Grüßen\nIhr Recruit
 ing-Team der Prüfwerk Süd GmbH\n\nDiese Nachricht wurde automatisch erstel
 lt. Bitte antworten Sie nicht auf diese E-Mail.
STATUS:CONFIRMED
TRANSP:OPAQUE
CLASS:PUBLIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Prüfwerk Süd",
        role="Trainee Fahrerlaubnisprüfer (m/w/d)",
        stage="technical",
        interviewers="heike.braendle@pruefwerk-sued.example.de",
        trap="ats-online-aptitude-test-with-short-interview",
        hiring=False,
    ),
    dict(
        kind="outlook-auswahltag",
        uid="040000008200E00074C5B7101A82E00800000000D3722704388B98C3E07A7245BF406BA1200F89F461669288915DDC2DA8638C122ECACADA",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Rapp, Sabine";SENT-BY="mailto:assistenz.personal@pruefwerk-
 sued.example.de":mailto:sabine.rapp@pruefwerk-sued.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markus.ebe
 rle76@web.de:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Häberle, Thom
 as":mailto:thomas.haeberle@pruefwerk-sued.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Assisten
 z Personal":mailto:assistenz.personal@pruefwerk-sued.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="
 PWS-FEU Schulungsraum 1 (24)":mailto:raum.feu-schulung1@pruefwerk-sued.ex
 ample.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Eberle\,\n\nherzlichen Glückw
 unsch zum erfolgreichen Eignungstest! Wir laden Sie hiermit zu unserem Aus
 wahltag für das Traineeprogramm Fahrerlaubnisprüfer (m/w/d) ein.\n\n08:30 
  Begrüßung und Vorstellung Prüfwerk Süd\n09:00  Gruppenaufgabe und Kurzpr
 äsentation\n10:30  Fallbearbeitung „Prüfungsfahrt bewerten“ (Video)\n12:
 00  Mittagessen\n13:00  Einzelinterview mit Herrn Thomas Häberle (Leitung 
 Fahrerlaubnisprüfung Region Stuttgart) und Frau Sabine Rapp (Personal)\n14
 :30  Feedbackgespräch\n\nBitte bringen Sie Ihren Führerschein\, Ihre Fahrl
 ehrerlaubnis und einen Stift mit. Parkplätze stehen an der Prüfstelle zur 
 Verfügung.\n\nMit freundlichen Grüßen\nSabine Rapp\nPersonalreferentin\nP
 rüfwerk Süd GmbH\nBorsigstraße 41\, 70469 Stuttgart\nTel. +49 711 5550 43
 12\n
UID:040000008200E00074C5B7101A82E00800000000D3722704388B98C3E07A7245BF406BA1200F89F461669288915DDC2DA8638C122ECACADA
SUMMARY;LANGUAGE=de-DE:Auswahltag Traineeprogramm Fahrerlaubnisprüfer – Her
 r Eberle
DTSTART;TZID=W. Europe Standard Time:20260306T083000
DTEND;TZID=W. Europe Standard Time:20260306T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T142208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:PWS-FEU Schulungsraum 1 (24)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119874410
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"PWS-FEU Schulungsraum 1 (24)","Loca
 tionAnnotation":"","LocationUri":"raum.feu-schulung1@pruefwerk-sued.example
 .de","LocationSource":"None","Address":{{}}}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Prüfwerk Süd",
        role="Traineeprogramm Fahrerlaubnisprüfer (m/w/d)",
        stage="onsite",
        interviewers="thomas.haeberle@pruefwerk-sued.example.de;sabine.rapp@pruefwerk-sued.example.de",
        trap="assessment-centre-auswahltag-sent-by-room",
        hiring=False,
    ),
    dict(
        kind="outlook-rescheduled-final",
        uid="040000008200E00074C5B7101A82E00800000000641FC1CCB041F7574A16BEEAFD92F7859E03B750C5F002C300F833A5EE1A7D748B0C4C6C",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{UTC_PLUS_ONE_DE}
BEGIN:VEVENT
ATTENDEE;CN="Eberle, Markus";RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Dürr, Ulrich Dr.-Ing.";RSVP=TRUE:mailto:ulrich.duerr@pruefwerk
 -sued.example.de
ATTENDEE;CN="Häberle, Thomas";RSVP=TRUE:mailto:thomas.haeberle@pruefwerk-su
 ed.example.de
CLASS:PUBLIC
CREATED:20260311T100412Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nwie telefonisch besprochen müss
 en wir das Abschlussgespräch leider verschieben – Herr Dr. Dürr ist am urs
 prünglichen Termin (24.03.) auf der Jahrestagung. Neuer Termin: Donnerstag
 \, 02.04.\, 14:00 Uhr\, Geschäftsführung\, 4. OG.\n\nIn dem Gespräch möcht
 en wir mit Ihnen über Ihren Einstieg\, den Ausbildungsplan zum aaSoP und d
 ie Vertragsdetails sprechen.\n\nViele Grüße\nSabine Rapp\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":202
 60402T150000
DTSTAMP:20260316T081955Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2
 0260402T140000
LAST-MODIFIED:20260316T081955Z
LOCATION:Prüfwerk Süd Hauptverwaltung\, Borsigstraße 41\, 4. OG (Geschäfts
 führung)
ORGANIZER;CN="Rapp, Sabine":mailto:sabine.rapp@pruefwerk-sued.example.de
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=de:Abschlussgespräch Trainee Fahrerlaubnisprüfer – Herr Eb
 erle (NEUER TERMIN)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000641FC1CCB041F7574A16BEEAFD92F7859E03B750C5F002C300F833A5EE1A7D748B0C4C6C
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Prüfwerk Süd",
        role="Trainee Fahrerlaubnisprüfer",
        stage="final",
        interviewers="ulrich.duerr@pruefwerk-sued.example.de;thomas.haeberle@pruefwerk-sued.example.de",
        trap="rescheduled-sequence-two-utc-display-name-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-telefoninterview",
        uid="040000008200E00074C5B7101A82E008000000002CA1C8320DCDD347E7A2102849414170895528CCD870D66178A9FF1778CAED0DCD2ACEB0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kuhn, Petra":mailto:petra.kuhn@kued-baden.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Eberle\,\n\nwie per Mail vereinba
 rt rufe ich Sie am Mittwoch um 17:30 Uhr unter 0176 5550 2871 an. Wir spre
 chen ca. 30 Minuten über Ihre Bewerbung als Prüfer/in für den Kraftfahrzeu
 gverkehr (Fahrerlaubnisprüfung)\, Ihren Werdegang als Fahrlehrer und die V
 oraussetzungen für die Ausbildung (u. a. Fahrerlaubnisklassen\, Führungsze
 ugnis).\n\nFreundliche Grüße\nPetra Kuhn\nPersonalmanagement\nKraftfahrt-
 Überwachungsdienst Baden e.V.\n
UID:040000008200E00074C5B7101A82E008000000002CA1C8320DCDD347E7A2102849414170895528CCD870D66178A9FF1778CAED0DCD2ACEB0
SUMMARY;LANGUAGE=de-DE:Telefoninterview KÜD – Eberle\, Markus
DTSTART;TZID=W. Europe Standard Time:20260121T173000
DTEND;TZID=W. Europe Standard Time:20260121T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T104433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon (KÜD ruft an)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kraftfahrt-Überwachungsdienst Baden",
        role="Prüfer/in für den Kraftfahrzeugverkehr (Fahrerlaubnisprüfung)",
        stage="recruiter_screen",
        interviewers="petra.kuhn@kued-baden.example.de",
        trap="windows-zone-without-vtimezone-phone-screen",
        hiring=False,
    ),
    dict(
        kind="google-invite-prueffahrt",
        uid="5q1k8v3m0d7t2r6b9n4c8h1j0s@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260219T080000Z
DTEND:20260219T110000Z
DTSTAMP:20260205T131502Z
ORGANIZER;CN=Bernd Hägele:mailto:b.haegele@kued-baden.example.de
UID:5q1k8v3m0d7t2r6b9n4c8h1j0s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bernd Hägele;X-NUM-GUESTS=0:mailto:b.haegele@kued-baden.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Klaus Seitz;X-NUM-GUESTS=0:mailto:k.seitz@kued-baden.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
X-MICROSOFT-CDO-OWNERAPPTID:-1288471032
CREATED:20260205T131459Z
DESCRIPTION:Hallo Herr Eberle\,<br><br>wie besprochen die Einladung zur zw
 eiten Stufe: <b>Fachgespräch und Prüffahrt</b>.<br><br>Teil 1 (ca. 60 Min
 .): Fachgespräch mit Herrn Seitz und mir – Fahrerlaubnisrecht\, Prüfungsr
 ichtlinie\, Fahraufgaben Klasse B und CE.<br>Teil 2 (ca. 90 Min.): Sie fah
 ren eine Prüfungsstrecke im Raum Vaihingen/Enz und bewerten anschließend e
 ine simulierte Prüfungsfahrt.<br><br>Bitte Führerschein mitbringen.<br><br
 >Grüße<br>Bernd Hägele<br>Leiter Prüfstelle Vaihingen/Enz<br>KÜD – Kraftf
 ahrt-Überwachungsdienst Baden e.V.\n\nEinladung von Google Kalender: https
 ://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail\, weil Sie e
 in Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen mehr für die
 sen Termin erhalten möchten\, sagen Sie ihn ab.\n\nWenn Sie diese Einladung
  weiterleiten\, können alle Empfänger dem Organisator antworten\, der Gäst
 eliste hinzugefügt werden\, andere Personen einladen oder Ihre Antwort änd
 ern. Weitere Informationen: https://support.google.com/calendar/answer/371
 35#forwarding
LAST-MODIFIED:20260205T131501Z
LOCATION:KÜD Prüfstelle Vaihingen/Enz\, Industriestraße 8\, 71665 Vaihinge
 n an der Enz\, Deutschland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:KÜD: Fachgespräch + Prüffahrt (2. Auswahlstufe) – M. Eberle
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kraftfahrt-Überwachungsdienst Baden",
        role="",
        stage="technical",
        interviewers="b.haegele@kued-baden.example.de;k.seitz@kued-baden.example.de",
        trap="google-html-description-practical-drive-test",
        hiring=False,
    ),
    dict(
        kind="softgarden-telefoninterview",
        uid="sg-interview-2026-0126-719304@softgarden.vnf.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sg-interview-2026-0126-719304@softgarden.vnf.example.de
DTSTAMP:20260119T074501Z
DTSTART;TZID=Europe/Berlin:20260126T160000
DTEND;TZID=Europe/Berlin:20260126T163000
SUMMARY:Telefoninterview: Fahrlehrer/in Klasse D – Ausbilder/in Busfahrsch
 ule (m/w/d) | Verkehrsbetriebe Neckar-Fils AG
DESCRIPTION:Hallo Markus Eberle\,\n\nvielen Dank für Ihr Interesse an der 
 Stelle "Fahrlehrer/in Klasse D – Ausbilder/in Busfahrschule (m/w/d)".\n\nF
 rau Melanie Bühler (Personalreferentin) wird Sie zum vereinbarten Termin u
 nter der von Ihnen angegebenen Telefonnummer anrufen. Das Gespräch dauert 
 ca. 30 Minuten.\n\nSie möchten den Termin verschieben? Nutzen Sie bitte de
 n Link in Ihrer Bestätigungsmail oder Ihr Kandidatenprofil: https://vnf.ex
 ample.de/karriere/kandidatenprofil\n\nViele Grüße\nIhre Verkehrsbetriebe N
 eckar-Fils AG\n\n--\nPowered by softgarden
LOCATION:Telefon
ORGANIZER;CN=VNF Personalgewinnung:mailto:noreply@softgarden.vnf.example.d
 e
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrsbetriebe Neckar-Fils",
        role="Fahrlehrer/in Klasse D – Ausbilder/in Busfahrschule (m/w/d)",
        stage="recruiter_screen",
        interviewers="Melanie Bühler",
        trap="german-ats-tzid-without-vtimezone-name-only-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-probefahrt-bus",
        uid="040000008200E00074C5B7101A82E00800000000BAD327020C9F78B1EA1B727EE0ACB86CA95002C835054A26A7826D9ED1D81628AB7662AB",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Bühler, Melanie":mailto:melanie.buehler@vnf.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wurster, Joch
 en":mailto:jochen.wurster@vnf.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eisele, Gabri
 ele (Betriebsrat)":mailto:gabriele.eisele@vnf.example.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N="Fahrschulbus S-VN 4411":mailto:fahrschulbus.4411@vnf.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="B
 H Plochingen Schulungsraum":mailto:bh-plochingen.schulung@vnf.example.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Eberle\,\n\nwir freuen uns\, Sie 
 zu einem persönlichen Vorstellungsgespräch auf unserem Betriebshof Plochin
 gen einzuladen.\n\n13:00 Gespräch mit Herrn Jochen Wurster (Leitung Busfah
 rschule)\, Frau Gabriele Eisele (Betriebsrat) und mir\n14:15 Probefahrt mi
 t dem Fahrschulbus (MAN Lion's City\, Klasse D) – Sie übernehmen für 20 Mi
 nuten die Rolle des Fahrlehrers mit Herrn Wurster als „Fahrschüler“\n15:30
  Rundgang Betriebshof\n\nBitte bringen Sie Ihren Führerschein\, Ihre Fahrl
 ehrerlaubnis (Klassen BE/CE) und ggf. Ihre Fahrerkarte mit.\n\nMit freundl
 ichen Grüßen\nMelanie Bühler\nPersonalreferentin\nVerkehrsbetriebe Neckar-
 Fils AG\n
UID:040000008200E00074C5B7101A82E00800000000BAD327020C9F78B1EA1B727EE0ACB86CA95002C835054A26A7826D9ED1D81628AB7662AB
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch + Probefahrt Bus – Ausbilder/in
  Busfahrschule (Eberle)
DTSTART;TZID=W. Europe Standard Time:20260217T130000
DTEND;TZID=W. Europe Standard Time:20260217T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T111937Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BH Plochingen Schulungsraum; Fahrschulbus S-VN 441
 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrsbetriebe Neckar-Fils",
        role="Ausbilder/in Busfahrschule",
        stage="onsite",
        interviewers="melanie.buehler@vnf.example.de;jochen.wurster@vnf.example.de;gabriele.eisele@vnf.example.de",
        trap="panel-with-works-council-and-trial-drive-resource-attendee",
        hiring=False,
    ),
    dict(
        kind="teams-invite-zweitgespraech",
        uid="040000008200E00074C5B7101A82E00800000000363716E81A0009D20BCCBA57852C4E3912D3DC36C74A5F31A8AB9A290F821398D79D41AB",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Bühler, Melanie":mailto:melanie.buehler@vnf.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gommel, F
 rank Dr.":mailto:frank.gommel@vnf.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wurster, 
 Jochen":mailto:jochen.wurster@vnf.example.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Eberle\,\n\nvielen Dank für den 
 positiven Eindruck in Plochingen. Wie angekündigt folgt das abschließende 
 Gespräch mit unserem Bereichsleiter Fahrbetrieb\, Herrn Dr. Frank Gommel\,
  und Herrn Wurster. Ich selbst nehme nicht teil – bei Fragen erreichen Sie
  mich unter 0711 5550 6620.\n\n___________________________________________
 _____________________________________\nMicrosoft Teams Hilfe benötigt?<htt
 ps://aka.ms/JoinTeamsMeeting?omkt=de-DE>\nJetzt an der Besprechung teilneh
 men<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg3NmQ1ZjctNzE
 xMi00ZmU1LWJjNzItNWE2NTk0MTc4ZTli%40thread.v2/0?context=%7b%22Tid%22%3a%2
 2vnf%22%7d>\nBesprechungs-ID: 342 118 590 772\nPasscode: w7RkD9\n________
 ________________________\nFür Organisatoren: Besprechungsoptionen<https://
 teams.microsoft.com/meetingOptions/>\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000363716E81A0009D20BCCBA57852C4E3912D3DC36C74A5F31A8AB9A290F821398D79D41AB
SUMMARY;LANGUAGE=de-DE:Abschließendes Gespräch Ausbilder/in Busfahrschule –
  Eberle
DTSTART;TZID=W. Europe Standard Time:20260311T100000
DTEND;TZID=W. Europe Standard Time:20260311T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T160214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:melanie.buehler@vnf.example.de\;
 gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_YTg3NmQ1ZjctNzExMi00Zm
 U1LWJjNzItNWE2NTk0MTc4ZTli-thread.v2!vnf
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung","Locat
 ionAnnotation":"","LocationSource":"None","Address":{{}}}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrsbetriebe Neckar-Fils",
        role="Ausbilder/in Busfahrschule",
        stage="final",
        interviewers="frank.gommel@vnf.example.de;jochen.wurster@vnf.example.de",
        trap="teams-final-organizer-not-attending",
        hiring=False,
    ),
    dict(
        kind="dvinci-invite",
        uid="dvinci-7f3a9c21-interview-55812@filderbahn.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:dvinci-7f3a9c21-interview-55812@filderbahn.example.de
DTSTAMP:20260305T120301Z
DTSTART:20260319T093000Z
DTEND:20260319T103000Z
SUMMARY:Vorstellungsgespräch | Fahrlehrer/in – Ausbilder/in Fahrdienst (Bu
 s & Stadtbahn) | Kennziffer FB-2026-014
LOCATION:Filderbahn AG\, Verwaltungsgebäude\, Raum E.08\, Echterdinger Str
 aße 90\, 70599 Stuttgart
ORGANIZER;CN="Filderbahn AG – Personal":mailto:bewerbung@filderbahn.exampl
 e.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
ATTENDEE;CN=Armin Schwarz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ar
 min.schwarz@filderbahn.example.de
ATTENDEE;CN=Nadine Vollmer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:n
 adine.vollmer@filderbahn.example.de
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nhiermit bestätigen wir Ihren Te
 rmin für ein Vorstellungsgespräch. Ihre Gesprächspartner: Herr Armin Schwa
 rz (Leitung Fahrschule und Fahrdienstausbildung) und Frau Nadine Vollmer (
 Personalservice).\n\nBitte melden Sie sich 10 Minuten vorher am Empfang. D
 ie Haltestelle "Filderbahnhof" liegt direkt vor dem Gebäude.\n\nMit freund
 lichen Grüßen\nIhr Team Personalservice\nFilderbahn AG
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Filderbahn",
        role="Fahrlehrer/in – Ausbilder/in Fahrdienst (Bus & Stadtbahn)",
        stage="hiring_manager",
        interviewers="armin.schwarz@filderbahn.example.de;nadine.vollmer@filderbahn.example.de",
        trap="public-transport-ats-pipe-separated-summary",
        hiring=False,
    ),
    dict(
        kind="google-owner-freemail",
        uid="0rk2lq7vb3h9m1x6c4p8d2n5ts@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260117T090000Z
DTEND:20260117T100000Z
DTSTAMP:20260112T201144Z
ORGANIZER;CN=Jürgen Haag:mailto:j.haag.fahrschule@gmail.com
UID:0rk2lq7vb3h9m1x6c4p8d2n5ts@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jürgen Haag;X-NUM-GUESTS=0:mailto:j.haag.fahrschule@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260112T201140Z
DESCRIPTION:Hallo Markus\, wie am Telefon besprochen: Kaffee und Kennenlern
 en wg. der Fahrschulleiter-Stelle. Ich zeig dir auch gleich die Räume und 
 den Fuhrpark. Gruß Jürgen\n\nInvitation from Google Calendar: https://cal
 endar.google.com/calendar/\n\nYou are receiving this email because you are
  an attendee on the event. To stop receiving future updates for this event
 \, decline this event.\n\nForwarding this invitation could allow any recip
 ient to send a response to the organizer\, be added to the guest list\, in
 vite others regardless of their own invitation status\, or modify your RSV
 P. Learn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20260112T201143Z
LOCATION:Fahrschule Remstal\, Bahnhofstraße 12\, 71384 Weinstadt\, Germany
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Fahrschule Remstal / Markus Eberle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fahrschule Remstal",
        role="Fahrschulleiter",
        stage="hiring_manager",
        interviewers="j.haag.fahrschule@gmail.com",
        trap="owner-freemail-kennenlernen-informal-wording",
        hiring=False,
    ),
    dict(
        kind="apple-probearbeiten",
        uid="47F86958-6B9E-45B2-9BBE-175D33D13395",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260118T093012Z
DTEND:20260131T140000
DTSTAMP:20260118T093045Z
DTSTART:20260131T090000
LAST-MODIFIED:20260118T093045Z
LOCATION:Fahrschule Remstal Weinstadt
SEQUENCE:0
SUMMARY:Probearbeiten FS Remstal (Haag) - 2 Fahrstd + Theorie 3 halten
DESCRIPTION:Unterlagen Thema 3 (Verkehrsverhalten bei Fahrmanövern) auf US
 B mitnehmen\, Haag will sehen wie ich mit den Schülern kann. Danach Gespr
 äch über Gehalt/Firmenwagen?
TRANSP:OPAQUE
UID:47F86958-6B9E-45B2-9BBE-175D33D13395
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H
UID:A0B7F1D2-5C3E-4F11-9E2A-6B8C4D1E2F30
X-WR-ALARMUID:A0B7F1D2-5C3E-4F11-9E2A-6B8C4D1E2F30
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fahrschule Remstal",
        role="",
        stage="onsite",
        interviewers="Haag",
        trap="hand-typed-floating-trial-work-day-abbreviations",
        hiring=False,
    ),
    dict(
        kind="icloud-invite-owner",
        uid="C81DFD43-97A4-4622-B474-307BA6553E16",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//iPad OS 17.3//EN
CALSCALE:GREGORIAN
{BERLIN_APPLE}
BEGIN:VEVENT
ATTENDEE;CN="Sabine Kächele";CUTYPE=INDIVIDUAL;EMAIL="sabine.kaechele@t-on
 line.de";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:sabine.kaechele@t-online.de
ATTENDEE;CN="Markus Eberle";CUTYPE=INDIVIDUAL;EMAIL="markus.eberle76@web.d
 e";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markus.ebe
 rle76@web.de
CREATED:20260127T184455Z
DTEND;TZID=Europe/Berlin:20260202T200000
DTSTAMP:20260127T184530Z
DTSTART;TZID=Europe/Berlin:20260202T190000
LAST-MODIFIED:20260127T184530Z
LOCATION:Fahrschule Kächele\nMyliusstraße 7\n71638 Ludwigsburg
ORGANIZER;CN="Sabine Kächele";EMAIL="sabine.kaechele@t-online.de":mailto:s
 abine.kaechele@t-online.de
SEQUENCE:0
SUMMARY:Gespräch Fahrschulleitung – Herr Eberle
DESCRIPTION:Hallo Herr Eberle\, wie besprochen nach Ihrer Bewerbung auf un
 sere Anzeige (Fahrschulleiter/in ab Sommer). Komme gern nach Ihrem letzten 
 Fahrschüler. Parken im Hof. S. Kächele
TRANSP:OPAQUE
UID:C81DFD43-97A4-4622-B474-307BA6553E16
URL;VALUE=URI:
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fahrschule Kächele",
        role="Fahrschulleiter/in",
        stage="hiring_manager",
        interviewers="sabine.kaechele@t-online.de",
        trap="icloud-invite-owner-t-online-evening",
        hiring=False,
    ),
    dict(
        kind="teams-invite-erstgespraech",
        uid="040000008200E00074C5B7101A82E00800000000364C41A7461C2607B8837D36B99B902935736FF2D5771B0F7278D801BECCD02C40960373",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN=markus.eberle76@web.de;RSVP=TRUE:mailto:markus.eberle76@web.de
CLASS:PUBLIC
CREATED:20260119T124801Z
DESCRIPTION:Hallo Herr Eberle\,\n\nvielen Dank für Ihre Bewerbung als Flee
 t Safety Manager (m/w/d). Gerne würde ich Sie in einem ersten Teams-Gesprä
 ch (ca. 45 Min.) kennenlernen.\n\nViele Grüße\nCarina Maier\nHR Business P
 artner | Spedition Häfele GmbH & Co. KG\n\n____________________________
 ____________________________________________________\nMicrosoft Teams Hil
 fe benötigt?\nJetzt an der Besprechung teilnehmen <https://teams.microsoft
 .com/l/meetup-join/19%3ameeting_ZmQ2OTk0NjQtYjE3Zi00Yzg4LWE0OTMtNzE1ZDI1
 MDk1NzBh%40thread.v2/0?context=%7b%22Tid%22%3a%22haefele%22%7d>\nBesprech
 ungs-ID: 318 204 667 905\nPasscode: 3Gm8tV\nTelefonische Einwahl\n+49 69 5
 550 3781\,\,904418223# Deutschland\, Frankfurt am Main\nKonferenz-ID: 904 4
 18 223#\n________________________________\nFür Organisatoren: Besprechungs
 optionen <https://teams.microsoft.com/meetingOptions/>\n________________
 ________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20260123T084500
DTSTAMP:20260119T124801Z
DTSTART;TZID="W. Europe Standard Time":20260123T080000
LAST-MODIFIED:20260119T124801Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Maier, Carina":mailto:c.maier@haefele-logistik.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Erstgespräch Fleet Safety Manager (m/w/d) – Markus Ebe
 rle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000364C41A7461C2607B8837D36B99B902935736FF2D5771B0F7278D801BECCD02C40960373
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Spedition Häfele",
        role="Fleet Safety Manager (m/w/d)",
        stage="recruiter_screen",
        interviewers="c.maier@haefele-logistik.example.de",
        trap="teams-hr-screen-organizer-is-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-alt-desc-zweitgespraech",
        uid="040000008200E00074C5B7101A82E00800000000114BA52A1EC72F20D9CD5E6428D0A6388F91BDB6142CAD87D66C11916F464609B2553698",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN=markus.eberle76@web.de;RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Häfele, Rainer";RSVP=TRUE:mailto:r.haefele@haefele-logistik.e
 xample.de
ATTENDEE;CN="Bäuerle, Steffen";RSVP=TRUE:mailto:s.baeuerle@haefele-logisti
 k.example.de
ATTENDEE;CN="Besprechung EG Disposition";CUTYPE=RESOURCE;ROLE=NON-PARTICIP
 ANT;RSVP=TRUE:mailto:besprechung-eg@haefele-logistik.example.de
CLASS:PUBLIC
CREATED:20260203T083011Z
DESCRIPTION:Hallo Herr Eberle\,\n\nwie besprochen lade ich Sie zum Zweitge
 spräch bei uns in Kornwestheim ein. Gesprächspartner: Herr Rainer Häfele (
 Geschäftsführer) und Herr Steffen Bäuerle (Leitung Fuhrpark\, 140 Lkw). Bi
 tte bereiten Sie eine kurze Skizze vor\, wie Sie ein Fahrersicherheitsprog
 ramm (Unterweisungen\, Telematik-Auswertung\, Unfallanalyse) im ersten Jah
 r aufbauen würden.\n\nViele Grüße\nCarina Maier\n
DTEND;TZID="W. Europe Standard Time":20260212T163000
DTSTAMP:20260203T083011Z
DTSTART;TZID="W. Europe Standard Time":20260212T150000
LAST-MODIFIED:20260203T083011Z
LOCATION:Besprechung EG Disposition\, Stammheimer Str. 120\, 70806 Kornwes
 theim
ORGANIZER;CN="Maier, Carina":mailto:c.maier@haefele-logistik.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Zweitgespräch Fleet Safety Manager – Eberle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000114BA52A1EC72F20D9CD5E6428D0A6388F91BDB6142CAD87D66C11916F464609B2553698
X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E
 N">\n<HTML>\n<HEAD>\n<META NAME="Generator" CONTENT="MS Exchange Server ve
 rsion 16.0.17328.20000">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n<P DIR=LTR><S
 PAN LANG="de"><FONT FACE="Calibri">Hallo Herr Eberle\,</FONT></SPAN></P>\n
 <P DIR=LTR><SPAN LANG="de"><FONT FACE="Calibri">wie besprochen lade ich Si
 e zum Zweitgespräch bei uns in Kornwestheim ein. Gesprächspartner: Herr Ra
 iner Häfele (Geschäftsführer) und Herr Steffen Bäuerle (Leitung Fuhrpark\,
  140 Lkw).</FONT></SPAN></P>\n<P DIR=LTR><SPAN LANG="de"><FONT FACE="Calib
 ri">Viele Grüße<BR>Carina Maier</FONT></SPAN></P>\n</BODY>\n</HTML>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Spedition Häfele",
        role="Fleet Safety Manager",
        stage="final",
        interviewers="r.haefele@haefele-logistik.example.de;s.baeuerle@haefele-logistik.example.de",
        trap="x-alt-desc-second-round-company-name-is-surname",
        hiring=False,
    ),
    dict(
        kind="agency-outlook-invite",
        uid="040000008200E00074C5B7101A82E008000000001CE9263C5D469AE1D5D5EE5867CD14F4A8313732A5D861CFA5F3EA27E12540E19AFC3045",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Straub, Yvonne":mailto:y.straub@personalwerk-neckar.example.
 de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Eberle\,\n\ntolle Neuigkeiten: unser
  Kunde\, die Gebr. Maurer Transporte GmbH in Wendlingen\, möchte Sie für di
 e Position Fahrertrainer / Fuhrparksicherheit (m/w/d) kennenlernen!\n\nIhr
 e Gesprächspartner vor Ort: Herr Timo Maurer (Geschäftsführer) und Herr Al
 exander Fink (Leitung Disposition). Ich begleite Sie nicht persönlich\, ru
 fe Sie aber danach kurz an\, um Ihr Feedback aufzunehmen.\n\nAdresse: Gebr
 . Maurer Transporte GmbH\, Im Speck 14\, 73240 Wendlingen am Neckar\, Empf
 ang Verwaltung.\n\nViel Erfolg!\nYvonne Straub\nPersonalberaterin\nPersona
 lwerk Neckar GmbH – Personaldienstleistung & Vermittlung\nTel. 0711 5550 9
 134\n
UID:040000008200E00074C5B7101A82E008000000001CE9263C5D469AE1D5D5EE5867CD14F4A8313732A5D861CFA5F3EA27E12540E19AFC3045
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch bei unserem Kunden Gebr. Maurer
  Transporte – Fahrertrainer/Fuhrparksicherheit
DTSTART;TZID=W. Europe Standard Time:20260224T110000
DTEND;TZID=W. Europe Standard Time:20260224T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260218T152940Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Gebr. Maurer Transporte\, Im Speck 14\, 73240 Wend
 lingen
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        is_interview=1,
        company="Gebr. Maurer Transporte",
        role="Fahrertrainer / Fuhrparksicherheit (m/w/d)",
        stage="hiring_manager",
        interviewers="Timo Maurer;Alexander Fink",
        trap="personaldienstleister-names-client-organizer-is-agency",
        hiring=False,
    ),
    dict(
        kind="personio-video-interview",
        uid="personio-interview-3318842-e0b2@schwabenfracht.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-3318842-e0b2@schwabenfracht.example.de
DTSTAMP:20260108T101500Z
DTSTART:20260114T170000Z
DTEND:20260114T173000Z
SUMMARY:Interview: Markus Eberle | Dozent BKF-Weiterbildung (m/w/d) – Sch
 wabenfracht
ORGANIZER;CN=Lisa Hummel:mailto:l.hummel@schwabenfracht.example.de
ATTENDEE;CN=Lisa Hummel;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:l.hummel@schwa
 benfracht.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
LOCATION:https://meet.google.com/qvo-rsbe-kdn
DESCRIPTION:Hallo Markus\,\n\nich freue mich auf unser Video-Interview zur
  Stelle "Dozent BKF-Weiterbildung (m/w/d)" in unserem Schulungszentrum in 
 Ditzingen (Module nach BKrFQG\, überwiegend samstags).\n\nLink: https://me
 et.google.com/qvo-rsbe-kdn\n\nBis Mittwoch!\nLisa Hummel\nPeople & Cultur
 e\, Schwabenfracht GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Schwabenfracht",
        role="Dozent BKF-Weiterbildung (m/w/d)",
        stage="recruiter_screen",
        interviewers="l.hummel@schwabenfracht.example.de",
        trap="personio-ats-utc-evening-video-call",
        hiring=False,
    ),
    dict(
        kind="outlook-lehrprobe",
        uid="040000008200E00074C5B7101A82E0080000000003E5B849DF233945C7C6DC23987DE4044411A59CAC9DF6A94E165F665C8223528A67E4AE",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN=Markus Eberle;RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Hummel, Lisa";RSVP=TRUE:mailto:l.hummel@schwabenfracht.examp
 le.de
CLASS:PUBLIC
CREATED:20260116T154200Z
DESCRIPTION:Hallo Herr Eberle\,\n\nals zweiten Schritt bitten wir Sie um ei
 ne Lehrprobe: 45 Minuten aus Modul 2 "Sozialvorschriften" (Lenk- und Ruhez
 eiten\, Kontrollgerät) vor einer echten Gruppe von 12 Berufskraftfahrern. 
 Danach 30 Minuten Reflexion mit Frau Hummel und mir.\n\nBeamer und Flipcha
 rt sind vorhanden.\n\nGruß\nGünter Ruoff\nLeitung Schulungszentrum Ditzing
 en\n
DTEND;TZID="W. Europe Standard Time":20260124T110000
DTSTAMP:20260116T154200Z
DTSTART;TZID="W. Europe Standard Time":20260124T090000
LAST-MODIFIED:20260116T154200Z
LOCATION:Schwabenfracht Schulungszentrum\, Siemensstr. 22\, 71254 Ditzinge
 n\, Seminarraum 2
ORGANIZER;CN="Ruoff, Günter":mailto:g.ruoff@schwabenfracht.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Lehrprobe BKF Modul 2 – Herr Eberle (Bewerbung Dozent)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000003E5B849DF233945C7C6DC23987DE4044411A59CAC9DF6A94E165F665C8223528A67E4AE
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Schwabenfracht",
        role="Dozent",
        stage="technical",
        interviewers="g.ruoff@schwabenfracht.example.de;l.hummel@schwabenfracht.example.de",
        trap="teaching-demo-lehrprobe-with-real-class-saturday",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E00800000000320FFD3061D745D410998D7BAEDEA6AB5F2367DF4FA7C520F53A06B98BCCC7E2D060B883",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Markus\,\n\ndanke für deine Bewerbung auf 
 die interne Ausschreibung "Leitung Zweigstelle Vaihingen (verantwortlicher
  Leiter nach § 18 FahrlG)". Lass uns nach Feierabend in Ruhe darüber spre
 chen: Erwartungen\, Arbeitszeit\, Personalverantwortung für 3 Fahrlehrer\,
  Vergütung.\n\nDieter\n
UID:040000008200E00074C5B7101A82E00800000000320FFD3061D745D410998D7BAEDEA6AB5F2367DF4FA7C520F53A06B98BCCC7E2D060B883
SUMMARY;LANGUAGE=de-DE:Gespräch interne Bewerbung Leitung Zweigstelle Vaihi
 ngen
DTSTART;TZID=W. Europe Standard Time:20260129T193000
DTEND;TZID=W. Europe Standard Time:20260129T201500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260126T173015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro GF\, Hauptstelle Degerloch
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        is_interview=1,
        company="Fahrschule Neckarblick",
        role="Leitung Zweigstelle Vaihingen",
        stage="hiring_manager",
        interviewers="d.pfleiderer@fahrschule-neckarblick.example.de",
        trap="internal-application-own-employer-work-address",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-second",
        uid="040000008200E00074C5B7101A82E008000000003841C4B19F234AFD7E1BC6CB913DA04AED97CF10E9EEE8B4A568F829FD164C40D39B449D",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfleiderer-Ku
 rz, Iris":mailto:i.pfleiderer-kurz@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Zweites Gespräch zur internen Ausschreibung Zwei
 gstellenleitung\, diesmal mit Iris (Prokura). Bitte bring dein Konzept für
  die Auslastung der Fahrzeuge und die Ausbildung des Fahrlehreranwärters m
 it. Externe Bewerber haben wir auch noch zwei im Rennen\, nur damit du Bes
 cheid weißt.\n\nDieter\n
UID:040000008200E00074C5B7101A82E008000000003841C4B19F234AFD7E1BC6CB913DA04AED97CF10E9EEE8B4A568F829FD164C40D39B449D
SUMMARY;LANGUAGE=de-DE:2. Runde Zweigstellenleitung – Markus (mit Iris)
DTSTART;TZID=W. Europe Standard Time:20260302T183000
DTEND;TZID=W. Europe Standard Time:20260302T193000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260220T090144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Hauptstelle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
        is_interview=1,
        company="Fahrschule Neckarblick",
        role="Zweigstellenleitung",
        stage="final",
        interviewers="d.pfleiderer@fahrschule-neckarblick.example.de;i.pfleiderer-kurz@fahrschule-neckarblick.example.de",
        trap="internal-second-round-mentions-external-candidates",
        hiring=False,
    ),
]
