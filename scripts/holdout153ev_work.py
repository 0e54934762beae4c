"""holdout153: everyday research calendar and interview look-alikes (hand-written raw iCalendar text)."""

from holdout153ev_base import no

EVENTS = [
    dict(kind="recurring", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Matthias":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="AG Kessler":ma
 ilto:ag-kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weiss, Hannah"
 :mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Weekly group meeting. Two data talks + lab busines
 s. Rota in the Teams channel.
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000D2F4B6C879ACDB010000000000000000
 10000000D0F8B0C2E4A6D8F0B2C4E6A8D0F2B4C6
SUMMARY;LANGUAGE=en-US:Group meeting AG Kessler
DTSTART;TZID=W. Europe Standard Time:20250908T093000
DTEND;TZID=W. Europe Standard Time:20250908T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250901T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Seminarraum 3.102
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Matthias":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="AG Kessler":ma
 ilto:ag-kessler@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Moved to Tuesday because of the BIPP Interview D
 ays (room is used by the panels on Monday). Hannah: practice run of your job
  talk instead of data talks – everyone please give honest feedback.
RECURRENCE-ID;TZID=W. Europe Standard Time:20251201T093000
UID:040000008200E00074C5B7101A82E00800000000D2F4B6C879ACDB010000000000000000
 10000000D0F8B0C2E4A6D8F0B2C4E6A8D0F2B4C6
SUMMARY;LANGUAGE=en-US:Group meeting AG Kessler – Hannah's job talk (practi
 ce)
DTSTART;TZID=W. Europe Standard Time:20251202T130000
DTEND;TZID=W. Europe Standard Time:20251202T143000
DTSTAMP:20251124T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Bibliothek 1. OG
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000D2F4B6C879ACDB0100000000000000001000"
              "0000D0F8B0C2E4A6D8F0B2C4E6A8D0F2B4C6", "recurring-group-meeting-override-job-talk-practice")),

    dict(kind="booking", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stratocore//PPMS//EN
METHOD:PUBLISH
@TZ:BERLIN@
BEGIN:VEVENT
UID:ppms-bzhd-booking-118273@ppms.eu
DTSTAMP:20251020T130511Z
DTSTART;TZID=Europe/Berlin:20251024T080000
DTEND;TZID=Europe/Berlin:20251025T080000
SUMMARY:Titan Krios G4 – Data collection (24 h) – Weiss\, H. (AG Kessler)
DESCRIPTION:Facility: Cryo-EM Core Facility Biozentrum Heidelberg\nSystem: T
 itan Krios G4 + Falcon 4i + Selectris\nProject: P-2025-031 (ABC transporter
  nanodisc)\nAssisted session: no\nCost centre: 4410-KES\n\nCancel at least 7
  days in advance or the session will be charged.
LOCATION:Cryo-EM Core\, Raum -1.05
ORGANIZER;CN=PPMS Cryo-EM Core:mailto:ppms-noreply@biozentrum-hd.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=no("ppms-bzhd-booking-118273@ppms.eu", "microscope-booking-session")),

    dict(kind="beamtime", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PSI//DUO User Office//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:duo-sls-20252114-x06da-shift2@psi.ch
DTSTAMP:20251009T071000Z
DTSTART:20251021T150000Z
DTEND:20251021T230000Z
SUMMARY:SLS X06DA (PXIII) – remote shift 2 – proposal 20252114
DESCRIPTION:Remote data collection\, shift 2/3. Local contact: Dr. Chia-Ying
  Huang. Please ship dewars to arrive 2 days before beamtime. Safety training
  must be valid in DUO.
LOCATION:Swiss Light Source (remote)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=no("duo-sls-20252114-x06da-shift2@psi.ch", "synchrotron-beamtime-shift-utc")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260109T100000
DTEND;TZID=Europe/Berlin:20260109T113000
DTSTAMP:20260102T162212Z
ORGANIZER;CN=Hannah Weiss:mailto:hannah.weiss.bio@posteo.de
UID:6g0j4l8n2q6s0u4w8y2a6c0e4h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hanna
 h Weiss;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anne
  Fischer;X-NUM-GUESTS=0:mailto:anne.fischer@embl.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rolan
 d Beck;X-NUM-GUESTS=0:mailto:roland.beck@uni-heidelberg.de
DESCRIPTION:Mock chalk talk for Harvard (BCMP). Anne + Roland play the search
  committee – please be mean\, interrupt a lot\, ask about the R01-equivalent
  and "what if Aim 1 fails". Whiteboard room at EMBL\, Anne booked it.
LOCATION:EMBL Heidelberg\, Meyerhofstraße 1\, small seminar room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock chalk talk (Harvard prep)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("6g0j4l8n2q6s0u4w8y2a6c0e4h@google.com", "mock-chalk-talk-with-friends")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Career Service Postdocs":mailto:postdoc-careers@uni-heidelber
 g.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Weiss\,\n\nhiermit bestätige ich Ihren
  Termin für das Bewerbungsgespräch-Training (Simulation eines Vorstellungsge
 sprächs für eine Industrieposition\, mit Video-Feedback). Bitte bringen Sie
  die Stellenanzeige (Roche) und Ihren CV mit.\n\nCoach: Dr. Birgit Lorenz\n\n
 Career Service für Postdocs\, Universität Heidelberg
UID:040000008200E00074C5B7101A82E00800000000E3A5C7D98A1CDC010000000000000000
 10000000E1A9C1D3F5B7E9A1C3D5F7B9E1A3C5D7
SUMMARY;LANGUAGE=de-DE:Coaching: Vorstellungsgespräch Industrie (Simulation)
DTSTART;TZID=W. Europe Standard Time:20251030T100000
DTEND;TZID=W. Europe Standard Time:20251030T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T091010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Seminarstraße 2\, Raum 017
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000E3A5C7D98A1CDC0100000000000000001000"
              "0000E1A9C1D3F5B7E9A1C3D5F7B9E1A3C5D7", "mock-interview-with-career-coach")),

    dict(kind="webinar", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//zoom.us//iCalendar Event//EN
BEGIN:VEVENT
DTSTAMP:20251002T150032Z
DTSTART:20251015T160000Z
DTEND:20251015T170000Z
SUMMARY:From Bench to Biotech: How to Ace Your Industry Interview
UID:ZOOM88811029345-webinar-reg-5512@zoom.us
TZID:Europe/Berlin
DESCRIPTION:Hi Hannah Weiss\,\n\nThank you for registering for "From Bench to
  Biotech: How to Ace Your Industry Interview" (Naturejobs x LifeSciences Rec
 ruit).\n\nPanelists: hiring managers from Roche\, Novartis and BioNTech share
  what they look for in a scientist interview\, the job talk and the case st
 udy.\n\nPlease submit any questions to the organizers at: webinar@naturejob
 s.com\n\nJoin from a PC\, Mac\, iPad\, or Android:\nhttps://us06web.zoom.us/w
 /88811029345?tk=reg5512\n\nPasscode: 218834
