"""Seattle-area studios (holdout188, written blind)."""

from holdout188ev_tz import LA_GOOGLE, PST_OUTLOOK

EVENTS = [
    dict(
        kind="teams-call",
        uid=(
            "040000008200E00074C5B7101A82E00800000000D07A2B1C396ADB01000000000000000010000000118A7C3E5F"
            "9D4B20A6C8E0F2B4D6A8C1"
        ),
        is_interview=1,
        company="Cascadia Ridge Studios",
        role="Production Director",
        stage="hiring_manager",
        interviewers="chidi.okafor@cascadiaridge.com",
        trap="outlook-last-first-cn-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Okafor, Chidi":mailto:chidi.okafor@cascadiaridge.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Park, Se
 o-yeon":mailto:seoyeon.park.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvis
 t, Erik":mailto:erik.lindqvist@cascadiaridge.com
DESCRIPTION;LANGUAGE=en-US:Hi Seo-yeon\, Erik passed along your resume and
  I'd love to chat about the Production Director opening on our unannounce
 d project. Looking forward to it. -Chidi\n\n_____________________________
 ___________________________________________________\nMicrosoft Teams Need
  help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\nJoin the meeting now<
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTZj>\nMeeting ID:
  283 771 052 644\nPasscode: qM9nH4\n______________________________________
 _
 _________\nDial in by phone\n+1 206-800-4125\,\,615532071# United States\
 , Seattle\n_______________________________________________________________
 ____
UID:040000008200E00074C5B7101A82E00800000000D07A2B1C396ADB01000000000000000
 010000000118A7C3E5F9D4B20A6C8E0F2B4D6A8C1
SUMMARY;LANGUAGE=en-US:Seo-yeon Park : Chidi Okafor - Production Director
DTSTART;TZID=Pacific Standard Time:20250122T150000
DTEND;TZID=Pacific Standard Time:20250122T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250117T221430Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="interview-loop",
        uid=(
            "040000008200E00074C5B7101A82E0080000000072EA6D3F416ADB0100000000000000001000000064B0E9A1C3"
            "D5F7092B4D6F8A0C2E4B6D"
        ),
        is_interview=1,
        company="Cascadia Ridge Studios",
        role="Production Director",
        stage="onsite",
        interviewers="chidi.okafor@cascadiaridge.com;rachel.kim@cascadiaridge.com;derek.osei@cascadiaridge.com",
        trap="outlook-loop-rooms-as-attendees",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Erik":mailto:erik.lindqvist@cascadiaridge.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Park, Se
 o-yeon":mailto:seoyeon.park.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okafor, Chidi
 ":mailto:chidi.okafor@cascadiaridge.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kim, Rachel":
 mailto:rachel.kim@cascadiaridge.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Osei, Derek"
 :mailto:derek.osei@cascadiaridge.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="RED-B2-
 Conf Snoqualmie (8) VC":mailto:RED-B2-Snoqualmie@cascadiaridge.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="RED-B2-
 Visitor Badge Desk":mailto:red-b2-visitorbadge@cascadiaridge.com
DESCRIPTION;LANGUAGE=en-US:Seo-yeon - here is the loop for the Production
  Director role. Please arrive at Building 2 lobby (15600 NE 8th St\, Redmo
 nd) by 9:45 for your visitor badge.\n\n10:00 Chidi Okafor (Head of Produc
 tion)\n11:00 Rachel Kim (Creative Director) - game vision & cross-discipl
 ine conflict\n12:00 Lunch with Erik\n1:00 Derek Osei (Technical Director)
  - scheduling & risk scenario\n\nReimbursement for mileage/ferry is avai
 lable.\n\nErik Lindqvist | Senior Technical Recruiter
UID:040000008200E00074C5B7101A82E0080000000072EA6D3F416ADB01000000000000000
 01000000064B0E9A1C3D5F7092B4D6F8A0C2E4B6D
SUMMARY;LANGUAGE=en-US:Interview Loop - Production Director - Seo-yeon Par
 k
DTSTART;TZID=Pacific Standard Time:20250205T100000
DTEND;TZID=Pacific Standard Time:20250205T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250129T190002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:RED-B2-Conf Snoqualmie (8) VC
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop",
        uid="ml-evt-5d91f0a8e2c34b7d9a1e@modernloop.io",
        is_interview=1,
        company="Puget Sound Interactive",
        role="Senior Producer",
        stage="technical",
        interviewers="keisha.brown@pugetsoundinteractive.com;arjun.mehta@pugetsoundinteractive.com",
        trap="modernloop-production-scenario-exercise",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:ml-evt-5d91f0a8e2c34b7d9a1e@modernloop.io
DTSTAMP:20250224T172015Z
DTSTART;TZID=America/Los_Angeles:20250304T100000
DTEND;TZID=America/Los_Angeles:20250304T110000
SUMMARY:Puget Sound Interactive - Senior Producer - Production Scenario Ex
 ercise
DESCRIPTION:Hi Seo-yeon\,\n\nIn this 60-minute session you'll work through
  a live production scenario with Keisha Brown (Director of Production) an
 d Arjun Mehta (Lead Engineer): a feature is three weeks late two weeks be
 fore cert. No prep needed - we want to see how you think.\n\nGoogle Meet:
  https://meet.google.com/fkr-odtw-paq\n\nSent with ModernLoop on behalf o
 f Puget Sound Interactive Recruiting
LOCATION:Google Meet
ORGANIZER;CN=Puget Sound Interactive Recruiting:mailto:scheduling@pugetsou
 ndinteractive.com
ATTENDEE;CN=Keisha Brown;PARTSTAT=ACCEPTED:mailto:keisha.brown@pugetsoundi
 nteractive.com
ATTENDEE;CN=Arjun Mehta;PARTSTAT=ACCEPTED:mailto:arjun.mehta@pugetsoundint
 eractive.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.p
 ark.dev@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-interview",
        uid="lever-iv-0c7e5a1b-4d92-4f3e-b8a6-2e1d9c0f7b35",
        is_interview=1,
        company="Emerald Arcade",
        role="Senior Producer (Mobile)",
        stage="hiring_manager",
        interviewers="jordan.pike@emeraldarcade.com",
        trap="lever-hiring-manager-first-name-only",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-0c7e5a1b-4d92-4f3e-b8a6-2e1d9c0f7b35
DTSTAMP:20250113T200512Z
DTSTART:20250116T003000Z
DTEND:20250116T011500Z
SUMMARY:Seo-yeon <> Jordan (Emerald Arcade)
DESCRIPTION:Hi Seo-yeon! Jordan leads production on our puzzle portfolio a
 nd is the hiring manager for the Senior Producer (Mobile) role. This will
  be a 45-minute video conversation.\n\nZoom: https://emeraldarcade.zoom.u
 s/j/81276650023\n\nLooking forward to it\,\nMaya\, Emerald Arcade Talent
LOCATION:Zoom
ORGANIZER;CN=Maya Feldman:mailto:maya.feldman@emeraldarcade.com
ATTENDEE;CN=Jordan Pike;PARTSTAT=ACCEPTED:mailto:jordan.pike@emeraldarcade.
 com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.p
 ark.dev@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cal-booking",
        uid="9xb3LmQf2RkW7tN1pZcV4e@Cal.com",
        is_interview=1,
        company="Lake Union Games",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="sam@lakeuniongames.com",
        trap="cal-com-booked-by-user-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9xb3LmQf2RkW7tN1pZcV4e@Cal.com
DTSTAMP:20250305T045918Z
DTSTART:20250307T190000Z
DTEND:20250307T192500Z
SUMMARY:Intro call (25 min) between Sam Oduya and Seo-yeon Park
DESCRIPTION:What: Intro call (25 min)\nInvitee Time Zone: America/Vancouver
 \nWho:\n- Sam Oduya - Organizer\n- Seo-yeon Park\n\nWhere: Google Meet\nh
 ttps://meet.google.com/eqm-ssdn-wzk\n\nAdditional notes: Applied for Seni
 or Producer via website. Available after 11am PT.\n\nNeed to make a chang
 e? Cancel or reschedule: https://app.cal.com/booking/9xb3LmQf2RkW7tN1pZcV4
 e
LOCATION:https://meet.google.com/eqm-ssdn-wzk
ORGANIZER;CN=Sam Oduya:mailto:sam@lakeuniongames.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:se
 oyeon.park.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-exercise",
        uid="ashby-sched-8c2f61d4-3b7a-49e0-a5f1-d0e2c9b87a64",
        is_interview=1,
        company="Mossback Games",
        role="Production Director",
        stage="technical",
        interviewers="wren.castillo@mossback.gg;pete.dunleavy@mossback.gg",
        trap="ashby-planning-exercise",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:ashby-sched-8c2f61d4-3b7a-49e0-a5f1-d0e2c9b87a64
DTSTAMP:20250312T160540Z
DTSTART;TZID=America/Los_Angeles:20250318T130000
DTEND;TZID=America/Los_Angeles:20250318T143000
SUMMARY:Seo-yeon Park - Production Director - Planning Exercise
DESCRIPTION:Interview: Planning Exercise (90 min)\nInterviewers: Wren Cast
 illo\, Pete Dunleavy\n\nYou'll build a rough production plan for a 14-mont
 h console port with the panel in a shared Miro board. Link will be shared
  at the start.\n\nVideo: https://meet.google.com/ubw-hkfn-xqo\n\nScheduled
  via Ashby
LOCATION:https://meet.google.com/ubw-hkfn-xqo
ORGANIZER;CN=Mossback Games:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Wren Castillo;PARTSTAT=ACCEPTED:mailto:wren.castillo@mossback.g
 g
ATTENDEE;CN=Pete Dunleavy;PARTSTAT=ACCEPTED:mailto:pete.dunleavy@mossback.g
 g
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.p
 ark.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founders",
        uid="ashby-sched-f13b7ce0-9a24-4d6e-8b05-71c2e4a9d3f8",
        is_interview=1,
        company="Mossback Games",
        role="Production Director",
        stage="final",
        interviewers="hiro@mossback.gg;anneke@mossback.gg",
        trap="ashby-founders-final-in-kirkland",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:ashby-sched-f13b7ce0-9a24-4d6e-8b05-71c2e4a9d3f8
DTSTAMP:20250321T180112Z
DTSTART;TZID=America/Los_Angeles:20250327T110000
DTEND;TZID=America/Los_Angeles:20250327T123000
SUMMARY:Seo-yeon Park - Production Director - Founders Conversation
DESCRIPTION:Interview: Founders Conversation (final stage)\nInterviewers:
  Hiro Matsuda (CEO)\, Anneke de Vries (Studio Director)\n\nIn person at ou
 r Kirkland studio: 128 Central Way\, Suite 300. Lunch included.\n\nSchedu
 led via Ashby
LOCATION:Mossback Games\, 128 Central Way Suite 300\, Kirkland\, WA
ORGANIZER;CN=Mossback Games:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Hiro Matsuda;PARTSTAT=ACCEPTED:mailto:hiro@mossback.gg
ATTENDEE;CN=Anneke de Vries;PARTSTAT=ACCEPTED:mailto:anneke@mossback.gg
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.p
 ark.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-chat",
        uid="ZOOM86512093374",
        is_interview=1,
        company="Ferry Terminal Games",
        role="",
        stage="",
        interviewers="nora@ferryterminal.games",
        trap="zoom-native-invite-vague-chat",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250224T030113Z
DTSTART;TZID=America/Los_Angeles:20250226T163000
DTEND;TZID=America/Los_Angeles:20250226T171500
SUMMARY:Seo-yeon / Nora - Ferry Terminal producer role
UID:ZOOM86512093374
TZID:America/Los_Angeles
DESCRIPTION:Nora Lindgren is inviting you to a scheduled Zoom meeting.\n\n
 Join Zoom Meeting\nhttps://us06web.zoom.us/j/86512093374?pwd=aFdrc1RDbm5Q\
 n\nMeeting ID: 865 1209 3374\nPasscode: 118204\n\n---\n\nOne tap mobile\n+
 12532158782\,\,86512093374#\,\,\,\,*118204# US (Tacoma)\n+12063379723\,\,8
 6512093374#\,\,\,\,*118204# US (Seattle)\n
LOCATION:https://us06web.zoom.us/j/86512093374?pwd=aFdrc1RDbm5Q
ORGANIZER;CN=Nora Lindgren:mailto:nora@ferryterminal.games
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="values-interview",
        uid="gh-int-77120045-9918302@greenhouse.io",
        is_interview=1,
        company="Larkspur Games",
        role="Senior Producer",
        stage="",
        interviewers="tamsin.reyes@larkspurgames.com;mo.abdullah@larkspurgames.com",
        trap="greenhouse-values-interview-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:gh-int-77120045-9918302@greenhouse.io
DTSTAMP:20250303T214455Z
DTSTART;TZID=America/Los_Angeles:20250306T140000
DTEND;TZID=America/Los_Angeles:20250306T144500
SUMMARY:Larkspur Games: Values & Collaboration Interview (Senior Producer)
DESCRIPTION:Hi Seo-yeon\,\n\nYou'll meet Tamsin Reyes (Lead Designer) and
  Mo Abdullah (People Partner) to talk about how you collaborate\, give fe
 edback and handle disagreement. There are no right answers!\n\nZoom: http
 s://larkspurgames.zoom.us/j/92077113456\n\nPowered by Greenhouse
LOCATION:Zoom
ORGANIZER;CN=Larkspur Games Recruiting:mailto:no-reply@us.greenhouse-mail.
 io
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Tamsin Reyes:mailto:tamsin.reyes@larkspurgames.com
ATTENDEE;CN=Mo Abdullah:mailto:mo.abdullah@larkspurgames.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-screen",
        uid="workable-evt-41c7e0d6b2@workable.com",
        is_interview=1,
        company="Nimbus Quarry",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="oliver.brandt@nimbusquarry.com",
        trap="workable-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-41c7e0d6b2@workable.com
DTSTAMP:20250128T231008Z
DTSTART:20250203T181500Z
DTEND:20250203T184500Z
SUMMARY:Phone screen: Seo-yeon Park for Senior Producer at Nimbus Quarry
DESCRIPTION:Seo-yeon Park\, you have been invited to a phone screen for th
 e Senior Producer job at Nimbus Quarry.\n\nInterviewer: Oliver Brandt\nPh
 one: Oliver will call you on +1 604 555 0147\n\nPlease let us know if yo
 u can't make it.
LOCATION:Phone call
ORGANIZER;CN=Oliver Brandt:mailto:oliver.brandt@nimbusquarry.com
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:seoyeon.pa
 rk.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meet-invite",
        uid="3qa7mbt9ulf0x2kc5vd8e1h6so@google.com",
        is_interview=1,
        company="Fjord Light Studios",
        role="Senior Producer",
        stage="hiring_manager",
        interviewers="ingrid@fjordlight.studio",
        trap="google-invite-from-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250312T100000
DTEND;TZID=America/Los_Angeles:20250312T104500
DTSTAMP:20250307T015533Z
ORGANIZER;CN=Ingrid Solberg:mailto:ingrid@fjordlight.studio
UID:3qa7mbt9ulf0x2kc5vd8e1h6so@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ingrid
  Solberg;X-NUM-GUESTS=0:mailto:ingrid@fjordlight.studio
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
DESCRIPTION:Senior Producer - conversation with Ingrid (GM). We'll go deep
 er on your Driftline launch and what you'd change about how we run sprint
 s.\n\nJoin with Google Meet: https://meet.google.com/xzn-cpvy-tgd\nOr dia
 l: (US) +1 929-277-6410 PIN: 402 118 657#
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fjord Light <> Seo-yeon Park
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
