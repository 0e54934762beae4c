# ruff: noqa: E501, W291, W293, RUF100
"""holdout252 events, part d: the user on the hiring or assessing side (is_interview=0, hiring=True)."""

from holdout252ev_zones import VTZ_BERLIN, VTZ_GTB, VTZ_MANILA, VTZ_W_EUROPE


def _neg(kind, uid, trap, ics, eol="\r\n"):
    return dict(
        kind=kind,
        uid=uid,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=True,
        eol=eol,
        ics=ics,
    )


EVENTS = [
    _neg(
        "agency-cadet-video-interview",
        "LSC-CADET-ELB-000219-20260121@luzonseafarers.com.ph",
        "user-as-interviewer-agency-cadet-video-interview",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MANILA}
BEGIN:VEVENT
DTSTART;TZID=Asia/Manila:20260121T160000
DTEND;TZID=Asia/Manila:20260121T164500
DTSTAMP:20260116T020000Z
ORGANIZER;CN=Luzon Seafarers Crewing - Principal Interviews:mailto:interviews@luzonseafarers.com.ph
UID:LSC-CADET-ELB-000219-20260121@luzonseafarers.com.ph
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=C/O Jan-Hendrik Ohlsen (Elbfeeder);X-NUM-GUESTS=0:mailto:jh.ohlsen
 @elbfeeder-reederei.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mark Anthony Villanueva;X-NUM-GUESTS=0:mailto:ma.villanueva.cadet@gmai
 l.com
DESCRIPTION:Good day Chief Officer Ohlsen\,\n\nAs agreed with Elbfeeder Re
 ederei crewing\, please find the interview schedule for DECK CADET applic
 ant MARK ANTHONY VILLANUEVA (BSMT\, Maritime Academy of Batangas\, age 20
 ).\nCV\, SIRB\, and training record attached in the separate e-mail.\n\nKin
 dly interview the applicant from the vessel and send us your evaluation f
 orm (Pass/Fail + remarks).\n\nZoom: https://zoom.us/j/95502771320\n\nThan
 k you and God bless.\nLSC Principal Relations Desk
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PRINCIPAL INTERVIEW - DECK CADET - VILLANUEVA M.A. - INTERVIEWER: C/O OHLSEN
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "agency-presents-rating",
        "kcs-2026-0305-cand-ab-reyes@kyrenia-crew.com.cy",
        "user-as-interviewer-agency-presents-able-seaman",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_GTB}
BEGIN:VEVENT
ORGANIZER;CN="Georgiou, Andreas":mailto:a.georgiou@kyrenia-crew.com.cy
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik (C/O Elbe Trader)":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Crewing Elbfeeder":mailto:crewing@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=en-US:Dear Chief Officer\,\n\nWe are pleased to prese
 nt the following candidate for the AB vacancy on MV Elbe Trader (joining R
 otterdam 20 March):\n\nName: Juan Miguel Reyes\nRank: AB (STCW II/5)\nSea 
 service: 6 years container / feeder\nLast vessel: MV Aurora Bay (1\,700 T
 EU)\n\nPlease interview him by phone at the time below and let us know if
  he is accepted.\n\nKind regards\nAndreas Georgiou\, Kyrenia Crew Services
UID:kcs-2026-0305-cand-ab-reyes@kyrenia-crew.com.cy
SUMMARY;LANGUAGE=en-US:Candidate presentation: AB J.M. Reyes for MV Elbe Trader - interview by C/O
DTSTART;TZID=GTB Standard Time:20260305T100000
DTEND;TZID=GTB Standard Time:20260305T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone / WhatsApp +63 917 555 0143
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "personio-interview-kit",
        "personio-interview-a61b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d",
        "user-as-interviewer-personio-interview-kit",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:personio-interview-a61b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d
DTSTAMP:20260121T101500Z
DTSTART;TZID=Europe/Berlin:20260128T100000
DTEND;TZID=Europe/Berlin:20260128T110000
SUMMARY:Interview: 2. Offizier (m/w/d) – Lukas Brandes
DESCRIPTION:Hallo Jan-Hendrik\,\n\ndu wurdest als Interviewer für folgende
 n Termin eingetragen:\n\nKandidat: Lukas Brandes\nStelle: 2. Offizier (m/w/
 d) Feeder\nInterviewleitfaden: https://elbfeeder.personio.de/recruiting/a
 pplications/88213/interview-kit\n\nBitte trage deine Bewertung innerhalb v
 on 24 Stunden im Bewertungsbogen ein.\n\nDein Personio-Team
