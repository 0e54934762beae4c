# ruff: noqa: E501, W291, W293, RUF100
"""holdout269 events, part c: the user's own interviews, one round each at many employers."""

from holdout269ev_zones import (
    GCAL_FOOTER,
    LA_APPLE,
    LA_GOOGLE,
    PST_OUTLOOK,
    UTC08_OUTLOOK,
    gmeet,
    teams,
    zoom,
)

FORMS = {
    "Pinwheel Pictures": "Pinwheel",
    "Hollowpoint Docs": "Hollowpoint",
    "Cobalt Coast Media": "Cobalt Coast",
    "Redline Unscripted": "Redline",
    "Fable & Fern Kids": "Fable & Fern|Fable and Fern",
    "Gold Coast Casting": "Gold Coast",
    "Summit Peak Entertainment": "Summit Peak",
    "Paper Kite Productions": "Paper Kite",
    "Alley Cat Content": "Alley Cat",
    "Harbor & Vine Studios": "Harbor & Vine|Harbor and Vine",
    "Wildcard Casting Co.": "Wildcard Casting|Wildcard",
    "Blue Mesa Television": "Blue Mesa|Blue Mesa TV",
    "Neon Harvest Studios": "Neon Harvest",
    "Tall Tree Media": "Tall Tree",
    "Rumble Strip Entertainment": "Rumble Strip",
    "Ironwood Unscripted": "Ironwood",
    "Starling Road Productions": "Starling Road",
    "Desert Bloom Media": "Desert Bloom",
    "Loudmouth Media": "Loudmouth",
    "Open Range Television": "Open Range|Open Range TV",
    "Crystal Pier Productions": "Crystal Pier",
    "Golden Hour Docs": "Golden Hour",
    "Spotlight Hound Casting": "Spotlight Hound",
    "Quarry Lane Entertainment": "Quarry Lane",
    "Riverbend Studios": "Riverbend",
    "Halcyon Network": "Halcyon",
    "Mockingbird Media": "Mockingbird",
}

