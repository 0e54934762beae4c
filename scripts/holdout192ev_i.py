# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part I: around the job search but not an interview (referee, no-name recruiter, prep,
thank-you, medical, relocation), her own HR events at the bank, everyday work, and personal life."""

N = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        N,
        kind="referee-call",
        uid="0c6e8a2b-4d1f-4b3a-9e7c-5f2d8a1b3c6e@calendly.com",
        trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0c6e8a2b-4d1f-4b3a-9e7c-5f2d8a1b3c6e@calendly.com
DTSTAMP:20251028T110000Z
DTSTART:20251030T130000Z
DTEND:20251030T132000Z
SUMMARY:Reference call: Segun Afolabi – Ngozi Adeyemi
ORGANIZER;CN=Gemma Platt:mailto:gemma.platt@verifi-refs.co.uk
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=ACCEPTED:mailto:n.adeyemi@meridiantrustbank.ng
LOCATION:Phone – Gemma will call +234 803 555 0142
DESCRIPTION:Event Name: Employment reference (20 min)\n\nSegun Afolabi has
  named you as a referee (line manager\, Meridian Trust Bank\, 2019–2024). 
 We will ask about his role\, performance and reliability on behalf of our 
 client.\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="recruiter-call",
        uid="8a2m4o6q1s3u5w7y9b1d3f5h7j@google.com",
        trap="recruiter-call-no-employer-named",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250924T150000Z
DTEND:20250924T152000Z
DTSTAMP:20250922T143010Z
ORGANIZER;CN=Ryan Doyle:mailto:ryan.doyle@trident-techsearch.ca
UID:8a2m4o6q1s3u5w7y9b1d3f5h7j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:Hi Ngozi – thanks for connecting on LinkedIn. Would love a qui
 ck call to hear what you're looking for in Toronto and tell you about the
  infrastructure leadership roles we're working on across banking and insu
 rance. Ryan\, Trident Tech Search
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi Adeyemi / Ryan Doyle – intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="prep-block",
        uid="2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com",
        trap="prep-block-before-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Ngozi Adeyemi
X-WR-TIMEZONE:Africa/Lagos
BEGIN:VEVENT
DTSTART:20251013T180000Z
DTEND:20251013T200000Z
DTSTAMP:20251201T082210Z
UID:2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com
DESCRIPTION:slides for H&R final (90 days)\; STAR stories – P1 outage 2023
 \, DC migration\, PCI. time it – 10 mins max. practise w Chidi?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP – Halden final panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="thank-you-reminder",
        uid="E4A7C1D9-6B2F-4E08-A3D5-9F1B7C0E2A64",
        trap="thank-you-email-reminder-after-panel",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E4A7C1D9-6B2F-4E08-A3D5-9F1B7C0E2A64
DTSTAMP:20251105T190045Z
DTSTART:20251105T200000
DTEND:20251105T201500
SUMMARY:send thank you emails – Quillon panel (Pierre\, Kwame\, Lisa)
DESCRIPTION:mention PHIPA point Kwame raised
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="appraisal",
        uid="040000008200E00074C5B7101A82E0080000000033CC44DD55EEDC0100000000000000001000000077AA88BB99CC00DD11EE22FF33AA44BB",
        trap="own-mid-year-performance-review",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Balogun, Kunle (ED Technology & Operations)";SENT-BY="mailto:ed.technology.office@meridiantrustbank.ng":mailto:kunle.balogun@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:H2 2025 performance review – Balanced Scorecar
 d (uptime\, cost\, audit findings closed\, people). Please complete your 
 self-appraisal on the portal before the meeting.
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDC010000000000000000
 1000000077AA88BB99CC00DD11EE22FF33AA44BB
SUMMARY;LANGUAGE=en-US:Performance Review – Ngozi Adeyemi / ED T&O
DTSTART;TZID=W. Central Africa Standard Time:20251216T100000
DTEND;TZID=W. Central Africa Standard Time:20251216T110000
DTSTAMP:20251201T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ED T&O Office\, 11th Floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="exit-interview",
        uid="040000008200E00074C5B7101A82E00800000000EE11DD22CC33DC01000000000000000010000000BB44AA5599668877FF00EE11DD22CC33",
        trap="own-exit-interview-with-hcm",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Danjuma, Halima (Head HCM)":mailto:halima.danjuma@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Dear Ngozi\,\n\nFollowing your resignation lett
 er\, kindly make yourself available for your exit interview. We will also
  go through the handover plan\, clearance form and the return of bank ass
 ets.\n\nHalima
UID:040000008200E00074C5B7101A82E00800000000EE11DD22CC33DC0100000000000000001
 0000000BB44AA5599668877FF00EE11DD22CC33
SUMMARY;LANGUAGE=en-US:Exit Interview – Ngozi Adeyemi
DTSTART;TZID=W. Central Africa Standard Time:20260127T150000
DTEND;TZID=W. Central Africa Standard Time:20260127T160000
DTSTAMP:20260112T101500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HCM\, 4th Floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="medical",
        uid="ohs-appt-55310-adeyemi@healthassured-oh.co.uk",
        trap="pre-employment-health-assessment-after-offer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
UID:ohs-appt-55310-adeyemi@healthassured-oh.co.uk
DTSTAMP:20251027T093000Z
DTSTART;TZID="GMT Standard Time":20251103T090000
DTEND;TZID="GMT Standard Time":20251103T093000
SUMMARY:Pre-employment health assessment (telephone) – Paylode
ORGANIZER;CN="Occupational Health Bookings":mailto:bookings@healthassured-oh.co.uk
ATTENDEE;CN="Ngozi Adeyemi";RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION:Following your conditional offer of employment\, an occupatio
 nal health advisor will call you to review your health questionnaire. Thi
 s is confidential and your employer will only receive a fitness-for-work 
 outcome.
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="relocation-call",
        uid="ashby-int-01JC4QZ9WJ8M2P5R7T0VXB3D6F",
        trap="post-offer-relocation-and-visa-sponsorship-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251021T130000Z
DTEND:20251021T134500Z
DTSTAMP:20251017T100512Z
ORGANIZER;CN=Paylode Recruiting:mailto:recruiting@paylode.com
UID:ashby-int-01JC4QZ9WJ8M2P5R7T0VXB3D6F
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Al
 dridge;X-NUM-GUESTS=0:mailto:tom.aldridge@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura 
 Birch (Fragomen);X-NUM-GUESTS=0:mailto:lbirch@fragomen.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:Congratulations again on your offer! This call covers next st
 eps now you've accepted: Certificate of Sponsorship\, Skilled Worker visa 
 application and dependants (Tobi)\, relocation allowance\, temporary accom
 modation and a start date. Laura from Fragomen (our immigration advisers)
  will join.\n\nPowered by Ashby\n\nJoin with Google Meet: https://meet.goog
 le.com/ywk-tdge-hfa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi Adeyemi <> Paylode | Relocation & Visa Sponsorship
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="doctor",
        uid="3D8B0F2A-5C7E-4A19-B6D3-E0F2A4C6B8D1",
        trap="personal-doctor-clinic-visit",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3D8B0F2A-5C7E-4A19-B6D3-E0F2A4C6B8D1
DTSTAMP:20250926T080011Z
DTSTART:20251004T100000
DTEND:20251004T110000
SUMMARY:Dr Okonkwo – Reddington (BP review)
LOCATION:Reddington Hospital\, VI
DESCRIPTION:fasting. take HMO card + last results
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="police-clearance",
        uid="7b1d3f5h7j9l1n3p5r7t9v1x3z@google.com",
        trap="police-character-certificate-for-visa",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Ngozi Adeyemi
X-WR-TIMEZONE:Africa/Lagos
BEGIN:VEVENT
DTSTART:20251029T080000Z
DTEND:20251029T110000Z
DTSTAMP:20251201T082210Z
UID:7b1d3f5h7j9l1n3p5r7t9v1x3z@google.com
DESCRIPTION:Police character certificate – fingerprint capture. bring 2 p
 assport photos\, NIN slip\, intl passport\, payment receipt (Remita). Go e
 arly!!
LOCATION:Force CID Annex\, Alagbon Close\, Ikoyi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alagbon – police clearance
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="ielts",
        uid="bc-ielts-NG014-20250927-0418873@britishcouncil.org",
        trap="ielts-academic-test-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//British Council//IELTS Booking//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:Africa/Lagos@@
BEGIN:VEVENT
UID:bc-ielts-NG014-20250927-0418873@britishcouncil.org
DTSTAMP:20250901T120000Z
DTSTART;TZID=Africa/Lagos:20250927T073000
DTEND;TZID=Africa/Lagos:20250927T130000
SUMMARY:IELTS Academic – Test Day (Listening\, Reading\, Writing)
LOCATION:British Council Lagos\, 20 Thompson Avenue\, Ikoyi
DESCRIPTION:Candidate number: 0418873. Arrive by 7:30am with the passport
  used at registration. Your Speaking test is on a separate date – check y
 our booking confirmation.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="biometrics",
        uid="TLS-NG-LOS-UKVI-2025-1109-AD8841",
        trap="ukvi-biometrics-appointment-visa-centre",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//TLScontact//Appointment//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TLS-NG-LOS-UKVI-2025-1109-AD8841
DTSTAMP:20251105T073300Z
DTSTART:20251110T083000
DTEND:20251110T091500
SUMMARY:UK Visa Application Centre Lagos – biometrics appointment
LOCATION:TLScontact Lagos\, Landmark Towers\, Water Corporation Road\, VI
DESCRIPTION:Group ID: AD8841 (2 applicants: ADEYEMI NGOZI\, ADEYEMI OLUWAT
 OBI). Bring passports\, appointment confirmation and your GWF reference nu
 mbers. Arrive no earlier than 15 minutes before your appointment.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="tb-test",
        uid="iom-ukttbd-lagos-55821@iom.int",
        trap="uk-visa-tb-screening-clinic",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
UID:iom-ukttbd-lagos-55821@iom.int
DTSTAMP:20251016T110000Z
DTSTART;TZID="W. Central Africa Standard Time":20251024T080000
DTEND;TZID="W. Central Africa Standard Time":20251024T110000
SUMMARY:IOM – TB screening for UK visa (Ngozi + Tobi)
LOCATION:IOM Migration Health Assessment Centre\, Lekki
DESCRIPTION:Chest X-ray. Bring passports + 2 photos each. Results/certifi
 cate in ~5 working days.
END:VEVENT
END:VCALENDAR
""",
    ),
]
