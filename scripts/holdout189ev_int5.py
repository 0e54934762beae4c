"""holdout189: Bernd's own interviews, part 5 (typed, iCIMS, ModernLoop, public utility, two-round Spedition)."""

from holdout189ev_tz import BERLIN_GOOGLE, BERLIN_OX, CHICAGO, W_EUROPE

EVENTS = [
    # CTH Containertrucking: typed after a phone call with the owner
    dict(kind="ox-typed", uid="ox-20250404-2290@t-online.de", lab=(
        1, "CTH Containertrucking Hamburg", "", "hiring_manager", "Hr. Akgül",
        "typed-gespraech-chef-no-role"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:ox-20250404-2290@t-online.de
DTSTAMP:20250404T115902Z
SUMMARY:CTH Containertrucking Gespräch Chef Hr. Akgül
DTSTART;TZID=Europe/Berlin:20250408T170000
DTEND;TZID=Europe/Berlin:20250408T180000
LOCATION:Waltershofer Damm 19 (Container-Büro neben Waschanlage)
DESCRIPTION:nach Feierabend direkt hin\; Akgül will jemand für Dispo 35 Zü
 ge + Chassis-Pool
END:VEVENT
END:VCALENDAR
"""),
    # AeroCargo Services HAM: iCIMS, English
    dict(kind="icims", uid="icims-interview-2025-77310-4@aerocargo.icims.com", lab=(
        1, "AeroCargo Services HAM GmbH", "Station Manager Trucking Hamburg", "hiring_manager",
        "k.osei@aerocargo-services.com", "icims-english-interview-invitation"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-interview-2025-77310-4@aerocargo.icims.com
DTSTAMP:20250410T142233Z
DTSTART:20250416T130000Z
DTEND:20250416T140000Z
SUMMARY:Interview Invitation - Station Manager Trucking Hamburg (Req 77310)
ORGANIZER;CN=AeroCargo Talent Acquisition:mailto:donotreply@icims.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Kwame Osei:mailto:k.osei@aerocargo-services.com
LOCATION:AeroCargo Services\, Cargo Center HAM\, Building 570\, Flughafen Ha
 mburg
DESCRIPTION:Dear Bernd\,\n\nYou are invited to interview for Station Manag
 er Trucking Hamburg with Kwame Osei (Head of Road Feeder Services EMEA).\n
 Please bring a valid ID - airside access form will be prepared.\n\nThis is
  an automated message from iCIMS. Please do not reply.
END:VEVENT
END:VCALENDAR
"""),
    # Grotefend Bau: Fachgespräch with the Werkstattmeister (technical)
    dict(kind="google-invite", uid="0a9s8d7f6g5h4j3k2l1qwertyu@google.com", lab=(
        1, "Grotefend Bau GmbH", "Fuhrparkleiter (m/w/d)", "technical",
        "m.grotefend@grotefend-bau.de;werkstatt@grotefend-bau.de", "google-fachgespraech-werkstatt"),
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250429T070000
DTEND;TZID=Europe/Berlin:20250429T090000
DTSTAMP:20250422T104410Z
ORGANIZER;CN=Malte Grotefend:mailto:m.grotefend@grotefend-bau.de
UID:0a9s8d7f6g5h4j3k2l1qwertyu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=bernd.kowalski@t-online.de;X-NUM-GUESTS=0:mailto:bernd.kowalski@t-
 online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jörg Siebert (Werkstatt);X-NUM-GUESTS=0:mailto:werkstatt@grotefend-ba
 u.de
DESCRIPTION:Moin Herr Kowalski\,\nwie besprochen: Fachgespräch Fuhrparkleit
 er auf dem Bauhof mit mir und unserem Werkstattmeister (Hr. Siebert). Wir
  gehen gemeinsam durch Werkstatt\, Tankanlage und die Prüffristen-Liste (U
 VV\, SP\, Tacho\, Kran) - gern Ihre Einschätzung\, was Sie anders machen w
 ürden.\nGruß Malte Grotefend\nGeschäftsführer
LOCATION:Bauhof Grotefend\, Ochsenwerder Landscheideweg 210\, 21037 Hambu
 rg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fachgespräch Fuhrpark / Werkstatt (Hr. Kowalski)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    # Travewerke Lübeck: municipal utility, posted on Interamt, panel
    dict(kind="exchange-invite", uid="Travewerke-PA-2025-031-Gespraech-07@travewerke.de", lab=(
        1, "Travewerke Lübeck", "Sachgebietsleitung Fuhrpark (m/w/d)", "onsite",
        "jens.koopmann@travewerke.de;sabine.matthiesen@travewerke.de",
        "interamt-utility-strukturiertes-auswahlgespraech"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Bewerbermanagement Travewerke:mailto:bewerbung@travewerke.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bernd Kow
 alski:mailto:bernd.kowalski@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Koopmann, Jens":mailto
 :jens.koopmann@travewerke.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Matthiesen, Sabine (Be
 triebsrat)":mailto:sabine.matthiesen@travewerke.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="TW Raum Holstentor (EG)"
 :mailto:raum.holstentor@travewerke.de
DESCRIPTION;LANGUAGE=de-DE:Ausschreibung 2025-031 (veröffentlicht über Int
 eramt): Sachgebietsleitung Fuhrpark (m/w/d)\n\nSehr geehrter Herr Kowalski
 \,\nwir laden Sie zu einem strukturierten Auswahlgespräch ein. Es nehmen H
 err Koopmann (Abteilungsleitung Technische Dienste) und Frau Matthiesen (B
 etriebsrat) teil.\nReisekosten können nicht erstattet werden.\n\nIhr Bewerb
 ermanagement\n
UID:Travewerke-PA-2025-031-Gespraech-07@travewerke.de
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch 2025-031 / Kowalski
DTSTART;TZID=W. Europe Standard Time:20250430T100000
DTEND;TZID=W. Europe Standard Time:20250430T110000
CLASS:PUBLIC
DTSTAMP:20250416T120509Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:TW Raum Holstentor (EG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    # Nordversand Logistik: concludis
    dict(kind="concludis", uid="concludis-termin-99821-2@nordversand.concludis.de", lab=(
        1, "Nordversand Logistik GmbH", "Leiter Transportmanagement (m/w/d)", "hiring_manager",
        "a.petrovic@nordversand.de;k.lindner@nordversand.de", "concludis-termin-vorstellungsgespraech"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//concludis GmbH//concludis Bewerbermanagement//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:concludis-termin-99821-2@nordversand.concludis.de
DTSTAMP:20250402T083344Z
DTSTART:20250411T110000Z
DTEND:20250411T123000Z
SUMMARY:Termin Vorstellungsgespräch: Leiter Transportmanagement (m/w/d)
ORGANIZER;CN=Nordversand Logistik GmbH:mailto:bewerbermanagement@nordversa
 nd.concludis.de
ATTENDEE;CN=Herr Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Aleksandar Petrovic:mailto:a.petrovic@nordversand.de
ATTENDEE;CN=Katrin Lindner:mailto:k.lindner@nordversand.de
LOCATION:Nordversand Logistik GmbH\, Curslacker Neuer Deich 38\, 21029 Ham
 burg-Bergedorf
DESCRIPTION:Sehr geehrter Herr Kowalski\,\nbitte bestätigen Sie Ihren Term
 in. Gesprächspartner: Aleksandar Petrovic (Bereichsleiter Distribution)\,
  Katrin Lindner (Personalreferentin).\nMit freundlichen Grüßen\nIhr Nordve
 rsand Recruiting
END:VEVENT
END:VCALENDAR
"""),
    # Agrarhandel Ostholstein: Google Meet, X-WR-TIMEZONE export, UTC times
    dict(kind="google-meet", uid="2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com", lab=(
        1, "Agrarhandel Ostholstein eG", "Fuhrparkleiter (m/w/d)", "",
        "s.rohlfs@agrarhandel-oh.de", "google-meet-videointerview-genossenschaft"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250409T080000Z
DTEND:20250409T084500Z
DTSTAMP:20250402T131245Z
ORGANIZER;CN=Svenja Rohlfs:mailto:s.rohlfs@agrarhandel-oh.de
UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=bernd.kowalski@t-online.de;X-NUM-GUESTS=0:mailto:bernd.kowalski@t-
 online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Svenja Rohlfs;X-NUM-GUESTS=0:mailto:s.rohlfs@agrarhandel-oh.de
X-GOOGLE-CONFERENCE:https://meet.google.com/pzr-ukqa-vnb
DESCRIPTION:Videointerview Fuhrparkleiter (m/w/d) – Agrarhandel Ostholstei
 n eG\, Standort Oldenburg i.H.\n\nMit Google Meet teilnehmen: https://meet.
 google.com/pzr-ukqa-vnb\n\nWeitere Informationen zu Meet: https://support
 .google.com/a/users/answer/9282720
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videointerview Fuhrparkleiter – Agrarhandel Ostholstein
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    # Coldline Logistics Germany: US parent, ModernLoop, organiser in Chicago time
    dict(kind="modernloop", uid="ml-evt-6b1f0e3d-a2c4-4e58-97d1-c0f3b5a7e912", lab=(
        1, "Coldline Logistics Germany GmbH", "Transport Manager Bremen", "onsite",
        "rachel.kim@coldlinelogistics.com;m.heitmann@coldlinelogistics.de",
        "modernloop-panel-america-chicago"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
""" + CHICAGO + r"""BEGIN:VEVENT
UID:ml-evt-6b1f0e3d-a2c4-4e58-97d1-c0f3b5a7e912
DTSTAMP:20250417T181500Z
DTSTART;TZID=America/Chicago:20250424T030000
DTEND;TZID=America/Chicago:20250424T043000
SUMMARY:[Coldline] Panel Interview - Transport Manager Bremen - Bernd Kowal
 ski
ORGANIZER;CN=Coldline Recruiting:mailto:recruiting@coldlinelogistics.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Rachel Kim:mailto:rachel.kim@coldlinelogistics.com
ATTENDEE;CN=Marco Heitmann:mailto:m.heitmann@coldlinelogistics.de
ATTENDEE;CUTYPE=ROOM;CN=BRE-Conf-Weser:mailto:bre-conf-weser@coldlinelogist
 ics.com
LOCATION:Coldline Bremen DC\, Conference Room Weser (Rachel joins via Zoom)
DESCRIPTION:Panel interview for Transport Manager Bremen.\nPanel: Rachel K
 im (VP Transportation\, Chicago - via Zoom)\, Marco Heitmann (Site Directo
 r Bremen)\nTime shown in the organizer's time zone (CT) - that is 10:00 CE
 ST in Bremen.\n\nZoom: https://coldline.zoom.us/j/93301228841\n\nScheduled
  via ModernLoop
END:VEVENT
END:VCALENDAR
"""),
    # Schmidt & Partner Spedition: typed first talk, then Outlook second talk with GF
    dict(kind="ox-typed", uid="ox-20250317-6652@t-online.de", lab=(
        1, "Schmidt & Partner Spedition GmbH", "Disponent Fernverkehr", "", "Fr. Oltmanns",
        "typed-vorstellung-typo-abbrev"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250317-6652@t-online.de
DTSTAMP:20250317T204410Z
SUMMARY:Vorstelung Schmidt&Partner Bremen
DTSTART:20250321T093000
DTEND:20250321T110000
LOCATION:Bremen GVZ\, Hansator 14
DESCRIPTION:Disponent Fernverkehr\, Fr. Oltmanns (Ltg Dispo)\nZug 7:12 ab
 Hbf\, zurück 13:xx
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid=(
        "040000008200E00074C5B7101A82E00800000000B3E5F7A9C1A8DB01"
        "0000000000000000100000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D"), lab=(
        1, "Schmidt & Partner Spedition GmbH", "Disponent Fernverkehr", "final",
        "w.schmidt@schmidt-partner-spedition.de;i.oltmanns@schmidt-partner-spedition.de",
        "outlook-zweites-gespraech-gf-sent-by"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Schmidt, Wolfgang";SENT-BY="mailto:sekretariat@schmidt-partne
 r-spedition.de":mailto:w.schmidt@schmidt-partner-spedition.de
ATTENDEE;CN="bernd.kowalski@t-online.de";RSVP=TRUE:mailto:bernd.kowalski@t
 -online.de
ATTENDEE;CN="Oltmanns, Imke";RSVP=TRUE:mailto:i.oltmanns@schmidt-partner-sp
 edition.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalski\,\n\nHerr Schmidt m
 öchte Sie gern in einem zweiten Gespräch persönlich kennenlernen. Frau Olt
 manns ist ebenfalls dabei. Im Anschluss würden wir gern über Vertragsdetai
 ls sprechen.\n\ni.A. Gesa Wienholz\nSekretariat der Geschäftsführung\n
UID:040000008200E00074C5B7101A82E00800000000B3E5F7A9C1A8DB0100000000000000
 00100000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D
SUMMARY;LANGUAGE=de-DE:2. Gespräch Hr. Kowalski / GF
DTSTART;TZID=W. Europe Standard Time:20250404T140000
DTEND;TZID=W. Europe Standard Time:20250404T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hansator 14\, Bremen – Büro GF
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
]
