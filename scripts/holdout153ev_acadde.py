"""holdout153: German and Swiss professorships and group-leader searches (hand-written raw iCalendar text)."""

from holdout153ev_base import yes

EVENTS = [
    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Zimmermann Regula":mailto:regula.zimmermann@ethz.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Dr. Weiss\n\nIm Namen der Beruf
 ungskommission für die Assistenzprofessur (Tenure Track) für Strukturbiolog
 ie am Departement Biologie freue ich mich\, Ihnen den Termin für Ihren Bes
 uch zu bestätigen:\n\n09:15 Öffentlicher Vortrag (30 Min. + 15 Min. Diskus
 sion)\, HPM D 2\n10:30 Gespräch mit der Berufungskommission (Vorsitz: Prof.
  Dr. Nenad Ban)\, HPM H 38\n12:00 Mittagessen mit Doktorierenden\n13:30 Ges
 präche mit Professorinnen und Professoren des Departements\n\nDie Unterlage
 n zur Spesenabrechnung finden Sie im Anhang.\n\nFreundliche Grüsse\nRegula
  Zimmermann\nStab Professuren\, ETH Zürich
UID:040000008200E00074C5B7101A82E00800000000C3E5A7B9D14ADC010000000000000000
 10000000F7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7
SUMMARY;LANGUAGE=de-CH:Berufungsverfahren Assistenzprofessur Strukturbiologi
 e – Besuch Dr. H. Weiss
DTSTART;TZID=W. Europe Standard Time:20251208T091500
DTEND;TZID=W. Europe Standard Time:20251208T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T131409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ETH Zürich\, Hönggerberg\, HPM
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000C3E5A7B9D14ADC0100000000000000001000"
               "0000F7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7", "ETH Zürich",
               "Assistenzprofessur (Tenure Track) für Strukturbiologie", "onsite",
               "Prof. Dr. Nenad Ban", "berufungskommission-vortrag-und-gespraech-swiss")),

    dict(kind="entry", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260205T130000Z
DTEND:20260205T140000Z
DTSTAMP:20260122T201503Z
UID:4b8d2f6h0k3m7p1r5t9v3x7z1c@google.com
CREATED:20260122T201503Z
DESCRIPTION:ETH Hauptgebäude\, HG F 59 (Präsidialbüro)\nGespräch mit Präside
 nt Joël Mesot – letzte Runde vor Antrag an den ETH-Rat\nVorher: Startpaket
 -Liste (Krios-Zeit\, 2 PhD\, 1 TA)\, Dual Career Frage für Markus!
LAST-MODIFIED:20260122T203010Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:ETH – Präsident 🤞
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("4b8d2f6h0k3m7p1r5t9v3x7z1c@google.com", "ETH Zürich", "", "final", "Joël Mesot",
               "self-typed-emoji-president-talk-final")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Dekanat Phil.-Nat. Fakultät":mailto:berufungen-philnat@unibas
 .ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Dr. Weiss\n\nDie Berufungskommi
 ssion «Assistenzprofessur mit Tenure Track für Strukturbiologie» lädt Sie zu
 r Probevorlesung und zum anschliessenden Gespräch ein.\n\n13:00 Probevorlesu
 ng für Studierende im 3. Semester (Thema: «Wie sieht man ein Protein? Von d
 er Kristallographie zur Kryo-EM»\, 45 Min.)\, Biozentrum\, Spitalstrasse 41\,
  Hörsaal U1.131\n14:15 wissenschaftlicher Vortrag\n15:30 Gespräch mit der Ko
 mmission (Vorsitz Prof. Dr. Sebastian Hiller)\n\nMit freundlichen Grüssen\n
 Dekanat der Philosophisch-Naturwissenschaftlichen Fakultät\nUniversität Ba
 sel
UID:040000008200E00074C5B7101A82E008000000002A4C6E8A0B2CDC010000000000000000
 1000000019B3D5F7A9C1E3B5D7F9A1C3E5B7D9F1
SUMMARY;LANGUAGE=de-CH:Probevorlesung / Berufungsgespräch – Dr. Hannah Weiss
DTSTART;TZID=W. Europe Standard Time:20260112T130000
DTEND;TZID=W. Europe Standard Time:20260112T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251209T094458Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Biozentrum\, Spitalstrasse 41\, 4056 Basel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E008000000002A4C6E8A0B2CDC0100000000000000001000"
               "000019B3D5F7A9C1E3B5D7F9A1C3E5B7D9F1", "Universität Basel",
               "Assistenzprofessur mit Tenure Track für Strukturbiologie", "onsite",
               "Prof. Dr. Sebastian Hiller", "probevorlesung-biozentrum-basel-namesake")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:ZURICH@
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260129T090000
DTEND;TZID=Europe/Zurich:20260129T173000
DTSTAMP:20260107T083100Z
ORGANIZER;CN=Sophie Rochat:mailto:sophie.rochat@epfl.ch
UID:7d1f3h5k7m9p1r3t5v7x9z1b3e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss.bio@posteo.de;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@p
 osteo.de
DESCRIPTION:Chère Madame Weiss\,\n\nNous avons le plaisir de vous confirmer
  votre audition pour le poste de Professeur·e assistant·e tenure track en b
 iologie structurale (School of Life Sciences).\n\n09h00 Séminaire publique (
 SV 1717)\n10h30 Entretien avec la commission de sélection (présidée par Pro
 f. Beat Fierz)\n12h00 Déjeuner avec les membres de l'Institut\n14h00–17h30 R
 encontres individuelles\n\nL'audition se déroule en anglais.\n\nMeilleures s
 alutations\,\nSophie Rochat\nAssistante\, Affaires professorales SV
