# ruff: noqa: E501
"""holdout202 events, part i: Priya's everyday work at Hartley Brennan that is not recruiting."""

from holdout202ev_tz import LONDON, OUTLOOK_DUBLIN, event

EVENTS = []

# Client intake call.
EVENTS.append(event("client-intake", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Reception Leeds":mailto:reception.leeds@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:New enquiry via website form. Mr Graham Fairbairn – neighbour has moved fence approx 1m onto his land\, wants to know options. Please complete the new matter intake form (conflict check names: Fairbairn\, Stott\, 14 & 16 Moorfield Ave\, Bramley) and pass to Rebecca. Tel 0113 496 0187.
UID:040000008200E00074C5B7101A82E008000000002C3B4C5D6E7FDC0100000000000000001000000021222324252627282930313233343536
SUMMARY;LANGUAGE=en-GB:Initial enquiry call – G. Fairbairn (boundary dispute)
DTSTART;TZID=Europe/London:20260119T113000
DTEND;TZID=Europe/London:20260119T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260116T150505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000002C3B4C5D6E7FDC0100000000000000001000000021222324252627282930313233343536",
    0, trap="work-client-intake-call"))

# Witness statement interview in person.
EVENTS.append(event("witness-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_DUBLIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HB Leeds - Meeting Room 1":mailto:leeds.mr1@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hollins Engineering Ltd v Northcote Fabrications Ltd (claim no. H40LS117)\n\nWitness interview with Mrs Janet Pickles (former production manager) to take her proof of evidence for the witness statement. Priya – please prepare a chronology and the key documents bundle (tabs 4–9) and take a full note. Remember she is no longer employed by our client – no privileged material in the room.\n\nRL
UID:040000008200E00074C5B7101A82E008000000003D4C5D6E7F80DC0100000000000000001000000031323334353637383940414243444546
SUMMARY;LANGUAGE=en-GB:Hollins v Northcote – witness interview – Mrs J Pickles
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260206T100000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260206T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T165040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB Leeds - Meeting Room 1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000003D4C5D6E7F80DC0100000000000000001000000031323334353637383940414243444546",
    0, trap="work-witness-statement-interview"))

# Witness interview on Teams with a witness on free mail, organised by Priya.
EVENTS.append(event("witness-teams", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kevin.doherty71@gmail.com:mailto:kevin.doherty71@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Mr Doherty\,\n\nThank you for agreeing to speak with us about your recollection of the events at the Northcote site in March 2024. Rebecca Lawson (Senior Associate) and I will ask you some questions and then prepare a draft statement for you to review. The call will take about an hour.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nMeeting ID: 395 118 204 700\nPasscode: Hb2mQ7\n________________________________________________________________________________\n\nPriya Sandhu | Paralegal | Hartley Brennan LLP
UID:040000008200E00074C5B7101A82E008000000004E5D6E7F8091DC0100000000000000001000000041424344454647484950515253545556
SUMMARY;LANGUAGE=en-GB:Interview – Mr K Doherty – witness evidence (Hollins v Northcote)
DTSTART;TZID=Europe/London:20260305T170000
DTEND;TZID=Europe/London:20260305T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260227T113300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000004E5D6E7F8091DC0100000000000000001000000041424344454647484950515253545556",
    0, trap="work-witness-interview-teams-free-mail"))

# Court hearing, all day.
EVENTS.append(event("court-hearing", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:CCMC before DJ Harrison\, listed 10:30 (time estimate 2 hrs). Counsel: Mr S. Ahmed. Priya to attend and take note – bring hard copy bundle\, costs budgets\, draft directions. Meet counsel at 9.45 outside court 6.
UID:040000008200E00074C5B7101A82E008000000005F6E7F8091A2DC0100000000000000001000000051525354555657585960616263646566
SUMMARY;LANGUAGE=en-GB:HEARING: Hollins v Northcote – CCMC – Leeds Combined Court Centre
DTSTART;VALUE=DATE:20260317
DTEND;VALUE=DATE:20260318
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Leeds Combined Court Centre\, 1 Oxford Row
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000005F6E7F8091A2DC0100000000000000001000000051525354555657585960616263646566",
    0, trap="work-court-hearing-all-day"))

# Monthly supervision with one instance moved.
EVENTS.append(event("supervision", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Monthly supervision: caseload review\, file reviews (3 random files)\, training log / SQE qualifying work experience sign-off\, anything else.\n
RRULE:FREQ=MONTHLY;BYDAY=1TH;UNTIL=20261231T000000Z
UID:040000008200E00074C5B7101A82E00800000000607F8091A2B3DC0100000000000000001000000061626364656667686970717273747576
SUMMARY;LANGUAGE=en-GB:Supervision – Priya / Rebecca
DTSTART;TZID=Europe/London:20260108T090000
DTEND;TZID=Europe/London:20260108T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Rebecca's office
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Moved to Friday – I'm at the CCMC prep Thursday. Add: QWE confirmation form for your SQE portfolio.\n
UID:040000008200E00074C5B7101A82E00800000000607F8091A2B3DC0100000000000000001000000061626364656667686970717273747576
RECURRENCE-ID;TZID=Europe/London:20260305T090000
SUMMARY;LANGUAGE=en-GB:Supervision – Priya / Rebecca
DTSTART;TZID=Europe/London:20260306T090000
DTEND;TZID=Europe/London:20260306T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Rebecca's office
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000607F8091A2B3DC0100000000000000001000000061626364656667686970717273747576",
    0, trap="work-supervision-recurring-override"))

