"""holdout220 events, part F: the user on the HIRING side at Spital Aare (raw iCalendar). All negatives."""

_N = dict(iv=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _N, kind="vorstellungsgespraech", trap="user-as-interviewer-hr-invite-vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000A0B5C1D2E3A1DB0100000000000000001000000010203040506070809011",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Rohrbach Seraina (Personaldienst)":mailto:seraina.rohrbach@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wälti Daniel (ICT)":mailto:daniel.waelt
 i@spitalaare.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Haus 12 SZ 2.05":mailto:sz-h12-205@spitalaar
 e.ch
DESCRIPTION;LANGUAGE=de-CH:Hallo zusammen\n\nAnbei der Termin mit Frau Nadi
 a Berisha für die Stelle Supporttechniker/in 1st Level (80-100 %). Dossie
 r findet ihr in Umantis (Bewerbung Nr. 2025-0107). Bitte Bewertungsbogen n
 ach dem Gespräch ausfüllen.\n\nIch hole die Kandidatin am Empfang ab.\n\nL
 G Seraina\n
UID:040000008200E00074C5B7101A82E00800000000A0B5C1D2E3A1DB0100000000000000001000000010203040506070809011
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Supporttechniker/in 1st Level – Frau N. Berisha
DTSTART;TZID=W. Europe Standard Time:20250429T100000
DTEND;TZID=W. Europe Standard Time:20250429T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Haus 12 SZ 2.05
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="zweitgespraech", trap="user-as-interviewer-organizer-candidate-on-gmail",
        uid="040000008200E00074C5B7101A82E008000000001C2D3E4F5A6BDB01000000000000000010000000ABABABABCDCDCDCDEFEF",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Zbinden Lukas (ICT)":mailto:lukas.zbinden@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marco.rueegg91@gmail.com:mailto:marco.ru
 eegg91@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rohrbach Seraina (Personaldienst)":mail
 to:seraina.rohrbach@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Rüegg\n\nVielen Dank für das gute e
 rste Gespräch. Gerne lade ich Sie zum Zweitgespräch ein. Im ersten Teil ze
 igen Sie uns im Testlabor\, wie Sie einen Client mit SCCM neu aufsetzen un
 d einen Benutzer im AD erfassen (ca. 30 Min.)\, danach besprechen wir mit
  Frau Rohrbach die Anstellungsbedingungen.\n\nTreffpunkt: Empfang Haus 12.
 \n\nFreundliche Grüsse\nLukas Zbinden\nSystemtechniker ICT\, Spital Aare A
 G\n
UID:040000008200E00074C5B7101A82E008000000001C2D3E4F5A6BDB01000000000000000010000000ABABABABCDCDCDCDEFEF
SUMMARY;LANGUAGE=de-CH:Zweitgespräch Supporttechniker/in – Herr Rüegg
DTSTART;TZID=W. Europe Standard Time:20250508T133000
DTEND;TZID=W. Europe Standard Time:20250508T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T111500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Haus 12\, ICT Testlabor
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="bewertungsbogen", trap="user-as-interviewer-bewertungsbogen-block",
        uid="040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB0100000000000000001000000099887766554433221100",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Berisha + Rüegg: Bewertungsbogen in Umantis (Fachkompetenz 1-4\,
  Kundenorientierung\, Teamfit\, Gesamteindruck). Bis Fr. an Seraina.\n
DTEND;TZID="W. Europe Standard Time":20250509T090000
DTSTAMP:20250508T151500Z
DTSTART;TZID="W. Europe Standard Time":20250509T083000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Bewertungsbögen ausfüllen
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB0100000000000000001000000099887766554433221100
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="umantis-interviewer", trap="user-as-interviewer-ats-copy-to-interviewer",
        uid="umantis-spitalaare-appointment-2025-0113-1@abacusumantis.ch",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
@VTZ:ZURICH@
BEGIN:VEVENT
UID:umantis-spitalaare-appointment-2025-0113-1@abacusumantis.ch
DTSTAMP:20250505T120000Z
DTSTART;TZID=Europe/Zurich:20250512T140000
DTEND;TZID=Europe/Zurich:20250512T150000
SUMMARY:Interview: Supporttechniker/in 1st Level (80-100 %) – Krasniqi Arben
ORGANIZER;CN="Spital Aare AG – Stellenportal":mailto:no-reply@jobs.spitalaare.ch
ATTENDEE;CN="Zbinden Lukas";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lukas.zbinden@spitalaare.ch
ATTENDEE;CN="Wälti Daniel";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:daniel.waelti@spitalaare.ch
DESCRIPTION:Sie sind als Interviewer/in für folgenden Termin eingetragen.\n
 \nKandidat/in: Arben Krasniqi\nStelle: Supporttechniker/in 1st Level (80-
 100 %)\nOrt: Haus 12\, SZ 2.05\n\nBewerbungsunterlagen und Beurteilungsfor
 mular: https://spitalaare.umantis.com/Recruiting/Application/2025-0113
LOCATION:Haus 12\, SZ 2.05
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="auswertung", trap="user-as-interviewer-debrief-decision-meeting",
        uid="040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DB01000000000000000010000000F0E0D0C0B0A090807060",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hostettler Markus (ICT)":mailto:markus.hostettler@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wälti Daniel (ICT)":mailto:daniel.waelt
 i@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rohrbach Seraina (Personaldienst)":mail
 to:seraina.rohrbach@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Auswertung der Gespräche Supporttechniker/in 1s
 t Level und Entscheid (Berisha / Rüegg / Krasniqi). Bitte Bewertungsbögen
  vorher in Umantis erfassen.\n\nMicrosoft Teams-Besprechung\nJetzt an der
  Besprechung teilnehmen\nBesprechungs-ID: 388 402 117 90\nKennung: aB3x7Q
 \n
UID:040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DB01000000000000000010000000F0E0D0C0B0A090807060
SUMMARY;LANGUAGE=de-CH:Auswertung Gespräche Supporttechniker/in – Entscheid
DTSTART;TZID=W. Europe Standard Time:20250514T161500
DTEND;TZID=W. Europe Standard Time:20250514T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="schnuppertag", trap="user-as-interviewer-supervises-candidate-schnuppertag",
        uid="040000008200E00074C5B7101A82E0080000000033A1B2C4D5E6DB01000000000000000010000000135724680ACE13579BDF",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Wälti Daniel (ICT)":mailto:daniel.waelti@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ICT Servicedesk":mailto:ict-servicedes
 k@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Dominik Schmid (Kandidat Supporttechniker) schn
 uppert bei uns. Lukas nimmt ihn mit auf die Stationen (Druckerprobleme\,
  Rollout Notebooks Haus 7)\, am Nachmittag 1st-Level-Telefon mit Mithören.
  Um 16:00 kurzes Feedback mit mir. Badge Tagesgast ist bestellt.\n
UID:040000008200E00074C5B7101A82E0080000000033A1B2C4D5E6DB01000000000000000010000000135724680ACE13579BDF
SUMMARY;LANGUAGE=de-CH:Schnuppertag D. Schmid (Supporttechniker) – Begleitung Lukas
DTSTART;TZID=W. Europe Standard Time:20250520T080000
DTEND;TZID=W. Europe Standard Time:20250520T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ICT Servicedesk\, Haus 12 EG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="accepted-reply", trap="user-as-interviewer-candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E0080000000077C8D9E0F1A2DB010000000000000000100000002468ACE02468ACE02468",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250425T120000Z
DTEND:20250425T123000Z
DTSTAMP:20250423T184511Z
ORGANIZER;CN=Zbinden Lukas (ICT):mailto:lukas.zbinden@spitalaare.ch
UID:040000008200E00074C5B7101A82E0080000000077C8D9E0F1A2DB010000000000000000100000002468ACE02468ACE02468
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Leonie
  Meier;X-NUM-GUESTS=0:mailto:leonie.meier.be@gmail.com
COMMENT:Vielen Dank\, ich bin gerne dabei. Freundliche Grüsse\, Leonie Meier
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Telefoninterview Supporttechniker/in 1st Level
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="kandidatenvorschlag", trap="user-as-interviewer-agency-presents-candidate",
        uid="9f2c4a1e-ppb-2025-0514-ict@personalpunkt.ch",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@VTZ:WEST@
BEGIN:VEVENT
ATTENDEE;CN="Zbinden Lukas (ICT)";RSVP=TRUE:mailto:lukas.zbinden@spitalaare.ch
ATTENDEE;CN="Wälti Daniel (ICT)";RSVP=TRUE:mailto:daniel.waelti@spitalaare.ch
DESCRIPTION:Guten Tag Herr Zbinden\, guten Tag Herr Wälti\n\nWie telefonisc
 h besprochen stelle ich Ihnen Herrn Fabio Bernasconi für die temporäre Ein
 satzstelle Supporttechniker (Juli–Dezember) vor. Das Kurzprofil (anonymisi
 ert) liegt bei. Herr Bernasconi wird beim Termin persönlich anwesend sein.
 \n\nFreundliche Grüsse\nPatrick Imboden\, Personalpunkt Bern AG
DTEND;TZID="W. Europe Standard Time":20250516T103000
DTSTAMP:20250514T094500Z
DTSTART;TZID="W. Europe Standard Time":20250516T100000
LOCATION:Spital Aare\, Haus 12\, ICT Sitzungszimmer
ORGANIZER;CN="Patrick Imboden":mailto:patrick.imboden@personalpunkt.ch
SEQUENCE:0
SUMMARY:Kandidatenvorstellung F. Bernasconi – Supporttechniker temporär
UID:9f2c4a1e-ppb-2025-0514-ict@personalpunkt.ch
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="notizen-kandidatin", trap="user-as-interviewer-typed-phone-screen-notes",
        uid="040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000044556677889900AABBDD",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:L. Meier 079 xxx – wirkt motiviert\, KV + Weiterbildung ICT-Sup
 porterin\, AD nur Grundlagen\, kein SCCM. Lohnvorst. 78k\, frühestens 1.9.
  -> eher nein\, Seraina fragen ob 2. Runde.\n
DTEND;TZID="W. Europe Standard Time":20250425T143000
DTSTAMP:20250425T145000Z
DTSTART;TZID="W. Europe Standard Time":20250425T140000
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Tel.interview L. Meier 1st lvl
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000044556677889900AABBDD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="bookings-host", trap="user-as-interviewer-bookings-staff-host",
        uid="AAMkAGI1ZjYxNDc0LTNlYjctNDkwMi1hZDE0LTVlMjc4YjZmZTg0MABGAAAAAAC1rT3Qp8X=",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN=Spital Aare ICT Rekrutierung:mailto:ICTRekrutierung@spitalaare.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Neue Buchung\n\nDienstleistung: Kennenlerngesp
 räch Supporttechniker/in (20 Min.)\nMitarbeiter: Lukas Zbinden\nKunde: Ar
 ben Krasniqi\nE-Mail: arben.krasniqi@outlook.com\nTelefon: 078 613 22 40\n
 Notizen des Kunden: Habe mich über jobs.ch beworben.\n\nTeams-Link wird a
 utomatisch erstellt.\n
UID:AAMkAGI1ZjYxNDc0LTNlYjctNDkwMi1hZDE0LTVlMjc4YjZmZTg0MABGAAAAAAC1rT3Qp8X=
SUMMARY;LANGUAGE=de-CH:Kennenlerngespräch Supporttechniker/in – Arben Krasniqi
DTSTART;TZID=W. Europe Standard Time:20250502T084000
DTEND;TZID=W. Europe Standard Time:20250502T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="praktische-aufgabe", trap="user-as-interviewer-runs-practical-test",
        uid="0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
DESCRIPTION:Testlabor vorbereiten: VM W11 ohne Agent\, Testuser im OU Test
 \, Drucker HP M428 im VLAN 112. Aufgaben ausdrucken (3 Stück). Krasniqi h
 at 45 Min.\, ich beobachte + Protokoll für Bewertung.\n
DTEND;TZID="W. Europe Standard Time":20250522T110000
DTSTAMP:20250519T070000Z
DTSTART;TZID="W. Europe Standard Time":20250522T100000
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Praktische Aufgabe Hr. Krasniqi (Testlabor)
TRANSP:OPAQUE
UID:0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="schnupperlehre", trap="user-as-interviewer-schnupperlehre-apprentice-candidate",
        uid="040000008200E00074C5B7101A82E00800000000F00DF00DF00DDB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Berufsbildung Spital Aare":mailto:berufsbildung@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Schnupperlehre Informatiker/in EFZ Plattforment
 wicklung: Jana Tschanz (Sek 8. Klasse\, Oberstufe Köniz). Lukas ist Ansp
 rechperson. Am Ende bitte Schnupperbericht ausfüllen (Formular Berufsbild
 ung) – Grundlage für die Lehrstellenvergabe 2026.\n
UID:040000008200E00074C5B7101A82E00800000000F00DF00DF00DDB01000000000000000010000000B0B1B2B3B4B5B6B7B8B9
SUMMARY;LANGUAGE=de-CH:Schnupperlehre J. Tschanz (Informatik)
DTSTART;VALUE=DATE:20250602
DTEND;VALUE=DATE:20250604
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T100000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="auswahlgremium", trap="user-as-interviewer-panel-member-teamleitung",
        uid="040000008200E00074C5B7101A82E0080000000012341234ABCDDB01000000000000000010000000C1C2C3C4C5C6C7C8C9CA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@VTZ:WEST@
BEGIN:VEVENT
ORGANIZER;CN="Hostettler Markus (ICT)":mailto:markus.hostettler@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zbinden Lukas (ICT)":mailto:lukas.zbind
 en@spitalaare.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Iseli Brigitte (HR)":mailto:brigitte.is
 eli@spitalaare.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Haus 1 Direktion SZ Gurten":mailto:sz-gurten
 @spitalaare.ch
DESCRIPTION;LANGUAGE=de-CH:Auswahlgespräche Teamleitung Servicedesk\, Kand
 idatin 2 (intern) und Kandidat 3 (extern). Gremium: M. Hostettler\, B. Is
 eli\, L. Zbinden (Vertretung Team). Fragenkatalog im Anhang\, Rollenverte
 ilung: Lukas stellt die Fachfragen Teil B.\n
UID:040000008200E00074C5B7101A82E0080000000012341234ABCDDB01000000000000000010000000C1C2C3C4C5C6C7C8C9CA
SUMMARY;LANGUAGE=de-CH:Auswahlgespräche TL Servicedesk (Gremium)
DTSTART;TZID=W. Europe Standard Time:20250604T130000
DTEND;TZID=W. Europe Standard Time:20250604T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250526T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Haus 1 Direktion SZ Gurten
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    dict(
        _N, kind="leitfaden", trap="user-as-interviewer-prep-interview-guide",
        uid="6E5D4C3B-2A19-4807-B6F5-E4D3C2B1A098",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@VTZ:WEST@
BEGIN:VEVENT
DESCRIPTION:Interviewleitfaden 1st Level von HR anpassen: Fachfragen AD/M36
 5/Drucker\, Fallbeispiel Telefon Station\, Pikettbereitschaft ja/nein.\n
DTEND;TZID="W. Europe Standard Time":20250428T170000
DTSTAMP:20250424T160000Z
DTSTART;TZID="W. Europe Standard Time":20250428T160000
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Leitfaden Gespräche Supporttechniker vorbereiten
TRANSP:OPAQUE
UID:6E5D4C3B-2A19-4807-B6F5-E4D3C2B1A098
END:VEVENT
END:VCALENDAR""",
    ),
]
