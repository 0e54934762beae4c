"""holdout183 events, part A: Lloyd's List, Calloway Strand (via headhunter), Semafor, The Grocer."""

from holdout183ev_zones import GMT_STD, LONDON, NEW_YORK

EVENTS = []

# Lloyd's List (Informa) round 1: Workday invite, Teams
EVENTS.append(dict(
    kind="workday", iv=1, company="Lloyd's List", role="Editor, Lloyd's List",
    stage="recruiter_screen", who="kirsty.obi@informa.com",
    trap="workday-talent-partner-screen-trade-title",
    ics="""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-5c1e0a7b2f4d4e8f9a61b2c3d4e5f607@myworkday.com
DTSTAMP:20250108T153012Z
DTSTART:20250114T100000Z
DTEND:20250114T103000Z
SUMMARY:Interview: Editor\\, Lloyd's List (R0041872) - Oliver Kemp
LOCATION:Microsoft Teams
ORGANIZER;CN=Informa Talent Acquisition:mailto:informa@myworkday.com
ATTENDEE;CN=Oliver Kemp;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Kirsty Obi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kirsty.obi@informa.com
DESCRIPTION:Dear Oliver\\,\\n\\nThank you for your application for the role of
  Editor\\, Lloyd's List. We are pleased to invite you to an initial convers
 ation with Kirsty Obi\\, Senior Talent Partner\\, Informa Markets & Intelligen
 ce.\\n\\nFormat: Microsoft Teams video call (30 mins)\\nJoin: https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk4\\n\\nIf you need any adjustm
 ents please reply to this email.\\n\\nKind regards\\nInforma Talent Acquisitio
 n\\n\\nThis is an automated message from Workday.
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Lloyd's List round 2: Outlook from the publisher, GMT Standard Time
EVENTS.append(dict(
    kind="outlook", iv=1, company="Lloyd's List", role="",
    stage="hiring_manager", who="richard.hale@informa.com",
    trap="outlook-publisher-second-conversation-no-word-interview",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Hale, Richard":mailto:richard.hale@informa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kemp
 .writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Obi, Kirs
 ty":mailto:kirsty.obi@informa.com
DESCRIPTION;LANGUAGE=en-GB:Hi Oliver\\, \\n\\nAs discussed with Kirsty - a fir
 st proper conversation about the Lloyd's List editorship. I'd like to hear h
 ow you'd think about the subscriber base\\, the daily briefing and the podcas
 t. No presentation needed this time.\\n\\nRichard\\n\\n______________________
 __________________________________________________________\\nMicrosoft Teams
  meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to j
 oin the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2M
 mE1>\\nMeeting ID: 382 118 904 77\\nPasscode: q7Xb9L\\nOr call in (audio only)
 \\n+44 20 3855 4718\\,\\,620418337#   United Kingdom\\, London\\nPhone Conferen
 ce ID: 620 418 337#\\n_____________________________________________________
 ___________________________\\n
UID:040000008200E00074C5B7101A82E0080000000070E3B1C2D461DB01000000000000000010000000A4F0D2E35B1C9E4A8C3E5F6A7B8C9D0E
SUMMARY;LANGUAGE=en-GB:Oliver Kemp / Richard Hale - Lloyd's List
DTSTART;TZID=GMT Standard Time:20250123T140000
DTEND;TZID=GMT Standard Time:20250123T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T112740Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1409287734
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"Onlin
 eMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""))

# Lloyd's List final: Outlook, sent by EA on behalf of MD, room as resource
EVENTS.append(dict(
    kind="outlook-room", iv=1, company="Lloyd's List", role="Editor",
    stage="final", who="catherine.doyle@informa.com;richard.hale@informa.com",
    trap="outlook-sent-by-ea-final-panel-room-resource",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Doyle, Catherine";SENT-BY="mailto:hannah.price@informa.com":ma
 ilto:catherine.doyle@informa.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Kem
 p:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hale, Richar
 d":mailto:richard.hale@informa.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LON-240BR-7.14 T
 hames (10) VC":mailto:lon-240br-714@informa.com
DESCRIPTION;LANGUAGE=en-GB:Good afternoon Oliver\\,\\n\\nCatherine has asked m
 e to arrange the final stage for the Editor role. You will meet Catherine Do
 yle (Managing Director\\, Maritime Intelligence) and Richard Hale.\\n\\nPleas
 e prepare a 10-minute presentation: "Lloyd's List in 2028 - audience\\, prod
 uct\\, newsroom". Followed by questions.\\n\\nAddress: 240 Blackfriars Road\\,
  London SE1 8BF. Please sign in at reception on the ground floor and ask for m
 e.\\n\\nBest wishes\\nHannah Price\\nExecutive Assistant to Catherine Doyle\\n
UID:040000008200E00074C5B7101A82E00800000000F0C2A31B6E77DB01000000000000000010000000C9D81E2A7B3F5C4D9E0A1B2C3D4E5F60
SUMMARY;LANGUAGE=en-GB:Final stage - Editor - Oliver Kemp
DTSTART;TZID=GMT Standard Time:20250205T110000
DTEND;TZID=GMT Standard Time:20250205T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250129T160512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LON-240BR-7.14 Thames (10) VC
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Calloway Strand via headhunter: employer named only in the body
EVENTS.append(dict(
    kind="headhunter", iv=1, company="Calloway Strand", role="Director, Financial Communications",
    stage="recruiter_screen", who="lucy.ferris@ashdownpartners.co.uk",
    trap="headhunter-names-agency-client-only-in-body",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250120T123000Z
DTEND:20250120T131500Z
DTSTAMP:20250116T094455Z
ORGANIZER;CN=Lucy Ferris:mailto:lucy.ferris@ashdownpartners.co.uk
UID:6v2k9q1m3b8n0c4x7z5l2j8h1g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucy Ferris;X-NUM-GUESTS=0:mailto:lucy.ferris@ashdownpartners.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
CREATED:20250116T094450Z
DESCRIPTION:Oliver - great to connect. As promised\\, this is the Calloway St
 rand brief (Director\\, Financial Communications - reports to the CEO\\, Mart
 in Greaves). I'll take you through the firm\\, the client list and what Marti
 n is looking for\\, and get a sense of your motivations and package. I'll cal
 l your mobile.\\n\\nLucy Ferris\\nPartner\\, Ashdown Partners\\nCommunications
  & Public Affairs Search
LAST-MODIFIED:20250116T094455Z
LOCATION:Phone - Lucy to call 07700 900 418
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Oliver Kemp / Lucy Ferris (Ashdown)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Calloway Strand: breakfast with the CEO, typed by the user on his phone
EVENTS.append(dict(
    kind="phone-typed", iv=1, company="Calloway Strand", role="",
    stage="hiring_manager", who="Martin Greaves",
    trap="typed-breakfast-with-agency-ceo-after-headhunter",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
""" + LONDON + """BEGIN:VEVENT
CREATED:20250121T183302Z
DTEND;TZID=Europe/London:20250129T090000
DTSTAMP:20250121T183344Z
DTSTART;TZID=Europe/London:20250129T080000
LAST-MODIFIED:20250121T183344Z
LOCATION:The Delaunay\\, 55 Aldwych
SEQUENCE:0
SUMMARY:Bkfst Martin Greaves (Calloway) - the Ashdown thing
DESCRIPTION:he's the CEO. Lucy says he'll want to know why agency side & wh
 ether I can bring in clients (I can't really). Don't be rude about PR. Wear
  the blue jacket
TRANSP:OPAQUE
UID:9A3E2F10-5B7C-4D8E-9F01-2A3B4C5D6E7F
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:1B2C3D4E-5F60-7182-93A4-B5C6D7E8F901
END:VALARM
END:VEVENT
END:VCALENDAR
"""))