LOCATION:Elbfeeder Reederei\, Besprechungsraum Leuchtturm
ORGANIZER;CN=Personal Seefahrt:mailto:personal.see@elbfeeder-reederei.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;CN=Jörg Matthiesen;ROLE=REQ-PARTICIPANT:mailto:j.matthiesen@elbfeeder-reederei.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "scorecard-reminder",
        "personio-task-scorecard-55f0e1d2-thoms",
        "user-as-interviewer-scorecard-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:personio-task-scorecard-55f0e1d2-thoms
DTSTAMP:20260130T070000Z
DTSTART:20260130T150000Z
DTEND:20260130T151500Z
SUMMARY:Erinnerung: Bewertung abgeben – 3. Offizierin Marie Thoms (Interview vom 29.01.)
DESCRIPTION:Du hast am 29.01. das Interview mit Marie Thoms (3. Offizier/i
 n) geführt. Bitte gib deine Bewertung (Seemannschaft\, Englisch\, Teamfähi
 gkeit\, Empfehlung) in Personio ab.
ORGANIZER;CN=Personio:mailto:no-reply@elbfeeder.personio.de
ATTENDEE;CN=Jan-Hendrik Ohlsen:mailto:jh.ohlsen@elbfeeder-reederei.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-debrief",
        "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC0100000000000000001000000010293847566574839201ABCDEFABCDEF01",
        "user-as-interviewer-debrief-after-interviews",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Personal Seefahrt":mailto:personal.see@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Matthiesen, Jörg":mailto:j.matthiesen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Nachbesprechung der Bewerbungsgespräche 2. Offi
 zier (Brandes\, Thoms\, Okonkwo). Bitte Bewertungsbögen vorher in Personio 
 ausfüllen. Entscheidung bis Freitag an Crewing.\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC0100000000000000001000000010293847566574839201ABCDEFABCDEF01
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Bewerbungsgespräche 2. Offizier
DTSTART;TZID=W. Europe Standard Time:20260202T140000
DTEND;TZID=W. Europe Standard Time:20260202T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-user-host",
        "8e7d6c5b-4a39-4281-9706-f5e4d3c2b1a0@calendly.com",
        "user-as-interviewer-calendly-host-cadet",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8e7d6c5b-4a39-4281-9706-f5e4d3c2b1a0@calendly.com
DTSTAMP:20260203T190000Z
DTSTART:20260209T160000Z
DTEND:20260209T163000Z
SUMMARY:Bewerbergespräch Deck-Kadett (30 Min) zwischen Jan-Hendrik Ohlsen und Finn Kühl
DESCRIPTION:Neues Ereignis: Bewerbergespräch Deck-Kadett (30 Min)\n\nEinge
 ladener: Finn Kühl\nE-Mail des Eingeladenen: finn.kuehl2006@gmx.de\n\nFra
 gen:\nWelche Schule/Hochschule?\nBBS Seefahrt\, Abschluss Juni\n\nVeransta
 ltungs-Gastgeber: Jan-Hendrik Ohlsen\n\nBereitgestellt von Calendly.com
LOCATION:Google Meet
ORGANIZER;CN=Jan-Hendrik Ohlsen:mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;CN=Finn Kühl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:finn.kuehl2006@gmx.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-accepted-reply",
        "040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC01000000000000000010000000AABBCCDDEEFF00112233445566778899",
        "user-as-interviewer-candidate-accepted-reply",
        rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;PARTSTAT=ACCEPTED;CN=Okonkwo Chinedu:mailto:chinedu.okonkwo@outlook.com
