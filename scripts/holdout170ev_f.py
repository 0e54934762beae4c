"""holdout170 events, part f: US searches - Outlook, conferencing tools and hand-typed entries."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("sf-final", (
    "SF-INTV-NORDHAVEN-000193810", 1, "Nordhaven Consumer Health", "Marketing Director, Digestive Health",
    "final", "rebecca.sutton@nordhaven.com;paul.devries@nordhaven.com;anjali.mehta@nordhaven.com",
    "successfactors-final-onsite-new-jersey"), r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_NY@@
BEGIN:VEVENT
UID:SF-INTV-NORDHAVEN-000193810
DTSTAMP:20250404T120944Z
DTSTART;TZID=America/New_York:20250415T093000
DTEND;TZID=America/New_York:20250415T140000
SUMMARY:Final Interview: Marketing Director\, Digestive Health (Req 1034552)
DESCRIPTION:Dear Gabriela\,\n\nWe are pleased to invite you to the final i
 nterview day at our Parsippany campus (400 Interpace Pkwy\, Building C).\n
 \nInterview team:\n- Rebecca Sutton\, Senior Director Marketing\n- Paul de
  Vries\, VP & GM\, US Consumer Health\n- Anjali Mehta\, Director\, HR Busin
 ess Partner\n\nTravel has been booked by our coordinator; your itinerary w
 ill arrive separately.\n\nNordhaven Talent Acquisition
LOCATION:Nordhaven\, 400 Interpace Pkwy\, Bldg C\, Parsippany\, NJ
ORGANIZER;CN=Nordhaven Talent Acquisition:mailto:noreply@successfactors.com
ATTENDEE;CN=Rebecca Sutton;PARTSTAT=ACCEPTED:mailto:rebecca.sutton@nordhaven.com
ATTENDEE;CN=Paul de Vries;PARTSTAT=ACCEPTED:mailto:paul.devries@nordhaven.com
ATTENDEE;CN=Anjali Mehta;PARTSTAT=ACCEPTED:mailto:anjali.mehta@nordhaven.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("webex-panel", (
    "4f0c7d9e2a1b3c5d@atlasappliance.webex.com", 1, "Atlas Appliance",
    "Director, Brand & Consumer Marketing", "onsite",
    "gwinters@atlasappliance.com;rflores@atlasappliance.com;dchowdhury@atlasappliance.com",
    "webex-panel-long-boilerplate"), r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:4f0c7d9e2a1b3c5d@atlasappliance.webex.com
DTSTAMP:20250313T161200Z
DTSTART;TZID=America/Chicago:20250320T130000
DTEND;TZID=America/Chicago:20250320T143000
SUMMARY:Panel - Director\, Brand & Consumer Marketing - G. Torres-Whitman
DESCRIPTION:Panelists: Gwen Winters (CMO)\, Rafael Flores (VP Product Mark
 eting)\, Dipa Chowdhury (Director\, Insights). Candidate to present 30-60-
 90 plan (15 min).\n\n-- Do not delete or change any of the following text
 . --\n\nJoin Webex meeting\nhttps://atlasappliance.webex.com/atlasappliance
 /j.php?MTID=m8b1d2c7a0e9f\nMeeting number (access code): 2634 118 9902\nM
 eeting password: BrandPanel25\n\nJoin by phone\n+1-408-418-9388 United St
 ates Toll\n\nCan't join the meeting?\nhttps://help.webex.com/docs/meetings
LOCATION:Webex
ORGANIZER;CN=Tricia Vance:mailto:tvance@atlasappliance.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN=Gwen Winters;PARTSTAT=ACCEPTED:mailto:gwinters@atlasappliance.com
ATTENDEE;CN=Rafael Flores;PARTSTAT=ACCEPTED:mailto:rflores@atlasappliance.com
ATTENDEE;CN=Dipa Chowdhury;PARTSTAT=ACCEPTED:mailto:dchowdhury@atlasappliance.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("goto-screen", (
    "goto-meeting-512779301-20250306@gotomeeting.com", 1, "Redline Auto Care",
    "Director of Marketing", "recruiter_screen", "sharon.pike@redlineautocare.com",
    "gotomeeting-screen-dial-in"), r"""
BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-meeting-512779301-20250306@gotomeeting.com
DTSTAMP:20250303T151122Z
DTSTART:20250306T210000Z
DTEND:20250306T213000Z
SUMMARY:Redline Auto Care - Director of Marketing - initial conversation
DESCRIPTION:Sharon Pike (HR Manager) - initial conversation re: Director o
 f Marketing.\n\nPlease join my meeting from your computer\, tablet or sma
 rtphone.\nhttps://meet.goto.com/512779301\n\nYou can also dial in using y
 our phone.\nUnited States: +1 (571) 317-3112\n\nAccess Code: 512-779-301
