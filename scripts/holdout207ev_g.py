# ruff: noqa: E501
"""holdout207 events, part g: more hiring-side events at Grampian Offshore Services (all negatives)."""

from holdout207ev_tz import GMT_STD, LONDON


def neg(kind: str, uid: str, trap: str, ics: str, eol: str = "crlf") -> dict:
    return dict(kind=kind, eol=eol, uid=uid, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring_side=True, ics=ics)


EVENTS = [
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000003C4D5E6F7A7FDB010000000000000000100000000F1E2D3C4B5A69780F1E2D3C4B5A6978",
        "user-as-interviewer-second-stage-she-organises-from-platform", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shona.murray.hse@gmail.com:mailto:shona.murray.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Shona\,\n\nThanks for coming in last week. As
  discussed\, this is the second stage for the HSE Technician post - I'm off
 shore so I'll join from the platform\; Shona Gill from our Resourcing team
  will be on too. About 45 minutes\, mostly scenario questions.\n\nFiona Mack
 enzie\nHSE Advisor\, Ythan Alpha\nGrampian Offshore Services\n\n______________
 __________________________________________________________________\nMicroso
 ft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_ZGVhMGQ0\nMeeting ID: 322 870 413 559  Passcode: Qe5hY9\n
SUMMARY;LANGUAGE=en-GB:2nd stage - HSE Technician - Shona Murray
DTSTART;TZID=GMT Standard Time:20250402T130000
DTEND;TZID=GMT Standard Time:20250402T134500
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7A7FDB010000000000000000100000000F1E2D3C4B5A69780F1E2D3C4B5A6978
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T171001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "E4D3C2B1-A0F9-4E8D-9C7B-6A5F4E3D2C1B", "user-as-interviewer-typed-phone-screen-from-rig", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
BEGIN:VEVENT
UID:E4D3C2B1-A0F9-4E8D-9C7B-6A5F4E3D2C1B
DTSTAMP:20250601T183012Z
DTSTART:20250604T190000
DTEND:20250604T192000
SUMMARY:phone screen - Jordan Hay (agency cand.)
DESCRIPTION:use sat phone booth in LQ. 07700 900771. Orion sent CV - 3 yrs
  onshore construction H&S\, wants offshore. check BOSIET/medical\, why leav
 ing\, PTW exp. score on sheet after.
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000004D5E6F7A8B81DB0100000000000000001000000022446688AACCEE0022446688AACCEE00",
        "user-as-interviewer-assessment-centre-assessor-all-day", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Early Careers":mailto:earlycareers@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bruce, Alan":mailto:alan.bruce@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Thank you for volunteering as an assessor for the
  2025 HSE Graduate Programme assessment centre. 12 candidates\, 4 exercises
  (group exercise\, in-tray\, competency interview\, site safety walk). Asse
 ssor briefing 08:15 in the training centre\, wash-up 16:00. Assessor guide
 s and marking grids will be handed out on the day.\n
SUMMARY;LANGUAGE=en-GB:HSE Graduate Programme 2025 - Assessment Centre (assessor)
DTSTART;VALUE=DATE:20250613
DTEND;VALUE=DATE:20250614
UID:040000008200E00074C5B7101A82E008000000004D5E6F7A8B81DB0100000000000000001000000022446688AACCEE0022446688AACCEE00
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250520T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Grampian Offshore Training Centre\, Altens
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000005E6F7A8B9C7FDB0100000000000000001000000013243546576879808A9BACBDCEDFE0F1",
        "user-as-interviewer-offshore-teams-panel-with-oim", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ythan Alpha OIM":mailto:ythana.oim@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ross.sinclair@hotmail.co.uk:mailto:ross.sinclair@hotmail.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="YA OIM Office VC":mailto:ya-oim-vc@grampianoffshore.co.uk
DESCRIPTION;LANGUAGE=en-GB:Fiona and the OIM to interview from the platform
  (OIM office VC kit). Candidate dials in from home. Competency questions: s
 ections B and D of the HSE Tech pack.\n\nMicrosoft Teams meeting\nJoin: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_MTdkNzFm\n
SUMMARY;LANGUAGE=en-GB:HSE Tech interview - Ross Sinclair (Teams from YA)
DTSTART;TZID=GMT Standard Time:20250408T140000
DTEND;TZID=GMT Standard Time:20250408T150000
UID:040000008200E00074C5B7101A82E008000000005E6F7A8B9C7FDB0100000000000000001000000013243546576879808A9BACBDCEDFE0F1
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA OIM Office VC\; Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    neg("gcal-invite", "6b0e3r9t1y5u7i2o4p8a0s3d6f@google.com", "user-as-interviewer-candidate-sent-the-invite", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T110000Z
DTEND:20250318T120000Z
DTSTAMP:20250312T200548Z
ORGANIZER;CN=Aidan Keith:mailto:aidankeith1991@gmail.com
UID:6b0e3r9t1y5u7i2o4p8a0s3d6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aidan Keith;X-NUM-GUESTS=0:mailto:aidankeith1991@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie@grampianoffshore.co.uk;X-NUM-GUESTS=0:mailto:fiona.mackenzie@grampianoffshore.co.uk
DESCRIPTION:Hi Fiona\, as agreed on the phone I've put this in so we both h
 ave it. I'll come to the Altens office for 11 and ask for you at reception
 . Thanks again for the opportunity\, Aidan
LOCATION:Grampian Offshore Services\, Altens
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview at Grampian Offshore (HSE Technician) - Aidan Keith
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "5A4B3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1D", "user-as-interviewer-reference-check-on-candidate", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
BEGIN:VEVENT
UID:5A4B3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1D
DTSTAMP:20250329T101010Z
DTSTART:20250401T190000
DTEND:20250401T191500
SUMMARY:ref chk Callum Reid - ring Steve Imrie
DESCRIPTION:his sup at Bilfinger (Clair). q's: reliability\, PTW\, attitude
  to stop work\, would he rehire. Shona needs by Thurs.
END:VEVENT
END:VCALENDAR
""", eol="lf"),
    neg("outlook-appointment", "040000008200E00074C5B7101A82E008000000006F7A8B9CAD79DB0100000000000000001000000055667788990011223344556677889900",
        "user-as-interviewer-interview-pack-prep", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Update HSE Tech interview questions to the new co
 mpetency framework (v3). Scoring guide 1-4 with behavioural anchors. Add PT
 W scenario + dropped objects q. Send to Shona before crew change.\n
SUMMARY;LANGUAGE=en-GB:HSE Tech interview pack + scoring guide
DTSTART;TZID=GMT Standard Time:20250314T190000
DTEND;TZID=GMT Standard Time:20250314T203000
UID:040000008200E00074C5B7101A82E008000000006F7A8B9CAD79DB0100000000000000001000000055667788990011223344556677889900
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250310T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:YA HSE office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    neg("outlook-invite", "040000008200E00074C5B7101A82E008000000007A8B9CADBE83DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        "user-as-interviewer-trial-day-she-supervises", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Gill, Shona":mailto:shona.gill@grampianoffshore.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mackenzie, Fiona":mailto:fiona.mackenzie@grampianoffshore.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=aidankeith1991@gmail.com:mailto:aidankeith1991@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Fiona - Aidan Keith's trial day before we confi
 rm. He'll shadow you: morning ERT drill at the training centre\, afternoon
  PTW desk exercise and a mock toolbox talk. Your observations on the templa
 te please\, decision by Friday.\nShona\n
SUMMARY;LANGUAGE=en-GB:Trial day - Aidan Keith (HSE Tech) - with Fiona
DTSTART;TZID=Europe/London:20250612T083000
DTEND;TZID=Europe/London:20250612T163000
UID:040000008200E00074C5B7101A82E008000000007A8B9CADBE83DB01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250603T111111Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Grampian Offshore Training Centre\, Altens
END:VEVENT
END:VCALENDAR
"""),
    neg("typed-entry", "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F", "user-as-interviewer-verbal-offer-call-to-candidate", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
""" + LONDON + r"""BEGIN:VEVENT
UID:C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F
DTSTAMP:20250402T172233Z
DTSTART;TZID=Europe/London:20250403T123000
DTEND;TZID=Europe/London:20250403T124500
SUMMARY:Call Callum R - verbal offer
DESCRIPTION:HSE tech\, YA rota B. start 28/04 crew change. Shona sending co
 ntract. BOSIET exp Aug - book FOET.
END:VEVENT
END:VCALENDAR
""", eol="lf"),
]
