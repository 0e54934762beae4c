"""holdout153: the user on the hiring side at her institute, part 1 (hand-written raw iCalendar text)."""

from holdout153ev_base import no

EVENTS = [
    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="BIPP Office":mailto:phd-programme@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Matthi
 as":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yildiz, Deniz":
 mailto:deniz.yildiz@biozentrum-hd.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HD-BZ Se
 minarraum 3.102":mailto:sr-3102@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Dear panel members\,\n\nthank you for joining the
  Interview Days of the Biozentrum International PhD Programme (BIPP\, winter
  call). You are on Panel C. Each applicant has 10 min to present a paper of
  their choice\, followed by 15 min of questions. Please fill in the evaluati
 on sheet in the BIPP portal directly after each slot.\n\n09:00 Aylin Kaya (M
 Sc Ankara)\n09:30 Rohan Mehta (MSc Pune)\n10:00 Sofía Herrera (MSc Granada)\n
 10:30 break\n10:45 Lukas Brenner (MSc Heidelberg)\n11:15 Chiamaka Eze (MSc L
 agos)\n\nBIPP Office
UID:040000008200E00074C5B7101A82E00800000000C0E2A4B6158BDC010000000000000000
 10000000B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A2
SUMMARY;LANGUAGE=en-US:BIPP Interview Days – Panel C (morning)
DTSTART;TZID=W. Europe Standard Time:20251202T090000
DTEND;TZID=W. Europe Standard Time:20251202T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T120044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HD-BZ Seminarraum 3.102
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000C0E2A4B6158BDC0100000000000000001000"
              "0000B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A2", "user-as-interviewer-phd-programme-panel")),

    dict(kind="zoom", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="BIPP Office":mailto:phd-programme@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yildiz, Deniz":
 mailto:deniz.yildiz@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arjun Nair:m
 ailto:arjun.nair.iisc@gmail.com
DESCRIPTION;LANGUAGE=en-US:Remote slot for an applicant who could not obtain
  a visa in time. Same format as on-site (10 min paper presentation + 15 min
  Q&A). Arjun is in Bengaluru (IST\, +4:30).\n\nZoom: https://uni-heidelber
 g.zoom-x.de/j/65519027733\nKenncode: BIPP25\n\nBIPP Office
UID:040000008200E00074C5B7101A82E0080000000061A3C5E7D68BDC010000000000000000
 10000000C3E5A7B9D1F3C5E7A9B1D3F5C7E9A1B3
SUMMARY;LANGUAGE=en-US:BIPP remote interview – Arjun Nair (Panel C)
DTSTART;TZID=W. Europe Standard Time:20251203T083000
DTEND;TZID=W. Europe Standard Time:20251203T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T153012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E0080000000061A3C5E7D68BDC0100000000000000001000"
              "0000C3E5A7B9D1F3C5E7A9B1D3F5C7E9A1B3", "user-as-interviewer-remote-phd-applicant-on-gmail")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="BIPP Office":mailto:phd-programme@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Erinnerung: Bitte alle Bewertungsbögen Panel C bi
 s heute 18 Uhr im BIPP-Portal abschließen (Skala 1–5\, Kommentar Pflicht bei
  Ranking Top 3). Die Auswahlkonferenz findet am Freitag statt.
UID:040000008200E00074C5B7101A82E00800000000E2B4D6F8A79BDC010000000000000000
 10000000D4F6B8A0C2E4D6F8B0A2C4E6D8F0B2C4
SUMMARY;LANGUAGE=de-DE:Deadline Bewertungsbögen BIPP (Panel C)
DTSTART;VALUE=DATE:20251204
DTEND;VALUE=DATE:20251205
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T153530Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000E2B4D6F8A79BDC0100000000000000001000"
              "0000D4F6B8A0C2E4D6F8B0A2C4E6D8F0B2C4", "user-as-interviewer-scorecard-deadline")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Yildiz, Deniz":mailto:deniz.yildiz@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Matthi
 as":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Ulrike"
 :mailto:ulrike.brandt@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Panel chairs + programme coordinator: merging the
  rankings of panels A–D\, deciding on offers and waiting list\, matching wit
 h group-leader preferences.