# CPD webinar.
EVENTS.append(event("cpd-webinar", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-webinar-88310452291-reg-0099ab
DTSTAMP:20260203T120000Z
DTSTART:20260310T123000Z
DTEND:20260310T133000Z
SUMMARY:Disclosure under PD 57AD: practical tips for paralegals and trainees
ORGANIZER;CN=Leeds Law Society:mailto:no-reply@zoom.us
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.sandhu@hartleybrennan.co.uk
LOCATION:https://us02web.zoom.us/w/88310452291?tk=Xa0b
DESCRIPTION:Hi Priya Sandhu\,\n\nThank you for registering for "Disclosure under PD 57AD: practical tips for paralegals and trainees". Speakers: HHJ (retd) Margaret Kaye and Tom Pilling\, eDisclosure consultant. 1 hour CPD.\n\nPlease submit any questions to: events@leedslawsociety.org.uk\n\nJoin from a PC\, Mac\, iPad\, iPhone or Android device: https://us02web.zoom.us/w/88310452291?tk=Xa0b\nPasscode: 410227
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "zoom-webinar-88310452291-reg-0099ab", 0, trap="work-cpd-webinar-zoom"))

# Priya's own mid-year appraisal.
EVENTS.append(event("appraisal", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenwood, Natalie":mailto:n.greenwood@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Mid-year review. Please complete your self-assessment in Cezanne by Monday (objectives\, achievements\, development needs\, career aspirations – be honest re TC plans\, we'd like to support you).\n
UID:040000008200E00074C5B7101A82E00800000000718091A2B3C4DC0100000000000000001000000071727374757677787980818283848586
SUMMARY;LANGUAGE=en-GB:Mid-year performance review – Priya Sandhu
DTSTART;TZID=Europe/London:20260709T140000
DTEND;TZID=Europe/London:20260709T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260629T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB Leeds - Meeting Room 2
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000718091A2B3C4DC0100000000000000001000000071727374757677787980818283848586",
    0, trap="own-appraisal-review"))

# Attending a client's interview under caution.
EVENTS.append(event("interview-caution", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Varley, Simon":mailto:s.varley@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Regulatory – Whitley Haulage. Voluntary interview under caution of our client's transport manager (Mr D. Whitley) by the Health and Safety Executive. I'll advise\; Priya to take a contemporaneous note. Pre-interview disclosure received – see file. Meet 8.45 in reception.
UID:040000008200E00074C5B7101A82E008000000008291A2B3C4D5DC0100000000000000001000000081828384858687888990919293949596
SUMMARY;LANGUAGE=en-GB:IUC – D Whitley – HSE (Whitley Haulage)
DTSTART;TZID=Europe/London:20260422T090000
DTEND;TZID=Europe/London:20260422T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260415T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HSE\, Redgrave Court\, Bootle (Teams from MR1 if remote)
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000008291A2B3C4D5DC0100000000000000001000000081828384858687888990919293949596",
    0, trap="work-client-interview-under-caution"))

# HR investigation meeting where Priya is the note-taker.
EVENTS.append(event("investigation", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Moran, Kirsty":mailto:k.moran@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Strictly confidential. Investigation meeting (grievance – support staff). Priya\, thank you for agreeing to act as note-taker. You will not be asked for any view. Please use the template in the HR confidential folder and send the typed notes only to me.\n\nKirsty Moran\, HRBP
UID:040000008200E00074C5B7101A82E0080000000093A2B3C4D5E6DC0100000000000000001000000091929394959697989900010203040506
SUMMARY;LANGUAGE=en-GB:Investigation meeting – note taker
DTSTART;TZID=Europe/London:20260514T100000
DTEND;TZID=Europe/London:20260514T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260507T120101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB Leeds - Meeting Room 4
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000093A2B3C4D5E6DC0100000000000000001000000091929394959697989900010203040506",
    0, trap="work-hr-investigation-note-taker"))

# Conference with counsel.
EVENTS.append(event("con-with-counsel", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clerks@albionplacechambers.co.uk:mailto:clerks@albionplacechambers.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hollins Engineering (M. Hollins):mailto:mark@hollinsengineering.co.uk
DESCRIPTION;LANGUAGE=en-GB:Con with Mr Saeed Ahmed (counsel) and client re witness evidence and trial prep. Clerks to confirm counsel's Teams link. Priya: circulate the draft witness statements and chronology 48 hrs before.
UID:040000008200E00074C5B7101A82E00800000000A4B3C4D5E6F7DC0100000000000000001000000001112131415161718191A1B1C1D1E1F2
SUMMARY;LANGUAGE=en-GB:Con w/ counsel – Hollins v Northcote
DTSTART;TZID=Europe/London:20260526T160000
DTEND;TZID=Europe/London:20260526T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260518T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A4B3C4D5E6F7DC0100000000000000001000000001112131415161718191A1B1C1D1E1F2",
    0, trap="work-conference-with-counsel"))
