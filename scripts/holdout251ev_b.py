# ruff: noqa: E501
"""holdout251 events, part B: the user's own interviews (animation, commercials, agencies, streamers, schedulers)."""
from holdout251ev_zones import (
                                APPLE,
                                GCAL,
                                OUTLOOK,
                                THUNDERBIRD,
                                TZ_EASTERN_WIN,
                                TZ_HALIFAX,
                                TZ_TORONTO,
                                esc,
                                ev,
                                gfooter,
                                teams,
                                zoom,
)

ME_W = "marcolivier.chen@northlightpictures.ca"
ME_P = "mo.chen.prod@gmail.com"

EVENTS = []

# B1 Lever, animation scheduling exercise (technical)
d = ("Hi Marc-Olivier,\n\nThanks for moving forward with Inkwell North Animation! Your next step for the "
     "Production Manager (Series) role is a 60-minute scheduling exercise with Nadia Chowdhury, Senior "
     "Production Manager. You'll share your screen and build a rough episode schedule from a sample "
     "bible and asset list (ShotGrid experience is a plus, not required).\n\nVideo link: "
     "https://meet.google.com/utn-ajrq-ewc\n\nScheduled via Lever")
EVENTS.append(ev("lever-animation-scheduling-exercise", "lever-9f0d1e42-77ab-4c10-b3d3-6a2f10e88c19",
f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-9f0d1e42-77ab-4c10-b3d3-6a2f10e88c19
DTSTAMP:20260406T161200Z
DTSTART:20260410T150000Z
DTEND:20260410T160000Z
SUMMARY:Marc-Olivier Chen - Scheduling Exercise - Production Manager (Series)
ORGANIZER;CN=Inkwell North Animation:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Nadia Chowdhury;PARTSTAT=ACCEPTED:mailto:nadia.chowdhury@inkwellnorth.com
LOCATION:https://meet.google.com/utn-ajrq-ewc
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Inkwell North Animation", "Production Manager (Series)", "technical",
"nadia.chowdhury@inkwellnorth.com", "lever-scheduling-exercise-animation"))

# B2 Lever onsite loop at the animation studio
d = ("Your on-site interview with Inkwell North Animation\n\n"
     "1:00 PM  Studio tour with Nadia Chowdhury\n"
     "1:30 PM  Rafael Duarte, Head of Production\n"
     "2:15 PM  Yuki Tanabe, Supervising Director\n"
     "3:00 PM  Wrap-up with People & Culture (Bree Sandoval)\n\n"
     "Address: 12 Bathurst Wharf, 3rd floor (buzz 'Inkwell'). Scheduled via Lever")
EVENTS.append(ev("lever-onsite-loop", "lever-0c3a9b55-2e1f-4d77-8a90-f1b2c3d4e5a6",
f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:lever-0c3a9b55-2e1f-4d77-8a90-f1b2c3d4e5a6
DTSTAMP:20260415T133000Z
DTSTART;TZID=America/Toronto:20260421T130000
DTEND;TZID=America/Toronto:20260421T153000
SUMMARY:On-site: Production Manager (Series) - Inkwell North Animation
ORGANIZER;CN=Inkwell North Animation:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Rafael Duarte;PARTSTAT=ACCEPTED:mailto:rafael.duarte@inkwellnorth.com
ATTENDEE;CN=Yuki Tanabe;PARTSTAT=ACCEPTED:mailto:yuki.tanabe@inkwellnorth.com
ATTENDEE;CN=Nadia Chowdhury;PARTSTAT=ACCEPTED:mailto:nadia.chowdhury@inkwellnorth.com
LOCATION:Inkwell North Animation\\, 12 Bathurst Wharf\\, Toronto
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Inkwell North Animation", "Production Manager (Series)", "onsite",
"rafael.duarte@inkwellnorth.com;yuki.tanabe@inkwellnorth.com;nadia.chowdhury@inkwellnorth.com",
"lever-onsite-loop-with-tour"))

