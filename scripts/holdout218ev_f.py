# ruff: noqa: E501
"""holdout218 events, part f: more of Hannah on the hiring side (free clinic hiring, recurring admissions days, tutors)."""

from holdout218ev_tz import NY, WIN_EST, neg

EVENTS = [
    neg("agency-candidate", "9b3e1f7a-2c4d-4e5f-8a6b-0c1d2e3f4a5b@roberthalf.com",
        "user-as-interviewer-agency-sends-candidate-free-clinic",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:9b3e1f7a-2c4d-4e5f-8a6b-0c1d2e3f4a5b@roberthalf.com
DTSTAMP:20251020T140233Z
DTSTART;TZID=America/New_York:20251023T180000
DTEND;TZID=America/New_York:20251023T183000
SUMMARY:Candidate intro: Shanice W. for Clinic Operations Coordinator (PT) - Weinland Park Free Clinic
ORGANIZER;CN="Pruitt, Alana":mailto:alana.pruitt@roberthalf.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Omar Haddad:mailto:wpfc.director@gmail.com
DESCRIPTION:Hi Hannah and Omar\,\n\nAs discussed\, I'd like to introduce Shanice W.\, who I think is a great fit for your part-time Clinic Operations Coordinator role - 4 yrs front desk/scheduling at a FQHC\, bilingual EN/ES\, available Tue/Thu evenings. Resume attached (Robert Half candidate ID 7731902).\n\nI've blocked 30 min for you two to meet her by phone - she'll call the number you gave me. Please send me your feedback afterwards so I can coordinate next steps.\n\nAlana Pruitt\nRecruiting Manager\, Administrative & Customer Support\nRobert Half | Columbus\n
LOCATION:Phone - candidate will call 614-555-0187
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("panel-zoom", "ZOOM97720551438@zoom.us",
        "user-as-interviewer-free-clinic-panel-member",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251027T011901Z
DTSTART:20251030T230000Z
DTEND:20251031T000000Z
SUMMARY:WPFC coordinator hiring panel - candidates 2 & 3
UID:ZOOM97720551438@zoom.us
TZID:America/New_York
DESCRIPTION:Omar Haddad is inviting you to a scheduled Zoom meeting.\n\nPa
 nel: Omar (board chair)\, Hannah (student co-director)\, Bea (nurse volun
 teer lead). 7:00 Shanice W.\, 7:30 Luis R. Use the shared question list +
  scoring grid in the drive. Candidates get the waiting room link only.\n\n
 Join Zoom Meeting\nhttps://us06web.zoom.us/j/97720551438?pwd=aWZwY0RvY2\n\
 nMeeting ID: 977 2055 1438\nPasscode: wpfc\n
LOCATION:https://us06web.zoom.us/j/97720551438?pwd=aWZwY0RvY2
END:VEVENT
END:VCALENDAR
"""),
    neg("working-interview", "6q0d4m9s2k7v1e5b8n3c0h6ptf@google.com",
        "user-as-interviewer-supervises-candidate-trial-shift",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251104T173000
DTEND;TZID=America/New_York:20251104T210000
DTSTAMP:20251031T145500Z
ORGANIZER;CN=Omar Haddad:mailto:wpfc.director@gmail.com
UID:6q0d4m9s2k7v1e5b8n3c0h6ptf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hannah
 .lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqvist.md@gmail.co
 m
DESCRIPTION:Shanice's paid trial shift at Tuesday clinic. Hannah supervise
 s at front desk: check-in\, Epic scheduling\, interpreter requests. Quick
  feedback form to Omar by Wed.
LOCATION:Weinland Park Free Clinic\, 1190 N 4th St\, Columbus
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial shift - coordinator candidate (Hannah supervising)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("hiring-debrief", "C7B5A3E1-9F2D-4B6C-8A0E-2D4F6B8A0C1E",
        "user-as-interviewer-hiring-debrief-offer-decision",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20251105T023301Z
DTSTART;TZID=America/New_York:20251106T190000
DTEND;TZID=America/New_York:20251106T193000
DTSTAMP:20251105T023315Z
SUMMARY:WPFC debrief w Omar + Bea - offer?
DESCRIPTION:Shanice great on trial shift\, Luis withdrew. need board OK fo
 r $19/hr. call Alana @ RH re fee
UID:C7B5A3E1-9F2D-4B6C-8A0E-2D4F6B8A0C1E
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("recurring-override", "040000008200E00074C5B7101A82E00800000000D5E6F7A8B92ADC010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170",
        "user-as-interviewer-recurring-admissions-days-with-override",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="COM Admissions":mailto:medicine.admissions@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Standing hold for your Tuesday afternoon applicant interviews (student interviewer pool B). Individual applicant assignments appear in OASIS the Friday before.\n
RRULE:FREQ=WEEKLY;UNTIL=20251217T050000Z;INTERVAL=1;BYDAY=TU;WKST=SU
EXDATE;TZID=Eastern Standard Time:20251125T130000
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B92ADC010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170
SUMMARY;LANGUAGE=en-US:Admissions interviews - student interviewer (Pool B)
DTSTART;TZID=Eastern Standard Time:20251014T130000
DTEND;TZID=Eastern Standard Time:20251014T163000
DTSTAMP:20250930T181002Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Meiling Hall interview suite
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="COM Admissions":mailto:medicine.admissions@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Moved to Wednesday this week (Tuesday = MMI day). Virtual - Zoom links in OASIS.\n
RECURRENCE-ID;TZID=Eastern Standard Time:20251202T130000
UID:040000008200E00074C5B7101A82E00800000000D5E6F7A8B92ADC010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170
SUMMARY;LANGUAGE=en-US:Admissions interviews - student interviewer (Pool B) - MOVED TO WED
DTSTART;TZID=Eastern Standard Time:20251203T090000
DTEND;TZID=Eastern Standard Time:20251203T123000
DTSTAMP:20251118T141122Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR
"""),
    neg("bookings-host", "bk-2F8E6D4C2B0A49E7C5A3F1D9B7E5C3A1@osumc.edu",
        "user-as-interviewer-bookings-staff-member-applicant-booked",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN=COM Virtual Admissions Interviews:mailto:COMVirtualInterviews@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tessa Nakagawa:mailto:tessa.nakagawa@utexas.edu
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Virtual Applicant Interview - Student Interviewer (30 min)\nStaff: Hannah Lindqvist\nCustomer: Tessa Nakagawa (AMCAS 15377420)\nCustomer email: tessa.nakagawa@utexas.edu\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGU4ZjYx%40thread.v2/0\nMeeting ID: 288 004 615 732\nPasscode: kT5wZp\n\nEvaluation form link appears in OASIS after the meeting ends.\n
UID:bk-2F8E6D4C2B0A49E7C5A3F1D9B7E5C3A1@osumc.edu
SUMMARY;LANGUAGE=en-US:Virtual Applicant Interview - Student Interviewer (30 min) - Tessa Nakagawa
DTSTART;TZID=Eastern Standard Time:20251119T150000
DTEND;TZID=Eastern Standard Time:20251119T153000
DTSTAMP:20251109T230114Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    neg("tutor-hiring", "4k8p1d6s0m3q9v2c7e5n0b8rjw@google.com",
        "user-as-interviewer-peer-tutor-selection",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260120T170000
DTEND;TZID=America/New_York:20260120T190000
DTSTAMP:20260112T181509Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@osumc.edu
UID:4k8p1d6s0m3q9v2c7e5n0b8rjw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nate K
 ruger;X-NUM-GUESTS=0:mailto:nathan.kruger@osumc.edu
DESCRIPTION:Step 1 peer tutor program - selecting next year's paid tutors
  (MS2 applicants). 15-min slots\, each applicant teaches a 5-min mini-les
 son then Qs. Score on sheet (content / clarity / approachability). Nate
  + me.\n\n5:00 Aaliyah\n5:15 Ben T\n5:30 Chidi\n5:45 break\n6:00 Grace\n6:
 15 Tomas\n6:30 Yuki
LOCATION:Prior Hall 2040
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Peer tutor applicant sessions (MS2s)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("scorecards", "5D7F9B1C-3E4A-4C8B-9D2E-6A8C0E2F4B61",
        "user-as-interviewer-scorecards-early-assurance-applicants",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260203T020304Z
UID:5D7F9B1C-3E4A-4C8B-9D2E-6A8C0E2F4B61
DTSTART;VALUE=DATE:20260206
DTEND;VALUE=DATE:20260207
DTSTAMP:20260203T020317Z
SUMMARY:EA scorecards due (BS/MD pathway applicants - 5 files)
DESCRIPTION:Early Assurance program - finish my 5 interview scorecards +
  one-line recs before Monday committee. Kim said be harsher on "motivati
 on for medicine" section
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
]
