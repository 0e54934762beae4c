"""holdout201 events, part b: Brightwave (Lever) through offer, Trellis (Gem) with a reschedule."""

from holdout201ev_tz import APPLE_DENVER, GOOGLE_CHICAGO, GOOGLE_LA

EVENTS = [
    {
        "kind": "phone-screen",
        "uid": "lever-int-7f3a1c90-5b2e-4d8a-a1f4-0c6e2b9d7e13",
        "label": (1, "Brightwave", "Senior Account Executive", "recruiter_screen",
                  "nina.okafor@brightwave.io", "lever-recruiter-phone-screen"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-7f3a1c90-5b2e-4d8a-a1f4-0c6e2b9d7e13
DTSTAMP:20250417T223040Z
DTSTART:20250422T173000Z
DTEND:20250422T180000Z
SUMMARY:Brightwave: Phone Screen (Tyler Brooks)
ORGANIZER;CN=Nina Okafor:mailto:nina.okafor@brightwave.io
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Nina Okafor;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:nina.okafor@brightwave.io
LOCATION:Phone - Nina will call you
DESCRIPTION:Hi Tyler! Looking forward to chatting about the Senior Account
  Executive opening on our Growth team. I'll call you at (720) 555-0192. Thi
 s is a 30 min get-to-know-you: your background\, what you're looking for\,
  and an overview of Brightwave and the comp structure.\n\nNina Okafor\nSenior
  Technical Recruiter\, GTM\n\n--\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hm-chat",
        "uid": "lever-int-2d8e6b41-9c07-4f55-b3aa-81e0f4c6d2a9",
        "label": (1, "Brightwave", "Senior Account Executive", "hiring_manager",
                  "sam.rourke@brightwave.io", "lever-hiring-manager-chat-casual"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_LA + r"""BEGIN:VEVENT
UID:lever-int-2d8e6b41-9c07-4f55-b3aa-81e0f4c6d2a9
DTSTAMP:20250424T180312Z
DTSTART;TZID=America/Los_Angeles:20250429T090000
DTEND;TZID=America/Los_Angeles:20250429T094500
SUMMARY:Tyler <> Sam - hiring manager chat (Brightwave)
ORGANIZER;CN=Nina Okafor:mailto:nina.okafor@brightwave.io
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Sam Rourke;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:sam.rourke@brightwave.io
LOCATION:https://meet.google.com/wbv-kqzt-ofa
DESCRIPTION:Sam is our Head of Sales\, North America\, and would be your m
 anager. Super conversational - come ready to talk through a deal you're pro
 ud of and how you run your week. 9am Pacific / 10am Mountain.\n\nJoin with
  Google Meet: https://meet.google.com/wbv-kqzt-ofa\n\n--\nScheduled via Leve
 r
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final-presentation",
        "uid": "lever-int-c61f0a3e-44b9-4e1b-9d72-5a0b8e3f1c66",
        "label": (1, "Brightwave", "Senior Account Executive", "final",
                  "sam.rourke@brightwave.io;lena.vogt@brightwave.io;jared.cole@brightwave.io",
                  "lever-final-30-60-90-onsite-sf"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_LA + r"""BEGIN:VEVENT
UID:lever-int-c61f0a3e-44b9-4e1b-9d72-5a0b8e3f1c66
DTSTAMP:20250501T154422Z
DTSTART;TZID=America/Los_Angeles:20250508T100000
DTEND;TZID=America/Los_Angeles:20250508T133000
SUMMARY:Brightwave Final Round - 30/60/90 Presentation + Panel
ORGANIZER;CN=Nina Okafor:mailto:nina.okafor@brightwave.io
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Sam Rourke;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:sam.rourke@brightwave.io
ATTENDEE;CN=Lena Vogt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lena.vogt@brightwave.io
ATTENDEE;CN=Jared Cole;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:jared.cole@brightwave.io
ATTENDEE;CUTYPE=ROOM;CN=SF-4-Golden Gate (12);PARTSTAT=ACCEPTED:mailto:c_1889sf4goldengate@resource.calendar.google.com
LOCATION:Brightwave HQ\, 500 Howard St\, 4th floor\, San Francisco - ask fo
 r Nina at the front desk
DESCRIPTION:Schedule (Pacific):\n10:00 30/60/90 presentation to Sam Rourke
  (Head of Sales NA) and Lena Vogt (CRO) - 20 min + Q&A\n10:45 Deal review w/
  Jared Cole (Enterprise AE)\n11:30 Lunch with the team (not an interview!)
 \n12:30 Culture add conversation w/ Lena\n\nWe'll cover flights + hotel - e
 xpense via the link Nina sent.\n\n--\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "heads-up",
        "uid": "1q7m3o8v2k5t9h0c4r6e8bd2ps@google.com",
        "label": (0, "", "", "", "", "own-reference-check-heads-up-to-referee"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250512T230000Z
DTEND:20250512T231500Z
DTSTAMP:20250510T150112Z
ORGANIZER;CN=tyler.brooks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
UID:1q7m3o8v2k5t9h0c4r6e8bd2ps@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tyler.
 brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mike D
 elaney;X-NUM-GUESTS=0:mailto:mike.delaney77@gmail.com
CREATED:20250510T150110Z
DESCRIPTION:Mike - Brightwave's recruiter (Nina Okafor) will reach out thi
 s week for a reference. Quick 15 so I can give you context on the role + wh
 at they'll probably ask (ramp\, coachability\, the Vail Resorts deal). Than
 ks again man 🙏\n\nJoin with Google Meet: https://meet.google.com/zrt-mnop-
 aqs
LAST-MODIFIED:20250510T150112Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quick call - reference heads up (Brightwave)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "offer-call",
        "uid": "lever-offer-0a9b7c55-1e2f-4a3b-8c4d-9e0f1a2b3c4d",
        "label": (0, "", "", "", "", "offer-call-after-final-not-interview"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-offer-0a9b7c55-1e2f-4a3b-8c4d-9e0f1a2b3c4d
DTSTAMP:20250514T012200Z
DTSTART:20250515T160000Z
DTEND:20250515T163000Z
SUMMARY:Brightwave <> Tyler - let's talk numbers 🎉
ORGANIZER;CN=Nina Okafor:mailto:nina.okafor@brightwave.io
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Sam Rourke;PARTSTAT=ACCEPTED:mailto:sam.rourke@brightwave.io
LOCATION:https://meet.google.com/hgd-pwle-rcx
DESCRIPTION:Verbal offer call - Sam and I will walk you through base/OTE\,
  equity\, ramp and start date. The written offer letter will follow via Do
 cuSign.\n\n--\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "drug-screen",
        "uid": "8E11B0A2-5F3C-4D7A-B9E1-2C4D6F8A0B13",
        "label": (0, "", "", "", "", "pre-employment-drug-screen-quest"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
""" + APPLE_DENVER + r"""BEGIN:VEVENT
CREATED:20250516T181004Z
UID:8E11B0A2-5F3C-4D7A-B9E1-2C4D6F8A0B13
DTEND;TZID=America/Denver:20250519T081500
SUMMARY:Quest drug screen - Brightwave pre-employment
LAST-MODIFIED:20250516T181020Z
DTSTAMP:20250516T181020Z
DTSTART;TZID=America/Denver:20250519T074500
LOCATION:Quest Diagnostics\n1850 Kipling St\, Lakewood CO 80215
SEQUENCE:0
DESCRIPTION:donor pass # in email from Checkr. bring ID. no appt needed bu
 t booked anyway
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "exit-interview",
        "uid": "6c2e9f0a1b3d5h7j9l1n3p5r7t@google.com",
        "label": (0, "", "", "", "", "own-exit-interview-current-employer"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250604T200000Z
DTEND:20250604T203000Z
DTSTAMP:20250528T164518Z
ORGANIZER;CN=Alexis Romero:mailto:alexis.romero@summitline.io
UID:6c2e9f0a1b3d5h7j9l1n3p5r7t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alexis
  Romero;X-NUM-GUESTS=0:mailto:alexis.romero@summitline.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tyler Brooks;X-NUM-GUESTS=0:mailto:tyler@summitline.io
CREATED:20250528T164516Z
DESCRIPTION:Hi Tyler - as part of offboarding we do a short\, confidential
  conversation with People Ops. Nothing to prepare. We'll also confirm laptop
  return + final commission payout timing.\n\nJoin with Google Meet: https:/
 /meet.google.com/sux-bwqn-tre
LAST-MODIFIED:20250528T164518Z
LOCATION:Cube 2B / Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Exit Interview - Tyler Brooks
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-screen",
        "uid": "gem-evt-5b0e7a1d3c9f4e2a8b6d@gem.com",
        "label": (1, "Trellis", "Mid-Market Account Executive", "recruiter_screen",
                  "carly.boone@trellishq.com", "gem-screen-original-before-reschedule"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gem//Gem Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_CHICAGO + r"""BEGIN:VEVENT
UID:gem-evt-5b0e7a1d3c9f4e2a8b6d@gem.com
DTSTAMP:20250328T200114Z
SEQUENCE:0
DTSTART;TZID=America/Chicago:20250403T110000
DTEND;TZID=America/Chicago:20250403T113000
SUMMARY:Tyler Brooks // Trellis - Intro Call
ORGANIZER;CN=Carly Boone:mailto:carly.boone@trellishq.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Carly Boone;PARTSTAT=ACCEPTED:mailto:carly.boone@trellishq.com
LOCATION:https://trellishq.zoom.us/j/93318820475
DESCRIPTION:Hi Tyler\, thanks for responding to my note! This is a 30 min
  intro call about our Mid-Market Account Executive role (Austin or remote).
  I'll share more about Trellis and our sales org and learn about your backg
 round.\n\nJoin Zoom: https://trellishq.zoom.us/j/93318820475\n\nScheduled wi
 th Gem
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-screen",
        "uid": "gem-evt-5b0e7a1d3c9f4e2a8b6d@gem.com",
        "label": (1, "Trellis", "Mid-Market Account Executive", "recruiter_screen",
                  "carly.boone@trellishq.com", "gem-screen-rescheduled-higher-sequence"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gem//Gem Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_CHICAGO + r"""BEGIN:VEVENT
UID:gem-evt-5b0e7a1d3c9f4e2a8b6d@gem.com
DTSTAMP:20250402T143951Z
SEQUENCE:2
DTSTART;TZID=America/Chicago:20250404T140000
DTEND;TZID=America/Chicago:20250404T143000
SUMMARY:[Updated] Tyler Brooks // Trellis - Intro Call
ORGANIZER;CN=Carly Boone:mailto:carly.boone@trellishq.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Carly Boone;PARTSTAT=ACCEPTED:mailto:carly.boone@trellishq.com
LOCATION:https://trellishq.zoom.us/j/93318820475
DESCRIPTION:Moved to Friday at 2pm CT - sorry for the shuffle\, I got pulle
 d into our QBR. Same Zoom link.\n\nHi Tyler\, thanks for responding to my n
 ote! This is a 30 min intro call about our Mid-Market Account Executive rol
 e (Austin or remote).\n\nJoin Zoom: https://trellishq.zoom.us/j/93318820475
 \n\nScheduled with Gem
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "role-play",
        "uid": "gem-evt-91c4d2e8f0a6b3c7d5e1@gem.com",
        "label": (1, "Trellis", "Mid-Market Account Executive", "technical",
                  "dante.webb@trellishq.com", "gem-cold-call-role-play-stage"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gem//Gem Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gem-evt-91c4d2e8f0a6b3c7d5e1@gem.com
DTSTAMP:20250409T171212Z
SEQUENCE:0
DTSTART:20250415T190000Z
DTEND:20250415T195000Z
SUMMARY:Trellis | Role Play w/ Dante (Sales Manager)
ORGANIZER;CN=Carly Boone:mailto:carly.boone@trellishq.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Dante Webb;PARTSTAT=ACCEPTED:mailto:dante.webb@trellishq.com
LOCATION:https://trellishq.zoom.us/j/95520117731
DESCRIPTION:Round 2! Dante will play a VP of People at a 250-employee heal
 thcare company. You'll get the scenario 24h ahead. 20 min cold call → disc
 overy\, then Dante gives feedback and you can ask him anything about the t
 eam.\n\nJoin Zoom: https://trellishq.zoom.us/j/95520117731\n\nScheduled wit
 h Gem
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
