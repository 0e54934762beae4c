# ruff: noqa: E501, W291, W293, RUF100
"""holdout269 events, part d: the user on the hiring or assessing side (all is_interview=0)."""

from holdout269ev_zones import (
    GCAL_FOOTER,
    LA_APPLE,
    LA_GOOGLE,
    PST_OUTLOOK,
    gmeet,
    teams,
)

FORMS: dict[str, str] = {}


def _neg(kind: str, uid: str, ics: str, trap: str) -> dict:
    return dict(
        kind=kind,
        uid=uid,
        ics=ics,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=True,
    )


EVENTS = [
    _neg(
        "greenhouse-interviewer-kit",
        "040000008200E00074C5B7101A82E0080000000011A4D7E3C295DC01000000000000000010000000A3C7E1F5B9D2064E8A1C3F5D7B9E2A10",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Reyes, Paolo":mailto:paolo.reyes@brightlotproductions.exampl
 e.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Interview with Malik Owens for Casting Assistant
  (Unscripted)\n\nInterviewer(s): Tasha Greenberg-Ruiz\nFocus: Phone manne
 r\, social-media search\, paperwork accuracy (releases\, background-check
  forms)\n\nInterview Kit: https://app.greenhouse.example.com/guides/88213
 40/people/51902277?application_id=70014452\nResume: https://app.greenhou
 se.example.com/people/51902277/resume\n\nPlease submit your scorecard wit
 hin 24 hours.\n\nScheduled via Greenhouse\n""" + teams("272 118 506 334", "Gh3kT8", "YWZkMTZjNjQtYjdlNy00MTI4LWE0ZjMtOGI5ZDUzOWE2YWMy") + r"""
UID:040000008200E00074C5B7101A82E0080000000011A4D7E3C295DC0100000000000000
 0010000000A3C7E1F5B9D2064E8A1C3F5D7B9E2A10
SUMMARY;LANGUAGE=en-US:Interview with Malik Owens for Casting Assistant (Un
 scripted)
DTSTART;TZID=Pacific Standard Time:20251015T153000
DTEND;TZID=Pacific Standard Time:20251015T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T201244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-greenhouse-kit-work-address",
    ),
    _neg(
        "outlook-scorecard-due-all-day",
        "040000008200E00074C5B7101A82E00800000000D7F2A5C18B36DC01000000000000000010000000C8E2B4D6F0A1937B5D8E0C2A4F6B8D31",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251016T170012Z
DESCRIPTION:Greenhouse reminder: your scorecard for Priya Nand (Casting Int
 ern – Spring 2026) is overdue. Submit: https://app.greenhouse.example.com/
 scorecards/3390218\n
DTEND;VALUE=DATE:20251018
DTSTAMP:20251016T170012Z
DTSTART;VALUE=DATE:20251017
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Scorecard due: Priya Nand – Casting Intern
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000D7F2A5C18B36DC0100000000000000
 0010000000C8E2B4D6F0A1937B5D8E0C2A4F6B8D31
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-scorecard-due-all-day",
    ),
    _neg(
        "teams-hiring-debrief",
        "040000008200E00074C5B7101A82E008000000004B8E1D6F3A27DC01000000000000000010000000F1A3C5E7B9D2046C8E0A2C4E6B8D0F53",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Gwen":mailto:gwen.albers@brightlotproductions.example
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reyes, Paolo
 ":mailto:paolo.reyes@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Let's decide on the Casting Assistant hire. Plea
 se have your scorecards in beforehand: Malik O.\, Jordan P.\, Ana L.\n"""
        + teams("230 664 185 907", "Db7nW2", "ZjQ2ZDFhYjktMzVjMC00ZTFiLTg4YTYtOWNhZTM1NDIwYjE3") + r"""
UID:040000008200E00074C5B7101A82E008000000004B8E1D6F3A27DC0100000000000000
 0010000000F1A3C5E7B9D2046C8E0A2C4E6B8D0F53
SUMMARY;LANGUAGE=en-US:CA hiring debrief (Malik O. / Jordan P. / Ana L.)
DTSTART;TZID=Pacific Standard Time:20251022T170000
DTEND;TZID=Pacific Standard Time:20251022T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T221503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-hiring-debrief",
    ),
    _neg(
        "calendly-user-is-host",
        "E2C9A7F1-3B5D-4F80-9A6C-1D4E7B0F2C85@calendly.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:E2C9A7F1-3B5D-4F80-9A6C-1D4E7B0F2C85@calendly.com
DTSTAMP:20251020T041207Z
DTSTART:20251023T170000Z
DTEND:20251023T172000Z
SUMMARY:Casting Intern Interview (20 min) between Tasha Greenberg-Ruiz and 
 Lola Chen
ORGANIZER;CN=Tasha Greenberg-Ruiz:mailto:tasha@brightlotproductions.exampl
 e.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mai
 lto:tasha@brightlotproductions.example.com
ATTENDEE;CN=Lola Chen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lola.ch
 en@ucla-students.example.edu
LOCATION:Zoom – https://us06web.zoom.us/j/82200917734
DESCRIPTION:Event Name: Casting Intern Interview (20 min)\n\nInvitee: Lola 
 Chen\nInvitee Email: lola.chen@ucla-students.example.edu\n\nQuestions:\nW
 hich semester are you applying for? Spring 2026\nAre you receiving school
  credit? Yes – FTV 195\n\nView event in Calendly: https://calendly.com/ev
 ents/E2C9A7F1-3B5D-4F80-9A6C-1D4E7B0F2C85\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-calendly-host-intern",
    ),
    _neg(
        "method-reply-candidate-accepted",
        "040000008200E00074C5B7101A82E008000000008D3F6B1A5C49DC01000000000000000010000000B2D4F6A8C0E1935A7C9E1B3D5F7A9C42",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251016T180000Z
DTEND:20251016T183000Z
DTSTAMP:20251013T152231Z
ORGANIZER;CN=Greenberg-Ruiz\, Tasha:mailto:tasha@brightlotproductions.exam
 ple.com
UID:040000008200E00074C5B7101A82E008000000008D3F6B1A5C49DC0100000000000000
 0010000000B2D4F6A8C0E1935A7C9E1B3D5F7A9C42
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordan
  Pike;X-NUM-GUESTS=0:mailto:jordan.pike.creates@gmail.com
COMMENT:Thank you so much – I'll be there. Looking forward to it!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Casting Assistant interview – Bright Lot Productions
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-candidate-accepted-reply",
    ),
    _neg(
        "outlook-agency-presents-candidate",
        "040000008200E00074C5B7101A82E00800000000F9C2E5A18D51DC01000000000000000010000000D6F8A0C2E4B1937D9F1B3D5F7A9C1E64",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ATTENDEE;CN="Greenberg-Ruiz, Tasha";RSVP=TRUE:mailto:tasha@brightlotproduc
 tions.example.com
ATTENDEE;CN="Reyes, Paolo";RSVP=TRUE:mailto:paolo.reyes@brightlotproductio
 ns.example.com
CLASS:PUBLIC
CREATED:20251027T190022Z
DESCRIPTION:Hi Tasha & Paolo –\n\nAs promised\, I'd like to walk you throu
 gh my top submission for your Casting Coordinator opening: Shay Robinson 
 (2 seasons as casting PA on a dating format\, fluent ASL\, available imme
 diately). Resume and reel attached. If you like her\, I'll set up the int
 erview.\n\nLeon Marsh\nAccount Manager\, Crewhouse Staffing\n
DTEND;TZID="Pacific Standard Time":20251029T103000
DTSTAMP:20251027T190022Z
DTSTART;TZID="Pacific Standard Time":20251029T100000
LOCATION:Phone / I'll call Tasha's desk line
ORGANIZER;CN="Marsh, Leon":mailto:leon.marsh@crewhousestaffing.example.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Candidate presentation: Shay Robinson for Casting Co
 ordinator (Bright Lot)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F9C2E5A18D51DC0100000000000000
 0010000000D6F8A0C2E4B1937D9F1B3D5F7A9C1E64
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-agency-presents-candidate",
    ),
    _neg(
        "ios-terse-intern-block",
        "7F1D3A95-E2C8-4B60-A4D1-9E3B5C7F0A26",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251027T051140Z
DTEND;TZID=America/Los_Angeles:20251030T130000
DTSTAMP:20251027T051148Z
DTSTART;TZID=America/Los_Angeles:20251030T100000
LAST-MODIFIED:20251027T051148Z
LOCATION:Bright Lot – small conf rm
DESCRIPTION:10 usc\, 10:30 usc\, 11 lmu\, 11:30 usc\, 12 lmu. Qs: shifts\, 
 driving\, can they cold-call
SEQUENCE:0
SUMMARY:intern intvws b2b (me interviewing)
TRANSP:OPAQUE
UID:7F1D3A95-E2C8-4B60-A4D1-9E3B5C7F0A26
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-terse-intern-block",
    ),
    _neg(
        "outlook-final-panel-room",
        "040000008200E00074C5B7101A82E00800000000A2D5F8B14E63DC01000000000000000010000000E9B1D3F5A7C2048E0A2C4E6B8D0F2A75",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Reyes, Paolo":mailto:paolo.reyes@brightlotproductions.exampl
 e.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, 
 Gwen":mailto:gwen.albers@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Shay Robin
 son:mailto:shay.robinson.asl@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="
 HQ 3F Bullpen Conf (10)":mailto:hq-3f-bullpen@brightlotproductions.exampl
 e.com
DESCRIPTION;LANGUAGE=en-US:Final panel for Casting Coordinator (BLP-2247). 
 Panel: Gwen Albers\, Tasha Greenberg-Ruiz. Candidate: Shay Robinson (via 
 Crewhouse Staffing). An ASL interpreter will join – please face the cand
 idate when speaking.\n\nInterview kit in Greenhouse.\n
UID:040000008200E00074C5B7101A82E00800000000A2D5F8B14E63DC0100000000000000
 0010000000E9B1D3F5A7C2048E0A2C4E6B8D0F2A75
SUMMARY;LANGUAGE=en-US:Final Panel: Shay Robinson – Casting Coordinator
DTSTART;TZID=Pacific Standard Time:20251105T140000
DTEND;TZID=Pacific Standard Time:20251105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T200315Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ 3F Bullpen Conf (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-final-panel-room-resource",
    ),
    _neg(
        "outlook-appointment-test-review",
        "040000008200E00074C5B7101A82E00800000000B6E9C2F35D74DC01000000000000000010000000A1C3E5F7B9D20468C0E2A4C6E8B0D296",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251016T231012Z
DESCRIPTION:3 CA candidates sent their take-home (find 5 competitive eater
 s on TikTok + write one-liners). Rate 1–5 on sourcing\, tone\, accuracy 
 and enter in Greenhouse before debrief.\n
DTEND;TZID="Pacific Standard Time":20251021T110000
DTSTAMP:20251016T231012Z
DTSTART;TZID="Pacific Standard Time":20251021T100000
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Review CA take-home tests (Malik/Jordan/Ana) – rate 
 1-5
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B6E9C2F35D74DC0100000000000000
 0010000000A1C3E5F7B9D20468C0E2A4C6E8B0D296
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-take-home-review-block",
    ),
    _neg(
        "teams-spanish-entrevista-host",
        "040000008200E00074C5B7101A82E00800000000C5A8E1D24F85DC01000000000000000010000000B3D5F7A9C1E2059F1B3D5F7A9C1E3B86",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Greenberg-Ruiz, Tasha":mailto:tasha@brightlotproductions.exa
 mple.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Re
 strepo:mailto:camila.restrepo.r@gmail.com
DESCRIPTION;LANGUAGE=es-US:Hola Camila\,\n\nGracias por postularte como as
 istente de casting bilingüe en Bright Lot Productions. Haremos la entrev
 ista por Teams\, mitad en español y mitad en inglés (así trabajamos con l
 as familias de RANCH HANDS). Cualquier cosa me escribes.\n\nTasha Greenb
 erg-Ruiz\nCasting Associate\, Bright Lot Productions\n""" + teams("299 330 471 652", "Es8mV3", "NTYwYmM3ZTgtOTkzMS00YTRmLWIyNjQtN2RmMDM4YTVlZjE0") + r"""
UID:040000008200E00074C5B7101A82E00800000000C5A8E1D24F85DC0100000000000000
 0010000000B3D5F7A9C1E2059F1B3D5F7A9C1E3B86
SUMMARY;LANGUAGE=es-US:Entrevista: asistente de casting bilingüe – Camila R
 estrepo
DTSTART;TZID=Pacific Standard Time:20251024T110000
DTEND;TZID=Pacific Standard Time:20251024T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T184411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-US:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-spanish-entrevista-organizer",
    ),
    _neg(
        "ios-reference-check-caller",
        "C8B2E4F6-1A3D-4C59-B7E0-5F2A9D1C3E47",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251029T170512Z
DTEND;TZID=America/Los_Angeles:20251030T163000
DTSTAMP:20251029T170520Z
DTSTART;TZID=America/Los_Angeles:20251030T160000
LAST-MODIFIED:20251029T170520Z
DESCRIPTION:call Marla Stone (his EP on Backyard Brawlers) 310-555-0138. 
 ask: reliability\, contestant boundaries\, would she rehire
SEQUENCE:0
SUMMARY:ref check – Jordan Pike (CA cand.)
TRANSP:OPAQUE
UID:C8B2E4F6-1A3D-4C59-B7E0-5F2A9D1C3E47
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-reference-check-caller",
    ),
    _neg(
        "google-fellowship-panelist",
        "4cn8x2v6q0k3mb9tw5hf1rd7zp@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251108T090000
DTEND;TZID=America/Los_Angeles:20251108T130000
DTSTAMP:20251028T171502Z
ORGANIZER;CN=Unscripted Casting Guild – Fellowship:mailto:fellowship@unscri
 ptedcastingguild.example.org
UID:4cn8x2v6q0k3mb9tw5hf1rd7zp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmai
 l.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Deshawn Pruitt;X-NUM-GUESTS=0:mailto:deshawn.pruitt@ucg-volunteers.ex
 ample.org
CREATED:20251028T171501Z
DESCRIPTION:Thank you for volunteering as a PANELIST for the 2026 Casting 
 Fellowship! You and Deshawn will interview 8 applicants (25 min each) and
  score them on the rubric in the shared folder. Applicant packets will a
 rrive Thursday. Please don't share applicant materials.""" + gmeet("ufk-pqzt-mwa", "+1 206-555-0192", "517 330 842") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251028T171650Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UCG Fellowship – applicant interviews (Panel B)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-fellowship-panelist-private-address",
    ),
    _neg(
        "outlook-shadow-observer",
        "040000008200E00074C5B7101A82E00800000000E4B7D1A36F96DC01000000000000000010000000C4E6A8B0D2F3169A2C4E6A8B0D2F4C97",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Gwen":mailto:gwen.albers@brightlotproductions.example
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Lucer
 o:mailto:ana.lucero.casting@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Ana – looking forward to meeting you. (Tasha: fe
 el free to sit in and observe – good practice before you start running C
 A interviews yourself. Camera off\, notes in Greenhouse.)\n
UID:040000008200E00074C5B7101A82E00800000000E4B7D1A36F96DC0100000000000000
 0010000000C4E6A8B0D2F3169A2C4E6A8B0D2F4C97
SUMMARY;LANGUAGE=en-US:Casting Assistant interview – Ana Lucero / Bright Lo
 t
DTSTART;TZID=Pacific Standard Time:20251016T100000
DTEND;TZID=Pacific Standard Time:20251016T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T165512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Gwen's office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-optional-observer-candidate-invited",
    ),
    _neg(
        "teams-req-intake",
        "040000008200E00074C5B7101A82E008000000005F1C8E2B7A08DC01000000000000000010000000D5F7B9C1E3A4270B3D5F7B9C1E3A5DA8",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Reyes, Paolo":mailto:paolo.reyes@brightlotproductions.exampl
 e.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, 
 Gwen":mailto:gwen.albers@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Intake for the new Casting Coordinator req (BLP-
 2247). Tasha will be hiring manager on this one – let's align on must-ha
 ves\, interview stages\, who's on the panel and the take-home.\n"""
        + teams("214 905 773 028", "In2tK6", "MDcxNGE5ZjItZTM4Yi00MmM3LTk1YTUtNGQ5YjEyOGMzZmQw") + r"""
UID:040000008200E00074C5B7101A82E008000000005F1C8E2B7A08DC0100000000000000
 0010000000D5F7B9C1E3A4270B3D5F7B9C1E3A5DA8
SUMMARY;LANGUAGE=en-US:Intake: Casting Coordinator req (BLP-2247)
DTSTART;TZID=Pacific Standard Time:20251020T090000
DTEND;TZID=Pacific Standard Time:20251020T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T190309Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-hiring-manager-intake",
    ),
    _neg(
        "google-candidate-trial-day",
        "0pz4k8t2w6n1hc9xv3mq7bf5jd@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251101T100000
DTEND;TZID=America/Los_Angeles:20251101T160000
DTSTAMP:20251028T012512Z
ORGANIZER;CN=Tasha Greenberg-Ruiz:mailto:tasha.gr.casting@gmail.com
UID:0pz4k8t2w6n1hc9xv3mq7bf5jd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Reggie Tan;X-NUM-GUESTS=0:mailto:reggie.tan.films@gmail.com
CREATED:20251028T012511Z
DESCRIPTION:Reggie – thanks for agreeing to a paid trial day ($200) for th
 e Casting Assistant role. You'll shadow me at our open call\, work the sig
 n-in table and hand out talent releases. I'll be evaluating how you talk 
 to walk-ins. Meet me at the Bright Lot tent by the food court at 9:45.\n\n
 Tasha""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251028T012605Z
LOCATION:Brand Plaza Mall food court\, 2148 Brand Plaza Way\, Glendale\, CA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial day – CA candidate Reggie Tan @ open call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-candidate-trial-day-at-open-call",
    ),
    _neg(
        "thunderbird-terse-phone-screen",
        "f07b2d4e-9c1a-4e38-a6f5-3b8d0e2c1a97",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251021T192231Z
LAST-MODIFIED:20251021T192240Z
DTSTAMP:20251021T192240Z
UID:f07b2d4e-9c1a-4e38-a6f5-3b8d0e2c1a97
SUMMARY:phone screen - Bea Alvarez (CA applicant) 818-555-0109
DTSTART:20251022T123000
DTEND:20251022T125000
DESCRIPTION:I call her. resume in greenhouse. ok w weekends?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-terse-phone-screen-floating",
    ),
    _neg(
        "ms-bookings-user-is-staff",
        "040000008200E00074C5B7101A82E00800000000F2D5A8C17B19DC01000000000000000010000000E6A8C0E2B4D5381C4E6A8C0E2B4D6EB9",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Bright Lot Internships:mailto:BrightLotInternships@brightlotp
 roductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Casting Internship Inte
 rview (20 min)\nStaff: Tasha Greenberg-Ruiz\n\nCustomer: Noah Fischer\nno
 ah.fischer@lmu-mail.example.edu\n(424) 555-0181\nSchool: LMU\, School of 
 Film and Television\n\nManage booking: https://outlook.office365.com/owa/
 calendar/BrightLotInternships@brightlotproductions.example.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000F2D5A8C17B19DC0100000000000000
 0010000000E6A8C0E2B4D5381C4E6A8C0E2B4D6EB9
SUMMARY;LANGUAGE=en-US:Casting Internship Interview – Noah Fischer
DTSTART;TZID=Pacific Standard Time:20251029T150000
DTEND;TZID=Pacific Standard Time:20251029T152000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T210047Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-ms-bookings-staff",
    ),
    _neg(
        "outlook-offer-call",
        "040000008200E00074C5B7101A82E00800000000A8F1C4E27D2ADC01000000000000000010000000F7B9D1F3C5E6492D5F7B9D1F3C5E7FCA",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ATTENDEE;CN=Jordan Pike;RSVP=TRUE:mailto:jordan.pike.creates@gmail.com
ATTENDEE;CN="Reyes, Paolo";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:paolo.rey
 es@brightlotproductions.example.com
CLASS:PUBLIC
CREATED:20251023T212214Z
DESCRIPTION:Hi Jordan – quick call to talk through next steps for the Cast
 ing Assistant role. Paolo from HR will join for the paperwork part.\n\nTa
 sha\n
DTEND;TZID="Pacific Standard Time":20251024T163000
DTSTAMP:20251023T212214Z
DTSTART;TZID="Pacific Standard Time":20251024T160000
LOCATION:Phone – I'll call you
ORGANIZER;CN="Greenberg-Ruiz, Tasha":mailto:tasha@brightlotproductions.exa
 mple.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Jordan / Bright Lot – next steps (CA offer)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A8F1C4E27D2ADC0100000000000000
 0010000000F7B9D1F3C5E6492D5F7B9D1F3C5E7FCA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-offer-call-organizer",
    ),
    _neg(
        "apple-resume-screen-block",
        "5A9C1E3F-7B2D-4E68-90A4-C6E8F0B2D4A1",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251023T024401Z
DTEND;TZID=America/Los_Angeles:20251024T093000
DTSTAMP:20251023T024409Z
DTSTART;TZID=America/Los_Angeles:20251024T080000
LAST-MODIFIED:20251023T024409Z
DESCRIPTION:42 apps for coordinator!! pick top 8 for phone screens before 
 Paolo sync. flag anyone w/ dating-format or Spanish
SEQUENCE:0
SUMMARY:screen CC resumes (BLP-2247)
TRANSP:OPAQUE
UID:5A9C1E3F-7B2D-4E68-90A4-C6E8F0B2D4A1
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
UID:6B0D2F4A-8C3E-4F79-A1B5-D7F9A1C3E5B2
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-resume-screen-block",
    ),
    _neg(
        "google-job-sim-user-roleplays-contestant",
        "8qd2m6x0v4k9tb3wc7hn1rf5zj@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251107T130000
DTEND;TZID=America/Los_Angeles:20251107T150000
DTSTAMP:20251104T182744Z
ORGANIZER;CN=Paolo Reyes:mailto:paolo.reyes@brightlotproductions.example.com
UID:8qd2m6x0v4k9tb3wc7hn1rf5zj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha@brightlotproductions
 .example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gwen Albers;X-NUM-GUESTS=0:mailto:gwen.albers@brightlotproductions.ex
 ample.com
CREATED:20251104T182743Z
DESCRIPTION:Job simulation for the 3 Casting Coordinator finalists: each r
 uns a 20-min mock Zoom casting call. Tasha plays the contestant (use the 
 'nervous rancher' brief)\, Gwen scores on the rubric. Candidates get the 
 link separately – do NOT forward this invite.""" + gmeet("vmz-ctra-pgk", "+1 323-555-0148", "664 109 273") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251104T182840Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CC finalists – job sim (mock casting calls)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-roleplays-contestant-for-candidates",
    ),
]