LOCATION:https://us06web.zoom.us/w/88811029345?tk=reg5512
ORGANIZER;CN=Naturejobs Webinars:mailto:no-reply@zoom.us
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", label=no("ZOOM88811029345-webinar-reg-5512@zoom.us", "webinar-about-industry-interviews-naming-employers")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251107
DTEND;VALUE=DATE:20251108
DTSTAMP:20251014T201900Z
UID:7h1k5m9p3r7t1v5x9z3b7d1f5j@google.com
CREATED:20251014T201900Z
DESCRIPTION:Life Science Career Fair (EMBL ATC)\, 10–16 Uhr\nAussteller u.a.
  Roche\, BI\, Evotec\, Thermo\nCV x15 drucken\, Pitch üben\nOn-the-spot int
 erviews möglich (Anmeldung über Portal)
LAST-MODIFIED:20251014T201900Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Karrieremesse EMBL
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", label=no("7h1k5m9p3r7t1v5x9z3b7d1f5j@google.com", "careers-fair-with-exhibitors")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Pressestelle Biozentrum":mailto:presse@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Vogel (R
 NZ):mailto:k.vogel@rnz.de
DESCRIPTION;LANGUAGE=de-DE:Interview mit Katrin Vogel (Rhein-Neckar-Zeitung\,
  Ressort Wissenschaft) zum Nature-Paper über den Transporter-Mechanismus. Ca
 . 30 Min. telefonisch\, danach Fotos im Labor (Fotograf kommt 10:45). Zitate
  werden vorab zur Freigabe geschickt.\n\nPressestelle