EVENTS = [
    dict(
        kind="calendly-host-google-invite",
        uid="9vn3e7k1q0dx5bz8hm2tw4cj6r@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251022T163000Z
DTEND:20251022T170000Z
DTSTAMP:20251017T035512Z
ORGANIZER;CN=Wes Talbot:mailto:wes.talbot@pinwheelpictures.example.com
UID:9vn3e7k1q0dx5bz8hm2tw4cj6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Wes Talbot;X-NUM-GUESTS=0:mailto:wes.talbot@pinwheelpictures.example.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.com
CREATED:20251017T035511Z
DESCRIPTION:Event Name: Casting Producer Interview - 30 min\n\nLocation: Th
 is is a Zoom web conference.\n\nPlease share anything that will help prep
 are for our meeting.: Reel + credits attached to my application. Currentl
 y casting associate at Bright Lot (RANCH HANDS\, LOVE AT FIRST BID).\n\nN
 eed to make changes to this event?\nCancel: https://calendly.com/cancellat
 ions/2c7e1d90-a3f4-4b65-8e12-f9d0b7c4a6e3\nReschedule: https://calendly.c
 om/reschedulings/2c7e1d90-a3f4-4b65-8e12-f9d0b7c4a6e3\n\nPowered by Calen
 dly.com""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251017T035513Z
LOCATION:https://us06web.zoom.us/j/81945520763?pwd=aTVRdUtnM0ZxRkl2N1Ra
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tasha Greenberg-Ruiz and Wes Talbot
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Pinwheel Pictures",
        role="Casting Producer",
        stage="",
        interviewers="wes.talbot@pinwheelpictures.example.com",
        trap="calendly-summary-names-only-employer-in-domain",
        hiring=False,
    ),
    dict(
        kind="ashby-utc-invite",
        uid="ashby-int-8a41f2d7-6c90-4e3b-b7d5-29fe01c3a8e6",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-8a41f2d7-6c90-4e3b-b7d5-29fe01c3a8e6
DTSTAMP:20251020T231744Z
DTSTART:20251024T210000Z
DTEND:20251024T214500Z
SUMMARY:Hollowpoint Docs: Interview with Tasha Greenberg-Ruiz
ORGANIZER;CN=Hollowpoint Docs Recruiting:mailto:recruiting@hollowpointdocs.
 example.com
ATTENDEE;CN=Greta Lund;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:greta.
 lund@hollowpointdocs.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-P
 ARTICIPANT:mailto:tasha.gr.casting@gmail.com
LOCATION:https://meet.google.com/kzf-ubwq-nse
DESCRIPTION:Role: Casting & Access Producer (limited series\, true crime)\n
 Interviewers: Greta Lund (Head of Development)\nFormat: 45 minute video c
 all\n\nA note from the team: we're especially interested in how you've ha
 ndled access for families of victims and sensitive contributors.\n\nSched
 uled with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hollowpoint Docs",
        role="Casting & Access Producer",
        stage="hiring_manager",
        interviewers="greta.lund@hollowpointdocs.example.com",
        trap="ashby-docs-access-producer-utc",
        hiring=False,
    ),
    dict(
        kind="ms-bookings-screen",
        uid="040000008200E00074C5B7101A82E0080000000056D18B3A2F47DC010000000000000000100000001E9C4A7F3B2D0586A4C7E1B9D3F2A871",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=Cobalt Coast Media Careers:mailto:CobaltCoastCareers@cobaltcoa
 stmedia.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tasha Gree
 nberg-Ruiz:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Jade Whitfiel
 d:mailto:jade.whitfield@cobaltcoastmedia.example.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Casting Pr
 oducer – Screening Call (30 min)\nStaff: Jade Whitfield\n\nTasha Greenber
 g-Ruiz\ntasha.gr.casting@gmail.com\n+1 (818) 555-0142\n\nManage your book
 ing: https://outlook.office365.com/owa/calendar/CobaltCoastCareers@cobalt
 coastmedia.example.com/bookings/s/7Zq2pXJc\n""" + teams("219 443 870 516", "cC5tW9", "N2IxZTQ4YzMtZDZhMC00OTFlLTg2YjctM2E1ZjljMDJkNGI4") + r"""
UID:040000008200E00074C5B7101A82E0080000000056D18B3A2F47DC0100000000000000
 00100000001E9C4A7F3B2D0586A4C7E1B9D3F2A871
SUMMARY;LANGUAGE=en-US:Casting Producer – Screening Call
DTSTART;TZID=Pacific Standard Time:20251027T140000
DTEND;TZID=Pacific Standard Time:20251027T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T180510Z
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
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cobalt Coast Media",
        role="Casting Producer",
        stage="recruiter_screen",
        interviewers="jade.whitfield@cobaltcoastmedia.example.com",
        trap="ms-bookings-mailbox-organizer-staff-interviewer",
        hiring=False,
    ),
    dict(
        kind="ios-terse-typo",
        uid="E6A0C3B8-2F91-4D7E-B5A4-8C1D3F0E9A62",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251026T182200Z
DTEND;TZID=America/Los_Angeles:20251029T150000
DTSTAMP:20251026T182212Z
DTSTART;TZID=America/Los_Angeles:20251029T140000
LAST-MODIFIED:20251026T182212Z
LOCATION:Redline - 5th fl
SEQUENCE:0
SUMMARY:redline intervew – casting prod (ask for Bo)
TRANSP:OPAQUE
UID:E6A0C3B8-2F91-4D7E-B5A4-8C1D3F0E9A62
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:0F4B9E2D-7C1A-4836-A5E0-D2B7C9F1E384
X-WR-ALARMUID:0F4B9E2D-7C1A-4836-A5E0-D2B7C9F1E384
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Redline Unscripted",
        role="casting prod",
        stage="",
        interviewers="Bo",
        trap="terse-typo-lowercase-company",
        hiring=False,
    ),
    dict(
        kind="google-meet-hiring-manager",
        uid="0xk4t8m2c6v9qw1jh3bn7rfp5d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251104T130000
DTEND;TZID=America/Los_Angeles:20251104T134500
DTSTAMP:20251029T220133Z
ORGANIZER;CN=Poppy Nakamura:mailto:poppy@fableandfernkids.example.com
UID:0xk4t8m2c6v9qw1jh3bn7rfp5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Poppy Nakamura;X-NUM-GUESTS=0:mailto:poppy@fableandfernkids.example.co
 m
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xra-pnvy-cjq
CREATED:20251029T220132Z
DESCRIPTION:Hi Tasha! This is the hiring-manager conversation for Casting P
 roducer\, Kids & Family. We cast real families and kid competitors (ages 
 8–14)\, so I'll ask a lot about parent consent\, minors' work permits and 
 studio teachers. – Poppy (Head of Casting\, Fable & Fern Kids)""" + gmeet("xra-pnvy-cjq", "+1 646-555-0173", "663 218 904") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251029T220230Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fable & Fern – Casting Producer\, Kids & Family (HM interview)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fable & Fern Kids",
        role="Casting Producer, Kids & Family",
        stage="hiring_manager",
        interviewers="poppy@fableandfernkids.example.com",
        trap="escaped-comma-role-family-casting-words",
        hiring=False,
    ),
    dict(
        kind="zoom-client-yahoo-owner",
        uid="ZOOM8824410375-goldcoast",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20251027T025009Z
DTSTART;TZID=America/Los_Angeles:20251031T100000
DTEND;TZID=America/Los_Angeles:20251031T110000
SUMMARY:Gold Coast Casting / Tasha G-R – Casting Director position
UID:ZOOM8824410375-goldcoast
DESCRIPTION:""" + zoom("Renata Ellis", "882 4410 375", "219604", "YW1hZk5yZ3Z0UnE2bGJtZQ") + r"""\n\nRenata Ellis\, owner\, Gold Coast Casting – we'd like to meet you about our Casting Director opening (we cast for 4 networks). Bring questions!
LOCATION:https://us06web.zoom.us/j/8824410375?pwd=YW1hZk5yZ3Z0UnE2bGJtZQ
ORGANIZER;CN=Renata Ellis:mailto:goldcoastcasting.renata@yahoo.com
ATTENDEE;CN=tasha.gr.casting@gmail.com;RSVP=TRUE:mailto:tasha.gr.casting@gm
 ail.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gold Coast Casting",
        role="Casting Director",
        stage="hiring_manager",
        interviewers="goldcoastcasting.renata@yahoo.com",
        trap="free-mail-owner-zoom-casting-company",
        hiring=False,
    ),
    dict(
        kind="teams-utc-label-zone-panel",
        uid="040000008200E00074C5B7101A82E00800000000A1E4C7D26B58DC01000000000000000010000000F7C2B9E4A1D3068D5B2E4A7C1F9D0B35",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + UTC08_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Lopez, Andrea":mailto:andrea.lopez@summitpeakent.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tasha Gree
 nberg-Ruiz:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kim, Howard"
 :mailto:howard.kim@summitpeakent.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Adebayo, Fol
 a":mailto:fola.adebayo@summitpeakent.example.com
DESCRIPTION;LANGUAGE=en-US:Panel interview for the Senior Casting Producer 
 (Competition) role with Howard Kim (SVP Alternative) and Fola Adebayo (Ca
 sting Director). I'll open the call and hand off.\n\nAndrea Lopez | Talen
 t Acquisition\n""" + teams("248 590 336 712", "Pq4nE8", "MTQzYWIxYzQtNWU2Zi00ZjI5LWE4ZDMtOTdjNjE0MGJlYWQ5") + r"""
UID:040000008200E00074C5B7101A82E00800000000A1E4C7D26B58DC0100000000000000
 0010000000F7C2B9E4A1D3068D5B2E4A7C1F9D0B35
SUMMARY;LANGUAGE=en-US:Interview – Senior Casting Producer – Panel
DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20251107T100000
DTEND;TZID="(UTC-08:00) Pacific Time (US & Canada)":20251107T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T210420Z
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
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" c
 ontent="text/html\; charset=utf-8"></head><body><div>Panel interview for t
 he Senior Casting Producer (Competition) role with Howard Kim (SVP Altern
 ative) and Fola Adebayo (Casting Director). I'll open the call and hand o
 ff.</div><div>Andrea Lopez | Talent Acquisition</div><div style="width:10
 0%"><span>Microsoft Teams meeting</span></div></body></html>
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Summit Peak Entertainment",
        role="Senior Casting Producer (Competition)",
        stage="onsite",
        interviewers="howard.kim@summitpeakent.example.com;fola.adebayo@summitpeakent.example.com",
        trap="utc-label-zone-with-vtimezone-x-alt-desc",
        hiring=False,
    ),
    dict(
        kind="thunderbird-pasted-zoom",
        uid="c41f7a90-3e2b-4d8c-b6a5-9f1e0d2c7b38",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + LA_GOOGLE.replace("X-LIC-LOCATION:America/Los_Angeles\n", "") + r"""BEGIN:VEVENT
CREATED:20251030T013308Z
LAST-MODIFIED:20251030T013455Z
DTSTAMP:20251030T013455Z
UID:c41f7a90-3e2b-4d8c-b6a5-9f1e0d2c7b38
SUMMARY:Paper Kite zoom - Sr Casting Prod w/ Lionel Fitch + Bree Santos
DTSTART;TZID=America/Los_Angeles:20251103T153000
DTEND;TZID=America/Los_Angeles:20251103T163000
DESCRIPTION:https://us06web.zoom.us/j/83390017245?pwd=Rk1xT0p2dW5kY2ZnSW5r
 \npasscode 773120\nlionel = CEO\, bree = head of casting. they liked the 
 CATFISHED CALLBACKS sizzle. ask abt relocation $ (they're in Atlanta)
LOCATION:zoom
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Paper Kite Productions",
        role="Sr Casting Prod",
        stage="",
        interviewers="Lionel Fitch;Bree Santos",
        trap="handtyped-callbacks-word-in-note",
        hiring=False,
    ),
    dict(
        kind="google-export-cancelled",
        uid="6pj0s4y8d2g5lx9cr1ne3vq7kb@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:tasha.gr.casting@gmail.com
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
DTSTART:20251023T180000Z
DTEND:20251023T184500Z
DTSTAMP:20251201T050112Z
ORGANIZER;CN=Noelle Briggs:mailto:noelle.briggs@alleycatcontent.example.com
UID:6pj0s4y8d2g5lx9cr1ne3vq7kb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noelle
  Briggs;X-NUM-GUESTS=0:mailto:noelle.briggs@alleycatcontent.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tasha.
 gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.com
CREATED:20251016T170041Z
DESCRIPTION:Casting Producer interview — pets & owners competition. Noelle 
 Briggs\, Supervising Casting Director.
LAST-MODIFIED:20251021T202915Z
LOCATION:https://meet.google.com/owz-jbkd-fam
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Alley Cat Content – Casting Producer interview
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Alley Cat Content",
        role="Casting Producer",
        stage="hiring_manager",
        interviewers="noelle.briggs@alleycatcontent.example.com",
        trap="status-cancelled-in-export",
        hiring=False,
    ),
    dict(
        kind="webex-panel",
        uid="8d2c5f1a7b3e4096a1c7e5d3b9f2a041@harborandvine.webex.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE.replace("X-LIC-LOCATION:America/Los_Angeles\n", "") + r"""BEGIN:VEVENT
UID:8d2c5f1a7b3e4096a1c7e5d3b9f2a041@harborandvine.webex.example.com
DTSTAMP:20251105T192233Z
DTSTART;TZID=America/Los_Angeles:20251112T140000
DTEND;TZID=America/Los_Angeles:20251112T153000
SUMMARY:Harbor & Vine Studios – Casting Director Interview Panel
ORGANIZER;CN=Beth Caruso:mailto:beth.caruso@harborandvine.example.com
ATTENDEE;CN=Beth Caruso;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:beth.
 caruso@harborandvine.example.com
ATTENDEE;CN=Ravi Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ravi.m
 enon@harborandvine.example.com
ATTENDEE;CN=Joelle Park;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:joel
 le.park@harborandvine.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:tasha.gr.casting@gmail.com
LOCATION:https://harborandvine.webex.com/meet/beth.caruso
DESCRIPTION:Panel: Beth Caruso (EVP Unscripted)\, Ravi Menon (Co-EP\, THE 
 BIG MOVE)\, Joelle Park (Casting Director\, outgoing – you'd be replacing 
 her).\n\n-- Do not delete or change any of the following text. --\n\nJoi
 n meeting\nhttps://harborandvine.webex.com/meet/beth.caruso\n\nJoin by ph
 one\n+1-408-555-0112 United States Toll\nAccess code: 2597 331 0048\n\nJo
 in from a video system or application\nDial beth.caruso@harborandvine.web
 ex.com\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbor & Vine Studios",
        role="Casting Director",
        stage="onsite",
        interviewers="beth.caruso@harborandvine.example.com;ravi.menon@harborandvine.example.com;joelle.park@harborandvine.example.com",
        trap="webex-panel-organizer-is-interviewer",
        hiring=False,
    ),
    dict(
        kind="ios-all-day-phone-window",
        uid="3B7E0D92-C4A1-4F56-8B2E-71D9A0C5F3E8",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T160711Z
DTEND;VALUE=DATE:20251107
DTSTAMP:20251103T160724Z
DTSTART;VALUE=DATE:20251106
LAST-MODIFIED:20251103T160724Z
SEQUENCE:0
SUMMARY:Wildcard Casting phone int – Marnie calls sometime thurs
DESCRIPTION:keep phone on!! between sets. assoc casting dir role
TRANSP:TRANSPARENT
UID:3B7E0D92-C4A1-4F56-8B2E-71D9A0C5F3E8
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Wildcard Casting Co.",
        role="assoc casting dir",
        stage="",
        interviewers="Marnie",
        trap="all-day-phone-interview-window",
        hiring=False,
    ),
    dict(
        kind="google-mock-casting-assessment",
        uid="5gb9r3x7n1k0ws4hd8cmq2ft6v@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251113T110000
DTEND;TZID=America/Los_Angeles:20251113T120000
DTSTAMP:20251107T200918Z
ORGANIZER;CN=Hana Sato:mailto:hana.sato@bluemesatv.example.com
UID:5gb9r3x7n1k0ws4hd8cmq2ft6v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hana Sato;X-NUM-GUESTS=0:mailto:hana.sato@bluemesatv.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Trent Bell;X-NUM-GUESTS=0:mailto:trent.bell@bluemesatv.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kiki Alvarado;X-NUM-GUESTS=0:mailto:kiki.alvarado@bluemesatv.example.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ebt-hwqa-vrk
CREATED:20251107T200917Z
DESCRIPTION:Skills assessment for the Casting Producer role: you'll run a 2
 0-minute mock casting call with Kiki from our team playing a potential co
 ntestant (a firefighter dad for a survival show). Trent and I will observ
 e\, then we'll debrief for 20 min and talk about the role.\n\nHana Sato\,
  Casting Director\, Blue Mesa Television""" + gmeet("ebt-hwqa-vrk", "+1 213-555-0127", "550 381 226") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251107T201040Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Blue Mesa TV – Skills Assessment: Mock Casting Call (Tasha)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Blue Mesa Television",
        role="Casting Producer",
        stage="technical",
        interviewers="hana.sato@bluemesatv.example.com;trent.bell@bluemesatv.example.com",
        trap="mock-casting-call-is-real-assessment-roleplayer",
        hiring=False,
    ),
    dict(
        kind="outlook-final-ep",
        uid="040000008200E00074C5B7101A82E008000000009B3D6F1C4E62DC010000000000000000100000002A7E5C1D9F3B0864B1E7A2C5D8F0B946",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Reyes, Tamsin":mailto:tamsin.reyes@neonharvest.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Drummond, Sa
 ul":mailto:saul.drummond@neonharvest.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="
 NH Culver - Screening Room":mailto:nh-culver-screening@neonharvest.exampl
 e.com
DESCRIPTION;LANGUAGE=en-US:Tasha\, confirming your final round with Saul Dr
 ummond (Executive Producer) for the Casting Director role. I'll meet you 
 in the lobby and bring you up.\n\nTamsin Reyes\nRecruiting Coordinator\, 
 Neon Harvest Studios\n
UID:040000008200E00074C5B7101A82E008000000009B3D6F1C4E62DC0100000000000000
 00100000002A7E5C1D9F3B0864B1E7A2C5D8F0B946
SUMMARY;LANGUAGE=en-US:Final Round: Casting Director - Neon Harvest
DTSTART;TZID=Pacific Standard Time:20251118T103000
DTEND;TZID=Pacific Standard Time:20251118T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T230108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NH Culver - Screening Room\; 9300 Lindblade St\, Cu
 lver City
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Neon Harvest Studios",
        role="Casting Director",
        stage="final",
        interviewers="saul.drummond@neonharvest.example.com",
        trap="outlook-final-room-screening-room-word",
        hiring=False,
    ),
    dict(
        kind="lever-google-invite",
        uid="1mz7q3w9c5b0xk8tf2vd6hr4ng@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251110T160000
DTEND;TZID=America/Los_Angeles:20251110T164500
DTSTAMP:20251105T174222Z
ORGANIZER;CN=Tall Tree Recruiting:mailto:recruiting@talltreemedia.example.c
 om
UID:1mz7q3w9c5b0xk8tf2vd6hr4ng@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Desmond Ng;X-NUM-GUESTS=0:mailto:desmond.ng@talltreemedia.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.
 com
X-GOOGLE-CONFERENCE:https://meet.google.com/nqd-tyxs-wbo
CREATED:20251105T174221Z
DESCRIPTION:Interview with Desmond Ng (VP\, Casting) for the Casting Manage
 r – Formats role.\n\nThis event was scheduled via Lever. Reply to recruit
 ing@talltreemedia.example.com if you need to move it.""" + gmeet("nqd-tyxs-wbo", "+1 347-555-0188", "384 662 019") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251105T174222Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tasha Greenberg-Ruiz // Tall Tree Media – Desmond Ng
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tall Tree Media",
        role="Casting Manager – Formats",
        stage="hiring_manager",
        interviewers="desmond.ng@talltreemedia.example.com",
        trap="lever-shared-mailbox-organizer",
        hiring=False,
    ),
    dict(
        kind="modernloop-interview-loop",
        uid="ml-loop-2f9b7c41e0d3-tasha@modernloop.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251119T120000
DTEND;TZID=America/Los_Angeles:20251119T133000
DTSTAMP:20251113T184050Z
ORGANIZER;CN=Rumble Strip Talent Team:mailto:talent@rumblestripent.example.
 com
UID:ml-loop-2f9b7c41e0d3-tasha@modernloop.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.
 com
CREATED:20251113T184050Z
DESCRIPTION:Your interview loop for Casting Producer (Motorsports Docuserie
 s)\n\n12:00 PM – 12:45 PM  Carter Vaughn\, Showrunner\n12:45 PM – 1:30 PM 
  Ellie Navarro\, Casting Director\n\nInterviewers will join the same Zoom 
 link: https://us06web.zoom.us/j/86620113982\n\nScheduled with ModernLoop
LAST-MODIFIED:20251113T184050Z
LOCATION:https://us06web.zoom.us/j/86620113982
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rumble Strip | Casting Producer (Motorsports Docuseries) | Intervie
 w Loop
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rumble Strip Entertainment",
        role="Casting Producer (Motorsports Docuseries)",
        stage="onsite",
        interviewers="Carter Vaughn;Ellie Navarro",
        trap="scheduler-loop-interviewers-only-in-description",
        hiring=False,
    ),
    dict(
        kind="outlook-exec-search-call",
        uid="040000008200E00074C5B7101A82E00800000000C3F6A9D15E71DC01000000000000000010000000E3B7D1F9A4C20768C2F5B3E9D1A7C054",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ATTENDEE;CN=tasha.gr.casting@gmail.com;RSVP=TRUE:mailto:tasha.gr.casting@gm
 ail.com
CLASS:PUBLIC
CREATED:20251103T224015Z
DESCRIPTION:Tasha – as discussed on LinkedIn\, I'm leading the search for 
 Head of Casting at Ironwood Unscripted (client has approved me sharing th
 e name now that you've signed the NDA). This call is the formal first-rou
 nd screen before I present you to their President. ~45 min.\n\nMargo Hale
 \nPartner\, Reel Search Partners\nM: (310) 555-0150\n
DTEND;TZID="Pacific Standard Time":20251106T170000
DTSTAMP:20251103T224015Z
DTSTART;TZID="Pacific Standard Time":20251106T161500
LAST-MODIFIED:20251103T224015Z
LOCATION:Phone – I'll call your mobile
ORGANIZER;CN="Hale, Margo":mailto:margo.hale@reelsearchpartners.example.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Ironwood Unscripted – Head of Casting search | Marg
 o Hale / Tasha Greenberg-Ruiz
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C3F6A9D15E71DC0100000000000000
 0010000000E3B7D1F9A4C20768C2F5B3E9D1A7C054
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ironwood Unscripted",
        role="Head of Casting",
        stage="recruiter_screen",
        interviewers="margo.hale@reelsearchpartners.example.com",
        trap="exec-search-recruiter-names-client",
        hiring=False,
    ),
    dict(
        kind="savvycal-booking",
        uid="savvycal-evt-5n2q8r1w7x4k@savvycal.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SavvyCal//SavvyCal//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:savvycal-evt-5n2q8r1w7x4k@savvycal.example.com
DTSTAMP:20251028T162209Z
DTSTART:20251030T190000Z
DTEND:20251030T193000Z
SUMMARY:Casting Director – first interview (Starling Road Productions)
ORGANIZER;CN=Quinn Maddox:mailto:quinn@starlingroadprod.example.com
ATTENDEE;CN=Quinn Maddox;PARTSTAT=ACCEPTED:mailto:quinn@starlingroadprod.ex
 ample.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=ACCEPTED:mailto:tasha.gr.casting@
 gmail.com
LOCATION:Google Meet
DESCRIPTION:Scheduled by Tasha Greenberg-Ruiz via SavvyCal.\n\nJoin: https
 ://meet.google.com/vca-rdmb-oux\n\nQuinn Maddox · Development & Casting\,
  Starling Road Productions
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Starling Road Productions",
        role="Casting Director",
        stage="",
        interviewers="quinn@starlingroadprod.example.com",
        trap="user-booked-scheduler-link-as-candidate",
        hiring=False,
    ),
    dict(
        kind="google-export-job-hunt-calendar",
        uid="3tw8c2n6q0v4mb7xs1kf9dh5rj@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Job hunt 2025
X-WR-TIMEZONE:America/Los_Angeles
X-WR-CALDESC:apps\, interviews\, follow-ups
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251117T130000
DTEND;TZID=America/Los_Angeles:20251117T140000
DTSTAMP:20251201T050140Z
UID:3tw8c2n6q0v4mb7xs1kf9dh5rj@google.com
CREATED:20251111T044511Z
DESCRIPTION:HM = Lupe Garza (Sr Casting Dir). show is CACTUS COWBOYS (rodeo
  families\, Tucson). zoom link in Lupe's email
LAST-MODIFIED:20251111T044511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Desert Bloom – HM int (Casting Prod.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Desert Bloom Media",
        role="Casting Prod.",
        stage="hiring_manager",
        interviewers="Lupe Garza",
        trap="secondary-calendar-export-abbrev-hm-int",
        hiring=False,
    ),
    dict(
        kind="outlookcom-freemail-ep",
        uid="040000008200E00074C5B7101A82E008000000007E4A2C9F1D83DC0100000000000000001000000095D3F1B7C4E20A86F3D1C5A9E7B2F418",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN=JJ Palmer:mailto:jj.palmer.loudmouth@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
DESCRIPTION;LANGUAGE=en-US:hey Tasha\, JJ from Loudmouth Media. we're stand
 ing up a casting dept for the roommate-war show and I'd want you running 
 it day to day (casting producer\, reporting to me). 30 min on Teams?\n
 """ + teams("263 771 048 590", "Lm9dX4", "OGM3NWVhMTEtYjQwZS00OGE5LWE3ZDEtNTBjYzE4MjA1ZjYy") + r"""
UID:040000008200E00074C5B7101A82E008000000007E4A2C9F1D83DC0100000000000000
 001000000095D3F1B7C4E20A86F3D1C5A9E7B2F418
SUMMARY;LANGUAGE=en-US:Loudmouth x Tasha
DTSTART;TZID=Pacific Standard Time:20251121T113000
DTEND;TZID=Pacific Standard Time:20251121T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T060255Z
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
        is_interview=1,
        company="Loudmouth Media",
        role="casting producer",
        stage="hiring_manager",
        interviewers="jj.palmer.loudmouth@outlook.com",
        trap="free-mail-ep-vague-summary",
        hiring=False,
    ),
    dict(
        kind="google-rescheduled-sequence",
        uid="7rk1m5x9q3c0bv8zh2ne6tw4pf@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251120T150000
DTEND;TZID=America/Los_Angeles:20251120T154500
DTSTAMP:20251117T161930Z
ORGANIZER;CN=Brynn Holloway:mailto:brynn.holloway@openrangetv.example.com
UID:7rk1m5x9q3c0bv8zh2ne6tw4pf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brynn Holloway;X-NUM-GUESTS=0:mailto:brynn.holloway@openrangetv.exampl
 e.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/fgs-mxcn-qiy
CREATED:20251110T190255Z
DESCRIPTION:Moved to Thursday – sorry! Network notes call landed on our or
 iginal slot. Same agenda: Casting Producer\, docu-competition slate.\n\nB
 rynn Holloway\, Director of Casting\, Open Range Television""" + gmeet("fgs-mxcn-qiy", "+1 720-555-0185", "291 447 603") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251117T161930Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Open Range TV – Casting Producer interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Open Range Television",
        role="Casting Producer",
        stage="hiring_manager",
        interviewers="brynn.holloway@openrangetv.example.com",
        trap="rescheduled-sequence-network-notes-word",
        hiring=False,
    ),
    dict(
        kind="yahoo-owner-invite",
        uid="yahoo-evt-0c8a3e6f91b2d47a@calendar.yahoo.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Yahoo! Inc.//Yahoo Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:yahoo-evt-0c8a3e6f91b2d47a@calendar.yahoo.example.com
DTSTAMP:20251104T031144Z
DTSTART;TZID=America/Los_Angeles:20251108T090000
DTEND;TZID=America/Los_Angeles:20251108T100000
SUMMARY:Meeting re: casting director position
ORGANIZER;CN=Mike Dunleavy:mailto:crystalpier.mike@yahoo.com
ATTENDEE;CN=Tasha;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tasha.gr.casting@g
 mail.com
LOCATION:The Pier Diner\, 17 Ocean Front Walk\, Venice
DESCRIPTION:Tasha - great to connect. Crystal Pier Productions is small (m
 e + 2 producers) but we've got two pilots ordered. Breakfast on me\, let's
  talk about you coming in as casting director. Mike
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Crystal Pier Productions",
        role="casting director",
        stage="hiring_manager",
        interviewers="crystalpier.mike@yahoo.com",
        trap="free-mail-owner-breakfast-meeting",
        hiring=False,
    ),
    dict(
        kind="jazzhr-invite",
        uid="jazzhr-evt-41077213@goldenhourdocs.applytojob.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JazzHR//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:jazzhr-evt-41077213@goldenhourdocs.applytojob.example.com
DTSTAMP:20251030T202251Z
DTSTART:20251103T230000Z
DTEND:20251103T233000Z
SUMMARY:Interview: Casting Producer - Golden Hour Docs
ORGANIZER;CN=Golden Hour Docs:mailto:noreply@applytojob.example.com
ATTENDEE;CN=Omar Siddiqui;PARTSTAT=ACCEPTED:mailto:omar@goldenhourdocs.exa
 mple.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ta
 sha.gr.casting@gmail.com
LOCATION:Video call – link to follow
DESCRIPTION:Hello Tasha\,\n\nYou have been scheduled for an interview for t
 he Casting Producer position at Golden Hour Docs.\n\nInterviewer: Omar Si
 ddiqui\n\nPowered by JazzHR
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Golden Hour Docs",
        role="Casting Producer",
        stage="",
        interviewers="omar@goldenhourdocs.example.com",
        trap="jazzhr-utc-evening-stage-unclear",
        hiring=False,
    ),
    dict(
        kind="bamboohr-invite",
        uid="bamboohr-interview-55102-9c3f@spotlighthound.bamboohr.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//ATS Interview//EN
METHOD:REQUEST
""" + LA_GOOGLE.replace("X-LIC-LOCATION:America/Los_Angeles\n", "") + r"""BEGIN:VEVENT
UID:bamboohr-interview-55102-9c3f@spotlighthound.bamboohr.example.com
DTSTAMP:20251111T170509Z
DTSTART;TZID=America/Los_Angeles:20251114T100000
DTEND;TZID=America/Los_Angeles:20251114T110000
SUMMARY:Interview with Spotlight Hound Casting – Associate Casting Director
ORGANIZER;CN=Tess Coleman:mailto:tess@spotlighthound.example.com
ATTENDEE;CN=Tess Coleman;PARTSTAT=ACCEPTED:mailto:tess@spotlighthound.examp
 le.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ta
 sha.gr.casting@gmail.com
LOCATION:Spotlight Hound Casting\, 5410 Lankershim Blvd\, Suite 210\, North
  Hollywood
DESCRIPTION:In-person interview with Tess Coleman (Owner / Casting Directo
 r). Come see our casting studio – we usually have callbacks running in th
 e back room\, so don't mind the noise!\n\nSent from BambooHR
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Spotlight Hound Casting",
        role="Associate Casting Director",
        stage="hiring_manager",
        interviewers="tess@spotlighthound.example.com",
        trap="bamboohr-callbacks-mentioned",
        hiring=False,
    ),
    dict(
        kind="icims-one-way-video-all-day",
        uid="icims-vi-2025-3310-0088124@quarrylane.icims.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Video Interview//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:icims-vi-2025-3310-0088124@quarrylane.icims.example.com
DTSTAMP:20251020T151512Z
DTSTART;VALUE=DATE:20251024
DTEND;VALUE=DATE:20251025
SUMMARY:Complete your video interview: Casting Producer\, Unscripted (2025-
 3310) – Quarry Lane Entertainment
DESCRIPTION:Hi Tasha\,\n\nThank you for your interest in Quarry Lane Entert
 ainment. As the next step for the Casting Producer\, Unscripted position (
 Req 2025-3310)\, please complete a one-way video interview: 5 recorded qu
 estions\, up to 2 minutes each. The link expires at 11:59 PM PT on the da
 te of this reminder.\n\nStart here: https://quarrylane.icims.example.com/
 jobs/3310/video/0088124\n\nQuarry Lane Talent Acquisition
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Quarry Lane Entertainment",
        role="Casting Producer, Unscripted",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-video-interview-all-day-no-people",
        hiring=False,
    ),
    dict(
        kind="outlook-zoom-addin",
        uid="040000008200E00074C5B7101A82E00800000000E6B9C3F27A84DC01000000000000000010000000B4F2A8D6C1E3097E4D2B6F1A8C3E5D29",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + UTC08_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Joan":mailto:joan.whitaker@riverbendstudios.exampl
 e.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitaker, Jo
 an":mailto:joan.whitaker@riverbendstudios.example.com
DESCRIPTION;LANGUAGE=en-US:Interview: Casting Director\, Unscripted – with 
 Joan Whitaker\, Head of Alternative Casting.\n\n""" + zoom("Joan Whitaker", "847 2281 0936", "301577", "SmRyeXJ4bE5MM0h3ZkN1dw") + r"""\n
UID:040000008200E00074C5B7101A82E00800000000E6B9C3F27A84DC0100000000000000
 0010000000B4F2A8D6C1E3097E4D2B6F1A8C3E5D29
SUMMARY;LANGUAGE=en-US:Interview: Casting Director\, Unscripted - Riverben
 d Studios
DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20251201T100000
DTEND;TZID="(UTC-08:00) Pacific Time (US & Canada)":20251201T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T171500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://us06web.zoom.us/j/84722810936?pwd=SmRyeXJ4
 bE5MM0h3ZkN1dw
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Riverbend Studios",
        role="Casting Director, Unscripted",
        stage="hiring_manager",
        interviewers="joan.whitaker@riverbendstudios.example.com",
        trap="zoom-addin-outlook-utc-label-zone",
        hiring=False,
    ),
    dict(
        kind="goodtime-virtual-onsite",
        uid="goodtime-7b1e4c92-d5a0-4f36-98e3-1c6a2f0d7b45@goodtime.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Hire//EN
METHOD:REQUEST
""" + LA_GOOGLE.replace("X-LIC-LOCATION:America/Los_Angeles\n", "") + r"""BEGIN:VEVENT
UID:goodtime-7b1e4c92-d5a0-4f36-98e3-1c6a2f0d7b45@goodtime.example.com
DTSTAMP:20251119T200101Z
DTSTART;TZID=America/Los_Angeles:20251202T100000
DTEND;TZID=America/Los_Angeles:20251202T123000
SUMMARY:Halcyon Network – Virtual Onsite: Manager\, Alternative Casting
ORGANIZER;CN=Halcyon Network Interviews:mailto:interviews@halcyonnetwork.ex
 ample.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ta
 sha.gr.casting@gmail.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Hi Tasha\, here is your virtual onsite schedule (Pacific time):
 \n\n10:00–10:45  Maya Chen\, VP Alternative Programming (maya.chen@halcyon
 network.example.com)\n10:45–11:30  Rob Tillman\, Sr. Director\, Casting (
 rob.tillman@halcyonnetwork.example.com)\n11:30–11:45  Break\n11:45–12:30 
  Sienna Holt\, Talent Producer (sienna.holt@halcyonnetwork.example.com)\n
 \nAll sessions use the same Teams link: https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_ZmE0NzFhZjMtMmQxNy00NTc2LWJmZGQtZDg0NmUyOTAxMzQ2%4
 0thread.v2/0\n\nScheduled with GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Halcyon Network",
        role="Manager, Alternative Casting",
        stage="onsite",
        interviewers="maya.chen@halcyonnetwork.example.com;rob.tillman@halcyonnetwork.example.com;sienna.holt@halcyonnetwork.example.com",
        trap="goodtime-interviewer-addresses-in-description-only",
        hiring=False,
    ),
    dict(
        kind="google-plain-invite",
        uid="2hv6k0p4x8m1qc5wt9bd3nf7zs@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251125T140000
DTEND;TZID=America/Los_Angeles:20251125T143000
DTSTAMP:20251120T001230Z
ORGANIZER;CN=Sloane Whitley:mailto:sloane@mockingbirdmedia.example.com
UID:2hv6k0p4x8m1qc5wt9bd3nf7zs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sloane Whitley;X-NUM-GUESTS=0:mailto:sloane@mockingbirdmedia.example.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/bjw-zqka-etn
CREATED:20251120T001229Z
DESCRIPTION:Interview for Casting Producer (travel competition). – Sloane W
 hitley\, SVP Unscripted""" + gmeet("bjw-zqka-etn", "+1 929-555-0116", "740 512 398") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251120T001229Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mockingbird Media interview – Tasha Greenberg-Ruiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mockingbird Media",
        role="Casting Producer",
        stage="hiring_manager",
        interviewers="sloane@mockingbirdmedia.example.com",
        trap="mock-word-inside-company-name",
        hiring=False,
    ),
]
