# ruff: noqa: E501
"""holdout158 events, part g: personal life, prep and follow-up, press work in other languages. CC0 1.0."""

from holdout158ev_tz import BERLIN, BERLIN_APPLE, BRUSSELS, LONDON, MADRID, W_EUROPE

EVENTS = [
    (
        "prep-block",
        "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250301T180000Z
DTSTAMP:20250301T180012Z
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTSTART;TZID=Europe/Berlin:20250303T193000
DTEND;TZID=Europe/Berlin:20250303T213000
SUMMARY:Vorbereitung Elbkai Zweitgespräch
DESCRIPTION:GB 2024 lesen (Kap. Nachhaltigkeit)\, Presseschau letzte 12 Monate\, 3 Fragen an Lüders\, Antwort auf "Warum nach 20 J. raus aus dem Journalismus?"
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "prep-block-names-employer",
    ),
    (
        "dankesmail",
        "2B3C4D5E-6F70-4819-AA0B-1C2D3E4F5061",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250402T151500Z
DTSTAMP:20250402T151512Z
UID:2B3C4D5E-6F70-4819-AA0B-1C2D3E4F5061
DTSTART;VALUE=DATE:20250403
DTEND;VALUE=DATE:20250404
SUMMARY:Dankesmail Almenara (Marta Solís + Carlos) – auf Spanisch?!
DESCRIPTION:Bezug auf Castellana-Gespräch\, Idee Energiepartnerschaft DE-ES nochmal nennen
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "thank-you-reminder-after-final",
    ),
    (
        "einstellungsuntersuchung",
        "bad-termin-20250512-0930@bad-gmbh.de",
        r"""BEGIN:VCALENDAR
PRODID:-//B·A·D GmbH//Terminbuchung//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:bad-termin-20250512-0930@bad-gmbh.de
DTSTAMP:20250505T090000Z
DTSTART;TZID=Europe/Berlin:20250512T093000
DTEND;TZID=Europe/Berlin:20250512T103000
SUMMARY:Einstellungsuntersuchung (Arbeitsmedizin) – Janssen\, Friederike
DESCRIPTION:Terminbestätigung: arbeitsmedizinische Einstellungsuntersuchung im Auftrag Ihres künftigen Arbeitgebers. Bitte nüchtern erscheinen\, Impfpass und Brille mitbringen.\n\nB·A·D Gesundheitszentrum Hamburg-City\, Spaldingstraße 160
LOCATION:Spaldingstraße 160\, 20097 Hamburg
ORGANIZER;CN=B·A·D Terminservice:mailto:termine-hamburg@bad-gmbh.de
ATTENDEE;CN=Friederike Janssen;RSVP=TRUE:mailto:f.janssen.hh@web.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "pre-employment-medical",
    ),
    (
        "doctolib-zahnarzt",
        "doctolib-appointment-4417882913",
        r"""BEGIN:VCALENDAR
PRODID:-//Doctolib//Doctolib Calendar//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-4417882913
DTSTAMP:20250201T101500Z
DTSTART:20250218T071500Z
DTEND:20250218T080000Z
SUMMARY:Termin bei Dr. med. dent. Ole Behrens
DESCRIPTION:Professionelle Zahnreinigung\nZahnarztpraxis Dr. Behrens\, Osterstraße 88\, 20259 Hamburg\n\nTermin verwalten: https://www.doctolib.de/appointments
LOCATION:Osterstraße 88\, 20259 Hamburg
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "personal-dentist-doctolib", "lf",
    ),
    (
        "elternabend",
        "8e7d6c5b4a39@iserv-gyo.de",
        r"""BEGIN:VCALENDAR
PRODID:-//IServ//Kalender//DE
VERSION:2.0
""" + BERLIN + r"""BEGIN:VEVENT
UID:8e7d6c5b4a39@iserv-gyo.de
DTSTAMP:20250303T070000Z
DTSTART;TZID=Europe/Berlin:20250319T193000
DTEND;TZID=Europe/Berlin:20250319T211500
SUMMARY:Elternabend 8b – Klassenfahrt Amrum\, Profilwahl
LOCATION:Gymnasium Ohmoor\, Raum 204
DESCRIPTION:Tagesordnung: Klassenfahrt\, Profiloberstufe\, Handyregeln. Elternvertretung: Fr. Stoltenberg
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "school-parents-evening", "lf,nofold",
    ),
    (
        "bank-termin",
        "haspa-beratung-77120934@haspa.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Hamburger Sparkasse//Online-Terminvereinbarung//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:haspa-beratung-77120934@haspa.de
DTSTAMP:20250306T101000Z
DTSTART;TZID=Europe/Berlin:20250314T173000
DTEND;TZID=Europe/Berlin:20250314T183000
SUMMARY:Ihr Beratungsgespräch: Anschlussfinanzierung
DESCRIPTION:Ihr Berater: Malte Jürgensen\, Filiale Eimsbüttel. Bitte bringen Sie die letzten drei Gehaltsnachweise und den aktuellen Darlehenskontoauszug mit.
LOCATION:Haspa Filiale Osterstraße 120
ORGANIZER;CN=Malte Jürgensen:mailto:malte.juergensen@haspa.de
ATTENDEE;CN=Friederike Janssen;RSVP=TRUE:mailto:f.janssen.hh@web.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "bank-beratungsgespraech-personal",
    ),
    (
        "kundenzentrum",
        "termin-hh-kz-eimsbuettel-2025-0042281@hamburg.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Freie und Hansestadt Hamburg//Terminvergabe//DE
VERSION:2.0
BEGIN:VEVENT
UID:termin-hh-kz-eimsbuettel-2025-0042281@hamburg.de
DTSTAMP:20250310T194500Z
DTSTART:20250324T074000
DTEND:20250324T080000
SUMMARY:Termin Kundenzentrum Eimsbüttel: Personalausweis beantragen
DESCRIPTION:Vorgangsnummer: 0042281\nBitte mitbringen: biometrisches Passfoto\, alter Ausweis. Bitte seien Sie 5 Minuten vor dem Termin vor Ort.
LOCATION:Kundenzentrum Eimsbüttel\, Grindelberg 62-66
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "official-appointment-floating",
    ),
    (
        "ecb-interview",
        "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Media Relations ECB":mailto:media@ecb-press.example.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Janssen\,\n\nWe confirm the interview with Executive Board member Dr. Isabel Marquês for Hanseatische Rundschau. The interview will be conducted in English by phone\, 30 minutes\, on the record. Quotes are subject to approval by our press office within 24 hours.\n\nKind regards\,\nMedia Relations Division\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDB01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=en-GB:Interview Dr Marquês – Hanseatische Rundschau (phone)
DTSTART;TZID=W. Europe Standard Time:20250408T163000
DTEND;TZID=W. Europe Standard Time:20250408T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone – ECB will call
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-interview-english-central-bank",
    ),
    (
        "entretien-commissaire",
        "agenda-presse-7731@ec-spokes.example.eu",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250429T150000
DTEND;TZID=Europe/Brussels:20250429T153000
DTSTAMP:20250422T100000Z
ORGANIZER;CN=Élodie Garnier:mailto:elodie.garnier@ec-spokes.example.eu
UID:agenda-presse-7731@ec-spokes.example.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=friederike.janssen@hanse-rundschau.de;X-NUM-GUESTS=0:mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION:Madame\,\n\nJe vous confirme l'entretien de 30 minutes avec la Commissaire pour votre série sur les ports européens. L'entretien aura lieu au Berlaymont\, salle de presse 1\, en français ou en anglais. Merci de nous transmettre les citations pour relecture.\n\nCordialement\,\nÉlodie Garnier\, porte-parole adjointe
LOCATION:Berlaymont\, Rue de la Loi 200\, Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Commissaire – Hanseatische Rundschau (F. Janssen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-entretien-french-brussels",
    ),
    (
        "entrevista-puerto",
        "presse-algeciras-f83a1@apba.example.es",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Estimada Sra. Janssen:\n\nLe confirmamos la entrevista con el presidente de la Autoridad Portuaria para su reportaje sobre los puertos del sur de Europa. Duración aproximada: 45 minutos\, después visita a la terminal de contenedores. Traductor disponible si lo necesita.\n\nUn cordial saludo\,\nGabinete de Prensa
DTEND;TZID=Europe/Madrid:20250521T113000
DTSTAMP:20250430T090000Z
DTSTART;TZID=Europe/Madrid:20250521T100000
LOCATION:Autoridad Portuaria\, Avda. de la Hispanidad 2\, Algeciras
ORGANIZER;CN="Gabinete de Prensa APBA":mailto:prensa@apba.example.es
ATTENDEE;CN="Janssen, Friederike";RSVP=TRUE:mailto:friederike.janssen@hanse-rundschau.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Entrevista Presidente APBA – Hanseatische Rundschau
TRANSP:OPAQUE
UID:presse-algeciras-f83a1@apba.example.es
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-entrevista-spanish-port",
    ),
    (
        "kandidatencheck",
        "040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DB0100000000000000001000000010213243546576879A8B7C6D5E4F3021",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Krüger, Stefan (Foto)":mailto:stefan.krueger@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Büro Dr. Marlene Ufer:mailto:buero.ufer@partei-hh.example.de
DESCRIPTION;LANGUAGE=de-DE:Kandidatencheck Wirtschaftspolitik: Interview mit der Spitzenkandidatin Dr. Marlene Ufer\, 40 Min.\, danach Fotos. Fragen: Hafen\, Hafenbahn\, Gewerbeflächen\, Fachkräfte.\n
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F70DB0100000000000000001000000010213243546576879A8B7C6D5E4F3021
SUMMARY;LANGUAGE=de-DE:Kandidatencheck: Interview Spitzenkandidatin Dr. Ufer
DTSTART;TZID=W. Europe Standard Time:20250217T130000
DTEND;TZID=W. Europe Standard Time:20250217T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Landesgeschäftsstelle\, Kurt-Schumacher-Allee
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-election-candidate-interview",
    ),
    (
        "interview-personalvorstand",
        "serie-jobmarkt-nord-07@hanse-rundschau.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Serie "Jobmarkt Nord" Teil 7: Personalvorständin Hanse Airport\, Fr. Dr. Lüdemann – wie sie 400 Leute für den Sommer rekrutieren\, Bewerbungsgespräche per Video\, Probetage für Bodenpersonal. Pressestelle: Hr. Jacobs 040 5075-1020
DTEND:20250423T110000
DTSTAMP:20250415T120000Z
DTSTART:20250423T100000
LOCATION:Flughafen\, Verwaltung Terminal Tango
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Interview Personalvorständin Flughafen (Serie Jobmarkt)
TRANSP:OPAQUE
UID:serie-jobmarkt-nord-07@hanse-rundschau.de
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "press-interview-hr-director-about-recruiting",
    ),
    (
        "ndr-schalte",
        "ndr-info-schalte-20250430-0812@ndr.example.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250430T061000Z
DTEND:20250430T062000Z
DTSTAMP:20250429T160000Z
ORGANIZER;CN=NDR Info Planung:mailto:planung.info@ndr.example.de
UID:ndr-info-schalte-20250430-0812@ndr.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=friederike.janssen@hanse-rundschau.de;X-NUM-GUESTS=0:mailto:friederike.janssen@hanse-rundschau.de
DESCRIPTION:Live-Gespräch in der Sendung "NDR Info am Morgen" um 8:12 Uhr\, Thema: Hafen-Umschlag Q1. Wir rufen Sie um 8:05 Uhr auf dem Handy an (Studioleitung). Moderation: Jan Bössow.
LOCATION:Telefon (Handy)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NDR Info – Live-Interview Hafenzahlen (F. Janssen als Expertin)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-interviewed-on-radio-as-expert",
    ),
    (
        "seminar",
        "akademie-seminar-dj-2025-14@akademie-publizistik.example.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Akademie für Publizistik//Seminarverwaltung//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:akademie-seminar-dj-2025-14@akademie-publizistik.example.de
DTSTAMP:20250115T100000Z
DTSTART;VALUE=DATE:20250602
DTEND;VALUE=DATE:20250605
SUMMARY:Seminar: Datenjournalismus für Wirtschaftsredaktionen (3 Tage)
DESCRIPTION:Trainer: Lars Eggers\, Judith Brandt. Bitte eigenen Laptop mitbringen\, Python-Grundkenntnisse hilfreich. Seminarraum 2\, Sternstraße 12.
LOCATION:Akademie für Publizistik\, Hamburg
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "training-seminar-multi-day",
    ),
    (
        "jury-preis",
        "jury-wirtschaftspreis-2025-sitzung2@londoner-jury.example.org",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear jurors\,\n\nsecond jury session for the European Business Journalism Award: we will discuss the 12 shortlisted entries and agree the winners. Please submit your scores beforehand.\n\nZoom: https://zoom.us/j/99310022871\n\nBest\,\nHannah Ashworth\, Award Secretariat
DTEND;TZID=Europe/London:20250506T160000
DTSTAMP:20250415T100000Z
DTSTART;TZID=Europe/London:20250506T143000
LOCATION:Zoom
ORGANIZER;CN="Hannah Ashworth":mailto:hannah@businessjournalismaward.example.org
ATTENDEE;CN="Friederike Janssen";RSVP=TRUE:mailto:friederike.janssen@hanse-rundschau.de
PRIORITY:5
SEQUENCE:0
SUMMARY:EBJA 2025 – jury session 2 (shortlist)
TRANSP:OPAQUE
UID:jury-wirtschaftspreis-2025-sitzung2@londoner-jury.example.org
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "award-jury-scoring-entries-not-candidates",
    ),
    (
        "bewerbungsfrist",
        "1k3m5o7q9s2u4w6y8a0c@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250228
DTEND;VALUE=DATE:20250301
DTSTAMP:20250601T101011Z
UID:1k3m5o7q9s2u4w6y8a0c@google.com
CREATED:20250205T201500Z
DESCRIPTION:Interamt-Ausschreibung BMEL 25-L2-07 – Bewerbungsschluss! Anschreiben kürzen\, Zeugnis Volontariat beilegen\, Gleichstellungsfragebogen.
LAST-MODIFIED:20250205T201500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Frist Bewerbung BMEL (stv. Pressesprecherin)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "application-deadline-all-day-export",
    ),
]
