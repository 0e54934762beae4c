"""holdout238 events, hiring side part 2: more of Wanjiru's hiring work at Pesaline."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_NAIROBI, TZ_WIN_EAST_AFRICA

EVENTS: list[dict] = []

_GCAL_HEAD = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"


def _neg(kind: str, uid: str, trap: str, ics: str, lf: bool = False) -> None:
    EVENTS.append(dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap,
                       hiring=True, ics=ics, lf=lf))


_neg("phone-entry", "4c7f0b3e6a9d2c5f8b1e4a7d0c3f6b9e@google.com", "user-as-interviewer-interview-kit-prep",
     _GCAL_HEAD + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250530T140000
DTEND;TZID=Africa/Nairobi:20250530T153000
DTSTAMP:20250529T065501Z
UID:4c7f0b3e6a9d2c5f8b1e4a7d0c3f6b9e@google.com
DESCRIPTION:- 5 SQL qns (easy->window fn)\n- 1 dashboard critique (old merchant churn Looker tile)\n- behavioural: ownership\, curiosity\n- update rubric in Lever kit\, share w David
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep Jr Analyst interview kit + qns
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("gcal-invite", "6e9b2d5a8c1f4e7b0d3a6c9f2e5b8d1a@google.com", "user-as-interviewer-trial-day-supervisor",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250612T083000
DTEND;TZID=Africa/Nairobi:20250612T163000
DTSTAMP:20250609T101522Z
ORGANIZER;CN=Faith Njeri:mailto:faith.njeri@pesaline.co.ke
UID:6e9b2d5a8c1f4e7b0d3a6c9f2e5b8d1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=b.otieno.analytics@gmail.com;X-NUM-GUESTS=0:mailto:b.otieno.analytics@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
DESCRIPTION:Brian's paid trial day with the data team. Wanjiru is his buddy for the day: give him the agent-float reconciliation ticket\, read-only BigQuery access (IT has a temp account)\, lunch at the canteen. Short write-up for David by Friday.
LOCATION:Pesaline HQ\, data team pod
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial day – Brian Otieno (Jr Data Analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "8a1d4c7f0e3b6d9a2c5f8e1b4d7a0c3f@google.com", "user-as-interviewer-panel-chair",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250616T100000
DTEND;TZID=Africa/Nairobi:20250616T110000
DTSTAMP:20250611T081234Z
ORGANIZER;CN=Faith Njeri:mailto:faith.njeri@pesaline.co.ke
UID:8a1d4c7f0e3b6d9a2c5f8e1b4d7a0c3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Mutiso;X-NUM-GUESTS=0:mailto:samuel.mutiso@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zawadi Hassan;X-NUM-GUESTS=0:mailto:zawadi.hassan@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=aminaabdi.data@yahoo.com;X-NUM-GUESTS=0:mailto:aminaabdi.data@yahoo.com
DESCRIPTION:Final panel for Amina Abdi (Junior Data Analyst). Wanjiru chairs and keeps time: 10 min intro\, 25 min case (agent liquidity dashboard)\, 15 min Samuel (product sense)\, 10 min her questions. Panel scores in Lever by EOD please.\n\nJoin with Google Meet: https://meet.google.com/psl-amna-fnl
LOCATION:Pesaline-HQ-2-Tsavo (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jr Data Analyst – final panel (Amina A.) – W. Kamau chair
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "0c3f6b9e2a5d8c1f4b7e0a3d6c9f2b5e@google.com", "user-as-interviewer-swahili-intern-round",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250506T140000
DTEND;TZID=Africa/Nairobi:20250506T170000
DTSTAMP:20250502T151500Z
ORGANIZER;CN=Faith Njeri:mailto:faith.njeri@pesaline.co.ke
UID:0c3f6b9e2a5d8c1f4b7e0a3d6c9f2b5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zawadi Hassan;X-NUM-GUESTS=0:mailto:zawadi.hassan@pesaline.co.ke
DESCRIPTION:Sasa team! Interviews za interns round 1 – 6 wanafunzi\, 25 min kila mmoja\, back to back. CVs ziko kwa Drive folder "Interns 2025 / R1". Mtu mmoja aulize SQL\, mwingine attitude. Tutakula samosa after 😄 Asanteni!
LOCATION:Pesaline-HQ-3-Amboseli (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviews za interns – R1 🙏
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0f@google.com", "user-as-interviewer-reference-check-caller",
     _GCAL_HEAD + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250620T113000
DTEND;TZID=Africa/Nairobi:20250620T115000
DTSTAMP:20250619T161020Z
UID:5d8a1c4f7e0b3d6a9c2f5e8b1d4a7c0f@google.com
DESCRIPTION:call Mercy's ex-supervisor at Jamii Data\, Mr Omwenga 0711 402 889. ask: SQL depth\, reliability\, would rehire? Faith wants notes in Lever.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check – Mercy W (jr analyst cand.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("meet-invite", "7f0c3e6b9d2a5f8c1e4b7a0d3f6c9e2b@google.com", "user-as-interviewer-offer-decision",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250623T120000
DTEND;TZID=Africa/Nairobi:20250623T123000
DTSTAMP:20250620T132233Z
ORGANIZER;CN=Lydia Atieno:mailto:lydia.atieno@pesaline.co.ke
UID:7f0c3e6b9d2a5f8c1e4b7a0d3f6c9e2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION:Agree offer for the Jr Data Analyst hire (band B2\, start 1 Aug)\, probation objectives and who onboards. Wanjiru to draft the 30/60/90 for the new hire.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jr Analyst – offer & onboarding plan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("all-day", "9b2e5a8d1c4f7b0e3a6d9c2f5b8e1a4d@google.com", "user-as-interviewer-campus-booth-screening",
     _GCAL_HEAD + r"""METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250424
