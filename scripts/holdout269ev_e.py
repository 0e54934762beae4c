# ruff: noqa: E501, W291, W293, RUF100
"""holdout269 events, part e: everything else that is not the user's own job interview (all is_interview=0)."""

from holdout269ev_zones import (
    GCAL_FOOTER,
    LA_APPLE,
    LA_GOOGLE,
    PST_OUTLOOK,
    gmeet,
    teams,
    zoom,
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
        hiring=False,
    )


EVENTS = [
    _neg(
        "outlook-zoom-contestant-call",
        "040000008200E00074C5B7101A82E00800000000B1C4E7F28A3BDC01000000000000000010000000A9C1E3F5B7D8614F7B9D1F3A5C7E9B0C",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Greenberg-Ruiz, Tasha":mailto:tasha@brightlotproductions.exa
 mple.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rhonda Ok
 afor-Hale:mailto:rhonda.hale.family@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Rhonda – thanks again for applying to LOVE AT
  FIRST BID! This is your family's casting interview. Please have everyone
  who'd be on camera (you\, Curtis and the twins) in frame\, good light\, 
 no headphones if possible. We'll chat ~45 min\; it is recorded for the n
 etwork.\n\n""" + zoom("Tasha Greenberg-Ruiz", "861 3390 4471", "120934", "cjVxN0VzUHZ5N2JhVmNOTQ") + r"""\n
UID:040000008200E00074C5B7101A82E00800000000B1C4E7F28A3BDC0100000000000000
 0010000000A9C1E3F5B7D8614F7B9D1F3A5C7E9B0C
SUMMARY;LANGUAGE=en-US:Zoom casting call — family #12 (Hale)
DTSTART;TZID=Pacific Standard Time:20251015T180000
DTEND;TZID=Pacific Standard Time:20251015T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T210040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "contestant-casting-interview-user-hosts",
    ),
    _neg(
        "outlook-recurring-callbacks-override",
        "040000008200E00074C5B7101A82E00800000000C2D5F8A39B4CDC01000000000000000010000000B0D2F4A6C8E9725A8C0E2A4B6D8F0C1D",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Gwen":mailto:gwen.albers@brightlotproductions.example
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Greenberg-Ru
 iz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;
 CN="HQ Stage B - Callback Room":mailto:hq-stageb-callbacks@brightlotprodu
 ctions.example.com
DESCRIPTION;LANGUAGE=en-US:In-person callbacks for RANCH HANDS S3 contesta
 nts. Slots are 30 min\, 6 per afternoon. Casting team + camera op. Talen
 t releases at sign-in.\n
RRULE:FREQ=WEEKLY;UNTIL=20251202T220000Z;INTERVAL=1;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000C2D5F8A39B4CDC0100000000000000
 0010000000B0D2F4A6C8E9725A8C0E2A4B6D8F0C1D
SUMMARY;LANGUAGE=en-US:Callbacks – RANCH HANDS S3
DTSTART;TZID=Pacific Standard Time:20251021T140000
DTEND;TZID=Pacific Standard Time:20251021T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T181509Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ Stage B - Callback Room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Albers, Gwen":mailto:gwen.albers@brightlotproductions.example
 .com
DESCRIPTION;LANGUAGE=en-US:MOVED to Wed this week (network walkthrough Tue
 ). Same room.\n
RECURRENCE-ID;TZID=Pacific Standard Time:20251104T140000
UID:040000008200E00074C5B7101A82E00800000000C2D5F8A39B4CDC0100000000000000
 0010000000B0D2F4A6C8E9725A8C0E2A4B6D8F0C1D
SUMMARY;LANGUAGE=en-US:Callbacks – RANCH HANDS S3 (moved to Wed)
DTSTART;TZID=Pacific Standard Time:20251105T140000
DTEND;TZID=Pacific Standard Time:20251105T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T160211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:HQ Stage B - Callback Room
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
        "contestant-callbacks-recurring-override",
    ),
    _neg(
        "outlook-network-semifinalists",
        "040000008200E00074C5B7101A82E00800000000D3E6A9B40C5DDC01000000000000000010000000C1E3A5B7D9F0836B9D1F3B5C7E9A1D2E",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Lindgren, Paige":mailto:plindgren@sagebrushnetwork.example.co
 m
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, 
 Gwen":mailto:gwen.albers@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osterman
 , Dale":mailto:dosterman@sagebrushnetwork.example.com
DESCRIPTION;LANGUAGE=en-US:Day 1 of semi-finalist interviews with network 
 for RANCH HANDS S3. 10 ranch families\, 25 min each\, Bright Lot casting 
 to present each family and run the interview\; network (Paige\, Dale) to 
 ask follow-ups. Please send the one-sheets by 9am.\n""" + teams("287 116 440 935", "Sf6hR1", "NjhiMDk0YTMtMDFmYy00YmVhLTkyYWUtM2QxZTdmNDE2YjA4") + r"""
UID:040000008200E00074C5B7101A82E00800000000D3E6A9B40C5DDC0100000000000000
 0010000000C1E3A5B7D9F0836B9D1F3B5C7E9A1D2E
SUMMARY;LANGUAGE=en-US:RANCH HANDS S3 – Semi-finalist interviews with netwo
 rk (Day 1)
DTSTART;TZID=Pacific Standard Time:20251112T090000
DTEND;TZID=Pacific Standard Time:20251112T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T230012Z
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
        "semifinalist-interviews-with-network",
    ),
    _neg(
        "ios-all-day-open-call",
        "D1F3A5C7-E9B2-4D46-8F0A-2C4E6A8B0D13",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T044510Z
DTEND;VALUE=DATE:20251102
DTSTAMP:20251020T044522Z
DTSTART;VALUE=DATE:20251101
LAST-MODIFIED:20251020T044522Z
LOCATION:Brand Plaza Mall\, Glendale
DESCRIPTION:LOVE AT FIRST BID open call. load in 8\, doors 10-5. walk-in in
 terviews on cam\, 2 PAs + Reggie (trial). bring 300 releases
SEQUENCE:0
SUMMARY:OPEN CALL – Brand Plaza (Glendale)
TRANSP:OPAQUE
UID:D1F3A5C7-E9B2-4D46-8F0A-2C4E6A8B0D13
END:VEVENT
END:VCALENDAR
""",
        "mall-open-call-all-day-walk-in-interviews",
    ),
    _neg(
        "outlook-talent-release-paperwork",
        "040000008200E00074C5B7101A82E00800000000E4F7B0C51D6EDC01000000000000000010000000D2F4B6C8E0A1947C0E2A4C6D8F0B2E3F",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Greenberg-Ruiz, Tasha":mailto:tasha@brightlotproductions.exa
 mple.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wexler, Nina
  (Legal)":mailto:nina.wexler@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Finalist families: talent releases\, appearance
  agreements\, background-check authorizations and the psych consent. Nin
 a to confirm the DocuSign envelopes went out\; I'll chase stragglers.\n
UID:040000008200E00074C5B7101A82E00800000000E4F7B0C51D6EDC0100000000000000
 0010000000D2F4B6C8E0A1947C0E2A4C6D8F0B2E3F
SUMMARY;LANGUAGE=en-US:Talent release paperwork – RANCH HANDS finalists
DTSTART;TZID=Pacific Standard Time:20251117T110000
DTEND;TZID=Pacific Standard Time:20251117T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T175512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tasha's desk
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "talent-release-paperwork-finalists",
    ),
    _neg(
        "google-contestant-psych-evals",
        "9kf3w7c1x5n0qd8bt2mh6vr4zs@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251120T090000
DTEND;TZID=America/Los_Angeles:20251120T170000
DTSTAMP:20251114T160133Z
ORGANIZER;CN=Dr. Anneliese Voss:mailto:avoss@clearviewassessments.example.
 com
UID:9kf3w7c1x5n0qd8bt2mh6vr4zs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=tasha@brightlotproductions.example.com;X-NUM-GUESTS=0:mailto:tasha@b
 rightlotproductions.example.com
CREATED:20251114T160132Z
DESCRIPTION:Finalist psych evaluations for RANCH HANDS S3 – clinical inter
 views with 8 contestants (45 min each) plus MMPI debriefs. Casting: pleas
 e have each finalist in the waiting room 10 min early and don't sit in on
  the clinical interview.\n\nDr. Anneliese Voss\, PsyD\nClearview Assessm
 ents""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251114T160210Z
LOCATION:Clearview Assessments\, 1140 W Olive Ave Ste 300\, Burbank
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Psych interviews – RANCH HANDS finalists
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "contestant-psych-clinical-interviews",
    ),
    _neg(
        "apple-home-visit",
        "2E4A6C8E-0B1D-4F35-9A7C-E1B3D5F7A9C2",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251105T002211Z
DTEND;TZID=America/Los_Angeles:20251108T150000
DTSTAMP:20251105T002230Z
DTSTART;TZID=America/Los_Angeles:20251108T110000
LAST-MODIFIED:20251105T002230Z
LOCATION:Delgado ranch\, 4410 Rosedale Hwy\, Bakersfield
DESCRIPTION:home visit + on-cam family interview for network package. shoo
 ter = Ty. leave LA 8:30
SEQUENCE:0
SUMMARY:Home visit – the Delgado family (RH S3)
TRANSP:OPAQUE
UID:2E4A6C8E-0B1D-4F35-9A7C-E1B3D5F7A9C2
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:3F5B7D9F-1C2E-4A46-8B0D-F2C4E6A8B0D3
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "contestant-home-visit-family-interview",
    ),
    _neg(
        "google-spanish-contestant-entrevista",
        "5wn9c3x7k1v0mq4tb8hd2rf6zj@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251028T170000
DTEND;TZID=America/Los_Angeles:20251028T174500
DTSTAMP:20251024T221533Z
ORGANIZER;CN=Tasha Greenberg-Ruiz:mailto:tasha@brightlotproductions.exampl
 e.com
UID:5wn9c3x7k1v0mq4tb8hd2rf6zj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yesenia y Rolando Marrero;X-NUM-GUESTS=0:mailto:yesi.rolo.marrero@ho
 tmail.com
CREATED:20251024T221532Z
DESCRIPTION:¡Hola Yesenia y Rolando! Esta es su entrevista de casting para
  LOVE AT FIRST BID (pareja #7). Pueden hablar en español o en inglés\, co
 mo se sientan más cómodos. Por favor estén los dos frente a la cámara.""" + gmeet("rtk-wyzb-qmn", "+1 305-555-0121", "883 014 579") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251024T221610Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de casting – pareja #7 (Hialeah)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "spanish-contestant-casting-entrevista",
    ),
    _neg(
        "ios-family-college-interview",
        "4B6D8F0A-2C3E-4A57-B1D9-F3A5C7E9B1D4",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251101T170022Z
DTEND;TZID=America/Los_Angeles:20251115T113000
DTSTAMP:20251101T170031Z
DTSTART;TZID=America/Los_Angeles:20251115T100000
LAST-MODIFIED:20251101T170031Z
LOCATION:Westridge College admissions\, Eagle Rock
DESCRIPTION:drive Diego to his alumni interview\, wait at coffee place. he
  needs the blazer back
SEQUENCE:0
SUMMARY:Diego college interview (drive him)
TRANSP:OPAQUE
UID:4B6D8F0A-2C3E-4A57-B1D9-F3A5C7E9B1D4
END:VEVENT
END:VCALENDAR
""",
        "family-member-college-interview",
    ),
    _neg(
        "google-export-family-citizenship",
        "6xd0k4m8q2v5nc9wt3bh7rf1zp@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familia
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
DTSTART:20251203T163000Z
DTEND:20251203T183000Z
DTSTAMP:20251201T050201Z
UID:6xd0k4m8q2v5nc9wt3bh7rf1zp@google.com
CREATED:20251018T024417Z
DESCRIPTION:Mamá – entrevista de naturalización en USCIS. llevar green card
 \, pasaporte\, carta de cita (N-652?) y fotos. yo la llevo y espero afuera
LAST-MODIFIED:20251018T024417Z
LOCATION:USCIS field office (downtown LA)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mamá – entrevista de ciudadanía
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "family-citizenship-interview-spanish",
    ),
    _neg(
        "ios-trusted-traveler-interview",
        "8D0F2B4D-6E7A-4C91-A3F5-B7D9F1B3C5E6",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251009T151100Z
DTEND;TZID=America/Los_Angeles:20251111T081500
DTSTAMP:20251009T151109Z
DTSTART;TZID=America/Los_Angeles:20251111T080000
LAST-MODIFIED:20251009T151109Z
LOCATION:LAX enrollment center
DESCRIPTION:bring passport + conditional approval letter
SEQUENCE:0
SUMMARY:Global Entry interview
TRANSP:OPAQUE
UID:8D0F2B4D-6E7A-4C91-A3F5-B7D9F1B3C5E6
END:VEVENT
END:VCALENDAR
""",
        "trusted-traveler-interview",
    ),
    _neg(
        "google-mock-interview-practice",
        "1bq5x9c3m7k0vt4wd8nh2rf6zs@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251103T193000
DTEND;TZID=America/Los_Angeles:20251103T203000
DTSTAMP:20251101T180412Z
ORGANIZER;CN=Jess Amato:mailto:jessamato.casting@gmail.com
UID:1bq5x9c3m7k0vt4wd8nh2rf6zs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jess Amato;X-NUM-GUESTS=0:mailto:jessamato.casting@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gma
 il.com
CREATED:20251101T180411Z
DESCRIPTION:I'll play Bianca (VP) and grill you on the Streamvale dev slate
  + why a streamer vs prodco. wine after 🍷""" + gmeet("hsd-kqvt-wpz", "+1 323-555-0172", "220 481 936") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251101T180455Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview w/ Jess – practice for Streamvale final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "mock-interview-practice-names-employer",
    ),
    _neg(
        "zoom-webinar-interview-skills",
        "ZOOMWEBINAR91022873310-ucg",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20251008T190022Z
DTSTART:20251016T020000Z
DTEND:20251016T033000Z
SUMMARY:UCG Webinar: Nailing the Casting Producer Interview
UID:ZOOMWEBINAR91022873310-ucg
TZID:America/Los_Angeles
DESCRIPTION:Hi Tasha Greenberg-Ruiz\,\n\nThank you for registering for "UC
 G Webinar: Nailing the Casting Producer Interview".\n\nPanelists: three c
 asting directors and a studio recruiter share what they ask in interviews
 \, how to talk about paid tests\, and how to negotiate day rates.\n\nPlea
 se submit any questions to: webinars@unscriptedcastingguild.example.org\n\n
 Join from PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/9102287
 3310?tk=Xq8r\n\nWebinar ID: 910 2287 3310
LOCATION:https://us06web.zoom.us/w/91022873310?tk=Xq8r
ORGANIZER;CN=Unscripted Casting Guild:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
        "webinar-about-casting-interviews",
    ),
    _neg(
        "google-podcast-guest-interview",
        "3mc7v1x5k9q0wb4nt8hd2rf6zg@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251105T120000
DTEND;TZID=America/Los_Angeles:20251105T130000
DTSTAMP:20251029T170233Z
ORGANIZER;CN=Reality Blurb Pod:mailto:bookings@realityblurbpod.example.com
UID:3mc7v1x5k9q0wb4nt8hd2rf6zg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Cory Beltran;X-NUM-GUESTS=0:mailto:cory@realityblurbpod.example.com
CREATED:20251029T170232Z
DESCRIPTION:Guest interview: Tasha Greenberg-Ruiz (casting\, RANCH HANDS)\n
 Host: Cory Beltran\nTopic: "How do they FIND these people?" – open calls\,
  social search\, what casting looks for in a contestant.\nRecording on Ri
 verside: https://riverside.example.fm/studio/reality-blurb\nPlease use he
 adphones. Episode drops in ~3 weeks.""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251029T170232Z
LOCATION:Riverside studio link
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reality Blurb – guest interview w/ Tasha (recording)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "podcast-guest-interview-user-is-guest",
    ),
    _neg(
        "research-platform-study-session",
        "usertalk-session-55821-tasha@usertalk.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//UserTalk//Research Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:usertalk-session-55821-tasha@usertalk.example.com
DTSTAMP:20251024T150233Z
DTSTART:20251030T003000Z
DTEND:20251030T011500Z
SUMMARY:Research interview: Streamvale app – "What's on tonight?" study ($7
 5 gift card)
ORGANIZER;CN=UserTalk Research Ops:mailto:sessions@usertalk.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=ACCEPTED:mailto:tasha.gr.casting
 @gmail.com
LOCATION:https://usertalk.example.com/s/55821
DESCRIPTION:Thanks for signing up! A researcher on behalf of Streamvale wi
 ll talk with you for 45 minutes about how you pick what to watch. Not a s
 ales call. Incentive: $75 e-gift card within 5 business days.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-research-interview-same-company-as-application",
    ),
    _neg(
        "google-informational-coffee",
        "7nt1c5x9q3k0vm4wb8hd2rf6zk@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251004T090000
DTEND;TZID=America/Los_Angeles:20251004T100000
DTSTAMP:20251001T031144Z
ORGANIZER;CN=Tasha Greenberg-Ruiz:mailto:tasha.gr.casting@gmail.com
UID:7nt1c5x9q3k0vm4wb8hd2rf6zk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Renee Dubois;X-NUM-GUESTS=0:mailto:renee.dubois@tinroofmedia.example.c
 om
CREATED:20251001T031143Z
DESCRIPTION:Thanks for making time! Would love to pick your brain on the j
 ump from associate to casting producer – no job ask\, promise :)""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251001T031143Z
LOCATION:Sunny Side Coffee\, 1925 Hillhurst Ave\, Los Angeles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee w/ Renee Dubois (informational)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "informational-coffee-user-organizer",
    ),
    _neg(
        "eventbrite-job-fair",
        "eventbrite-order-3390117842-tkt1@eventbrite.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Tickets//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-order-3390117842-tkt1@eventbrite.example.com
DTSTAMP:20251002T202011Z
DTSTART;TZID=America/Los_Angeles:20251018T100000
DTEND;TZID=America/Los_Angeles:20251018T150000
SUMMARY:Entertainment Careers Fair LA 2025
LOCATION:Pico Hall K\, 1201 S Figueroa Pl\, Los Angeles\, CA 90015
DESCRIPTION:Your order #3390117842 – 1 x General Admission.\n\nMeet recrui
 ters from 60+ studios\, networks\, agencies and production companies. On-
 the-spot interviews with select exhibitors! Bring printed resumes.\n\nVie
 w your ticket: https://www.eventbrite.example.com/mytickets/3390117842
URL:https://www.eventbrite.example.com/e/entertainment-careers-fair-la-2025
END:VEVENT
END:VCALENDAR
""",
        "job-fair-on-the-spot-interviews",
    ),
    _neg(
        "google-reference-call-user-is-referee",
        "0fv4k8c2x6q9mn3wt7hb1rd5zy@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251110T123000
DTEND;TZID=America/Los_Angeles:20251110T125000
DTSTAMP:20251106T190151Z
ORGANIZER;CN=Shauna Pike:mailto:shauna.pike@bigyardtv.example.com
UID:0fv4k8c2x6q9mn3wt7hb1rd5zy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Shauna Pike;X-NUM-GUESTS=0:mailto:shauna.pike@bigyardtv.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha@brightlotproducti
 ons.example.com
CREATED:20251106T190150Z
DESCRIPTION:Hi Tasha – Marisol Vega listed you as a reference for our Cast
 ing Associate opening. 15–20 minutes\, I'll call your desk line. Thank yo
 u!\n\nShauna Pike\, Talent Lead\, Big Yard Television""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251106T190151Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check – Marisol Vega (Big Yard)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-is-referee-same-recruiter-as-own-application",
    ),
    _neg(
        "ios-prep-block",
        "A0C2E4F6-8B9D-4E13-B5F7-D9B1D3F5A7C8",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251021T041901Z
DTEND;TZID=America/Los_Angeles:20251023T220000
DTSTAMP:20251021T041912Z
DTSTART;TZID=America/Los_Angeles:20251023T200000
LAST-MODIFIED:20251021T041912Z
DESCRIPTION:reread lake house one-sheets\, Dom Castellano's credits\, 3 st
 ories re: difficult contestants. print 2 copies
SEQUENCE:0
SUMMARY:PREP – Sunspire final interview
TRANSP:OPAQUE
UID:A0C2E4F6-8B9D-4E13-B5F7-D9B1D3F5A7C8
END:VEVENT
END:VCALENDAR
""",
        "prep-block-names-employer-and-interviewer",
    ),
    _neg(
        "google-export-thank-you-reminder",
        "2kx6c0v4q8m3nb7wt1hd5rf9zc@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Job hunt 2025
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251031
DTEND;VALUE=DATE:20251101
DTSTAMP:20251201T050140Z
UID:2kx6c0v4q8m3nb7wt1hd5rf9zc@google.com
CREATED:20251030T201415Z
DESCRIPTION:Gina Marchetti + Tobias Wren. mention the CABIN FEVER S1 couple
  idea
LAST-MODIFIED:20251030T201415Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send thank-you notes – Marquee Wolf interview
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "thank-you-reminder-names-interviewers",
    ),
    _neg(
        "outlook-recruiter-confidential-client",
        "040000008200E00074C5B7101A82E00800000000F5A8C1D62E7FDC01000000000000000010000000E3A5C7E9B1D2058D1F3B5D7F9B1D3F4A",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ATTENDEE;CN=tasha.gr.casting@gmail.com;RSVP=TRUE:mailto:tasha.gr.casting@gm
 ail.com
CLASS:PUBLIC
CREATED:20251026T180033Z
DESCRIPTION:Hi Tasha\, thanks for accepting my LinkedIn note. I'm working o
 n a confidential unscripted casting leadership search for a major stream
 er – can't share the client name yet. Would love 20 minutes to hear what 
 you're looking for and whether it's worth a formal conversation.\n\nKai B
 rennan\nApex Talent Search\n
DTEND;TZID="Pacific Standard Time":20251028T122000
DTSTAMP:20251026T180033Z
DTSTART;TZID="Pacific Standard Time":20251028T120000
LOCATION:Phone
ORGANIZER;CN="Brennan, Kai":mailto:kai.brennan@apextalentsearch.example.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Intro chat – Kai Brennan (Apex) / Tasha
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F5A8C1D62E7FDC0100000000000000
 0010000000E3A5C7E9B1D2058D1F3B5D7F9B1D3F4A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "recruiter-confidential-client-no-employer",
    ),
    _neg(
        "google-dentist",
        "4pz8c2x6k0q5mv9wt3hb7rd1nf@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:tasha.gr.casting@gmail.com
X-WR-TIMEZONE:America/Los_Angeles
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251013T080000
DTEND;TZID=America/Los_Angeles:20251013T090000
DTSTAMP:20251201T050112Z
UID:4pz8c2x6k0q5mv9wt3hb7rd1nf@google.com
CREATED:20250915T162201Z
DESCRIPTION:
LAST-MODIFIED:20250915T162201Z
LOCATION:Silver Lake Family Dental
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dr. Okafor – cleaning
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "personal-appointment-plain",
    ),
    _neg(
        "outlook-german-format-briefing",
        "040000008200E00074C5B7101A82E00800000000A6B9D2E73F80DC01000000000000000010000000F4B6D8F0A2C3169E2A4C6E8A0C2E4A5B",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Henrike":mailto:h.vogt@kranich-formate.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, 
 Gwen":mailto:gwen.albers@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\,\n\nwie besprochen unser Casti
 ng-Briefing zur US-Adaption von "Die Nachbarschaftsbäckerei": Profil der 
 Bewerber\, Ablauf der Castinggespräche in Deutschland (Vorab-Telefonat\, 
 Kennenlerngespräch\, Probetag in der Backstube) und was sich davon für d
 ie USA übernehmen lässt. We'll switch to English for the Q&A.\n\nViele Gr
 üße\nHenrike Vogt\nFormat Producer\, Kranich TV Formate\n""" + teams("318 202 664 570", "Kr5aN7", "MmQ3ZWM4ZDEtNTE2Ni00MjBkLWE5MjAtYjkxNDM4YzA2ZWYx") + r"""
UID:040000008200E00074C5B7101A82E00800000000A6B9D2E73F80DC0100000000000000
 0010000000F4B6D8F0A2C3169E2A4C6E8A0C2E4A5B
SUMMARY;LANGUAGE=de-DE:Casting-Briefing "Die Nachbarschaftsbäckerei" US-Ada
 ption
DTSTART;TZID=W. Europe Standard Time:20251113T180000
DTEND;TZID=W. Europe Standard Time:20251113T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T091533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "german-format-briefing-castinggespraech-bewerber",
    ),
    _neg(
        "google-french-point-casting",
        "6tc0x4k8q2v7mb1wn5hd9rf3zl@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251119T180000
DTEND;TZID=Europe/Paris:20251119T190000
DTSTAMP:20251112T101255Z
ORGANIZER;CN=Margaux Lenoir:mailto:margaux.lenoir@pommerouge-distribution.
 example.fr
UID:6tc0x4k8q2v7mb1wn5hd9rf3zl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Margaux Lenoir;X-NUM-GUESTS=0:mailto:margaux.lenoir@pommerouge-distrib
 ution.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha@brightlotproductions.example.com;X-NUM-GUESTS=0:mailto:tash
 a@brightlotproductions.example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/jxa-fvnr-ecb
CREATED:20251112T101254Z
DESCRIPTION:Point casting hebdo – adaptation US de « Les Voisins d'en Fac
 e »\n\n1. Retour sur les entretiens candidats de la semaine (familles Hal
 e\, Marrero)\n2. Grille d'évaluation des candidats – version US\n3. Calen
 drier des tournages tests\n\n(We can do it in English\, Tasha!)""" + gmeet("jxa-fvnr-ecb", "+33 1 55 55 01 44", "309 771 524") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251112T101320Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point casting : entretiens candidats – Les Voisins d'en Face US
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "french-entretiens-candidats-are-contestants",
    ),
    _neg(
        "teams-network-notes-tapes",
        "040000008200E00074C5B7101A82E00800000000B7C0E3F84A91DC01000000000000000010000000A5C7E9B1D3F4270F3B5D7F9B1D3F5B6C",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Osterman, Dale":mailto:dosterman@sagebrushnetwork.example.co
 m
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, 
 Gwen":mailto:gwen.albers@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Network notes on casting tapes round 2 (14 fami
 lies). Please have the interview selects cued up.\n""" + teams("256 309 118 447", "Nt4bC9", "YjVkZTIxNzgtNGM2My00ZjBiLWE5NjgtN2UxYzA0ZDg5MjMx") + r"""
UID:040000008200E00074C5B7101A82E00800000000B7C0E3F84A91DC0100000000000000
 0010000000A5C7E9B1D3F4270F3B5D7F9B1D3F5B6C
SUMMARY;LANGUAGE=en-US:Network notes – RH S3 casting tapes (round 2)
DTSTART;TZID=Pacific Standard Time:20251030T150000
DTEND;TZID=Pacific Standard Time:20251030T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T230511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "network-notes-round-2-interview-selects",
    ),
    _neg(
        "outlook-stay-interview",
        "040000008200E00074C5B7101A82E00800000000C8D1F4A95BA2DC01000000000000000010000000B6D8F0A2C4E5381A4C6E8A0C2E4A6C7D",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Gwen":mailto:gwen.albers@brightlotproductions.example
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:HR is piloting "stay interviews" this quarter –
  a casual conversation about what you like about your job here\, what wou
 ld make you stay\, and where you want to grow. Not a performance review.\n
UID:040000008200E00074C5B7101A82E00800000000C8D1F4A95BA2DC0100000000000000
 0010000000B6D8F0A2C4E5381A4C6E8A0C2E4A6C7D
SUMMARY;LANGUAGE=en-US:Stay interview – Tasha / Gwen
DTSTART;TZID=Pacific Standard Time:20251113T160000
DTEND;TZID=Pacific Standard Time:20251113T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251107T175039Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Gwen's office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "stay-interview-with-own-manager",
    ),
    _neg(
        "outlook-annual-review",
        "040000008200E00074C5B7101A82E00800000000D9E2A5B06CB3DC01000000000000000010000000C7E9A1B3D5F6492B5D7F9B1D3F5B7D8E",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Albers, Gwen":mailto:gwen.albers@brightlotproductions.example
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Annual review conversation. Please finish your s
 elf-assessment in Workday by Friday.\n
UID:040000008200E00074C5B7101A82E00800000000D9E2A5B06CB3DC0100000000000000
 0010000000C7E9A1B3D5F6492B5D7F9B1D3F5B7D8E
SUMMARY;LANGUAGE=en-US:2025 Annual Review – Greenberg-Ruiz
DTSTART;TZID=Pacific Standard Time:20251209T100000
DTEND;TZID=Pacific Standard Time:20251209T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251201T220144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Gwen's office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "annual-performance-review-workday-mention",
    ),
    _neg(
        "google-industry-mixer",
        "8vd2c6x0k4q9mt3wb7hn1rf5zm@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251016T183000
DTEND;TZID=America/Los_Angeles:20251016T210000
DTSTAMP:20251002T214455Z
ORGANIZER;CN=UCG Events:mailto:events@unscriptedcastingguild.example.org
UID:8vd2c6x0k4q9mt3wb7hn1rf5zm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=1:mailto:tasha.gr.casting@gma
 il.com
CREATED:20251002T214454Z
DESCRIPTION:Fall Casting Mixer – meet casting directors\, producers and ex
 ecs from across unscripted. Hiring managers welcome! Two drink tickets a
 t check-in.""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251002T214454Z
LOCATION:The Lantern Rooftop\, 6290 Selma Ave\, Hollywood
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UCG Fall Casting Mixer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "industry-mixer-hiring-managers-welcome",
    ),
    _neg(
        "ios-pet-adoption-interview",
        "B2D4F6A8-0C1E-4B35-97D9-A1C3E5F7B9D0",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251011T200210Z
DTEND;TZID=America/Los_Angeles:20251012T120000
DTSTAMP:20251011T200219Z
DTSTART;TZID=America/Los_Angeles:20251012T110000
LAST-MODIFIED:20251011T200219Z
LOCATION:Pawsitive Rescue – Atwater adoption center
DESCRIPTION:adoption interview + meet Biscuit!! bring lease showing pets o
 k
SEQUENCE:0
SUMMARY:Biscuit adoption interview 🐶
TRANSP:OPAQUE
UID:B2D4F6A8-0C1E-4B35-97D9-A1C3E5F7B9D0
END:VEVENT
END:VCALENDAR
""",
        "pet-adoption-interview",
    ),
    _neg(
        "outlook-jury-duty-all-day",
        "040000008200E00074C5B7101A82E00800000000E0F3B6C17DC4DC01000000000000000010000000D8F0B2C4E6A7593C6E8A0C2E4A6C8E9F",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251001T163311Z
DESCRIPTION:Juror badge #0448213. Call-in after 5pm the night before. OOO 
 – Gwen knows.\n
DTEND;VALUE=DATE:20251209
DTSTAMP:20251001T163311Z
DTSTART;VALUE=DATE:20251208
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Jury duty – LA Superior Court
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E0F3B6C17DC4DC0100000000000000
 0010000000D8F0B2C4E6A7593C6E8A0C2E4A6C8E9F
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        "jury-duty-all-day-ooo",
    ),
    _neg(
        "calendly-career-coach",
        "C3E5A7B9-1D2F-4C46-A8E0-B2D4F6A8C0E1@calendly.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:C3E5A7B9-1D2F-4C46-A8E0-B2D4F6A8C0E1@calendly.com
DTSTAMP:20251107T033010Z
DTSTART:20251111T040000Z
DTEND:20251111T050000Z
SUMMARY:Offer & Salary Negotiation Coaching (60 min) between Priya Castell
 anos and Tasha Greenberg-Ruiz
ORGANIZER;CN=Priya Castellanos:mailto:priya@nextmovecareercoach.example.co
 m
ATTENDEE;CN=Priya Castellanos;PARTSTAT=ACCEPTED:mailto:priya@nextmovecaree
 rcoach.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=ACCEPTED:mailto:tasha.gr.casting@
 gmail.com
LOCATION:Zoom
DESCRIPTION:Event Name: Offer & Salary Negotiation Coaching (60 min)\n\nPle
 ase share anything that will help prepare for our meeting.: I have two fi
 nal interviews next week (a studio + an internal posting) and want to practice the com
 p conversation.\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "career-coach-session-mentions-final-interviews",
    ),
    _neg(
        "outlook-legal-witness-interview",
        "040000008200E00074C5B7101A82E00800000000F1A4C7D28ED5DC01000000000000000010000000E9A1C3D5F7B8604D7F9B1D3F5B7D9FA0",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Wexler, Nina (Legal)":mailto:nina.wexler@brightlotproductions
 .example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Adam Feld (ou
 tside counsel):mailto:afeld@feldmoralaw.example.com
DESCRIPTION;LANGUAGE=en-US:PRIVILEGED & CONFIDENTIAL. Witness interview re:
  the complaint filed by a former LOVE AT FIRST BID applicant. Outside co
 unsel will ask about the casting call of 8/14 and the release process. P
 lease bring your notes. Do not discuss with the team.\n
UID:040000008200E00074C5B7101A82E00800000000F1A4C7D28ED5DC0100000000000000
 0010000000E9A1C3D5F7B8604D7F9B1D3F5B7D9FA0
SUMMARY;LANGUAGE=en-US:Witness interview – LAFB applicant complaint (Privil
 eged)
DTSTART;TZID=Pacific Standard Time:20251119T100000
DTEND;TZID=Pacific Standard Time:20251119T110000
CLASS:PRIVATE
PRIORITY:1
DTSTAMP:20251114T214409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Legal conf rm (4th fl)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "legal-witness-interview-applicant-word",
    ),
    _neg(
        "teams-showrunner-meet-and-greet-kickoff",
        "040000008200E00074C5B7101A82E008000000000A2B5D8E39FE6DC01000000000000000010000000F0B2D4E6A8C9715E8A0C2E4A6C8E0AB1",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Fontaine, Delia":mailto:delia.fontaine@brightlotproductions.
 example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albers, 
 Gwen":mailto:gwen.albers@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Luis Carvajal
 :mailto:lcarvajal.showrunner@gmail.com
DESCRIPTION;LANGUAGE=en-US:Meet & greet with our new showrunner for LOVE AT
  FIRST BID S2\, Luis Carvajal! Casting team: tell Luis what worked in S1 
 and what the network wants more of.\n""" + teams("241 880 395 016", "Mg2sR5", "ODU0ZjFiYWQtNmI3Yy00NzlkLThjYzAtZjE5OGE2ZDNiMTQ0") + r"""
UID:040000008200E00074C5B7101A82E008000000000A2B5D8E39FE6DC010000000000000
 00010000000F0B2D4E6A8C9715E8A0C2E4A6C8E0AB1
SUMMARY;LANGUAGE=en-US:Meet & Greet – new LAFB S2 showrunner + casting
DTSTART;TZID=Pacific Standard Time:20251203T110000
DTEND;TZID=Pacific Standard Time:20251203T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T190233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "showrunner-meet-and-greet-internal-kickoff",
    ),
    _neg(
        "outlook-agent-general-roster",
        "040000008200E00074C5B7101A82E008000000001B3C6E9F4A0F7DC01000000000000000010000000A1C3E5F7B9DA826F9B1D3F5B7D9F1BC2",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Mensah, Kofi";SENT-BY="mailto:tta.assist4@tidewatertalent.ex
 ample.com":mailto:kofi.mensah@tidewatertalent.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Kofi would love a general with you to walk thro
 ugh TTA's unscripted hosts and personalities roster for RANCH HANDS and L
 AFB S2. He'll bring reels.\n\nAssistant to Kofi Mensah\, Tidewater Talen
 t Agency\n
UID:040000008200E00074C5B7101A82E008000000001B3C6E9F4A0F7DC010000000000000
 00010000000A1C3E5F7B9DA826F9B1D3F5B7D9F1BC2
SUMMARY;LANGUAGE=en-US:General – Kofi Mensah (TTA) / Tasha Greenberg-Ruiz (
 Bright Lot)
DTSTART;TZID=Pacific Standard Time:20251114T123000
DTEND;TZID=Pacific Standard Time:20251114T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T181142Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Lunch – Olive & Rye\, Beverly Hills
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "agent-general-meeting-known-employer-pitching-roster",
    ),
]
