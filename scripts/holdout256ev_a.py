# ruff: noqa: E501, W291, W293, RUF100
"""holdout256 events, part a: the user's own interviews (university, broadcaster, court, agency, Aachen, internal)."""

from holdout256ev_zones import TZ_BERLIN, TZ_UTC01, TZ_WEUROPE

FORMS = {
    "Rheinische Landesuniversität Köln": "RLU|RLU Köln|Landesuniversität Köln|Rheinische Landesuniversität",
    "Rheinischer Rundfunk": "RRF|Rheinischer Rundfunk Köln",
    "Landgericht Rheinfeld": "LG Rheinfeld|Landgericht|LG",
    "Dolmetschzentrale Rhein-Ruhr": "DZRR|Dolmetschzentrale Rhein-Ruhr GmbH|DZ Rhein-Ruhr",
    "GrensTaal": "GrensTaal Aachen|GrensTaal Aachen GmbH|GrensTaal Tolk- und Dolmetschcentrum",
    "Gebärdenwerk Köln": "Gebärdenwerk|Gebaerdenwerk Koeln|Gebärdenwerk Köln eG",
}

EVENTS = [
    dict(
        kind="outlook-phone-screen",
        uid="040000008200E00074C5B7101A82E00800000000A0F3C1B2E27EDB01000000000000000010000000D4E2A1F08B3C4E4F9A7B6C5D4E3F2A1B",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
CLASS:PUBLIC
CREATED:20250224T091512Z
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nvielen Dank für Ihre Bewerbung
  auf die Stelle „Gebärdensprachdolmetscherin (w/m/d)\, E 13 TV-L\, Stabsst
 elle Inklusion“ (Kennziffer 0425-SI). Wie telefonisch besprochen möchte ic
 h mit Ihnen ein kurzes telefonisches Vorgespräch führen (Rahmenbedingungen\
 , Arbeitszeitmodell\, Einsatzplanung).\n\nIch rufe Sie unter der angegeben
 en Mobilnummer an.\n\nMit freundlichen Grüßen\nPetra Kaminski\nDezernat 4 –
  Personal\, Abt. 4.2 Tarifbeschäftigte\nRheinische Landesuniversität Köln\n
 Tel. 0221 470-55 812\n
DTEND;TZID="W. Europe Standard Time":20250305T103000
DTSTAMP:20250224T091512Z
DTSTART;TZID="W. Europe Standard Time":20250305T100000
LAST-MODIFIED:20250224T091512Z
LOCATION:Telefon
ORGANIZER;CN="Kaminski, Petra":mailto:p.kaminski@verwaltung.rlu-koeln.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Telefonisches Vorgespräch Kennziffer 0425-SI (Schreiner)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0F3C1B2E27EDB01000000000000000010000000D4E2A1F08B3C4E4F9A7B6C5D4E3F2A1B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinische Landesuniversität Köln",
        role="Gebärdensprachdolmetscherin (w/m/d), E 13 TV-L, Stabsstelle Inklusion",
        stage="recruiter_screen",
        interviewers="p.kaminski@verwaltung.rlu-koeln.de",
        trap="public-sector-kennziffer-phone-prescreen",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-zone-trade-test",
        uid="040000008200E00074C5B7101A82E00800000000B7A4D2C3F38FDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_UTC01}
BEGIN:VEVENT
ATTENDEE;CN="Brenner, Jörg";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j.brenner@rlu-koeln.de
ATTENDEE;CN="Demirci, Hatice";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:h.demirci@rlu-koeln.de
ATTENDEE;CN=anke.schreiner@mailbox.org;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CUTYPE=ROOM;CN="RLU HS-Gebäude Hörsaal 3 (120)";ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:hs3.hoersaalgebaeude@rlu-koeln.de
CLASS:PUBLIC
CREATED:20250310T080102Z
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nim Rahmen des Auswahlverfahren
 s (Kennziffer 0425-SI) laden wir Sie zu einer praktischen Dolmetschprobe ei
 n:\n\n• ca. 20 Min. Simultandolmetschen Deutsch > DGS (Ausschnitt einer Vo
 rlesung)\n• ca. 15 Min. Voicing DGS > Deutsch (Videovorlage)\n• anschließe
 nd kurze Reflexion\n\nDie Probe wird von Dr. Jörg Brenner (Leitung Stabsst
 elle Inklusion) und Frau Hatice Demirci (Lehrkraft DGS) abgenommen.\n\nBitt
 e finden Sie sich 15 Minuten vorher im Foyer ein.\n\nPetra Kaminski\nDezern
 at 4 – Personal\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Schreiner\,</p><p>im Rahmen des Auswahlverfahrens (Kennziffer 0425-SI) laden wir Sie zu einer <b>praktischen Dolmetschprobe</b> ein.</p><p>Petra Kaminski<br>Dezernat 4 – Personal</p></body></html>
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250319T143000
DTSTAMP:20250310T080102Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250319T130000
LOCATION:RLU HS-Gebäude Hörsaal 3 (120)
ORGANIZER;CN="Kaminski, Petra":mailto:p.kaminski@verwaltung.rlu-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Praktische Dolmetschprobe – Auswahlverfahren 0425-SI
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B7A4D2C3F38FDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinische Landesuniversität Köln",
        role="",
        stage="technical",
        interviewers="j.brenner@rlu-koeln.de;h.demirci@rlu-koeln.de",
        trap="interpreting-trade-test-room-attendee-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="exchange-sent-by-commission",
        uid="040000008200E00074C5B7101A82E00800000000C9B5E3D4A49FDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Jörg";SENT-BY="mailto:sekretariat.inklusion@rlu-koeln.de":mailto:j.brenner@rlu-koeln.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hahn, Ulrike Prof. Dr.":mailto:u.hahn@rlu-koeln.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anke.schreiner@mailbox.org:mailto:anke.schreiner@mailbox.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kaminski, Petra":mailto:p.kaminski@verwaltung.rlu-koeln.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Beamer mobil Verw. 2":mailto:beamer2.verwaltung@rlu-koeln.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Schreiner\,\n\nnach der Dolmetsc
 hprobe freuen wir uns\, Sie zum Auswahlgespräch vor der Auswahlkommission e
 inzuladen.\n\nAuswahlkommission: Prof. Dr. Ulrike Hahn (Prorektorin für Stu
 dium und Lehre\, Vorsitz)\, Dr. Jörg Brenner (Stabsstelle Inklusion)\nProto
 koll: Frau Kaminski (Dezernat 4)\nDer Personalrat\, die Gleichstellungsbeau
 ftragte und die Schwerbehindertenvertretung sind gemäß LPVG eingeladen.\n\n
 Ort: Verwaltungsgebäude\, Albertus-Magnus-Platz 7\, Raum 2.14\n\nIm Auftrag
 \nS. Linden\, Sekretariat Stabsstelle Inklusion
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Stabsstelle Inklusion – Fr. Schreiner
DTSTART;TZID=W. Europe Standard Time:20250409T093000
DTEND;TZID=W. Europe Standard Time:20250409T103000
UID:040000008200E00074C5B7101A82E00800000000C9B5E3D4A49FDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T123044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Verwaltungsgebäude Raum 2.14
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
        company="Rheinische Landesuniversität Köln",
        role="",
        stage="final",
        interviewers="u.hahn@rlu-koeln.de;j.brenner@rlu-koeln.de",
        trap="sent-by-secretary-commission-observers-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="teams-recruiter-screen",
        uid="040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DB010000000000000000100000007F6E5D4C3B2A19087F6E5D4C3B2A1908",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner Anke";RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Liebe Frau Schreiner\,\n\nwie besprochen sende ich Ihnen die Ei
 nladung zu unserem vertraulichen Erstgespräch. Unser Mandant\, der Rheinisc
 he Rundfunk (RRF)\, besetzt in der Hauptabteilung Programmdirektion / Barri
 erefreie Angebote die Position „Redakteurin / Redakteur Barrierefreiheit (
 Schwerpunkt DGS)“. Im Gespräch möchte ich Ihren Werdegang\, Ihre Wechselmot
 ivation und Ihre Gehaltsvorstellung kennenlernen.\n\nHerzliche Grüße\nInes
  Kessler\nSenior Consultant | Kessler & Roth Personalberatung GmbH\nHohenzo
 llernring 22\, 50672 Köln\n\n__________________________________________
 ______________________________________\nMicrosoft Teams-Besprechung\nPer Co
 mputer\, mobiler App oder Raumgerät teilnehmen\nHier klicken\, um an der Be
 sprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_NzE4ZjA2YjYtMmQ0Zi00Y2QxLWE5NzctYjU3ZTQ0MzE5ZTFm%40thread.v2/0?contex
 t=%7b%22Tid%22%3a%22a7f1c2d3%22%7d>\nBesprechungs-ID: 372 118 449 205\nPa
 sscode: Xy7bQ2\n________________________________________________________
 ________________________\n
SUMMARY;LANGUAGE=de-DE:Erstgespräch | Redakteurin Barrierefreiheit (DGS) | A. Schreiner
DTSTART:20250226T150000Z
DTEND:20250226T154500Z
UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DB010000000000000000100000007F6E5D4C3B2A19087F6E5D4C3B2A1908
DTSTAMP:20250220T101500Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Kessler, Ines":mailto:i.kessler@kessler-roth.de
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4ZjA2YjYtMmQ0Zi00Y2QxLWE5NzctYjU3ZTQ0MzE5ZTFm%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:i.kessler@kessler-roth.de\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NzE4ZjA2YjYtMmQ0Zi00Y2QxLWE5NzctYjU3ZTQ0MzE5ZTFm-thread.v2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinischer Rundfunk",
        role="Redakteurin / Redakteur Barrierefreiheit (Schwerpunkt DGS)",
        stage="recruiter_screen",
        interviewers="i.kessler@kessler-roth.de",
        trap="headhunter-names-client-employer-utc",
        hiring=False,
    ),
    dict(
        kind="exchange-studio-room-test",
        uid="040000008200E00074C5B7101A82E00800000000F2B3C4D5E6F7DB01000000000000000010000000102938475665748392A1B2C3D4E5F607",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Sabine (RRF)":mailto:s.lorenz@rrf.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anke.schreiner@mailbox.org:mailto:anke.schreiner@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Nele (RRF)":mailto:n.brandt@rrf.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haverkamp, Tim (RRF Produktion)":mailto:t.haverkamp@rrf.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="RRF Funkhaus Ehrenfeld Studio 4":mailto:studio4.ehrenfeld@rrf.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="RRF Kamera-Set Greenscreen 2":mailto:greenscreen2@rrf.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Schreiner\,\n\nwie angekündigt der Te
 rmin für die Probeaufnahme im Bewerbungsverfahren Redaktion Barrierefreihei
 t:\n\n10:00 Maske / Einleuchten\n10:30 Probeaufzeichnung: Einblendung DGS z
 u zwei Nachrichtenbeiträgen (ca. 4 Min.\, Teleprompter + Ohrhörer)\n11:15 G
 espräch mit Nele Brandt (Redakteurin\, gehörlos – Gespräch in DGS) und mir\
 n\nTim Haverkamp übernimmt die technische Betreuung.\nBitte dunkle\, einfarb
 ige Kleidung ohne Muster tragen.\n\nViele Grüße\nSabine Lorenz\nRedaktionsl
 eitung Barrierefreie Angebote
SUMMARY;LANGUAGE=de-DE:Probeaufnahme DGS-Einblendung – Bewerbung Redaktion Barrierefreiheit
DTSTART;TZID=W. Europe Standard Time:20250313T100000
DTEND;TZID=W. Europe Standard Time:20250313T120000
UID:040000008200E00074C5B7101A82E00800000000F2B3C4D5E6F7DB01000000000000000010000000102938475665748392A1B2C3D4E5F607
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T154410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RRF Funkhaus Ehrenfeld Studio 4
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinischer Rundfunk",
        role="",
        stage="technical",
        interviewers="s.lorenz@rrf.de;n.brandt@rrf.de",
        trap="studio-screen-test-room-and-resource-producer-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="outlook-rescheduled-final",
        uid="040000008200E00074C5B7101A82E008000000000A1B2C3D4E5FDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN="Lorenz, Sabine (RRF)";RSVP=TRUE:mailto:s.lorenz@rrf.de
CLASS:PUBLIC
CREATED:20250317T080000Z
DESCRIPTION:Liebe Frau Schreiner\,\n\nleider muss ich unseren Termin am 02.
 04. verschieben – Dr. Odenthal ist an diesem Tag in der ARD-Sitzung. Neuer
 Termin siehe oben\, Ort unverändert (Funkhaus am Rheinufer\, 7. OG\, Besp
 rechungsraum Programmdirektion).\n\nIn dem Abschlussgespräch lernen Sie de
 n Bereichsleiter Programm\, Dr. Frank Odenthal\, kennen. Es geht auch um da
 s Vertragliche (feste Freie vs. Festanstellung).\n\nViele Grüße\nSabine Lor
 enz\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250408T150000
DTSTAMP:20250328T071205Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250408T140000
LAST-MODIFIED:20250328T071205Z
LOCATION:Funkhaus am Rheinufer\, 7. OG\, Besprechungsraum Programmdirektion
ORGANIZER;CN="Odenthal, Frank Dr.";SENT-BY="mailto:s.lorenz@rrf.de":mailto:f.odenthal@rrf.de
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=de-DE:VERSCHOBEN: Abschlussgespräch Redaktion Barrierefreiheit (Schreiner)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000000A1B2C3D4E5FDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rheinischer Rundfunk",
        role="",
        stage="final",
        interviewers="f.odenthal@rrf.de;s.lorenz@rrf.de",
        trap="rescheduled-sequence-2-utc-label-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-court-simulated-hearing",
        uid="justiz-nrw-lgrf-7f3c2a91-0d44-4c1e-9b0e-5a7d2c1e8f03",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN="Albers, Carla Dr. (LG Rheinfeld)";RSVP=TRUE:mailto:c.albers@lg-rheinfeld.justiz-nrw.de
ATTENDEE;CN="Stegemann, Rolf";RSVP=TRUE:mailto:r.stegemann@dolmetschen-stegemann.de
ATTENDEE;CUTYPE=ROOM;CN="LG Rheinfeld Saal 112 (Übungssaal)";RSVP=FALSE:mailto:saal112@lg-rheinfeld.justiz-nrw.de
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nim Verfahren zur Aufnahme in d
 en Dolmetscherpool des Landgerichts (Ausschreibung 3410 E – 12/24) findet d
 ie fachliche Eignungsfeststellung statt. Simuliert wird ein Ausschnitt eine
 r Hauptverhandlung (Belehrung\, Vernehmung zur Person\, Zeugenaussage mit T
 erminologie aus dem Betäubungsmittelrecht). Die Prüfung nehmen Frau VRinLG
  Dr. Albers und der allgemein beeidigte Gebärdensprachdolmetscher Herr Steg
 emann ab.\n\nBitte bringen Sie Ihren Personalausweis mit. Sicherheitskontro
 lle am Haupteingang einplanen.\n\nIm Auftrag\nPohl\, Justizbeschäftigte\nVe
 rwaltungsabteilung – Dezernat Dolmetscher und Übersetzer
DTSTART;TZID="W. Europe Standard Time":20250325T090000
DTEND;TZID="W. Europe Standard Time":20250325T110000
DTSTAMP:20250311T092233Z
LOCATION:Landgericht Rheinfeld\, Justizstraße 4\, Saal 112
ORGANIZER;CN="Pohl, Verwaltung LG Rheinfeld":mailto:verwaltung.pohl@lg-rheinfeld.justiz-nrw.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Eignungsfeststellung Dolmetscherpool DGS – simulierte Hauptverhandlung
UID:justiz-nrw-lgrf-7f3c2a91-0d44-4c1e-9b0e-5a7d2c1e8f03
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landgericht Rheinfeld",
        role="",
        stage="technical",
        interviewers="c.albers@lg-rheinfeld.justiz-nrw.de;r.stegemann@dolmetschen-stegemann.de",
        trap="court-hearing-vocabulary-but-own-aptitude-test",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating-handtyped",
        uid="5f0d8e2c-6b1a-4c7e-a3d9-1e2f3a4b5c6d",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250327T184512Z
LAST-MODIFIED:20250327T184644Z
DTSTAMP:20250327T184644Z
UID:5f0d8e2c-6b1a-4c7e-a3d9-1e2f3a4b5c6d
SUMMARY:LG Rheinfeld Vorstellg. Dolmetscherpool - VRin Dr. Albers + Verw.leiter Hoff
DTSTART:20250415T110000
DTEND:20250415T120000
LOCATION:LG Justizstr. 4\, Zi. 214 (2. OG)
DESCRIPTION:Stelle: Dolmetscherin DGS im Dolmetscherpool (Teilzeit 50%)\nAus
 weis mitnehmen!! Fragen: Vergütung JVEG vs. Festanstellung\, Bereitschaft\,
  Beeidigung
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landgericht Rheinfeld",
        role="Dolmetscherin DGS im Dolmetscherpool (Teilzeit 50%)",
        stage="hiring_manager",
        interviewers="Dr. Albers;Hoff",
        trap="hand-typed-abbreviations-floating-no-attendees",
        hiring=False,
    ),
    dict(
        kind="zoom-owner-talk",
        uid="zoom-84731926054-20250311@zoom.us",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
{TZ_BERLIN}
BEGIN:VEVENT
DTSTAMP:20250304T201733Z
DTSTART;TZID=Europe/Berlin:20250311T183000
DTEND;TZID=Europe/Berlin:20250311T193000
SUMMARY:Leitung Dolmetschvermittlung – Gespräch M. Behrendt / A. Schreiner
UID:zoom-84731926054-20250311@zoom.us
TZID:Europe/Berlin
DESCRIPTION:Markus Behrendt lädt Sie zu einem geplanten Zoom-Meeting ein.\n
 \nThema: Leitung Dolmetschvermittlung – Gespräch M. Behrendt / A. Schreiner
 \nUhrzeit: 11.März 2025 06:30 PM Amsterdam\, Berlin\, Rom\, Stockholm\, Wie
 n\n\nZoom-Meeting beitreten\nhttps://us06web.zoom.us/j/84731926054?pwd=QmV
 oZW5kdFNjaHJlaW5lcjIwMjU\n\nMeeting-ID: 847 3192 6054\nKenncode: 551902\n\n
 ---\n\nSchnelleinwahl mobil\n+496971049922\,\,84731926054#\,\,\,\,*551902# 
 Deutschland\n\nEinwahl nach aktuellem Standort\n• +49 69 7104 9922 Deutschl
 and\n• +49 30 5679 5800 Deutschland\n\nMeeting-ID: 847 3192 6054\nKenncode:
  551902\n\nLiebe Frau Schreiner\, wie am Telefon gesagt: ganz informell\, ab
 er ich möchte gern wissen\, wie Sie die Vermittlung und das Team (14 festan
 gestellte + ca. 60 freie Kolleg:innen) führen würden. Gruß\, Markus Behrend
 t\, Geschäftsführer Dolmetschzentrale Rhein-Ruhr GmbH
LOCATION:https://us06web.zoom.us/j/84731926054?pwd=QmVoZW5kdFNjaHJlaW5lcjIwMjU
ORGANIZER;CN=Markus Behrendt:mailto:m.behrendt@dz-rheinruhr.de
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Dolmetschzentrale Rhein-Ruhr",
        role="Leitung Dolmetschvermittlung",
        stage="hiring_manager",
        interviewers="m.behrendt@dz-rheinruhr.de",
        trap="zoom-publish-informal-leadership-talk",
        hiring=False,
    ),
    dict(
        kind="google-invite-shareholders",
        uid="3kq9v1m7c2s0t8p4e6r5b3n1d0@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250403T150000
DTEND;TZID=Europe/Berlin:20250403T163000
DTSTAMP:20250318T110412Z
ORGANIZER;CN=Markus Behrendt:mailto:m.behrendt@dz-rheinruhr.de
UID:3kq9v1m7c2s0t8p4e6r5b3n1d0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Birgit Sommer;X-NUM-GUESTS=0:mailto:b.sommer@dz-rheinruhr.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yvonne Graf;X-NUM-GUESTS=0:mailto:y.graf@dz-rheinruhr.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Markus Behrendt;X-NUM-GUESTS=0:mailto:m.behrendt@dz-rheinruhr.de
CREATED:20250318T110410Z
DESCRIPTION:Zweites Gespräch zur Position Leitung Dolmetschvermittlung – di
 esmal mit unseren beiden Gesellschafterinnen Birgit Sommer und Yvonne Graf.
  Wir würden Ihnen danach gern ein Angebot machen.\n\n-::~:~::~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nDo
 not edit this section of the description.\n\nView your event at https://c
 alendar.google.com/calendar/event?action=VIEW&eid=M2txOXYxbTdjMnMwdDhwNGU2
 cjViM24xZDAgYW5rZS5zY2hyZWluZXJAbWFpbGJveC5vcmc&tok=MjEjbS5iZWhyZW5kdEBk
 ei1yaGVpbnJ1aHIuZGU&ctz=Europe%2FBerlin&hl=de&es=1.\n-::~:~::~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250318T110412Z
LOCATION:Dolmetschzentrale Rhein-Ruhr\, Königstraße 48\, 47051 Duisburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Gesellschafterinnen – Leitung Dolmetschvermittlung (A. Schreiner)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Dolmetschzentrale Rhein-Ruhr",
        role="Leitung Dolmetschvermittlung",
        stage="final",
        interviewers="b.sommer@dz-rheinruhr.de;y.graf@dz-rheinruhr.de;m.behrendt@dz-rheinruhr.de",
        trap="google-footer-folded-attendees-shareholder-final",
        hiring=False,
    ),
    dict(
        kind="recruitee-dutch-screen",
        uid="recruitee-interview-4418273-grenstaal@recruitee.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-4418273-grenstaal@recruitee.com
DTSTAMP:20250227T093012Z
DTSTART;TZID=Europe/Amsterdam:20250306T110000
DTEND;TZID=Europe/Amsterdam:20250306T113000
SUMMARY:Kennismakingsgesprek: Anke Schreiner – Coördinator tolkdiensten NL/DE (Aachen)
ORGANIZER;CN=GrensTaal Recruitment:mailto:jobs@grenstaal.eu
ATTENDEE;CN=Sanne de Vries;ROLE=REQ-PARTICIPANT:mailto:s.devries@grenstaal.eu
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Video call (link below)
DESCRIPTION:Hi Anke\,\n\nThanks for applying for Coördinator tolkdiensten NL
 /DE at GrensTaal in Aachen! Sanne de Vries (HR & Recruitment) will have a 3
 0-minute intro call with you – in English\, Dutch or German\, whatever you
  prefer.\n\nJoin: https://meet.recruitee.com/grenstaal/iv-4418273\n\nNeed t
 o reschedule? https://app.recruitee.com/reschedule/4418273-c91f\n\n– The Gr
 ensTaal team\n\nSent via Recruitee
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="GrensTaal",
        role="Coördinator tolkdiensten NL/DE",
        stage="recruiter_screen",
        interviewers="s.devries@grenstaal.eu",
        trap="dutch-ats-tzid-without-vtimezone-noreply-organizer",
        hiring=False,
    ),
    dict(
        kind="google-updated-language-test",
        uid="6h2o8bq1f0nm3k5r7v9t1a3c5e@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250324T140000
DTEND;TZID=Europe/Amsterdam:20250324T153000
DTSTAMP:20250314T081544Z
ORGANIZER;CN=Joost Hermans:mailto:j.hermans@grenstaal.eu
UID:6h2o8bq1f0nm3k5r7v9t1a3c5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Joost Hermans;X-NUM-GUESTS=0:mailto:j.hermans@grenstaal.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ellen Wouters;X-NUM-GUESTS=0:mailto:e.wouters@grenstaal.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Verzet op verzoek van Ellen (was 20-03). \n\nTweede ronde: taal
 toets Nederlands (gesprek + korte tolkopdracht NGT ⇄ Nederlands ⇄ DGS) en
  een planningscase: hoe verdeel je 40 opdrachten over 12 tolken in de Eure
 gio?\nZweite Runde: Sprachtest Niederländisch und Planungs-Case – Sie könn
 en jederzeit ins Deutsche wechseln.\n\nJoin with Google Meet: https://meet.
 google.com/qhx-ttbv-kzn\nOr dial: (NL) +31 20 257 3141 PIN: 771 902 118#\n
 \nUpdated invitation with note. Invitation from Google Calendar: https://ca
 lendar.google.com/calendar/\n\nYou are receiving this email because you ar
 e an attendee on the event. To stop receiving future updates for this even
 t\, decline this event.\n\nForwarding this invitation could allow any recip
 ient to send a response to the organizer\, be added to the guest list\, or 
 invite others regardless of their own invitation status.
LOCATION:Google Meet
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Tweede ronde / 2. Runde: taaltoets + planningscase – Anke Schreiner
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/qhx-ttbv-kzn
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="GrensTaal",
        role="",
        stage="technical",
        interviewers="j.hermans@grenstaal.eu;e.wouters@grenstaal.eu",
        trap="dutch-german-rescheduled-sequence-1-language-test",
        hiring=False,
    ),
    dict(
        kind="outlook-onsite-final-aachen",
        uid="040000008200E00074C5B7101A82E00800000000D3C4B5A69788DB01000000000000000010000000AACCEE0022446688BBDDFF1133557799",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Hermans, Joost";RSVP=TRUE:mailto:j.hermans@grenstaal.eu
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Beste Anke\, liebe Frau Schreiner\,\n\nherzlichen Dank für die 
 zweite Runde! Wir laden Sie gern zum Abschlussgespräch (eindgesprek) mit u
 nserem Geschäftsführer Wim Claessens und Joost Hermans nach Aachen ein. Da
 nach zeigen wir Ihnen das Büro und die Dolmetschkabinen.\n\nParken: Parkhau
 s Theater\, 3 Gehminuten.\n\nMet vriendelijke groet\nWim Claessens\nGrensTa
 al Aachen GmbH\n
DTEND;TZID="W. Europe Standard Time":20250410T113000
DTSTAMP:20250328T140311Z
DTSTART;TZID="W. Europe Standard Time":20250410T100000
LOCATION:GrensTaal\, Theaterstraße 61\, 52062 Aachen
ORGANIZER;CN="Claessens, Wim":mailto:w.claessens@grenstaal.eu
SEQUENCE:0
SUMMARY;LANGUAGE=nl-NL:Eindgesprek / Abschlussgespräch – Anke Schreiner
UID:040000008200E00074C5B7101A82E00800000000D3C4B5A69788DB01000000000000000010000000AACCEE0022446688BBDDFF1133557799
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="GrensTaal",
        role="",
        stage="final",
        interviewers="w.claessens@grenstaal.eu;j.hermans@grenstaal.eu",
        trap="organizer-is-interviewer-mixed-dutch-german",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E00800000000E4D5C6B7A899DB0100000000000000001000000012345678ABCDEF0012345678ABCDEF00",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
CLASS:PRIVATE
DESCRIPTION:Hallo Anke\,\n\ndanke für deine interne Bewerbung auf die Teaml
 eitung Einsatzplanung. Lass uns in Ruhe sprechen – über deine Vorstellunge
 n\, wie du Dispo und eigene Einsätze kombinieren willst und was du dir an 
 Unterstützung wünschst. Ist noch vertraulich\, bitte nicht im Team-Kalende
 r.\n\nLG Karin\n
DTEND;TZID="W. Europe Standard Time":20250304T174500
DTSTAMP:20250226T162233Z
DTSTART;TZID="W. Europe Standard Time":20250304T170000
LOCATION:GW Besprechungsraum 1 (Venloer Str.)
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Gespräch interne Bewerbung Teamleitung Einsatzplanung
UID:040000008200E00074C5B7101A82E00800000000E4D5C6B7A899DB0100000000000000001000000012345678ABCDEF0012345678ABCDEF00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gebärdenwerk Köln",
        role="Teamleitung Einsatzplanung",
        stage="hiring_manager",
        interviewers="k.vossen@gebaerdenwerk-koeln.de",
        trap="internal-application-own-employer-work-address",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-board-final",
        uid="040000008200E00074C5B7101A82E00800000000F5E6D7C8B9AADB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Ruland, Thomas";RSVP=TRUE:mailto:t.ruland@gebaerdenwerk-koeln.de
ATTENDEE;CN="Sezer, Aylin (Aufsichtsrat)";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:a.sezer@gebaerdenwerk-koeln.de
DESCRIPTION:Hallo Anke\,\n\nwie angekündigt die zweite Runde für die Teaml
 eitung Einsatzplanung: du stellst uns (Vorstand: Thomas und ich) dein Konz
 ept für die Dispo in 10 Minuten vor\, danach Fragen. Aylin ist als Aufsich
 tsrätin zum Zuhören dabei.\n\nLG Karin\n
DTSTART;TZID="W. Europe Standard Time":20250327T160000
DTEND;TZID="W. Europe Standard Time":20250327T170000
DTSTAMP:20250319T081207Z
LOCATION:GW Besprechungsraum 1
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Interne Bewerbung TL Einsatzplanung – Vorstellung Konzept vor Vorstand
UID:040000008200E00074C5B7101A82E00800000000F5E6D7C8B9AADB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gebärdenwerk Köln",
        role="Teamleitung Einsatzplanung",
        stage="final",
        interviewers="k.vossen@gebaerdenwerk-koeln.de;t.ruland@gebaerdenwerk-koeln.de",
        trap="internal-final-board-presentation-observer-attendee",
        hiring=False,
    ),
]
