# ruff: noqa: E501, W291, W293, RUF100
"""holdout255 part D: negatives with Gemma Pritchard on the hiring or assessing side (her practice's recruitment)."""

from holdout255ev_zones import EUROPE_LONDON, GMT_STANDARD

FORMS: dict[str, str] = {}

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NEG,
        kind="outlook-work-organizer",
        uid="040000008200E00074C5B7101A82E008000000001A2B3C4D5E8BDB01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN=chloe.bennett99@gmail.com;RSVP=TRUE:mailto:chloe.bennett99@gmail.com
ATTENDEE;CN="Shah, Anjali (Dr)";RSVP=TRUE:mailto:anjali.shah@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250203T120512Z
DESCRIPTION:Dear Chloe\,\n\nThank you for applying for the Trainee Dental N
 urse position at Clifton Smiles Dental. I'm pleased to invite you to an in
 terview with myself (Practice Manager) and Dr Anjali Shah (Principal Denti
 st).\n\nPlease bring photo ID and proof of your right to work in the UK. T
 he interview will last about 45 minutes and includes a short tour of the p
 ractice.\n\nKind regards\,\nGemma Pritchard\nPractice Manager\nClifton Sm
 iles Dental | 27 Princess Victoria St\, Clifton\, Bristol BS8 4BX | 0117 4
 96 0215\n