# B3 commercial house trial days, recurring with RECURRENCE-ID override, Thunderbird
EVENTS.append(ev("thunderbird-trial-days-recurring", "3b7e5c1a-90d4-4e2f-8a61-c4f0d9b2e718",
f"""BEGIN:VCALENDAR
{THUNDERBIRD}
VERSION:2.0
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260427T020311Z
LAST-MODIFIED:20260427T020355Z
DTSTAMP:20260427T020355Z
UID:3b7e5c1a-90d4-4e2f-8a61-c4f0d9b2e718
SUMMARY:TRIAL - Tallgrass Commercials - PM on Birchline spot (paid trial\\, 2 days)
RRULE:FREQ=DAILY;COUNT=2
DTSTART;TZID=America/Toronto:20260504T070000
DTEND;TZID=America/Toronto:20260504T190000
LOCATION:Tallgrass\\, 88 Sudbury St
DESCRIPTION:Mel Gagnon (EP) decides after day 2 if I get the staff PM job. Shadow current PM on prepro\\; day 2 = shoot day.
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
CREATED:20260427T020311Z
LAST-MODIFIED:20260427T020355Z
DTSTAMP:20260427T020355Z
UID:3b7e5c1a-90d4-4e2f-8a61-c4f0d9b2e718
RECURRENCE-ID;TZID=America/Toronto:20260505T070000
SUMMARY:TRIAL day 2 - shoot day - call 5:30 @ Cherry Beach
DTSTART;TZID=America/Toronto:20260505T053000
DTEND;TZID=America/Toronto:20260505T180000
LOCATION:Cherry Beach parking lot
DESCRIPTION:Mel Gagnon on set. Crew call 5:30\\, wrap ~17:00.
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", 1, "Tallgrass Commercials", "PM", "onsite", "Mel Gagnon", "paid-trial-days-recurring-override"))

# B4 crew agency screen naming client employer
d = ("Hi Marc-Olivier,\n\nGreat to connect. As mentioned, our client Blue Heron Pictures is looking for a "
     "Production Manager for 'Lantern Season' (8 x 60, shooting in Hamilton this summer). Before I present you, "
     "I'd like 20 minutes to go over your credits, rate and availability.\n\nTom Brisebois\nSenior Talent "
     "Partner, Crewhouse Talent\n416-555-0163" + gfooter())
EVENTS.append(ev("google-crew-agency-screen", "5c2k8q1v7m0s4d9t3h6n2b1lpf@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260316T141500Z
DTEND:20260316T143500Z
DTSTAMP:20260313T202002Z
ORGANIZER;CN=Tom Brisebois:mailto:tom.brisebois@crewhousetalent.ca
UID:5c2k8q1v7m0s4d9t3h6n2b1lpf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Brisebois;X-NUM-GUESTS=0:mailto:tom.brisebois@crewhousetalent.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Phone - Tom to call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Crewhouse / Marc-Olivier - PM opportunity (Lantern Season)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Blue Heron Pictures", "Production Manager", "recruiter_screen", "tom.brisebois@crewhousetalent.ca",
"crew-agency-screen-client-named-in-body"))

# B5 agency-organised client interview with producers
d = ("Marc-Olivier - confirmed with Blue Heron. You'll meet producers Noor Aziz and Claude Pelletier at their "
     "office. I won't be on the call but ping me after.\n- Tom" + gfooter())
EVENTS.append(ev("google-agency-client-interview", "9t4m1q6v0h3k8s2d7c5n0b4lrg@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260326T113000
DTEND;TZID=America/Toronto:20260326T123000
DTSTAMP:20260320T170909Z
ORGANIZER;CN=Tom Brisebois:mailto:tom.brisebois@crewhousetalent.ca
UID:9t4m1q6v0h3k8s2d7c5n0b4lrg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=noor@blueheronpictures.ca;X-NUM-GUESTS=0:mailto:noor@blueheronpictures.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claude Pelletier;X-NUM-GUESTS=0:mailto:claude@blueheronpictures.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Blue Heron Pictures\\, 150 James St N\\, Hamilton\\, ON
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Blue Heron Pictures x Marc-Olivier Chen (PM - Lantern Season)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Blue Heron Pictures", "PM", "hiring_manager", "noor@blueheronpictures.ca;claude@blueheronpictures.ca",
"agency-organiser-absent-client-producers"))

# B6 executive search firm, client interview, Outlook with SENT-BY
d = ("Marc-Olivier,\n\nOur client Brightwork Content would like to meet you for the Production Manager, Branded "
     "role. You will meet Farah Qureshi (Head of Content Production). I have shared your CV and rate card.\n\n"
     "Best,\nLeon Marchetti | Principal, Reelhire Search\n\n" + teams("218 770 341 962", "Bw4nTe", "663 902 118"))
EVENTS.append(ev("outlook-search-firm-client-interview", "040000008200E00074C5B7101A82E00800000000C4A2F1079BB3DC01000000000000000010000000D3E8",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Marchetti, Leon";SENT-BY="mailto:assistant@reelhiresearch.com":mailto:leon@reelhiresearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Qureshi, Farah":mailto:fqureshi@brightworkcontent.com
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000C4A2F1079BB3DC01000000000000000010000000D3E8
SUMMARY;LANGUAGE=en-US:Reelhire | Client interview - Brightwork Content - PM\\, Branded
DTSTART;TZID=Eastern Standard Time:20260408T100000
DTEND;TZID=Eastern Standard Time:20260408T104500
DTSTAMP:20260402T152200Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", 1, "Brightwork Content", "Production Manager, Branded", "hiring_manager", "fqureshi@brightworkcontent.com",
"search-firm-sent-by-client-named"))

# B7 founder writing from gmail, casual coffee that is a job talk
d = ("hey! so glad you're around. want to talk about you PMing Saltbox this fall - 6 eps, Newfoundland "
     "shoot, tax credit already in. coffee's on me. - Dana" + gfooter())
EVENTS.append(ev("google-founder-gmail-coffee", "7p1d4m9q2v6s0k3h8t5n1c7lbw@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260319T133000Z
DTEND:20260319T143000Z
DTSTAMP:20260316T030456Z
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield.films@gmail.com
UID:7p1d4m9q2v6s0k3h8t5n1c7lbw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield.films@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Pilot Coffee\\, 983 Queen St E
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee - PM on Saltbox? (Whitfield & Ko)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Whitfield & Ko Productions", "PM", "hiring_manager", "dana.whitfield.films@gmail.com",
"founder-gmail-coffee-is-job-talk"))

# B8 Lever recruiter screen for a streamer
d = ("Hi Marc-Olivier,\n\nThis is your intro call with Currentwave for the Production Manager, Canadian "
     "Originals role. Sam Ortega from our Talent team will call you on 416-555-0192.\n\nScheduled via Lever")
EVENTS.append(ev("lever-streamer-recruiter-call", "lever-4a8e1f23-6b0c-4d92-9e51-7c3a2b1d0e9f",
f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-4a8e1f23-6b0c-4d92-9e51-7c3a2b1d0e9f
DTSTAMP:20260302T190000Z
DTSTART:20260305T200000Z
DTEND:20260305T203000Z
SUMMARY:Intro call: Currentwave <> Marc-Olivier Chen
ORGANIZER;CN=Currentwave Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Sam Ortega;PARTSTAT=ACCEPTED:mailto:sortega@currentwave.tv
LOCATION:Phone
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Currentwave", "Production Manager, Canadian Originals", "recruiter_screen", "sortega@currentwave.tv",
"lever-intro-call-no-interview-word"))

# B9 streamer hiring manager, Zoom, Outlook organiser
d = ("Hiring manager interview - Production Manager, Canadian Originals\nInterviewer: Hannah Brandt, "
     "Director, Physical Production Canada\n\n" + zoom("826 5503 1147", "Q3VycmVudHdhdmU"))
EVENTS.append(ev("zoom-streamer-hiring-manager", "lever-b1d2e3f4-0a9b-4c8d-7e6f-5a4b3c2d1e0f",
f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-b1d2e3f4-0a9b-4c8d-7e6f-5a4b3c2d1e0f
DTSTAMP:20260311T221500Z
DTSTART:20260317T183000Z
DTEND:20260317T191500Z
SUMMARY:Currentwave - Hiring Manager Interview - Marc-Olivier Chen
ORGANIZER;CN=Currentwave Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Hannah Brandt;PARTSTAT=ACCEPTED:mailto:hbrandt@currentwave.tv
LOCATION:https://us06web.zoom.us/j/82655031147
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Currentwave", "Production Manager, Canadian Originals", "hiring_manager", "hbrandt@currentwave.tv",
"lever-zoom-hiring-manager"))

# B10 streamer virtual onsite loop with several interviewers and a coordinator
d = ("Virtual onsite (3 x 40 min, same link)\n\n"
     "1) Production finance case - Ivo Stanek\n"
     "2) Labour relations & union agreements (DGC/IATSE 873/ACTRA) - Renée Dufour\n"
     "3) Cross-functional: post & delivery - Kwame Asante\n\n"
     "Coordinator: Lila Park (lpark@currentwave.tv) - reach out with any questions.\n\n"
     + zoom("817 9920 6634", "T25zaXRlMjAyNg"))
EVENTS.append(ev("zoom-virtual-onsite-loop", "lever-c9a81f00-13ab-44e2-9d0b-b8e6f0a2c771",
f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:lever-c9a81f00-13ab-44e2-9d0b-b8e6f0a2c771
DTSTAMP:20260323T140000Z
DTSTART;TZID=America/Toronto:20260330T123000
DTEND;TZID=America/Toronto:20260330T144500
SUMMARY:Virtual Onsite - Production Manager\\, Canadian Originals
ORGANIZER;CN=Lila Park:mailto:lpark@currentwave.tv
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Ivo Stanek;PARTSTAT=ACCEPTED:mailto:istanek@currentwave.tv
ATTENDEE;CN=Renée Dufour;PARTSTAT=ACCEPTED:mailto:rdufour@currentwave.tv
ATTENDEE;CN=Kwame Asante;PARTSTAT=ACCEPTED:mailto:kasante@currentwave.tv
LOCATION:https://us06web.zoom.us/j/81799206634
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Currentwave", "Production Manager, Canadian Originals", "onsite",
"istanek@currentwave.tv;rdufour@currentwave.tv;kasante@currentwave.tv", "virtual-onsite-coordinator-not-interviewer"))

# B11 Calendly invitee confirmation with a documentary EP
d = ("Event Name: 30 Minute Chat with Ruth\n\nPlease share anything that will help prepare for our meeting.: "
     "Applying for the Production Manager (doc series) posting - resume attached in my email.\n\n"
     "Location: This is a Google Meet web conference. https://meet.google.com/hro-ksvb-pnm\n\n"
     "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/8d1e0a4f-52c1\n"
     "Reschedule: https://calendly.com/reschedulings/8d1e0a4f-52c1\n\nPowered by Calendly.com")
EVENTS.append(ev("calendly-invitee-doc-ep", "8d1e0a4f-52c1-4bb7-9a0e-3f6d21c5e7b2@calendly.com",
f"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8d1e0a4f-52c1-4bb7-9a0e-3f6d21c5e7b2@calendly.com
DTSTAMP:20260405T171203Z
DTSTART:20260409T160000Z
DTEND:20260409T163000Z
SUMMARY:Marc-Olivier Chen and Ruth Adeyemi
ORGANIZER;CN=Ruth Adeyemi:mailto:ruth@foglinedocs.com
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=ACCEPTED:mailto:{ME_P}
ATTENDEE;CN=Ruth Adeyemi;PARTSTAT=ACCEPTED:mailto:ruth@foglinedocs.com
LOCATION:https://meet.google.com/hro-ksvb-pnm
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Fogline Documentary", "Production Manager (doc series)", "hiring_manager", "ruth@foglinedocs.com",
"calendly-names-only-summary-company-from-domain"))

# B12 Microsoft Bookings, Halifax studio screen
d = ("Booking confirmed\n\nService: Screening call - Production Manager (Halifax)\nStaff: Colleen MacIsaac\n"
     "Customer: Marc-Olivier Chen\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SH4471\n\n"
     "Signal Hill Studios\n1 Harbour Rise, Halifax NS\n902-555-0114")
EVENTS.append(ev("ms-bookings-halifax-screen", "AAMkADk5Y2FmNzEwLWJkZjQtNDQ0Ny1hMDg1LTFiZGJmMTI2ZTg0NgBGAAAAAAC7",
f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{TZ_HALIFAX}BEGIN:VEVENT
UID:AAMkADk5Y2FmNzEwLWJkZjQtNDQ0Ny1hMDg1LTFiZGJmMTI2ZTg0NgBGAAAAAAC7
DTSTAMP:20260413T120100Z
DTSTART;TZID=America/Halifax:20260416T140000
DTEND;TZID=America/Halifax:20260416T143000
SUMMARY:Screening call - Production Manager (Halifax)
ORGANIZER;CN=Signal Hill Studios Bookings:mailto:SignalHillCareers@signalhillstudios.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Colleen MacIsaac:mailto:cmacisaac@signalhillstudios.ca
LOCATION:Microsoft Teams Meeting
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", 1, "Signal Hill Studios", "Production Manager (Halifax)", "recruiter_screen", "cmacisaac@signalhillstudios.ca",
"ms-bookings-halifax-zone-screen"))

# B13 feature film company, hiring manager, Outlook without VTIMEZONE
d = ("Hi Marc-Olivier - Anneke here, producer on 'Small Hours'. Thanks for getting back so fast on the avail "
     "check. Let's do a proper interview Thursday. 45 min, my office.")
EVENTS.append(ev("outlook-feature-producer-interview", "040000008200E00074C5B7101A82E00800000000E8B1A45D33C1DC01000000000000000010000000B12E",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="de Vries, Anneke":mailto:anneke@kestrelfilms.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=en-CA:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000E8B1A45D33C1DC01000000000000000010000000B12E
SUMMARY;LANGUAGE=en-CA:Interview - PM - Small Hours (feature)
DTSTART;TZID=Eastern Standard Time:20260423T110000
DTEND;TZID=Eastern Standard Time:20260423T114500
DTSTAMP:20260420T191500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Kestrel Films\\, 401 Richmond St W\\, Studio 214
END:VEVENT
END:VCALENDAR
""", 1, "Kestrel Films", "PM", "hiring_manager", "anneke@kestrelfilms.ca", "avail-check-mention-then-interview"))

