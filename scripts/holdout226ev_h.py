"""holdout226 events, part H: the user on the HIRING side at Midland Borough Police (2 of 2)."""

from holdout226ev_tz import GMT_STD, LONDON, LONDON_APPLE

EVENTS = [
    dict(
        kind="observation-shift",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:Specials applicant observation shift (ride-along). Applicant:
  Kieran Doyle (SC-0233). He has signed the observer disclaimer and the co
 nfidentiality form. Please keep him in the vehicle for any immediates an
 d complete the short observation feedback form for the Specials Recruitm
 ent Officer - it goes into his application.\n\nSC Coordinator
DTEND;TZID="GMT Standard Time":20250301T010000
DTSTAMP:20250221T140000Z
DTSTART;TZID="GMT Standard Time":20250228T180000
LOCATION:Steelhouse Lane parade room
ORGANIZER;CN="Specials Recruitment":mailto:specials.recruitment@midlandbor
 ough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Observer on lates - SC applicant K Doyle
UID:040000008200E00074C5B7101A82E00800000000880011DD44EEDB0100000000000000
 0010000000BEEF00112233445566778899AABBCCDD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000880011DD44EEDB01000000000000000"
                 "010000000BEEF00112233445566778899AABBCCDD", 0, "", "", "", "",
                 "user-as-interviewer-applicant-observation-shift")],
    ),
    dict(
        kind="dhep-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Marsh, Alan (DI 3310)":mailto:alan.marsh@midlandborough.polic
 e.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rahman,
  Aisha (4471)":mailto:aisha.rahman@midlandborough.police.uk
ATTENDEE;ROLE=NON-PARTICIPANT;CUTYPE=RESOURCE;RSVP=TRUE;CN="LH-6-Interview
  Suite B":mailto:lh-6-interviewsuiteb@midlandborough.police.uk
DESCRIPTION;LANGUAGE=en-GB:Aisha\, thanks for agreeing to be second panel
  member. DHEP (detective entry) final interviews - 4 candidates from the
  external campaign. I'll chair and do the investigative mindset questions
 \, you take the PACE / victim care questions and the scenario debrief. Sc
 ore independently then we agree.\n
UID:040000008200E00074C5B7101A82E00800000000991122EE55FFDB0100000000000000
 00100000007E57AB1E7E57AB1E7E57AB1E7E57AB1E
SUMMARY;LANGUAGE=en-GB:DHEP interviews - 2nd panel member
DTSTART;TZID=GMT Standard Time:20250508T090000
DTEND;TZID=GMT Standard Time:20250508T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LH-6-Interview Suite B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000991122EE55FFDB010000000000000000"
                 "100000007E57AB1E7E57AB1E7E57AB1E7E57AB1E", 0, "", "", "", "",
                 "user-as-interviewer-detective-entry-second-panel-member")],
    ),
    dict(
        kind="fair-selection",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cornerstone OnDemand//Learning//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:csod-session-ILT-55201-4471@midlandborough.csod.com
DTSTAMP:20250127T080000Z
DTSTART:20250205T090000Z
DTEND:20250205T123000Z
SUMMARY:Fair Selection & Interviewer Skills (ILT) - mandatory for panel m
 embers
DESCRIPTION:Session: Fair Selection & Interviewer Skills\nProvider: Learn
 ing & Development\nYou are registered on this classroom session. On comp
 letion you will be added to the force pool of accredited interview panel
  members for police staff and PCSO recruitment. Covers: competency-based
  questioning\, evidence recording\, scoring to the marking guide\, uncon
 scious bias\, reasonable adjustments for candidates.\n\nVenue: Tally Ho T
 raining Centre\, Room 12
LOCATION:Tally Ho Training Centre Room 12
ORGANIZER;CN=Learning & Development:mailto:ld.noreply@midlandborough.police
 .uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT:mailto:aisha.rahman@midlandb
 orough.police.uk
END:VEVENT
END:VCALENDAR
""",
        labels=[("csod-session-ILT-55201-4471@midlandborough.csod.com", 0, "", "", "", "",
                 "user-as-interviewer-interviewer-skills-training")],
    ),
    dict(
        kind="open-evening",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250313T173000
DTEND;TZID=Europe/London:20250313T203000
DTSTAMP:20250303T121500Z
ORGANIZER;CN=MBP Attraction & Outreach:mailto:mbp.outreach@gmail.com
UID:6fr1t3v5x7z9b1d3f5h7j9l1na@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman@midlandborough.police.uk;X-NUM-GUESTS=0:mailto:aisha
 .rahman@midlandborough.police.uk
DESCRIPTION:Police officer recruitment open evening - Small Heath mosque c
 ommunity hall. You're hosting the Response table: talk to prospective ap
 plicants about the job\, the application form and what the interview and
  assessment centre are like. Please bring pop-up banner from Bordesley Gr
 een. Uniform please.
LOCATION:Small Heath Community Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Recruitment open evening - Small Heath (hosting Response table)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("6fr1t3v5x7z9b1d3f5h7j9l1na@google.com", 0, "", "", "", "",
                 "user-as-interviewer-recruitment-event-host")],
    ),
    dict(
        kind="scores-deadline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Scan + upload signed score sheets for 0411-0430 to the Recrui
 tment SharePoint. Originals to People Services internal post. Feedback co
 mments must be evidence-based - no 'seemed nervous'.
DTSTART;VALUE=DATE:20250228
DTEND;VALUE=DATE:20250301
DTSTAMP:20250226T160000Z
SUMMARY;LANGUAGE=en-gb:Scoresheets in - PCSO 25/03
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000AA33BB44CC55DB0100000000000000
 00100000001234FEDC1234FEDC1234FEDC1234FEDC
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000AA33BB44CC55DB010000000000000000"
                 "100000001234FEDC1234FEDC1234FEDC1234FEDC", 0, "", "", "", "",
                 "user-as-interviewer-score-sheet-deadline")],
    ),
    dict(
        kind="feedback-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN=megan.doherty@hotmail.co.uk;RSVP=TRUE:mailto:megan.doherty@hot
 mail.co.uk
CLASS:PUBLIC
DESCRIPTION:Feedback for unsuccessful candidate (PCSO 25/03\, cand 0415) -
  she requested verbal feedback from a panel member. Aisha to deliver\, us
 e agreed wording from moderation. 15 mins by phone\, withhold number.
DTEND;TZID="GMT Standard Time":20250314T121500
DTSTAMP:20250310T092200Z
DTSTART;TZID="GMT Standard Time":20250314T120000
LOCATION:Phone - 07700 900 615
ORGANIZER;CN="Recruitment Team":mailto:recruitment@midlandborough.police.u
 k
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview feedback call - M Doherty
UID:040000008200E00074C5B7101A82E00800000000BB44CC55DD66DB0100000000000000
 0010000000FACE0FF1CE0FACE0FF1CE0FACE0FF1CE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000BB44CC55DD66DB01000000000000000"
                 "010000000FACE0FF1CE0FACE0FF1CE0FACE0FF1CE", 0, "", "", "", "",
                 "user-as-interviewer-feedback-to-unsuccessful-candidate")],
    ),
    dict(
        kind="eoi-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="Nolan, Ryan (PC 4120)";RSVP=TRUE:mailto:ryan.nolan@midlandbor
 ough.police.uk
CLASS:PUBLIC
DESCRIPTION:EOI - Neighbourhood Task Force attachment (6 months). Ryan - t
 his is your interview slot with Sgt Rahman and Sgt Ahmed. 20 mins\, two q
 uestions plus your PDR evidence. Good luck.
DTEND;TZID="GMT Standard Time":20250521T112000
DTSTAMP:20250514T084500Z
DTSTART;TZID="GMT Standard Time":20250521T110000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Ahmed, Tariq (PS 1944)":mailto:tariq.ahmed@midlandborough.po
 lice.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:NTF EOI interview - PC Nolan
UID:040000008200E00074C5B7101A82E00800000000CC55DD66EE77DB0100000000000000
 0010000000ACE0BA5EACE0BA5EACE0BA5EACE0BA5E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000CC55DD66EE77DB01000000000000000"
                 "010000000ACE0BA5EACE0BA5EACE0BA5EACE0BA5E", 0, "", "", "", "",
                 "user-as-interviewer-internal-eoi-interview-of-pc")],
    ),
    dict(
        kind="shortlisting",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250318T200100Z
DTEND;TZID=Europe/London:20250320T100000
DTSTAMP:20250318T200130Z
DTSTART;TZID=Europe/London:20250320T080000
LAST-MODIFIED:20250318T200130Z
SEQUENCE:0
SUMMARY:Sift 14 apps - police staff investigator (PSI) - before earlies ca
 tch up
DESCRIPTION:shortlist max 6 for ints. criteria = PIP1 + file build exp. s
 core on the sift matrix\, send to Dean by 10.
TRANSP:OPAQUE
UID:5D2E9A10-3C7B-4B8E-A1F6-9E0D2C3B4A51
END:VEVENT
END:VCALENDAR
""",
        labels=[("5D2E9A10-3C7B-4B8E-A1F6-9E0D2C3B4A51", 0, "", "", "", "",
                 "user-as-interviewer-application-sift-shortlisting")],
    ),
    dict(
        kind="teams-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Rahman, Aisha (4471)":mailto:aisha.rahman@midlandborough.poli
 ce.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=chloe.ba
 nks.x@gmail.com:mailto:chloe.banks.x@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenwa
 y, Paula (Police Staff)":mailto:paula.greenway@midlandborough.police.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Chloe\,\n\nAs discussed\, because you couldn
 't make the Tally Ho date this is your reserve-day interview for the PCSO
  role\, by video. Panel: Paula Greenway and me. Please have photo ID ready
  to show on camera.\n\nSgt A Rahman\n\n____________________________\nMicr
 osoft Teams Need help?\nJoin the meeting now\nMeeting ID: 356 118 402 77
 3\nPasscode: Tq8eH3\n\n
UID:040000008200E00074C5B7101A82E00800000000DD66EE77FF88DB0100000000000000
 0010000000CAFEBABECAFEBABECAFEBABECAFEBABE
SUMMARY;LANGUAGE=en-GB:PCSO interview (reserve) - Chloe Banks
DTSTART;TZID=GMT Standard Time:20250312T100000
DTEND;TZID=GMT Standard Time:20250312T104500
CLASS:PUBLIC
DTSTAMP:20250306T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000DD66EE77FF88DB01000000000000000"
                 "010000000CAFEBABECAFEBABECAFEBABECAFEBABE", 0, "", "", "", "",
                 "user-as-interviewer-user-organizes-candidate-on-gmail")],
    ),
    dict(
        kind="role-play-actor",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:FCC Call Handler selection day. We need an operational Sgt to
  play the caller in the simulated 999 call exercise and score the applica
 nts' call control on the FCC matrix. 8 applicants\, 20 mins each. Lunch
  provided.\n\nForce Contact Centre - Resourcing
DTEND;TZID="GMT Standard Time":20250603T160000
DTSTAMP:20250520T110000Z
DTSTART;TZID="GMT Standard Time":20250603T093000
LOCATION:FCC Training Floor\, Aston
ORGANIZER;CN="FCC Resourcing":mailto:fcc.resourcing@midlandborough.police.
 uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Call Handler selection - simulated call (caller & s
 corer)
UID:040000008200E00074C5B7101A82E00800000000EE77FF880099DB0100000000000000
 0010000000DEADBEEFDEADBEEFDEADBEEFDEADBEEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000EE77FF880099DB01000000000000000"
                 "010000000DEADBEEFDEADBEEFDEADBEEFDEADBEEF", 0, "", "", "", "",
                 "user-as-interviewer-call-handler-selection-scorer")],
    ),
]