DTEND;TZID="GMT Standard Time":20250211T131500
DTSTAMP:20250203T120512Z
DTSTART;TZID="GMT Standard Time":20250211T123000
LAST-MODIFIED:20250203T120512Z
LOCATION:Clifton Smiles Dental - upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Trainee Dental Nurse - Chloe Bennett
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E8BDB01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-work-address-organizer-candidate-gmail",
    ),
    dict(
        NEG,
        kind="outlook-working-interview-host",
        uid="040000008200E00074C5B7101A82E008000000002B3C4D5E6F8BDB01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN=aisha.rahman.22@hotmail.co.uk;RSVP=TRUE:mailto:aisha.rahman.22@hotmail.co.uk
ATTENDEE;CN="Evans, Bethany (Reception Lead)";RSVP=TRUE:mailto:reception@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250220T091500Z
DESCRIPTION:Hi Aisha\, as discussed\, here is your working interview morni
 ng on reception. You'll shadow Bethany\, our Reception Lead - answering th
 e phones\, booking in on Software of Excellence and handling NHS exemption
  forms. Please wear smart clothes (black trousers). This is unpaid and las
 ts 3.5 hours. Gemma - Practice Manager\n
DTEND;TZID="GMT Standard Time":20250226T123000
DTSTAMP:20250220T091500Z
DTSTART;TZID="GMT Standard Time":20250226T090000
LAST-MODIFIED:20250220T091500Z
LOCATION:Clifton Smiles Dental - front desk
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Working interview - Aisha Rahman (receptionist)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002B3C4D5E6F8BDB01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-working-interview-host-candidate-shadows-staff",
    ),
    dict(
        NEG,
        kind="calendly-host",
        uid="a9b8c7d6-e5f4-4321-9abc-def012345678@calendly.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a9b8c7d6-e5f4-4321-9abc-def012345678@calendly.com
DTSTAMP:20250304T211833Z
DTSTART:20250310T124500Z
DTEND:20250310T131500Z
SUMMARY:Jade Morris and Gemma Pritchard
ORGANIZER;CN=Gemma Pritchard:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN=Jade Morris;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jademorris.dn@gmail.com
DESCRIPTION:Event Name: Dental Nurse interview (Clifton Smiles)\n\nLocati
 on: Clifton Smiles Dental\, 27 Princess Victoria St\, Bristol BS8 4BX\n\nIn
 vitee: Jade Morris\nInvitee Email: jademorris.dn@gmail.com\n\nQuestions:\
 nAre you GDC registered? (if qualified): Yes - GDC 301877\nWhen could you 
 start?: 4 weeks notice\n\nView event in Calendly: https://calendly.com/eve
 nts/a9b8c7d6-e5f4-4321-9abc-def012345678\n\nPowered by Calendly.com
LOCATION:Clifton Smiles Dental\, 27 Princess Victoria St\, Bristol BS8 4BX
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-calendly-host-names-only-summary",
    ),
    dict(
        NEG,
        kind="indeed-employer-side",
        uid="indeed-iv-e2d4f6a8b0c1d3e5@indeed-interviews.co.uk",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-iv-e2d4f6a8b0c1d3e5@indeed-interviews.co.uk
DTSTAMP:20250311T083000Z
DTSTART:20250314T160000Z
DTEND:20250314T163000Z
SUMMARY:Interview: Tom Hale - Dental Receptionist (Clifton Smiles Dental)
ORGANIZER;CN=Indeed Interview:mailto:invites@indeed-interviews.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=CHAIR:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN=Tom Hale;ROLE=REQ-PARTICIPANT:mailto:tomhale.work@outlook.com
DESCRIPTION:You have a video interview with a candidate.\n\nCandidate: Tom
  Hale\nJob: Dental Receptionist\, Clifton Smiles Dental\nYou are the inter
 viewer.\n\nOpen the candidate's CV and join the interview room here:\nhttps:
 //employers.indeed-interviews.co.uk/room/e2d4f6a8b0c1d3e5\n\nIndeed for E
 mployers
LOCATION:Indeed video interview
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-job-board-employer-side-chair",
    ),
    dict(
        NEG,
        kind="agency-candidate-presentation",
        uid="040000008200E00074C5B7101A82E008000000003C4D5E6F708BDB01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Baines, Kelly":mailto:kelly.baines@tempdent-sw.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Gemma\, as promised a quick call to present a
  candidate for your Qualified Dental Nurse vacancy - Priya S.\, GDC regist
 ered 6 yrs\, implant & sedation experience\, available from 1 April. CV (a
 nonymised) attached. If you like the sound of her I can line up an interv
 iew with you next week. Our placement fee is as per the terms you signed 
 last year. Kelly - Tempdent South West\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F708BDB01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0
SUMMARY;LANGUAGE=en-GB:Candidate call - Qualified Dental Nurse (Priya S.)
DTSTART:20250312T123000Z
DTEND:20250312T124500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T170200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-agency-presents-candidate-to-user",
    ),
    dict(
        NEG,
        kind="candidate-accept-reply",
        uid="040000008200E00074C5B7101A82E008000000004D5E6F70818BDB01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
{GMT_STANDARD}BEGIN:VEVENT
DTSTART;TZID=GMT Standard Time:20250319T130000
DTEND;TZID=GMT Standard Time:20250319T134500
DTSTAMP:20250314T191204Z
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
UID:040000008200E00074C5B7101A82E008000000004D5E6F70818BDB01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF00
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan 
 Doyle;X-NUM-GUESTS=0:mailto:megan.doyle.dn@gmail.com
CREATED:20250314T191200Z
DESCRIPTION:Thank you so much Gemma\, I'll be there! Megan
LAST-MODIFIED:20250314T191204Z
LOCATION:Clifton Smiles Dental
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview - Qualified Dental Nurse - Megan Doyle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-accepted-reply-method-reply",
    ),
    dict(
        NEG,
        kind="outlook-debrief",
        uid="040000008200E00074C5B7101A82E008000000005E6F7081928BDB0100000000000000001000000001020304050607080910111213141516",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Shah, Anjali (Dr)";RSVP=TRUE:mailto:anjali.shah@cliftonsmilesdental.co.uk
ATTENDEE;CN="Reid, Marcus (Dr)";RSVP=TRUE:mailto:marcus.reid@cliftonsmilesdental.co.uk
CLASS:PRIVATE
CREATED:20250319T150000Z
DESCRIPTION:Debrief on the 3 qualified nurse candidates (Megan Doyle\, Jad
 e Morris\, Priya S. via Tempdent). Scoring sheets are in the Recruitment f
 older on the shared drive - please add yours before we meet. Decision + w
 ho to invite for a trial shift.\nG\n
DTEND;TZID="GMT Standard Time":20250320T133000
DTSTAMP:20250319T150000Z
DTSTART;TZID="GMT Standard Time":20250320T130000
LAST-MODIFIED:20250319T150000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Nurse interviews - debrief & decision
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005E6F7081928BDB0100000000000000001000000001020304050607080910111213141516
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-debrief-scoring-sheets",
    ),
    dict(
        NEG,
        kind="iphone-scoring-task",
        uid="B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250226T173000Z
DTEND:20250227T173000
DTSTAMP:20250226T173012Z
DTSTART:20250227T170000
LAST-MODIFIED:20250226T173012Z
SEQUENCE:0
SUMMARY:score reception candidates (int sheets) + send ref requests
DESCRIPTION:Aisha\, Tom H\, Jodie. use the competency grid 1-4. refs for top 2 only
TRANSP:OPAQUE
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-scorecard-task-abbreviations",
    ),
    dict(
        NEG,
        kind="outlook-trial-shift-host",
        uid="040000008200E00074C5B7101A82E008000000006F708192A38BDB0100000000000000001000000017181920212223242526272829303132",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN=megan.doyle.dn@gmail.com;RSVP=TRUE:mailto:megan.doyle.dn@gmail.com
ATTENDEE;CN="Reid, Marcus (Dr)";RSVP=TRUE:mailto:marcus.reid@cliftonsmilesdental.co.uk
ATTENDEE;CUTYPE=RESOURCE;CN="Surgery 2";RSVP=FALSE:mailto:surgery2@cliftonsmilesdental.co.uk
CLASS:PUBLIC
CREATED:20250321T101000Z
DESCRIPTION:Megan - paid trial shift nursing for Dr Reid in Surgery 2 (gen
 eral list + 2 extractions). Please bring your GDC certificate\, Hep B immu
 nity proof and your own tabard. I'll do a quick decontamination room walkt
 hrough at 8.15. Gemma\n
DTEND;TZID="GMT Standard Time":20250327T130000
DTSTAMP:20250321T101000Z
DTSTART;TZID="GMT Standard Time":20250327T081500
LAST-MODIFIED:20250321T101000Z
LOCATION:Surgery 2
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Trial shift - Megan Doyle (nurse) w/ Dr Reid
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000006F708192A38BDB0100000000000000001000000017181920212223242526272829303132
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-trial-shift-host-surgery-resource",
    ),
    dict(
        NEG,
        kind="google-apprentice-panel",
        uid="sdt8a9p0p1r2e3n4t5i6c7e8s9@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250409T093000
DTEND;TZID=Europe/London:20250409T123000
DTSTAMP:20250401T100000Z
ORGANIZER;CN=Severn Dental Training - Apprenticeships:mailto:apprenticeships@severndentaltraining.co.uk
UID:sdt8a9p0p1r2e3n4t5i6c7e8s9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gemma Pritchard;X-NUM-GUESTS=0:mailto:practicemanager@cliftonsmile
 sdental.co.uk
CREATED:20250401T095958Z
DESCRIPTION:Thank you for joining our employer interview panel for the Apr
 il intake of Level 3 Dental Nurse apprentices. You will interview 6 applic
 ants (20 mins each) alongside our tutor and score them on the attached gr
 id. Two of the applicants have asked to be placed with Clifton Smiles Dent
 al.\n\nInvitation from Google Calendar: https://calendar.google.com/calend
 ar/
LAST-MODIFIED:20250401T095958Z
LOCATION:Severn Dental Training\, 40 Broad Quay\, Bristol BS1 4DA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Apprenticeship interviews - employer panel (Dental Nurse L3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-employer-panel-apprentice-applicants",
    ),
    dict(
        NEG,
        kind="hand-typed-nebdn-observation",
        uid="c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250401T201000Z
LAST-MODIFIED:20250401T201000Z
DTSTAMP:20250401T201000Z
UID:c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f
SUMMARY:Observe Lily (trainee) - NEBDN ROE witness statements
STATUS:CONFIRMED
DTSTART:20250408T090000
DTEND:20250408T110000
DESCRIPTION:I'm her assessor/witness for the candidate's Record of Experie
 nce: chairside for Dr Shah\, decon cycle\, medical emergency scenario. Sig
 n off on the NEBDN portal after.
LOCATION:Surgery 1
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-assessor-observes-exam-candidate",
    ),
    dict(
        NEG,
        kind="teams-second-round-host",
        uid="040000008200E00074C5B7101A82E00800000000708192A3B48BDB0100000000000000001000000033343536373839404142434445464748",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sophie.grant.88@yahoo.co.uk:mailto:sophie.grant.88@yahoo.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Shah, Anjali (Dr)":mailto:anjali.shah@cliftonsmilesdental.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Sophie\, thanks for a great first interview. 
 As promised here is the 2nd stage for the Reception Team Leader role - 30 
 mins on Teams with me\, Anjali may join. I'll ask you to talk through how 
 you'd handle a patient complaint at the desk and how you'd plan a rota wi
 th two part-timers.\nGemma\n\n_____________________________________________
 ___________________________________\nMicrosoft Teams meeting\nClick here t
 o join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 ZWY4MjQ0ZTEtNjRjNy00ZjJhLWIxYzItOGU1ZGE0ZDFjNmI3%40thread.v2/0>\nMeeting 
 ID: 392 604 118 557\nPasscode: 2Jd7Rw\n________________________________________
 ________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000708192A3B48BDB0100000000000000001000000033343536373839404142434445464748
SUMMARY;LANGUAGE=en-GB:2nd interview - Reception Team Leader - Sophie Grant
DTSTART;TZID=GMT Standard Time:20250415T171500
DTEND;TZID=GMT Standard Time:20250415T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T121000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-second-round-teams-no-vtimezone",
    ),
    dict(
        NEG,
        kind="iphone-interview-prep-questions",
        uid="C3D4E5F6-A7B8-4C9D-8E0F-2A3B4C5D6E7F",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250218T070100Z
DTEND:20250219T080000
DTSTAMP:20250218T070144Z
DTSTART:20250219T073000
LAST-MODIFIED:20250218T070144Z
SEQUENCE:0
SUMMARY:write interview Qs for reception role (competency + scenario)
DESCRIPTION:Q1 tell me about a time you dealt w/ an angry patient. Q2 GDPR
 \, Q3 NHS charges bands. + practical: book a 3-appt course in SOE. scoring
  grid 1-4
TRANSP:OPAQUE
UID:C3D4E5F6-A7B8-4C9D-8E0F-2A3B4C5D6E7F
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-interview-kit-questions-hand-typed",
    ),
    dict(
        NEG,
        kind="outlook-phone-screen-host",
        uid="040000008200E00074C5B7101A82E0080000000081A2B3C4D58BDB0100000000000000001000000049505152535455565758596061626364",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250305T083000Z
DESCRIPTION:Call him on 07700 900771. Dental nurse (qualified\, 2 yrs). Ch
 eck GDC reg\, notice period\, can he do Sat rota. If ok -> invite to F2F.\n
DTEND:20250306T174500Z
DTSTAMP:20250305T083000Z
DTSTART:20250306T173000Z
LAST-MODIFIED:20250305T083000Z
LOCATION:phone
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Phone screen - Callum Reeve (DN)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000081A2B3C4D58BDB0100000000000000001000000049505152535455565758596061626364
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-phone-screen-she-calls-candidate",
    ),
    dict(
        NEG,
        kind="outlook-associate-interview",
        uid="040000008200E00074C5B7101A82E0080000000092B3C4D5E68BDB0100000000000000001000000065666768697071727374757677787980",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{GMT_STANDARD}BEGIN:VEVENT
ATTENDEE;CN="Pritchard, Gemma";RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN="Reid, Marcus (Dr)";RSVP=TRUE:mailto:marcus.reid@cliftonsmilesdental.co.uk
ATTENDEE;CN=kiran.patel.bds@gmail.com;RSVP=TRUE:mailto:kiran.patel.bds@gmail.com
CLASS:PUBLIC
CREATED:20250422T180000Z
DESCRIPTION:Associate Dentist (4 days\, NHS/private mix\, 7\,000 UDAs) - in
 terview with Dr Kiran Patel. Marcus and I will lead on clinical; Gemma plea
 se cover the practice side (UDA targets\, nursing support\, lab bills\, SO
 E templates). Kiran will see a case presentation at the end.\nAnjali\n
DTEND;TZID="GMT Standard Time":20250430T191500
DTSTAMP:20250422T180000Z
DTSTART;TZID="GMT Standard Time":20250430T180000
LAST-MODIFIED:20250422T180000Z
LOCATION:Partners' office
ORGANIZER;CN="Shah, Anjali (Dr)":mailto:anjali.shah@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Associate interview - Dr Kiran Patel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000092B3C4D5E68BDB0100000000000000001000000065666768697071727374757677787980
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-invited-by-boss-to-associate-dentist-interview",
    ),
    dict(
        NEG,
        kind="workable-interviewer-invite",
        uid="wk-ev-3f6a9c2e-1d4b-4e7a-8c5f-0b2d4e6f8a1c@workable-mail.co.uk",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
{EUROPE_LONDON}BEGIN:VEVENT
UID:wk-ev-3f6a9c2e-1d4b-4e7a-8c5f-0b2d4e6f8a1c@workable-mail.co.uk
DTSTAMP:20250506T101500Z
DTSTART;TZID=Europe/London:20250513T124500
DTEND;TZID=Europe/London:20250513T133000
SUMMARY:Interview: Emma Clarke for Dental Nurse (Qualified) at Clifton Smiles Dental
ORGANIZER;CN=Clifton Smiles Dental (via Workable):mailto:no-reply@hire.workable-mail.co.uk
ATTENDEE;CN=Gemma Pritchard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;CN=Emma Clarke;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:emma.clarke.rdn@gmail.com
DESCRIPTION:Emma Clarke has confirmed the interview for Dental Nurse (Qual
 ified).\n\nInterviewers: Gemma Pritchard\nCandidate profile: https://cli
 ftonsmiles.workable-mail.co.uk/candidates/9a1c33\nInterview kit & evaluat
 ion form: https://cliftonsmiles.workable-mail.co.uk/kits/dn-qualified\n\nS
 ent by Workable on behalf of Clifton Smiles Dental.
LOCATION:Clifton Smiles Dental\, 27 Princess Victoria St\, Bristol BS8 4BX
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-ats-names-user-as-interviewer-own-employer",
    ),
    dict(
        NEG,
        kind="ms-bookings-staff-side",
        uid="5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}BEGIN:VEVENT
ORGANIZER;CN=Clifton Smiles Recruitment:mailto:CliftonSmilesRecruitment@cliftonsmilesdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ellie Warr
 en:mailto:ellie.warren07@gmail.com
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Trainee Dental Nurse in
 terview\nStaff: Gemma Pritchard\nCustomer: Ellie Warren\nCustomer phone: 0
 7700 900562\nCustomer notes: I'm finishing my Level 2 in Health & Social C
 are and really want to get into dental nursing\n\nPowered by Microsoft Boo
 kings\n
UID:5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d
SUMMARY;LANGUAGE=en-GB:Trainee Dental Nurse interview - Ellie Warren
DTSTART;TZID=GMT Standard Time:20250521T160000
DTEND;TZID=GMT Standard Time:20250521T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T090101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Clifton Smiles Dental
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-bookings-staff-member-customer-is-candidate",
    ),
    dict(
        NEG,
        kind="outlook-reference-check",
        uid="040000008200E00074C5B7101A82E00800000000A3B4C5D6E78BDB0100000000000000001000000081828384858687888990919293949596",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250303T090000Z
DESCRIPTION:Verbal reference for Aisha Rahman (reception candidate) - Mrs 
 Ford\, Practice Manager at Bedminster Dental\, 0117 496 0388. Ask: reliab
 ility\, sickness\, would re-employ?\n
DTEND:20250304T123000Z
DTSTAMP:20250303T090000Z
DTSTART:20250304T121500Z
LAST-MODIFIED:20250303T090000Z
LOCATION:Phone
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Ref check - Aisha Rahman (call Bedminster Dental)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E78BDB0100000000000000001000000081828384858687888990919293949596
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-reference-check-on-candidate",
    ),
    dict(
        NEG,
        kind="iphone-offer-call",
        uid="D4E5F6A7-B8C9-4D0E-9F1A-3B4C5D6E7F80",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250327T133000Z
DTEND:20250328T124500
DTSTAMP:20250327T133011Z
DTSTART:20250328T123000
LAST-MODIFIED:20250327T133011Z
SEQUENCE:0
SUMMARY:call Megan - offer nurse role + start date
DESCRIPTION:£13.20/hr\, 37.5h\, start 22 Apr. DBS via uCheck. Contract fro
 m Westcountry HR
TRANSP:OPAQUE
UID:D4E5F6A7-B8C9-4D0E-9F1A-3B4C5D6E7F80
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-offer-call-to-candidate",
    ),
    dict(
        NEG,
        kind="recurring-interview-block",
        uid="040000008200E00074C5B7101A82E00800000000B4C5D6E7F88BDB01000000000000000010000000979899A0A1A2A3A4A5A6A7A8A9AAABAC",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Practice Manager (Clifton Smiles)
{GMT_STANDARD}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250428T080000Z
DESCRIPTION:Held for dental nurse / hygienist candidate interviews. Book c
 andidates into these slots via Bookings. Dr Shah to join where she can.\n
DTEND;TZID="GMT Standard Time":20250507T180000
DTSTAMP:20250428T080000Z
DTSTART;TZID="GMT Standard Time":20250507T170000
LAST-MODIFIED:20250428T080000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview slot (candidates) - HOLD
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F88BDB01000000000000000010000000979899A0A1A2A3A4A5A6A7A8A9AAABAC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250428T080000Z
DESCRIPTION:Hygienist/therapist candidate - Ffion Jenkins (Cardiff grad). 
 Dr Shah joining. Bring her radiography cert copy.\n
DTEND;TZID="GMT Standard Time":20250514T183000
DTSTAMP:20250509T120000Z
DTSTART;TZID="GMT Standard Time":20250514T173000
LAST-MODIFIED:20250509T120000Z
LOCATION:Upstairs office
ORGANIZER;CN="Pritchard, Gemma":mailto:practicemanager@cliftonsmilesdental.co.uk
PRIORITY:5
RECURRENCE-ID;TZID="GMT Standard Time":20250514T170000
SEQUENCE:1
SUMMARY;LANGUAGE=en-gb:Interview - Hygienist/Therapist - Ffion Jenkins
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F88BDB01000000000000000010000000979899A0A1A2A3A4A5A6A7A8A9AAABAC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-recurring-slot-with-recurrence-id-override",
    ),
]