# B14 feature film final with director and EP
d = ("Final round for PM on Small Hours. You'll meet our director Sione Fifita and EP Marguerite Holm. "
     "Anneke will sit in.\n\n" + zoom("854 3310 9972", "U21hbGxIb3Vycw"))
EVENTS.append(ev("zoom-feature-final", "kestrel-sh-final-20260430@kestrelfilms.ca",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="de Vries, Anneke":mailto:anneke@kestrelfilms.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Fifita, Sione":mailto:sione@kestrelfilms.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Holm, Marguerite":mailto:mholm@kestrelfilms.ca
DESCRIPTION;LANGUAGE=en-CA:{esc(d)}
UID:kestrel-sh-final-20260430@kestrelfilms.ca
SUMMARY;LANGUAGE=en-CA:Small Hours - final round (PM)
DTSTART;TZID=Eastern Standard Time:20260430T160000
DTEND;TZID=Eastern Standard Time:20260430T164500
DTSTAMP:20260424T130301Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Zoom
END:VEVENT
END:VCALENDAR
""", 1, "Kestrel Films", "PM", "final",
"sione@kestrelfilms.ca;mholm@kestrelfilms.ca;anneke@kestrelfilms.ca", "final-round-director-and-ep"))

# B15 take-home budget review (technical), hand-typed on macOS with alarm
EVENTS.append(ev("macos-budget-test-review", "A93F2C71-0D5B-4E8A-B1C6-7F24D09E3A55",
f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260408T023015Z
UID:A93F2C71-0D5B-4E8A-B1C6-7F24D09E3A55
DTEND;TZID=America/Toronto:20260413T113000
TRANSP:OPAQUE
SUMMARY:Ashgrove Post - budget test review w/ Pooja + Graham
DTSTART;TZID=America/Toronto:20260413T103000
DTSTAMP:20260408T023109Z
LOCATION:Ashgrove Post\\, 21 Atlantic Ave
SEQUENCE:0
DESCRIPTION:They'll grill me on the take-home (Post Supervisor role): ACES pipeline\\, dailies costs\\, overtime assumptions. Bring printed topsheet.
BEGIN:VALARM
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Reminder
UID:2E0C1A8B-4F77-4D1E-8B3C-9A6D5F0E1C22
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Ashgrove Post", "Post Supervisor", "technical", "Pooja;Graham", "take-home-budget-review-first-names"))

# B16 public broadcaster assessment centre (all-day, group exercises)
d = ("Assessment Centre - Emerging Production Leaders Program (cohort 2026)\n\nAgenda:\n09:00 Welcome\n"
     "09:30 Group exercise: production crisis simulation (observed by assessors)\n11:00 In-tray / scheduling exercise\n"
     "13:30 Competency interview with two assessors\n15:30 Close\n\nAssessors: Bronwyn Kealoha, Mathieu Roy\n\n"
     "Laurentian Public Media, 10 Orde Walk, Toronto. Please arrive 15 minutes early. Lunch provided.")
EVENTS.append(ev("workday-assessment-centre", "WD-EVT-55e01a9b3c7d4f12a0b8@laurentianmedia.myworkday.com",
f"""BEGIN:VCALENDAR
PRODID:-//Workday\\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:WD-EVT-55e01a9b3c7d4f12a0b8@laurentianmedia.myworkday.com
DTSTAMP:20260402T160000Z
DTSTART;TZID=America/Toronto:20260415T090000
DTEND;TZID=America/Toronto:20260415T160000
SUMMARY:Assessment Centre - Emerging Production Leaders Program
ORGANIZER;CN=Laurentian Public Media Careers:mailto:laurentianmedia@myworkday.com
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Bronwyn Kealoha;PARTSTAT=ACCEPTED:mailto:bronwyn.kealoha@laurentianmedia.ca
ATTENDEE;CN=Mathieu Roy;PARTSTAT=ACCEPTED:mailto:mathieu.roy@laurentianmedia.ca
LOCATION:Laurentian Public Media\\, 10 Orde Walk\\, Toronto
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Laurentian Public Media", "Emerging Production Leaders Program", "onsite",
"bronwyn.kealoha@laurentianmedia.ca;mathieu.roy@laurentianmedia.ca", "assessment-centre-group-exercise"))

