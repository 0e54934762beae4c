# ruff: noqa: E501, W291, W293, RUF100
"""holdout282 events, part F: personal appointments, family members' interviews, research and press interviews,
mock interviews, webinars, fairs, references, prep blocks and a recruiter who names no employer."""

from holdout282ev_zones import GMT_STD, GOOGLE_FOOTER, LONDON, MADRID, W_EUROPE, fold, teams

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        NEG,
        kind="ios-personal",
        uid="C3E5A7B9-1D2F-4A6C-8E0B-3D5F7A9C1E26",
        trap="personal-gp-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261103T121505Z
DTSTAMP:20261103T121530Z
DTSTART:20261110T083000
DTEND:20261110T084500
LAST-MODIFIED:20261103T121530Z
LOCATION:Moss Lane Surgery
SEQUENCE:0
SUMMARY:GP - Dr Mensah (bloods)
UID:C3E5A7B9-1D2F-4A6C-8E0B-3D5F7A9C1E26
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="google-family-export",
        uid="6c1v2b3n4m5a6s7d8f9g0h1j2k@google.com",
        trap="family-passport-identity-interview",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Okonkwo-Hughes family
X-WR-TIMEZONE:Europe/London
X-WR-CALDESC:School\, clubs\, appointments
BEGIN:VEVENT
DTSTART:20261119T153000Z
DTEND:20261119T161500Z
DTSTAMP:20261124T211811Z
UID:6c1v2b3n4m5a6s7d8f9g0h1j2k@google.com
CREATED:20261106T190233Z
DESCRIPTION:Kofi's first adult passport - identity interview at the passport office. Take his birth cert\, my passport\, 2 proofs of address\, the interview letter. He'll be asked about family details - make sure he knows Nan's maiden name!
LAST-MODIFIED:20261106T190233Z
LOCATION:Passport Office\, Peel House\, Bridgewater Street\, Salfordbank
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kofi - passport interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="google-research-interview",
        uid="1a2s3d4f5g6h7j8k9l0z1x2c3v@google.com",
        trap="research-interview-user-as-participant-consent",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260812T170000Z
DTEND:20260812T180000Z
DTSTAMP:20260730T094011Z
ORGANIZER;CN=Ellie Marchetti:mailto:e.marchetti@wharfedale.example.ac.uk
UID:1a2s3d4f5g6h7j8k9l0z1x2c3v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ellie Marchetti;X-NUM-GUESTS=0:mailto:e.marchetti@wharfedale.example.ac.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260730T094009Z
DESCRIPTION:Hi Joanne\, thank you so much for agreeing to take part in my PhD study on emotional labour among prison custodial managers. The interview is semi-structured and will last about an hour. It will be audio recorded and anonymised. I've attached the participant information sheet and consent form - please sign and return before we speak. HMPPS NRC approval ref: 2026-118.\n\nEllie Marchetti\, PhD researcher\, School of Law and Criminology\, University of Wharfedale\n\nJoin with Google Meet: https://meet.google.com/rxt-pzaw-kge\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260730T094011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview - prison CMs study (Joanne)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="german-research-interview",
        uid="040000008200E00074C5B7101A82E00800000000B5A0516273FEDC01000000000000000010000000EE0011FF00112233445566778899AABBC",
        trap="german-forschungsinterview-research-participant",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Jonas":mailto:jonas.brandt@uni-wesertal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com:mailto:joanne.okonkwohughes@outlook.com
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Okonkwo-Hughes\,\n\nvielen Dank\, dass Sie an unserem Forschungsinterview zur Studie 'Sicherheit und Beziehungsarbeit im Justizvollzug - ein Vergleich England/Deutschland' teilnehmen. Das Interview findet auf Englisch statt und dauert ca. 60 Minuten.\n\nDear Ms Okonkwo-Hughes\, thank you for agreeing to a research interview for our comparative study on relational security in English and German prisons. The interview will be in English\, about 60 minutes\, and will be recorded for transcription.\n\nMit freundlichen Grüßen\nDr. Jonas Brandt\nInstitut für Kriminologie\, Universität Wesertal\n\n{teams("318 774 029 516", "Fb6vRn", "912 440 317", "+49 30 5557 1420")}\n
UID:040000008200E00074C5B7101A82E00800000000B5A0516273FEDC01000000000000000010000000EE0011FF00112233445566778899AABBC
SUMMARY;LANGUAGE=de-DE:Forschungsinterview / research interview - Justizvollzug England (Okonkwo-Hughes)
DTSTART;TZID=W. Europe Standard Time:20261203T170000
DTEND;TZID=W. Europe Standard Time:20261203T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T101255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="google-press-interview",
        uid="9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com",
        trap="press-interview-prison-newspaper",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260903T130000Z
