"""holdout96 interviews, part A: ATS and scheduler invites (English)."""

from __future__ import annotations

from holdout96ev_boiler import meet_en, teams_en, zoom_en
from holdout96ev_ics import (
    DUBLIN,
    GOOGLE,
    LONDON,
    ME,
    OUTLOOK,
    WIN_GMT,
    Ev,
    cal,
    esc,
    pos,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    d = esc("""Hi Ciara,

Thanks for applying for the Area Manager – London North role at Harbour & Finch. This is a 30 minute
phone call with Priya Raman (Talent Partner, Retail). Priya will call you on +353 87 214 6690.

Interview details:
Candidate: Ciara Doyle
Interviewer(s): Priya Raman
Format: Phone screen

If you need to reschedule please reply to this email.

Powered by Greenhouse""")
    out.append(pos("greenhouse-phone-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250916T110000
DTEND;TZID=Europe/London:20250916T113000
DTSTAMP:20250910T141203Z
ORGANIZER;CN=Tom Ellery:mailto:tom.ellery@harbourfinch.co.uk
UID:4g8k2m1c7v0hq3s9pd6tnb5r1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Doyle;\
X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raman;\
X-NUM-GUESTS=0:mailto:priya.raman@harbourfinch.co.uk
CREATED:20250910T141201Z
DESCRIPTION:{d}
LAST-MODIFIED:20250910T141203Z
LOCATION:Phone call - Priya will call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Interview: Ciara Doyle <> Harbour & Finch (Area Manager – London North)
TRANSP:OPAQUE
END:VEVENT
""", tz=(LONDON,)), "Harbour & Finch", "Area Manager – London North", "recruiter_screen",
        "priya.raman@harbourfinch.co.uk"))

    d = esc("""Dear Ciara,

Thank you for your interest in the position Area Manager (Leinster South) - R-04418.
We are pleased to invite you to an interview with Declan Furlong, Regional Operations Manager.

Please join using the Microsoft Teams link below. Please have your CV to hand and be ready to talk through
examples of leading multi-site teams.

Kind regards,
Quaymart Talent Acquisition

""" + teams_en("ODk1ZTAwY2QtYzU4", "Qm7Rz2"))
    out.append(pos("workday-teams-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250911T091544Z
DESCRIPTION:{d}
DTEND;TZID="GMT Standard Time":20250923T150000
DTSTAMP:20250911T091544Z
DTSTART;TZID="GMT Standard Time":20250923T141500
LAST-MODIFIED:20250911T091544Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Quaymart Careers":mailto:quaymart@myworkday.com
ATTENDEE;CN="Ciara Doyle";RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Furlong, Declan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:declan.furlong@quaymart.ie
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Area Manager (Leinster South) - R-04418
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0F3C2D41D23DC01000000000000000010000000C3E96C1B08E4A54B9D3F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
""", tz=(WIN_GMT,)), "Quaymart", "Area Manager (Leinster South)", "hiring_manager",
        "declan.furlong@quaymart.ie"))

    d = esc("""Hi Ciara,

Great to connect - this is a 20 minute intro call about the Regional Store Operations Lead role.
We'll cover your background, the role and next steps.

Event: Intro call - Regional Store Operations Lead
Invitee: Ciara Doyle
Invitee Email: ciara.doyle.retail@gmail.com
Location: Orla will call you at +353872146690

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6f1e2b9c-0d4a-4e2b-8a77-1c9d3e5f7a10
Reschedule: https://calendly.com/reschedulings/6f1e2b9c-0d4a-4e2b-8a77-1c9d3e5f7a10

Powered by Calendly.com""")
    out.append(pos("calendly-phone-en", cal("-//Calendly//Calendly//EN", f"""
BEGIN:VEVENT
UID:6f1e2b9c-0d4a-4e2b-8a77-1c9d3e5f7a10@calendly.com
DTSTAMP:20250912T083012Z
DTSTART:20250918T090000Z
DTEND:20250918T092000Z
SUMMARY:Intro call - Regional Store Operations Lead between Orla Geraghty and Ciara Doyle
ORGANIZER;CN=Orla Geraghty:mailto:orla.geraghty@corriboutdoor.ie
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:{d}
LOCATION:+353872146690
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
"""), "Corrib Outdoor", "Regional Store Operations Lead", "recruiter_screen",
        "orla.geraghty@corriboutdoor.ie", "calendly-utc-en"))

    d = esc("""Hi Ciara,

Congratulations on progressing to our Area Manager Assessment Day!

Please arrive at our Manchester support centre for 9:15 sign-in. The day includes:
- a group exercise (store trading scenario)
- an in-tray exercise
- a store walk at our Market Street store with feedback
- a 45 minute competency interview with Rhys Bevan (Head of Retail North) and Gemma Lowe (Regional HR)

Lunch is provided. Dress code: smart casual, comfortable shoes for the store walk.
Travel costs from Dublin will be reimbursed - please keep your receipts.

Pennant Sports Careers | sent via SmartRecruiters""")
    out.append(pos("smartrecruiters-assessment-en", cal("-//SmartRecruiters//Interview Scheduler//EN", f"""
BEGIN:VEVENT
UID:sr-int-7c31aa0e-59f4-4b6e-9a01-d8c4f2e6b119
DTSTAMP:20251001T101500Z
DTSTART;TZID=Europe/London:20251014T091500
DTEND;TZID=Europe/London:20251014T160000
SUMMARY:Assessment Day - Area Manager (North West) - Pennant Sports
ORGANIZER;CN=Pennant Sports Careers:mailto:careers@pennantsports.com
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Rhys Bevan;ROLE=REQ-PARTICIPANT:mailto:rhys.bevan@pennantsports.com
ATTENDEE;CN=Gemma Lowe;ROLE=REQ-PARTICIPANT:mailto:gemma.lowe@pennantsports.com
ATTENDEE;CN=Ellie Shaw (Recruitment Coordinator);ROLE=NON-PARTICIPANT:mailto:ellie.shaw@pennantsports.com
LOCATION:Pennant Sports Support Centre\\, 4 Trafford Wharf\\, Manchester M17 1AB
DESCRIPTION:{d}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", tz=(LONDON,)), "Pennant Sports", "Area Manager (North West)", "onsite",
        "rhys.bevan@pennantsports.com;gemma.lowe@pennantsports.com"))

    d = esc("""Hi Ciara,

As discussed, here's your invite for a first video interview for the Area Manager - South West role.
You'll meet Hannah Coyle from our people team. It'll be relaxed - around 30 minutes.

""" + meet_en("kqv-btzx-rma", "804417552") + """

Best,
Hannah
Kestrel Footwear | kestrelshoes.co.uk

Sent with Teamtailor""")
    out.append(pos("teamtailor-meet-en", cal("-//Teamtailor//Teamtailor Calendar//EN", f"""
BEGIN:VEVENT
DTSTAMP:20250919T124401Z
UID:teamtailor-meeting-552871-event-1094433
DTSTART:20250925T093000Z
DTEND:20250925T100000Z
SUMMARY:Video interview: Ciara Doyle / Kestrel Footwear
DESCRIPTION:{d}
LOCATION:https://meet.google.com/kqv-btzx-rma
ORGANIZER;CN=Hannah Coyle:mailto:hannah.coyle@kestrelshoes.co.uk
ATTENDEE;CN=Ciara Doyle;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Hannah Coyle;PARTSTAT=ACCEPTED:mailto:hannah.coyle@kestrelshoes.co.uk
END:VEVENT
"""), "Kestrel Footwear", "Area Manager - South West", "recruiter_screen", "hannah.coyle@kestrelshoes.co.uk"))

    d = esc("""Hi Ciara,

Looking forward to seeing you in Leeds. Your onsite interview for Regional Operations Manager
will run as follows:

10:00 - 10:45  Store walk, Briggate shop, with Faye Horton (Head of Stores)
10:50 - 11:35  Operations interview with Marcus Adeyemi (Retail Operations Director)
11:40 - 12:00  Q&A with Faye

Please ask for Faye at the shop till point. Jess from our recruiting team will meet you beforehand
but won't be interviewing.

Northgate Books Talent team""")
    out.append(pos("lever-onsite-en", cal("-//Lever//Lever Hire//EN", f"""
BEGIN:VEVENT
UID:lever-interview-b2e9d114-8f03-4a52-a6f7-0c5d1e3b7f28
DTSTAMP:20251006T154000Z
DTSTART:20251016T090000Z
DTEND:20251016T110000Z
SUMMARY:Onsite interview - Ciara Doyle - Regional Operations Manager (Northgate Books)
ORGANIZER;CN=Jess Whitfield:mailto:jess.whitfield@northgatebooks.co.uk
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Faye Horton;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:faye.horton@northgatebooks.co.uk
ATTENDEE;CN=Marcus Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcus.adeyemi@northgatebooks.co.uk
LOCATION:Northgate Books\\, 61 Briggate\\, Leeds LS1 6HD
DESCRIPTION:{d}
STATUS:CONFIRMED
END:VEVENT
"""), "Northgate Books", "Regional Operations Manager", "onsite",
        "faye.horton@northgatebooks.co.uk;marcus.adeyemi@northgatebooks.co.uk"))

    d = esc("""Hi Ciara,

Thanks for applying to Murrow Pets! This is a short phone call with our recruiter, Shane Tierney,
about the Area Manager (Munster) position. Shane will ring you at the number on your application.

Interview type: Phone call
Duration: 25 minutes

Workable | Sent on behalf of Murrow Pets""")
    out.append(pos("workable-phone-en", cal("-//Workable//Workable Calendar//EN", f"""
BEGIN:VEVENT
UID:wkbl-event-3d7a0f61c2b84e19
DTSTAMP:20251002T081200Z
DTSTART:20251008T130000Z
DTEND:20251008T132500Z
SUMMARY:Phone call with Murrow Pets for Area Manager (Munster)
ORGANIZER;CN="Shane Tierney":mailto:shane.tierney@murrowpets.ie
ATTENDEE;CN="Ciara Doyle";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{d}
LOCATION:Phone call
END:VEVENT
"""), "Murrow Pets", "Area Manager (Munster)", "recruiter_screen", "shane.tierney@murrowpets.ie"))

    d = esc("""Dear Ciara,

You are invited to a video interview for the position of Area Manager - North West England (Req 2025-3317).

Interviewer: Lisa Fenwick, Regional Manager
Scheduled by: Beacon Discount Stores Recruitment

""" + zoom_en("Lisa Fenwick", "84519027736", "552190") + """

This message was sent from iCIMS on behalf of Beacon Discount Stores.""")
    out.append(pos("icims-zoom-en", cal("-//iCIMS//iCIMS Scheduling//EN", f"""
BEGIN:VEVENT
UID:icims-4401893-20251021-beacon
DTSTAMP:20251013T160033Z
DTSTART:20251021T130000Z
DTEND:20251021T140000Z
SUMMARY:Video Interview - Area Manager - North West England
ORGANIZER;CN=Beacon Recruitment:mailto:recruitment@beaconstores.co.uk
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Lisa Fenwick;ROLE=REQ-PARTICIPANT:mailto:lisa.fenwick@beaconstores.co.uk
DESCRIPTION:{d}
LOCATION:Zoom
END:VEVENT
"""), "Beacon Discount Stores", "Area Manager - North West England", "hiring_manager",
        "lisa.fenwick@beaconstores.co.uk", "icims-zoom-utc-en"))

    d = esc("""Interview for Store Operations Manager
Candidate: Ciara Doyle

Your interview is a competency-based interview with Conor Meagher (Head of Store Operations).
Please bring photo ID. Report to reception on the 4th floor of the Henry Street store.

Abbeyfield's People Services - SAP SuccessFactors Recruiting""")
    out.append(pos("successfactors-en", cal("-//SAP SuccessFactors//Interview Scheduling//EN", f"""
BEGIN:VEVENT
UID:SF_INTV_8834120_1
DTSTAMP:20251017T103300Z
DTSTART;TZID=Europe/Dublin:20251104T100000
DTEND;TZID=Europe/Dublin:20251104T110000
SUMMARY:Interview for Store Operations Manager
ORGANIZER;CN=Abbeyfields Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Conor Meagher;ROLE=REQ-PARTICIPANT:mailto:conor.meagher@abbeyfields.ie
DESCRIPTION:{d}
LOCATION:Abbeyfield's\\, Henry Street\\, Dublin 1 - 4th floor reception
END:VEVENT
""", tz=(DUBLIN,)), "Abbeyfield's", "Store Operations Manager", "hiring_manager",
        "conor.meagher@abbeyfields.ie"))

    d = esc("""Hi Ciara,

Here are the details for your panel interview for Retail Area Manager (Dublin & Leinster).

Panel: Ruairí Byrne (Head of Retail), Fiona Kehoe (HR Business Partner)
Coordinator: Meabh Tully (will greet you; not on the panel)

Location: Vanta Mobile HQ, Block C, Sandyford Business Park, Dublin 18 - Room "Liffey"

Scheduled with GoodTime""")
    out.append(pos("goodtime-panel-en", cal("-//GoodTime.io//GoodTime Hire//EN", f"""
BEGIN:VEVENT
UID:gt-7f2c0d93-vanta-panel-ciara
DTSTAMP:20251020T112300Z
DTSTART:20251030T100000Z
DTEND:20251030T111500Z
SUMMARY:Panel Interview - Retail Area Manager (Dublin & Leinster) - Ciara Doyle
ORGANIZER;CN=Meabh Tully:mailto:meabh.tully@vantamobile.ie
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Ruairí Byrne;ROLE=REQ-PARTICIPANT:mailto:ruairi.byrne@vantamobile.ie
ATTENDEE;CN=Fiona Kehoe;ROLE=REQ-PARTICIPANT:mailto:fiona.kehoe@vantamobile.ie
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sandyford C - Liffey (8):mailto:room.liffey@vantamobile.ie
DESCRIPTION:{d}
LOCATION:Vanta Mobile HQ\\, Sandyford - Liffey
END:VEVENT
"""), "Vanta Mobile", "Retail Area Manager (Dublin & Leinster)", "onsite",
        "ruairi.byrne@vantamobile.ie;fiona.kehoe@vantamobile.ie", "goodtime-room-en"))

    d = esc("""Final interview - Area Manager, London (Central & West)

Interviewers:
  Sophie Marchetti - Retail Director
  Daniel Okafor - Area Manager, London East

Agenda: 30 min presentation (your 90-day plan for a 9-store area), 45 min discussion.
A laptop and screen are available in the room. Your recruiting coordinator is Amira Haddad.

Everly | Scheduled with ModernLoop""")
    out.append(pos("modernloop-final-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251113T140000
DTEND;TZID=Europe/London:20251113T151500
DTSTAMP:20251105T170211Z
ORGANIZER;CN=Amira Haddad:mailto:amira.haddad@everly.co.uk
UID:ml_6c0b1e4a9d2f4f3b8e7a_final@modernloop.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Doyle;\
X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophie Marchetti;\
X-NUM-GUESTS=0:mailto:sophie.marchetti@everly.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Okafor;\
X-NUM-GUESTS=0:mailto:daniel.okafor@everly.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marylebone-3-Bloom (10) [Screen];\
X-NUM-GUESTS=0:mailto:c_18846s7aq0fkmi@resource.calendar.google.com
DESCRIPTION:{d}
LOCATION:Everly Head Office\\, 22 Wigmore Street\\, London W1U 2RD
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ciara Doyle - Final Interview - Area Manager\\, London (Central & West)
TRANSP:OPAQUE
END:VEVENT
""", tz=(LONDON,)), "Everly", "Area Manager, London (Central & West)", "final",
        "sophie.marchetti@everly.co.uk;daniel.okafor@everly.co.uk"))

    d = esc("""What: Area Manager - screening call
Who: Aisling Moran (Greenlane Health Stores), Ciara Doyle
Where: Google Meet - https://meet.google.com/xqe-hpwo-dvr

Additional notes: Keen to hear about your multi-site experience.

Need to make a change? Reschedule or cancel: https://cal.com/booking/tR8vQe2nXx1
Scheduled with Cal.com""")
    out.append(pos("calcom-screen-en", cal("-//Cal.com Inc.//Cal.com Event//EN", f"""
BEGIN:VEVENT
UID:tR8vQe2nXx1bGm4kZp7Yc2@Cal.com
SUMMARY:Area Manager - screening call between Aisling Moran and Ciara Doyle
DTSTAMP:20251007T194500Z
DTSTART:20251010T080000Z
DTEND:20251010T083000Z
DESCRIPTION:{d}
LOCATION:https://meet.google.com/xqe-hpwo-dvr
ORGANIZER;CN=Aisling Moran:mailto:aisling.moran@greenlanehealth.ie
ATTENDEE;CN=Ciara Doyle;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), "Greenlane Health Stores", "Area Manager", "recruiter_screen",
        "aisling.moran@greenlanehealth.ie"))
    return out