# B17 public broadcaster final panel, bilingual
d = ("Final panel / Panel final - Emerging Production Leaders Program\nPanel: Sylvie Gagné (Executive Director, "
     "Production), Bronwyn Kealoha (HR Business Partner)\nThe interview may be conducted partly in French. / "
     "L'entrevue pourrait se dérouler en partie en français.\n\n" + teams("301 662 904 115", "Lp2wXr", "114 775 203"))
EVENTS.append(ev("teams-bilingual-final-panel", "040000008200E00074C5B7101A82E008000000002F4B9C08E7C2DC01000000000000000010000000C5F0",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Kealoha, Bronwyn":mailto:bronwyn.kealoha@laurentianmedia.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gagné, Sylvie":mailto:sylvie.gagne@laurentianmedia.ca
DESCRIPTION;LANGUAGE=en-CA:{esc(d)}
UID:040000008200E00074C5B7101A82E008000000002F4B9C08E7C2DC01000000000000000010000000C5F0
SUMMARY;LANGUAGE=en-CA:Final panel / Panel final - EPLP 2026
DTSTART;TZID=Eastern Standard Time:20260429T100000
DTEND;TZID=Eastern Standard Time:20260429T110000
DTSTAMP:20260422T142001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", 1, "Laurentian Public Media", "Emerging Production Leaders Program", "final",
"sylvie.gagne@laurentianmedia.ca;bronwyn.kealoha@laurentianmedia.ca", "bilingual-final-panel-acronym-summary"))

