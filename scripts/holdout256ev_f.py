# ruff: noqa: E501, W291, W293, RUF100
"""holdout256 events, part f: other negatives (assignments for deaf clients, trade meetings, personal, press, family)."""

from holdout256ev_zones import TZ_BERLIN, TZ_WEUROPE


def _other(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=False)


EVENTS = [
    _other(
        "outlook-dispatch-client-interview",
        "040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB01000000000000000010000000E1E5A72E1E5A72E1E5A72E1E5A72E1E5",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Haas, Judith";RSVP=TRUE:mailto:j.haas@gebaerdenwerk-koeln.de
DESCRIPTION:Einsatz Nr. 25-0412\nKunde: Herr Kaminski (gehörlos)\nAnlass: V
 orstellungsgespräch bei der Rheinwerk Energie AG\, Stelle Elektroniker Bet
 riebstechnik\nGesprächspartner vor Ort: Hr. Neumann (Meister)\, Fr. Brück (
 HR)\nKostenträger: Agentur für Arbeit (Kostenzusage liegt vor)\nDoppelbese
 tzung: Anke / Judith\n\nDispo Gebärdenwerk
DTSTART;TZID="W. Europe Standard Time":20250404T090000
DTEND;TZID="W. Europe Standard Time":20250404T103000
DTSTAMP:20250324T101000Z
LOCATION:Rheinwerk Energie AG\, Werk Niehl\, Tor 3
ORGANIZER;CN="Dispo Gebärdenwerk":mailto:dispo@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Einsatz: Vorstellungsgespräch Herr K. bei Rheinwerk Energie
UID:040000008200E00074C5B7101A82E00800000000F8A9B0C1D2E3DB01000000000000000010000000E1E5A72E1E5A72E1E5A72E1E5A72E1E5
END:VEVENT
END:VCALENDAR
""",
        "interpreting-deaf-clients-job-interview-at-employer-user-applied-to",
    ),
    _other(
        "exchange-agency-dispatch-request",
        "DZRR-AUFTRAG-2025-03-1187@dz-rheinruhr.de",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vermittlung DZRR":mailto:vermittlung@dz-rheinruhr.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=anke.schreiner@mailbox.org:mailto:anke.schreiner@mailbox.org
DESCRIPTION;LANGUAGE=de-DE:Auftrag 1187 (bestätigt)\nKundin: Fr. Okafor\nA
 rt: Bewerbungsgespräch\, Stadtwerke Brühlbach\, Stelle Sachbearbeitung Kun
 denservice\nDauer: 90 Min.\nHonorar nach Rahmenvertrag JVEG-analog\, Fahrtk
 osten 0\,42 €/km\n\nBitte Rückmeldung über das Portal.
SUMMARY;LANGUAGE=de-DE:DE: Bewerbungsgespräch Fr. Okafor / Stadtwerke Brühlbach – DGS
DTSTART;TZID=W. Europe Standard Time:20250319T083000
DTEND;TZID=W. Europe Standard Time:20250319T100000
UID:DZRR-AUFTRAG-2025-03-1187@dz-rheinruhr.de
DTSTAMP:20250310T140000Z
LOCATION;LANGUAGE=de-DE:Stadtwerke Brühlbach\, Kundencenter\, 1. OG
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "assignment-from-agency-user-applied-to-client-job-interview",
    ),
    _other(
        "ios-handtyped-doctor-assignment",
        "D0C70R11-2233-4455-6677-8899AABBCCDD",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:D0C70R11-2233-4455-6677-8899AABBCCDD
DTSTAMP:20250303T190000Z
DTSTART:20250306T081500
DTEND:20250306T091500
SUMMARY:Einsatz Arztgespräch Hr. Weber – Praxis Dr. Lenz (Kardio)
LOCATION:Praxis Dr. Lenz\, Aachener Str. 480
DESCRIPTION:Befundbesprechung + Aufklärung Herzkatheter. Kostenträger KK
END:VEVENT
END:VCALENDAR
""",
        "interpreting-medical-appointment-gespraech",
    ),
    _other(
        "thunderbird-jobcentre-assignment",
        "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f
DTSTAMP:20250305T070000Z
DTSTART;TZID=Europe/Berlin:20250312T130000
DTEND;TZID=Europe/Berlin:20250312T140000
SUMMARY:Einsatz JC Mülheim Beratungsgespräch Fr. S. (Eingliederungsvereinb.)
LOCATION:Jobcenter Köln-Mülheim\, Zi. 2.17
DESCRIPTION:Vermittlerin Fr. Kuhnert. Thema: Bewerbungstraining + Vermittl
 ungsvorschläge\, evtl. Maßnahme.
END:VEVENT
END:VCALENDAR
""",
        "interpreting-jobcentre-counselling-about-applications",
    ),
    _other(
        "outlook-court-hearing-assignment",
        "justiz-nrw-lgrf-ladung-12kls4-25-dolm-0002",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Ladung als Dolmetscherin (DGS) gem. § 185 GVG\nStrafsache gege
 n M. (12 KLs 4/25)\, Hauptverhandlung\, Fortsetzungstermin\nVernehmung des
  gehörlosen Zeugen R.\nVergütung nach JVEG.\n\nGeschäftsstelle der 12. gro
 ßen Strafkammer
DTSTART;TZID="W. Europe Standard Time":20250506T091500
DTEND;TZID="W. Europe Standard Time":20250506T130000
DTSTAMP:20250415T080000Z
LOCATION:Landgericht Rheinfeld\, Saal 7
ORGANIZER;CN="Geschäftsstelle 12. Strafkammer":mailto:gst12@lg-rheinfeld.justiz-nrw.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Einsatz LG Rheinfeld – Hauptverhandlung 12 KLs 4/25 (Zeugenvernehmung)
UID:justiz-nrw-lgrf-ladung-12kls4-25-dolm-0002
END:VEVENT
END:VCALENDAR
""",
        "court-hearing-assignment-at-court-user-applied-to",
    ),
    _other(
        "google-works-assembly",
        "6b7e8t9r0i1e2b3s4v5e6r7s8a@google.com",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke Arbeit
X-WR-TIMEZONE:Europe/Berlin
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250325T130000
DTEND;TZID=Europe/Berlin:20250325T160000
DTSTAMP:20250318T100000Z
UID:6b7e8t9r0i1e2b3s4v5e6r7s8a@google.com
DESCRIPTION:Betriebsversammlung Fa. Kettler Logistik\, 3 gehörlose MA. Team
  mit Judith. Vortrag Geschäftsführung + Fragerunde + Wahlvorstand BR.
LOCATION:Kettler Logistik\, Kantine\, Köln-Eifeltor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Betriebsversammlung Kettler – Dolmetschen (mit J. Haas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "works-assembly-assignment-google-export",
    ),
    _other(
        "outlook-assessment-centre-assignment",
        "040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB01000000000000000010000000A55E55A55E55A55E55A55E55A55E55AC",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Haas, Judith";RSVP=TRUE:mailto:j.haas@gebaerdenwerk-koeln.de
DESCRIPTION:Einsatz Nr. 25-0533\nKundin: Fr. Becker (gehörlos)\nAnlass: Ass
 essment Center Traineeprogramm\, Colonia Versicherung AG (Gruppendiskussion
 \, Präsentation\, Einzelinterview)\nGanztägig\, Doppelbesetzung\n\nDispo Ge
 bärdenwerk
DTSTART;TZID="W. Europe Standard Time":20250423T080000
DTEND;TZID="W. Europe Standard Time":20250423T170000
DTSTAMP:20250409T110000Z
LOCATION:Colonia Versicherung AG\, Konrad-Adenauer-Ufer 33
ORGANIZER;CN="Dispo Gebärdenwerk":mailto:dispo@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Einsatz: Assessment Center Fr. Becker (Colonia Versicherung)
UID:040000008200E00074C5B7101A82E00800000000A9B0C1D2E3F4DB01000000000000000010000000A55E55A55E55A55E55A55E55A55E55AC
END:VEVENT
END:VCALENDAR
""",
        "interpreting-clients-assessment-centre",
    ),
    _other(
        "ios-clients-trial-day-assignment",
        "7E1A1DAY-1C1C-4D4D-8E8E-9F9F0A0A1B1B",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:7E1A1DAY-1C1C-4D4D-8E8E-9F9F0A0A1B1B
DTSTAMP:20250410T170000Z
DTSTART:20250414T073000
DTEND:20250414T120000
SUMMARY:Einsatz Probearbeitstag Hr. Ilić – Schreinerei Moll
LOCATION:Schreinerei Moll\, Industriestr. 9\, Frechen
DESCRIPTION:Nur Einweisung + Abschlussgespräch dolmetschen\, dazwischen Pa
 use. Sicherheitsschuhe!
END:VEVENT
END:VCALENDAR
""",
        "interpreting-clients-trial-work-day",
    ),
    _other(
        "google-parent-meeting-assignment",
        "8e9l0t1e2r3n4g5e6s7p8r9a0c@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke Arbeit
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250402T143000Z
DTEND:20250402T153000Z
DTSTAMP:20250326T100000Z
UID:8e9l0t1e2r3n4g5e6s7p8r9a0c@google.com
DESCRIPTION:Gehörlose Eltern (Fam. Yilmaz)\, Gespräch mit Klassenlehrerin w
 g. Übergang Sek I.
LOCATION:Grundschule Lindenthal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Einsatz Elterngespräch GS Lindenthal (Fam. Y.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "interpreting-parent-teacher-talk-utc",
    ),
    _other(
        "outlook-annual-review",
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000A22A22A22A22A22A22A22A22A22A22A2",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
DESCRIPTION:Hallo Anke\, unser jährliches Mitarbeitendengespräch (Rückblic
 k\, Fortbildungswünsche\, Einsatzmenge). Bogen liegt im Ordner. LG Karin\n
DTSTART;TZID="W. Europe Standard Time":20250227T160000
DTEND;TZID="W. Europe Standard Time":20250227T170000
DTSTAMP:20250217T100000Z
LOCATION:GW Besprechungsraum 1
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Jahresgespräch Anke (MA-Gespräch 2025)
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000A22A22A22A22A22A22A22A22A22A22A2
END:VEVENT
END:VCALENDAR
""",
        "annual-staff-review-not-application",
    ),
    _other(
        "ios-bank-appointment",
        "BA4K0001-AAAA-4BBB-8CCC-DDDDEEEEFFFF",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:BA4K0001-AAAA-4BBB-8CCC-DDDDEEEEFFFF
DTSTAMP:20250301T120000Z
DTSTART;TZID=Europe/Berlin:20250307T163000
DTEND;TZID=Europe/Berlin:20250307T173000
SUMMARY:Beratungsgespräch Sparkasse – Anschlussfinanzierung
LOCATION:Sparkasse Filiale Ehrenfeld
END:VEVENT
END:VCALENDAR
""",
        "personal-bank-consultation-gespraech",
    ),
    _other(
        "outlook-press-interview",
        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000B4E55B4E55B4E55B4E55B4E55B4E55B4",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Liebe Frau Schreiner\,\n\nzum Internationalen Tag der Gebärdens
 prachen möchten wir ein Porträt über Ihren Beruf bringen. Interview ca. 45
  Min.\, danach Fotos.\n\nViele Grüße\nLena Küpper\, Redaktion Lokales\, Kö
 lner Abendanzeiger\n
DTSTART:20250508T130000Z
DTEND:20250508T140000Z
DTSTAMP:20250429T090000Z
LOCATION:Redaktion\, Breite Str. 70
ORGANIZER;CN="Küpper, Lena":mailto:l.kuepper@abendanzeiger-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Interview Kölner Abendanzeiger – Porträt Gebärdensprachdolmetscherin
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000B4E55B4E55B4E55B4E55B4E55B4E55B4
END:VEVENT
END:VCALENDAR
""",
        "press-interview-about-profession",
    ),
    _other(
        "zoom-research-interview",
        "zoom-91230045512-20250318@zoom.us",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250310T100000Z
DTSTART:20250318T150000Z
DTEND:20250318T160000Z
SUMMARY:Forschungsinterview: Dolmetschen im Gerichtssaal (Studie GSD-Justiz)
UID:zoom-91230045512-20250318@zoom.us
DESCRIPTION:Vielen Dank für Ihre Teilnahme an unserer Interviewstudie (leit
 fadengestütztes Expert*inneninterview\, ca. 60 Min.\, Aufzeichnung nach Ei
 nwilligung). Dr. Maren Holt\, Institut für Deutsche Gebärdensprache\, Univ
 ersität Hanseburg\n\nhttps://uni-hanseburg.zoom.us/j/91230045512
LOCATION:https://uni-hanseburg.zoom.us/j/91230045512
ORGANIZER;CN=Maren Holt:mailto:maren.holt@uni-hanseburg.de
ATTENDEE;CN=Anke Schreiner;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
END:VEVENT
END:VCALENDAR
""",
        "research-expert-interview-user-is-participant",
    ),
    _other(
        "google-mock-interview",
        "9m0o1c2k3i4n5t6e7r8v9i0e1w@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250402T180000
DTEND;TZID=Europe/Berlin:20250402T193000
DTSTAMP:20250328T100000Z
ORGANIZER;CN=Bettina Rosen Coaching:mailto:kontakt@rosen-coaching.de
UID:9m0o1c2k3i4n5t6e7r8v9i0e1w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=anke.s
 chreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Probe-Vorstellungsgespräch (Mock Interview) zur Vorbereitung au
 f das Auswahlgespräch an der Uni: Ich spiele die Auswahlkommission\, danach
  Video-Feedback. Coaching-Paket 3/5.\n\nInvitation from Google Calendar: ht
 tps://calendar.google.com/calendar/
LOCATION:Rosen Coaching\, Zülpicher Str. 12
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock Interview / Probe-Auswahlgespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "mock-interview-with-coach",
    ),
    _other(
        "webex-webinar-interviewing",
        "WEBEX-WEBINAR-2530018841-20250320@bgsd-verband.webex.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Webinars//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WEBEX-WEBINAR-2530018841-20250320@bgsd-verband.webex.com
DTSTAMP:20250301T100000Z
DTSTART:20250320T170000Z
DTEND:20250320T183000Z
SUMMARY:Webinar: Souverän im Vorstellungsgespräch – Festanstellung für Dolmetscher*innen
ORGANIZER;CN=Berufsverband Gebärdensprachdolmetschen (Fortbildung):mailto:fortbildung@bgsd-verband.de
DESCRIPTION:Sie haben sich erfolgreich für das Webinar registriert.\nRefer
 entin: Dr. Nora Klett (Personalberaterin)\nThemen: Gehaltsverhandlung TV-L
 /TVöD\, typische Fragen in Auswahlkommissionen\, Probedolmetschen.\n\nWebin
 ar beitreten: https://bgsd-verband.webex.com/weblink/register/r2530018841
LOCATION:Webex Webinar
END:VEVENT
END:VCALENDAR
""",
        "webinar-about-job-interviews",
    ),
    _other(
        "thunderbird-cpd-course",
        "5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{TZ_BERLIN}
BEGIN:VEVENT
UID:5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e
DTSTAMP:20250210T100000Z
DTSTART;TZID=Europe/Berlin:20250517T093000
DTEND;TZID=Europe/Berlin:20250517T170000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Fortbildung: Dolmetschen bei Vorstellungsgesprächen und Assessment-Centern
LOCATION:Akademie für Gebärdensprache\, Köln
DESCRIPTION:2-tägig\, 16 FB-Punkte. Rollenklärung\, Fachbegriffe HR\, Dolm
 etschen von Stressinterviews.
END:VEVENT
END:VCALENDAR
""",
        "cpd-course-interpreting-at-job-interviews-recurring",
    ),
    _other(
        "ios-info-coffee-insider",
        "C0FFEE99-8877-4665-9554-433322211100",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:C0FFEE99-8877-4665-9554-433322211100
DTSTAMP:20250220T210000Z
DTSTART;TZID=Europe/Berlin:20250224T123000
DTEND;TZID=Europe/Berlin:20250224T133000
SUMMARY:Kaffee mit Miriam (arbeitet beim RRF) – wie ist die Redaktion so?
LOCATION:Café am Funkhaus
DESCRIPTION:Infos aus erster Hand vor meiner Bewerbung: Team\, Schichten\, 
 wer entscheidet. Kein offizielles Gespräch!
END:VEVENT
END:VCALENDAR
""",
        "informational-coffee-with-insider-before-applying",
    ),
    _other(
        "google-job-fair-allday",
        "0j1o2b3m4e5s6s7e8i9n0k1l2u@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250329
DTEND;VALUE=DATE:20250330
DTSTAMP:20250315T100000Z
UID:0j1o2b3m4e5s6s7e8i9n0k1l2u@google.com
DESCRIPTION:Jobmesse Inklusion & Teilhabe – Stände von LVNS\, Rheinmesse\, 
 IFD. CVs ausdrucken (10x)\, Kurzgespräche an den Ständen.
LOCATION:Rheinmesse Halle 11
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobmesse Inklusion Köln
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "job-fair-all-day-names-employers",
    ),
    _other(
        "outlook-reference-call",
        "040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DB01000000000000000010000000AEFE4E9CEAEFE4E9CEAEFE4E9CEAEFE4",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Guten Tag Frau Schreiner\,\n\nHerr Tobias Reinhold hat Sie als 
 Referenz angegeben (Bewerbung als Dolmetscher bei uns). Ich würde Ihnen gern
  einige Fragen zu Ihrer Zusammenarbeit stellen.\n\nFreundliche Grüße\nSvenj
 a Ott\, Sichtwort Dolmetschagentur\n
DTSTART:20250409T120000Z
DTEND:20250409T121500Z
DTSTAMP:20250404T080000Z
LOCATION:Telefon
ORGANIZER;CN="Ott, Svenja":mailto:s.ott@sichtwort-agentur.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Referenzgespräch T. Reinhold
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DB01000000000000000010000000AEFE4E9CEAEFE4E9CEAEFE4E9CEAEFE4
END:VEVENT
END:VCALENDAR
""",
        "reference-call-user-is-referee",
    ),
    _other(
        "ios-prep-block",
        "9E9B10CK-0000-4111-8222-333344445555",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:9E9B10CK-0000-4111-8222-333344445555
DTSTAMP:20250401T060000Z
DTSTART;TZID=Europe/Berlin:20250408T070000
DTEND;TZID=Europe/Berlin:20250408T083000
SUMMARY:Vorbereitung Auswahlgespräch RLU – Fragen\, Gehalt E13\, Beispiele
DESCRIPTION:Konzept Einsatzplanung Hochschule nochmal lesen. 3 Fragen an di
 e Kommission.
END:VEVENT
END:VCALENDAR
""",
        "prep-block-before-own-interview",
    ),
    _other(
        "thunderbird-thank-you-reminder",
        "7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c
DTSTAMP:20250410T160000Z
DTSTART;VALUE=DATE:20250411
DTEND;VALUE=DATE:20250412
SUMMARY:Dankesmail an GrensTaal (Wim + Joost) schicken!
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "thank-you-reminder-after-interview",
    ),
    _other(
        "teams-recruiter-no-employer",
        "040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DB01000000000000000010000000A0A0B1B1C2C2D3D3E4E4F5F5A6A6B7B7",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Hallo Frau Schreiner\,\n\nich bin auf Ihr Profil auf Xing gesto
 ßen. Für einen Kunden (namhafter Sozialträger im Rheinland – Name folgt na
 ch Ihrer Zustimmung) suche ich eine Leitung Dolmetschdienst. Lassen Sie uns
  unverbindlich sprechen\, ob das grundsätzlich für Sie interessant ist.\n\n
 Viele Grüße\nRobin Sachse\, Sachse Executive Search\n\nMicrosoft Teams-Bes
 prechung\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/
 l/meetup-join/19%3ameeting_c2FjaHNl%40thread.v2/0>\nBesprechungs-ID: 410 2
 29 731 044\n
DTSTART:20250521T160000Z
DTEND:20250521T162000Z
DTSTAMP:20250515T090000Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Sachse, Robin":mailto:r.sachse@sachse-search.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Kurzes Kennenlernen – Leitung Dolmetschdienst (vertraulich)
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DB01000000000000000010000000A0A0B1B1C2C2D3D3E4E4F5F5A6A6B7B7
END:VEVENT
END:VCALENDAR
""",
        "recruiter-names-no-employer-yet",
    ),
    _other(
        "ios-daughter-interview",
        "LENA0001-1111-4222-8333-444455556666",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:LENA0001-1111-4222-8333-444455556666
DTSTAMP:20250410T180000Z
DTSTART;TZID=Europe/Berlin:20250416T083000
DTEND;TZID=Europe/Berlin:20250416T100000
SUMMARY:Lena Vorstellungsgespräch Ausbildung Bäckerei Hilgers – hinfahren
LOCATION:Bäckerei Hilgers\, Sülzgürtel
DESCRIPTION:Ich fahr sie hin und warte im Café
END:VEVENT
END:VCALENDAR
""",
        "daughters-job-interview-user-drives",
    ),
    _other(
        "google-shared-husband-interview",
        "1j2a3n4i5n6t7e8r9v0i1e2w3x@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Schreiner
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250513T090000
DTEND;TZID=Europe/Berlin:20250513T120000
DTSTAMP:20250505T190000Z
UID:1j2a3n4i5n6t7e8r9v0i1e2w3x@google.com
DESCRIPTION:Jan: final interview round\, Nordlicht Logistics (Düsseldorf)\, 
 Senior Controller. Kinder: Anke holt ab!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jan – Final Interview Nordlicht Logistics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "husbands-interview-in-family-calendar",
    ),
    _other(
        "google-spanish-podcast-entrevista",
        "2p3o4d5c6a7s8t9e0n1t2r3e4v@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250604T160000Z
DTEND:20250604T170000Z
DTSTAMP:20250520T100000Z
ORGANIZER;CN=Pablo Herrero:mailto:pablo@manosquehablan.example.es
UID:2p3o4d5c6a7s8t9e0n1t2r3e4v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=anke.s
 chreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mailbox.org
DESCRIPTION:Entrevista para el pódcast «Manos que hablan»\, episodio sobre 
 intérpretes de lengua de signos en Europa. Grabación por Riverside\, 45 min
 .\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista pódcast «Manos que hablan» – Anke Schreiner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "spanish-podcast-entrevista-press",
    ),
    _other(
        "outlook-french-entretien-croise",
        "040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DB01000000000000000010000000C401C401C401C401C401C401C401C401",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=anke.schreiner@mailbox.org;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN="Girard, Sophie";RSVP=TRUE:mailto:s.girard@interpretes-lsf-alsace.fr
DESCRIPTION:Bonjour Anke\,\n\npour le numéro de juin de la revue « Mains li
 bres »\, nous préparons un entretien croisé entre une interprète LSF (Soph
 ie) et une interprète DGS (vous) sur le travail transfrontalier.\n\nBien à 
 vous\,\nCamille Roux\, rédaction\n
DTSTART;TZID="Romance Standard Time":20250411T140000
DTEND;TZID="Romance Standard Time":20250411T150000
DTSTAMP:20250401T080000Z
LOCATION:Teams
ORGANIZER;CN="Roux, Camille":mailto:c.roux@mains-libres-revue.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien croisé LSF/DGS – revue Mains libres
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D8E9DB01000000000000000010000000C401C401C401C401C401C401C401C401
END:VEVENT
END:VCALENDAR
""",
        "french-magazine-entretien-croise",
    ),
    _other(
        "outlook-recurring-supervision-override",
        "040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DB01000000000000000010000000505E4515105E4515105E4515105E4515",
        rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Haas, Judith";RSVP=TRUE:mailto:j.haas@gebaerdenwerk-koeln.de
DESCRIPTION:Monatliche Supervision Dolmetschteam mit Supervisorin Ute Blan
 k (DGSv). Fallbesprechungen\, Belastung\, Rollenkonflikte.\n
RRULE:FREQ=MONTHLY;BYDAY=1WE;UNTIL=20250702T160000Z
DTSTART;TZID="W. Europe Standard Time":20250205T180000
DTEND;TZID="W. Europe Standard Time":20250205T200000
DTSTAMP:20250120T100000Z
LOCATION:GW Besprechungsraum 1
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Supervision Dolmetschteam
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DB01000000000000000010000000505E4515105E4515105E4515105E4515
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Haas, Judith";RSVP=TRUE:mailto:j.haas@gebaerdenwerk-koeln.de
DESCRIPTION:Verschoben wegen Feiertag-Brücke – diesmal online.\n
RECURRENCE-ID;TZID="W. Europe Standard Time":20250507T180000
DTSTART;TZID="W. Europe Standard Time":20250508T180000
DTEND;TZID="W. Europe Standard Time":20250508T200000
DTSTAMP:20250428T100000Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Vossen, Karin":mailto:k.vossen@gebaerdenwerk-koeln.de
SEQUENCE:1
SUMMARY;LANGUAGE=de-DE:Supervision Dolmetschteam (online)
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9F0DB01000000000000000010000000505E4515105E4515105E4515105E4515
END:VEVENT
END:VCALENDAR
""",
        "recurring-team-supervision-with-override",
    ),
    _other(
        "google-intervision-recurring",
        "3i4n5t6e7r8v9i0s1i2o3n4a5b@google.com",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke Arbeit
X-WR-TIMEZONE:Europe/Berlin
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250304T193000
DTEND;TZID=Europe/Berlin:20250304T210000
RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=6
EXDATE;TZID=Europe/Berlin:20250429T193000
DTSTAMP:20250220T100000Z
UID:3i4n5t6e7r8v9i0s1i2o3n4a5b@google.com
DESCRIPTION:Intervisionsgruppe freie DGS-Dolmetscher*innen Köln. Reihum be
 i jemandem zu Hause. Diesmal Thema: Einsätze bei Vorstellungsgesprächen – 
 wie viel Vorbereitung dürfen wir vom Arbeitgeber verlangen?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intervision DGS-Kolleg*innen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "peer-intervision-discusses-interviews-recurring-exdate",
    ),
    _other(
        "ios-pre-employment-medical",
        "ME0ICAL1-2345-4678-89AB-CDEF01234567",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5//EN
BEGIN:VEVENT
UID:ME0ICAL1-2345-4678-89AB-CDEF01234567
DTSTAMP:20250605T070000Z
DTSTART;TZID=Europe/Berlin:20250611T080000
DTEND;TZID=Europe/Berlin:20250611T090000
SUMMARY:Einstellungsuntersuchung Betriebsarzt (GrensTaal) – nüchtern!
LOCATION:Arbeitsmedizin Aachen\, Pontstr. 40
END:VEVENT
END:VCALENDAR
""",
        "pre-employment-medical-after-offer",
    ),
    _other(
        "thunderbird-dentist",
        "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d
DTSTAMP:20250301T100000Z
DTSTART:20250317T074500
DTEND:20250317T083000
SUMMARY:Zahnarzt Dr. Pohlmann – Kontrolle + PZR
LOCATION:Venloer Str. 240
END:VEVENT
END:VCALENDAR
""",
        "personal-dentist-floating",
    ),
    _other(
        "teams-client-interview-at-applied-startup",
        "040000008200E00074C5B7101A82E00800000000B6C7D8E9F0A1DB01000000000000000010000000D1D1D1D1E2E2E2E2F3F3F3F3A4A4A4A4",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Schreiner, Anke";RSVP=TRUE:mailto:a.schreiner@gebaerdenwerk-koeln.de
ATTENDEE;CN="Vogt, Clara";RSVP=TRUE:mailto:clara.vogt@handzeichen.ai
ATTENDEE;CN="Ben Sauer";RSVP=TRUE:mailto:ben.sauer@posteo.de
DESCRIPTION:Einsatz Nr. 25-0611 (remote)\nKunde: Ben Sauer (gehörlos\, Bewe
 rber als Data Annotator)\nAnlass: Bewerbungsgespräch bei Handzeichen AI Gm
 bH per Teams\, Gesprächspartnerin Clara Vogt\nAnke dolmetscht\, kein Team 
 nötig (45 Min.)\n\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung t
 eilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmVuc2F1
 ZXI%40thread.v2/0>\n
DTSTART;TZID="W. Europe Standard Time":20250520T140000
DTEND;TZID="W. Europe Standard Time":20250520T144500
DTSTAMP:20250512T100000Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Dispo Gebärdenwerk":mailto:dispo@gebaerdenwerk-koeln.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Einsatz Teams: Bewerbungsgespräch Hr. Sauer bei Handzeichen AI
UID:040000008200E00074C5B7101A82E00800000000B6C7D8E9F0A1DB01000000000000000010000000D1D1D1D1E2E2E2E2F3F3F3F3A4A4A4A4
END:VEVENT
END:VCALENDAR
""",
        "interpreting-deaf-candidates-interview-with-users-own-interviewer",
    ),
    _other(
        "google-interview-training-workshop",
        "4w5o6r7k8s9h0o1p2b3w4e5r6b@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke Arbeit
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250524T100000
DTEND;TZID=Europe/Berlin:20250524T150000
DTSTAMP:20250510T100000Z
UID:4w5o6r7k8s9h0o1p2b3w4e5r6b@google.com
DESCRIPTION:IFD-Workshop „Fit fürs Vorstellungsgespräch“ für gehörlose Bew
 erber*innen (12 TN). Ich dolmetsche für die Referentin\, Rollenspiele mit 
 Video-Feedback.
LOCATION:IFD Rhein-Erft\, Bergheim\, Seminarraum
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dolmetschen Workshop Bewerbungstraining (IFD)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "interpreting-interview-training-at-employer-user-applied-to",
    ),
    _other(
        "ios-teaching-dgs-course",
        "KURS0A2B-3C4D-4E5F-8A6B-7C8D9E0F1A2B",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:KURS0A2B-3C4D-4E5F-8A6B-7C8D9E0F1A2B
DTSTAMP:20250201T100000Z
DTSTART;TZID=Europe/Berlin:20250227T183000
DTEND;TZID=Europe/Berlin:20250227T201500
RRULE:FREQ=WEEKLY;COUNT=10
SUMMARY:DGS A2 unterrichten (VHS Rhein-Erft-Nord)
LOCATION:VHS-Haus Raum 12
DESCRIPTION:Lektion 5-14\, Kursmappe mitnehmen
END:VEVENT
END:VCALENDAR
""",
        "teaching-course-at-employer-user-applied-to",
    ),
]
