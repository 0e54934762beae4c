"""holdout183 events, part E: trade titles and companies through ATS and scheduling tools."""

from holdout183ev_zones import GMT_STD, LONDON

EVENTS = []

# The Banker (FT Specialist): SmartRecruiters
EVENTS.append(dict(
    kind="smartrecruiters", iv=1, company="The Banker", role="Editor, The Banker",
    stage="hiring_manager", who="neil.sanders@ft.com",
    trap="smartrecruiters-trade-title-hiring-manager",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-4f0c8e2a-13b9-47d6-a0e5-9b71c3d2e8f4@smartrecruiters.com
DTSTAMP:20250218T142515Z
DTSTART:20250225T083000Z
DTEND:20250225T093000Z
SUMMARY:Interview: Editor\\, The Banker | Oliver Kemp
DESCRIPTION:Hello Oliver\\,\\n\\nYou are invited to an interview for Editor\\, T
 he Banker (FT Specialist).\\n\\nInterviewer: Neil Sanders\\, Publishing Direct
 or\\nLocation: Bracken House\\, 1 Friday Street\\, London EC4M 9BT\\n\\nThis inv
 itation was sent via SmartRecruiters on behalf of Financial Times.
LOCATION:Bracken House\\, 1 Friday Street\\, London EC4M 9BT
ORGANIZER;CN=Financial Times:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Neil Sanders;PARTSTAT=ACCEPTED:mailto:neil.sanders@ft.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Euromoney: iCIMS, Webex
EVENTS.append(dict(
    kind="icims", iv=1, company="Euromoney", role="Deputy Editor",
    stage="", who="sarah.kitching@euromoney.com",
    trap="icims-webex-deputy-editor",
    ics="""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-2025-11873-INT-0048821@icims.com
DTSTAMP:20250128T102103Z
DTSTART:20250206T120000Z
DTEND:20250206T130000Z
SUMMARY:Euromoney - Deputy Editor - Interview (Webex)
DESCRIPTION:Oliver\\,\\n\\nYour interview with Sarah Kitching (Editor) has been
  confirmed.\\n\\nJoin Webex meeting: https://euromoney.webex.com/euromoney/j.p
 hp?MTID=m3a9f2b8c\\nMeeting number (access code): 2374 118 0953\\nMeeting pass
 word: Bnk25!\\n\\nTap to join from a mobile device\\n+44-20-7660-8149\\,\\,237411
 80953## United Kingdom toll\\n\\nEuromoney Talent Acquisition
LOCATION:Webex
ORGANIZER;CN=Euromoney Talent Acquisition:mailto:careers-noreply@icims.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Sarah Kitching;PARTSTAT=ACCEPTED:mailto:sarah.kitching@euromoney.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# PRWeek (Haymarket): Cal.com booking with the editorial director
EVENTS.append(dict(
    kind="calcom", iv=1, company="PRWeek", role="Editor, PRWeek UK",
    stage="", who="dan.fairweather@haymarket.com",
    trap="cal-com-booking-editor-role-chat",
    ics="""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-v1pK8mQ3sLr2TxW9aZ4bCd
SUMMARY:PRWeek Editor - conversation between Dan Fairweather and Oliver Kemp
DTSTART:20250407T110000Z
DTEND:20250407T114500Z
DTSTAMP:20250401T200811Z
DESCRIPTION:What: PRWeek Editor - conversation\\nInvitee Time Zone: Europe/Lo
 ndon\\nWho:\\n- Dan Fairweather - Organizer\\n  dan.fairweather@haymarket.com\\n
 - Oliver Kemp\\n  oliver.kemp.writes@gmail.com\\nWhere: Bridgeworks\\, Haymarke
 t\\, Bridge House\\, 69 London Road\\, Twickenham TW1 3SP\\nAdditional notes: T
 hanks for applying for Editor\\, PRWeek UK. Happy to do this in person at Twi
 ckenham\\; bring a couple of ideas for the Hall of Fame relaunch.\\n\\nNeed to
  make a change? Cancel or reschedule: https://cal.com/booking/v1pK8mQ3sLr2TxW
 9aZ4bCd
LOCATION:Bridge House\\, 69 London Road\\, Twickenham TW1 3SP
ORGANIZER;CN=Dan Fairweather:mailto:dan.fairweather@haymarket.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

# Tortoise Media: Workable, practical edit
EVENTS.append(dict(
    kind="workable", iv=1, company="Tortoise Media", role="Editor, Sensemaker",
    stage="technical", who="",
    trap="workable-timed-edit-task",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-9c7b5a31-tortoise-1187
DTSTAMP:20250306T093340Z
DTSTART:20250313T090000Z
DTEND:20250313T110000Z
SUMMARY:Editing task (remote) - Editor\\, Sensemaker - Tortoise Media
DESCRIPTION:Hi Oliver\\,\\n\\nAt 9am we'll email you three raw drafts. You'll ha
 ve two hours to edit them to Sensemaker length and style and write the top
  line for each. Please return them by reply.\\n\\nGood luck!\\nTortoise Hiring Te
 am\\n\\nPowered by Workable
ORGANIZER;CN=Tortoise Media:mailto:notifications@workablemail.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Sifted: founder/editor on Google Meet, Google Calendar invite
EVENTS.append(dict(
    kind="gcal", iv=1, company="Sifted", role="",
    stage="", who="nadia.parekh@sifted.eu",
    trap="google-invite-startup-media-chat-about-role",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250116T170000Z
DTEND:20250116T173000Z
DTSTAMP:20250113T112209Z
ORGANIZER;CN=Nadia Parekh:mailto:nadia.parekh@sifted.eu
UID:7k2m4n6p8r0t1v3x5z7b9d1f3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia Parekh;X-NUM-GUESTS=0:mailto:nadia.parekh@sifted.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ewq-ttyh-pnb
CREATED:20250113T112150Z
DESCRIPTION:Re your application for the fintech editor job - 30 mins to tal
 k it through?\\n\\nJoin with Google Meet: https://meet.google.com/ewq-ttyh-pnb
 \\nJoin by phone\\n(GB) +44 20 3937 1184 PIN: 781 442 908#
LAST-MODIFIED:20250113T112209Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Oliver / Nadia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Octopus Energy: ModernLoop, first round
EVENTS.append(dict(
    kind="modernloop", iv=1, company="Octopus Energy", role="Head of Content",
    stage="hiring_manager", who="greg.fenwick@octoenergy.com",
    trap="modernloop-energy-company-hiring-manager",
    ics="""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-8a3f2e1d-4c5b-6a79-8b0c-1d2e3f4a5b6c@modernloop.io
DTSTAMP:20250402T151200Z
DTSTART:20250409T130000Z
DTEND:20250409T134500Z
SUMMARY:Octopus Energy Interview: Oliver Kemp <> Greg Fenwick (Head of Content)
DESCRIPTION:Interview Schedule for Oliver Kemp\\n\\n2:00pm - 2:45pm BST  Hirin
 g Manager Conversation with Greg Fenwick\\n\\nZoom: https://octopus.zoom.us/j/
 96611802273\\n\\nScheduled by ModernLoop on behalf of Octopus Energy Talent
LOCATION:https://octopus.zoom.us/j/96611802273
ORGANIZER;CN=Octopus Energy Talent:mailto:talent@octoenergy.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Greg Fenwick;PARTSTAT=ACCEPTED:mailto:greg.fenwick@octoenergy.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Octopus Energy: final, ModernLoop multi-block itinerary in one event
EVENTS.append(dict(
    kind="modernloop", iv=1, company="Octopus Energy", role="Head of Content",
    stage="final", who="rebecca.dibb@octoenergy.com;kieran.ashby@octoenergy.com",
    trap="modernloop-final-loop-itinerary",
    ics="""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + """BEGIN:VEVENT
UID:ml-0f9e8d7c-6b5a-4938-2716-05f4e3d2c1b0@modernloop.io
DTSTAMP:20250417T100433Z
DTSTART;TZID=Europe/London:20250424T100000
DTEND;TZID=Europe/London:20250424T120000
SUMMARY:Octopus Energy Final Round - Oliver Kemp
DESCRIPTION:Interview Schedule for Oliver Kemp\\n\\n10:00 - 11:00  Content Str
 ategy Case Study with Rebecca Dibb\\n11:00 - 12:00  Values & Leadership with
  Kieran Ashby\\n\\nLocation: UK House\\, 164-182 Oxford Street\\, London W1D 1N
 N - ask for the Talent team at reception.\\n\\nScheduled by ModernLoop on beha
 lf of Octopus Energy Talent
LOCATION:UK House\\, 164-182 Oxford Street\\, London W1D 1NN
ORGANIZER;CN=Octopus Energy Talent:mailto:talent@octoenergy.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Rebecca Dibb;PARTSTAT=ACCEPTED:mailto:rebecca.dibb@octoenergy.com
ATTENDEE;CN=Kieran Ashby;PARTSTAT=ACCEPTED:mailto:kieran.ashby@octoenergy.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Monzo: Greenhouse, cancelled
EVENTS.append(dict(
    kind="greenhouse-cancel", iv=1, company="Monzo", role="Head of Editorial",
    stage="hiring_manager", who="hannah.lovell@monzo.com",
    trap="greenhouse-method-cancel-role-paused",
    ics="""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:greenhouse-4412099003-interview-51230877@greenhouse.io
DTSTAMP:20250312T172011Z
DTSTART:20250314T150000Z
DTEND:20250314T154500Z
SUMMARY:Canceled: Oliver Kemp - Hiring Manager Interview (Head of Editorial)
DESCRIPTION:Hi Oliver\\, unfortunately we have had to cancel your interview wi
 th Hannah Lovell as the Head of Editorial role has been put on hold. Your re
 cruiter will be in touch. - Monzo Talent
ORGANIZER;CN=Monzo Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Hannah Lovell;PARTSTAT=DECLINED:mailto:hannah.lovell@monzo.com
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""))

# Deliveroo: GoodTime
EVENTS.append(dict(
    kind="goodtime", iv=1, company="Deliveroo", role="Head of Corporate Communications",
    stage="", who="tom.hartley@deliveroo.co.uk;ama.boateng@deliveroo.co.uk",
    trap="goodtime-corporate-comms-back-to-back",
    ics="""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-evt-93f1a2c7d8e4b5f6@goodtime.io
DTSTAMP:20250410T084512Z
DTSTART:20250416T123000Z
DTEND:20250416T140000Z
SUMMARY:Deliveroo | Head of Corporate Communications | Oliver Kemp
DESCRIPTION:Hi Oliver\\,\\n\\nYour interviews are confirmed:\\n1:30pm - 2:15pm B
 ST  Tom Hartley\\, Director of Communications\\n2:15pm - 3:00pm BST  Ama Boate
 ng\\, Head of Public Affairs\\n\\nGoogle Meet: https://meet.google.com/kdp-mnra
 -xyt\\n\\nScheduled with GoodTime
LOCATION:https://meet.google.com/kdp-mnra-xyt
ORGANIZER;CN=Deliveroo Talent:mailto:scheduling@goodtime.io
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Tom Hartley;PARTSTAT=ACCEPTED:mailto:tom.hartley@deliveroo.co.uk
ATTENDEE;CN=Ama Boateng;PARTSTAT=ACCEPTED:mailto:ama.boateng@deliveroo.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# The Pensions Brief: founder on free mail
EVENTS.append(dict(
    kind="gcal-gmail", iv=1, company="The Pensions Brief", role="Editor",
    stage="", who="jcarlyle.pensions@gmail.com",
    trap="founder-on-gmail-newsletter-editor-job",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250122T180000Z
DTEND:20250122T190000Z
DTSTAMP:20250119T210344Z
ORGANIZER;CN=James Carlyle:mailto:jcarlyle.pensions@gmail.com
UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=James Carlyle;X-NUM-GUESTS=0:mailto:jcarlyle.pensions@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
CREATED:20250119T210322Z
DESCRIPTION:Oliver - drinks on me. I'd like to talk properly about you takin
 g over as editor of the Brief when I step back in the summer - 11k paying s
 ubs\\, mostly trustees and consultants. Bring questions. J
LAST-MODIFIED:20250119T210344Z
LOCATION:The Jugged Hare\\, 49 Chiswell St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pensions Brief - editor chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Clifford Chance: Outlook, SENT-BY assistant, room, GMT Standard Time
EVENTS.append(dict(
    kind="outlook-law", iv=1, company="Clifford Chance", role="Head of Content, Global Communications",
    stage="", who="victoria.blake@cliffordchance.com;owen.tsang@cliffordchance.com",
    trap="law-firm-outlook-sent-by-pa-room-resource",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Blake, Victoria";SENT-BY="mailto:gemma.ward@cliffordchance.com":mailto:victoria.blake@cliffordchance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kem
 p.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tsang, Owen":mailto:owen.tsang@cliffordchance.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LON-10 Canada S
 q-Meeting Room 21.04 (6)":mailto:lon-mr-2104@cliffordchance.com
DESCRIPTION;LANGUAGE=en-GB:Dear Oliver\\,\\n\\nVictoria Blake (Global Head of
  Communications) and Owen Tsang (Head of Talent\\, Business Services) look for
 ward to meeting you to discuss the Head of Content role.\\n\\nPlease come to 10
  Upper Bank Street\\, Canary Wharf\\, E14 5JJ and report to main reception on
  the ground floor with photo ID.\\n\\nKind regards\\,\\nGemma Ward\\nPA to Victoria
  Blake\\n
UID:040000008200E00074C5B7101A82E0080000000011E2A3B4C592DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Oliver Kemp - Head of Content
DTSTART;TZID=GMT Standard Time:20250430T083000
DTEND;TZID=GMT Standard Time:20250430T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LON-10 Canada Sq-Meeting Room 21.04 (6)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))
