"""holdout189: negatives that look like interviews (job-search side, press, research, family), part 1."""

from holdout189ev_tz import BERLIN_APPLE, BERLIN_GOOGLE, BERLIN_OX, W_EUROPE

NEG = ""

EVENTS = [
    dict(kind="ox-typed", uid="ox-20250210-0311@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "agentur-fuer-arbeit-bildungsgutschein-beratung"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:ox-20250210-0311@t-online.de
DTSTAMP:20250210T183000Z
SUMMARY:AfA Termin Fr. Hinz wg Bildungsgutschein
DTSTART;TZID=Europe/Berlin:20250218T081500
DTEND;TZID=Europe/Berlin:20250218T090000
LOCATION:Agentur für Arbeit Hamburg-Mitte\, Kurt-Schumacher-Allee 16\, Raum
  3.112
DESCRIPTION:Beratungsgespräch Weiterbildung (Fachwirt Güterverkehr IHK?)\nE
 inladungsschreiben + Kundennummer + Lebenslauf mit\, noch ungekündigt -> a
 rbeitsuchend gemeldet
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="google-invite", uid="1c3e5g7i9k1m3o5q7s9u1w3y5a@google.com", lab=(
        0, NEG, NEG, NEG, NEG, "avgs-coaching-probe-vorstellungsgespraech"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250306T170000
DTEND;TZID=Europe/Berlin:20250306T183000
DTSTAMP:20250227T102000Z
ORGANIZER;CN=Karin Albrecht:mailto:k.albrecht@perspektive-coaching-hh.de
UID:1c3e5g7i9k1m3o5q7s9u1w3y5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=bernd.kowalski@t-online.de;X-NUM-GUESTS=0:mailto:bernd.kowalski@t-onl
 ine.de
DESCRIPTION:AVGS-Coaching (Gutschein Nr. 2025-HH-33817)\, Einheit 4 von 8:\n
 Simuliertes Vorstellungsgespräch mit Videoaufzeichnung – Rolle GF eines Sp
 editionsunternehmens übernimmt Hr. Brandt (Trainer). Danach Auswertung: Kö
 rpersprache\, Gehaltsfrage\, "Warum wechseln Sie mit 51?"
LOCATION:Perspektive Coaching\, Spaldingstr. 64\, 20097 Hamburg
STATUS:CONFIRMED
SUMMARY:Coaching: Probe-Vorstellungsgespräch (Video)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="webinar", uid="gotowebinar-reg-8812334409-bernd", lab=(
        0, NEG, NEG, NEG, NEG, "webinar-vorstellungsgespraech-50-plus"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-reg-8812334409-bernd
DTSTAMP:20250220T094500Z
DTSTART:20250305T170000Z
DTEND:20250305T183000Z
SUMMARY:Webinar: Souverän im Vorstellungsgespräch – Bewerben mit 50+
DESCRIPTION:Kostenfreies Webinar der Hamburger Weiterbildungsberatung.\nThe
 men: typische Fragen im Vorstellungsgespräch\, Altersfrage\, Online-Intervi
 ews\, Gehalt.\n\nTeilnehmen: https://attendee.gotowebinar.com/join/88123344
 09/bk\nTelefon: +49 721 9881 4161\, Zugangscode: 552-118-037
ORGANIZER;CN=Weiterbildung Hamburg e.V.:mailto:webinare@weiterbildung-hh.de
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-allday", uid="ox-20250301-1200@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "jobmesse-logistik-careers-fair"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250301-1200@t-online.de
DTSTAMP:20250301T120000Z
SUMMARY:Jobmesse Logistik Nord (Messehallen)
DTSTART;VALUE=DATE:20250322
DTEND;VALUE=DATE:20250323
DESCRIPTION:Stände: Nordlog\, Hochbahn\, Hansa Kühl\, Dachser?\nLebensläufe
  10x ausdrucken\, Anzug
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="NDR-HH-2025-0313-FAHRERMANGEL-KOWALSKI@ndr.de", lab=(
        0, NEG, NEG, NEG, NEG, "radio-interview-fahrermangel-press"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:NDR-HH-2025-0313-FAHRERMANGEL-KOWALSKI@ndr.de
DTSTAMP:20250310T140000Z
DTSTART;TZID=W. Europe Standard Time:20250313T103000
DTEND;TZID=W. Europe Standard Time:20250313T110000
SUMMARY:Interview Hamburg Journal Radio: Fahrermangel – O-Töne Disponent
ORGANIZER;CN="Reimann, Jasper":mailto:j.reimann@radio-hh-journal.de
ATTENDEE;CN="Kowalski, Bernd";RSVP=TRUE:mailto:b.kowalski@elbtrans-spedit
 ion.de
LOCATION:Elbtrans\, Hof / Dispo
DESCRIPTION:Moin Herr Kowalski\, wie besprochen komme ich mit Aufnahmegerät
  vorbei. Ca. 3-4 Fragen: Wie viele Touren bleiben liegen\, warum wollen ju
 nge Leute nicht mehr fahren\, was müsste sich ändern. Sendung voraussichtl
 ich Freitag 17:10. GF Hr. Dreyer ist informiert.\nJasper Reimann\, Reporte
 r
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="zoom-invite", uid="zoom-91188273344-unibremen-studie", lab=(
        0, NEG, NEG, NEG, NEG, "research-interview-uni-study-disponenten"), ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-91188273344-unibremen-studie
DTSTAMP:20250319T081010Z
DTSTART:20250327T160000Z
DTEND:20250327T170000Z
SUMMARY:Interview Forschungsprojekt "Arbeitsbelastung in der Disposition"
ORGANIZER;CN=Dr. Hannah Vogt:mailto:hvogt@uni-bremen.de
ATTENDEE;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
LOCATION:https://uni-bremen.zoom.us/j/91188273344
DESCRIPTION:Vielen Dank für Ihre Teilnahme an unserer Studie (Institut für
  Arbeit und Wirtschaft). Das leitfadengestützte Interview dauert ca. 60 Mi
 n. und wird anonymisiert ausgewertet. Aufwandsentschädigung: 40 € Gutschein.
 \n\nZoom: https://uni-bremen.zoom.us/j/91188273344 Kenncode: 2207
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250407-3310@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "market-research-telefoninterview-survey"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250407-3310@t-online.de
DTSTAMP:20250407T183300Z
SUMMARY:Telefoninterview Marktforschung (Nutzfahrz.)
DTSTART:20250409T193000
DTEND:20250409T200000
DESCRIPTION:Institut ruft an\, Befragung Flottenentscheider LKW-Marken\, 25
  € Amazon-Gutschein
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="ELB-PE-2025-JG-KOWALSKI@elbtrans-spedition.de", lab=(
        0, NEG, NEG, NEG, NEG, "own-appraisal-jahresgespraech-current-employer"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Timmermann, Ralf":mailto:r.timmermann@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Jahresgespräch 2025 (Zielerreichung 2024\, Zie
 le 2025\, Weiterbildung\, Schichtmodell). Bitte Selbsteinschätzungsbogen v
 orher ausfüllen.\n
UID:ELB-PE-2025-JG-KOWALSKI@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch Bernd Kowalski
DTSTART;TZID=W. Europe Standard Time:20250317T140000
DTEND;TZID=W. Europe Standard Time:20250317T150000
DTSTAMP:20250303T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Timmermann
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250228-7781@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "informational-coffee-ex-colleague-names-employer"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250228-7781@t-online.de
DTSTAMP:20250228T210000Z
SUMMARY:Kaffee m. Uwe (jetzt bei Nordlog)
DTSTART:20250301T103000
DTEND:20250301T120000
LOCATION:Café Stenzel Bergedorf
DESCRIPTION:mal hören wie's da so ist\, Stimmung\, Chef\, Bezahlung\, ob die
  noch wen suchen
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="apple-typed", uid="0B5D8E21-7A3C-4F9B-92E4-1C6A0F3D8B57", lab=(
        0, NEG, NEG, NEG, NEG, "reference-call-user-is-referee"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
UID:0B5D8E21-7A3C-4F9B-92E4-1C6A0F3D8B57
DTSTAMP:20250408T112201Z
CREATED:20250408T112201Z
SUMMARY:Anruf Fa. Kröger Logistik - Referenz für Heiko
DTSTART;TZID=Europe/Berlin:20250410T161500
DTEND;TZID=Europe/Berlin:20250410T163000
DESCRIPTION:Heiko Brandt (ex Elbtrans Dispo) hat mich als Referenz angegebe
 n\, Personalerin ruft an. Nur Gutes sagen :)
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="PB-NORD-2025-0226-KOWALSKI@personalberatung-nord.de", lab=(
        0, NEG, NEG, NEG, NEG, "recruiter-call-no-employer-named"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:PB-NORD-2025-0226-KOWALSKI@personalberatung-nord.de
DTSTAMP:20250224T160000Z
DTSTART;TZID=W. Europe Standard Time:20250226T180000
DTEND;TZID=W. Europe Standard Time:20250226T183000
SUMMARY:Telefonat Personalberatung Nord / Hr. Kowalski
ORGANIZER;CN="Petersen, Knut":mailto:k.petersen@personalberatung-nord.de
ATTENDEE;RSVP=TRUE;CN=bernd.kowalski@t-online.de:mailto:bernd.kowalski@t-o
 nline.de
DESCRIPTION:Sehr geehrter Herr Kowalski\,\n\nvielen Dank für die Freigabe Ih
 res Profils auf XING. Gern möchte ich Sie unverbindlich kennenlernen und hö
 ren\, welche Positionen für Sie in Frage kommen. Aktuell betreue ich mehre
 re Mandate im Bereich Logistik/Fuhrpark in Norddeutschland (Namen der Unte
 rnehmen nenne ich aus Diskretionsgründen erst in einem zweiten Schritt).\n
 \nBeste Grüße\nKnut Petersen\nPersonalberatung Nord
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250310-4410@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "prep-block-vg-vorbereiten"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250310-4410@t-online.de
DTSTAMP:20250310T194500Z
SUMMARY:VG Nordlog vorbereiten
DTSTART:20250311T190000
DTEND:20250311T210000
DESCRIPTION:Homepage lesen\, Fuhrpark zählen (Website)\, Fragen aufschreibe
 n\, Route Billbrook checken\, Hemd bügeln
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250314-5582@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "thank-you-reminder-dankesmail"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250314-5582@t-online.de
DTSTAMP:20250314T133000Z
SUMMARY:Dankesmail an Fr. Kramer (Trave) schicken
DTSTART:20250314T190000
DTEND:20250314T191500
DESCRIPTION:kurz bedanken\, nochmal Interesse NL-Leitung\, Meinert cc
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:PT0S
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="praxis-booking", uid="doctolib-appt-61882710-amd-nord", lab=(
        0, NEG, NEG, NEG, NEG, "pre-employment-medical-einstellungsuntersuchung"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appt-61882710-amd-nord
DTSTAMP:20250408T090000Z
DTSTART:20250415T060000Z
DTEND:20250415T064500Z
SUMMARY:Termin bei Arbeitsmedizin Nord - Einstellungsuntersuchung (G25)
LOCATION:Arbeitsmedizin Nord\, Holstenstr. 2\, 23552 Lübeck
DESCRIPTION:Einstellungsuntersuchung im Auftrag des neuen Arbeitgebers (Trav
 e Spedition)\, Fahr-\, Steuer- und Überwachungstätigkeit. Bitte nüchtern\,
  Brille und Impfpass mitbringen.\nTermin verwalten: https://www.doctolib.de
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250316-6019@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "son-bewerbungsgespraech-ausbildung-driver"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
""" + BERLIN_OX + r"""BEGIN:VEVENT
UID:ox-20250316-6019@t-online.de
DTSTAMP:20250316T101000Z
SUMMARY:Jonas VG Ausbildung Kfz-Mechatroniker Autohaus Stein - hinfahren
DTSTART;TZID=Europe/Berlin:20250320T143000
DTEND;TZID=Europe/Berlin:20250320T160000
LOCATION:Autohaus Stein\, Bergedorfer Str. 190
DESCRIPTION:Jonas um 14:15 von Schule abholen\, VG 15 Uhr\, ich warte im Auto
  / gleitzeit nehmen
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250220-9012@t-online.de", lab=(
        0, NEG, NEG, NEG, NEG, "personal-hsv-match"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250220-9012@t-online.de
DTSTAMP:20250220T220000Z
SUMMARY:HSV - Hertha
DTSTART:20250405T130000
DTEND:20250405T150000
LOCATION:Volksparkstadion
DESCRIPTION:mit Jonas + Dieter\, Block 22C\, S3 ab Bergedorf 11:40
END:VEVENT
END:VCALENDAR
"""),
]
