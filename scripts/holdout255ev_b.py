# ruff: noqa: E501, W291, W293, RUF100
"""holdout255 part B: more of Gemma Pritchard's own interviews (independents, software, German/French/Spanish)."""

from holdout255ev_zones import EUROPE_LONDON, EUROPE_MADRID, GMT_STANDARD, ROMANCE, UTC_DUBLIN_LONDON, W_EUROPE

FORMS = {
    "Pearl & Ivory Dental": "Pearl and Ivory|Pearl & Ivory|P&I",
    "Clarendon Orthodontics": "Clarendon Ortho|Clarendon",
    "Avon Valley Dental Partnership": "AVDP|Avon Valley Dental",
    "Oakfield Dental Care": "Oakfield Dental|Oakfield",
    "ChairSide Cloud": "ChairSide|Chairside Cloud Ltd",
    "Bristol Precision Dental Lab": "Bristol Precision|BPDL|Bristol Precision Dental Laboratory",
    "Apex Dental Academy": "Apex Dental|Apex Academy",
    "Hollybush Family Dentistry": "Hollybush|Hollybush Dental",
    "Kingswood Dental Practice": "Kingswood Dental|Kingswood DP",
    "Gloucester Road Dental Studio": "Glos Rd Dental Studio|Gloucester Road Dental",
    "Emerald Implant Clinic": "Emerald Implants|Emerald",
    "Portishead Dental Surgery": "Portishead Dental",
    "Zahnwerk Dental": "Zahnwerk|Zahnwerk Dental GmbH|Zahnwerk Dental UK",
    "Orthéo Aligners": "Ortheo|Orthéo|Ortheo Aligners|Orthéo SAS",
    "Sonrisa Dental Group": "Sonrisa|Grupo Sonrisa|Sonrisa Dental UK",
}