# Calloway Strand final: Outlook from agency, partners panel
EVENTS.append(dict(
    kind="outlook-agency", iv=1, company="Calloway Strand", role="Director, Financial Communications",
    stage="final", who="martin.greaves@callowaystrand.com;priya.nair@callowaystrand.com;tom.elkins@callowaystrand.com",
    trap="pr-agency-partners-final-meeting",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN=Calloway Strand Reception:mailto:reception@callowaystrand.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greaves,
  Martin":mailto:martin.greaves@callowaystrand.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nair, Priya":mailto:priya.nair@callowaystrand.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Elkins, Tom":mailto:tom.elkins@callowaystrand.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Boardroom 3rd Floor:mailto:boardroom3@callowaystrand.com
DESCRIPTION;LANGUAGE=en-GB:Oliver\\, \\n\\nPriya and Tom would like to meet yo
 u with Martin before we take things further. Please bring a short written n
 ote (1 page) on how you would handle a profit warning for a FTSE 250 client
  on a Friday afternoon - we will talk it through.\\n\\n16 Bedford Street\\, Co
 vent Garden WC2E 9HE\\n\\nCalloway Strand\\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E7ADB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-GB:Oliver Kemp - meeting with partners
DTSTART;TZID=GMT Standard Time:20250211T163000
DTEND;TZID=GMT Standard Time:20250211T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T101530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Boardroom 3rd Floor
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Semafor: Ashby recruiter screen, UTC
EVENTS.append(dict(
    kind="ashby", iv=1, company="Semafor", role="Senior Editor, Business (London)",
    stage="recruiter_screen", who="dana.whitlock@semafor.com",
    trap="ashby-us-media-recruiter-screen-utc",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:ashby-interview-3f9a1c7e-2b4d-4e8f-a1c3-5d7e9f0b2c4a
DTSTAMP:20250128T191204Z
DTSTART:20250203T160000Z
DTEND:20250203T163000Z
SUMMARY:Oliver Kemp <> Dana Whitlock | Recruiter Screen | Semafor
DESCRIPTION:Hi Oliver\\,\\n\\nYou're confirmed for a Recruiter Screen for the
  Senior Editor\\, Business (London) role at Semafor.\\n\\nInterviewer: Dana Wh
 itlock (Talent)\\n\\nJoin Zoom Meeting\\nhttps://semafor.zoom.us/j/8412290517
 3?pwd=Ukx0T2p3\\nMeeting ID: 841 2290 5173\\n\\nNeed to reschedule? Use this l
 ink: https://app.ashbyhq.com/interview-reschedule/3f9a1c7e\\n\\nPowered by Ash
 by
LOCATION:https://semafor.zoom.us/j/84122905173
ORGANIZER;CN=Semafor Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Oliver Kemp;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Dana Whitlock;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dana.whitlock@semafor.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Semafor: editors' panel, America/New_York
EVENTS.append(dict(
    kind="ashby-panel", iv=1, company="Semafor", role="Senior Editor, Business (London)",
    stage="onsite", who="ravi.mehta@semafor.com;jo.castellano@semafor.com",
    trap="us-media-panel-new-york-zone",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
""" + NEW_YORK + """BEGIN:VEVENT
UID:ashby-interview-7c2e9b14-66aa-4f1d-9e3b-0a8d5c2f7e61
DTSTAMP:20250207T143355Z
DTSTART;TZID=America/New_York:20250213T100000
DTEND;TZID=America/New_York:20250213T113000
SUMMARY:Semafor | Editorial Panel (Business + Edit Test Debrief) - Oliver Kemp
DESCRIPTION:Hi Oliver\\,\\n\\nHere are the details for your editorial panel. Y
 ou'll meet:\\n- Ravi Mehta\\, Business Editor (New York)\\n- Jo Castellano\\,
  Deputy Managing Editor\\n\\nThe first 20 minutes will walk through the edit t
 est you submitted. Times are shown in Eastern Time (3pm in London).\\n\\nJoin
  Zoom: https://semafor.zoom.us/j/89920114477\\n\\nPowered by Ashby
LOCATION:Zoom
ORGANIZER;CN=Semafor Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Ravi Mehta;PARTSTAT=ACCEPTED:mailto:ravi.mehta@semafor.com
ATTENDEE;CN=Jo Castellano;PARTSTAT=ACCEPTED:mailto:jo.castellano@semafor.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# The Grocer (William Reed): Teamtailor screen
EVENTS.append(dict(
    kind="teamtailor", iv=1, company="The Grocer", role="Deputy Editor",
    stage="recruiter_screen", who="sophie.lang@wrbm.com",
    trap="teamtailor-trade-mag-first-chat",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-118273645@teamtailor.com
DTSTAMP:20250122T081530Z
DTSTART:20250127T113000Z
DTEND:20250127T120000Z
SUMMARY:Deputy Editor - The Grocer: Oliver Kemp & Sophie Lang
DESCRIPTION:Hi Oliver\\,\\n\\nThanks for booking a time. This is an informal fi
 rst conversation with Sophie Lang (People Partner\\, William Reed) about the
  Deputy Editor role on The Grocer.\\n\\nGoogle Meet: https://meet.google.com/
 xtr-pqwe-kmn\\n\\nWilliam Reed Ltd\\, Broadfield Park\\, Crawley RH11 9RT
LOCATION:https://meet.google.com/xtr-pqwe-kmn
ORGANIZER;CN=William Reed:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Sophie Lang;PARTSTAT=ACCEPTED:mailto:sophie.lang@wrbm.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# The Grocer: editing test in the office, typed on desktop (Google export, X-WR-TIMEZONE)
EVENTS.append(dict(
    kind="gcal-export", iv=1, company="The Grocer", role="Deputy Editor",
    stage="technical", who="Adam Lowther",
    trap="typed-subbing-test-and-chat-in-crawley",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Oliver (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250204T093000Z
DTEND:20250204T123000Z
DTSTAMP:20250130T201811Z
UID:3q8t0ffm1kcr5b6r2oeud7h0ts@google.com
CREATED:20250130T201741Z
DESCRIPTION:subbing test 90 min (2 news pages + a headline exercise)\\, then
  30 min w Adam Lowther (ed). 09:12 from Victoria\\, change at Three Bridges. Bo
 ok day off w Sarah!!
LAST-MODIFIED:20250130T201811Z
LOCATION:William Reed\\, Broadfield Park\\, Crawley
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Grocer - subs test + Adam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))
