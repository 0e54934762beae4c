"""holdout234 events, part A: international schools, English-language search (hand-written, blind)."""

from holdout234ev_tz import GMT_STD, LONDON, MADRID, ROMANCE

EVENTS = [
    {
        "kind": "teams-hr-screen",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lane, Rebecca":mailto:r.lane@turiabritish.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferran
 dis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Laia\,\n\nThank you for your application for
  the post of Primary Class Teacher (Key Stage 1) starting September 2025. I
  would like to invite you to an initial online conversation with me\, appro
 x. 30 minutes. Please have your DBS/Certificado de Delitos Sexuales and deg
 ree certificate to hand.\n\nKind regards\,\nRebecca Lane\nHR Officer\n\n___
 ________________________________________________________________\nMicrosoft
  Teams meeting\nJoin on your computer\, mobile app or room device\nClick he
 re to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_MzQ1YjE2_thread.v2/0?context=%7b%22Tid%22%3a%22b1c2%22%7d>\nMeeting ID:
  341 208 775 902\nPasscode: 4hQx9T\n____________________________________
 _____________\n
UID:040000008200E00074C5B7101A82E0080000000030B6A1F77A86DB01000000000000000
 0100000004C2A7E0F3B1D6A47A1E3B7A2D1D0C911
SUMMARY;LANGUAGE=en-GB:Initial conversation - Primary Class Teacher (KS1) -
  Laia Ferrandis
DTSTART;TZID=Romance Standard Time:20250211T163000
DTEND;TZID=Romance Standard Time:20250211T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T091244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E0080000000030B6A1F77A86DB010000000000000000100000004C2A7E0F"
                "3B1D6A47A1E3B7A2D1D0C911",
                "is_interview": 1,
                "company": "Turia British School",
                "role": "Primary Class Teacher (KS1)",
                "stage": "recruiter_screen",
                "interviewers": "r.lane@turiabritish.es",
                "trap": "outlook-teams-hr-initial-conversation-english",
            }
        ],
    },
    {
        "kind": "teams-head-primary",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Hughes, Siobhan";SENT-BY="mailto:primary.office@turiabritish.e
 s":mailto:s.hughes@turiabritish.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferran
 dis:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Primary Of
 fice":mailto:primary.office@turiabritish.es
DESCRIPTION;LANGUAGE=en-GB:Hi Laia\, Mrs Hughes (Head of Primary) would like
  to meet you online for the second stage. Questions will cover safeguardin
 g\, phonics (we follow Little Wandle)\, EAL learners and how you would ad
 apt the English National Curriculum for a bilingual class. Best wishes\, M
 aite (Primary Office)\n\n__________________\nMicrosoft Teams meeting\nJoi
 n: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA2ZTg5_thread.
 v2/0\nMeeting ID: 377 904 116 58  Passcode: pT6k2B\n__________________\n
UID:040000008200E00074C5B7101A82E00800000000F0C2E4D27F8FDB0100000000000000
 00100000009D4F0E6A1B2C3D4E5F60718293A4B5C6
SUMMARY;LANGUAGE=en-GB:Stage 2 - Laia Ferrandis / Head of Primary
DTSTART;TZID=Romance Standard Time:20250224T173000
DTEND;TZID=Romance Standard Time:20250224T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T120311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E00800000000F0C2E4D27F8FDB0100000000000000001000000"
                "09D4F0E6A1B2C3D4E5F60718293A4B5C6",
                "is_interview": 1,
                "company": "Turia British School",
                "role": "",
                "stage": "hiring_manager",
                "interviewers": "s.hughes@turiabritish.es",
                "trap": "outlook-sent-by-office-stage-2-no-word-interview",
            }
        ],
    },
    {
        "kind": "observed-lesson",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Hughes, Siobhan":mailto:s.hughes@turiabritish.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferran
 dis:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ridley, Tom":mailto:t.ri
 dley@turiabritish.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Year 2 C
 lassroom (2H)";RSVP=FALSE:mailto:room.2h@turiabritish.es
DESCRIPTION;LANGUAGE=en-GB:Observed lesson: 30 min with Year 2 (22 children\,
  mostly Spanish L1). Topic of your choice within Maths - place value or mea
 suring length. Please bring a written plan (1 page) for the panel. Mrs Hugh
 es and Mr Ridley (Deputy Head) will observe and then have a 20-minute refl
 ection with you. Please sign in at reception 10 minutes early with your ID.
 \n
UID:040000008200E00074C5B7101A82E00800000000A1B4E97D5C93DB0100000000000000
 00100000007E21AC44D0B645F3A0C5B4E80F1B2A37
SUMMARY;LANGUAGE=en-GB:Observed lesson + reflection - L. Ferrandis (Y2)
DTSTART;TZID=Romance Standard Time:20250311T100000
DTEND;TZID=Romance Standard Time:20250311T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T154502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Year 2 Classroom (2H); Turia British School\, Camí
  de Montcada
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E00800000000A1B4E97D5C93DB0100000000000000001000000"
                "07E21AC44D0B645F3A0C5B4E80F1B2A37",
                "is_interview": 1,
                "company": "Turia British School",
                "role": "",
                "stage": "technical",
                "interviewers": "s.hughes@turiabritish.es;t.ridley@turiabritish.es",
                "trap": "observed-lesson-room-resource-attendee",
            }
        ],
    },
    {
        "kind": "principal-final",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Pattison, Andrew";SENT-BY="mailto:pa.principal@turiabritish.es
 ":mailto:a.pattison@turiabritish.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferran
 dis:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hughes, Siobhan":mailto:
 s.hughes@turiabritish.es
DESCRIPTION;LANGUAGE=en-GB:Final interview with the Principal\, Mr Pattison
 \, and Mrs Hughes. In person\, Principal's Office (Main Building\, 1st flo
 or).\n\nSent on behalf of Andrew Pattison by Carmen Ibáñez\, PA to the Pri
 ncipal.\n