DTEND:20260903T134500Z
DTSTAMP:20260827T154422Z
ORGANIZER;CN=Nadia Ferreira:mailto:nadia.ferreira@thewingtimes.example.co.uk
UID:9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nadia Ferreira;X-NUM-GUESTS=0:mailto:nadia.ferreira@thewingtimes.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwo-hughes@hmp-irwell.example.gov.uk;X-NUM-GUESTS=0:mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=HMPPS Press Office;X-NUM-GUESTS=0:mailto:press.office@justice.example.gov.uk
CREATED:20260827T154420Z
DESCRIPTION:Interview for The Wing Times (the national newspaper for prisoners) about the Irwell kitchen academy and the peer-led induction. Press Office has approved - they'll sit in. About 30 minutes plus a photo of the kitchen team if security allows.\n\nNadia Ferreira\, features writer\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260827T154422Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:The Wing Times interview - Irwell kitchen academy
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="ios-terse",
        uid="D4F6B8C0-2E3A-4B7D-9F1C-4E6A8C0D2F37",
        trap="mock-interview-with-mentor-before-border-force",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260921T201004Z
DTSTAMP:20260921T201049Z
DTSTART:20260927T110000
DTEND:20260927T123000
LAST-MODIFIED:20260921T201049Z
LOCATION:Bernie's
SEQUENCE:0
SUMMARY:Mock int w/ Bernie - BF behaviours
DESCRIPTION:practice run for Border Force. she'll grill me on leadership + making effective decisions\, time the presentation. take cake
UID:D4F6B8C0-2E3A-4B7D-9F1C-4E6A8C0D2F37
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="eventbrite-webinar",
        uid="eventbrite-1099883412733-o-61503319@eventbrite.example.co.uk",
        trap="webinar-about-success-profiles-behaviour-interviews",
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1099883412733-o-61503319@eventbrite.example.co.uk
DTSTAMP:20260901T120005Z
DTSTART:20260909T170000Z
DTEND:20260909T181500Z
SUMMARY:Success Profiles explained: behaviours\, strengths and the Civil Service interview (online)
DESCRIPTION:Online event\n\nA free webinar for public sector staff thinking about Civil Service roles. We'll cover the Success Profiles framework\, how to write behaviour examples using STAR\, what strengths questions feel like\, and how sift and interview scores are combined. Q&A at the end.\n\nHosted by Civil Service Careers North West network.\n\nJoin link will be sent 1 hour before the event.\n\nOrder #61503319
LOCATION:Online event
ORGANIZER;CN=Civil Service Careers NW:mailto:noreply@eventbrite.example.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="thunderbird-class",
        uid="7bc92e14-5a3f-4d68-b1e7-9c0d2f4a6b85",
        trap="interview-skills-workshop-union-learning",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{LONDON}
BEGIN:VEVENT
CREATED:20260810T183320Z
LAST-MODIFIED:20260810T183402Z
DTSTAMP:20260810T183402Z
UID:7bc92e14-5a3f-4d68-b1e7-9c0d2f4a6b85
SUMMARY:Interview skills workshop - union learning centre
DTSTART;TZID=Europe/London:20260819T180000
DTEND;TZID=Europe/London:20260819T200000
LOCATION:Union Learning Centre\, Bridge St
DESCRIPTION:2 hr evening class: competency + strengths interviews\, STAR\, presentations. bring a job advert to work on
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="google-informational-coffee",
        uid="2w3e4r5t6y7u8i9o0p1a2s3d4f@google.com",
        trap="informational-coffee-with-probation-manager",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260805T163000Z
DTEND:20260805T173000Z
DTSTAMP:20260801T104012Z
ORGANIZER;CN=Dev Patel:mailto:devpatel.spo@gmail.com
UID:2w3e4r5t6y7u8i9o0p1a2s3d4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dev Patel;X-NUM-GUESTS=0:mailto:devpatel.spo@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260801T104010Z
DESCRIPTION:Happy to tell you what being a PSM is really like before you apply - the good\, the bad and the caseloads! No interview\, just a brew. I'm not on the panel so ask me anything.\n\nDev\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260801T104012Z
LOCATION:Costa by Irwell Valley station
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Dev - what PSM is really like
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="eventbrite-all-day-fair",
        uid="eventbrite-1100245517790-o-61877402@eventbrite.example.co.uk",
        trap="careers-fair-all-day-recruiters-on-stands",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1100245517790-o-61877402@eventbrite.example.co.uk
