# ruff: noqa: E501
"""holdout207 events, part j: more work and personal look-alikes (all negatives)."""

from holdout207ev_tz import GMT_STD, LONDON


def neg(kind: str, uid: str, trap: str, ics: str, eol: str = "crlf") -> dict:
    return dict(kind=kind, eol=eol, uid=uid, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, ics=ics)


EVENTS = [
    neg("typed-entry", "F1A2B3C4-D5E6-4F7A-9B8C-9D0E1F2A3B4C", "thank-you-email-reminder", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
BEGIN:VEVENT
UID:F1A2B3C4-D5E6-4F7A-9B8C-9D0E1F2A3B4C
DTSTAMP:20250520T163000Z
DTSTART:20250521T090000
DTEND:20250521T091500
SUMMARY:thank you emails - Esbjerg (Lars\, Sofie\, Mette)
DESCRIPTION:mention the quayside walk + the CTV transfer stats Lars quoted.
  cc Mette re expenses (taxi Billund)
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("provider-booking", "abermed-appt-2025-061005-fm@abermed.com", "pre-employment-medical-after-offer", r"""BEGIN:VCALENDAR
PRODID:-//Abermed//Appointments//EN
VERSION:2.0
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
UID:abermed-appt-2025-061005-fm@abermed.com
DTSTAMP:20250602T113000Z
DTSTART;TZID=Europe/London:20250610T090000
DTEND;TZID=Europe/London:20250610T103000
SUMMARY:Pre-employment medical: OEUK offshore medical + D&A screen
DESCRIPTION:Patient: Fiona Mackenzie\nReferred by: SSE Renewables (pre-empl
 oyment)\nAppointment: OEUK Medical Assessment of Fitness to Work Offshore\,
  Drug & Alcohol screen\, audiometry\nPlease bring photo ID\, glasses/lenses
  and a list of current medication. Do not drink alcohol in the 24h before.
LOCATION:Abermed\, 16 Albyn Place\, Aberdeen
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E0080000000008F1E2D3CEC5DB0100000000000000001000000033CC33CC44DD44DD55EE55EE66FF66FF", "research-interview-university-study", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Anderson, Dr Kirsty":mailto:k.anderson@abdn.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nThank you for agreeing to take pa
 rt in our study "Rotational work\, wellbeing and the energy transition". Th
 is is a semi-structured research interview of about 45 minutes\; with your
  consent it will be recorded and transcribed. The participant information
  sheet and consent form are attached - please return the form before the
  interview. A £20 voucher is offered as thanks.\n\nDr Kirsty Anderson\nSch
 ool of Psychology\, University of Aberdeen\n\nMicrosoft Teams meeting\nhttps:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_NzQyYmRh\n
SUMMARY;LANGUAGE=en-GB:Research interview - rotational work study (participant 17)
DTSTART;TZID=GMT Standard Time:20250516T150000
DTEND;TZID=GMT Standard Time:20250516T154500
UID:040000008200E00074C5B7101A82E0080000000008F1E2D3CEC5DB0100000000000000001000000033CC33CC44DD44DD55EE55EE66FF66FF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250507T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    neg("gcal-invite", "7p5o3i1u9y7t5r3e1w9q8a6s4d@google.com", "press-interview-newspaper-phone", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250424T113000Z
DTEND:20250424T120000Z
DTSTAMP:20250422T084500Z
ORGANIZER;CN=Calum Ritchie:mailto:calum.ritchie.pj@gmail.com
UID:7p5o3i1u9y7t5r3e1w9q8a6s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION:Hi Fiona\, thanks for agreeing to speak to me for the feature on
  North Sea workers moving into wind - 20 mins on the phone\, and we'd like
  a photo of you in kit if possible. Not naming your employer unless you're
  happy to. Calum Ritchie\, energy reporter\, The Press and Journal
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:P&J interview - oil & gas to wind feature
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "0A1B2C3D-4E5F-4A6B-8C7D-E8F9A0B1C2D3", "bank-mortgage-appointment", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:0A1B2C3D-4E5F-4A6B-8C7D-E8F9A0B1C2D3
DTSTAMP:20250210T200000Z
DTSTART:20250225T140000
DTEND:20250225T150000
SUMMARY:Mortgage review - Aberdeen Building Society
LOCATION:Union St branch
DESCRIPTION:fix ends May. bring 3 payslips (incl offshore allowance) + P60
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("gcal-export", "4k6j8h0g2f4d6s8a0p2o4i6u8y@google.com", "dentist-google-export", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Fiona
X-WR-TIMEZONE:Europe/London
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250616T085000
DTEND;TZID=Europe/London:20250616T092000
DTSTAMP:20250601T101500Z
UID:4k6j8h0g2f4d6s8a0p2o4i6u8y@google.com
LOCATION:Bon Accord Dental Practice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dentist (check-up + hygienist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000190A1B2CDB7FDB0100000000000000001000000099887766554433221100AABBCCDDEEFF", "offshore-safety-committee-meeting", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Ythan Alpha OIM":mailto:ythana.oim@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA Safety Reps":mailto:ya.safetyreps@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Monthly installation safety committee (SI 1989/97
 1). Agenda: IR-2025-044 update\, stand-down feedback\, safety rep inspectio
 ns\, noise survey results\, AOB. Fiona to present the HSE stats.\n
SUMMARY;LANGUAGE=en-GB:YA Safety Committee - May
DTSTART;TZID=GMT Standard Time:20250508T183000
DTEND;TZID=GMT Standard Time:20250508T193000
UID:040000008200E00074C5B7101A82E00800000000190A1B2CDB7FDB0100000000000000001000000099887766554433221100AABBCCDDEEFF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA Cinema room
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-appointment", "040000008200E00074C5B7101A82E008000000002A1B2C3DEC7DDB01000000000000000010000000123123123456456456789789789ABCAB", "competence-assessment-of-existing-technician", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:OPITO CMS - observe Jamie Milne (HSE Tech\, in po
 st since Jan) doing gas testing for confined space entry (Unit 3). Collect
  evidence for the assessment record + professional discussion after. Sign
  off if competent.\n
SUMMARY;LANGUAGE=en-GB:Competence assessment - J Milne - gas testing (OPITO CMS)
DTSTART;TZID=GMT Standard Time:20250407T090000
DTEND;TZID=GMT Standard Time:20250407T113000
UID:040000008200E00074C5B7101A82E008000000002A1B2C3DEC7DDB01000000000000000010000000123123123456456456789789789ABCAB
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA Module 3 / HSE office
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000003B2C3D4EFD79DB01000000000000000010000000FACEFACEFACEFACEFACEFACEFACEFACE", "emergency-response-exercise", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Ythan Alpha OIM":mailto:ythana.oim@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="YA ERT":mailto:ya.ert@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Unannounced to POB - H2S release scenario at wel
 lhead area\, muster + ERT response + casualty. Fiona and Medic as observers
 /scribes. Hot debrief in the ECR after. Do NOT forward.\n
SUMMARY;LANGUAGE=en-GB:ERT exercise (H2S) - observers only
DTSTART;TZID=GMT Standard Time:20250309T140000
DTEND;TZID=GMT Standard Time:20250309T160000
UID:040000008200E00074C5B7101A82E008000000003B2C3D4EFD79DB01000000000000000010000000FACEFACEFACEFACEFACEFACEFACEFACE
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250305T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA ECR
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000004C3D4E5F0E8BDB010000000000000000100000000ABC0ABC1DEF1DEF2ABC2ABC3DEF3DEF", "back-to-back-handover-call", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Rennie, Gary":mailto:gary.rennie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Handover before you fly Monday - open IRs\, PTW
  audit actions\, scaffold inspection backlog\, new HSE tech starting.\n\nMi
 crosoft Teams meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameet
 ing_OGQ1YjEz\n
SUMMARY;LANGUAGE=en-GB:HSE handover - Gary / Fiona
DTSTART;TZID=GMT Standard Time:20250425T153000
DTEND;TZID=GMT Standard Time:20250425T161500
UID:040000008200E00074C5B7101A82E008000000004C3D4E5F0E8BDB010000000000000000100000000ABC0ABC1DEF1DEF2ABC2ABC3DEF3DEF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "1B2C3D4E-5F6A-4B7C-8D9E-F0A1B2C3D4E5", "application-deadline-reminder-all-day", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:1B2C3D4E-5F6A-4B7C-8D9E-F0A1B2C3D4E5
DTSTAMP:20250213T210000Z
DTSTART;VALUE=DATE:20250305
DTEND;VALUE=DATE:20250306
SUMMARY:Vestas HSE mgr Esbjerg - apply by today!! (Workday)
DESCRIPTION:tailor CV - GWO? mention Danish sector experience = none\, be h
 onest. cover letter in English fine
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", eol="lf"),
]
