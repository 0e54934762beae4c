# ruff: noqa: E501
"""holdout243 events, part a2/b2: more end-client interviews (written blind)."""

EVENTS = [
    {
        "kind": "phone-call",
        "uid": "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000000000000000100000001122334455667788990011AABBCCDDEE",
        "is_interview": 1,
        "company": "Odenwald Papier AG",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "hans-peter.kreuzer@odenwald-papier.de",
        "trap": "telefoninterview-leiter-rechnungswesen",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Kreuzer, Hans-Peter":mailto:hans-peter.kreuzer@odenwald-papie
 r.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='m.kern@ke
 rn-consulting.de':mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Kern\,\n\nIhr Profil wurde uns v
 on der Fa. Proventa zugesandt. Ich würde mich gern telefonisch mit Ihnen ü
 ber unser Vorhaben unterhalten (Umstellung Produktkostenrechnung/Material-
 Ledger im Zuge S/4). Ich rufe Sie an.\n\nFreundliche Grüße\nHans-Peter Kr
 euzer\nLeiter Rechnungswesen\nOdenwald Papier AG\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000000000000000100000001122334455667788990011AABBCCDDEE
SUMMARY;LANGUAGE=de-DE:Telefonat Hr. Kreuzer / Hr. Kern (SAP CO-PC\, Mater
 ial-Ledger)
DTSTART;TZID=W. Europe Standard Time:20250409T130000
DTEND;TZID=W. Europe Standard Time:20250409T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T095512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hybrid-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000E6F7A8B9C0D1DB01000000000000000010000000AABBCCDDEEFF00112233445566778899",
        "is_interview": 1,
        "company": "FinaServ GmbH",
        "role": "SAP Central Finance Berater",
        "stage": "",
        "interviewers": "o.brueckner@finaserv.de;nadine.koenig@finaserv.de",
        "trap": "platform-sourced-interview-room-resource",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Brückner, Olaf":mailto:o.brueckner@finaserv.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matthias K
 ern (Kern Consulting):mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="König, Nadine"
 :mailto:nadine.koenig@finaserv.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FS-FFM-3.12 (8 P
 ers.\, Teams Room)":mailto:fs-ffm-312@finaserv.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kern\,\n\nwir haben Ihr Profil auf f
 reiwerk.de gefunden und danken für Ihr Angebot zum Projekt "S/4 Central Fi
 nance". Wir möchten gern mit Ihnen sprechen – gern bei uns im Haus (Theod
 or-Heuss-Allee 112\, 3. OG)\, alternativ per Teams.\n\nGruß\, O. Brückner
 \n________________________________________________________________________
 ________\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen
  <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk2%40thread.v2/
 0>\nBesprechungs-ID: 317 009 662 45\nKennung: 3Zx8mT\nPer Telefon teilnehm
 en\n+49 69 365052724\,\,660918442# Germany\, Frankfurt am Main\n__________
 ______________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E6F7A8B9C0D1DB01000000000000000010000000AABBCCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=de-DE:Gespräch Projekt S/4 Central Finance – Hr. Kern (fre
 iwerk)
DTSTART;TZID=W. Europe Standard Time:20250414T100000
DTEND;TZID=W. Europe Standard Time:20250414T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T141901Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:FS-FFM-3.12 (8 Pers.\, Teams Room)\; Microsoft Tea
 ms-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
