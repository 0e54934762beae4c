# ruff: noqa: E501
"""holdout150 events: the user's everyday work calendar at Nordvale GBS (negatives, not hiring side)."""

from holdout150ev_tz import CEST_WIN

_HDR = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"


def _ol(uid, organizer, attendees, summary, start, end, stamp, desc, location="Microsoft Teams Meeting",
        lang="en-US", extra=""):
    # Exchange serialisation of an ordinary internal meeting; the text itself is hand-written per event.
    return (
        _HDR + CEST_WIN + "BEGIN:VEVENT\n" + organizer + "\n" + attendees
        + f"DESCRIPTION;LANGUAGE={lang}:{desc}\n"
        + f"UID:{uid}\nSUMMARY;LANGUAGE={lang}:{summary}\n"
        + f"DTSTART;TZID=Central European Standard Time:{start}\n"
        + f"DTEND;TZID=Central European Standard Time:{end}\n"
        + extra
        + f"CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:{stamp}\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
        + f"LOCATION;LANGUAGE={lang}:{location}\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nEND:VEVENT\nEND:VCALENDAR\n"
    )


_ME = ("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Nowak, Katarzyna\":"
       "mailto:katarzyna.nowak@nordvale-gbs.com\n")
_KM = "ORGANIZER;CN=\"Majewski, Krzysztof\":mailto:krzysztof.majewski@nordvale-gbs.com"