EVENTS = [
    dict(
        kind="teams-competency",
        uid="040000008200E00074C5B7101A82E00800000000E7C2A5B19F8BDB0100000000000000001000000010293847566574839201ABCDEF123456",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Whitfield, Craig";RSVP=TRUE:mailto:craig.whitfield@smilecover.co.uk
ATTENDEE;CN=Gemma Pritchard;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
CLASS:PUBLIC
CREATED:20250410T083030Z
DESCRIPTION:Hi Gemma\, \n\nThanks for your time on the screening call. Cra
 ig Whitfield (Regional Sales Manager) and I would like to invite you to a 
 competency interview for Practice Development Consultant. Expect questions
  on how you'd win a 3-surgery independent practice over from NHS to a mem
 bership plan\, and a short role-play where Craig plays a sceptical princip
 al dentist.\n\nNadia\n\n_____________________________________________________
 ___________________________\nMicrosoft Teams meeting\nJoin on your comput
 er\, mobile app or room device\nClick here to join the meeting<https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_MmQ0YjRkZTgtNDYwMC00ODI3LWEyN
 jItZTQ0ZTAxNjU1YzQz%40thread.v2/0>\nMeeting ID: 349 120 557 880\nPasscode
 : Lm3q9R\n________________________________________________________________
 ________________\n
DTEND;TZID="GMT Standard Time":20250416T113000
DTSTAMP:20250410T083030Z
DTSTART;TZID="GMT Standard Time":20250416T103000
LAST-MODIFIED:20250410T083030Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Osei, Nadia":mailto:nadia.osei@smilecover.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:SmileCover - PDC interview - G Pritchard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7C2A5B19F8BDB0100000000000000001000000010293847566574839201ABCDEF123456
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SmileCover Plans",
        role="Practice Development Consultant",
        stage="hiring_manager",
        interviewers="craig.whitfield@smilecover.co.uk;nadia.osei@smilecover.co.uk",
        trap="acronym-role-in-summary-role-play-sales-manager",
        hiring=False,
    ),
    dict(
        kind="gmail-owner-interview",
        uid="p3a1r2l4i5v6o7r8y9b0a1t2h3@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250214T124500Z
DTEND:20250214T133000Z
DTSTAMP:20250210T201156Z
ORGANIZER;CN=Lucy Penhaligon:mailto:dr.lucy.penhaligon@gmail.com
UID:p3a1r2l4i5v6o7r8y9b0a1t2h3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucy P
 enhaligon;X-NUM-GUESTS=0:mailto:dr.lucy.penhaligon@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
CREATED:20250210T201154Z
DESCRIPTION:Lovely to hear from you Gemma. Come over in my lunch break and
  I'll show you round - we can talk about the practice manager job proper
 ly over a coffee. We're at 9 Pierrepont St (door next to the florist). Pa
 rk at Southgate.\n\nLucy\nPearl & Ivory Dental\, Bath\n\nInvitation from G
 oogle Calendar: https://calendar.google.com/calendar/\n\nYou are receiving
  this email because you are an attendee on the event.
LAST-MODIFIED:20250210T201154Z
LOCATION:Pearl & Ivory Dental\, 9 Pierrepont St\, Bath BA1 1LB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gemma - coffee & look round
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Pearl & Ivory Dental",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="dr.lucy.penhaligon@gmail.com",
        trap="owner-gmail-coffee-wording-is-real-interview",
        hiring=False,
    ),
    dict(
        kind="thunderbird-trial-day",
        uid="b7f0e3c2-91d4-4a6b-8e25-3c7a1f9d0b46",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250217T211804Z
LAST-MODIFIED:20250217T212040Z
DTSTAMP:20250217T212040Z
UID:b7f0e3c2-91d4-4a6b-8e25-3c7a1f9d0b46
SUMMARY:trial day P&I Bath 9-4 (paid? ask)
STATUS:CONFIRMED
DTSTART:20250225T090000
DTEND:20250225T160000
DESCRIPTION:2nd stage for PM. Lucy wants me to sit in on morning huddle\,
  run the recall list + look at their CQC folder. smart not scrubs
LOCATION:9 Pierrepont St\, Bath
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT90M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Pearl & Ivory Dental",
        role="",
        stage="onsite",
        interviewers="",
        trap="hand-typed-initials-company-trial-day-cqc-folder",
        hiring=False,
    ),
    dict(
        kind="calendly-invite",
        uid="c0b1a2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d@calendly.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c0b1a2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d@calendly.com
DTSTAMP:20250218T132201Z
DTSTART:20250221T091500Z
DTEND:20250221T100000Z
SUMMARY:Practice Manager - 1st interview between Rachel Dunmore and Gemma Pritchard
ORGANIZER;CN=Rachel Dunmore:mailto:rachel@clarendonortho.co.uk
ATTENDEE;CN=Rachel Dunmore;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rachel@clarendonortho.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Event Name: Practice Manager - 1st interview\n\nLocation: This
  is a Google Meet web conference.\nhttps://meet.google.com/cvx-hnpa-rtq\n\
 nNeed to make changes to this event?\nCancel: https://calendly.com/cancell
 ations/c0b1a2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d\nReschedule: https://calendly.
 com/reschedulings/c0b1a2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d\n\nPlease share any
 thing that will help prepare for our meeting.: I currently manage a mixed 
 NHS/private practice in Clifton (7 surgeries\, 24 staff) and have experien
 ce of two CQC inspections as registered manager.\n\nClarendon Orthodontics 
 | Specialist orthodontic practice\, Clifton & Weston\n\nPowered by Calendly.
 com
LOCATION:https://meet.google.com/cvx-hnpa-rtq
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Clarendon Orthodontics",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="rachel@clarendonortho.co.uk",
        trap="calendly-user-answer-mentions-cqc-inspections",
        hiring=False,
    ),
    dict(
        kind="iphone-terse",
        uid="5D2C8F41-0A9B-4E3D-B7C6-4F1E2A3B9D08",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250123T121512Z
DTEND:20250129T150000
DTSTAMP:20250123T121544Z
DTSTART:20250129T140000
LAST-MODIFIED:20250123T121544Z
LOCATION:Keynsham
SEQUENCE:0
SUMMARY:AVDP intvw - PM Keynsham 2pm!! ask abt UDA targets + who covers reception
TRANSP:OPAQUE
UID:5D2C8F41-0A9B-4E3D-B7C6-4F1E2A3B9D08
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:47A1C3E9-8D2B-4F60-9E15-C3B7A0D2E4F1
X-WR-ALARMUID:47A1C3E9-8D2B-4F60-9E15-C3B7A0D2E4F1
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Avon Valley Dental Partnership",
        role="PM",
        stage="",
        interviewers="",
        trap="terse-acronym-only-company-abbrev-intvw",
        hiring=False,
    ),
    dict(
        kind="outlook-owner-invite",
        uid="040000008200E00074C5B7101A82E00800000000F2A1B3C4D58BDB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Mehta, Raj";RSVP=TRUE:mailto:raj@oakfielddentalcare.co.uk
ATTENDEE;CN="Kowalski, Ewa";RSVP=TRUE:mailto:ewa.kowalski@oakfielddentalcare.co.uk
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
CLASS:PUBLIC
CREATED:20250401T170222Z
DESCRIPTION:Dear Gemma\,\n\nThank you for your application for the positio
 n of Practice Manager at Oakfield Dental Care\, Yate. We would like to inv
 ite you for an interview with Dr Raj Mehta (Principal) and Ewa Kowalski (B
 usiness Manager) at the practice.\n\nPlease bring your CV\, proof of right 
 to work in the UK and your enhanced DBS certificate if you have one.\n\nKi
 nd regards\n\nOakfield Dental Care\n22 Station Road\, Yate BS37 4PQ\n
DTEND;TZID="GMT Standard Time":20250409T170000
DTSTAMP:20250401T170222Z
DTSTART;TZID="GMT Standard Time":20250409T160000
LAST-MODIFIED:20250401T170222Z
LOCATION:Oakfield Dental Care\, 22 Station Road\, Yate BS37 4PQ
ORGANIZER;CN="Oakfield Dental Care";SENT-BY="mailto:ewa.kowalski@oakfielddentalcare.co.uk":mailto:info@oakfielddentalcare.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Practice Manager position
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F2A1B3C4D58BDB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Oakfield Dental Care",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="raj@oakfielddentalcare.co.uk;ewa.kowalski@oakfielddentalcare.co.uk",
        trap="outlook-sent-by-shared-mailbox-dbs-words",
        hiring=False,
    ),
    dict(
        kind="outlook-allday-working-interview",
        uid="040000008200E00074C5B7101A82E0080000000019B2C3D4E68BDB01000000000000000010000000ABABCDCD12123434EFEF5656A7A7B8B8",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN="Mehta, Raj";RSVP=FALSE:mailto:raj@oakfielddentalcare.co.uk
CLASS:PUBLIC
CREATED:20250411T091040Z
DESCRIPTION:Hi Gemma\, as discussed - a working interview day so you can s
 ee how we run and the team can meet you. Raj will be your point of contact
 . Arrive 8.15 please. We'll cover lunch. Ewa\n
DTSTART;VALUE=DATE:20250417
DTEND;VALUE=DATE:20250418
DTSTAMP:20250411T091040Z
LAST-MODIFIED:20250411T091040Z
LOCATION:Oakfield Dental Care\, Yate
ORGANIZER;CN="Kowalski, Ewa":mailto:ewa.kowalski@oakfielddentalcare.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Working Interview - Gemma Pritchard
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E0080000000019B2C3D4E68BDB01000000000000000010000000ABABCDCD12123434EFEF5656A7A7B8B8
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Oakfield Dental Care",
        role="",
        stage="onsite",
        interviewers="raj@oakfielddentalcare.co.uk",
        trap="all-day-working-interview-candidate-name-in-summary",
        hiring=False,
    ),
    dict(
        kind="lever-google-invite",
        uid="lv8c2d4e6f8a0b2c4d6e8f0a2b4@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250422T130000Z
DTEND:20250422T133000Z
DTSTAMP:20250415T100932Z
ORGANIZER;CN=Amy Fletcher:mailto:amy.fletcher@chairsidecloud.com
UID:lv8c2d4e6f8a0b2c4d6e8f0a2b4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amy Fl
 etcher;X-NUM-GUESTS=0:mailto:amy.fletcher@chairsidecloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gemma Pritchard;X-NUM-GUESTS=0:mailto:gemma.pritchard@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ykr-fmqd-sbw
CREATED:20250415T100930Z
DESCRIPTION:<p>Hi Gemma\,</p><p>Thanks for booking time - this is a 30 min
 ute recruiter screen for the <strong>Implementation Consultant (Dental)</s
 trong> role. We'll cover your background\, what you're looking for and sa
 lary expectations\, and I'll explain how our interview process works.</p><
 p>Amy Fletcher<br>Talent\, ChairSide Cloud</p><p><em>Scheduled with Lever<
 /em></p>\n\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: http
 s://meet.google.com/ykr-fmqd-sbw\n\nPlease do not edit this section.\n-::~
 :~::~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250415T100930Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Recruiter screen: Gemma Pritchard <> ChairSide Cloud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ChairSide Cloud",
        role="Implementation Consultant (Dental)",
        stage="recruiter_screen",
        interviewers="amy.fletcher@chairsidecloud.com",
        trap="lever-html-description-role-only-in-body",
        hiring=False,
    ),
    dict(
        kind="zoom-hiring-manager",
        uid="lv1a3c5e7g9i1k3m5o7q9s1u3@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/London
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250430T110000
DTEND;TZID=Europe/London:20250430T114500
DTSTAMP:20250424T085501Z
ORGANIZER;CN=Amy Fletcher:mailto:amy.fletcher@chairsidecloud.com
UID:lv1a3c5e7g9i1k3m5o7q9s1u3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kieran
  Doyle;X-NUM-GUESTS=0:mailto:kieran.doyle@chairsidecloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gemma Pritchard;X-NUM-GUESTS=0:mailto:gemma.pritchard@outlook.com
CREATED:20250424T085459Z
DESCRIPTION:Hiring manager interview with Kieran Doyle (Head of Onboarding)
 . Kieran will ask you to walk him through how you'd move a practice from p
 aper medical histories to digital forms in 4 weeks.\n\nJoin Zoom Meeting\n
 https://chairsidecloud.zoom.us/j/93318420567?pwd=b2ZqS1lXR3Nud0ZtV0hmZ0x3
 bVg2dz09\n\nMeeting ID: 933 1842 0567\nPasscode: 771903\n\n---\n\nOne tap m
 obile\n+442080806592\,\,93318420567#\,\,\,\,*771903# United Kingdom\n\nInvitat
 ion from Google Calendar: https://calendar.google.com/calendar/\n\nYou are
  receiving this email because you are an attendee on the event.
LAST-MODIFIED:20250424T085459Z
LOCATION:https://chairsidecloud.zoom.us/j/93318420567?pwd=b2ZqS1lXR3Nud0Zt
 V0hmZ0x3bVg2dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ChairSide Cloud - Kieran / Gemma
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="ChairSide Cloud",
        role="",
        stage="hiring_manager",
        interviewers="kieran.doyle@chairsidecloud.com",
        trap="zoom-one-tap-escaped-commas-names-only-summary",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-label-zone",
        uid="040000008200E00074C5B7101A82E00800000000B3C4D5E6F78BDB01000000000000000010000000DEADBEEF00112233445566778899AABB",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{UTC_DUBLIN_LONDON}BEGIN:VEVENT
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN="Ashby, Neil";RSVP=TRUE:mailto:neil.ashby@bristolprecisionlab.co.uk
CLASS:PUBLIC
CREATED:20250428T154511Z
DESCRIPTION:Gemma\,\n\nThank you for applying for the Laboratory Operation
 s Manager role. Neil Ashby (Managing Director) would like to meet you at th
 e lab. You'll get a tour of the CAD/CAM suite and the despatch area first.
 \n\nReception will sign you in.\n\nMel Turner\nOffice Manager\nBristol Pre
 cision Dental Lab\n
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250507T110000
DTSTAMP:20250428T154511Z
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250507T100000
LAST-MODIFIED:20250428T154511Z
LOCATION:Unit 4\, Avonmouth Way Trade Park\, Bristol BS11 9YA
ORGANIZER;CN="Turner, Mel":mailto:mel.turner@bristolprecisionlab.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Laboratory Operations Manager
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F78BDB01000000000000000010000000DEADBEEF00112233445566778899AABB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bristol Precision Dental Lab",
        role="Laboratory Operations Manager",
        stage="hiring_manager",
        interviewers="neil.ashby@bristolprecisionlab.co.uk",
        trap="dental-lab-tour-office-manager-organizer",
        hiring=False,
    ),
    dict(
        kind="google-micro-teach",
        uid="ap3x4d5e6n7t8a9l0a1c2a3d4e@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250514T140000
DTEND;TZID=Europe/London:20250514T153000
DTSTAMP:20250506T120001Z
ORGANIZER;CN=Apex Dental Academy HR:mailto:hr@apexdentalacademy.co.uk
UID:ap3x4d5e6n7t8a9l0a1c2a3d4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bronwe
 n Hale;X-NUM-GUESTS=0:mailto:bronwen.hale@apexdentalacademy.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chris 
 Adeyemi;X-NUM-GUESTS=0:mailto:chris.adeyemi@apexdentalacademy.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gemma Pritchard;X-NUM-GUESTS=0:mailto:gemma.pritchard@outlook.com
CREATED:20250506T115958Z
DESCRIPTION:Interview for Dental Nurse Tutor (Level 3 Diploma)\n\nPart 1: 
 15 minute micro-teach to a small group of our current learners on 'Decont
 amination and the HTM 01-05 sterilisation cycle'. You'll be observed by Br
 onwen Hale (Head of Curriculum) and Chris Adeyemi (Lead Tutor).\nPart 2: f
 ormal interview with the same panel.\n\nA projector is available. Please 
 bring a lesson plan.\n\nInvitation from Google Calendar: https://calendar.
 google.com/calendar/\n\nYou are receiving this email because you are an at
 tendee on the event.
LAST-MODIFIED:20250506T115958Z
LOCATION:Apex Dental Academy\, Room 2\, Whitefriars\, Lewins Mead\, Bristol
  BS1 2NT
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Micro-teach & interview: Dental Nurse Tutor - G Pritchard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Apex Dental Academy",
        role="Dental Nurse Tutor (Level 3 Diploma)",
        stage="technical",
        interviewers="bronwen.hale@apexdentalacademy.co.uk;chris.adeyemi@apexdentalacademy.co.uk",
        trap="micro-teach-observed-by-learners-words",
        hiring=False,
    ),
    dict(
        kind="outlook-com-hotmail-owner",
        uid="040000008200E00074C5B7101A82E00800000000D0C0B0A0908BDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN=Deborah Farrant:mailto:d.farrant@hotmail.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gemma.prit
 chard@outlook.com:mailto:gemma.pritchard@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Hi Gemma\, thanks for replying to the ad in the 
 BDA jobs pages. My husband Alan (the dentist!) and I run Hollybush togethe
 r - I do the books. Would love to meet you. Come to the practice after we 
 close. Deb x\n
UID:040000008200E00074C5B7101A82E00800000000D0C0B0A0908BDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=en-GB:Interview @ Hollybush
DTSTART;TZID=GMT Standard Time:20250122T174500
DTEND;TZID=GMT Standard Time:20250122T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T223011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Hollybush Family Dentistry\, 41 Hollybush Lane\, 
 Weston-super-Mare BS23 4HL
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hollybush Family Dentistry",
        role="",
        stage="hiring_manager",
        interviewers="d.farrant@hotmail.co.uk",
        trap="owner-hotmail-kiss-signoff-husband-dentist-not-attendee",
        hiring=False,
    ),
    dict(
        kind="thunderbird-terse",
        uid="3e9a1c70-5b2d-48f6-a1e4-8d7c6b5a4f32",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250108T195512Z
LAST-MODIFIED:20250108T195512Z
DTSTAMP:20250108T195512Z
UID:3e9a1c70-5b2d-48f6-a1e4-8d7c6b5a4f32
SUMMARY:Kingswood DP intv 10.30 - ask for Maxine
DTSTART:20250115T103000
DTEND:20250115T113000
LOCATION:Regent St Kingswood
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kingswood Dental Practice",
        role="",
        stage="",
        interviewers="",
        trap="terse-intv-abbrev-floating-no-description",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="4pqk8rjv0s2lq6b1n0gl7ej3ad@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:gemma.pritchard@outlook.com
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250127T110000Z
DTEND:20250127T120000Z
DTSTAMP:20250601T090000Z
UID:4pqk8rjv0s2lq6b1n0gl7ej3ad@google.com
CREATED:20250120T084512Z
DESCRIPTION:PM role - they use Dentally. Owner = Dr Farah Iqbal. Ask re: ho
 urs (4 days?) and whether reception lead reports to PM.
LAST-MODIFIED:20250120T084600Z
LOCATION:Gloucester Road Dental Studio\, 210 Gloucester Rd\, Bristol BS7 8
 NU
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Glos Rd Dental Studio
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gloucester Road Dental Studio",
        role="PM",
        stage="",
        interviewers="",
        trap="google-export-x-wr-own-note-owner-named",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E00800000000E1E2E3E4E58BDB010000000000000000100000009988776655443322110FEDCBA9876543",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:CANCEL
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=FALSE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN="Beaumont, Olivia";RSVP=FALSE:mailto:olivia.beaumont@emeraldimplantclinic.co.uk
CLASS:PUBLIC
CREATED:20250402T101100Z
DESCRIPTION:Dear Gemma\, I'm so sorry - we have had to pause recruitment fo
 r the Practice Manager role while our clinic director is on unexpected lea
 ve. I'll be in touch as soon as we can rebook. Olivia\n
DTEND;TZID="GMT Standard Time":20250408T120000
DTSTAMP:20250404T080022Z
DTSTART;TZID="GMT Standard Time":20250408T110000
LAST-MODIFIED:20250404T080022Z
LOCATION:Emerald Implant Clinic\, Montpellier Walk\, Cheltenham GL50 1SD
ORGANIZER;CN="Beaumont, Olivia":mailto:olivia.beaumont@emeraldimplantclinic.co.uk
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
SUMMARY;LANGUAGE=en-gb:Canceled: Interview - Practice Manager (Dr Beaumont)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E58BDB010000000000000000100000009988776655443322110FEDCBA9876543
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Emerald Implant Clinic",
        role="Practice Manager",
        stage="hiring_manager",
        interviewers="olivia.beaumont@emeraldimplantclinic.co.uk",
        trap="method-cancel-paused-recruitment",
        hiring=False,
    ),
    dict(
        kind="outlook-second-interview",
        uid="040000008200E00074C5B7101A82E008000000002B3C4D5E6F8BDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
ATTENDEE;CN="Jenner, Alistair";RSVP=TRUE:mailto:alistair.jenner@portisheaddental.co.uk
ATTENDEE;CN="Okoro, Blessing";RSVP=TRUE:mailto:blessing.okoro@portisheaddental.co.uk
CLASS:PUBLIC
CREATED:20250512T163300Z
DESCRIPTION:Hi Gemma\,\n\nThanks again for coming in last week. Alistair an
 d Blessing (our lead nurse\, who'd be in your team) would like to see you a
 gain for a second and final interview. We'll send over a short scenario 
 (rota gap + patient complaint) 24h before.\n\nPortishead Dental Surgery\n
DTEND;TZID="GMT Standard Time":20250521T130000
DTSTAMP:20250512T163300Z
DTSTART;TZID="GMT Standard Time":20250521T121500
LAST-MODIFIED:20250512T163300Z
LOCATION:Portishead Dental Surgery\, 7 High Street\, Portishead BS20 6AA
ORGANIZER;CN="Portishead Dental Surgery";SENT-BY="mailto:reception@portisheaddental.co.uk":mailto:info@portisheaddental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:2nd interview - Gemma P.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F8BDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Portishead Dental Surgery",
        role="",
        stage="final",
        interviewers="alistair.jenner@portisheaddental.co.uk;blessing.okoro@portisheaddental.co.uk",
        trap="second-final-interview-complaint-scenario-words",
        hiring=False,
    ),
    dict(
        kind="successfactors-german",
        uid="SFINT-DE-2025-004711-1@zahnwerk-dental.de",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
{W_EUROPE}BEGIN:VEVENT
UID:SFINT-DE-2025-004711-1@zahnwerk-dental.de
DTSTAMP:20250409T071502Z
DTSTART;TZID="W. Europe Standard Time":20250415T100000
DTEND;TZID="W. Europe Standard Time":20250415T104500
SUMMARY:Einladung zum Erstgespräch / First interview: Customer Success Manager UK & Ireland (m/w/d)
ORGANIZER;CN="Vogel, Katrin";SENT-BY="mailto:noreply@sf-notify.zahnwerk-dental.de":mailto:katrin.vogel@zahnwerk-dental.de
ATTENDEE;CN="Vogel, Katrin";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@zahnwerk-dental.de
ATTENDEE;CN="Pritchard, Gemma";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
DESCRIPTION:Sehr geehrte Frau Pritchard\,\n\nvielen Dank für Ihre Bewerbun
 g als Customer Success Manager UK & Ireland (m/w/d). Gerne möchten wir Sie 
 zu einem ersten Kennenlernen per Microsoft Teams einladen.\n\nDear Ms Prit
 chard\, thank you for your application. The first interview will be held 
 in English with Katrin Vogel (Talent Acquisition\, Munich). Please note th
 e time is shown in Central European Time (09:00 UK time).\n\nMit freundlic
 hen Grüßen / Kind regards\nKatrin Vogel\nZahnwerk Dental GmbH\, Leopoldstr
 aße 180\, 80804 München\n\nMicrosoft Teams-Besprechung\nÜber Computer\, mo
 bile App oder Raumgerät teilnehmen\nHier klicken\, um an der Besprechung t
 eilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGI5Yz
 k0ZGItMzk0Ny00NzFmLWJmZjAtNDc5ZWNkMDk0N2Y1%40thread.v2/0>\nBesprechungs-I
 D: 372 014 856 229\nPasscode: zW3k8P\n
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Zahnwerk Dental",
        role="Customer Success Manager UK & Ireland",
        stage="recruiter_screen",
        interviewers="katrin.vogel@zahnwerk-dental.de",
        trap="german-bilingual-erstgespraech-w-europe-zone",
        hiring=False,
    ),
    dict(
        kind="teams-second-interview-german",
        uid="040000008200E00074C5B7101A82E008000000008D7E6F5A4B8BDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:katrin.vogel@zahnwerk-dental.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, Stefan":mailto:stefan.brandt@zahnwerk-dental.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Holloway, James":mailto:james.holloway@zahnwerk-dental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pritchard, Gemma":mailto:gemma.pritchard@outlook.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MUC-3.12 Isar (6 Pers.)":mailto:muc-3-12-isar@zahnwerk-dental.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch (auf Englisch) mit Stefan Brandt (
 Head of Customer Success EMEA) und James Holloway (Country Manager UK). Bi
 tte bereiten Sie eine kurze Fallstudie vor: Einführung unseres Intraoralsc
 anners in einer britischen Praxisgruppe mit 10 Standorten.\n\nSecond inter
 view in English - please prepare a short case study on rolling out our in
 traoral scanner across a 10-site UK dental group.\n\nKatrin\n
UID:040000008200E00074C5B7101A82E008000000008D7E6F5A4B8BDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB
SUMMARY;LANGUAGE=de-DE:Zweitgespräch CSM UK&I - Pritchard
DTSTART;TZID=W. Europe Standard Time:20250429T150000
DTEND;TZID=W. Europe Standard Time:20250429T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T124410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung\; MUC-3.12 Isar (6 Pers.)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Zahnwerk Dental",
        role="CSM UK&I",
        stage="hiring_manager",
        interviewers="stefan.brandt@zahnwerk-dental.de;james.holloway@zahnwerk-dental.co.uk",
        trap="german-zweitgespraech-windows-zone-no-vtimezone-room",
        hiring=False,
    ),
    dict(
        kind="teams-french",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B48BDB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Lefèvre, Camille";RSVP=TRUE:mailto:camille.lefevre@ortheo-aligners.fr
ATTENDEE;CN=gemma.pritchard@outlook.com;RSVP=TRUE:mailto:gemma.pritchard@outlook.com
CLASS:PUBLIC
CREATED:20250505T083000Z
DESCRIPTION:Bonjour Gemma\,\n\nSuite à votre candidature pour le poste de C
 linical Success Manager UK (H/F)\, je vous propose un premier entretien en 
 visio (en anglais\, rassurez-vous !). Nous échangerons sur votre parcours e
 t sur le lancement d'Orthéo auprès des cabinets dentaires britanniques.\n\
 nBien cordialement\,\nCamille Lefèvre\nChargée de recrutement\, Orthéo Ali
 gners - 27 rue de la Chaussée d'Antin\, 75009 Paris\n\n__________________
 ______________________________________________________________\nRéunion M
 icrosoft Teams\nRejoindre sur votre ordinateur\, application mobile ou ap
 pareil de salle\nCliquez ici pour participer à la réunion<https://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_ZDk4YzFlNzItYTg0My00YmJlLTk4MjctZG
 FlNWIxMjRlOTcz%40thread.v2/0>\nID de la réunion : 361 448 209 773\nCode s
 ecret : Vx8pQ2\n_______________________________________________________________
 _________________\n
DTEND;TZID="Romance Standard Time":20250513T103000
DTSTAMP:20250505T083000Z
DTSTART;TZID="Romance Standard Time":20250513T100000
LAST-MODIFIED:20250505T083000Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Lefèvre, Camille":mailto:camille.lefevre@ortheo-aligners.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-fr:Entretien - Clinical Success Manager UK (H/F) - G. Pritchard
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B48BDB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Orthéo Aligners",
        role="Clinical Success Manager UK",
        stage="recruiter_screen",
        interviewers="camille.lefevre@ortheo-aligners.fr",
        trap="french-entretien-romance-zone-accented-company",
        hiring=False,
    ),
    dict(
        kind="google-spanish",
        uid="s0n1r2i3s4a5d6e7n8t9a0l1g2@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250415T173000
DTEND;TZID=Europe/Madrid:20250415T181500
DTSTAMP:20250409T152010Z
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lucia.fernandez@gruposonrisa.es
UID:s0n1r2i3s4a5d6e7n8t9a0l1g2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía 
 Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez@gruposonrisa.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gemma.pritchard@outlook.com;X-NUM-GUESTS=0:mailto:gemma.pritchard@
 outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/xzn-bwoe-kup
CREATED:20250409T152008Z
DESCRIPTION:Hola Gemma\,\n\nGracias por tu interés en el puesto de Area Ma
 nager UK (Bristol/Cardiff) en Sonrisa Dental Group. Te propongo una primer
 a entrevista por videollamada (en inglés) para conocerte. Hora de Madrid: 
 17:30 (16:30 en Reino Unido).\n\nUn saludo\,\nLucía Fernández Ortega\nRecur
 sos Humanos - Talento\, Grupo Sonrisa\, Madrid\n\n-::~:~::~:~:~:~:~:~:~:~:~
 ::~:~::-\nÚnete con Google Meet: https://meet.google.com/xzn-bwoe-kup\n\nN
 o edites esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitación de
  Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este co
 rreo electrónico porque eres un invitado al evento.
LAST-MODIFIED:20250409T152008Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Area Manager UK - Gemma Pritchard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sonrisa Dental Group",
        role="Area Manager UK",
        stage="recruiter_screen",
        interviewers="lucia.fernandez@gruposonrisa.es",
        trap="spanish-entrevista-madrid-zone-spanish-google-footer",
        hiring=False,
    ),
]