LOCATION:EPFL\, bâtiment SV\, Lausanne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audition – Prof. assistant·e TT biologie structurale – H. Weiss
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("7d1f3h5k7m9p1r3t5v7x9z1b3e@google.com", "EPFL",
               "Professeur·e assistant·e tenure track en biologie structurale", "onsite", "Prof. Beat Fierz",
               "french-audition-faculty-epfl")),

    dict(kind="dfnconf", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Berufungsreferat Fakultät für Biologie";SENT-BY="mailto:petra
 .huber@bio.lmu.de":mailto:berufungen@bio.lmu.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Weiss\,\n\nim Berufungsverf
 ahren W2-Professur für Strukturbiologie (Nachfolge Prof. Beckmann) lädt Sie
  die Berufungskommission zu einem Vortrag mit anschließender Diskussion und
  einem nicht-öffentlichen Kommissionsgespräch ein. Beides findet online über
  DFNconf statt.\n\nVortrag: 14:00–14:45 (öffentlich)\nKommissionsgespräch: c
 a. 15:00–15:45\n\nEinwahl: https://conf.dfn.de/webapp/conference/979112233\n
 Telefon-Einwahl: +49 30 20097 3000\, PIN 979112233#\n\nMit freundlichen Grüß
 en\nim Auftrag\nPetra Huber\nBerufungsreferat
UID:040000008200E00074C5B7101A82E00800000000E8A0C2E4B35BDC010000000000000000
 1000000066D8F0A2C4E6B8D0F2A4C6E8B0D2F4A6
SUMMARY;LANGUAGE=de-DE:W2 Strukturbiologie – Vortrag und Kommissionsgespräch
  Dr. Weiss
DTSTART;TZID=W. Europe Standard Time:20251217T140000
DTEND;TZID=W. Europe Standard Time:20251217T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T104211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:DFNconf
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000E8A0C2E4B35BDC0100000000000000001000"
               "000066D8F0A2C4E6B8D0F2A4C6E8B0D2F4A6", "LMU München", "W2-Professur für Strukturbiologie", "",
               "", "w2-berufungsverfahren-dfnconf-no-named-interviewers")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251121T213000Z
DTSTAMP:20251121T213044Z
DTSTART:20260122T100000
DTEND:20260122T150000
LAST-MODIFIED:20251121T213044Z
SEQUENCE:0
SUMMARY:TUM Freising – W1 TT Lehrprobe + Kommission
LOCATION:TUM Campus Weihenstephan\, Hörsaal 14
UID:0C4E8A2F-1B5D-4F93-A7E1-6D2B9F3C0E85
DESCRIPTION:Lehrprobe 20 Min (Bachelor\, Thema frei: Enzymkinetik?)\nFachvort
 rag 30 Min\nGespräch mit Berufungskommission danach\nRegionalzug ab Münche
 n Hbf 7:44
END:VEVENT
END:VCALENDAR
""", label=yes("0C4E8A2F-1B5D-4F93-A7E1-6D2B9F3C0E85", "TUM", "W1 TT", "onsite", "",
               "self-typed-floating-lehrprobe-kommission")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251203
DTEND;VALUE=DATE:20251204
DTSTAMP:20251103T090115Z
ORGANIZER;CN=MDC Group Leader Recruitment:mailto:gl-recruitment@mdc-berlin
 .de
UID:5f9b1d3h7k1m5p9r3t7v1x5z9a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss.bio@posteo.de;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@p
 osteo.de
DESCRIPTION:Dear Dr. Weiss\,\n\nwe are delighted to invite you to the MDC Ju
 nior Group Leader Symposium (Structural & Cell Biology) on Campus Berlin-Buc
 h.\n\nYour talk: 11:20–11:50 (20 min + 10 min discussion)\, Axon 1\nIndividu
 al interview with the Selection Committee (chair: Prof. Dr. Oliver Daumke):
  15:40–16:10\, Room C27\n\nA detailed programme with all candidates will fol
 low. Please do not share it.\n\nMDC Recruitment Team
LOCATION:Max Delbrück Center\, Robert-Rössle-Str. 10\, 13125 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MDC Junior Group Leader Symposium
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", label=yes("5f9b1d3h7k1m5p9r3t7v1x5z9a@google.com", "Max Delbrück Center", "Junior Group Leader", "onsite",
               "Prof. Dr. Oliver Daumke", "all-day-symposium-with-selection-committee-slot")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Seitz, Barbara":mailto:seitz@biochem.mpg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schulman, Bren
 da":mailto:schulman@biochem.mpg.de
DESCRIPTION;LANGUAGE=en-US:Dear Hannah\,\n\nplease find attached the schedule
  for your visit as a candidate for the Max Planck Research Group Leader posi
 tion. The institute seminar starts at 10:00 in the Lecture Hall (Building T)\,
  followed by meetings with the directors and the search committee. Brenda
  Schulman will host you.\n\nWith kind regards\nBarbara Seitz\nOffice of the M
 anaging Director
UID:040000008200E00074C5B7101A82E0080000000091B3D5F7A06BDC010000000000000000
 10000000B5D7F9A1C3E5A7C9E1B3D5F7A9C1E3B5
SUMMARY;LANGUAGE=en-US:Candidate visit Hannah Weiss – Research Group Leader
DTSTART;TZID=W. Europe Standard Time:20260210T093000
DTEND;TZID=W. Europe Standard Time:20260210T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T101822Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MPI of Biochemistry\, Am Klopferspitz 18\, Martinsrie
 d
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E0080000000091B3D5F7A06BDC0100000000000000001000"
               "0000B5D7F9A1C3E5A7C9E1B3D5F7A9C1E3B5", "Max Planck Institute of Biochemistry",
               "Max Planck Research Group Leader", "onsite", "schulman@biochem.mpg.de",
               "candidate-visit-host-director-optional-attendee")),
]
