# ruff: noqa: E501
"""holdout207 events, part e: more employers - GoTo, typed entries, public-sector style panels, a founder on Gmail."""

from holdout207ev_tz import GMT_STD, LONDON, W_EUROPE

EVENTS = [
    dict(
        kind="goto-invite", eol="crlf", uid="goto-meeting-618204557-20250416@goto.com",
        is_interview=1, company="James Fisher Marine Services", role="HSE Manager (Renewables)", stage="",
        interviewers="claire.hutton@james-fisher.co.uk;Mark Lennox", trap="goto-meeting-second-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:goto-meeting-618204557-20250416@goto.com
DTSTAMP:20250409T130001Z
DTSTART;TZID=Europe/London:20250416T150000
DTEND;TZID=Europe/London:20250416T160000
SUMMARY:JFMS - 2nd interview - HSE Manager (Renewables) - F Mackenzie
DESCRIPTION:Hi Fiona\, as promised\, the second interview with Mark Lennox (
 MD\, Renewables) and me.\nClaire\n\nPlease join my meeting from your compute
 r\, tablet or smartphone.\nhttps://meet.goto.com/618204557\n\nYou can also d
 ial in using your phone.\nAccess Code: 618-204-557\nUnited Kingdom: +44 20 3
 713 5011\n\nNew to GoTo Meeting? Get the app now and be ready when your fir
 st meeting starts: https://meet.goto.com/install
LOCATION:https://meet.goto.com/618204557
ORGANIZER;CN=Claire Hutton:mailto:claire.hutton@james-fisher.co.uk
ATTENDEE;CN=fiona.mackenzie.hse@gmail.com;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-entry", eol="lf", uid="2F9A7C1E-0B3D-4E6F-8A1B-C2D3E4F5A6B7",
        is_interview=1, company="Briggs Marine", role="", stage="hiring_manager",
        interviewers="Stewart", trap="typed-phone-int-ops-director-name-unsure",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:2F9A7C1E-0B3D-4E6F-8A1B-C2D3E4F5A6B7
DTSTAMP:20250222T114512Z
CREATED:20250222T114512Z
DTSTART:20250227T140000
DTEND:20250227T144500
SUMMARY:Briggs Marine - phone int w ops director (Stewart?)
DESCRIPTION:burntisland. they ring me. role = HSE mgr marine & renewables. a
 sk re rotation v onshore\, car\, on-call
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="oleeo-20250425-0913-ore-34877@ore.catapult.oleeo.co.uk",
        is_interview=1, company="ORE Catapult", role="Health & Safety Manager (Operations)", stage="onsite",
        interviewers="Dr Fraser Kerr;Louise Tait", trap="oleeo-formal-panel-interview-letter",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oleeo//Candidate Events//EN
VERSION:2.0
METHOD:PUBLISH
""" + LONDON + r"""BEGIN:VEVENT
UID:oleeo-20250425-0913-ore-34877@ore.catapult.oleeo.co.uk
DTSTAMP:20250414T091300Z
DTSTART;TZID=Europe/London:20250425T100000
DTEND;TZID=Europe/London:20250425T113000
SUMMARY:Interview - Health & Safety Manager (Operations) - ref ORE/0348
DESCRIPTION:Dear Ms Mackenzie\,\n\nFollowing the shortlisting process I am pl
 eased to invite you to attend a formal interview for the above post.\n\nVen
 ue: Offshore Renewable Energy Catapult\, Inovo\, 121 George Street\, Glasgo
 w G1 1RD\nPanel: Dr Fraser Kerr (Head of Operations)\, Louise Tait (HR Mana
 ger)\nThe interview will include a short written exercise (30 minutes) on a
  risk assessment for a blade test rig.\n\nPlease bring proof of your right
  to work in the UK.\n\nYours sincerely\nRecruitment Team
LOCATION:Inovo\, 121 George Street\, Glasgow G1 1RD
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000FE0D1C2B3A97DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0",
        is_interview=1, company="Forth Ports", role="HSE Manager - Port of Dundee (Renewables)", stage="onsite",
        interviewers="ian.crichton@forthports.co.uk;jo.mcgregor@forthports.co.uk", trap="outlook-gmt-standard-in-person-port-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="McGregor, Jo";SENT-BY="mailto:hr.admin@forthports.co.uk":mailto:jo.mcgregor@forthports.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Crichton, Ian":mailto:ian.crichton@forthports.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="DUN Port Office - Tay Room":mailto:dun.tayroom@forthports.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Fiona\,\n\nThank you for your time on the ph
 one. Please find the invitation for your interview at the Port of Dundee w
 ith Ian Crichton (Port Manager\, Dundee) and myself. Please report to the
  Port Office\, Stannergate\, and allow time for a visitor induction.\n\nKin
 d regards\nJo McGregor\nHR Business Partner\n
SUMMARY;LANGUAGE=en-GB:Interview: Fiona Mackenzie - HSE Manager\, Port of Dundee
DTSTART;TZID=GMT Standard Time:20250328T110000
DTEND;TZID=GMT Standard Time:20250328T123000
UID:040000008200E00074C5B7101A82E00800000000FE0D1C2B3A97DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T164010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DUN Port Office - Tay Room
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="gcal-invite", eol="crlf", uid="1ssb6v0r4d7p2q9m3t8k5h0c1e@google.com",
        is_interview=1, company="Sula Subsea Robotics", role="HSE Lead", stage="hiring_manager",
        interviewers="euan.baxter.sula@gmail.com", trap="founder-on-gmail-chat-about-hse-lead",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250318T173000Z
DTEND:20250318T181500Z
DTSTAMP:20250313T220154Z
ORGANIZER;CN=Euan Baxter:mailto:euan.baxter.sula@gmail.com
UID:1ssb6v0r4d7p2q9m3t8k5h0c1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Euan Baxter;X-NUM-GUESTS=0:mailto:euan.baxter.sula@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com;X-NUM-GUESTS=0:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION:Hi Fiona\, great to hear you're interested in the HSE lead job
 . We're 14 people\, first ROV/resident drone deployments offshore this sum
 mer\, so you'd be building the HSE management system from scratch. I'd lik
 e to hear about your background and tell you what we need - if it clicks\,
  next step is meeting Kenny (CTO) and the ops team in Westhill.\n\nEuan
LOCATION:https://meet.google.com/ajd-vbsk-wmq
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fiona / Euan (Sula) - HSE lead role
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/ajd-vbsk-wmq
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E008000000008B7A6D5C4E7FDB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        is_interview=1, company="Morven Offshore Wind", role="HSE Manager", stage="",
        interviewers="r.chalmers@morvenoffshorewind.com;k.schulz@morvenoffshorewind.com", trap="outlook-round-one-interview-no-stage",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Rebecca Chalmers:mailto:r.chalmers@morvenoffshorewind.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Schulz:mailto:k.schulz@morvenoffshorewind.com
DESCRIPTION;LANGUAGE=en-GB:Round 1 - Rebecca Chalmers (Project HSE Lead) and
  Katrin Schulz (Development Director). Approx. 1 hour.\n\n__________________
 ______________________________________________________________\nMicrosoft Te
 ams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_O
 GY5ZTBl\nMeeting ID: 380 227 166 014  Passcode: Wb3nR7\nDial in by phone\n+
 44 20 3855 4748\,\,519044831# United Kingdom\, London\n
SUMMARY;LANGUAGE=en-GB:Morven Offshore Wind - HSE Manager - Interview (Round 1) - Fiona Mackenzie
DTSTART;TZID=GMT Standard Time:20250218T130000
DTEND;TZID=GMT Standard Time:20250218T140000
UID:040000008200E00074C5B7101A82E008000000008B7A6D5C4E7FDB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T143207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E5C1DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        is_interview=1, company="Aker Solutions", role="HSE Lead - Renewables and Field Development", stage="onsite",
        interviewers="iain.gillies@akersolutions.com;hilde.berg@akersolutions.com", trap="outlook-dyce-office-interview-with-dial-in",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Iain Gillies":mailto:iain.gillies@akersolutions.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hilde Berg":mailto:hilde.berg@akersolutions.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ABZ-DYCE-2-Ythan (6)":mailto:abz-dyce-2-ythan@akersolutions.com
DESCRIPTION;LANGUAGE=en-GB:Fiona\, interview at our Dyce office. Hilde will j
 oin from Fornebu via Teams (dial-in below in case the room kit misbehave
 s).\nIain Gillies\, HSSEQ Manager UK\n\nMicrosoft Teams meeting\nhttps://team
 s.microsoft.com/l/meetup-join/19%3ameeting_ZTA1MWQ2\nOr call in (audio only)
 \n+44 20 3321 5208\,\,771093362# United Kingdom\, London\n
SUMMARY;LANGUAGE=en-GB:Aker Solutions - Interview - HSE Lead Renewables & Field Development
DTSTART;TZID=GMT Standard Time:20250513T100000
DTEND;TZID=GMT Standard Time:20250513T113000
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5C1DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T093355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:ABZ-DYCE-2-Ythan (6)\; Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="webcruiter-intv-4481029-statkraft@webcruiter.no",
        is_interview=1, company="Statkraft", role="HSE Manager Offshore Wind UK", stage="technical",
        interviewers="Eirik Solheim;Fiona Duguid", trap="webcruiter-competence-and-technical-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Webcruiter//Webcruiter Calendar//NO
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:webcruiter-intv-4481029-statkraft@webcruiter.no
DTSTAMP:20250310T101500Z
DTSTART:20250318T140000Z
DTEND:20250318T151500Z
SUMMARY:Statkraft - Invitation to interview: HSE Manager Offshore Wind UK
DESCRIPTION:Dear Fiona Mackenzie\,\n\nWe are pleased to invite you to an int
 erview for the position HSE Manager Offshore Wind UK.\n\nInterviewers: Eiri
 k Solheim (SVP HSE\, Wind) and Fiona Duguid (Head of Offshore Wind UK)\nF
 ormat: competence-based and technical questions\, Microsoft Teams (link se
 nt separately)\n\nBest regards\nStatkraft Recruitment
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="EDFR-UK-INT-2025-0412-99812@edf-re.uk",
        is_interview=1, company="EDF Renewables UK", role="HSE Manager - NnG Operations", stage="final",
        interviewers="Alison Weir;Matthieu Girard", trap="final-stage-teams-interview-confirmation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//EDF Renewables UK//Recruitment//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:EDFR-UK-INT-2025-0412-99812@edf-re.uk
DTSTAMP:20250502T150012Z
DTSTART;TZID=Europe/London:20250512T140000
DTEND;TZID=Europe/London:20250512T150000
SUMMARY:EDF Renewables UK - Final Stage Interview Confirmation - HSE Manager\, NnG Operations
DESCRIPTION:Dear Fiona\,\n\nThank you for your continued interest. We are pl
 eased to confirm your final stage interview with Alison Weir (Head of Ope
 rations\, NnG) and Matthieu Girard (HSE Director) on Microsoft Teams. The
  joining link will be sent by Alison.\n\nKind regards\nResourcing Team
LOCATION:Microsoft Teams
ORGANIZER;CN=EDF Renewables UK Resourcing:mailto:resourcing@edf-re.uk
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000D1C2B3A4F5C8DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        is_interview=1, company="Van Oord", role="QHSE Manager Offshore Wind (UK)", stage="hiring_manager",
        interviewers="p.debruijn@vanoord.com;s.visser@vanoord.com", trap="dutch-teams-interview-cest-with-recruiter-sent-by",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Bruijn, Pieter de";SENT-BY="mailto:recruitment@vanoord.com":mailto:p.debruijn@vanoord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Visser, Sanne":mailto:s.visser@vanoord.com
DESCRIPTION;LANGUAGE=en-US:Dear Fiona\,\n\nPieter de Bruijn (Manager QHSE\,
  Offshore Wind) and Sanne Visser (HR Advisor) would like to speak with you
  about the QHSE Manager Offshore Wind (UK) vacancy. Time is Rotterdam time
 .\n\nKind regards\,\nVan Oord Recruitment\n\nMicrosoft Teams meeting\nhttps://
 teams.microsoft.com/l/meetup-join/19%3ameeting_YjA3ZDFh\n
SUMMARY;LANGUAGE=en-US:Interview QHSE Manager Offshore Wind (UK) - Fiona Mackenzie
DTSTART;TZID=W. Europe Standard Time:20250519T140000
DTEND;TZID=W. Europe Standard Time:20250519T150000
UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5C8DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T120505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
]