DTSTAMP:20261001T090000Z
DTSTART;VALUE=DATE:20261017
DTEND;VALUE=DATE:20261018
SUMMARY:Justice & Public Protection Careers Fair 2026
DESCRIPTION:Meet recruiters from probation\, police forces\, Border Force\, youth justice services\, private custody operators and charities. CV clinic and 'interview tips' talks every hour. Free entry with your ticket.\n\nExchange Hall\, Deansgate Quarter.\n\nOrder #61877402
LOCATION:Exchange Hall\, Deansgate Quarter
ORGANIZER;CN=Justice Careers North:mailto:noreply@eventbrite.example.co.uk
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="outlook-reference-call",
        uid="040000008200E00074C5B7101A82E00800000000C6B16273840FDC01000000000000000010000000FF0011001122334455667788AABBCCDD",
        trap="reference-call-user-as-referee-same-force",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Pre-Employment Checks Team":mailto:preemployment@pennine.police.example.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Ms Okonkwo-Hughes\,\n\nYou have been named as a referee by Tom Barker\, who has accepted a conditional offer as a Police Constable with Pennine Constabulary. We would like to take a short telephone reference (sickness absence\, conduct\, reliability) to complete his pre-employment checks. We will call your work number.\n\nPre-Employment Checks Team\, Pennine Constabulary
UID:040000008200E00074C5B7101A82E00800000000C6B16273840FDC01000000000000000010000000FF0011001122334455667788AABBCCDD
SUMMARY;LANGUAGE=en-GB:Telephone reference - Tom Barker (PC applicant)
DTSTART;TZID=GMT Standard Time:20260916T111500
DTEND;TZID=GMT Standard Time:20260916T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T135501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Telephone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-com-prep-block",
        uid="040000008200E00074C5B7101A82E00800000000D7C27384951ADC0100000000000000001000000000AA11BB22CC33DD44EE55FF6677889900",
        trap="prep-block-before-own-final-names-employer",
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Castellan final on Tues - pull Thornfield's safer custody data from the HMIP report\, 30/60/90 day plan\, 2 examples of leading after a death in custody. Practise the 'why private sector' answer\n
UID:040000008200E00074C5B7101A82E00800000000D7C27384951ADC0100000000000000001000000000AA11BB22CC33DD44EE55FF6677889900
SUMMARY;LANGUAGE=en-GB:PREP - Castellan final interview
DTSTART;TZID=GMT Standard Time:20261004T190000
DTEND;TZID=GMT Standard Time:20261004T210000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260928T201144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="ios-reminder",
        uid="E5A7C9D1-3F4B-4C8E-A02D-5F7B9D1E3A48",
        trap="thank-you-note-reminder-names-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261111T131210Z
DTSTAMP:20261111T131245Z
DTSTART:20261111T180000
DTEND:20261111T181500
LAST-MODIFIED:20261111T131245Z
SEQUENCE:0
SUMMARY:Send thank you email - Calderbrook panel
DESCRIPTION:Carla Whitmore + Cllr Shah + Debbie (HR). mention the youth voice panel + the first-time entrants point
UID:E5A7C9D1-3F4B-4C8E-A02D-5F7B9D1E3A48
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="google-recruiter-unnamed-client",
        uid="4r5t6y7u8i9o0p1q2w3e4r5t6y@google.com",
        trap="recruiter-call-confidential-client-unnamed",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260730T113000Z
DTEND:20260730T120000Z
DTSTAMP:20260727T082205Z
ORGANIZER;CN=Priya Lall:mailto:priya.lall@keystonejustice.example.co.uk
UID:4r5t6y7u8i9o0p1q2w3e4r5t6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Lall;X-NUM-GUESTS=0:mailto:priya.lall@keystonejustice.example.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20260727T082203Z
DESCRIPTION:Hi Joanne\, lovely to connect on LinkedIn. I'm working on a confidential Head of Safety-type role with a client in the private custody estate (Cat B\, North West). I can't name them until they sign off\, but I'd love a quick chat to see if you'd be open to it and to understand what you're looking for generally.\n\nPriya Lall\, Keystone Justice Recruitment\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260727T082205Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chat: Joanne / Priya (Keystone) - confidential safety role
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="google-family-export",
        uid="8d9f0g1h2j3k4l5z6x7c8v9b0n@google.com",
        trap="daughter-medical-school-mmi-interview",
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Okonkwo-Hughes family
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20270113T093000Z
DTEND:20270113T123000Z
DTSTAMP:20261124T211811Z
UID:8d9f0g1h2j3k4l5z6x7c8v9b0n@google.com
CREATED:20261118T201544Z
DESCRIPTION:Amara's Medicine MMI (multiple mini interviews\, 8 stations). Train 07:42 from Piccadilly\, I'm taking her - booked A/L. Bring UCAS letter + ID.
LAST-MODIFIED:20261118T201544Z
LOCATION:University of Airedale Medical School\, Clarendon Wing
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Amara - Medicine interview (MMI) Airedale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="ios-family",
        uid="F6B8D0E2-4A5C-4D9F-B13E-6A8C0E2F4B59",
        trap="son-saturday-job-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261012T071155Z