UID:040000008200E00074C5B7101A82E00800000000F4B6D8E0AB2CDC010000000000000000
 10000000F2B0D2E4A6C8F0B2D4E6A8C0F2B4D6E8
SUMMARY;LANGUAGE=de-DE:Presseinterview RNZ – Dr. Weiss
DTSTART;TZID=W. Europe Standard Time:20251022T100000
DTEND;TZID=W. Europe Standard Time:20251022T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T131313Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon / Labor 3.12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000F4B6D8E0AB2CDC0100000000000000001000"
              "0000F2B0D2E4A6C8F0B2D4E6A8C0F2B4D6E8", "press-interview-about-paper")),

    dict(kind="zoom", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:LONDON@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251111T170000
DTEND;TZID=Europe/London:20251111T180000
DTSTAMP:20251028T112009Z
ORGANIZER;CN=Owen Davies:mailto:owen@structuretalkpod.com
UID:8j2l6n0q4s8u2w6y0a4c8e2g6k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss@biozentrum-hd.de;X-NUM-GUESTS=0:mailto:hannah.weiss@bi
 ozentrum-hd.de
DESCRIPTION:Recording for The Structure Talk\, ep. 87 – "Membrane proteins i
 n nanodiscs". Conversational interview\, ~45 min\, we edit afterwards. Pleas
 e use headphones and a wired connection if you can.\n\nRiverside studio lin
 k: https://riverside.fm/studio/the-structure-talk?t=4471c0
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast interview – The Structure Talk (Hannah Weiss)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("8j2l6n0q4s8u2w6y0a4c8e2g6k@google.com", "podcast-interview-recording")),

    dict(kind="webex", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco//Webex Meetings//EN
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:webex-2a8f1c4e90b7@dzhw.webex.com
DTSTAMP:20251008T093300Z
DTSTART;TZID=Europe/Berlin:20251017T140000
DTEND;TZID=Europe/Berlin:20251017T150000
SUMMARY:Interview Studie „Karrierewege promovierter Lebenswissenschaftler:inn
 en“
DESCRIPTION:Liebe Frau Dr. Weiss\,\n\nvielen Dank\, dass Sie an unserem leit
 fadengestützten Interview teilnehmen. Das Gespräch dauert ca. 60 Min.\, wird
  mit Ihrem Einverständnis aufgezeichnet und pseudonymisiert ausgewertet.\n\nD
 r. Miriam Hoffmeister\, DZHW Hannover\n\nWebex: https://dzhw.webex.com/dzhw/
 j.php?MTID=m8a2f1c4e90b7
LOCATION:Webex
ORGANIZER;CN=Miriam Hoffmeister:mailto:hoffmeister@dzhw.eu
ATTENDEE;CN=Hannah Weiss;PARTSTAT=ACCEPTED:mailto:hannah.weiss@biozentrum-hd
 .de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=no("webex-2a8f1c4e90b7@dzhw.webex.com", "research-study-interview-about-careers")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Matthias":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Jährliches Mitarbeiter- und Entwicklungsgespräch
  (Leitfaden Postdocs\, Abschnitt B). Themen u.a.: Vertragslaufzeit bis 08/2
 026\, Bewerbungsstand\, Übergabe Projekt Nanodisc an Deniz.
UID:040000008200E00074C5B7101A82E00800000000A5C7E9F1BC3CDC010000000000000000
 10000000A3C1E3F5B7D9A1C3E5F7B9D1A3C5E7F9
SUMMARY;LANGUAGE=de-DE:Jahresgespräch H. Weiss / M. Kessler
DTSTART;TZID=W. Europe Standard Time:20251015T150000
DTEND;TZID=W. Europe Standard Time:20251015T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251001T094500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro MK 3.201
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000A5C7E9F1BC3CDC0100000000000000001000"
              "0000A3C1E3F5B7D9A1C3E5F7B9D1A3C5E7F9", "own-annual-appraisal-with-pi")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN=ERCEA StG Panel LS1:mailto:erc-stg-ls1-interviews@ec.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah WEIS
 S:mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:ERC-2026-StG – Step 2 interview\nProposal: 101227
 813 – TRANSIENT\nPanel: LS1\n\nPresentation: 10 minutes (max. 5 slides)\, fo
 llowed by 15 minutes of questions from the panel members.\nVenue: COV2 build
 ing\, Place Rogier 16\, 1210 Brussels. Please arrive 30 minutes before your
  slot with a valid ID.\n\nERC Executive Agency