UID:040000008200E00074C5B7101A82E00800000000F3C5E7A9B80ADC010000000000000000
 10000000E5A7C9B1D3F5E7A9C1B3D5F7E9A1C3B5
SUMMARY;LANGUAGE=en-US:BIPP selection conference
DTSTART;TZID=W. Europe Standard Time:20251205T140000
DTEND;TZID=W. Europe Standard Time:20251205T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T090002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Bibliothek 1. OG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000F3C5E7A9B80ADC0100000000000000001000"
              "0000E5A7C9B1D3F5E7A9C1B3D5F7E9A1C3B5", "user-as-interviewer-selection-debrief")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T091200Z
DTSTAMP:20251020T091210Z
DTSTART:20251023T160000
DTEND:20251023T163000
LAST-MODIFIED:20251020T091210Z
SEQUENCE:0
SUMMARY:Lena H. – Masterarbeit?
LOCATION:Büro 3.214
UID:A81C3E5D-2F4B-4C6A-9E8D-1B3F5A7C9E02
DESCRIPTION:Bewerbung per Mail (MolBio M.Sc.\, Note 1\,4)\nProjekt: Nanobod
 y-Komplex Krios\nMK fragen ob Geld für Hiwi-Vertrag danach
END:VEVENT
END:VCALENDAR
""", label=no("A81C3E5D-2F4B-4C6A-9E8D-1B3F5A7C9E02", "user-as-interviewer-master-student-self-typed")),

    dict(kind="reply", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251110T130000Z
DTEND:20251110T133000Z
DTSTAMP:20251106T174422Z
ORGANIZER;CN="Weiss, Hannah":mailto:hannah.weiss@biozentrum-hd.de
UID:040000008200E00074C5B7101A82E00800000000A4C6E8B0C91ADC01000000000000000
 010000000F6B8D0A2C4E6F8B0D2A4C6E8F0B2D4A6
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tim Ko
 walski;X-NUM-GUESTS=0:mailto:tim.kowalski2001@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Akzeptiert: Hiwi-Stelle Proteinreinigung – kurzes Gespräch
TRANSP:OPAQUE
COMMENT:Passt super\, bis Montag!
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000A4C6E8B0C91ADC0100000000000000001000"
              "0000F6B8D0A2C4E6F8B0D2A4C6E8F0B2D4A6", "user-as-interviewer-candidate-accepted-reply")),

    dict(kind="calendly", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-2c6e0a4b-8d1f-4e37-b9a5-60f2d8c4e1b9
DTSTAMP:20251007T194018Z
DTSTART:20251013T080000Z
DTEND:20251013T082000Z
SUMMARY:Chloé Martin and Hannah Weiss
DESCRIPTION:Event Name: Rotation / lab visit chat (20 min)\n\nInvitee: Chloé
  Martin\nInvitee Email: chloe.martin.bio@outlook.fr\n\nQuestions:\nWhich pro
 ject are you interested in?\n> The cryo-EM project on the transporter – I'm
  applying to BIPP and would love to rotate in your team.\n\nLocation: Zoom\,
  https://uni-heidelberg.zoom-x.de/j/61840077219\n\nPowered by Calendly.com
LOCATION:Zoom
ORGANIZER;CN=Hannah Weiss:mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;CN=Chloé Martin;PARTSTAT=ACCEPTED:mailto:chloe.martin.bio@outlook.f
 r
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=no("calendly-2c6e0a4b-8d1f-4e37-b9a5-60f2d8c4e1b9", "user-as-interviewer-calendly-host-phd-applicant")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Weiss, Hannah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Matthi
 as":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="AG Kessler"
 :mailto:ag-kessler@biozentrum-hd.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HD-BZ Hö
 rsaal EG":mailto:hs-eg@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Dr. Rahul Menon (Scripps\, La Jolla) – one of the
  shortlisted candidates for the Junior Group Leader position in Structural B
 iology – will present his work. I am hosting his visit: please come\, and pl
 ease send me your impressions afterwards (short e-mail is fine) so I can pa
 ss them on to the search committee.\n\nTitle: "Capturing transient states o
 f ion channels by time-resolved cryo-EM"\n\nLunch with postdocs 12:00\, Kant
 ine (sign up in the list at my door).
UID:040000008200E00074C5B7101A82E0080000000013B5D7F9E02BDC010000000000000000
 10000000A7C9E1B3D5F7A9C1E3B5D7F9A1C3E5B7
SUMMARY;LANGUAGE=en-US:Seminar Rahul Menon (JGL candidate) – host: H. Weiss
DTSTART;TZID=W. Europe Standard Time:20251029T110000
DTEND;TZID=W. Europe Standard Time:20251029T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T114501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HD-BZ Hörsaal EG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E0080000000013B5D7F9E02BDC0100000000000000001000"
              "0000A7C9E1B3D5F7A9C1E3B5D7F9A1C3E5B7", "user-as-interviewer-hosting-candidate-seminar")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Dekanat / Berufungen";SENT-BY="mailto:ines.ritter@biozentrum-h
 d.de":mailto:berufungen@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Matthi
 as":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albrecht, Sus
 anne":mailto:susanne.albrecht@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gleichstellun
 gsbeauftragte":mailto:gleichstellung@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Mitglieder der Berufungskommission\,
 \n\nzur 3. Sitzung lade ich Sie herzlich ein.\n\nTOP 1 Protokoll 2. Sitzung\n
 TOP 2 Auswertung der Probevorträge und Kommissionsgespräche (4 Kandidat:inne
 n)\nTOP 3 Bestellung externer Gutachten\nTOP 4 Listenvorschlag (vorläufig)\n
 \nDie Unterlagen liegen im geschützten Ordner. Bitte beachten Sie die Vertra
 ulichkeit.\n\nIm Auftrag\nInes Ritter
UID:040000008200E00074C5B7101A82E00800000000B4D6F8A0F13BDC010000000000000000
 10000000B8D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8
SUMMARY;LANGUAGE=de-DE:Berufungskommission W1 Kryo-EM – 3. Sitzung
DTSTART;TZID=W. Europe Standard Time:20251119T133000
DTEND;TZID=W. Europe Standard Time:20251119T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251105T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Direktionsraum 4.01
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000B4D6F8A0F13BDC0100000000000000001000"
              "0000B8D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8", "user-as-interviewer-berufungskommission-member")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dekanat / Berufungen";SENT-BY="mailto:ines.ritter@biozentrum-h
 d.de":mailto:berufungen@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Öffentliche Vorträge und nicht-öffentliche Kommis
 sionsgespräche im Berufungsverfahren W1 (Tenure Track) Kryo-Elektronenmikros
 kopie.\n\n09:00 Dr. A. Okafor\n10:30 Dr. R. Menon\n13:00 Dr. L. Santos\n14:
 30 Dr. K. Bauer\n\nKommissionsgespräche jeweils im Anschluss (30 Min.)\, Dir
 ektionsraum 4.01. Bitte als Mittelbau-Vertreterin an allen Gesprächen teilne
 hmen.
UID:040000008200E00074C5B7101A82E00800000000C5E7A9B1024BDC010000000000000000
 10000000C9E1A3B5D7F9C1E3A5B7D9F1C3E5A7B9
SUMMARY;LANGUAGE=de-DE:Berufungsvorträge W1 Kryo-EM
DTSTART;VALUE=DATE:20251105
DTEND;VALUE=DATE:20251106
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T120310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000C5E7A9B1024BDC0100000000000000001000"
              "0000C9E1A3B5D7F9C1E3A5B7D9F1C3E5A7B9", "user-as-interviewer-probevortraege-at-own-institute")),
]
