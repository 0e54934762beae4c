# ruff: noqa: E501
"""holdout142 negatives, part 2: more of Jasmine on the HIRING side at FMC ICU (hosting, assessing, panels)."""

from holdout142ev_tz import EDMONTON, WIN_MOUNTAIN

EVENTS = [
    dict(
        kind="bookings-tour",
        uid="040000008200E00074C5B7101A82E00800000000B1F2D34E8B3ADC01000000000000000010000000D41F",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-bookings-host-unit-tour-for-applicant",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN=FMC ICU Applicant Tours:mailto:FMCICUApplicantTours@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Okoro:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindgren:mailto:hannah.lindgren94@outlook.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Unit tour + meet the team (RN applicants)\nStaff: Jasmine Okoro\n\nCustomer information\nName: Hannah Lindgren\nEmail: hannah.lindgren94@outlook.com\nPosting number (if applied): 1193012\nCurrent unit: Rockyview CCU\n\nPowered by Microsoft Bookings\n
UID:040000008200E00074C5B7101A82E00800000000B1F2D34E8B3ADC01000000000000000010000000D41F
SUMMARY;LANGUAGE=en-US:Unit tour + meet the team (RN applicants) – Hannah Lindgren
DTSTART;TZID=Mountain Standard Time:20251104T150000
DTEND;TZID=Mountain Standard Time:20251104T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T030712Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FMC McCaig Tower 10 – ICU front desk
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="c41e7b09-58d2-4a6f-9e13-0f2b8d7a5c61",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-calendly-host-preceptorship-applicant",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c41e7b09-58d2-4a6f-9e13-0f2b8d7a5c61
DTSTAMP:20251208T184551Z
DTSTART:20251211T223000Z
DTEND:20251211T225000Z
SUMMARY:Preceptorship meet & greet between Jasmine Okoro and Zainab Yusuf
DESCRIPTION:Event Name: Preceptorship meet & greet (20 min)\n\nWhy are you
  interested in a critical care final practicum?: I loved my cardiac rotati
 on and want to apply to the NGTP ICU stream after graduation.\nSchool / t
 erm: UCalgary BN\, Winter 2026 capstone\n\nNeed to make changes to this e
 vent?\nCancel: https://calendly.com/cancellations/c41e7b09\n\nPowered by
  Calendly.com
LOCATION:Google Meet (details supplied by Jasmine)
ORGANIZER;CN=Jasmine Okoro:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Zainab Yusuf;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:zainab.yusuf@ucalgary.ca
ATTENDEE;CN=Jasmine Okoro;PARTSTAT=ACCEPTED:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="supervised-shift",
        uid="040000008200E00074C5B7101A82E00800000000C0E44A1B7D47DC01000000000000000010000000AB09",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-supervises-applicant-working-shift",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20251127T224105Z
DESCRIPTION:Jasmine – Patrick Fehr (returning-to-practice RN\, applied to 1
 193012) will do a supervised working shift with you on Tues. Co-assign one
  stable pt\, he is NOT to give meds independently (no AHS ID yet). Please
  complete the observation checklist and drop it in my mailbox – it goes in
 to the hiring file.\nThanks\, Deb
DTEND;TZID="Mountain Standard Time":20251202T193000
DTSTAMP:20251127T224105Z
DTSTART;TZID="Mountain Standard Time":20251202T073000
LOCATION:FMC ICU pod C
ORGANIZER;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Supervised shift – P. Fehr w/ J. Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0E44A1B7D47DC01000000000000000010000000AB09
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="screen-conducted",
        uid="040000008200E00074C5B7101A82E0080000000010B84E2CFF2DDC01000000000000000010000000E33",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-phone-screen-she-runs-hotmail-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN=k.singh.rn@hotmail.com;RSVP=TRUE:mailto:k.singh.rn@hotmail.com
CLASS:PUBLIC
CREATED:20251020T160044Z
DESCRIPTION:Hello Karanvir\,\n\nThank you for applying to the casual RN pos
 ition in the FMC ICU. I'll call you for a brief phone screen (about 20 mi
 nutes) to go over your critical care experience and availability.\n\nJasm
 ine Okoro\, RN\nCharge Nurse / Preceptor\, ICU\nFoothills Medical Centre
DTEND;TZID="Mountain Standard Time":20251022T150000
DTSTAMP:20251020T160044Z
DTSTART;TZID="Mountain Standard Time":20251022T144000
LOCATION:Phone
ORGANIZER;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Phone screen – casual ICU RN – K. Singh
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000010B84E2CFF2DDC01000000000000000010000000E33
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calibration",
        uid="040000008200E00074C5B7101A82E00800000000909D1E7A3225DC0100000000000000001000000071",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-question-bank-and-scoring-calibration",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abara, Chidi":mailto:chidi.abara@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Raj":mailto:raj.sandhu@albertahealthservices.ca
DESCRIPTION;LANGUAGE=en-US:Refresh of our BDI question bank before the fall postings – retire the "tell me about a time you disagreed with a physician" question\, add a delirium scenario\, and agree on what a 3 vs a 5 looks like so our panels score the same way. 45 min.\n
UID:040000008200E00074C5B7101A82E00800000000909D1E7A3225DC0100000000000000001000000071
SUMMARY;LANGUAGE=en-US:BDI question bank + scoring calibration
DTSTART;TZID=Mountain Standard Time:20250918T140000
DTEND;TZID=Mountain Standard Time:20250918T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T214400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MT10 ICU Conf Rm / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="internal-posting",
        uid="040000008200E00074C5B7101A82E00800000000406C8D2F9D3FDC0100000000000000001000000020F",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-internal-assistant-manager-posting-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CN="Morgan, Alexis";RSVP=TRUE:mailto:alexis.morgan@albertahealthservices.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="CAL-FMC-SSB 1102 Boardroom";RSVP=TRUE:mailto:cal-fmc-ssb1102@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20251029T150011Z
DESCRIPTION:Interviews for the internal Assistant Unit Manager (ICU nights)
  posting – 2 internal applicants. Jasmine as staff/peer rep on the panel\,
  Alexis as educator rep. UNA article 10 applies – please keep applicant n
 ames confidential.\n13:00 applicant A\n14:15 applicant B\n15:15 panel con
 sensus
DTEND;TZID="Mountain Standard Time":20251106T160000
DTSTAMP:20251029T150011Z
DTSTART;TZID="Mountain Standard Time":20251106T130000
LOCATION:FMC SSB 1102 Boardroom
ORGANIZER;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:AUM (nights) – internal posting interviews
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000406C8D2F9D3FDC0100000000000000001000000020F
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="unit-clerk-panel",
        uid="SF-IS-7802251-0391@successfactors.com",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-unit-clerk-posting-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2H 2025//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:SF-IS-7802251-0391@successfactors.com
DTSTAMP:20251112T150313Z
SEQUENCE:0
DTSTART;TZID=America/Edmonton:20251119T100000
DTEND;TZID=America/Edmonton:20251119T104500
SUMMARY:Interview - Unit Clerk - ICU FMC (Req 1195440) - Jordan Beaulieu
LOCATION:FMC McCaig Tower 10\, ICU conference room
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Jordan Bea
 ulieu\nRequisition: 1195440 Unit Clerk - Intensive Care Unit\, Foothills
  Medical Centre (Casual)\nInterview panel: Deborah Kuhn (Hiring Manager)\,
  Jasmine Okoro\n\nTyping test results are attached to the candidate profi
 le.\n\nAHS Talent Acquisition
ORGANIZER;CN=AHS Talent Acquisition:mailto:noreply.careers@albertahealthservices.ca
ATTENDEE;CN=Deborah Kuhn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:deborah.kuhn@albertahealthservices.ca
ATTENDEE;CN=Jasmine Okoro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="counter-proposal",
        uid="040000008200E00074C5B7101A82E0080000000070D5B1E6A84ADC01000000000000000010000000F5",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-candidate-proposes-new-time",
        ics=r"""BEGIN:VCALENDAR
METHOD:COUNTER
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Oyelaran Bisi:mailto:bisi.oyelaran@yahoo.ca
COMMENT;LANGUAGE=en-US:Hello Ms. Okoro\, I am working a day shift at Peter Lougheed that day. Would 16:00 work instead? Thank you for the opportunity.\n
UID:040000008200E00074C5B7101A82E0080000000070D5B1E6A84ADC01000000000000000010000000F5
SUMMARY;LANGUAGE=en-US:New Time Proposed: Phone interview – ICU RN (casual) – B. Oyelaran
DTSTART;TZID=Mountain Standard Time:20251204T160000
DTEND;TZID=Mountain Standard Time:20251204T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T021055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="skills-station",
        uid="7b3mf2q9h1k0c5j8v6s4nd1pa2@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-assessor-at-applicant-skills-station",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTART;TZID=America/Edmonton:20251126T080000
DTEND;TZID=America/Edmonton:20251126T120000
DTSTAMP:20251118T191233Z
ORGANIZER;CN=Alexis Morgan:mailto:alexis.morgan@albertahealthservices.ca
UID:7b3mf2q9h1k0c5j8v6s4nd1pa2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jasmin
 e Okoro;X-NUM-GUESTS=0:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alexis
  Morgan;X-NUM-GUESTS=0:mailto:alexis.morgan@albertahealthservices.ca
DESCRIPTION:NGTP day 2 – applicant skills stations. You're the assessor at
  station 3 (IV pump programming + high-alert double check). Rubric on the
  clipboard\, 8 min per applicant\, 18 applicants. Don't coach!
LOCATION:ATSSL Sim Centre\, HSC G-floor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Skills stations – assessor (station 3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ien-candidate",
        uid="040000008200E00074C5B7101A82E00800000000D04B7C1E5F42DC0100000000000000001000000066A",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-overseas-ien-candidate-evening-teams",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Linh":mailto:linh.nguyen@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ma. Cristina Dela Cruz:mailto:cristina.delacruz.rn@gmail.com
DESCRIPTION;LANGUAGE=en-US:Internationally educated nurse pathway – interview for ICU RN (1193012). Candidate is in Manila (UTC+8) so this is 7:00 am her time. Deb chairs\, Jasmine asks the clinical questions. CRNA decision letter on file.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nMeeting ID: 262 904 117 305\nPasscode: Rw6NbH\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D04B7C1E5F42DC0100000000000000001000000066A
SUMMARY;LANGUAGE=en-US:IEN interview – ICU RN – C. Dela Cruz
DTSTART;TZID=Mountain Standard Time:20251209T160000
DTEND;TZID=Mountain Standard Time:20251209T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T224019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
]