DTSTAMP:20261012T071210Z
DTSTART:20261017T150000
DTEND:20261017T153000
LAST-MODIFIED:20261012T071210Z
LOCATION:Cobbles Bakery\, Market St
SEQUENCE:0
SUMMARY:Kofi job interview (Sat job) - lift
DESCRIPTION:drop him at 2.50\, he needs his NI number. back for 3.30
UID:F6B8D0E2-4A5C-4D9F-B13E-6A8C0E2F4B59
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="ios-family",
        uid="A7C9E1F3-5B6D-4EA0-C24F-7B9D1F3A5C60",
        trap="husband-job-interview-childcare-note",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260914T211903Z
DTSTAMP:20260914T211940Z
DTSTART:20260922T100000
DTEND:20260922T120000
LAST-MODIFIED:20260914T211940Z
LOCATION:Leeds
SEQUENCE:0
SUMMARY:Gareth's interview Leeds
DESCRIPTION:G's panel interview for the depot manager job 10am. I'm on school run + Kofi's dentist at 4. swap rest day w/ Yasmin
UID:A7C9E1F3-5B6D-4EA0-C24F-7B9D1F3A5C60
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="spanish-google-invite",
        uid="3e4r5t6y7u8i9o0p1a2s3d4f5z@google.com",
        trap="spanish-entrevista-gestoria-family-admin",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261009T103000
DTEND;TZID=Europe/Madrid:20261009T111500
DTSTAMP:20260929T084510Z
ORGANIZER;CN=Gestoría Lucentum:mailto:citas@gestorialucentum.example.es
UID:3e4r5t6y7u8i9o0p1a2s3d4f5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gestoría Lucentum;X-NUM-GUESTS=0:mailto:citas@gestorialucentum.example.es
CREATED:20260929T084508Z
DESCRIPTION:Estimada Sra. Okonkwo-Hughes:\n\nLe confirmamos la entrevista por videollamada para revisar la documentación del trámite de residencia (TIE) de su madre\, Sra. Grace Okonkwo. Por favor tenga a mano el pasaporte\, el empadronamiento y el certificado de la pensión.\n\n(English: video meeting to review your mother's residence paperwork. 10:30 Spain = 09:30 UK.)\n\nUn saludo\,\nGestoría Lucentum\, Alicante\n\nUnirse con Google Meet: https://meet.google.com/yqe-mvbd-hjs\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260929T084510Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - trámite TIE Sra. Okonkwo (Gestoría Lucentum)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="french-google-invite",
        uid="5y6u7i8o9p0a1s2d3f4g5h6j7k@google.com",
        trap="french-entretien-host-family-daughter-exchange",
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261118T180000Z
DTEND:20261118T183000Z
DTSTAMP:20261110T164033Z
ORGANIZER;CN=Séjours Linguistiques Rhône:mailto:accueil@sejours-rhone.example.fr
UID:5y6u7i8o9p0a1s2d3f4g5h6j7k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Amara Okonkwo-Hughes;X-NUM-GUESTS=0:mailto:amara.okh08@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joanne.okonkwohughes@outlook.com;X-NUM-GUESTS=0:mailto:joanne.okonkwohughes@outlook.com
CREATED:20261110T164031Z
DESCRIPTION:Bonjour Amara\,\n\nNous vous confirmons votre entretien téléphonique avec la famille d'accueil (famille Morel\, Lyon) pour votre séjour linguistique de février. Un parent ou tuteur est invité à participer.\n\nHello Amara - this confirms your phone interview with your host family for the February language stay. A parent or guardian is welcome to join.\n\nSéjours Linguistiques Rhône\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20261110T164033Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique - famille d'accueil (Amara Okonkwo-Hughes)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
]
