# ruff: noqa: E501
"""holdout142 negatives, part 1: Jasmine on the HIRING side of her own unit (FMC ICU, Alberta Health Services)."""

from holdout142ev_tz import EDMONTON, WIN_MOUNTAIN

EVENTS = [
    dict(
        kind="panel-invite",
        uid="SF-IS-7790418-1102@successfactors.com",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-same-ats-invite-to-work-address",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2H 2025//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:SF-IS-7790418-1102@successfactors.com
DTSTAMP:20250915T160011Z
SEQUENCE:0
DTSTART;TZID=America/Edmonton:20250923T090000
DTEND;TZID=America/Edmonton:20250923T100000
SUMMARY:Interview - Registered Nurse - ICU FMC (Req 1190077) - Amira Hadda
 d
LOCATION:FMC McCaig Tower 10th floor\, ICU conference room
DESCRIPTION:You have been added as an interviewer.\n\nCandidate: Amira Hadd
 ad\nRequisition: 1190077 Registered Nurse - Intensive Care Unit\, Foothill
 s Medical Centre (Regular\, 0.8 FTE\, Days/Nights)\nInterview panel: Debor
 ah Kuhn (Hiring Manager)\, Jasmine Okoro\n\nThe interview guide and ratin
 g form are available in the Interview Central tab. Please submit your rat
 ings within 48 hours.\n\nAHS Talent Acquisition
ORGANIZER;CN=AHS Talent Acquisition:mailto:noreply.careers@albertahealthservices.ca
ATTENDEE;CN=Deborah Kuhn;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:deborah.kuhn@albertahealthservices.ca
ATTENDEE;CN=Jasmine Okoro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bdi-block",
        uid="040000008200E00074C5B7101A82E00800000000E0F81D6C4C2BDC0100000000000000001000000011C4A",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-bdi-block-three-candidates",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CN="Abara, Chidi";RSVP=TRUE:mailto:chidi.abara@albertahealthservices.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="CAL-FMC-MT10-ICU Conf Rm";RSVP=TRUE:mailto:cal-fmc-mt10-icu@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20251001T210530Z
DESCRIPTION:Hi both – BDIs for the casual RN posting (1191550). 0830 Rave
 n Whitford\, 0930 Tomasz Wojcik\, 1030 Priya Anand. Question set B (new
  grads / <2 yrs). Please have your score sheets done before we debrief at
  1130. Jasmine – can you take the clinical scenario question?\nDeb
DTEND;TZID="Mountain Standard Time":20251008T120000
DTSTAMP:20251001T210530Z
DTSTART;TZID="Mountain Standard Time":20251008T083000
LOCATION:MT10 ICU Conf Rm
ORGANIZER;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:BDI's – casual RN posting
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E0F81D6C4C2BDC0100000000000000001000000011C4A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-accepted",
        uid="040000008200E00074C5B7101A82E0080000000080F9C21A7D31DC010000000000000000100000000B7D",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-candidate-reply-accepted-gmail",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251015T213000Z
DTEND:20251015T220000Z
DTSTAMP:20251010T143102Z
ORGANIZER;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
UID:040000008200E00074C5B7101A82E0080000000080F9C21A7D31DC010000000000000000100000000B7D
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Devika
  Patel;X-NUM-GUESTS=0:mailto:dpatel.rn@gmail.com
CREATED:20251010T143040Z
DESCRIPTION:Hi Devika\, this is a 30-min phone interview for the casual ICU
  RN position at FMC. I'll call you at the number on your application. – J
 asmine Okoro\, RN\, ICU Charge/Preceptor
LAST-MODIFIED:20251010T143102Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Phone interview – casual ICU RN (FMC)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shadow-shift",
        uid="2E6C0B9A-4D51-4F3B-8C7E-1A9F0D2B3C44",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-hosts-applicant-shadow-shift",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + EDMONTON + r"""BEGIN:VEVENT
CREATED:20251005T180122Z
DTSTAMP:20251005T180144Z
DTSTART;TZID=America/Edmonton:20251011T073000
DTEND;TZID=America/Edmonton:20251011T113000
LAST-MODIFIED:20251005T180144Z
LOCATION:FMC ICU
SEQUENCE:0
SUMMARY:shadow shift - Tomasz (RN applicant) w me
UID:2E6C0B9A-4D51-4F3B-8C7E-1A9F0D2B3C44
DESCRIPTION:Deb wants my impression for the BDI debrief. he's coming from
  PLC medicine. get him a visitor badge + scrubs. pods A/B only\, no isola
 tion rooms.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-checks",
        uid="5jq0mk9d2hb7s4l1p8c6rtv3ea@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-reference-checks-on-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jasmine.okoro@shaw.ca
X-WR-TIMEZONE:America/Edmonton
BEGIN:VEVENT
DTSTART:20251014T190000Z
DTEND:20251014T200000Z
DTSTAMP:20251013T235501Z
UID:5jq0mk9d2hb7s4l1p8c6rtv3ea@google.com
CREATED:20251013T235440Z
DESCRIPTION:ref checks for Raven W. (casual RN) - 1) her CNE at RGH 403-55
 5-0166\, 2) float pool mgr. use AHS reference form\, scan to Deb by Thurs
LAST-MODIFIED:20251013T235501Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref checks x2 - Raven
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scoring-due",
        uid="SF-TASK-7790418-1102-FB@successfactors.com",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-rating-form-due-task",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2H 2025//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-TASK-7790418-1102-FB@successfactors.com
