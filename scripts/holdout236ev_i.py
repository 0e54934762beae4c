# ruff: noqa: E501, W291
"""holdout236 events, part i: look-alikes around the job search and private life (written blind)."""

from holdout236ev_tz import BERLIN_APPLE, BERLIN_G, BERLIN_TB, WEUROPE


def _neg(kind, uid, trap, ics, eol="crlf"):
    return dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap, ics=ics, eol=eol)


EVENTS = [
    _neg("mock-kommission", "9C8B7A6F-5E4D-4C3B-A291-8F7E6D5C4B3A",
         "mock-kommissionsgespraech-with-mentor",
         r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20260112T190000Z
UID:9C8B7A6F-5E4D-4C3B-A291-8F7E6D5C4B3A
DTSTART;TZID=Europe/Berlin:20260119T180000
DTEND;TZID=Europe/Berlin:20260119T193000
DTSTAMP:20260112T190022Z
SEQUENCE:0
SUMMARY:Probe-Kommissionsgespräch mit Ute (Mentoring)
LOCATION:Zoom (Ute schickt Link)
DESCRIPTION:Ute Keller spielt Kommissionsvorsitz\, Heiko den "bösen" Exte
 rnen. Themen: Lehrkonzept\, Gleichstellung\, warum weg aus GÖ?\, Ausstattu
 ngswünsche nicht zu früh nennen.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("dhv-webinar", "dhv-sem-2026-0212-berufung@hochschulverband.de",
         "webinar-about-berufungsverfahren-and-negotiation",
         r"""BEGIN:VCALENDAR
PRODID:-//Deutscher Hochschulverband//Seminarverwaltung//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:dhv-sem-2026-0212-berufung@hochschulverband.de
DTSTAMP:20251215T120000Z
DTSTART:20251217T090000Z
DTEND:20251217T153000Z
SUMMARY:DHV-Online-Seminar: Das Berufungsverfahren – Bewerbung\, Vortrag\,
  Kommissionsgespräch
DESCRIPTION:Seminar für Nachwuchswissenschaftlerinnen und -wissenschaftler
 \n\nInhalte: Aufbau der Bewerbung\, der Berufungsvortrag\, typische Frage
 n im Kommissionsgespräch\, Ablauf bis zur Ruferteilung\, erste Hinweise z
 u Berufungsverhandlungen.\n\nReferent: Dr. iur. Hubert Detmer (Rechtsberat
 ung DHV)\n\nZugangsdaten erhalten Sie am Vortag per E-Mail.
LOCATION:Online (Zoom)
ORGANIZER;CN=DHV Fortbildung:mailto:seminare@hochschulverband.de
ATTENDEE;CN=Anja Roth;RSVP=FALSE:mailto:anja.roth.mikro@posteo.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    _neg("info-kaffee", "7k5j3h1g9f7d5s3a1q0w@google.com",
         "informational-coffee-former-postdoc-at-pharma",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251128T123000
DTEND;TZID=Europe/Berlin:20251128T133000
DTSTAMP:20251124T071514Z
ORGANIZER;CN=Nils Sommer:mailto:nils.sommer82@gmail.com
UID:7k5j3h1g9f7d5s3a1q0w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@pos
 teo.de
DESCRIPTION:Hey Anja\, schön\, dass es klappt! Ich bin wegen der Tagung eh
  in Göttingen. Erzähl ich dir gern\, wie es in pRED so ist (Kultur\, Matri
 x\, was man als Section Head wirklich macht) – ganz informell\, ich bin ja
  nicht im Hiring für die Stelle. Nils
LOCATION:Café Cron & Lanz\, Weender Str. 25\, Göttingen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Anja & Nils
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("career-day", "bionection-2026-panel-roth@biotechnologie-forum.de",
         "career-fair-panel-user-speaks",
         r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bionection-2026-panel-roth@biotechnologie-forum.de
DTSTAMP:20260301T100000Z
DTSTART:20260415T070000Z
DTEND:20260415T150000Z
SUMMARY:Life Science Career Day Niedersachsen 2026
DESCRIPTION:Karrieremesse mit 40 Ausstellern aus Pharma\, Biotech und Med
 Tech\, CV-Check\, Speed-Interviews mit Unternehmen und Podiumsdiskussion „
 Wege aus der Akademia – und zurück?“ (14:00\, Podium u. a. Jun.-Prof. Dr.
  Anja Roth\, Göttingen).\n\nOrder #8841302117 – 1 x Speaker pass
LOCATION:Hannover Congress Centrum\, Theodor-Heuss-Platz 1-3\, Hannover
ORGANIZER;CN=BioRegioN:mailto:events@biotechnologie-forum.de
END:VEVENT
END:VCALENDAR
"""),
    _neg("referenzgespraech", "040000008200E00074C5B7101A82E00800000000AB61CD62EF63DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
         "reference-call-user-as-referee-for-former-postdoc",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lambert, Aurélie":mailto:aurelie.lambert@evotec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=en-US:Dear Prof. Roth\,\n\nthank you for agreeing to provide a reference for Dr. Tim Becker\, who has applied for a Senior Scientist position in our Anti-Infectives team in Toulouse. The call will take about 20 minutes and cover his scientific contributions\, independence and teamwork during his postdoc in your group.\n\nKind regards\nAurélie Lambert\nTalent Acquisition\, Evotec France\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cmVmZXJlbmNl%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000AB61CD62EF63DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=en-US:Reference call – Dr. Tim Becker (Evotec)
DTSTART;TZID=W. Europe Standard Time:20260226T083000
DTEND;TZID=W. Europe Standard Time:20260226T085000
DTSTAMP:20260219T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("studien-interview", "dzhw-jp-panel-int-0417@dzhw.eu",
         "research-survey-interview-about-careers",
         r"""BEGIN:VCALENDAR
PRODID:-//DZHW//Terminbuchung//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:dzhw-jp-panel-int-0417@dzhw.eu
DTSTAMP:20260410T101000Z
DTSTART:20260428T080000Z
DTEND:20260428T090000Z
SUMMARY:Interview Studie „Karrierewege in der Tenure-Track-Professur“ (DZ
 HW)
DESCRIPTION:Liebe Frau Roth\,\n\nvielen Dank für Ihre Bereitschaft zu ein
 em leitfadengestützten Interview im Rahmen unserer Studie zu Karrierewege
 n von Juniorprofessorinnen und -professoren (BMBF-gefördert). Das Intervie
 w wird aufgezeichnet und pseudonymisiert ausgewertet.\n\nZoom: https://dzh
 w-eu.zoom-x.de/j/61755093208\n\nDr. Franziska Liebig\, DZHW Hannover
LOCATION:Zoom
ORGANIZER;CN=Franziska Liebig:mailto:liebig@dzhw.eu
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth@uni-lichtenberg.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    _neg("podcast", "8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493",
         "podcast-recording-campus-radio",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260506T100000Z
LAST-MODIFIED:20260506T100000Z
DTSTAMP:20260506T100000Z
UID:8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493
SUMMARY:Podcast-Aufnahme "Keimzeit" (Campusradio) – Folge Biofilme
DTSTART;TZID=Europe/Berlin:20260519T170000
DTEND;TZID=Europe/Berlin:20260519T183000
LOCATION:Studio Campusradio\, Platz der Göttinger Sieben 5
DESCRIPTION:Moderation: Paula + Ben (Studis). Gesprächsform\, ca. 45 min 
 Aufnahme\, keine Folien. Vorher Fragenliste per Mail.
END:VEVENT
END:VCALENDAR
"""),
    _neg("bleibeverhandlung", "040000008200E00074C5B7101A82E00800000000AB71CD72EF73DC01000000000000000010000000BB00CC11DD22EE33FF44005511662277",
         "retention-negotiation-at-current-employer",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Büro der Präsidentin";SENT-BY="mailto:birte.hansen@uni-lichtenberg.de":mailto:praesidentin@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hagedorn, Marc Prof. Dr. (Dekan)":mailto:dekan.biologie@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Roth\,\n\ndie Präsidentin möchte mit Ihnen anlässlich des Ihnen erteilten Rufes an die Albert-Ludwigs-Universität Freiburg ein Gespräch über Ihre Perspektiven in Göttingen führen (Bleibeverhandlungen). Bitte übermitteln Sie vorab das Rufschreiben und das Freiburger Angebot.\n\nMit freundlichen Grüßen\nBirte Hansen\nReferentin der Präsidentin\n
UID:040000008200E00074C5B7101A82E00800000000AB71CD72EF73DC01000000000000000010000000BB00CC11DD22EE33FF44005511662277
SUMMARY;LANGUAGE=de-DE:Gespräch Präsidentin – Jun.-Prof. Dr. Roth (Bleibeverhandlungen)
DTSTART;TZID=W. Europe Standard Time:20260623T110000
DTEND;TZID=W. Europe Standard Time:20260623T120000
DTSTAMP:20260605T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Präsidium\, Wilhelmsplatz 1\, Raum 109
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("externes-gutachten", "1E2D3C4B-5A69-4788-96A5-B4C3D2E1F0A9",
         "user-as-interviewer-external-comparative-review-berufung",
         r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20260420T153000Z
UID:1E2D3C4B-5A69-4788-96A5-B4C3D2E1F0A9
DTSTART;TZID=Europe/Berlin:20260424T080000
DTEND;TZID=Europe/Berlin:20260424T120000
DTSTAMP:20260420T153022Z
SEQUENCE:0
SUMMARY:Vergl. Gutachten Uni Bonn (W2 Mikrobielle Biotechnologie) schreib
 en
DESCRIPTION:3 Listenkandidat:innen vergleichend begutachten (Bonn\, Frist 
 30.4.). Unterlagen im Sciebo-Link. Nicht befangen? Santos war Koautorin 20
 21 -> Dekanat Bonn fragen!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("mitarbeitergespraech", "2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0",
         "annual-staff-review-user-as-supervisor",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260105T090000Z
LAST-MODIFIED:20260105T090000Z
DTSTAMP:20260105T090000Z
UID:2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0
SUMMARY:Jahresgespräch Mira (TAC-Vorbereitung + Vertragsverlängerung)
ORGANIZER;CN="Anja Roth":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN="Mira Sch
 önfeld":mailto:mira.schoenfeld@uni-lichtenberg.de
DTSTART;TZID=Europe/Berlin:20260114T100000
DTEND;TZID=Europe/Berlin:20260114T110000
LOCATION:Büro 1.203
DESCRIPTION:Fortschritt Kap. 2\, Paper-Plan\, Konferenz VAAM\, Verlängerun
 g bis 09/2027 (Drittmittel B04 gesichert).
END:VEVENT
END:VCALENDAR
"""),
    _neg("muendliche-pruefungen", "e9f8a7b6-c5d4-4e3f-a2b1-c0d9e8f7a6b5",
         "oral-exams-user-examines-students",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260601T080000Z
LAST-MODIFIED:20260601T080000Z
DTSTAMP:20260601T080000Z
UID:e9f8a7b6-c5d4-4e3f-a2b1-c0d9e8f7a6b5
SUMMARY:Mündl. Modulprüfungen M.Bio.305 (6 Kandidat:innen)
DTSTART;TZID=Europe/Berlin:20260716T090000
DTEND;TZID=Europe/Berlin:20260716T130000
LOCATION:Büro 1.203
DESCRIPTION:je 30 min\, Beisitz: Jakob. Protokollbögen vom Prüfungsamt hol
 en. Liste der Prüflinge in FlexNow.
END:VEVENT
END:VCALENDAR
"""),
]
