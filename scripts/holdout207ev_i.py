# ruff: noqa: E501
"""holdout207 events, part i: personal life and job-search look-alikes (all negatives)."""

from holdout207ev_tz import GMT_STD, LONDON


def neg(kind: str, uid: str, trap: str, ics: str, eol: str = "crlf") -> dict:
    return dict(kind=kind, eol=eol, uid=uid, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, ics=ics)


EVENTS = [
    neg("gcal-export", "3q1w5e7r9t2y4u6i8o0p1a3s5d@google.com", "gp-appointment-google-export-x-wr-timezone", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Fiona
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250324T084000Z
DTEND:20250324T090000Z
DTSTAMP:20250601T101500Z
UID:3q1w5e7r9t2y4u6i8o0p1a3s5d@google.com
CREATED:20250310T193000Z
DESCRIPTION:knee again. ask re physio referral + fit note not needed
LAST-MODIFIED:20250310T193000Z
LOCATION:Cults Medical Group
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:GP - Dr Wilson
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("gcal-export", "8z6x4c2v0b1n3m5l7k9j0h2g4f@google.com", "mot-garage-booking", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Fiona
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250414T073000Z
DTEND:20250414T090000Z
DTSTAMP:20250601T101500Z
UID:8z6x4c2v0b1n3m5l7k9j0h2g4f@google.com
DESCRIPTION:Fiesta MOT + check the rear brake pad they mentioned. ref KF-3
 391027
LOCATION:Kwik Fit Bridge of Don
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:MOT - Kwik Fit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("zoom-invite", "ZOOM71830945521@zoom.us", "mock-panel-interview-with-career-coach", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
DTSTAMP:20250508T090000Z
DTSTART;TZID=Europe/London:20250513T180000
DTEND;TZID=Europe/London:20250513T193000
SUMMARY:Mock panel interview + presentation run-through - Fiona
UID:ZOOM71830945521@zoom.us
TZID:Europe/London
DESCRIPTION:Lorna Cowie is inviting you to a scheduled Zoom meeting.\n\nFion
 a - I'll play the panel (I'll bring a colleague as the HR person). Do the
  20 min safety case presentation as if it's Thursday\, then we'll do 40 min
  of hard competency questions and feedback on your STAR answers.\n\nJoin Zoo
 m Meeting\nhttps://us06web.zoom.us/j/71830945521?pwd=bG9ybmFjb2FjaA\nMeeting
  ID: 718 3094 5521\nPasscode: 204613\n\nLorna Cowie Coaching - career transi
 tions for energy professionals
LOCATION:https://us06web.zoom.us/j/71830945521?pwd=bG9ybmFjb2FjaA
END:VEVENT
END:VCALENDAR
"""),
    neg("webinar-invite", "webinar-84412290311-fiona@zoom.us", "webinar-on-interviewing-for-offshore-wind", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250219T120000Z
DTSTART:20250226T123000Z
DTEND:20250226T133000Z
SUMMARY:Webinar: Interviewing for your first offshore wind role - from oil & gas to renewables
UID:webinar-84412290311-fiona@zoom.us
DESCRIPTION:Hi Fiona Mackenzie\,\n\nThank you for registering for "Intervie
 wing for your first offshore wind role". Our panel of hiring managers and
  recruiters will cover competency-based interviews\, transferable skills fr
 om oil & gas\, GWO certification and what assessment centres look like.\n\n
 Join from PC\, Mac\, iPad or Android: https://us02web.zoom.us/w/84412290311
 ?tk=abc\nWebinar ID: 844 1229 0311\n\nHosted by Renewable Energy Careers Scot
 land
LOCATION:https://us02web.zoom.us/w/84412290311
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000D5CEBFA09B79DB01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8", "own-annual-appraisal-pdr", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Thomson, Keith (Ops Manager)":mailto:keith.thomson@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Fiona - your 2024/25 Performance & Development Re
 view. Please complete the self-assessment in Cezanne beforehand (objective
 s\, competencies\, training needs - NEBOSH Diploma support?). We'll also t
 alk about career aspirations.\nKeith\n
SUMMARY;LANGUAGE=en-GB:PDR 2024/25 - Fiona Mackenzie / Keith Thomson
DTSTART;TZID=GMT Standard Time:20250228T093000
DTEND;TZID=GMT Standard Time:20250228T103000
UID:040000008200E00074C5B7101A82E00800000000D5CEBFA09B79DB01000000000000000010000000A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250214T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Altens - Keith's office
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000E6DFC0B1AC8EDB01000000000000000010000000E1E1E1E1F2F2F2F203030303141414AB", "own-exit-interview-current-employer", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\, as part of your leaving process we off
 er everyone a confidential exit interview with HR (not your line manager).
  It's about 30 mins - what worked\, what didn't\, why you're moving on. We
 'll also cover final pay\, company kit return and your offshore certs.\nSh
 ona\n
SUMMARY;LANGUAGE=en-GB:Exit interview - Fiona Mackenzie
DTSTART;TZID=GMT Standard Time:20250627T110000
DTEND;TZID=GMT Standard Time:20250627T113000
UID:040000008200E00074C5B7101A82E00800000000E6DFC0B1AC8EDB01000000000000000010000000E1E1E1E1F2F2F2F203030303141414AB
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250616T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Altens - HR room
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E", "informational-coffee-ex-colleague-in-wind", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:B7C8D9E0-F1A2-4B3C-9D4E-5F6A7B8C9D0E
DTSTAMP:20250217T091500Z
DTSTART:20250221T123000
DTEND:20250221T133000
SUMMARY:Coffee w Ruth - pick her brains re wind
LOCATION:Foodstory\, Thistle St
DESCRIPTION:ex Talisman\, now HSE at Seagreen. what's it really like - GWO\,
  CTV transfers\, less PTW? who's hiring? she's buying (her turn)
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("typed-entry", "C8D9E0F1-A2B3-4C4D-8E5F-6A7B8C9D0E1F", "careers-fair-all-energy-multi-day", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.4//EN
BEGIN:VEVENT
UID:C8D9E0F1-A2B3-4C4D-8E5F-6A7B8C9D0E1F
DTSTAMP:20250402T190000Z
DTSTART;VALUE=DATE:20250514
DTEND;VALUE=DATE:20250516
SUMMARY:All-Energy - SEC Glasgow (careers hub + HSE stream)
DESCRIPTION:free pass reg'd. careers & skills hub Wed\, HSE seminar stream
  Thu am then SSE after lunch. take CVs (10). train 06:52 from ABZ.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("typed-entry", "D9E0F1A2-B3C4-4D5E-9F6A-7B8C9D0E1F2A", "reference-call-user-is-referee", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
BEGIN:VEVENT
UID:D9E0F1A2-B3C4-4D5E-9F6A-7B8C9D0E1F2A
DTSTAMP:20250418T160000Z
DTSTART:20250422T170000
DTEND:20250422T171500
SUMMARY:Ref call - Stuart W (Harbour Energy ringing me)
DESCRIPTION:I'm his referee for the HSE tech lead job. they'll call my mobi
 le. he was solid on Clair - say so.
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000F7E0D1C2BD7DDB010000000000000000100000000A1B0A1B0A1B0A1B0A1B0A1B0A1B0A1B", "recruiter-call-client-not-named", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Ross Ogilvie:mailto:r.ogilvie@spencer-ogden.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\, thanks for connecting. I'm recruiting
  an HSE Manager for a major offshore wind developer (can't name them yet -
  confidential search) and a couple of other roles in the O&M space. Quick
  call to understand what you're after and share what's out there.\nRoss O
 gilvie\, Senior Consultant - Offshore Wind\, Spencer Ogden\n
SUMMARY;LANGUAGE=en-GB:Fiona / Ross (Spencer Ogden) - catch-up
DTSTART;TZID=GMT Standard Time:20250219T173000
DTEND;TZID=GMT Standard Time:20250219T180000
UID:040000008200E00074C5B7101A82E00800000000F7E0D1C2BD7DDB010000000000000000100000000A1B0A1B0A1B0A1B0A1B0A1B0A1B0A1B
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "E0F1A2B3-C4D5-4E6F-8A7B-8C9D0E1F2A3B", "prep-block-for-final-presentation", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.4//EN
BEGIN:VEVENT
UID:E0F1A2B3-C4D5-4E6F-8A7B-8C9D0E1F2A3B
DTSTAMP:20250503T100000Z
DTSTART:20250512T080000
DTEND:20250512T120000
SUMMARY:PREP - SSE safety case pres
DESCRIPTION:finish slides (max 8!) - MAH register\, bowties\, ALARP\, bridg
 ing docs w Tier 1s. send to Aileen by 5pm WED. practise out loud x3. STAR
  examples for panel.
END:VEVENT
END:VCALENDAR
""", eol="lf"),
]
