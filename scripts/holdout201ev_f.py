"""holdout201 events, part f: one-off interviews (GoTo, dial-ins, Chili Piper UTC, iCIMS, Workday, typed)."""

from holdout201ev_tz import GOOGLE_CHICAGO, GOOGLE_DENVER, OUTLOOK_EASTERN, OUTLOOK_PACIFIC

EVENTS = [
    {
        "kind": "goto-screen",
        "uid": "goto-mtg-518442907-20250408@goto.com",
        "label": (1, "Vantagepoint", "Senior Account Executive", "recruiter_screen",
                  "sheila.burke@vantagepoint.com", "gotomeeting-recruiter-screen"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-mtg-518442907-20250408@goto.com
DTSTAMP:20250403T140022Z
DTSTART:20250408T200000Z
DTEND:20250408T203000Z
SUMMARY:Vantagepoint Recruiter Screen - Tyler Brooks (Sr. AE)
ORGANIZER;CN=Sheila Burke:mailto:sheila.burke@vantagepoint.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
LOCATION:https://meet.goto.com/518442907
DESCRIPTION:Please join my meeting from your computer\, tablet or smartpho
 ne.\nhttps://meet.goto.com/518442907\n\nYou can also dial in using your pho
 ne.\nUnited States: +1 (571) 555-0134\nAccess Code: 518-442-907\n\nHi Tyler
  - 30 min screen for the Senior Account Executive role. I'll cover the basi
 cs (comp expectations\, location\, timing) and tell you about the team. - Sh
 eila\, Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dial-in",
        "uid": "2a4c6e8g0i2k4m6o8q0s2u4w6y@google.com",
        "label": (1, "Bluebird Benefits", "Account Executive, Mid-Market", "recruiter_screen",
                  "tfrank@bluebirdbenefits.com", "conference-bridge-phone-interview"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250317T143000Z
DTEND:20250317T150000Z
DTSTAMP:20250313T200301Z
ORGANIZER;CN=Tara Frank:mailto:tfrank@bluebirdbenefits.com
UID:2a4c6e8g0i2k4m6o8q0s2u4w6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tara F
 rank;X-NUM-GUESTS=0:mailto:tfrank@bluebirdbenefits.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler.brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sa
 les@gmail.com
CREATED:20250313T200259Z
DESCRIPTION:Phone Interview - Account Executive\, Mid-Market\n\nDial-in: 1-
 888-555-0175\nParticipant code: 4471902#\n\nTara Frank\, HR Business Partne
 r\, Bluebird Benefits
LAST-MODIFIED:20250313T200301Z
LOCATION:Conference line 1-888-555-0175 / 4471902#
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Interview: Tyler Brooks
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "chili-piper",
        "uid": "cp-meeting-6648a1f09c2e3b4d5e6f7a8b@chilipiper.com",
        "label": (1, "Prairie Labs", "Account Executive - Mid Market", "recruiter_screen",
                  "devon.hale@prairielabs.com", "chili-piper-utc-recruiter-screen"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Chili Piper//Chili Piper Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cp-meeting-6648a1f09c2e3b4d5e6f7a8b@chilipiper.com
DTSTAMP:20250428T190005Z
DTSTART:20250430T143000Z
DTEND:20250430T150000Z
SUMMARY:Prairie Labs | Talent Screen: Tyler Brooks
ORGANIZER;CN=Devon Hale:mailto:devon.hale@prairielabs.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Devon Hale;PARTSTAT=ACCEPTED:mailto:devon.hale@prairielabs.com
LOCATION:https://prairielabs.zoom.us/j/86120047733
DESCRIPTION:Booked via Chili Piper\n\nMeeting type: Talent Screen - AE Mid
  Market\nAssigned to: Devon Hale (Recruiting)\n\nZoom: https://prairielabs.
 zoom.us/j/86120047733\n\nReschedule or cancel: https://prairielabs.chilipip
 er.com/book/reschedule/6648a1f0
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-final",
        "uid": "icims-iv-1189042-oakmont-final@icims.com",
        "label": (1, "Oakmont Insurtech", "Senior Account Executive", "final",
                  "claire.donovan@oakmontinsurtech.com;vikram.shah@oakmontinsurtech.com",
                  "icims-final-round-central"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS Inc//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
""" + GOOGLE_CHICAGO + r"""BEGIN:VEVENT
UID:icims-iv-1189042-oakmont-final@icims.com
DTSTAMP:20250506T134509Z
DTSTART;TZID=America/Chicago:20250512T130000
DTEND;TZID=America/Chicago:20250512T143000
SUMMARY:Final Round Interview - Senior Account Executive (Req 2025-1189)
ORGANIZER;CN=Oakmont Insurtech Recruiting:mailto:oakmont-recruiting@talent.icims.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Claire Donovan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.donovan@oakmontinsurtech.com
ATTENDEE;CN=Vikram Shah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:vikram.shah@oakmontinsurtech.com
LOCATION:Microsoft Teams
DESCRIPTION:Oakmont Insurtech\n\nDear Tyler\,\n\nYou are scheduled for a fi
 nal round interview for the position of Senior Account Executive.\n\nInter
 viewers:\nClaire Donovan - SVP\, Sales\nVikram Shah - Chief Customer Office
 r\n\nA Microsoft Teams link will be sent separately by the hiring team.\n\n
 This is an automated message from iCIMS. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "export",
        "uid": "5f8i1l4o7r0u3x6a9d2g5j8m1p@google.com",
        "label": (1, "Sol Commerce", "Account Executive - Mid-Market (Austin)", "hiring_manager",
                  "ray.guerrero@solcommerce.com", "google-export-x-wr-timezone-utc-times"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Tyler - job search
X-WR-TIMEZONE:America/Denver
BEGIN:VEVENT
DTSTART:20250402T140000Z
DTEND:20250402T144500Z
DTSTAMP:20250601T030155Z
ORGANIZER;CN=Ray Guerrero:mailto:ray.guerrero@solcommerce.com
UID:5f8i1l4o7r0u3x6a9d2g5j8m1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ray Gu
 errero;X-NUM-GUESTS=0:mailto:ray.guerrero@solcommerce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tyler.
 brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sales@gmail.com
CREATED:20250328T172040Z
DESCRIPTION:Sales Manager interview for the AE - Mid-Market (Austin) role.
  Ray manages the Austin pod - 45 min\, conversational + a couple of situati
 onal questions.\n\nJoin with Google Meet: https://meet.google.com/sdt-vbyq-
 ekr
LAST-MODIFIED:20250328T172105Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sol Commerce - Sales Manager Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel",
        "uid": "zoom-8210044719-waypoint-panel@zoom.us",
        "label": (1, "Waypoint HR", "Senior Account Executive", "onsite",
                  "mallory.quinn@waypointhr.com;derek.ames@waypointhr.com;kiana.holt@waypointhr.com",
                  "zoom-invite-virtual-panel-loop"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
""" + GOOGLE_DENVER + r"""BEGIN:VEVENT
UID:zoom-8210044719-waypoint-panel@zoom.us
DTSTAMP:20250414T161500Z
DTSTART;TZID=America/Denver:20250421T130000
DTEND;TZID=America/Denver:20250421T143000
SUMMARY:Waypoint HR Panel Interview - Tyler Brooks
ORGANIZER;CN=Mallory Quinn:mailto:mallory.quinn@waypointhr.com
ATTENDEE;CN=Tyler Brooks;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Derek Ames;RSVP=TRUE:mailto:derek.ames@waypointhr.com
ATTENDEE;CN=Kiana Holt;RSVP=TRUE:mailto:kiana.holt@waypointhr.com
LOCATION:https://waypointhr.zoom.us/j/8210044719?pwd=Wp7cQm
DESCRIPTION:Mallory Quinn is inviting you to a scheduled Zoom meeting.\n\nP
 anel for Senior Account Executive: Mallory (Sales Director)\, Derek (Senior
  AE)\, Kiana (RevOps). Expect behavioral + a pipeline review of a deal from
  your current book (scrub names).\n\nJoin Zoom Meeting\nhttps://waypointhr.
 zoom.us/j/8210044719?pwd=Wp7cQm\n\nMeeting ID: 821 004 4719\nPasscode: 4412
 09\n\nOne tap mobile\n+16694449171\,\,8210044719#\,\,\,\,*441209# US\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final-panel",
        "uid": ("040000008200E00074C5B7101A82E00800000000C8E1F2A3B4C5DB01"
                "00000000000000001000000099B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4"),
        "label": (1, "Mosaic Learning", "Mid-Market Account Executive", "final",
                  "gwen.albright@mosaiclearning.com;tomas.reyna@mosaiclearning.com",
                  "outlook-pacific-final-panel-vp-sales"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_PACIFIC + r"""BEGIN:VEVENT
ORGANIZER;CN="Albright, Gwen":mailto:gwen.albright@mosaiclearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reyna, Tomas":mailto:tomas.reyna@mosaiclearning.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recruitin
 g Scheduling":mailto:recruitingscheduling@mosaiclearning.com
DESCRIPTION;LANGUAGE=en-US:Tyler - final conversation before we make a dec
 ision. I'll be joined by Tomas Reyna (Director\, Mid-Market). We'll ask you
  to walk us through your 30-60-90 for the Mountain territory (10 min max\,
  no need to send ahead).\n\nGwen Albright | VP Sales\n\n______________________
 __________________________________________________________\nMicrosoft Team
 s meeting\nJoin on your computer\, mobile app or room device\nMeeting ID: 22
 7 619 004 338\nPasscode: T8jNq2\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C8E1F2A3B4C5DB0100000000000000001000000099B8A7C6D5E4F3A2B1C0D9E8F7A6B5C4
SUMMARY;LANGUAGE=en-US:Mosaic Learning - Final Panel (Tyler Brooks)
DTSTART;TZID=Pacific Standard Time:20250505T110000
DTEND;TZID=Pacific Standard Time:20250505T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T001522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-screen",
        "uid": "gem-evt-0d3b6e9f2a5c8e1b4d7a@gem.com",
        "label": (1, "Ember Payments", "Senior Account Executive, Mid-Market", "recruiter_screen",
                  "lola.banks@emberpayments.com", "gem-recruiter-screen-dial-in"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gem//Gem Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gem-evt-0d3b6e9f2a5c8e1b4d7a@gem.com
DTSTAMP:20250401T173020Z
SEQUENCE:0
DTSTART:20250407T163000Z
DTEND:20250407T170000Z
SUMMARY:Ember Payments Recruiter Screen - Tyler Brooks
ORGANIZER;CN=Lola Banks:mailto:lola.banks@emberpayments.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Lola Banks;PARTSTAT=ACCEPTED:mailto:lola.banks@emberpayments.com
LOCATION:Google Meet
DESCRIPTION:Senior Account Executive\, Mid-Market - recruiter screen with L
 ola Banks.\n\nGoogle Meet: https://meet.google.com/ahx-ptzu-mgo\nPhone: +1 4
 04-555-0187 PIN 302 118 447#\n\nScheduled with Gem
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "values-interview",
        "uid": "ashby-5c7e9a1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b",
        "label": (1, "Overstory", "Account Executive", "",
                  "noor.haddad@overstory.earth", "ashby-values-interview-no-stage"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-5c7e9a1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b
DTSTAMP:20250422T102233Z
DTSTART:20250428T200000Z
DTEND:20250428T204500Z
SUMMARY:Overstory - Values Interview
ORGANIZER;CN=Overstory Recruiting:mailto:recruiting@overstory.earth
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Noor Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noor.haddad@overstory.earth
LOCATION:https://meet.google.com/vfq-bnrk-uez
DESCRIPTION:Interview for Account Executive\n\nInterviewers:\n• Noor Hadda
 d (Head of Partnerships)\n\nWe'll talk about how you work with others\, a t
 ime you pushed back\, and why climate.\n\nJoin: https://meet.google.com/vfq-
 bnrk-uez\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-final",
        "uid": "7A9C1E3B-5D7F-4A1C-8E3B-5D7F9A1C3E5B",
        "label": (1, "Ridgeway Legal", "", "final", "Colin",
                  "typed-floating-final-with-ceo"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250429T231407Z
UID:7A9C1E3B-5D7F-4A1C-8E3B-5D7F9A1C3E5B
DTEND:20250502T161500
SUMMARY:FINAL - Ridgeway w/ CEO (Colin) 🤞
LAST-MODIFIED:20250429T231433Z
DTSTAMP:20250429T231433Z
DTSTART:20250502T153000
LOCATION:zoom
SEQUENCE:0
DESCRIPTION:3:30 MT. he's ex-Clio\, talk legal tech + PLG motion. ask abt p
 ath to team lead. tie + blazer (on camera lol)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "leadership-chat",
        "uid": "greenhouse-7734021-quillstone-hm@greenhouse.io",
        "label": (1, "Quillstone", "Senior Account Executive", "hiring_manager",
                  "ivy.laurent@quillstone.com", "greenhouse-sales-leadership-chat"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-7734021-quillstone-hm@greenhouse.io
DTSTAMP:20250310T201012Z
DTSTART:20250314T170000Z
DTEND:20250314T173000Z
SUMMARY:Quillstone | Sales Leadership Chat - Tyler Brooks
ORGANIZER;CN=Pia Sorensen:mailto:pia.sorensen@quillstone.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Ivy Laurent;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ivy.laurent@quillstone.com
LOCATION:https://quillstone.zoom.us/j/83374420019
DESCRIPTION:Hi Tyler\,\n\nConfirming your conversation with Ivy Laurent (Sa
 les Director\, hiring manager for the Senior Account Executive role).\n\nZo
 om: https://quillstone.zoom.us/j/83374420019\n\nBest\,\nPia Sorensen\nRecrui
 ting Coordinator
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onsite-trip",
        "uid": "D1F3A5C7-E9B1-4D3F-A5C7-E9B1D3F5A7C9",
        "label": (1, "Saltbox Commerce", "", "onsite", "",
                  "typed-all-day-onsite-trip"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250418T021110Z
UID:D1F3A5C7-E9B1-4D3F-A5C7-E9B1D3F5A7C9
DTEND;VALUE=DATE:20250425
SUMMARY:Saltbox onsite - SF ✈️
LAST-MODIFIED:20250418T021125Z
DTSTAMP:20250418T021125Z
DTSTART;VALUE=DATE:20250424
LOCATION:Saltbox Commerce\, 88 King St\, San Francisco
SEQUENCE:0
DESCRIPTION:UA 1420 DEN 6:05a -> SFO. loop 10-2 (4 interviews + lunch)\, s
 chedule in gmail. PTO'd at Summitline (said dentist lol)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final",
        "uid": ("040000008200E00074C5B7101A82E00800000000E2A4C6E8F0A2DB01"
                "00000000000000001000000011C3E5A7C9E1B3D5F7A9C1E3B5D7F9A1"),
        "label": (1, "Ironwood Cyber", "Senior Account Executive - Mid-Market", "final",
                  "frank.oduya@ironwoodcyber.com", "outlook-sent-by-ea-eastern-final"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Oduya, Frank";SENT-BY="mailto:marisol.vega@ironwoodcyber.com":mailto:frank.oduya@ironwoodcyber.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
DESCRIPTION;LANGUAGE=en-US:Scheduled on behalf of Frank Oduya\, VP of Sales
 .\n\nFinal interview - Senior Account Executive\, Mid-Market.\n\nMarisol Veg
 a | Executive Assistant to the VP of Sales | Ironwood Cyber\n\n____________
 ____________________________________________________________________\nMicro
 soft Teams meeting\nMeeting ID: 249 883 110 276\nPasscode: dP3xK8\nDial in b
 y phone\n+1 646-555-0159\,\,620114558# United States\, New York City\nPhone
  conference ID: 620 114 558#\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E2A4C6E8F0A2DB0100000000000000001000000011C3E5A7C9E1B3D5F7A9C1E3B5D7F9A1
SUMMARY;LANGUAGE=en-US:Tyler Brooks / Frank Oduya
DTSTART;TZID=Eastern Standard Time:20250516T140000
DTEND;TZID=Eastern Standard Time:20250516T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T131902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-round",
        "uid": "WD-INTERVIEW-EVT-4417-88201-lanternmetrics",
        "label": (1, "Lantern Metrics", "Account Executive, Mid Market", "hiring_manager",
                  "bianca.forde@lanternmetrics.com", "workday-ics-round-2-sales-director"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-4417-88201-lanternmetrics
DTSTAMP:20250407T150211Z
DTSTART:20250410T190000Z
DTEND:20250410T194500Z
SUMMARY:Interview: Account Executive\, Mid Market - Round 2
ORGANIZER;CN=Lantern Metrics:mailto:lanternmetrics@myworkday.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Bianca Forde;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bianca.forde@lanternmetrics.com
LOCATION:Zoom
DESCRIPTION:Job Requisition: R-3310 Account Executive\, Mid Market\nInterv
 iew Type: Round 2 - Sales Director\nInterviewer: Bianca Forde\n\nZoom link:
  https://lanternmetrics.zoom.us/j/99120334418\n\nTo view or manage this int
 erview\, sign in to your Workday candidate home account.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