EVENTS = [
    dict(
        kind="recurring-close-call",
        uid="040000008200E00074C5B7101A82E0080000000010AB20CD30EFDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0",
        iv=0, trap="recurring-month-end-close-call-with-moved-occurrence",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Majewski, Krzysztof":mailto:krzysztof.majewski@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schneider, Lukas":mailto:lukas.schneider@nordvale.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="R2R Kraków Team Leads":mailto:r2r-krk-tl@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:WD+3 close status: open JEs\\, intercompany mismatches\\, accrual sign-offs\\, BS recs > 5k EUR unreconciled. Tracker: SharePoint > R2R > Close Calendar 2025.
RRULE:FREQ=MONTHLY;BYMONTHDAY=5;COUNT=12
UID:040000008200E00074C5B7101A82E0080000000010AB20CD30EFDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
SUMMARY;LANGUAGE=en-US:Month-end close review WD+3 (R2R KRK / Controlling DE)
DTSTART;TZID=Central European Standard Time:20250205T090000
DTEND;TZID=Central European Standard Time:20250205T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Majewski, Krzysztof":mailto:krzysztof.majewski@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schneider, Lukas":mailto:lukas.schneider@nordvale.de
DESCRIPTION;LANGUAGE=en-US:Moved - 5 May is a public holiday window in DE systems freeze. Same agenda.
RECURRENCE-ID;TZID=Central European Standard Time:20250505T090000
UID:040000008200E00074C5B7101A82E0080000000010AB20CD30EFDB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
SUMMARY;LANGUAGE=en-US:Month-end close review WD+3 (R2R KRK / Controlling DE) - MOVED
DTSTART;TZID=Central European Standard Time:20250506T130000
DTEND;TZID=Central European Standard Time:20250506T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auditor-interim-kickoff",
        uid="040000008200E00074C5B7101A82E0080000000020BC30DE40F0DB01000000000000000010000000B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0",
        iv=0, trap="external-auditor-kpmg-kickoff-company-she-also-applied-to",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000020BC30DE40F0DB01000000000000000010000000B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0",
            'ORGANIZER;CN="Hartmann, Julia":mailto:julia.hartmann@kpmg.de',
            _ME + 'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wiśniewski, Adam":mailto:awisniewski@kpmg.pl\n',
            "Nordvale Group - FY2025 interim audit kick-off (R2R Kraków)",
            "20250603T100000", "20250603T113000", "20250527T141200Z",
            "Agenda: audit timeline\\, PBC list walkthrough\\, IT general controls\\, sample selection for journal entry testing\\, walkthrough dates with process owners. PBC list attached.\\n\\nJulia Hartmann\\, Senior Manager\\, KPMG AG Wirtschaftsprüfungsgesellschaft",
            location="KRK-Quattro-B-4.02 Board (10) / Teams",
        ),
    ),
    dict(
        kind="sox-walkthrough",
        uid="040000008200E00074C5B7101A82E0080000000030CD40EF5001DC01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0",
        iv=0, trap="internal-audit-walkthrough-interview-of-control-owner",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000030CD40EF5001DC01000000000000000010000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0",
            'ORGANIZER;CN="Group Internal Audit - Zielonka, Sebastian":mailto:sebastian.zielonka@nordvale.com',
            _ME,
            "ICS walkthrough interview - R2R-07 Manual journal entry approval (control owner: K. Nowak)",
            "20250424T130000", "20250424T140000", "20250416T090000Z",
            "Hi Katarzyna\\, as part of the 2025 ICS testing we would like to interview you as control owner of R2R-07 and walk through two sample JEs end to end (screen share of SAP + approval evidence in BlackLine). No preparation needed beyond access to the samples listed below.\\n\\nSamples: JE 1900042217 (Feb)\\, JE 1900051904 (Mar)\\n\\nSebastian",
        ),
    ),
    dict(
        kind="own-appraisal",
        uid="040000008200E00074C5B7101A82E0080000000040DE50F06012DC01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0",
        iv=0, trap="own-annual-performance-review-with-manager",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000040DE50F06012DC01000000000000000010000000D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0",
            _KM, _ME,
            "Rozmowa roczna / Year-end review 2024 - Kasia",
            "20250219T140000", "20250219T150000", "20250210T101000Z",
            "Kasia - please complete the self-assessment in Workday (Performance > Year-End Review 2024) by Monday. We will go through goals\\, rating\\, development plan and your TL pathway.\\n\\nKrzysztof",
            location="KRK-Quattro-B-3.02 (2)", lang="pl-PL",
        ),
    ),
    dict(
        kind="stay-interview-hrbp",
        uid="040000008200E00074C5B7101A82E0080000000050EF60017023DC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0",
        iv=0, trap="stay-interview-with-own-hr-business-partner",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000050EF60017023DC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0",
            'ORGANIZER;CN="Kaczor, Beata":mailto:beata.kaczor@nordvale-gbs.com',
            _ME,
            "Stay interview - Katarzyna Nowak",
            "20250429T150000", "20250429T154500", "20250423T121200Z",
            "Hi Kasia\\, as part of our retention programme for team leaders I'd like to have an informal stay interview with you: what keeps you at Nordvale\\, what could make you leave\\, what would you change. Confidential\\, not linked to the performance review.\\n\\nBeata Kaczor\\, HR Business Partner R2R",
        ),
    ),
    dict(
        kind="development-centre",
        uid="040000008200E00074C5B7101A82E0080000000060F07102813DDC01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF01",
        iv=0, trap="internal-leadership-development-centre-as-participant",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000060F07102813DDC01000000000000000010000000F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF01",
            'ORGANIZER;CN="Talent & Development GBS":mailto:talent.development@nordvale-gbs.com',
            _ME,
            "Leadership Development Centre - Cohort 3 (participants)",
            "20250312T083000", "20250312T170000", "20250220T080000Z",
            "Dear participant\\,\\n\\nyou have been nominated for the Leadership Development Centre. The day includes a role-play with a 'difficult team member'\\, an in-tray exercise\\, a 360 debrief and a conversation with an external assessor (SHL). The outcome is a personal development plan - this is not a selection process.\\n\\nTalent & Development",
            location="Hotel Novotel Kraków City West\\, sala Wisła",
        ),
    ),
    dict(
        kind="blackline-workshop",
        uid="040000008200E00074C5B7101A82E0080000000070018213924EDC0100000000000000001000000001020304050607080910111213141516",
        iv=0, trap="system-implementation-workshop",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000070018213924EDC0100000000000000001000000001020304050607080910111213141516",
            'ORGANIZER;CN="Richter, Jonas (BlackLine)":mailto:jonas.richter@blackline.com',
            _ME,
            "BlackLine Transaction Matching - design workshop #2 (intercompany)",
            "20250318T093000", "20250318T123000", "20250311T150000Z",
            "Scope: IC matching rules for 14 entities\\, tolerance thresholds\\, auto-certification. Please bring examples of typical mismatches.",
        ),
    ),
    dict(
        kind="one-to-one-report",
        uid="040000008200E00074C5B7101A82E0080000000080129324A35FDC0100000000000000001000000011121314151617181920212223242526",
        iv=0, trap="weekly-one-to-one-with-direct-report-polish",
        ics=_ol(
            "040000008200E00074C5B7101A82E0080000000080129324A35FDC0100000000000000001000000011121314151617181920212223242526",
            'ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com',
            'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pietrzyk, Aleksandra":mailto:aleksandra.pietrzyk@nordvale-gbs.com\n',
            "1:1 Kasia / Ola",
            "20250314T100000", "20250314T103000", "20250101T100000Z",
            "cele Q1\\, szkolenie SAP FI-AA\\, urlop w sierpniu",
            location="Teams", lang="pl-PL",
            extra="RRULE:FREQ=WEEKLY;BYDAY=FR;WKST=MO\n",
        ),
    ),
    dict(
        kind="ifrs-training",
        uid="040000008200E00074C5B7101A82E00800000000902304354660DC0100000000000000001000000021222324252627282930313233343536",
        iv=0, trap="technical-accounting-training-session",
        ics=_ol(
            "040000008200E00074C5B7101A82E00800000000902304354660DC0100000000000000001000000021222324252627282930313233343536",
            'ORGANIZER;CN="Nordvale Academy":mailto:academy@nordvale-gbs.com',
            _ME,
            "IFRS 16 refresher: lease modifications & remeasurement (mandatory for R2R TLs)",
            "20250410T090000", "20250410T120000", "20250325T100000Z",
            "Trainer: Dr. Ewa Kowal (external). Case-based session\\, 3 CPD hours. Test at the end (10 questions\\, pass mark 70%).",
            location="KRK-Quattro-B-2.14 Training Room (16)",
        ),
    ),
    dict(
        kind="absl-press-interview",
        uid="c5f1a2b3-absl-report-2025-knowak@absl.pl",
        iv=0, trap="press-interview-for-industry-report",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250507T080000Z
DTEND:20250507T084500Z
DTSTAMP:20250429T103000Z
ORGANIZER;CN=Paulina Zięba:mailto:paulina.zieba@absl.pl
UID:c5f1a2b3-absl-report-2025-knowak@absl.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katarzyna.nowak@nordvale-gbs.com;X-NUM-GUESTS=0:mailto:katarzyna.no
 wak@nordvale-gbs.com
DESCRIPTION:Dzień dobry\\, dziękujemy za zgodę na wywiad do raportu ABSL „Ko
 biety w sektorze nowoczesnych usług biznesowych 2025”. Rozmowa ok. 40 min\\,
  autoryzacja tekstu przed publikacją. Zgoda działu komunikacji Nordvale - p
 otwierdzona.\\n\\nPaulina Zięba\\, ABSL - Dział Analiz\\n\\nhttps://meet.google
 .com/ksz-pqra-mhu
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wywiad do raportu ABSL - Katarzyna Nowak (Nordvale GBS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vendor-research-interview",
        uid="e4b7c1d0-8a2f-4c6e-9b3d-5f1a7e2c9d40",
        iv=0, trap="ux-research-interview-for-software-vendor",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e4b7c1d0-8a2f-4c6e-9b3d-5f1a7e2c9d40
DTSTAMP:20250512T131500Z
DTSTART:20250515T130000Z
DTEND:20250515T134500Z
SUMMARY:Customer research interview (45 min) between Mia Thompson and Katarzyna Nowak
ORGANIZER;CN=Mia Thompson:mailto:mia.thompson@closeflow.io
ATTENDEE;CN=Katarzyna Nowak;PARTSTAT=ACCEPTED:mailto:katarzyna.nowak@nordvale-gbs.com
LOCATION:Zoom: https://closeflow.zoom.us/j/82281004112
DESCRIPTION:Event Name: Customer research interview (45 min)\\n\\nThanks for
  helping us improve Closeflow's reconciliation module! We'll ask about how y
 our team runs month-end close and where the tool gets in the way. You'll re
 ceive a 100 EUR Amazon voucher after the session.\\n\\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="town-hall",
        uid="040000008200E00074C5B7101A82E00800000000A0341546577ADC0100000000000000001000000031323334353637383940414243444546",
        iv=0, trap="site-town-hall",
        ics=_ol(
            "040000008200E00074C5B7101A82E00800000000A0341546577ADC0100000000000000001000000031323334353637383940414243444546",
            'ORGANIZER;CN="Nordvale GBS Communications":mailto:comms@nordvale-gbs.com',
            _ME,
            "GBS Kraków Town Hall Q2 - growth plans & new services",
            "20250612T150000", "20250612T160000", "20250530T080000Z",
            "Site leadership update: new FP&A CoE in Kraków (40 roles)\\, Wrocław expansion\\, results of the engagement survey. Q&A via Slido #KRKQ2.",
            location="KRK-Quattro-A-0.01 Town Hall / Teams Live",
        ),
    ),
    dict(
        kind="quarter-end-saturday",
        uid="040000008200E00074C5B7101A82E00800000000B045265768ABDC0100000000000000001000000041424344454647484950515253545556",
        iv=0, trap="quarter-end-weekend-shift",
        ics=_ol(
            "040000008200E00074C5B7101A82E00800000000B045265768ABDC0100000000000000001000000041424344454647484950515253545556",
            _KM, _ME,
            "Q1 hard close - Saturday shift (R2R TLs on duty)",
            "20250405T080000", "20250405T140000", "20250320T090000Z",
            "Dyżur sobotni: Kasia (GL\\, IC)\\, Tomek (FA). Odbiór nadgodzin wg regulaminu. Eskalacje do mnie telefonicznie.",
            location="Biuro / zdalnie", lang="pl-PL",
        ),
    ),
    dict(
        kind="controllers-site-visit",
        uid="040000008200E00074C5B7101A82E00800000000C056376879BCDC0100000000000000001000000051525354555657585960616263646566",
        iv=0, trap="visit-of-german-controllers-agenda-with-meet-the-team",
        ics=_ol(
            "040000008200E00074C5B7101A82E00800000000C056376879BCDC0100000000000000001000000051525354555657585960616263646566",
            'ORGANIZER;CN="Schneider, Lukas":mailto:lukas.schneider@nordvale.de',
            _ME + 'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weber, Claudia":mailto:claudia.weber@nordvale.de\n',
            "Besuch Controlling DE in Krakau - Meet the R2R team",
            "20250527T100000", "20250527T160000", "20250505T111100Z",
            "Agenda: 10:00 Site tour\\, 11:00 Meet the team (R2R GL + IC)\\, 13:00 Lunch\\, 14:00 Deep dive: accruals process\\, 15:30 Wrap-up.",
            location="Quattro Business Park\\, Kraków", lang="de-DE",
        ),
    ),
]