UID:040000008200E00074C5B7101A82E008000000005530FE0C1E9EDB0100000000000000
 0010000000B3D1E2F4A5968778695A4B3C2D1E0F11
SUMMARY;LANGUAGE=en-GB:Final interview - Laia Ferrandis
DTSTART;TZID=Romance Standard Time:20250320T123000
DTEND;TZID=Romance Standard Time:20250320T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T080102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Principal's Office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E008000000005530FE0C1E9EDB0100000000000000001000000"
                "0B3D1E2F4A5968778695A4B3C2D1E0F11",
                "is_interview": 1,
                "company": "Turia British School",
                "role": "",
                "stage": "final",
                "interviewers": "a.pattison@turiabritish.es;s.hughes@turiabritish.es",
                "trap": "outlook-final-pa-sent-by-original",
            }
        ],
    },
    {
        "kind": "principal-moved",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Pattison, Andrew";SENT-BY="mailto:pa.principal@turiabritish.es
 ":mailto:a.pattison@turiabritish.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferran
 dis:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hughes, Siobhan":mailto:
 s.hughes@turiabritish.es
DESCRIPTION;LANGUAGE=en-GB:Apologies Laia - because of the Fallas road clos
 ures the Principal has asked to move this to Monday 24th. Same place.\n\nF
 inal interview with the Principal\, Mr Pattison\, and Mrs Hughes. In perso
 n\, Principal's Office (Main Building\, 1st floor).\n
UID:040000008200E00074C5B7101A82E008000000005530FE0C1E9EDB0100000000000000
 0010000000B3D1E2F4A5968778695A4B3C2D1E0F11
SUMMARY;LANGUAGE=en-GB:Updated: Final interview - Laia Ferrandis
DTSTART;TZID=Romance Standard Time:20250324T150000
DTEND;TZID=Romance Standard Time:20250324T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T104455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Principal's Office
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E008000000005530FE0C1E9EDB0100000000000000001000000"
                "0B3D1E2F4A5968778695A4B3C2D1E0F11",
                "is_interview": 1,
                "company": "Turia British School",
                "role": "",
                "stage": "final",
                "interviewers": "a.pattison@turiabritish.es;s.hughes@turiabritish.es",
                "trap": "rescheduled-final-same-uid-sequence-2",
            }
        ],
    },
    {
        "kind": "agency-zoom-london",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250304T160000
DTEND;TZID=Europe/London:20250304T163000
DTSTAMP:20250227T112940Z
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@oakbridge-education.co.uk
UID:5t1k0m3q9p8r2s7u4v6w0x1y2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com;X-NUM-GUESTS=0:mailto:laia.ferrandi
 s.mestra@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Cole;X-NUM-GUESTS=0:mailto:hannah.cole@oakbridge-education.co.uk
DESCRIPTION:Hi Laia\, lovely to connect on LinkedIn. As mentioned\, this is
  to talk through the Year 4 Class Teacher vacancy at Brookfield Internation
 al School (Madrid\, Aravaca campus) before I put you forward to the Head of
  Primary - your experience\, QTS equivalence\, salary expectations and mov
 ing to Madrid. It's 5pm your time.\n\nJoin Zoom Meeting\nhttps://us02web.z
 oom.us/j/84120577391?pwd=bEZ3cGx2Tk1QR0tQ\n\nMeeting ID: 841 2057 7391\nPa
 sscode: 620144\n\nHannah Cole | Senior Consultant\, International Schools\n
 Oakbridge Education Recruitment\, London
LOCATION:https://us02web.zoom.us/j/84120577391?pwd=bEZ3cGx2Tk1QR0tQ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Laia Ferrandis <> Hannah (Oakbridge) - catch up
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "5t1k0m3q9p8r2s7u4v6w0x1y2z@google.com",
                "is_interview": 1,
                "company": "Brookfield International School",
                "role": "Year 4 Class Teacher",
                "stage": "recruiter_screen",
                "interviewers": "hannah.cole@oakbridge-education.co.uk",
                "trap": "london-agency-catch-up-employer-only-in-body",
            }
        ],
    },
    {
        "kind": "zoom-brookfield",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{MADRID}BEGIN:VEVENT
DTSTAMP:20250312T094410Z
DTSTART;TZID=Europe/Madrid:20250318T124500
DTEND;TZID=Europe/Madrid:20250318T133000
SUMMARY:Brookfield ISM - Year 4 - Laia Ferrandis
UID:20250312T094410Z-86390421177@fe80:0:0:0:1c4:8cff:fe21:aa10ens5
DESCRIPTION:Alejandra Santos is inviting you to a scheduled Zoom meeting.\n
 \nJoin Zoom Meeting\nhttps://brookfieldism.zoom.us/j/86390421177?pwd=R0Vq\n
 \nMeeting ID: 863 9042 1177\nPasscode: 311845\n\nPanel: Dr Neil Forsyth (H
 ead of Primary)\, Alejandra Santos (Year 4 Leader)\n
LOCATION:https://brookfieldism.zoom.us/j/86390421177?pwd=R0Vq
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "20250312T094410Z-86390421177@fe80:0:0:0:1c4:8cff:fe21:aa10ens5",
                "is_interview": 1,
                "company": "Brookfield International School",
                "role": "Year 4",
                "stage": "hiring_manager",
                "interviewers": "Dr Neil Forsyth;Alejandra Santos",
                "trap": "zoom-ics-download-panel-in-description-no-attendees",
            }
        ],
    },
    {
        "kind": "workday-video",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
{GMT_STD}BEGIN:VEVENT
UID:WD-INTERVIEW-3F9A21C7-6B20-4D1E-9C55-0A87E2F31B44@myworkday.com
DTSTAMP:20250408T141512Z
SEQUENCE:0
ORGANIZER;CN=Kestrel Learning Talent Acquisition:mailto:kestrel@myworkday.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laia Ferra
 ndis Soler:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman:mailto:priya.
 raman@kestrellearning.com
DTSTART;TZID=GMT Standard Time:20250415T100000
DTEND;TZID=GMT Standard Time:20250415T104500
SUMMARY:Interview: Spanish Curriculum Specialist (Primary) - R-04417
LOCATION:Microsoft Teams
DESCRIPTION:Job Requisition: R-04417 Spanish Curriculum Specialist (Primary)
  - Remote (EU)\nCandidate: Laia Ferrandis Soler\nInterviewer(s): Priya Rama
 n\, Curriculum Lead - Languages\nInterview Type: Hiring Manager\n\nThe Team
 s link will be sent separately. Times shown in UK time (11:00 in Spain).\n
 \nThis is an automated message from Workday.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "WD-INTERVIEW-3F9A21C7-6B20-4D1E-9C55-0A87E2F31B44@myworkday.com",
                "is_interview": 1,
                "company": "Kestrel Learning",
                "role": "Spanish Curriculum Specialist (Primary)",
                "stage": "hiring_manager",
                "interviewers": "priya.raman@kestrellearning.com",
                "trap": "workday-gmt-standard-time-hiring-manager",
            }
        ],
    },
]
