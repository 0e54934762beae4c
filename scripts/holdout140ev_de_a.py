"""holdout140: German employers with two rounds each (Deutsche Windtechnik, Nordex, Enercon)."""

from holdout140ev_common import TZ_BER, WIN_WEUROPE, E

EVENTS = [
    E("personio-kennenlernen", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:personio-event-77b21f04-1e3a-4d2c-9b7f-0c5a8e6d1f22@personio.de
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Berlin:20250310T100000
DTEND;TZID=Europe/Berlin:20250310T110000
SUMMARY:Kennenlerngespräch: Serviceleiter Offshore (m/w/d) - Mikkel Sørensen
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Herr Sørensen\,\n\nvielen Dank für Ihre Bewerbung als Ser
 viceleiter Offshore (m/w/d) am Standort Bremerhaven. Gerne möchten wir Si
 e in einem ersten Gespräch kennenlernen.\n\nTeilnehmende:\nIna Kruse (HR
  Business Partner)\nTimo Rademacher (Teamleiter Offshore Service)\n\nTeams-
 Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGVyc29u@thre
 ad.v2/0\n\nViele Grüße\nIhr Recruiting-Team der Deutsche Windtechnik
ORGANIZER;CN=Deutsche Windtechnik Recruiting:mailto:no-reply@personio.de
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mikkel.so
 rensen@mail.dk
ATTENDEE;CN=Ina Kruse;ROLE=REQ-PARTICIPANT:mailto:i.kruse@deutsche-windtech
 nik.com
ATTENDEE;CN=Timo Rademacher;ROLE=REQ-PARTICIPANT:mailto:t.rademacher@deutsc
 he-windtechnik.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "personio-event-77b21f04-1e3a-4d2c-9b7f-0c5a8e6d1f22@personio.de", True, "Deutsche Windtechnik",
      "Serviceleiter Offshore (m/w/d)", "hiring_manager",
      "i.kruse@deutsche-windtechnik.com;t.rademacher@deutsche-windtechnik.com",
      "personio-german-kennenlerngespraech"),

    E("zweitgespraech-basis", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Rademacher, Timo":mailto:T.Rademacher@deutsche-windtechnik.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hinrichs,
  Jörg":mailto:J.Hinrichs@deutsche-windtechnik.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kruse, In
 a":mailto:I.Kruse@deutsche-windtechnik.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=BHV Besprechungs
 raum Weser:mailto:BHV-Weser@deutsche-windtechnik.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Mikkel\,\n\nwie besprochen das Zweitgesprä
 ch bei uns vor Ort in Bremerhaven. Jörg Hinrichs (Standortleiter Offshore)
  und ich möchten mit Dir tiefer in Themen wie Einsatzplanung\, Arbeitssich
 erheit und Führung der Teams auf dem Schiff einsteigen. Danach zeigen wir
  Dir die Basis und das Lager.\n\nAdresse: Deutsche Windtechnik Offshore\,
  Am Lunedeich 131\, 27572 Bremerhaven. Bitte Sicherheitsschuhe mitbringen
 .\n\nGruß\nTimo\n
UID:040000008200E00074C5B7101A82E00800000000B3D2E1F0A9A6DB01000000000000000
 010000000AB12CD34EF56A78B90C1D2E3F4A5B6C7
SUMMARY;LANGUAGE=de-DE:Zweitgespräch vor Ort - Serviceleiter Offshore - Sør
 ensen
DTSTART;TZID=W. Europe Standard Time:20250409T100000
DTEND;TZID=W. Europe Standard Time:20250409T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T155012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BHV Besprechungsraum Weser
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B3D2E1F0A9A6DB01000000000000000010000000AB12CD34EF56A78B90C1D2E3F4A5B6C7",
      True, "Deutsche Windtechnik", "Serviceleiter Offshore", "onsite",
      "t.rademacher@deutsche-windtechnik.com;j.hinrichs@deutsche-windtechnik.com",
      "outlook-german-zweitgespraech-onsite-du-form"),

    E("telefoninterview-husum", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Jansen, Wiebke":mailto:WJansen@nordex-online.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Sørensen\,\n\nvielen Dank für
  Ihr Interesse an der Position Teamleiter Service (m/w/d) in Husum. Wie t
 elefonisch vereinbart rufe ich Sie am Dienstag um 15:00 Uhr unter +45 22
  61 09 38 an. Das Gespräch dauert ca. 30 Minuten.\n\nMit freundlichen Grüß
 en\nWiebke Jansen\nTalent Acquisition Partner\nNordex Energy SE & Co. KG\,
  Langenhorner Chaussee 600\, 22419 Hamburg\n
UID:040000008200E00074C5B7101A82E0080000000090C4E2A4C780DB01000000000000000
 010000000BB7E3C9A1D2F4E5A6B7C8D9E0F1A2B3C
SUMMARY;LANGUAGE=de-DE:Telefoninterview Teamleiter Service (m/w/d) Husum -
  Hr. Sørensen
DTSTART;TZID=W. Europe Standard Time:20250218T150000
DTEND;TZID=W. Europe Standard Time:20250218T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T102930Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000090C4E2A4C780DB01000000000000000010000000BB7E3C9A1D2F4E5A6B7C8D9E0F1A2B3C",
      True, "Nordex", "Teamleiter Service (m/w/d)", "recruiter_screen", "wjansen@nordex-online.com",
      "outlook-german-telefoninterview"),

    E("fachgespraech-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Clausen, Frank":mailto:FClausen@nordex-online.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jansen, W
 iebke":mailto:WJansen@nordex-online.com
DESCRIPTION;LANGUAGE=de-DE:Moin Herr Sørensen\,\n\nanbei die Einladung zum
  technischen Fachgespräch. Themen: Delta4000 / N149\, Fehlersuche Umricht
 er\, Großkomponententausch\, Einsatzplanung von 14 Technikern im Raum Hus
 um/Nordfriesland. Wir können gern teilweise auf Englisch sprechen.\n\nBes
 te Grüße\nFrank Clausen\nRegionalleiter Service Nord\n\n_________________
 _______________________________________________________________\nMicrosoft
  Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder
  Ihrem Raumgerät aus teil.\nHier klicken\, um an der Besprechung teilzune
 hmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_bm9yZGV4@threa
 d.v2/0>\nBesprechungs-ID: 312 447 905 118\nKennung: Wq7Hz2\n______________
 __________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000011B7F6A1F38ADB01000000000000000
 0100000002C4E6A8B0D1F3E5A7C9B1D3F5A7C9E1B
SUMMARY;LANGUAGE=de-DE:Technisches Fachgespräch TL Service Husum / Sørensen
DTSTART;TZID=W. Europe Standard Time:20250305T100000
DTEND;TZID=W. Europe Standard Time:20250305T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T081502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000011B7F6A1F38ADB010000000000000000100000002C4E6A8B0D1F3E5A7C9B1D3F5A7C9E1B",
      True, "Nordex", "Teamleiter Service", "technical", "fclausen@nordex-online.com",
      "outlook-german-teams-fachgespraech"),

    E("softgarden-vorstellung", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//softgarden e-recruiting//DE
METHOD:REQUEST
""" + TZ_BER + r"""BEGIN:VEVENT
UID:sg-interview-1849923-3391@softgarden.io
DTSTAMP:20250314T141500Z
DTSTART;TZID=Europe/Berlin:20250325T130000
DTEND;TZID=Europe/Berlin:20250325T140000
SUMMARY:Vorstellungsgespräch - Standortleiter Service (m/w/d) Region Nord
LOCATION:Online (Microsoft Teams)
DESCRIPTION:Sehr geehrter Herr Sørensen\,\n\nwir freuen uns\, Sie zu einem
  Vorstellungsgespräch für die Position Standortleiter Service (m/w/d) Regio
 n Nord einzuladen.\n\nGesprächspartner: Gerd Ubbens\, Leiter Service Regi
 on Nord\n\nLink zur Videokonferenz: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_ZW5lcmNv@thread.v2/0\n\nBitte bestätigen oder verschieb
 en Sie den Termin über Ihr Bewerberkonto.\n\nMit freundlichen Grüßen\nIhr
  ENERCON Recruiting-Team
ORGANIZER;CN=ENERCON Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mikkel.so
 rensen@mail.dk
ATTENDEE;CN=Gerd Ubbens;ROLE=REQ-PARTICIPANT:mailto:g.ubbens@enercon.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "sg-interview-1849923-3391@softgarden.io", True, "Enercon", "Standortleiter Service (m/w/d) Region Nord",
      "hiring_manager", "g.ubbens@enercon.de", "softgarden-german-vorstellungsgespraech"),

    E("assessment-center", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=ENERCON Personalentwicklung:mailto:pe-auswahl@enercon.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikkel Sør
 ensen:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tammen, Silk
 e Dr.":mailto:S.Tammen@enercon.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ubbens, Gerd"
 :mailto:G.Ubbens@enercon.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Sørensen\,\n\nwie besprochen
  laden wir Sie zu unserem eintägigen Assessment-Center für Führungskräfte
  im Service ein.\n\nAblauf:\n08:30 Begrüßung\n09:00 Präsentation (Ihre ers
 ten 100 Tage als Standortleiter)\n10:15 Gruppenübung\n11:30 Rollenspiel:
  Mitarbeitergespräch mit einem Servicetechniker\n12:30 Mittagessen\n13:30
  Interview mit Bereichsleitung (Dr. Silke Tammen\, Gerd Ubbens)\n15:30 Fee
 dback\n\nOrt: ENERCON Schulungszentrum\, Dreekamp 5\, 26605 Aurich\n\nMit
  freundlichen Grüßen\nPersonalentwicklung\n
UID:040000008200E00074C5B7101A82E008000000008A2F0C1D5BAEDB01000000000000000
 010000000C0FFEE11D2E3F4A5B6C7D8E9F0A1B2C3
SUMMARY;LANGUAGE=de-DE:Assessment-Center Führungskräfte Service - ENERCON A
 urich
DTSTART;TZID=W. Europe Standard Time:20250417T083000
DTEND;TZID=W. Europe Standard Time:20250417T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T093300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:ENERCON Schulungszentrum Aurich
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000008A2F0C1D5BAEDB01000000000000000010000000C0FFEE11D2E3F4A5B6C7D8E9F0A1B2C3",
      True, "Enercon", "", "onsite", "s.tammen@enercon.de;g.ubbens@enercon.de",
      "candidate-assessment-centre-with-appraisal-roleplay"),
]
