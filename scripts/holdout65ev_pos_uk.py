"""holdout65: the user's own interviews, London employers (part A)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, pos

LARDER_SCREEN = r"""BEGIN:VEVENT
UID:harri-interview-55d1c8e2-0f7a-4b39-9e64-a3b2c1d0e9f8@harri.com
DTSTAMP:20261123T154200Z
DTSTART;TZID=Europe/London:20261130T140000
DTEND;TZID=Europe/London:20261130T142000
SUMMARY:Phone Interview - Head Chef - The Marylebone Larder
DESCRIPTION:Hi Mathieu\,\n\nYour phone interview for Head Chef at The Marylebone Larder has been scheduled.
 \n\nInterviewer: Priya Shah\, Talent Partner\nType: Phone call – Priya will call you on +33 6 71 24 58 90
 \nDuration: 20 minutes\n\nPlease note the time is shown in UK time (GMT).\n\nGood luck!\nThe Marylebone Larder
 Team\n\nSent via Harri
LOCATION:Phone call
ORGANIZER;CN=The Marylebone Larder:mailto:notifications@harri.com
ATTENDEE;CN=Priya Shah;ROLE=REQ-PARTICIPANT:mailto:priya.shah@marylebonelarder.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

LARDER_TRIAL = r"""BEGIN:VEVENT
DTSTART:20261210T100000Z
DTEND:20261210T160000Z
DTSTAMP:20261202T181530Z
ORGANIZER;CN=Tom Hargreaves:mailto:tom@marylebonelarder.co.uk
UID:9b3n7m1q5w0e4r8t2y6u0i4o8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Hargreaves;X-NUM-GUESTS=0
 :mailto:tom@marylebonelarder.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Shah;X-NUM-GUESTS=0
 :mailto:priya.shah@marylebonelarder.co.uk
DESCRIPTION:Hi Mathieu\,\n\nLooking forward to having you in the kitchen. Trial shift 10am–4pm\, through
 lunch service on the pass with me\, then a sit-down with our MD Sophie Aldridge at 3.\n\nWhites and knives
 – bring your own\, aprons provided. Staff entrance on Moxon Street.\n\nPriya has booked your train/Eurostar
 reimbursement\, any questions to her.\n\nCheers\,\nTom\nHead of Food\, The Marylebone Larder
LOCATION:The Marylebone Larder\, 24 Moxon St\, London W1U 4EU\, UK
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial shift: Mathieu Lambert (Head Chef)
TRANSP:OPAQUE
END:VEVENT"""

HAWTHORNE_HM = r"""BEGIN:VEVENT
UID:WD-INTERVIEW-3c8e1a7f0d2b4e96a5c7f1e3b9d0a246@myworkday.com
DTSTAMP:20261125T120501Z
DTSTART:20261203T140000Z
DTEND:20261203T150000Z
SUMMARY:Interview Scheduled: Executive Chef (JR-11872) – Hawthorne & Vine Kensington
DESCRIPTION:Dear Mathieu Lambert\,\n\nYou are invited to interview for Executive Chef (JR-11872) at Hawthorne
 & Vine Kensington.\n\nInterview type: Hiring Manager Interview (video)\nInterviewer(s): James Okafor – Hotel
 General Manager\n\n________________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\n
 Meeting ID: 355 208 771 904\nPasscode: Hv3Kx8\n
 ________________________________________________________________________________\n\nThis message was sent
 by Workday on behalf of Hawthorne & Vine Hotels.
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Hawthorne & Vine Talent:mailto:hawthornevine@myworkday.com
ATTENDEE;CN=James Okafor;ROLE=REQ-PARTICIPANT:mailto:james.okafor@hawthorneandvine.com
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

HAWTHORNE_TASTING = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261208T100244Z
DESCRIPTION:Dear Mathieu\,\n\nFollowing your conversation with James\, we would like to invite you to a
 culinary presentation and tasting: please prepare a three-course menu for the new Kensington brasserie
 concept (six covers). You will present it to James Okafor and to our Group Executive Chef\, Daniel Whitmore.
 \n\nIngredients will be ordered from your list (please send it by 14 December). Grace Lin from the Talent
 team will meet you at the staff entrance and look after your travel; she will not be on the panel.\n\nKind
 regards\,\nGrace Lin\nTalent Coordinator
DTEND;TZID=GMT Standard Time:20270106T150000
DTSTAMP:20261208T100244Z
DTSTART;TZID=GMT Standard Time:20270106T103000
LOCATION:Hawthorne & Vine Kensington – Development Kitchen (LG)
ORGANIZER;CN="Lin, Grace":mailto:grace.lin@hawthorneandvine.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.lambert.chef@gmail.com
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Okafor, James":mailto:james.okafor@hawthorneandvine.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Whitmore, Daniel"
 :mailto:daniel.whitmore@hawthorneandvine.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="KEN Development Kitchen"
 :mailto:ken.devkitchen@hawthorneandvine.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Culinary presentation & tasting - Executive Chef - M. Lambert
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D6F2A8B1C473DB01000000000000000010000000B1E5F09C3A7D2E64
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""

DISHWELL_ONSITE = r"""BEGIN:VEVENT
UID:ashby-interview-schedule-a71e3c05-6b2d-4f98-8e0a-d4c9b2f1e736@ashbyhq.com
DTSTAMP:20261201T110945Z
DTSTART;TZID=Europe/London:20261209T100000
DTEND;TZID=Europe/London:20261209T133000
SUMMARY:Dishwell Onsite – Head of Culinary – Mathieu Lambert
DESCRIPTION:Hi Mathieu\,\n\nHere's your onsite schedule at Dishwell (King's Cross):\n\n10:00 – 10:45
 Menu development deep dive – Ellie Watson (Head of Product)\n10:45 – 12:00 Cook session in the Test Kitchen
 – Marcus Bell (Development Chef)\n12:00 – 12:45 Supply chain & food cost – Fatima Rahman (Ops Director)\n
 12:45 – 13:30 Lunch with the culinary team (informal\, not assessed)\n\nHannah Price (Recruiting Coordinator)
 will meet you at reception and is your point of contact on the day.\n\nPowered by Ashby