# B18 sports network screen via Dayforce
d = ("Hello Marc-Olivier,\n\nYou have been invited to a virtual interview for Production Manager, Live Events "
     "(Job ID 30917) at Eastcoast Sports Network.\nInterviewer: Darnell Pryce, Talent Acquisition Specialist "
     "(dpryce@esn-sports.ca)\nFormat: 30 min video call - link to follow.\n\nThis message was sent by Dayforce on "
     "behalf of Eastcoast Sports Network.")
EVENTS.append(ev("dayforce-virtual-screen", "DF-IV-30917-88412@esn-sports.dayforcehcm.com",
f"""BEGIN:VCALENDAR
PRODID:-//Ceridian//Dayforce Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:DF-IV-30917-88412@esn-sports.dayforcehcm.com
DTSTAMP:20260227T153000Z
DTSTART:20260303T153000Z
DTEND:20260303T160000Z
SUMMARY:Virtual Interview - Production Manager\\, Live Events (30917)
ORGANIZER;CN=ESN Careers:mailto:noreply@dayforcehcm.com
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Virtual
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Eastcoast Sports Network", "Production Manager, Live Events", "recruiter_screen", "dpryce@esn-sports.ca",
"dayforce-canadian-ats-screen"))

# B19 terse hand-typed iPhone entry, floating time, no attendees
EVENTS.append(ev("ios-terse-typed-intvw", "F0B8D2E4-1C3A-4A5B-8D7E-6C9F2E1A0B34",
f"""BEGIN:VCALENDAR
VERSION:2.0
{APPLE}
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260309T231200Z
UID:F0B8D2E4-1C3A-4A5B-8D7E-6C9F2E1A0B34
DTEND:20260311T103000
SUMMARY:intvw Quarry Ln - PM - w/ LP Marnie
DTSTART:20260311T093000
DTSTAMP:20260309T231244Z
LOCATION:Quarry Lane office Liberty Vlg
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Quarry Lane Productions", "PM", "hiring_manager", "Marnie", "terse-typed-abbreviation-intvw"))