DTEND;VALUE=DATE:20250425
DTSTAMP:20250410T090000Z
ORGANIZER;CN=Faith Njeri:mailto:faith.njeri@pesaline.co.ke
UID:9b2e5a8d1c4f7b0e3a6d9c2f5b8e1a4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zawadi Hassan;X-NUM-GUESTS=0:mailto:zawadi.hassan@pesaline.co.ke
DESCRIPTION:Pesaline booth at the JKUAT Career Day. We collect CVs for the 2025 data internship and do 5-min on-the-spot chats with students – tick the shortlist sheet. Branded tees + banner with Faith. Transport: company van leaves HQ 7:00.
LOCATION:JKUAT\, Juja – Assembly Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:JKUAT Career Day – Pesaline booth
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "1a4d7c0f3b6e9a2d5c8f1b4e7a0d3c6f@google.com", "user-as-interviewer-take-home-review",
     _GCAL_HEAD + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250603T080000
DTEND;TZID=Africa/Nairobi:20250603T100000
DTSTAMP:20250602T185501Z
UID:1a4d7c0f3b6e9a2d5c8f1b4e7a0d3c6f@google.com
DESCRIPTION:mark the 5 jr analyst case submissions (notebooks in Drive). rubric: correctness 40\, clarity 30\, SQL style 20\, insight 10. no distractions - DND on Slack
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Review case submissions (jr analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000FE12DC34BA56DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
     "user-as-interviewer-agency-scheduled-interview",
     rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Maina, Kelvin":mailto:kelvin.maina@talenthubea.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wanjiru Kamau":mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="David Kiprono":mailto:david.kiprono@pesaline.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aminaabdi.data@yahoo.com:mailto:aminaabdi.data@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Dear all\,\n\nAs agreed\, please find below the interview for Amina Abdi for the Junior Data Analyst role at Pesaline Ltd.\n\nVenue: Pesaline HQ\, Delta Corner Annex\, Westlands (Amina will report to reception at 9:45)\n\nKind regards\,\nKelvin Maina\nTalentHub EA\n
UID:040000008200E00074C5B7101A82E00800000000FE12DC34BA56DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-US:Interview: Pesaline Ltd - Junior Data Analyst - Amina Abdi
DTSTART;TZID=E. Africa Standard Time:20250604T100000
DTEND;TZID=E. Africa Standard Time:20250604T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250529T083015Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Pesaline HQ\, Westlands
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "3c6f9b2e5a8d1c4f7b0e3a6d9c2f5b8e@google.com", "user-as-interviewer-hiring-committee",
     _GCAL_HEAD + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250522T160000
DTEND;TZID=Africa/Nairobi:20250522T170000
DTSTAMP:20250519T071010Z
ORGANIZER;CN=Lydia Atieno:mailto:lydia.atieno@pesaline.co.ke
UID:3c6f9b2e5a8d1c4f7b0e3a6d9c2f5b8e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Faith Njeri;X-NUM-GUESTS=0:mailto:faith.njeri@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Mutiso;X-NUM-GUESTS=0:mailto:samuel.mutiso@pesaline.co.ke
DESCRIPTION:Sign-off of the 2025 internship cohort: data (2)\, product (1)\, eng (3). Each team lead presents their picks + one reserve. Please bring the scorecard summary.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Internship cohort 2025 – selection committee
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")