UID:040000008200E00074C5B7101A82E00800000000B6D8F0A2CD4CDC010000000000000000
 10000000B4D2F4A6C8E0B2D4F6A8C0E2B4D6F8A0
SUMMARY;LANGUAGE=en-US:ERC StG interview – LS1 – WEISS
DTSTART;TZID=Romance Standard Time:20260318T113500
DTEND;TZID=Romance Standard Time:20260318T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:COV2\, Brussels
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000B6D8F0A2CD4CDC0100000000000000001000"
              "0000B4D2F4A6C8E0B2D4F6A8C0E2B4D6F8A0", "grant-panel-interview-not-a-job")),

    dict(kind="teams-call", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Lund, Signe (SGLU)":mailto:sglu@novonordisk.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Weiss\,\n\nthank you for agreeing to act
  as a referee for Jonas Brandt\, who is a finalist for our Scientist position
  in Protein Engineering (Måløv). The call will take about 20 minutes and cove
 rs his technical skills\, collaboration and independence.\n\nKind regards\,\n
 Signe Lund\, Talent Acquisition Partner\, Novo Nordisk\n\nMicrosoft Teams me
 eting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ4Nzc1
UID:040000008200E00074C5B7101A82E00800000000C7E9A1B3DE5CDC010000000000000000
 10000000C5E3A5B7D9F1C3E5A7B9D1F3C5E7A9B1
SUMMARY;LANGUAGE=en-US:Reference call – Jonas Brandt (Novo Nordisk)
DTSTART;TZID=W. Europe Standard Time:20251127T170000
DTEND;TZID=W. Europe Standard Time:20251127T172000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000C7E9A1B3DE5CDC0100000000000000001000"
              "0000C5E3A5B7D9F1C3E5A7B9D1F3C5E7A9B1", "reference-call-user-is-referee")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251118T193000Z
DTSTAMP:20251118T193010Z
DTSTART:20251119T083000
DTEND:20251119T084500
LAST-MODIFIED:20251118T193010Z
SEQUENCE:0
SUMMARY:Dankesmail Novartis (Meier + Tanaka) schreiben!
UID:D6F8A0B2-4E5A-4C73-9B1D-3F5A7C9E1D24
END:VEVENT
END:VCALENDAR
""", label=no("D6F8A0B2-4E5A-4C73-9B1D-3F5A7C9E1D24", "thank-you-reminder-naming-employer")),
]