LOCATION:https://meet.goto.com/512779301
ORGANIZER;CN=Sharon Pike:mailto:sharon.pike@redlineautocare.com
ATTENDEE;CN=gabytorres.mkt@icloud.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("typed-recruiter-call", (
    "C0E8A2B4-6D1F-4937-8E5A-2F7B9C1D3E40", 1, "Sunbeam Dairy", "", "recruiter_screen", "Kelsey",
    "user-typed-terse-recruiter-call"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250210T224011Z
DTSTAMP:20250210T224030Z
UID:C0E8A2B4-6D1F-4937-8E5A-2F7B9C1D3E40
DTSTART;TZID=America/Chicago:20250214T120000
DTEND;TZID=America/Chicago:20250214T123000
SUMMARY:call w/ recuiter - Sunbeam Dairy (Kelsey)
DESCRIPTION:she calls me. brand dir yogurt? Madison WI - hybrid 2d?? ask a
 bout relo
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
DESCRIPTION:Event reminder
END:VALARM
END:VEVENT
@@TZ_CHICAGO@@
END:VCALENDAR
""", eol="\n")

add("typed-allday-final", (
    "3D9F1B7C-0A2E-4C58-9B6D-E4F1A0C2B8D7", 1, "Crestline Brands", "", "final",
    "Jen Alvarez;Rob Kessler;Tamsin Lowe", "user-typed-all-day-final-round"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250408T015501Z
DTSTAMP:20250408T015533Z
UID:3D9F1B7C-0A2E-4C58-9B6D-E4F1A0C2B8D7
DTSTART;VALUE=DATE:20250417
DTEND;VALUE=DATE:20250418
SUMMARY:Final rd @ Crestline - 3 ppl + lunch
DESCRIPTION:Jen Alvarez (CMO)\, Rob Kessler (CFO)\, Tamsin Lowe (CHRO). 1
 0am arrive\, Fulton Market office 3rd fl. PTO day from Lakeshore - told
  Tom it's a dentist thing. bring printed brand audit
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("outlook-onsite-rooms", (
    "040000008200E00074C5B7101A82E0080000000080F1A2B3C4D5DB01000000000000000010000000C0FFEE11D2E3F4A5B6C7D8E9FA0B1C2D",
    1, "Wexford Brewing Co.", "Director of Brand Marketing", "onsite",
    "mcallahan@wexfordbrewing.com;sbutler@wexfordbrewing.com", "outlook-sent-by-assistant-room-resource"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN="Callahan, Michael";SENT-BY="mailto:dkoenig@wexfordbrewing.com":mailto:mcallahan@wexfordbrewing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Torres-W
 hitman, Gabriela":mailto:gabytorres.mkt@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Butler, Shannon":mailto:sbutler@wexfordbrewing.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koenig, Diane":mailto:dkoenig@wexfordbrewing.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CHI-Taproom Co
 nf Rm 2 (10) AV":mailto:confrm2.taproom@wexfordbrewing.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Visitor Parkin
 g Pass":mailto:parking.visitor@wexfordbrewing.com
DESCRIPTION;LANGUAGE=en-US:Gabriela\,\n\nMike and Shannon are looking forw
 ard to meeting you in person. Please park in the visitor lot on Elston an
 d check in at the taproom host stand – Diane will bring you up.\n\nAgenda
 : brewery tour (20 min)\, conversation with Mike Callahan (President) and
  Shannon Butler (VP Sales & Marketing).\n\nDiane Koenig\nExecutive Assista
 nt to the President\n
UID:040000008200E00074C5B7101A82E0080000000080F1A2B3C4D5DB01000000000000000010000000C0FFEE11D2E3F4A5B6C7D8E9FA0B1C2D
SUMMARY;LANGUAGE=en-US:Gabriela Torres-Whitman - onsite visit
DTSTART;TZID=Central Standard Time:20250402T100000
DTEND;TZID=Central Standard Time:20250402T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T170512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI-Taproom Conf Rm 2 (10) AV\; 2915 N Elston Ave\, Chicago
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")

add("outlook-cst-hm", (
    "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411",
    1, "Heartland Federal Bank", "Director, Brand & Marketing Communications", "hiring_manager",
    "bsorensen@heartlandfederal.com", "outlook-central-standard-time-bank"), r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_CST@@
BEGIN:VEVENT
ATTENDEE;CN="gabytorres.mkt@icloud.com";RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN="Sorensen, Brad";RSVP=TRUE:mailto:bsorensen@heartlandfederal.com
CLASS:PUBLIC
CREATED:20250402T181500Z
DESCRIPTION:Interview with Brad Sorensen\, EVP & Chief Marketing Officer\,
  for the Director\, Brand & Marketing Communications position.\n\nPlease
  arrive 10 minutes early and bring a government-issued ID for the security
  desk.\n\nHeartland Federal Bank | Talent Acquisition | Equal Opportunity
  Employer\n
DTEND;TZID="Central Standard Time":20250409T150000
DTSTAMP:20250402T181500Z
DTSTART;TZID="Central Standard Time":20250409T140000
LAST-MODIFIED:20250402T181500Z
LOCATION:Heartland Federal Bank\, 10 S LaSalle St\, 22nd Floor\, Chicago
ORGANIZER;CN="Pruitt, Donna":mailto:dpruitt@heartlandfederal.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Interview - Gabriela Torres-Whitman (Brad Sorensen)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")

add("gcal-hm", (
    "1n5q8t2w6z0c4f7j1m5p9s3vxa@google.com", 1, "Tidepool Labs", "Head of Brand Marketing",
    "hiring_manager", "ellie@tidepoollabs.com", "google-x-wr-timezone-hm"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/New_York
@@TZ_NY@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250403T130000
DTEND;TZID=America/New_York:20250403T134500
DTSTAMP:20250328T161733Z
ORGANIZER;CN=Ellie Nakamura:mailto:ellie@tidepoollabs.com
UID:1n5q8t2w6z0c4f7j1m5p9s3vxa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ellie
  Nakamura;X-NUM-GUESTS=0:mailto:ellie@tidepoollabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:Hi Gabriela — Ellie here (CMO). Excited to dig into your exper
 ience for the Head of Brand Marketing role. Our recruiter Sam will follow
  up on next steps after.\n\nJoin with Google Meet: https://meet.google.com
 /tdp-nsvk-qra\nJoin by phone: (US) +1 646-741-5530 PIN: 218 447 990#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ellie <> Gabriela (Tidepool)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
