"""holdout230 events, part F: Texas high-school head-coach searches and the job-search look-alikes around them."""

from holdout230ev_tz import ev

EVENTS = [
    ev("district-ad-screen", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260217T163000
DTEND;TZID=America/Chicago:20260217T170000
DTSTAMP:20260213T150000Z
ORGANIZER;CN=Doug Whitfield:mailto:dwhitfield@cedarridgeisd.net
UID:0c3v6b9n2m5q8w1e4r7t0y3u6i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Doug Whitfield;X-NUM-GUESTS=0:mailto:dwhitfield@cedarridgeisd.net
DESCRIPTION:Coach - thanks for applying for Head Football Coach/Campus Ath
 letic Coordinator at Cedar Ridge HS. I'd like to do a 30 min phone screen
  before we set the panel. I'll call your cell.\n\nDoug Whitfield\nExecuti
 ve Director of Athletics\, Cedar Ridge ISD
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen – M. Dale (CRHS HFC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0c3v6b9n2m5q8w1e4r7t0y3u6i@google.com", 1, "Cedar Ridge ISD",
        "Head Football Coach/Campus Athletic Coordinator", "recruiter_screen", "dwhitfield@cedarridgeisd.net",
        "district-athletic-director-phone-screen"),

    ev("applitrack-panel", r"""
BEGIN:VCALENDAR
PRODID:-//Frontline Education//Applicant Tracking (AppliTrack)//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
UID:applitrack-cedarridgeisd-JobID4410-App88213-Int2
DTSTAMP:20260220T180000Z
DTSTART:20260226T200000Z
DTEND:20260226T210000Z
SUMMARY:Interview Scheduled: Head Football Coach / Campus Athletic Coordin
 ator - Cedar Ridge High School (JobID 4410)
DESCRIPTION:Cedar Ridge ISD\n\nAn interview has been scheduled for you.\n\n
 Position: Head Football Coach / Campus Athletic Coordinator - Cedar Ridge
  High School\nLocation: Central Administration Building\, Board Room\, 14
 00 Ridgeline Pkwy\nInterview panel: Dr. Angela Reyes (Principal\, Cedar R
 idge HS)\, Doug Whitfield (Executive Director of Athletics)\, Coach Lonnie
  Marsh (Campus Athletic Coordinator\, Ridgeview HS)\, Karen Bui (Human Re
 sources)\n\nPlease arrive 15 minutes early and bring a copy of your Texas
  teaching certificate.\n\nThis is an automated message from Frontline Rec
 ruiting & Hiring.
LOCATION:Cedar Ridge ISD Central Administration Building – Board Room
ORGANIZER;CN=Cedar Ridge ISD Human Resources:mailto:noreply@applitrack.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "applitrack-cedarridgeisd-JobID4410-App88213-Int2", 1, "Cedar Ridge ISD",
        "Head Football Coach / Campus Athletic Coordinator", "onsite",
        "Dr. Angela Reyes;Doug Whitfield;Coach Lonnie Marsh;Karen Bui",
        "frontline-applitrack-panel-publish-no-attendees"),

    ev("superintendent", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Holloway, Dr. Gerald";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gholloway@cedarridgeisd.net
ATTENDEE;CN="Whitfield, Doug";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:dwhitfield@cedarridgeisd.net
DESCRIPTION:Final interview with Superintendent Dr. Gerald Holloway. If ap
 proved\, the recommendation goes to the Board of Trustees at the March 9 m
 eeting.\n\nTina Garrett\nExecutive Assistant to the Superintendent
DTEND;TZID="Central Standard Time":20260303T103000
DTSTAMP:20260227T221500Z
DTSTART;TZID="Central Standard Time":20260303T093000
LOCATION:Superintendent's Office\, Central Administration
ORGANIZER;CN="Holloway, Dr. Gerald";SENT-BY="mailto:tgarrett@cedarridgeisd.net":mailto:gholloway@cedarridge
 isd.net
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Marcus Dale – Superintendent Interview
UID:040000008200E00074C5B7101A82E00800000000D5F1A3C7E3A8DC01000000000000000010000000C2C3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D5F1A3C7E3A8DC01000000000000000010000000C2C3", 1,
        "Cedar Ridge ISD", "", "final", "gholloway@cedarridgeisd.net;dwhitfield@cedarridgeisd.net",
        "superintendent-final-ea-sent-by"),

    ev("hr-panel", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN=marcus.dale.coach@gmail.com;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
ATTENDEE;CN="Pruett, Sandra";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:spruett@lspisd.org
ATTENDEE;CN="Dominguez, Art";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:adominguez@lspisd.org
ATTENDEE;CN="LSP Admin - Board Room";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:boardroom@lspisd.org
DESCRIPTION:HFC/CAC – Lone Star Prairie HS\n\nPanel: Sandra Pruett (Princi
 pal)\, Art Dominguez (District AD). 45 minutes. Parking in the visitor lo
 t off Loop 289.
DTEND;TZID="Central Standard Time":20260305T160000
DTSTAMP:20260302T145000Z
DTSTART;TZID="Central Standard Time":20260305T151500
LOCATION:LSP Admin - Board Room
ORGANIZER;CN="Human Resources - LSPISD":mailto:hr@lspisd.org
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview - Dale\, Marcus - HFC/CAC
UID:040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DC01000000000000000010000000C4C5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E1A2B3C4D5E6DC01000000000000000010000000C4C5", 1,
        "Lone Star Prairie ISD", "HFC/CAC", "onsite", "spruett@lspisd.org;adominguez@lspisd.org",
        "district-hr-outlook-last-first-summary"),

    ev("zoom-ed-athletics", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260224T000000Z
DTEND:20260224T004500Z
DTSTAMP:20260219T190000Z
ORGANIZER;CN=Coach Ellison:mailto:mellison@brazoscrossingisd.org
UID:7w0e3r6t9y2u5i8o1p4a7s0d3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Coach Ellison;X-NUM-GUESTS=0:mailto:mellison@brazoscrossingisd.org
DESCRIPTION:Brazos Crossing ISD - Head Football Coach / Athletic Coordinat
 or (6A) - Zoom interview with Mike Ellison\, Exec. Dir. of Athletics.\nht
 tps://brazoscrossingisd.zoom.us/j/83349920017
LOCATION:https://brazoscrossingisd.zoom.us/j/83349920017
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BCISD HFC - Zoom - Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7w0e3r6t9y2u5i8o1p4a7s0d3f@google.com", 1, "Brazos Crossing ISD",
        "Head Football Coach / Athletic Coordinator (6A)", "hiring_manager", "mellison@brazoscrossingisd.org",
        "isd-acronym-zoom-evening-utc"),

    ev("typed-isd", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
@@TZ chicago-apple@@
BEGIN:VEVENT
UID:0F9E8D7C-6B5A-4493-8271-605F4E3D2C1B
DTSTAMP:20260306T012200Z
DTSTART;TZID=America/Chicago:20260310T140000
DTEND;TZID=America/Chicago:20260310T150000
SUMMARY:Pecan Valley ISD HC int
LOCATION:PVISD admin bldg
DESCRIPTION:panel - principal + AD + 2 board? bring binder (off. + def. ph
 ilosophy\, offseason program\, feeder plan\, budget). 4.5 hr drive
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "0F9E8D7C-6B5A-4493-8271-605F4E3D2C1B", 1, "Pecan Valley ISD", "HC", "", "",
        "typed-isd-hc-int-abbrev", eol="\n"),

    ev("talented-panel", r"""
BEGIN:VCALENDAR
PRODID:-//PowerSchool//TalentEd Hire//EN
VERSION:2.0
METHOD:REQUEST
@@TZ denver@@
BEGIN:VEVENT
UID:talented-canyonrim-req2207-cand5530
DTSTAMP:20260302T163000Z
DTSTART;TZID=America/Denver:20260312T130000
DTEND;TZID=America/Denver:20260312T140000
SUMMARY:Panel Interview – Head Football Coach (Canyon Rim High School)
DESCRIPTION:Dear Marcus Dale\,\n\nYou have been selected for a panel inter
 view for Head Football Coach (Canyon Rim High School)\, Requisition 2207.\n
 \nDate/Time: March 12\, 1:00 PM Mountain Time (El Paso)\nLocation: Canyon
  Rim ISD Athletics Office\, 8800 Montwood Dr.\n\nPanel members: Principal
  Yolanda Ochoa\; Athletic Director Chris Lujan\; Assistant Superintendent F
 rank Avila\n\nCanyon Rim ISD Human Resources
ORGANIZER;CN=Canyon Rim ISD HR:mailto:hr-noreply@canyonrimisd.org
ATTENDEE;CN=Marcus Dale;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale.coach@gmail.com
LOCATION:Canyon Rim ISD Athletics Office
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "talented-canyonrim-req2207-cand5530", 1, "Canyon Rim ISD", "Head Football Coach", "onsite",
        "Yolanda Ochoa;Chris Lujan;Frank Avila", "talented-panel-el-paso-mountain-time"),

    ev("second-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260319T100000
DTEND;TZID=America/Chicago:20260319T113000
DTSTAMP:20260314T001500Z
ORGANIZER;CN=Dana Kirby:mailto:dkirby@sugarcreekisd.org
UID:6y9u2i5o8p1a4s7d0f3g6h9j2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Leon Pratt;X-NUM-GUESTS=0:mailto:lpratt@sugarcreekisd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Kirby;X-NUM-GUESTS=0:mailto:dkirby@sugarcreekisd.org
DESCRIPTION:Second interview – Head Football Coach\, Sugar Creek HS. You
  will meet with Superintendent Dr. Leon Pratt. A tour of the stadium and
  field house follows.\n\nDana Kirby\, Administrative Assistant – Athletic
 s
LOCATION:Sugar Creek ISD Administration\, 3rd floor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Second Interview – Marcus Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "6y9u2i5o8p1a4s7d0f3g6h9j2k@google.com", 1, "Sugar Creek ISD", "Head Football Coach", "final",
        "lpratt@sugarcreekisd.org", "second-interview-superintendent-assistant-organizer"),

    ev("fingerprinting", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260313T081500
DTEND;TZID=America/Chicago:20260313T084500
DTSTAMP:20260309T141000Z
UID:3k6l9z2x5c8v1b4n7m0q3w6e9r@google.com
CREATED:20260309T141000Z
DESCRIPTION:IdentoGO - TEA fingerprinting for Cedar Ridge ISD hire packet.
  FAST pass ORI # in email. bring DL. also drug screen after at Concentra
LOCATION:IdentoGO\, 50th St\, Lubbock
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fingerprints + drug screen (CRISD)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3k6l9z2x5c8v1b4n7m0q3w6e9r@google.com", 0, trap="pre-employment-fingerprints-drug-screen"),

    ev("reference-call", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260128T203000Z
DTEND:20260128T205000Z
DTSTAMP:20260126T170000Z
ORGANIZER;CN=Coach Vince Albright:mailto:valbright@northernprairie.edu
UID:1d4f7g0h3j6k9l2z5x8c1v4b7n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marcus.dale@wpsu.edu;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
DESCRIPTION:Coach Dale - Malik Thompson listed you as a reference for our
  defensive GA position. 15-20 min by phone: work ethic\, football IQ\, how
  he handled the walk-on to scholarship jump. Thanks! - Vince Albright\, NP
 U Director of Player Personnel
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference – Malik Thompson (GA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1d4f7g0h3j6k9l2z5x8c1v4b7n@google.com", 0, trap="reference-call-user-is-referee-for-former-player"),

    ev("agent-call", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
BEGIN:VEVENT
UID:4B3A2918-0706-4F5E-9D8C-7B6A59483726
DTSTAMP:20251129T190000Z
DTSTART:20251201T120000
DTEND:20251201T123000
SUMMARY:Call Brett (agent)
DESCRIPTION:DC openings - which ones he's hearing about\, who's calling. u
 pdate bio/one-pager. ask re: NFL QC route
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "4B3A2918-0706-4F5E-9D8C-7B6A59483726", 0, trap="agent-call-names-no-employer", eol="\n"),

    ev("headhunter-intro", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251118T150000Z
DTEND:20251118T153000Z
DTSTAMP:20251114T190000Z
ORGANIZER;CN=Kim Albers:mailto:kim@coachbridgepartners.com
UID:9b2n5m8q1w4e7r0t3y6u9i2o5p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=marcus.dale.coach@gmail.com;X-NUM-GUESTS=0:mailto:marcus.dale.coach@gma
 il.com
DESCRIPTION:CoachBridge Partners – intro call. We place coordinators and
  position coaches with FBS/FCS and high school programs. I'd like to learn
  your goals and timeline ahead of the December cycle so we can flag you
  for searches that fit.\n\nhttps://meet.google.com/cbp-intr-kim
LOCATION:https://meet.google.com/cbp-intr-kim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marcus Dale & Kim Albers (CoachBridge)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9b2n5m8q1w4e7r0t3y6u9i2o5p@google.com", 0, trap="headhunter-intro-no-client-named"),

    ev("job-fair", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260719
DTEND;VALUE=DATE:20260722
DTSTAMP:20260301T000000Z
UID:6n9m2q5w8e1r4t7y0u3i6o9p2a@google.com
DESCRIPTION:THSCA Coaching School + Convention\, San Antonio. Job board /
  AD meet & greet Mon 3-5. bring 20 resumes + one-pagers
LOCATION:Henry B. González Convention Center\, San Antonio
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:THSCA Coaching School (SA)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "6n9m2q5w8e1r4t7y0u3i6o9p2a@google.com", 0, trap="coaches-convention-job-board-all-day"),
]
