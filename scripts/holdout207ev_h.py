# ruff: noqa: E501
"""holdout207 events, part h: Fiona's offshore work calendar and look-alikes of interviews (all negatives)."""

from holdout207ev_tz import GMT_STD, LONDON


def neg(kind: str, uid: str, trap: str, ics: str, eol: str = "crlf") -> dict:
    return dict(kind=kind, eol=eol, uid=uid, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, ics=ics)


EVENTS = [
    neg("typed-entry", "0D9E8F7A-6B5C-4D3E-2F1A-0B9C8D7E6F5A", "rotation-block-recurring-with-override", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:0D9E8F7A-6B5C-4D3E-2F1A-0B9C8D7E6F5A
DTSTAMP:20250115T210000Z
DTSTART;VALUE=DATE:20250203
DTEND;VALUE=DATE:20250217
RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=6
SUMMARY:ON ROTATION – no signal
DESCRIPTION:Ythan Alpha. wifi in LQ only\, evenings. emergencies via Grampia
 n duty phone 01224 900 800
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:0D9E8F7A-6B5C-4D3E-2F1A-0B9C8D7E6F5A
DTSTAMP:20250331T064500Z
RECURRENCE-ID;VALUE=DATE:20250331
DTSTART;VALUE=DATE:20250401
DTEND;VALUE=DATE:20250415
SUMMARY:ON ROTATION – no signal (fog - flew Tues)
DESCRIPTION:heli cancelled Mon\, fog at Dyce. back a day later too.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000807A6B5C4D7BDB010000000000000000100000005E2B7C91D04F3A6B8C1D2E3F40516273",
        "work-roster-all-day-trip-block", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="GOS Crew Planning":mailto:crewplanning@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Trip 2025/09 - Ythan Alpha - HSE Advisor (B crew)
 \nOutbound: Mon 28/04 Bristow Dyce\, check-in 06:10\nReturn: Sun 11/05\nBac
 k-to-back: G. Rennie\n
SUMMARY;LANGUAGE=en-GB:Offshore - Ythan Alpha (back 11th)
DTSTART;VALUE=DATE:20250428
DTEND;VALUE=DATE:20250512
UID:040000008200E00074C5B7101A82E00800000000807A6B5C4D7BDB010000000000000000100000005E2B7C91D04F3A6B8C1D2E3F40516273
CLASS:PUBLIC
DTSTAMP:20250301T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "7E6D5C4B-3A29-4180-9F8E-7D6C5B4A3928", "heli-flight-check-in-floating", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
BEGIN:VEVENT
UID:7E6D5C4B-3A29-4180-9F8E-7D6C5B4A3928
DTSTAMP:20250520T200000Z
DTSTART:20250526T061000
DTEND:20250526T080000
SUMMARY:Heli - Bristow Dyce check-in 0610
DESCRIPTION:S-92 to YA. passport/vantage card. ear defenders. 16kg limit
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000918A7B6C5D8DDB0100000000000000001000000066554433221100FFEEDDCCBBAA998877",
        "incident-investigation-witness-interviews", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ythan Alpha OIM":mailto:ythana.oim@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Scaffold Supervisor YA":mailto:ya.scaffsup@grampianoffshore.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Duthie, Mark (Onshore HSE)":mailto:mark.duthie@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:HiPo IR-2025-031 - dropped object (scaffold clip\,
  0.4 kg\, ~18 m) cellar deck\, 05/03 08:40.\nWitness interviews one at a tim
 e\, 20 min each: scaffolder x2\, banksman\, area authority. Then timeline/Ta
 pRooT session. Interviews are fact-finding not disciplinary - please tell t
 he lads.\n
SUMMARY;LANGUAGE=en-GB:IR-2025-031 dropped object - witness interviews + timeline
DTSTART;TZID=GMT Standard Time:20250306T130000
DTEND;TZID=GMT Standard Time:20250306T163000
UID:040000008200E00074C5B7101A82E00800000000918A7B6C5D8DDB0100000000000000001000000066554433221100FFEEDDCCBBAA998877
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA Conference Room (LQ deck 2)
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000A29B8C7D6E81DB010000000000000000100000006A3C8DA2E15F4B7C9D2E3F4051627384",
        "daily-toolbox-talk-recurring-with-override", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA Day Shift":mailto:ya.dayshift@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Daily toolbox talk - topic on the board in the ga
 lley. Sign the attendance sheet.\n
RRULE:FREQ=DAILY;COUNT=14
SUMMARY;LANGUAGE=en-GB:Toolbox talk 0645 - galley
DTSTART;TZID=GMT Standard Time:20250428T064500
DTEND;TZID=GMT Standard Time:20250428T070000
UID:040000008200E00074C5B7101A82E00800000000A29B8C7D6E81DB010000000000000000100000006A3C8DA2E15F4B7C9D2E3F4051627384
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA Galley
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA Day Shift":mailto:ya.dayshift@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA Night Shift":mailto:ya.nightshift@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Safety stand-down after IR-2025-044 (second dropp
 ed object this quarter). All hands incl. night shift before they turn in.
  OIM to open.\n
RECURRENCE-ID;TZID=GMT Standard Time:20250505T064500
SUMMARY;LANGUAGE=en-GB:SAFETY STAND-DOWN - dropped objects (replaces toolbox talk)
DTSTART;TZID=GMT Standard Time:20250505T063000
DTEND;TZID=GMT Standard Time:20250505T071500
UID:040000008200E00074C5B7101A82E00800000000A29B8C7D6E81DB010000000000000000100000006A3C8DA2E15F4B7C9D2E3F4051627384
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250504T201000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:YA Cinema room
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000B3AC9D8E7F8ADB0100000000000000001000000045A45A45A45A45A45A45A45A45A45A45",
        "iso-internal-audit-opening-meeting", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Duthie, Mark (Onshore HSE)":mailto:mark.duthie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ythan Alpha OIM":mailto:ythana.oim@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:ISO 45001 / 14001 internal audit of Ythan Alpha
 . Opening meeting then auditee interviews with dept heads (maintenance\, p
 roduction\, marine\, catering) over 2 days. Fiona as guide and HSE record
 s. Closing meeting Thurs 10/04 14:00.\n
SUMMARY;LANGUAGE=en-GB:Internal audit ISO 45001/14001 - YA - opening meeting
DTSTART;TZID=GMT Standard Time:20250408T083000
DTEND;TZID=GMT Standard Time:20250408T093000
UID:040000008200E00074C5B7101A82E00800000000B3AC9D8E7F8ADB0100000000000000001000000045A45A45A45A45A45A45A45A45A45A45
CLASS:PUBLIC
DTSTAMP:20250325T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA Conference Room
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000C4BDAE9F8A79DB010000000000000000100000007D7D7D7D8E8E8E8E9F9F9F9FA0A0A0A0",
        "permit-to-work-monthly-review", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA Area Authorities":mailto:ya.aa@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA Maintenance Supervisor":mailto:ya.maintsup@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Monthly PTW review: sample 10 live permits + ICCs
 \, SIMOPS matrix\, long-term isolations register. Findings into Synergi.\n
SUMMARY;LANGUAGE=en-GB:PTW monthly review / ICC audit
DTSTART;TZID=GMT Standard Time:20250310T100000
DTEND;TZID=GMT Standard Time:20250310T113000
UID:040000008200E00074C5B7101A82E00800000000C4BDAE9F8A79DB010000000000000000100000007D7D7D7D8E8E8E8E9F9F9F9FA0A0A0A0
CLASS:PUBLIC
DTSTAMP:20250303T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA Permit Office
END:VEVENT
END:VCALENDAR
"""),
    neg("provider-booking", "booking-88213-foet-20250611@relyon-nutec-aberdeen.co.uk", "foet-bosiet-refresher-course-booking", r"""BEGIN:VCALENDAR
PRODID:-//RelyOn Nutec//Course Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
UID:booking-88213-foet-20250611@relyon-nutec-aberdeen.co.uk
DTSTAMP:20250402T100000Z
DTSTART;TZID=Europe/London:20250611T080000
DTEND;TZID=Europe/London:20250611T170000
SUMMARY:OPITO FOET (BOSIET refresher) incl. CA-EBS - Aberdeen
DESCRIPTION:Delegate: Fiona Mackenzie\nCompany: Grampian Offshore Services\n
 Course: OPITO FOET with CA-EBS (5095)\nPlease bring photo ID and your previ
 ous BOSIET/FOET certificate. Swimwear and towel. Arrive 07:45 for registrat
 ion.\nBooking ref: 88213
LOCATION:RelyOn Nutec\, Altens Farm Road\, Aberdeen
END:VEVENT
END:VCALENDAR
"""),
    neg("gcal-invite", "riverside-rec-1f2e3d4c5b6a@riverside.fm", "podcast-interview-women-offshore", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250617T170000Z
DTEND:20250617T181500Z
DTSTAMP:20250603T121212Z
ORGANIZER;CN=Holly Strachan:mailto:holly@northseawomenpodcast.com
UID:riverside-rec-1f2e3d4c5b6a@riverside.fm
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION:Hi Fiona! Thanks so much for agreeing to come on. We'll record
  the interview on Riverside - headphones\, laptop on Chrome\, quiet room. We
 'll chat about 15 years offshore\, being the only woman on the install for
  most of it\, and what HSE looks like in wind. Studio link: https://rivers
 ide.fm/studio/north-sea-women?t=9a8b7c\n\nHolly\nNorth Sea Women podcast
LOCATION:https://riverside.fm/studio/north-sea-women?t=9a8b7c
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:North Sea Women podcast - recording (guest interview: Fiona Mackenzie)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "6F5E4D3C-2B1A-4098-8F7E-6D5C4B3A2918", "ceilidh-class-weekly-recurring", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
""" + LONDON + r"""BEGIN:VEVENT
UID:6F5E4D3C-2B1A-4098-8F7E-6D5C4B3A2918
DTSTAMP:20250110T200000Z
DTSTART;TZID=Europe/London:20250218T193000
DTEND;TZID=Europe/London:20250218T213000
RRULE:FREQ=WEEKLY;BYDAY=TU
EXDATE;TZID=Europe/London:20250304T193000,20250311T193000,20250401T193000,20250408T193000
SUMMARY:Ceilidh dancing
LOCATION:Cults Parish Church Hall
DESCRIPTION:£6 cash. Strip the Willow practice!!
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("typed-entry", "A1B2C3D4-E5F6-4789-8ABC-DEF012345678", "mums-hospital-appointment", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:A1B2C3D4-E5F6-4789-8ABC-DEF012345678
DTSTAMP:20250212T083000Z
DTSTART:20250227T104000
DTEND:20250227T123000
SUMMARY:Mum - ARI cardiology OPD 10:40
LOCATION:Aberdeen Royal Infirmary\, Foresterhill
DESCRIPTION:pick her up 9.45. bring med list + the letter. park at the mul
 ti-storey\, ward 108 lift
END:VEVENT
END:VCALENDAR
""", eol="lf"),
]
