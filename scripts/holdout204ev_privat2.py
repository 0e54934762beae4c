"""holdout204 negatives: personal life and interview look-alikes (part 2)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, TZ_ZURICH, ev

EVENTS = [
    ev(
        "referenzauskunft",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN=Widmer Lara:mailto:lara.widmer@ksb.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Pichler\n\nFrau Jana Horvat hat S
 ie als Referenz angegeben (Bewerbung als dipl. Pflegefachfrau HF\, Medizin
 ). Gerne würde ich Ihnen telefonisch ein paar Fragen zu ihrer Arbeitsweise
  und Zusammenarbeit stellen. Ich rufe Sie auf +43 664 3124487 an.\n\nFreund
 liche Grüsse\nLara Widmer\, HR Kantonsspital Baden\n
UID:040000008200E00074C5B7101A82E00800000000AF0B1C2D3E67DC01000000000000000
 010000000F1F2F3F4F5F6F7F8F9E0E1E2E3E4E5E6
SUMMARY;LANGUAGE=de-CH:Referenzauskunft J. Horvat – Telefonat
DTSTART;TZID=Europe/Zurich:20251126T120000
DTEND;TZID=Europe/Zurich:20251126T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Telefon
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000AF0B1C2D3E67DC01000000000000000010000000F1F2F3F4F5F6F7F8F9E0E1E2E3E4E5E6",
        trap="reference-call-user-is-referee-swiss-hospital",
    ),
    ev(
        "recruiter-ostschweiz",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:a1f0e9d8-c7b6-4a59-8e4d-3c2b1a0f9e8d
DTSTAMP:20251009T101500Z
DTSTART:20251013T153000Z
DTEND:20251013T160000Z
SUMMARY:Erstgespräch (30 Min.) zwischen Reto Ammann und Verena Pichler
DESCRIPTION:Veranstaltungsname: Erstgespräch (30 Min.)\n\nOrt: Telefon – Re
 to ruft Sie an: +43 664 3124487\n\nNotiz von Reto: Danke für Ihr Profil auf
  LinkedIn! Ich habe aktuell ein Mandat für eine Stationsleitung Pflege in ein
 em Spital in der Ostschweiz (Zentrumsspital\, Medizin) und würde Sie gerne
  kennenlernen – Details zum Haus gebe ich im Gespräch bzw. nach Ihrem Einver
 ständnis bekannt.\n\nCareSelect Health AG\, Personalberatung Gesundheitswesen
 \n\nPowered by Calendly.com
ORGANIZER;CN=Reto Ammann:mailto:reto.ammann@careselect-health.ch
ATTENDEE;CN=Verena Pichler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:verena.pichler86@aon.at
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        uid="a1f0e9d8-c7b6-4a59-8e4d-3c2b1a0f9e8d",
        trap="recruiter-call-unnamed-spital-in-der-ostschweiz",
    ),
    ev(
        "vorbereitung-hearing",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:C5D6E7F8-A9B0-4C1D-8E2F-3A4B5C6D7E8F
DTSTAMP:20251101T100000Z
DTSTART;TZID=Europe/Vienna:20251109T150000
DTEND;TZID=Europe/Vienna:20251109T180000
SUMMARY:Vorbereitung Hearing KFL!!
DESCRIPTION:Präsi 100 Tage fertig (max 8 Folien)\, laut üben + stoppen\nFragen
  Konfliktfall / Dienstplan / Personalausfall\nOrganigramm KFL anschauen
END:VEVENT
END:VCALENDAR
""",
        uid="C5D6E7F8-A9B0-4C1D-8E2F-3A4B5C6D7E8F",
        trap="prep-block-before-hearing",
        lf=True,
    ),
    ev(
        "danke-mail",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:D6E7F8A9-B0C1-4D2E-9F3A-4B5C6D7E8F90
DTSTAMP:20251106T190000Z
DTSTART;VALUE=DATE:20251107
DTEND;VALUE=DATE:20251108
SUMMARY:Danke-Mail Fr. Bächtiger KSSG schicken
DESCRIPTION:kurz! + nachfragen wegen Schnuppertag-Termin
END:VEVENT
END:VCALENDAR
""",
        uid="D6E7F8A9-B0C1-4D2E-9F3A-4B5C6D7E8F90",
        trap="thank-you-reminder-all-day",
        lf=True,
    ),
    ev(
        "eintrittsuntersuchung",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ZURICH + r"""BEGIN:VEVENT
ORGANIZER;CN=Personalärztlicher Dienst USZ:mailto:pad@usz.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Frau Pichler\n\nFür Ihren Stellenantri
 tt benötigen wir eine Eintrittsuntersuchung (Impfstatus inkl. Hepatitis B\,
  Masern\, Varizellen\; Tbc-Anamnese). Bitte Impfausweis mitbringen. Die Unt
 ersuchung kann auch per Fragebogen erfolgen\, falls Sie nicht anreisen.\n\nP
 ersonalärztlicher Dienst\n
UID:040000008200E00074C5B7101A82E00800000000B00B1E5C0FFE68DC01000000000000000
 01000000023456789ABCDEF0123456789ABCDEF01
SUMMARY;LANGUAGE=de-CH:Eintrittsuntersuchung PAD – Pichler Verena
DTSTART;TZID=Europe/Zurich:20260119T080000
DTEND;TZID=Europe/Zurich:20260119T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260106T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:USZ\, Personalärztlicher Dienst\, Gloriastrasse 29
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000B00B1E5C0FFE68DC0100000000000000001000000023456789ABCDEF0123456789ABCDEF01",
        trap="pre-employment-medical",
    ),
    ev(
        "bank-termin",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_WEU + r"""BEGIN:VEVENT
ORGANIZER;CN="Krammer, Philipp":mailto:philipp.krammer@steiermaerkische.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.pich
 ler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION;LANGUAGE=de-AT:Beratungsgespräch Finanzierung / Umschuldung Woh
 nung\, bitte letzte 3 Lohnzettel mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000C11D2E3F4A69DC01000000000000000
 0100000003456789ABCDEF0123456789ABCDEF012
SUMMARY;LANGUAGE=de-AT:Beratungsgespräch Steiermärkische – Fr. Pichler
DTSTART;TZID=W. Europe Standard Time:20251021T163000
DTEND;TZID=W. Europe Standard Time:20251021T173000
DTSTAMP:20251013T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Filiale Jakominiplatz
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E00800000000C11D2E3F4A69DC010000000000000000100000003456789ABCDEF0123456789ABCDEF012",
        trap="bank-beratungsgespraech",
    ),
    ev(
        "srk-anerkennung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:E7F8A9B0-C1D2-4E3F-A4B5-C6D7E8F9A0B1
DTSTAMP:20251028T190000Z
DTSTART:20251030T160000
DTEND:20251030T163000
SUMMARY:Notar Beglaubigung Diplom + Dienstzeugnisse (SRK Anerkennung)
DESCRIPTION:Notariat Dr. Hammer\, Joanneumring\nKopien: Diplom\, Stundentafel
 \, Dienstzeugnisse\, Pass -> dann SRK-Antrag online + Gebühr CHF 150
END:VEVENT
END:VCALENDAR
""",
        uid="E7F8A9B0-C1D2-4E3F-A4B5-C6D7E8F9A0B1",
        trap="diploma-recognition-notary-appointment",
        lf=True,
    ),
    ev(
        "hausarzt",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251219T070000Z
DTEND:20251219T073000Z
DTSTAMP:20251212T100000Z
UID:1k4n7q0t3w6z9c2f5i8l1o4r7u@google.com
SUMMARY:Dr. Pölzl Blutabnahme nüchtern
LOCATION:Gruppenpraxis Liebenau
END:VEVENT
END:VCALENDAR
""",
        uid="1k4n7q0t3w6z9c2f5i8l1o4r7u@google.com",
        trap="gp-blood-test",
    ),
    ev(
        "ak-beratung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Arbeiterkammer Steiermark//Terminbuchung//DE
METHOD:PUBLISH
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:ak-stmk-beratung-20251210-1430-0392@akstmk.at
DTSTAMP:20251201T120000Z
DTSTART;TZID=Europe/Vienna:20251210T143000
DTEND;TZID=Europe/Vienna:20251210T150000
SUMMARY:Beratungstermin Arbeitsrecht – AK Steiermark
DESCRIPTION:Ihr Termin: telefonische Beratung Arbeitsrecht\nThema laut Anmel
 dung: Kündigungsfrist Landesbedienstete\, Resturlaub\, Abfertigung bei Selbs
 tkündigung\nWir rufen Sie unter der angegebenen Nummer an.
LOCATION:Telefonberatung
END:VEVENT
END:VCALENDAR
""",
        uid="ak-stmk-beratung-20251210-1430-0392@akstmk.at",
        trap="labour-chamber-advice-on-notice-period",
    ),
    ev(
        "info-webinar-schweiz",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:webex-event-2551887120-pflege-ch
DTSTAMP:20251012T100000Z
DTSTART:20251015T170000Z
DTEND:20251015T180000Z
SUMMARY:Online-Infoabend: Als Pflegefachperson in der Schweiz arbeiten
DESCRIPTION:Themen: SRK-Anerkennung\, Bewilligung B/G\, Quellensteuer\, Lohn
 niveau\, typischer Ablauf von Bewerbung\, Vorstellungsgespräch und Schnupper
 tag in Schweizer Spitälern.\n\nWebex-Event beitreten: https://careselect.web
 ex.com/careselect/j.php?MTID=m9a1c2e3f4b5d6\nEreignisnummer: 2551 887 120\n\n
 CareSelect Health AG
ORGANIZER;CN=CareSelect Health Events:mailto:events@careselect-health.ch
ATTENDEE;CN=Verena Pichler;PARTSTAT=ACCEPTED:mailto:verena.pichler86@aon.at
LOCATION:Webex
END:VEVENT
END:VCALENDAR
""",
        uid="webex-event-2551887120-pflege-ch",
        trap="agency-info-webinar-working-in-switzerland",
    ),
    ev(
        "nachtdienst",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:F8A9B0C1-D2E3-4F4A-B5C6-D7E8F9A0B1C2
DTSTAMP:20251201T190000Z
DTSTART:20251212T190000
DTEND:20251213T070000
SUMMARY:ND
DESCRIPTION:getauscht mit Claudia (sie nimmt meinen FD 9.12.)
END:VEVENT
END:VCALENDAR
""",
        uid="F8A9B0C1-D2E3-4F4A-B5C6-D7E8F9A0B1C2",
        trap="night-shift-abbreviation",
        lf=True,
    ),
]
