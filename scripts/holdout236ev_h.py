# ruff: noqa: E501, W291
"""holdout236 events, part h: more hiring-side events and the faculty's own calendar (written blind)."""

from holdout236ev_tz import BERLIN_APPLE, BERLIN_G, BERLIN_TB, WEUROPE


def _neg(kind, uid, trap, ics, eol="crlf"):
    return dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap, ics=ics, eol=eol)


EVENTS = [
    _neg("stipendium-auswahl", "040000008200E00074C5B7101A82E00800000000AB41CD42EF43DC0100000000000000001000000012ABCDEF34567890ABCDEF1234567890",
         "user-as-interviewer-scholarship-selection-panel",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Stipendienbüro";SENT-BY="mailto:claudia.reimers@uni-lichtenberg.de":mailto:stipendien@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lindqvist, Karin Dr.":mailto:karin.lindqvist@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Roth\,\n\nvielen Dank\, dass Sie sich auch in diesem Jahr als Jurymitglied für die Auswahlgespräche zum Deutschlandstipendium (Fakultät für Biologie und Psychologie) zur Verfügung stellen. An diesem Nachmittag sprechen wir mit 9 Bewerber:innen à 15 Minuten. Die Unterlagen und der Bewertungsbogen sind im Anhang.\n\nHerzliche Grüße\nClaudia Reimers\n
UID:040000008200E00074C5B7101A82E00800000000AB41CD42EF43DC0100000000000000001000000012ABCDEF34567890ABCDEF1234567890
SUMMARY;LANGUAGE=de-DE:Auswahlgespräche Deutschlandstipendium (Bio/Psy)
DTSTART;TZID=W. Europe Standard Time:20260609T130000
DTEND;TZID=W. Europe Standard Time:20260609T170000
DTSTAMP:20260512T110000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Zentralcampus\, Verfügungsgebäude Raum 2.14
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("masterarbeit-anfrage", "7D2C1B0A-F9E8-4D7C-B6A5-9483726150FE",
         "user-as-interviewer-master-thesis-applicant",
         r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20260414T093012Z
UID:7D2C1B0A-F9E8-4D7C-B6A5-9483726150FE
DTSTART;TZID=Europe/Berlin:20260417T160000
DTEND;TZID=Europe/Berlin:20260417T163000
DTSTAMP:20260414T093055Z
SEQUENCE:0
SUMMARY:Lena F. – MA-Anfrage
LOCATION:Büro
DESCRIPTION:will Masterarbeit ab Okt. bei uns\, Note Praktikum? Zeugnisse 
 zeigen lassen. Passt zu Mira (Biofilm-Flow-Cells)?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("daad-kommission", "daad-ak-bio-2026-05-zoom-14@daad.de",
         "user-as-interviewer-daad-selection-committee-zoom",
         r"""BEGIN:VCALENDAR
PRODID:-//DAAD//Auswahlsitzungen//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:daad-ak-bio-2026-05-zoom-14@daad.de
DTSTAMP:20260409T070000Z
DTSTART;TZID=Europe/Berlin:20260507T090000
DTEND;TZID=Europe/Berlin:20260507T173000
SUMMARY:DAAD Auswahlkommission Biowissenschaften – Interviews Forschungss
 tipendien (Zoom)
DESCRIPTION:Sehr geehrte Kommissionsmitglieder\,\n\nanbei der Zeitplan fü
 r die Auswahlinterviews (15 Bewerber*innen\, je 20 Min.). Die Interviews f
 inden auf Englisch statt. Bitte tragen Sie Ihre Punktwerte unmittelbar im
  Portal ein. Die Schlussberatung folgt um 16:30 Uhr.\n\nhttps://daad.zoom.
 us/j/85512094417\n\nReferat ST22 – Forschungsstipendien
LOCATION:Zoom
ORGANIZER;CN=DAAD Referat ST22:mailto:st22-auswahl@daad.de
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth@uni-lichtenberg.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    _neg("kandidatin-lunch", "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
         "user-as-interviewer-candidate-lunch-with-lab",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260505T071500Z
LAST-MODIFIED:20260505T071600Z
DTSTAMP:20260505T071600Z
UID:b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
SUMMARY:Mittag mit Dr. Chioma Okafor (Bewerberin Postdoc) + AG
DTSTART;TZID=Europe/Berlin:20260512T120000
DTEND;TZID=Europe/Berlin:20260512T133000
LOCATION:Mensa am Turm
DESCRIPTION:Die AG soll sie auch ohne mich erleben -> ich gehe 13:00. Hin
 terher Feedback von Jakob + Mira einholen.
END:VEVENT
END:VCALENDAR
"""),
    _neg("berufungsvortrag-kandidatin", "fak-bio-vortraege-2026-01-29-kuehn@uni-lichtenberg.de",
         "user-as-interviewer-candidate-public-lecture-she-attends",
         r"""BEGIN:VCALENDAR
PRODID:-//Georg-Lichtenberg-Universitaet//Veranstaltungskalender Biologie//DE
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Fakultät Biologie – Vorträge
BEGIN:VEVENT
UID:fak-bio-vortraege-2026-01-29-kuehn@uni-lichtenberg.de
DTSTAMP:20260120T120000Z
DTSTART:20260129T080000Z
DTEND:20260129T084500Z
SUMMARY:Öffentlicher Vortrag im Berufungsverfahren W3 Allgemeine Mikrobio
 logie: Dr. Sarah Kühn
DESCRIPTION:Dr. Sarah Kühn (Julius-Maximilians-Universität Würzburg): „Sp
 orulation als Stressantwort – vom Einzelzellverhalten zur Population“.\n
 \nAlle Mitglieder der Fakultät und interessierte Studierende sind herzlic
 h eingeladen. Die Vorträge sind hochschulöffentlich.
LOCATION:Biologie\, Hörsaal MN 08
ORGANIZER;CN=Dekanat Biologie:mailto:dekanat.biologie@uni-lichtenberg.de
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    _neg("calendly-host", "CAL-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
         "user-as-interviewer-calendly-host-phd-applicant-booking",
         r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:CAL-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
DTSTAMP:20260128T214403Z
DTSTART:20260204T150000Z
DTEND:20260204T153000Z
SUMMARY:Jian Wu and Anja Roth
DESCRIPTION:Event Name: PhD position B04 – get to know each other (30 min)
 \n\nInvitee: Jian Wu\nInvitee Email: jianwu.bio@163.com\n\nQuestions:\nWhi
 ch position are you applying for? PhD B04 (persisters)\nYour current stat
 us: MSc student\, Wuhan University\n\nLocation: Zoom\nhttps://uni-lichten
 berg.zoom-x.de/j/67755120430\n\nPowered by Calendly.com
LOCATION:https://uni-lichtenberg.zoom-x.de/j/67755120430
ORGANIZER;CN=Anja Roth:mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;CN=Jian Wu;RSVP=TRUE:mailto:jianwu.bio@163.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    _neg("zwischenevaluation", "040000008200E00074C5B7101A82E00800000000AB51CD52EF53DC01000000000000000010000000FEEDFACE0123456789ABCDEFFEEDFACE",
         "own-tenure-track-midterm-evaluation-at-employer",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dekanat Biologie und Psychologie";SENT-BY="mailto:petra.nolte@uni-lichtenberg.de":mailto:dekanat.biologie@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hagedorn, Marc Prof. Dr. (Dekan)":mailto:dekan.biologie@uni-lichtenberg.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="GZMB Sitzungszimmer 0.118":mailto:gzmb-0118@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Roth\,\n\nim Rahmen der Zwischenevaluation Ihrer Juniorprofessur (Tenure Track\, § 30 NHG) lädt die Evaluationskommission Sie zu einem Gespräch ein. Nach einem Kurzvortrag (20 Min.) zu Forschung\, Lehre und Drittmitteleinwerbung folgt ein Gespräch mit der Kommission (ca. 40 Min.). Grundlage sind Ihr Selbstbericht sowie die externen Gutachten.\n\nMit freundlichen Grüßen\nIm Auftrag des Dekans\nPetra Nolte\n
UID:040000008200E00074C5B7101A82E00800000000AB51CD52EF53DC01000000000000000010000000FEEDFACE0123456789ABCDEFFEEDFACE
SUMMARY;LANGUAGE=de-DE:Zwischenevaluation Jun.-Prof. Dr. Roth – Gespräch mit der Evaluationskommission
DTSTART;TZID=W. Europe Standard Time:20251210T100000
DTEND;TZID=W. Europe Standard Time:20251210T113000
DTSTAMP:20251103T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GZMB Sitzungszimmer 0.118
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("dfg-panel", "dfg-elan-begutachtung-RO-5521-2-panel-14@dfg.de",
         "dfg-panel-review-of-own-grant",
         r"""BEGIN:VCALENDAR
PRODID:-//Deutsche Forschungsgemeinschaft//elan//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:dfg-elan-begutachtung-RO-5521-2-panel-14@dfg.de
DTSTAMP:20260115T100000Z
DTSTART;TZID=Europe/Berlin:20260303T140000
DTEND;TZID=Europe/Berlin:20260303T150000
SUMMARY:DFG – Panelbegutachtung Geschäftszeichen RO 5521/2-1 (Vorstellung
  durch die Antragstellerin)
DESCRIPTION:Sehr geehrte Frau Dr. Roth\,\n\nim Rahmen der Begutachtung Ihr
 es Fortsetzungsantrags (Sachbeihilfe) „Persisterbildung in Pseudomonas-Bi
 ofilmen“ bitten wir Sie\, Ihr Vorhaben dem Gutachterpanel in einer Videoko
 nferenz vorzustellen (15 Min. Präsentation\, 30 Min. Fragen der Gutachten
 den). Die Namen der Gutachtenden werden nicht mitgeteilt.\n\nZugangsdaten 
 folgen gesondert (Webex).\n\nMit freundlichen Grüßen\nDr. Susanne Feldkamp
 \nProgrammdirektorin\, Gruppe Mikrobiologie\, Virologie und Immunologie
LOCATION:Webex
ORGANIZER;CN=Susanne Feldkamp:mailto:susanne.feldkamp@dfg.de
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth@uni-lichtenberg.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    _neg("radio-interview", "3m5n7b9v1c3x5z7l9k1j@google.com",
         "press-radio-feature-interview",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260120T160000
DTEND;TZID=Europe/Berlin:20260120T170000
DTSTAMP:20260112T094501Z
ORGANIZER;CN=Johanna Seifert:mailto:johanna.seifert.wissen@gmail.com
UID:3m5n7b9v1c3x5z7l9k1j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth@uni-lichtenberg.de;X-NUM-GUESTS=0:mailto:anja.roth@uni-li
 chtenberg.de
DESCRIPTION:Liebe Frau Roth\,\n\nvielen Dank für Ihre Zusage! Für mein Fea
 ture „Die Schläferzellen – warum Antibiotika manchmal nicht wirken“ (Deut
 schlandfunk\, Sendung Wissenschaft im Brennpunkt) würde ich gern ein ca. 
 30-minütiges Interview mit Ihnen aufnehmen\, gern auch ein paar Atmo-Tön
 e im Labor (Schüttler\, Brutschrank). Ich komme mit Aufnahmegerät zu Ihne
 n.\n\nHerzliche Grüße\nJohanna Seifert\, freie Wissenschaftsjournalistin
LOCATION:GZMB\, Labor AG Roth
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Dlf-Feature „Schläferzellen“ (J. Seifert)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("fakultaetsrat", "040000008200E00074C5B7101A82E00800000000FA0001FA0002DC0100000000000000001000000055556666777788889999AAAABBBBCCCC",
         "fakultaetsrat-recurring-with-moved-occurrence",
         r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dekanat Biologie und Psychologie":mailto:dekanat.biologie@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Sitzung des Fakultätsrats (öffentlicher und nichtöffentlicher Teil). Tagesordnung und Unterlagen jeweils eine Woche vorher im Gremienportal. Nichtöffentlicher Teil u. a.: Berufungsangelegenheiten\, Habilitationen\, Lehraufträge.\n
RRULE:FREQ=MONTHLY;BYDAY=3WE;UNTIL=20260715T120000Z
UID:040000008200E00074C5B7101A82E00800000000FA0001FA0002DC0100000000000000001000000055556666777788889999AAAABBBBCCCC
SUMMARY;LANGUAGE=de-DE:Fakultätsrat Biologie und Psychologie
DTSTART;TZID=W. Europe Standard Time:20251119T141500
DTEND;TZID=W. Europe Standard Time:20251119T170000
DTSTAMP:20251020T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fakultätssitzungssaal\, MN 0.03
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Dekanat Biologie und Psychologie":mailto:dekanat.biologie@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Wegen der Senatsklausur um eine Woche verschoben. TOP 5: Berufungsliste W3 Allgemeine Mikrobiologie (nichtöffentlich).\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260318T141500
UID:040000008200E00074C5B7101A82E00800000000FA0001FA0002DC0100000000000000001000000055556666777788889999AAAABBBBCCCC
SUMMARY;LANGUAGE=de-DE:Fakultätsrat Biologie und Psychologie (verschoben)
DTSTART;TZID=W. Europe Standard Time:20260325T141500
DTEND;TZID=W. Europe Standard Time:20260325T173000
DTSTAMP:20260220T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Fakultätssitzungssaal\, MN 0.03
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("disputation", "4e3d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c1b0",
         "doctoral-defence-user-is-examiner",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260427T080000Z
LAST-MODIFIED:20260427T080000Z
DTSTAMP:20260427T080000Z
UID:4e3d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c1b0
SUMMARY:Disputation Lena Hofmeister\, M.Sc. (GLGS) – Prüfungskommission
ORGANIZER;CN="Promotionsbüro GLGS":mailto:promotion.glgs@uni-lichtenberg.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN="Anja Rot
 h":mailto:anja.roth@uni-lichtenberg.de
DTSTART;TZID=Europe/Berlin:20260521T140000
DTEND;TZID=Europe/Berlin:20260521T160000
LOCATION:GZMB Seminarraum 0.116
DESCRIPTION:Öffentliche Disputation (Vortrag 20 Min.\, Prüfungsgespräch 
 ca. 60 Min.)\, anschließend nichtöffentliche Beratung der Prüfungskommiss
 ion. Sie sind Mitglied der Prüfungskommission (weitere Mitglieder: Prof. 
 Thormählen – Referentin\, Prof. Ostrowski – Korreferent). Thema: „Typ-VI-S
 ekretion in Vibrio cholerae“.
END:VEVENT
END:VCALENDAR
"""),
    _neg("kolloquium", "kolloq-mikro-ws2526-07@uni-lichtenberg.de",
         "kolloquium-guest-speaker-from-interviewing-university",
         r"""BEGIN:VCALENDAR
PRODID:-//Georg-Lichtenberg-Universitaet//Veranstaltungskalender Biologie//DE
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Mikrobiologisches Kolloquium
BEGIN:VEVENT
UID:kolloq-mikro-ws2526-07@uni-lichtenberg.de
DTSTAMP:20251001T080000Z
DTSTART:20260113T161500Z
DTEND:20260113T173000Z
SUMMARY:Mikrobiologisches Kolloquium: Prof. Dr. Ruth Carstensen (CAU Kiel)
DESCRIPTION:„Vibrio im Wattenmeer – Ökologie und Virulenz“\nGastgeberin: J
 un.-Prof. Dr. Anja Roth\n\nAnschließend Umtrunk im Foyer. Gäste willkommen
 .
LOCATION:Biologie\, Hörsaal MN 08
ORGANIZER;CN=Institut für Mikrobiologie und Genetik:mailto:img-sekretariat@uni-lichtenberg.de
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