COMMENT;LANGUAGE=en-US:Thank you Chief\, I will be there on time.\n
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DC01000000000000000010000000AABBCCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=en-US:Accepted: Interview Second Officer - MV Elbe Trader
DTSTART;TZID=W. Europe Standard Time:20260130T110000
DTEND;TZID=W. Europe Standard Time:20260130T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T203300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:On board MV Elbe Trader\, Burchardkai
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "crewing-presents-bosun",
        "LMC-PRES-2026-00388@limassolmarinecrewing.com",
        "user-as-interviewer-crewing-presents-bosun",
        r"""BEGIN:VCALENDAR
PRODID:-//Limassol Marine Crewing//CrewPlanner 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:LMC-PRES-2026-00388@limassolmarinecrewing.com
DTSTAMP:20260223T070000Z
DTSTART;TZID=Asia/Nicosia:20260226T093000
DTEND;TZID=Asia/Nicosia:20260226T100000
SUMMARY:Interview Bosun candidate D. Petrov for Elbfeeder - MV Elbe Trader
DESCRIPTION:Dear C/O Ohlsen\,\n\nwe present Bosun Dimitar Petrov (Bulgari
 an\, 11 yrs\, last 3 contracts as Bosun on feeders). Please hold a short 
 interview with him (English level\, mooring\, lashing\, maintenance plan
 ning) and confirm if acceptable for Elbfeeder Reederei.\n\nLMC Ratings De
 pt
ORGANIZER;CN=LMC Ratings Dept:mailto:ratings@limassolmarinecrewing.com
ATTENDEE;CN=C/O Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;CN=Dimitar Petrov:mailto:d.petrov.bosun@abv.bg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "exam-board-assessor",
        "20260318-pruefung-nwo-beisitz@nautikschule-wesermuende.de",
        "user-as-interviewer-exam-board-beisitzer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev54//EN
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
DTSTAMP:20260302T080000Z
ATTENDEE;CN="Ohlsen, Jan-Hendrik";PARTSTAT=NEEDS-ACTION;CUTYPE=INDIVIDUAL;RSVP=TRUE:mailto:jh.ohlsen@t-online.de
ATTENDEE;CN="Ohm, Sabine";PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:s.ohm@nautikschule-wesermuende.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrter Herr Ohlsen\,\nvielen Dank\, dass Sie als Beisit
 zer aus der Praxis im Prüfungsausschuss mitwirken. Mündliche Prüfungen NW
 O (Befähigungszeugnis nautischer Wachoffizier)\, 6 Prüflinge à 30 Min. Bi
 tte bewerten Sie mit dem beigefügten Bewertungsbogen.\nS. Ohm
DTSTART;TZID=Europe/Berlin:20260318T080000
DTEND;TZID=Europe/Berlin:20260318T130000
LOCATION:Nautikschule Wesermünde\, Prüfungsraum N 1.02
ORGANIZER;CN="Ohm, Sabine":mailto:s.ohm@nautikschule-wesermuende.de
SEQUENCE:0
SUMMARY:Mündliche Prüfung NWO – Beisitz J.-H. Ohlsen
TRANSP:OPAQUE
UID:20260318-pruefung-nwo-beisitz@nautikschule-wesermuende.de
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-trial-voyage",
        "040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
        "user-as-interviewer-candidate-trial-voyage",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Crewing Elbfeeder":mailto:crewing@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MV Elbe Trader Master":mailto:master.elbetrader@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Bewerber 2. NO Tim Fischer fährt die Reise Hamb
 urg – Rotterdam als Probereise mit. Bitte als 1. Offizier Wachbegleitung ü
 bernehmen und am Ende den Beurteilungsbogen (Brückenwache\, ECDIS\, Ladung
 srechner\, Englisch) an Crewing senden.\n
UID:040000008200E00074C5B7101A82E00800000000F3A4B5C6D7E8DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=de-DE:Probereise Bewerber 2. NO T. Fischer (HAM-RTM) - Beurteilung durch C/O
DTSTART;VALUE=DATE:20260309
DTEND;VALUE=DATE:20260311
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T120000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "internal-promotion-panel",
        "040000008200E00074C5B7101A82E00800000000A4B5C6D7E8F9DC01000000000000000010000000ABCDEF98765432100123456789ABCDEF",
        "user-as-interviewer-internal-promotion-panel",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Matthiesen, Jörg":mailto:j.matthiesen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yıldız, Derya":mailto:d.yildiz@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Jan-Hendrik\, du sitzt mit mir im Gespräch zur 
 Beförderung von Derya Yıldız (3. NO -> 2. NO). Bitte bring deine Einschät
 zung aus der letzten Reise mit. Fragenkatalog im Anhang.\n\nJörg\n
UID:040000008200E00074C5B7101A82E00800000000A4B5C6D7E8F9DC01000000000000000010000000ABCDEF98765432100123456789ABCDEF
SUMMARY;LANGUAGE=de-DE:Beförderungsgespräch D. Yıldız (3.→2. NO)
DTSTART;TZID=W. Europe Standard Time:20260210T100000
DTEND;TZID=W. Europe Standard Time:20260210T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260204T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Flottenmanagement
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "cadet-selection-day",
        "auswahltag-kadetten-2026@elbfeeder-reederei.de",
        "user-as-interviewer-cadet-selection-day-allday",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Personal Seefahrt":mailto:personal.see@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Matthiesen, Jörg":mailto:j.matthiesen@elbfeeder-reederei.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schulungsraum EG":mailto:schulung.eg@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Auswahltag Nautik-Kadetten / duales Studium 20
 26: 12 Bewerber\, Gruppenübung\, Einzelinterviews (je 20 Min.)\, Sehtest. 
 Interviewer: J. Matthiesen\, J.-H. Ohlsen (an Land in Freiwache). Bewertun
 gsmatrix liegt bei.\n
UID:auswahltag-kadetten-2026@elbfeeder-reederei.de
SUMMARY;LANGUAGE=de-DE:Auswahltag Kadetten 2026 (Interviewer)
DTSTART;VALUE=DATE:20260227
DTEND;VALUE=DATE:20260228
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "job-fair-booth-interviews",
        "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
        "user-as-interviewer-job-fair-booth-speed-interviews",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260220T101000Z
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
DTEND;TZID=Europe/Berlin:20260321T160000
SUMMARY:Karrieremesse maritim - Standdienst Elbfeeder + Speed-Interviews mit Bewerbern (NWO/Kadetten)
LAST-MODIFIED:20260220T101100Z
DTSTAMP:20260220T101100Z
DTSTART;TZID=Europe/Berlin:20260321T090000
LOCATION:Messehalle B6\\, Stand 14
DESCRIPTION:ich führe die Speed-Interviews\\, Bewertungskarten von Personal
  mitnehmen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "agency-principal-interview-user-panel",
        "LSC-PRIN-ELB-000901-20260312@luzonseafarers.com.ph",
        "user-as-interviewer-agency-principal-interview-third-officer",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_MANILA}
BEGIN:VEVENT
DTSTART;TZID=Asia/Manila:20260312T150000
DTEND;TZID=Asia/Manila:20260312T154500
DTSTAMP:20260306T030000Z
ORGANIZER;CN=Luzon Seafarers Crewing - Principal Interviews:mailto:interviews@luzonseafarers.com.ph
UID:LSC-PRIN-ELB-000901-20260312@luzonseafarers.com.ph
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jh.ohlsen@elbfeeder-reederei.de;X-NUM-GUESTS=0:mailto:jh.ohlsen@el
 bfeeder-reederei.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maria Santos;X-NUM-GUESTS=0:mailto:maria.santos.3o@yahoo.com
DESCRIPTION:Good day Sir\,\n\nPRINCIPAL INTERVIEW for THIRD OFFICER applic
 ant MARIA SANTOS (for ELBFEEDER REEDEREI). Interviewer: C/O J.-H. Ohlsen 
 on behalf of the principal.\n\nApplicant documents: COC II/1\, GMDSS\, SI
 RB\, medical. Evaluation form attached.\n\nZoom: https://zoom.us/j/9227340
 1198\n\nThank you and God bless.\nLSC Principal Relations Desk
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PRINCIPAL INTERVIEW - THIRD OFFICER - SANTOS M. - ELBFEEDER
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bookings-user-staff",
        "040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DC01000000000000000010000000DEADBEEF00112233445566778899AABB",
        "user-as-interviewer-bookings-staff-member",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Bewerbergespräche Elbfeeder:mailto:Bewerbergespraeche@elbfeederreederei.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Lindner:mailto:tobias.lindner@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Bewerbungsgespräch Naut
 ischer Wachoffizier\nKunde: Tobias Lindner\nMitarbeiter: Jan-Hendrik Ohlse
 n\n\nHinweise des Kunden: Ich bin ab 15 Uhr erreichbar.\n
UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DC01000000000000000010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Nautischer Wachoffizier – Tobias Lindner
DTSTART;TZID=W. Europe Standard Time:20260216T150000
DTEND;TZID=W. Europe Standard Time:20260216T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260212T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "successor-second-round",
        "040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DC01000000000000000010000000FEEDFACE0011223344556677889900AA",
        "user-as-interviewer-successor-second-round",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Personal Seefahrt":mailto:personal.see@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ohlsen, Jan-Hendrik":mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reimers, Ann-Kathrin":mailto:ak.reimers@gmx.net
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch mit Bewerberin Ann-Kathrin Reimer
 s für die Nachfolge 1. Offizier MS Elbe Trader. Jan-Hendrik führt das fac
 hliche Gespräch (Ladungsplanung\, Stabilität\, Wachorganisation)\, Persona
 l stellt danach die Konditionen vor.\n
UID:040000008200E00074C5B7101A82E00800000000C6D7E8F9A0B1DC01000000000000000010000000FEEDFACE0011223344556677889900AA
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Nachfolge 1. Offizier – Fr. Reimers
DTSTART;TZID=W. Europe Standard Time:20260319T100000
DTEND;TZID=W. Europe Standard Time:20260319T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Leuchtturm
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "simulator-assessment-observer",
        "msz-booking-2026-0411-beobachter@msz-harburg.de",
        "user-as-interviewer-simulator-assessment-observer",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//MSZ Harburg//Buchungssystem//DE
METHOD:REQUEST
{VTZ_BERLIN}
BEGIN:VEVENT
UID:msz-booking-2026-0411-beobachter@msz-harburg.de
DTSTAMP:20260313T100000Z
DTSTART;TZID=Europe/Berlin:20260320T083000
DTEND;TZID=Europe/Berlin:20260320T123000
SUMMARY:Simulator-Assessment Bewerber 2. NO (Elbfeeder) – Beobachter: J.-H. Ohlsen
DESCRIPTION:Buchung Full Mission Bridge 2 für Elbfeeder Reederei.\nBewerb
 er: L. Brandes\, C. Okonkwo\nAssessor: Kapt. Deniz Aksoy (MSZ)\nBeobachter
 /Bewertung Reederei: C/O Jan-Hendrik Ohlsen\n\nSzenario: Elbe-Revierfahrt 
 bei Nacht\, Begegnung im Fahrwasser.
ORGANIZER;CN=MSZ Buchung:mailto:buchung@msz-harburg.de
ATTENDEE;CN=Jan-Hendrik Ohlsen;RSVP=TRUE:mailto:jh.ohlsen@elbfeeder-reederei.de
ATTENDEE;CN=Deniz Aksoy:mailto:d.aksoy@msz-harburg.de
LOCATION:MSZ Harburg\, Full Mission Bridge 2
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "practical-test-rating",
        "F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F",
        "user-as-interviewer-practical-test-deck-rating",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260224T050000Z
DTEND:20260225T110000
DTSTAMP:20260224T050011Z
DTSTART:20260225T090000
LAST-MODIFIED:20260224T050011Z
LOCATION:Elbe Trader\\, Achterdeck
SEQUENCE:0
SUMMARY:Prakt. Test Matrosen-Bewerber Kowalski (Festmachen\\, Laschen) - ich bewerte
TRANSP:OPAQUE
UID:F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "offer-call-to-candidate",
        "9D8C7B6A-5F4E-4D3C-B2A1-0F9E8D7C6B5A",
        "user-as-interviewer-offer-call-to-candidate",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260217T171000Z
DTEND;TZID=Europe/Berlin:20260218T173000
DTSTAMP:20260217T171022Z
DTSTART;TZID=Europe/Berlin:20260218T170000
LAST-MODIFIED:20260217T171022Z
SEQUENCE:0
SUMMARY:Lindner anrufen - Zusage NWO Elbfeeder + Anmusterung klären
DESCRIPTION:nach Bewerbungsgespräch Mo: Personal ok\\, Heuer lt. Tarif
TRANSP:OPAQUE
UID:9D8C7B6A-5F4E-4D3C-B2A1-0F9E8D7C6B5A
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-cadet-interview-from-ship",
        "3a4b5c6d-7e8f-4901-a2b3-c4d5e6f7a8b9",
        "user-as-interviewer-handtyped-cadet-interview-onboard",
        """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260302T203000Z
LAST-MODIFIED:20260302T203000Z
DTSTAMP:20260302T203000Z
UID:3a4b5c6d-7e8f-4901-a2b3-c4d5e6f7a8b9
SUMMARY:Interview Kadett-Bewerber Ole Janssen (Video v. Bord) - ich + Kapt. Harms
DTSTART:20260304T190000
DTEND:20260304T193000
DESCRIPTION:Bewerbung über Personal\\, Fragebogen Kadetten\\, Bewertung an pe
 rsonal.see@ bis Freitag
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
    ),
]