LOCATION:Dishwell HQ\, 4 Pancras Square\, London N1C 4AG – Test Kitchen (2F)
ORGANIZER;CN=Hannah Price:mailto:hannah@dishwell.co.uk
ATTENDEE;CN=Ellie Watson;ROLE=REQ-PARTICIPANT:mailto:ellie@dishwell.co.uk
ATTENDEE;CN=Marcus Bell;ROLE=REQ-PARTICIPANT:mailto:marcus@dishwell.co.uk
ATTENDEE;CN=Fatima Rahman;ROLE=REQ-PARTICIPANT:mailto:fatima@dishwell.co.uk
ATTENDEE;CN=Hannah Price;ROLE=NON-PARTICIPANT:mailto:hannah@dishwell.co.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=KX Test Kitchen (2F):mailto:testkitchen@dishwell.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

DISHWELL_FINAL = r"""BEGIN:VEVENT
UID:modernloop-evt-4c2f9a81d7e3@modernloop.io
DTSTAMP:20261211T090000Z
DTSTART:20261216T170000Z
DTEND:20261216T174500Z
SUMMARY:Final Interview – Head of Culinary – Dishwell
DESCRIPTION:Hi Mathieu\,\n\nYour final interview is confirmed.\n\nInterviewer: Oliver Brandt (CEO &
 Co-founder)\nFormat: Zoom\, 45 min\n\nJoin Zoom Meeting\nhttps://dishwell.zoom.us/j/81194407723\nMeeting ID:
 811 9440 7723\n\nNeed to reschedule? Reply to this email and Hannah will sort it.\n\nScheduled with ModernLoop
LOCATION:https://dishwell.zoom.us/j/81194407723
ORGANIZER;CN=Hannah Price:mailto:hannah@dishwell.co.uk
ATTENDEE;CN=Oliver Brandt;ROLE=REQ-PARTICIPANT:mailto:oliver@dishwell.co.uk
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

LYNDHURST = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261124T162230Z
DESCRIPTION:Hi Mathieu\,\n\nAs discussed\, I'm delighted to confirm your interview with Rachel Fenwick\,
 Operations Director at Lyndhurst Catering\, for the Executive Chef role (contract catering\, City of London
 – 3 client sites\, 1\,400 covers a day).\n\nIt's a video call: Rachel will send the link directly. I won't
 be joining\, but call me afterwards for a debrief.\n\nBest of luck\,\nDaniel Carter\nSenior Consultant –
 Platewise Recruitment\n020 7946 0321
DTEND;TZID=GMT Standard Time:20261208T120000
DTSTAMP:20261124T162230Z
DTSTART;TZID=GMT Standard Time:20261208T110000
LOCATION:Video call (link from Lyndhurst)
ORGANIZER;CN="Carter, Daniel":mailto:daniel.carter@platewise.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fenwick, Rachel"
 :mailto:rachel.fenwick@lyndhurstcatering.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Interview: Lyndhurst Catering - Executive Chef (via Platewise)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000004A9E3D7F2C71DB0100000000000000001000000062C8A1F4E9B07D35
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[Ev]:
    hv = "james.okafor@hawthorneandvine.com"
    return [
        pos("harri-phone-en", cal(LARDER_SCREEN, "-//Harri//Harri Scheduler//EN", tz=("Europe/London",)),
            "The Marylebone Larder", "Head Chef", "recruiter_screen", "priya.shah@marylebonelarder.co.uk",
            "harri-phone-screen-en"),
        pos("google-trial-shift-en", cal(LARDER_TRIAL, "-//Google Inc//Google Calendar 70.9054//EN"),
            "The Marylebone Larder", "Head Chef", "technical", "tom@marylebonelarder.co.uk;sophie aldridge",
            "google-trial-shift-coordinator-en"),
        pos("workday-teams-en", cal(HAWTHORNE_HM, "-//Workday Inc//Workday Recruiting//EN"),
            "Hawthorne & Vine Hotels", "Executive Chef", "hiring_manager", hv, "workday-teams-en"),
        pos("outlook-tasting-en", cal(HAWTHORNE_TASTING, OUTLOOK, tz=("GMT Standard Time",)),
            "Hawthorne & Vine Hotels", "Executive Chef", "technical", hv + ";daniel.whitmore@hawthorneandvine.com",
            "outlook-gmt-zone-tasting-coordinator-en"),
        pos("ashby-onsite-en", cal(DISHWELL_ONSITE, "-//Ashby//Ashby Scheduling//EN", tz=("Europe/London",)),
            "Dishwell", "Head of Culinary", "onsite",
            "ellie@dishwell.co.uk;marcus@dishwell.co.uk;fatima@dishwell.co.uk",
            "ashby-onsite-room-coordinator-en"),
        pos("modernloop-final-en", cal(DISHWELL_FINAL, "-//ModernLoop//ModernLoop Scheduling//EN"),
            "Dishwell", "Head of Culinary", "final", "oliver@dishwell.co.uk", "modernloop-final-zoom-en"),
        pos("agency-outlook-en", cal(LYNDHURST, OUTLOOK, tz=("GMT Standard Time",)),
            "Lyndhurst Catering", "Executive Chef", "hiring_manager", "rachel.fenwick@lyndhurstcatering.co.uk",
            "agency-names-employer-en"),
    ]
