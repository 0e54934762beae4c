# ruff: noqa: E501
"""holdout218 events, part g: interview-season look-alikes that are not interviews (socials, second look, prep)."""

from holdout218ev_tz import CHI, NY, WIN_EST, neg

EVENTS = [
    neg("pre-social", "thalamus-ev-0b4e7d21-9c5a-4f3e-a8d6-2e1c7b9f5a30@thalamusgme.com",
        "pre-interview-social-not-evaluative",
        r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-ev-0b4e7d21-9c5a-4f3e-a8d6-2e1c7b9f5a30@thalamusgme.com
DTSTAMP:20251003T141530Z
DTSTART;TZID=America/New_York:20251027T190000
DTEND;TZID=America/New_York:20251027T203000
SUMMARY:Pre-Interview Social: Cleveland Clinic - Internal Medicine
LOCATION:Virtual (Gather.town link in Thalamus)
DESCRIPTION:Join current residents the evening before your interview day
  for an informal virtual social. This event is optional and is not part
  of the evaluation - no faculty attend. Come with questions about life in
  Cleveland!\n\nManage in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("resident-dinner", "E1F3A5C7-B9D2-4E6F-8A1C-3E5A7C9B1D24",
        "pre-interview-dinner-with-residents-in-person",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20251118T011402Z
DTSTART;TZID=America/New_York:20251208T183000
DTEND;TZID=America/New_York:20251208T203000
DTSTAMP:20251118T011420Z
SUMMARY:BIDMC pre-intvw dinner w residents
LOCATION:Trillium Brewing\, 50 Thomson Pl\, Boston
DESCRIPTION:night before! casual\, residents only. don't drink too much lol
UID:E1F3A5C7-B9D2-4E6F-8A1C-3E5A7C9B1D24
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("second-look", "0f6k2c9m4s1v7q3d8e5n2b0tlu@google.com",
        "second-look-visit-after-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260130T090000
DTEND;TZID=America/New_York:20260130T150000
DTSTAMP:20260108T154433Z
ORGANIZER;CN=Dana Kowalski:mailto:dkowalsk@med.umich.edu
UID:0f6k2c9m4s1v7q3d8e5n2b0tlu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
DESCRIPTION:Michigan IM Second Look - in person in Ann Arbor. Tour UH + VA\,
  sit in on morning report\, lunch with residents. Per NRMP and program po
 licy second look visits are optional and have NO impact on our rank list.
  Nobody is evaluating you!
LOCATION:University Hospital\, 1500 E Medical Center Dr\, Ann Arbor MI
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Michigan IM - Second Look Visit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("away-rotation", "vslo-2025-0081442-CCF-CARD@aamc.org",
        "away-rotation-subi-multi-week-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//AAMC//VSLO//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:vslo-2025-0081442-CCF-CARD@aamc.org
DTSTAMP:20250612T131500Z
DTSTART;VALUE=DATE:20250901
DTEND;VALUE=DATE:20250927
SUMMARY:Visiting Student: Cardiology Sub-Internship - Cleveland Clinic
DESCRIPTION:VSLO offer accepted.\nHost institution: Cleveland Clinic Lerne
 r College of Medicine\nElective: Cardiology Sub-Internship (MED-CARD-S1)\n
 Dates: 09/01/2025 - 09/26/2025\nReport to: J Building\, 1st floor GME off
 ice\, 7:00 AM on day 1. Bring immunization record and badge photo.
LOCATION:Cleveland Clinic Main Campus\, Cleveland OH
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("thank-you-reminder", "9t2c5m8q0d3k6v1s4n7b0e9flx@google.com",
        "post-interview-thank-you-reminder",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hannah.lindqvist.md@gmail.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20251114T010000Z
DTEND:20251114T013000Z
DTSTAMP:20260105T002233Z
UID:9t2c5m8q0d3k6v1s4n7b0e9flx@google.com
DESCRIPTION:thank you notes: Dr Haddad (mentioned his HF clinic)\, Dr Morro
 w (med ed\, Chicago marathon)\, chiefs. keep short\, NO rank language per
  NRMP
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send NM thank yous
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("prep-block", "7F3B1D9E-5C2A-4E8B-A0D6-9B7F5D3C1A88",
        "interview-prep-block-self",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20251205T222011Z
DTSTART;TZID=America/New_York:20251210T190000
DTEND;TZID=America/New_York:20251210T210000
DTSTAMP:20251205T222040Z
SUMMARY:prep Penn intvw
DESCRIPTION:- reread ERAS personal statement + experiences\n- Penn website
 : 4+1 schedule\, PCP track\, HUP/Presby/PAH\n- tell me abt yourself (<90s)
 \n- "tell me abt a conflict" -> SubI story\n- questions for PD x3
UID:7F3B1D9E-5C2A-4E8B-A0D6-9B7F5D3C1A88
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("mock-interview", "040000008200E00074C5B7101A82E00800000000F0E1D2C3B42BDC01000000000000000010000000DEADBEEF0BADF00D1234567890ABCDEF",
        "mock-residency-interview-with-advisor",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Sandoval, Teresa":mailto:Teresa.Sandoval@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Hannah - let's do a full mock residency interview before your first real one. I'll play a PD at a big academic program (20 min)\, then we debrief on your answers and body language. Please have your ERAS application open. Recording is fine if you want to re-watch.\n\nTeresa\n\nTeresa Sandoval\, MD\nCareer Advisor\, Internal Medicine | Lead Advisor\, Kemper Advising House\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B42BDC01000000000000000010000000DEADBEEF0BADF00D1234567890ABCDEF
SUMMARY;LANGUAGE=en-US:Mock IM residency interview - Lindqvist
DTSTART;TZID=Eastern Standard Time:20251013T163000
DTEND;TZID=Eastern Standard Time:20251013T171500
DTSTAMP:20250929T191003Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Cramblett Hall 260 / Zoom
END:VEVENT
END:VCALENDAR
"""),
    neg("webinar", "acp-webinar-ims-2025-1014@acponline.org",
        "webinar-how-to-ace-residency-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//ON24//Webcast Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:acp-webinar-ims-2025-1014@acponline.org
DTSTAMP:20250930T160000Z
DTSTART:20251014T230000Z
DTEND:20251015T000000Z
SUMMARY:ACP Webinar: Navigating Virtual Residency Interviews
DESCRIPTION:American College of Physicians - Medical Student Webinar Serie
 s\n\nProgram directors and chief residents share how IM interview days w
 ork\, common questions ("Why our program?"\, behavioral questions)\, red
  flags and post-interview communication etiquette.\n\nJoin: https://event
 .on24.com/wcc/r/4411872/7E3C1A9B\nYour registration ID: 88120473
LOCATION:Online (ON24)
END:VEVENT
END:VCALENDAR
"""),
    neg("residency-fair", "aamc-vrf-2025-16732290-im@aamc.org",
        "virtual-residency-fair-program-booths",
        r"""BEGIN:VCALENDAR
PRODID:-//AAMC//Virtual Residency Fair//EN
VERSION:2.0
METHOD:PUBLISH
""" + NY + r"""BEGIN:VEVENT
UID:aamc-vrf-2025-16732290-im@aamc.org
DTSTAMP:20250820T130000Z
DTSTART;TZID=America/New_York:20250917T110000
DTEND;TZID=America/New_York:20250917T170000
SUMMARY:AAMC Virtual Residency Fair - Internal Medicine Day
DESCRIPTION:Visit program booths\, join live chats with program directors
  and residents\, and learn about application and interview timelines. Fai
 r platform: https://vrf.aamc.org
LOCATION:Online
END:VEVENT
END:VCALENDAR
"""),
    neg("informational-coffee", "2n8f1q5c0v4m7k9s3d6b0e1tpy@google.com",
        "informational-chat-with-resident-at-target-program",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CHI + r"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251002T180000
DTEND;TZID=America/Chicago:20251002T183000
DTSTAMP:20250928T022455Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
UID:2n8f1q5c0v4m7k9s3d6b0e1tpy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kayla
  Brooks;X-NUM-GUESTS=0:mailto:kayla.brooks@rushmed.org
DESCRIPTION:Virtual coffee w/ Kayla (OSU '23\, now PGY-3 at Rush IM). Real
  talk about Rush culture\, call schedule\, how her interview day went. No
 t part of the application!! FaceTime
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee chat - Kayla Brooks (Rush PGY3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("open-house", "ZOOM95002281147@zoom.us",
        "program-virtual-open-house-info-session",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250908T170455Z
DTSTART:20250925T000000Z
DTEND:20250925T010000Z
SUMMARY:UCSF IM Virtual Open House for Applicants
UID:ZOOM95002281147@zoom.us
TZID:America/Los_Angeles
DESCRIPTION:You are registered for UCSF IM Virtual Open House for Applica
 nts.\n\nLearn about our tracks (Categorical\, Primary Care\, PRIME-IM) be
 fore ERAS opens. Attendance is not tracked and does not affect interview
  offers.\n\nJoin from PC\, Mac\, iPad\, or Android:\nhttps://ucsf.zoom.us/w
 /95002281147?tk=Xb8f2Q\n\nWebinar ID: 950 0228 1147\n
LOCATION:https://ucsf.zoom.us/w/95002281147?tk=Xb8f2Q
END:VEVENT
END:VCALENDAR
"""),
    neg("tech-check", "3c9e7a1f-5b2d-4f80-a6c4-8e0d2b4f6a19@calendly.com",
        "tech-check-before-interview-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:3c9e7a1f-5b2d-4f80-a6c4-8e0d2b4f6a19@calendly.com
DTSTAMP:20251201T160208Z
DTSTART:20251205T210000Z
DTEND:20251205T211000Z
SUMMARY:Hannah Lindqvist and Stanford IM Residency Office
ORGANIZER;CN=Stanford IM Residency Office:mailto:imresidency@stanford.edu
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=ACCEPTED:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION:Event Name: Optional Zoom tech check (10 min)\n\nA coordinator
  will confirm your audio\, video and name display before interview day.
  This is not an interview.\n\nLocation: https://stanford.zoom.us/j/9130044
 8812\n\nPowered by Calendly.com
LOCATION:https://stanford.zoom.us/j/91300448812
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