DTSTAMP:20250923T170002Z
DTSTART;VALUE=DATE:20250925
DTEND;VALUE=DATE:20250926
SUMMARY:Reminder: Interview ratings due - Req 1190077 Registered Nurse - IC
 U FMC
DESCRIPTION:Hello Jasmine Okoro\,\n\nYou have 1 candidate awaiting your ra
 tings in Interview Central (Amira Haddad). Ratings are required before the
  hiring manager can move the requisition to Offer.\n\nThis is a system gen
 erated message.
ORGANIZER;CN=AHS Talent Acquisition:mailto:noreply.careers@albertahealthservices.ca
ATTENDEE;CN=Jasmine Okoro:mailto:jasmine.okoro@albertahealthservices.ca
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief",
        uid="040000008200E00074C5B7101A82E00800000000D0A5E7F1A332DC01000000000000000010000000C90B",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-hiring-debrief-no-interview-word",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kuhn, Deborah":mailto:deborah.kuhn@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abara, Chidi":mailto:chidi.abara@albertahealthservices.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nguyen, Linh":mailto:linh.nguyen@albertahealthservices.ca
DESCRIPTION;LANGUAGE=en-US:Consensus scoring for posting 1191550 (3 applicants). Bring your score sheets + shadow shift impressions. Linh from TA optional – only if we need to go back to the eligibility list.\n
UID:040000008200E00074C5B7101A82E00800000000D0A5E7F1A332DC01000000000000000010000000C90B
SUMMARY;LANGUAGE=en-US:1191550 – consensus + next steps
DTSTART;TZID=Mountain Standard Time:20251015T130000
DTEND;TZID=Mountain Standard Time:20251015T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T150312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Deb's office
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="selection-committee",
        uid="040000008200E00074C5B7101A82E00800000000A0B3F9D42C44DC01000000000000000010000000E617",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-new-grad-selection-committee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CN="Morgan, Alexis";RSVP=TRUE:mailto:alexis.morgan@albertahealthservices.ca
ATTENDEE;CN="Sandhu, Raj";RSVP=TRUE:mailto:raj.sandhu@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20251103T200001Z
DESCRIPTION:Calgary Zone Critical Care – New Graduate Transition Program\,
  Spring 2026 cohort. Selection committee: review of 42 applications (port
 folio + reference scores)\, then interview days 25/26 Nov (rooms TBC). Y
 ou'll each be assigned ~10 files – see the SharePoint folder.\n\nTeams: M
 eeting ID 290 118 442 771\, Passcode gR9vT2
DTEND;TZID="Mountain Standard Time":20251112T160000
DTSTAMP:20251103T200001Z
DTSTART;TZID="Mountain Standard Time":20251112T140000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Morgan, Alexis":mailto:alexis.morgan@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:NGTP Spring '26 – ICU stream selection committee
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0B3F9D42C44DC01000000000000000010000000E617
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate",
        uid="040000008200E00074C5B7101A82E00800000000F0C1E2A39446DC0100000000000000001000000058E1",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-agency-presents-candidate-to-unit",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Okoro, Jasmine";RSVP=TRUE:mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;CN="Kuhn, Deborah";RSVP=TRUE:mailto:deborah.kuhn@albertahealthservices.ca
CLASS:PUBLIC
CREATED:20251117T173315Z
DESCRIPTION:Hi Deborah and Jasmine\,\n\nAs promised\, I'd like to walk you
  through the profile of Maria Santos\, RN – 6 years adult ICU (St. Michae
 l's\, Toronto)\, CRRT and ECMO-trained\, available for a 12-week contract
  on your unit from January. Resume and skills checklist attached. If you
  like what you hear we can set up your interview with her the same week.
 \n\nBest\,\nKevin Doyle\nAccount Manager\, Critical Care Staffing\nNorths
 tar Nursing Solutions
DTEND;TZID="Mountain Standard Time":20251120T121500
DTSTAMP:20251117T173315Z
DTSTART;TZID="Mountain Standard Time":20251120T120000
LOCATION:Phone – Kevin will call Deb's office line
ORGANIZER;CN=Kevin Doyle:mailto:kdoyle@northstarnursing.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Candidate profile – Maria Santos\, RN (ICU) for FMC
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F0C1E2A39446DC0100000000000000001000000058E1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-notes",
        uid="D9A4F7E2-1B3C-4E5D-8F60-7A2B9C0D1E3F",
        iv=0, company="", role="", stage="", who="",
        trap="user-as-interviewer-handtyped-candidate-notes",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + EDMONTON + r"""BEGIN:VEVENT
CREATED:20251126T014410Z
DTSTAMP:20251126T015233Z
DTSTART;TZID=America/Edmonton:20251125T083000
DTEND;TZID=America/Edmonton:20251125T143000
LAST-MODIFIED:20251126T015233Z
LOCATION:FMC SSB rm 1102
SEQUENCE:1
SUMMARY:NGTP intvws day 1 (me + Raj)
UID:D9A4F7E2-1B3C-4E5D-8F60-7A2B9C0D1E3F
DESCRIPTION:#1 Kayla - strong sepsis answer\, weak on conflict q\n#2 Ahmed
  - v nervous but great practicum evals\, ICU capstone\n#3 Brooke - no ICU\,
  ok\n#4 Yusuf - best so far\, ask Deb re 2nd look\n#5 no show\n#6 Mei - g
 ood\, wants nights only\nscores in folder. bring BDI forms day 2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
