"""holdout151 events, part e: client-side and public bodies, more contractors (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

EVENTS = [
    E(
        "success-profiles-video",
        "jobtrain-NH-26-0822-iv-30119@nationalhighways.jobtrain.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Jobtrain Recruitment//EN
METHOD:PUBLISH
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:jobtrain-NH-26-0822-iv-30119@nationalhighways.jobtrain.co.uk
DTSTAMP:20261009T120004Z
DTSTART;TZID=Europe/London:20261019T093000
DTEND;TZID=Europe/London:20261019T103000
SUMMARY:National Highways - Senior Programme Manager\, Regional Investment
  Programme (NH-26-0822)
LOCATION:Microsoft Teams (link to follow from the panel chair)
DESCRIPTION:Dear Samuel\,\n\nCongratulations\, you have been shortlisted.
  Your interview will be assessed using Success Profiles: Behaviours (Seeing
  the Big Picture\; Leadership\; Delivering at Pace)\, Experience and Techni
 cal. Please prepare a 5 minute presentation on "Balancing safety\, customer
  and delivery on a live motorway scheme".\n\nYour panel: Rob Ainsley (Prog
 ramme Director\, chair)\, Shabana Iqbal (Head of Commercial)\, Peter Nash (
 independent panel member).\n\nIf you require reasonable adjustments please
  reply to this email.\n\nNational Highways Resourcing
ORGANIZER;CN=National Highways Resourcing:mailto:donotreply@jobtrain.co.uk
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="National Highways",
        role="Senior Programme Manager, Regional Investment Programme",
        stage="",
        who="Rob Ainsley;Shabana Iqbal;Peter Nash",
        trap="success-profiles-panel-summary-without-interview-word",
    ),
    E(
        "tribepad-assessment",
        "tribepad-event-TFL-112840-S-MENSAH-01@tfl.tribepad.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//ATS//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tribepad-event-TFL-112840-S-MENSAH-01@tfl.tribepad.com
DTSTAMP:20261103T161200Z
DTSTART:20261111T140000Z
DTEND:20261111T150000Z
SUMMARY:TfL - Stage 2: Technical assessment - Programme Manager (Capital\,
  Surface Transport)
LOCATION:Microsoft Teams
DESCRIPTION:Hello Samuel\,\n\nYou have been invited to stage 2 for Progra
 mme Manager (Capital\, Surface Transport)\, ref 112840. This is a 30 minu
 te scenario exercise (a programme dashboard and risk register for a corrid
 or scheme) followed by 30 minutes of questions with Chidi Nwosu (Programme
  Manager) and Anna Kowalska (Sponsor).\n\nPlease test your Teams connectio
 n in advance.\n\nTfL Resourcing
ORGANIZER;CN=TfL Resourcing:mailto:noreply@tfl.tribepad.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Chidi Nwosu:mailto:chidinwosu@tfl.gov.uk
ATTENDEE;CN=Anna Kowalska:mailto:annakowalska@tfl.gov.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Transport for London",
        role="Programme Manager (Capital, Surface Transport)",
        stage="technical",
        who="chidinwosu@tfl.gov.uk;annakowalska@tfl.gov.uk",
        trap="tribepad-stage-2-scenario-exercise",
    ),
    E(
        "panel-stratford",
        "040000008200E00074C5B7101A82E008000000004C5D6E7F8A9BDC01000000000000000010000000FACEB00C12345678FACEB00C87654321",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=Chidi Nwosu;SENT-BY="mailto:MartinaOkoro@tfl.gov.uk":mailto:Chi
 diNwosu@tfl.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dominic Grey:m
 ailto:DominicGrey@tfl.gov.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=ES-05-Meeting R
 oom 5.12 (8):mailto:ES05MR512@tfl.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\,\n\nThank you for your time at stage
  2. We'd like to invite you to the final panel at Endeavour Square with mys
 elf and Dominic Grey (Director of Major Projects Sponsorship). Please brin
 g photo ID and collect a visitor pass from the ground floor.\n\nMartina Ok
 oro\non behalf of Chidi Nwosu\n
UID:040000008200E00074C5B7101A82E008000000004C5D6E7F8A9BDC010000000000000000
 10000000FACEB00C12345678FACEB00C87654321
SUMMARY;LANGUAGE=en-GB:Final panel - Programme Manager (Capital) - Samuel M
 ensah
DTSTART;TZID=GMT Standard Time:20261125T100000
DTEND;TZID=GMT Standard Time:20261125T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T112200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:5 Endeavour Square\, Stratford E20 1JN\; ES-05-Mee
 ting Room 5.12 (8)
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Transport for London",
        role="Programme Manager (Capital)",
        stage="final",
        who="chidinwosu@tfl.gov.uk;dominicgrey@tfl.gov.uk",
        trap="outlook-sent-by-final-panel-mixed-case-address",
    ),
    E(
        "hs2-teams",
        "040000008200E00074C5B7101A82E00800000000927B1AC0D25CDC01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=Bernadette Quinn;SENT-BY="mailto:ops.pa.team@hs2.org.uk":mailt
 o:bernadette.quinn@hs2.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Interview for Client Project Manager - Euston Ap
 proaches (HS2/2026/1882) with Bernadette Quinn\, Head of Euston Delivery.
 \n\n_____________________________________________________________________
 ___________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app o
 r room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk5
 %40thread.v2/0\nMeeting ID: 367 120 558 402\nPasscode: 3hNq7z\nOr call in
  (audio only)\n+44 20 3443 8809\,\,662940112# United Kingdom\, London\nPhon
 e Conference ID: 662 940 112#\n___________________________________________
 _____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000927B1AC0D25CDC010000000000000000
 10000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=en-GB:HS2/2026/1882 - S Mensah
DTSTART;TZID=GMT Standard Time:20261202T150000
DTEND;TZID=GMT Standard Time:20261202T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T095501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="HS2 Ltd",
        role="Client Project Manager - Euston Approaches",
        stage="hiring_manager",
        who="bernadette.quinn@hs2.org.uk",
        trap="summary-only-requisition-number-pa-team-sent-by",
    ),
    E(
        "informal-chat-step1",
        "0r5h9b2nkq6m1c8tx3vw7pz4js@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261016T123000
DTEND;TZID=Europe/London:20261016T131500
DTSTAMP:20261012T080344Z
ORGANIZER;CN=Yasmin Rahman:mailto:yasmin.rahman@tideway.london
UID:0r5h9b2nkq6m1c8tx3vw7pz4js@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Owen Pritchard;X-NUM-GUESTS=0:mailto:owen.pritchard@tideway.london
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yasmin Rahman;X-NUM-GUESTS=0:mailto:yasmin.rahman@tideway.london
DESCRIPTION:Hi Samuel\, as the first step in our process for the Programme
  Manager - Handover & Commissioning role\, Owen (Delivery Director) would
  like an informal chat with you. No need to prepare anything formal.\n\nYa
 smin (Recruitment Coordinator)\n\nJoin with Google Meet: https://meet.goog
 le.com/pnd-xkwa-tbe\nJoin by phone: (GB) +44 20 3937 0661 PIN: 702 114 85
 3#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tideway - Samuel Mensah / Owen Pritchard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Tideway",
        role="Programme Manager - Handover & Commissioning",
        stage="hiring_manager",
        who="owen.pritchard@tideway.london",
        trap="informal-chat-as-first-step-is-interview-coordinator-organizer",
    ),
    E(
        "zoom-interview",
        "ZOOM-88204411573-20261020T090000Z@zoom.us",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
"""
        + LONDON
        + r"""
BEGIN:VEVENT
DTSTAMP:20261013T143011Z
DTSTART;TZID=Europe/London:20261020T100000
DTEND;TZID=Europe/London:20261020T110000
SUMMARY:Samuel Mensah - SRM Project Director interview
UID:ZOOM-88204411573-20261020T090000Z@zoom.us
TZID:Europe/London
DESCRIPTION:Emma Barclay is inviting you to a scheduled Zoom meeting.\n\nJo
 in Zoom Meeting\nhttps://srm.zoom.us/j/88204411573?pwd=aXl3b0RkZ0E\n\nMeet
 ing ID: 882 0441 1573\nPasscode: 620418\n\n---\n\nOne tap mobile\n+442080
 806591\,\,88204411573#\,\,\,\,*620418# United Kingdom\n\n---\n\nPanel: Gr
 aham Hollings (Divisional MD\, Infrastructure) and Emma Barclay (Senior Ta
 lent Partner)
LOCATION:https://srm.zoom.us/j/88204411573?pwd=aXl3b0RkZ0E
ORGANIZER;CN=Emma Barclay:mailto:emma.barclay@srm.com
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Sir Robert McAlpine",
        role="Project Director",
        stage="",
        who="emma.barclay@srm.com;Graham Hollings",
        trap="zoom-native-ics-acronym-employer",
    ),
    E(
        "assessment-centre",
        "ORC-INTV-300000187726154-SMENSAH@laingorourke.fa.oraclecloud.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Oracle Recruiting Cloud//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ORC-INTV-300000187726154-SMENSAH@laingorourke.fa.oraclecloud.com
DTSTAMP:20261026T101200Z
DTSTART:20261109T083000Z
DTEND:20261109T130000Z
SUMMARY:Laing O'Rourke - Leadership Assessment Centre - Project Leader (Ci
 vils)
LOCATION:Laing O'Rourke\, Bridge Place\, Anchor Boulevard\, Crossways\, Da
 rtford DA2 6SN
DESCRIPTION:Dear Samuel\,\n\nYou are invited to our Leadership Assessment
  Centre for the Project Leader (Civils) role. The morning includes a grou
 p exercise\, a written planning exercise\, a competency interview with tw
 o of our Project Directors and a site tour of the Explore Manufacturing f
 acility.\n\nPlease bring PPE (boots\, hi-vis) and photo ID.\n\nLaing O'Rou
 rke Talent Acquisition
ORGANIZER;CN=Laing O'Rourke Careers:mailto:noreply-careers@laingorourke.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Laing O'Rourke",
        role="Project Leader (Civils)",
        stage="onsite",
        trap="candidate-assessment-centre-half-day",
    ),
    E(
        "ashby-interview",
        "ashby-5d7e9f1a-0b2c-4d3e-8f4a-5b6c7d8e9f0a@ashbyhq.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-5d7e9f1a-0b2c-4d3e-8f4a-5b6c7d8e9f0a@ashbyhq.com
DTSTAMP:20261110T171500Z
DTSTART:20261116T110000Z
DTEND:20261116T120000Z
SUMMARY:Samuel Mensah - Project Director\, Civil Engineering - Volker
 Fitzpatrick
LOCATION:Google Meet
DESCRIPTION:Interview: Project Director\, Civil Engineering\nCandidate: Sam
 uel Mensah\nInterviewer: Callum Price (Operations Director\, Civil Enginee
 ring)\n\nJoin: https://meet.google.com/zbh-qtcw-ern\n\nScheduled with Ashb
 y
ORGANIZER;CN=VolkerFitzpatrick Recruitment:mailto:recruitment@volkerfitzpat
 rick.co.uk
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Callum Price:mailto:callum.price@volkerfitzpatrick.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="VolkerFitzpatrick",
        role="Project Director, Civil Engineering",
        stage="",
        who="callum.price@volkerfitzpatrick.co.uk",
        trap="ashby-meet-folded-company-name",
    ),
    E(
        "greenhouse-technical",
        "greenhouse-interview-48213377-c41d@greenhouse.io",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:greenhouse-interview-48213377-c41d@greenhouse.io
DTSTAMP:20261111T093010Z
DTSTART;TZID=Europe/London:20261120T130000
DTEND;TZID=Europe/London:20261120T141500
SUMMARY:Stantec | Technical Interview | Principal Engineer - Highway Struct
 ures
LOCATION:Microsoft Teams
DESCRIPTION:Hi Samuel\,\n\nHere are the details of your technical intervie
 w with Stantec.\n\nInterviewers:\n- Dr Fiona McLeod\, Technical Director -
  Structures\n- Ahmed Rashid\, Associate\n\nTeams: https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_ZGU0%40thread.v2/0\n\nYour recruiting coord
 inator\, Beth Nolan\, will be on hand if anything comes up.
ORGANIZER;CN=Beth Nolan:mailto:beth.nolan@stantec.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Fiona McLeod:mailto:fiona.mcleod@stantec.com
ATTENDEE;CN=Ahmed Rashid:mailto:ahmed.rashid@stantec.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Stantec",
        role="Principal Engineer - Highway Structures",
        stage="technical",
        who="fiona.mcleod@stantec.com;ahmed.rashid@stantec.com",
        trap="greenhouse-coordinator-organizer-two-interviewers",
    ),
]
