# ruff: noqa: E501
"""holdout225 events, part a: public employers (city of Munich, Augsburg, Rosenheim, Salzburg)."""

from holdout225ev_tz import BERLIN_GOOGLE, VIENNA, WEST_EUROPE_OUTLOOK

EVENTS = [
    dict(
        kind="fallbeispiel", uid="040000008200E00074C5B7101A82E00800000000D0A7F3C1B98ADB01000000000000000010000000"
        "5E2C4A1F0B7D4C4D9F3A1C2B7E6D5A41",
        interview=1, company="Landeshauptstadt München",
        role="Bereichsleitung Kindertageseinrichtungen (w/m/d)", stage="technical", interviewers="",
        trap="city-written-case-study-fallbeispiel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Kerscher, Andrea (RBS-ZIM-PE)":mailto:andrea.kerscher@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hofbauer\,\n\nim Rahmen des Auswahlverfahrens zur Besetzung der Stelle Bereichsleitung Kindertageseinrichtungen (w/m/d)\, Kennziffer RBS-KITA-2025-0
 17\, laden wir Sie zur schriftlichen Bearbeitung eines Fallbeispiels ein.\n\nDauer: 90 Minuten\nOrt: Referat für Bildung und Sport\, Landsberger Straße 30\, 80339 München\, Schulungsraum E.04 (Erdgeschoss)\n\nBitte bringen Sie einen gültigen Lichtbildausweis mit. Hilfsmittel sind nicht zugelassen. Das Ergebnis der schriftlichen Aufgabe fließt in die Gesamtbewertung ein.\n\nMit freundlichen Grüßen\nAndrea Kerscher\nReferat für Bildung und Sport\nZentrales Immobilienmanagement und Personal – Personalgewinnung\nTel. 089 233-8xxxx\n
UID:040000008200E00074C5B7101A82E00800000000D0A7F3C1B98ADB010000000000000000100000005E2C4A1F0B7D4C4D9F3A1C2B7E6D5A41
SUMMARY;LANGUAGE=de-DE:Auswahlverfahren RBS-KITA-2025-017 – schriftliche Aufgabe
DTSTART;TZID=W. Europe Standard Time:20250319T090000
DTEND;TZID=W. Europe Standard Time:20250319T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T101244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RBS Landsberger Str. 30\, Schulungsraum E.04
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
    ),
    dict(
        kind="auswahlgespraech", uid="040000008200E00074C5B7101A82E00800000000F41C20D4B98ADB010000000000000000100000"
        "00A3B61E9C2F4D4E1B8C0D77A91E3F6B20",
        interview=1, company="Landeshauptstadt München",
        role="Bereichsleitung Kindertageseinrichtungen (w/m/d)", stage="onsite",
        interviewers="thomas.reindl@muenchen.de;claudia.brunner@muenchen.de",
        trap="city-panel-auswahlgespraech-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Kerscher, Andrea (RBS-ZIM-PE)":mailto:andrea.kerscher@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reindl, Thomas Dr. (RBS-KITA-L)":mailto:thomas.reindl@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brunner, Claudia (RBS-KITA-SB3)":mailto:claudia.brunner@muenchen.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RBS-LA30-Besprechung 4.112":mailto:rbs-la30-r4112@muenchen.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hofbauer\,\n\nvielen Dank für die Teilnahme an der schriftlichen Aufgabe. Wir freuen uns\, Sie zum Auswahlgespräch einzuladen.\n\nAuswahlkommission: Herr Dr. Reindl (Vorsitz)\, Frau Brunner (Sachgebietsleitung)\; die Personalvertretung und die Gleichstellungsstelle sind beratend beteiligt. Das Protokoll führt Frau Kerscher.\n\nDas Gespräch dauert ca. 60 Minuten und orientiert sich an einem strukturierten Interviewleitfaden. Bitte planen Sie zusätzlich 10 Minuten für eine kurze Präsentation zu Ihrem Fallbeispiel ein.\n\nOrt: Landsberger Straße 30\, 4. OG\, Raum 4.112\n\nMit freundlichen Grüßen\nAndrea Kerscher\n
UID:040000008200E00074C5B7101A82E00800000000F41C20D4B98ADB01000000000000000010000000A3B61E9C2F4D4E1B8C0D77A91E3F6B20
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Bereichsleitung KITA – Frau Hofbauer
DTSTART;TZID=W. Europe Standard Time:20250408T133000
DTEND;TZID=W. Europe Standard Time:20250408T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T084501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RBS-LA30-Besprechung 4.112
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auswahlgespraech-neu", uid="040000008200E00074C5B7101A82E00800000000F41C20D4B98ADB010000000000000000100000"
        "00A3B61E9C2F4D4E1B8C0D77A91E3F6B20",
        interview=1, company="Landeshauptstadt München",
        role="Bereichsleitung Kindertageseinrichtungen (w/m/d)", stage="onsite",
        interviewers="thomas.reindl@muenchen.de;claudia.brunner@muenchen.de",
        trap="city-panel-rescheduled-sequence-1",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Kerscher, Andrea (RBS-ZIM-PE)":mailto:andrea.kerscher@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reindl, Thomas Dr. (RBS-KITA-L)":mailto:thomas.reindl@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brunner, Claudia (RBS-KITA-SB3)":mailto:claudia.brunner@muenchen.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="RBS-LA30-Besprechung 4.112":mailto:rbs-la30-r4112@muenchen.de
DESCRIPTION;LANGUAGE=de-DE:TERMINÄNDERUNG\n\nSehr geehrte Frau Hofbauer\,\n\nleider müssen wir den Termin für Ihr Auswahlgespräch aus dienstlichen Gründen verschieben. Der neue Termin ist Donnerstag\, 10.04.2025\, 09:00 Uhr. Ort und Ablauf bleiben unverändert.\n\nBitte bestätigen Sie uns den Termin kurz per Antwort.\n\nMit freundlichen Grüßen\nAndrea Kerscher\n
UID:040000008200E00074C5B7101A82E00800000000F41C20D4B98ADB01000000000000000010000000A3B61E9C2F4D4E1B8C0D77A91E3F6B20
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Bereichsleitung KITA – Frau Hofbauer (NEUER TERMIN)
DTSTART;TZID=W. Europe Standard Time:20250410T090000
DTEND;TZID=W. Europe Standard Time:20250410T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T152210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:RBS-LA30-Besprechung 4.112
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dvinci-einladung", uid="dvinci-augsburg-appointment-88213-4471@augsburg.de",
        interview=1, company="Stadt Augsburg",
        role="Fachberatung für Kindertageseinrichtungen (m/w/d) – EG S 17 TVöD SuE", stage="",
        interviewers="",
        trap="city-ats-invite-no-names",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//dvinci//Bewerbermanagement//DE
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:dvinci-augsburg-appointment-88213-4471@augsburg.de
DTSTAMP:20250311T074012Z
DTSTART:20250327T083000Z
DTEND:20250327T093000Z
SUMMARY:Einladung zum Vorstellungsgespräch - Stadt Augsburg
LOCATION:Amt für Kindertagesbetreuung\, Hoher Weg 8\, 86152 Augsburg\, Zimmer 214
DESCRIPTION:Stelle: Fachberatung für Kindertageseinrichtungen (m/w/d) – EG S 17 TVöD SuE\nKennziffer: 51-2025-09\n\nBitte melden Sie sich 10 Minuten vor Beginn an der Pforte. Bringen Sie bitte Ihre Zeugnisse im Original mit.\n\nFalls Sie den Termin nicht wahrnehmen können\, sagen Sie bitte über Ihr Bewerberkonto ab:\nhttps://karriere.augsburg.de/bewerberportal/login\n\nStadt Augsburg – Personalamt
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auswahlgespraech-lra", uid="040000008200E00074C5B7101A82E008000000003C9AB7E2A08ADB010000000000000000100000"
        "00D15E4F27A6C04F7EA8F1C6B3D2E91A05",
        interview=1, company="Landratsamt Rosenheim",
        role="Fachberatung Kindertagesbetreuung / Kita-Aufsicht (m/w/d)", stage="onsite",
        interviewers="m.obermaier@lra-rosenheim.de;kathrin.stadler@lra-rosenheim.de",
        trap="outlook-w-europe-sent-by-assistant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ATTENDEE;CN="Obermaier, Markus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.obermaier@lra-rosenheim.de
ATTENDEE;CN="Stadler, Kathrin";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kathrin.stadler@lra-rosenheim.de
ATTENDEE;CN=franzi.hofbauer@web.de;RSVP=TRUE:mailto:franzi.hofbauer@web.de
ATTENDEE;CN="Sitzungssaal 2 (Wittelsbacherstr.)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:sitzungssaal2@lra-rosenheim.de
CLASS:PUBLIC
CREATED:20250312T095510Z
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nim Auftrag von Herrn Obermaier (Sachgebietsleiter Kindertagesbetreuung) lade ich Sie zum Vorstellungsgespräch ein. Am Gespräch nehmen außerdem Frau Stadler (Fachberatung) sowie ein Mitglied des Personalrats teil.\n\nBitte melden Sie sich am Empfang im Hauptgebäude.\n\nMit freundlichen Grüßen\nJ. Huber\nVorzimmer Abteilung 3 – Jugend und Familie\n\n
DTEND;TZID="W. Europe Standard Time":20250402T110000
DTSTAMP:20250312T095510Z
DTSTART;TZID="W. Europe Standard Time":20250402T100000
LAST-MODIFIED:20250312T095510Z
LOCATION:Landratsamt Rosenheim\, Sitzungssaal 2
ORGANIZER;CN="Obermaier, Markus";SENT-BY="mailto:johanna.huber@lra-rosenheim.de":mailto:m.obermaier@lra-rosenheim.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Fachberatung Kita (Hofbauer)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003C9AB7E2A08ADB01000000000000000010000000D15E4F27A6C04F7EA8F1C6B3D2E91A05
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Hofbauer\,</p><p>im Auftrag von Herrn Obermaier ...</p></body></html>
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
    ),
    dict(
        kind="hearing", uid="3f0b7a9e-51c2-4e2b-9d1a-salzburg-mag-2-kb-hearing-07@stadt-salzburg.at",
        interview=1, company="Stadt Salzburg",
        role="Leitung Fachbereich Kinderbetreuung (Sozialpädagogik)", stage="final",
        interviewers="bernhard.moser@stadt-salzburg.at;Mag.a Ulrike Pichler;Dr. Gerald Wimmer",
        trap="austrian-hearing-vienna-tz",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + VIENNA + r"""BEGIN:VEVENT
ORGANIZER;CN=Moser Bernhard:mailto:bernhard.moser@stadt-salzburg.at
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
UID:3f0b7a9e-51c2-4e2b-9d1a-salzburg-mag-2-kb-hearing-07@stadt-salzburg.at
DTSTAMP:20250414T111830Z
DTSTART;TZID=Europe/Vienna:20250506T140000
DTEND;TZID=Europe/Vienna:20250506T153000
SUMMARY:Hearing – Leitung Fachbereich Kinderbetreuung
LOCATION:Schloss Mirabell\, Besprechungszimmer 1.07\, 5020 Salzburg
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nwie telefonisch besprochen\, dürfen wir Sie zum Hearing vor der Auswahlkommission einladen.\n\nAblauf:\n- Präsentation (15 Min.): "Qualitätsentwicklung in städtischen Kinderbetreuungseinrichtungen – meine ersten 100 Tage"\n- Fragen der Kommission (ca. 45 Min.)\n\nKommission: Herr Moser (Abteilungsvorstand Bildung\, Kinder\, Jugend)\, Frau Mag.a Pichler (Personalamt)\, Herr Dr. Wimmer (externer Personalberater)\n\nBitte bringen Sie einen Lichtbildausweis mit. Reisekosten werden nicht ersetzt.\n\nMit freundlichen Grüßen\nBernhard Moser\nMagistrat der Stadt Salzburg\, Abteilung 2
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prescreen-erstgespraech", uid="prescreen-interview-2b71d0c4e9a84f3f",
        interview=1, company="KiBe Salzburg",
        role="Regionalleitung Kinderbetreuung Flachgau/Stadt (w/m/d)", stage="recruiter_screen",
        interviewers="t.gruber@kibe-salzburg.at",
        trap="austrian-ats-video-first-talk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Interview//DE
METHOD:REQUEST
""" + VIENNA + r"""BEGIN:VEVENT
UID:prescreen-interview-2b71d0c4e9a84f3f
DTSTAMP:20250317T131500Z
DTSTART;TZID=Europe/Vienna:20250324T160000
DTEND;TZID=Europe/Vienna:20250324T163000
SUMMARY:Erstgespräch: Regionalleitung Kinderbetreuung Flachgau/Stadt (w/m/d) - KiBe Salzburg
DESCRIPTION:Hallo Franziska Hofbauer\,\n\nschön\, dass du dich für die Stelle als Regionalleitung Kinderbetreuung Flachgau/Stadt (w/m/d) interessierst! Dein Erstgespräch findet online via Microsoft Teams statt.\n\nGesprächspartnerin: Theresa Gruber (HR Business Partnerin)\n\nJetzt an der Besprechung teilnehmen:\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ4ZjU2Y2Et/0?context=%7b%22Tid%22%3a%22a1b2%22%7d\n\nBesprechungs-ID: 381 552 904 117\nKennung: Xk7pQ2\n\nLiebe Grüße\nDein KiBe-Recruiting-Team\n\n--\nGesendet mit prescreen
LOCATION:Microsoft Teams
ORGANIZER;CN=Theresa Gruber:mailto:noreply@prescreen.io
ATTENDEE;CN=Theresa Gruber;ROLE=REQ-PARTICIPANT:mailto:t.gruber@kibe-salzburg.at
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zweitgespraech-salzburg", uid="prescreen-interview-9e04c6a1f2b34d77",
        interview=1, company="KiBe Salzburg",
        role="Regionalleitung Kinderbetreuung Flachgau/Stadt (w/m/d)", stage="hiring_manager",
        interviewers="t.gruber@kibe-salzburg.at;a.hinterberger@kibe-salzburg.at",
        trap="austrian-ats-second-round-onsite",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Interview//DE
METHOD:REQUEST
""" + VIENNA + r"""BEGIN:VEVENT
UID:prescreen-interview-9e04c6a1f2b34d77
DTSTAMP:20250328T090405Z
DTSTART;TZID=Europe/Vienna:20250411T100000
DTEND;TZID=Europe/Vienna:20250411T113000
SUMMARY:Zweitgespräch vor Ort - KiBe Salzburg
DESCRIPTION:Hallo Franziska Hofbauer\,\n\nwir freuen uns\, dich persönlich kennenzulernen! Beim Zweitgespräch sind Andrea Hinterberger (pädagogische Geschäftsführung) und Theresa Gruber (HR) dabei. Danach zeigen wir dir gern noch unseren Kindergarten in Lehen.\n\nAdresse: KiBe Salzburg\, Ignaz-Harrer-Straße 38\, 5020 Salzburg (2. Stock\, bitte läuten)\nParken: Kurzparkzone\, besser mit dem Obus Linie 2\n\nLiebe Grüße\nDein KiBe-Recruiting-Team\n\n--\nGesendet mit prescreen
LOCATION:KiBe Salzburg\, Ignaz-Harrer-Straße 38\, 5020 Salzburg
ORGANIZER;CN=Theresa Gruber:mailto:noreply@prescreen.io
ATTENDEE;CN=Theresa Gruber;ROLE=REQ-PARTICIPANT:mailto:t.gruber@kibe-salzburg.at
ATTENDEE;CN=Andrea Hinterberger;ROLE=REQ-PARTICIPANT:mailto:a.hinterberger@kibe-salzburg.at
ATTENDEE;CN=Franziska Hofbauer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.hofbauer@web.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-bezirk", uid="040000008200E00074C5B7101A82E0080000000011DF5C03B18ADB01000000000000000010000000"
        "77C0E1A2B3D44F5A9E8D7C6B5A4F3E2D",
        interview=1, company="Bezirk Oberbayern",
        role="Fachberatung Inklusion in Kindertageseinrichtungen", stage="hiring_manager",
        interviewers="sandra.loibl@bezirk-oberbayern.de;martin.kraus@bezirk-oberbayern.de",
        trap="public-teams-interview-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Loibl, Sandra":mailto:sandra.loibl@bezirk-oberbayern.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kraus, Martin":mailto:martin.kraus@bezirk-oberbayern.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Hofbauer\,\n\nwie heute am Telefon vereinbart\, hier die Einladung für unser Gespräch zur Stelle Fachberatung Inklusion in Kindertageseinrichtungen. Herr Kraus aus unserem Team nimmt ebenfalls teil.\n\nViele Grüße\nSandra Loibl\nReferatsleitung Eingliederungshilfe Kinder\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\, in der mobilen App oder im Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGY1ZTQ3MjAt/0>\nBesprechungs-ID: 342 781 109 62\nKennung: Ze3sP9\nTeams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nAudio\n+49 89 20194 1133\,\,512004882# Deutschland\, München\nKonferenz-ID: 512 004 882#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000011DF5C03B18ADB0100000000000000001000000077C0E1A2B3D44F5A9E8D7C6B5A4F3E2D
SUMMARY;LANGUAGE=de-DE:Gespräch Fachberatung Inklusion / Frau Hofbauer
DTSTART;TZID=W. Europe Standard Time:20250320T150000
DTEND;TZID=W. Europe Standard Time:20250320T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T133309Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGY1ZTQ3MjAt/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:sandra.loibl@bezirk-oberbayern.de\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NGY1ZTQ3MjAt-thread.v2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="handy-eintrag", uid="8C2F3A1D-5E6B-4C7A-9D0E-1F2A3B4C5D6E",
        interview=1, company="Gemeinde Unterhaching", role="", stage="", interviewers="Hr. Wastl;Fr. Demmel",
        trap="self-typed-vg-abbreviation",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
""" + BERLIN_GOOGLE.replace("X-LIC-LOCATION:Europe/Berlin\n", "") + r"""BEGIN:VEVENT
CREATED:20250306T190244Z
DTEND;TZID=Europe/Berlin:20250313T113000
DTSTAMP:20250306T190301Z
DTSTART;TZID=Europe/Berlin:20250313T103000
LAST-MODIFIED:20250306T190301Z
LOCATION:Rathaus Unterhaching\, Zi. 2.14
DESCRIPTION:Sachgebietsltg Kinderbetreuung\, Hr. Wastl (Hauptamt) + Fr. Demmel (GR?)\nZeugnisse\, Mappe\nU-Bahn bis Fasanenpark\, dann 10 min zu Fuß\nSonja Bescheid sagen wg. Vertretung!!
SEQUENCE:0
SUMMARY:VG Gemeinde Unterhaching
UID:8C2F3A1D-5E6B-4C7A-9D0E-1F2A3B4C5D6E
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:0D6F8E21-77A3-4B6E-A2C9-3E1B9F0A4D55
UID:0D6F8E21-77A3-4B6E-A2C9-3E1B9F0A4D55
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="einladung-rosenheim", uid="kaHdK3x9TmK2b0Q1vW7r4Q@stadt-rosenheim.de",
        interview=1, company="Stadt Rosenheim", role="Bereichsleitung Städtische Kindertagesstätten",
        stage="", interviewers="anton.maier@rosenheim.de",
        trap="city-invite-later-cancelled",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Open-Xchange//7.10.6-Rev58//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250319T102744Z
ATTENDEE;CN=Maier\, Anton;PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL;EMAIL=anton.maier@rosenheim.de:mailto:anton.maier@rosenheim.de
ATTENDEE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE;EMAIL=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
CLASS:PUBLIC
CREATED:20250319T102744Z
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nanbei die Terminbestätigung für Ihr Vorstellungsgespräch für die Stelle "Bereichsleitung Städtische Kindertagesstätten".\n\nRathaus Rosenheim\, Königstraße 24\, Zimmer 107\n\nMit freundlichen Grüßen\nAnton Maier\nAmt für Kinder\, Jugend und Familie
DTEND;TZID=Europe/Berlin:20250403T150000
DTSTART;TZID=Europe/Berlin:20250403T140000
LAST-MODIFIED:20250319T102744Z
LOCATION:Rathaus Rosenheim\, Zi. 107
ORGANIZER;CN=Maier\, Anton:mailto:anton.maier@rosenheim.de
SEQUENCE:0
SUMMARY:Vorstellungsgespräch Fr. Hofbauer
TRANSP:OPAQUE
UID:kaHdK3x9TmK2b0Q1vW7r4Q@stadt-rosenheim.de
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="absage-termin", uid="kaHdK3x9TmK2b0Q1vW7r4Q@stadt-rosenheim.de",
        interview=1, company="Stadt Rosenheim", role="Bereichsleitung Städtische Kindertagesstätten",
        stage="", interviewers="anton.maier@rosenheim.de",
        trap="city-interview-method-cancel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Open-Xchange//7.10.6-Rev58//EN
VERSION:2.0
METHOD:CANCEL
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250328T071502Z
ATTENDEE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;EMAIL=franzi.hofbauer@web.de:mailto:franzi.hofbauer@web.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nleider müssen wir den Termin am 03.04. absagen\, da das Auswahlverfahren für die Stelle "Bereichsleitung Städtische Kindertagesstätten" vorerst ausgesetzt wird (Haushaltssperre). Wir melden uns\, sobald es weitergeht.\n\nMit freundlichen Grüßen\nAnton Maier
DTEND;TZID=Europe/Berlin:20250403T150000
DTSTART;TZID=Europe/Berlin:20250403T140000
LAST-MODIFIED:20250328T071502Z
ORGANIZER;CN=Maier\, Anton:mailto:anton.maier@rosenheim.de
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Abgesagt: Vorstellungsgespräch Fr. Hofbauer
UID:kaHdK3x9TmK2b0Q1vW7r4Q@stadt-rosenheim.de
END:VEVENT
END:VCALENDAR
""",
    ),
]
