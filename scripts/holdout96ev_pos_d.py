"""holdout96 interviews, part D: Bookings, Exchange panels, all-day, Personio, Calendly, iOS (English)."""

from __future__ import annotations

from holdout96ev_boiler import zoom_en
from holdout96ev_ics import (
    DUBLIN,
    EXCHANGE,
    GOOGLE,
    IOS,
    LONDON,
    ME,
    OUTLOOK,
    WIN_GMT,
    WIN_UTC0,
    Ev,
    cal,
    esc,
    pos,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    d = esc("""Your booking with Kilbride Co-op Recruitment is confirmed.

Service: Initial interview - Retail Operations Manager
Staff: Ger Lyons
Date: Wednesday, 17 September 2025, 10:00-10:40 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Location: Kilbride Co-operative Society, Main Street, Kilbride, Co. Wicklow

Need to make changes? Manage booking: https://outlook.office365.com/owa/calendar/KilbrideCoopRecruitment@kilbridecoop.ie/bookings/s/manage

Powered by Microsoft Bookings""")
    out.append(pos("ms-bookings-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN=Kilbride Co-op Recruitment:mailto:KilbrideCoopRecruitment@kilbridecoop.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Doyle:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ger Lyons:mailto:ger.lyons@kilbridecoop.ie
DESCRIPTION;LANGUAGE=en-US:{d}
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000BOOKING7788
SUMMARY;LANGUAGE=en-US:Initial interview - Retail Operations Manager
DTSTART;TZID="GMT Standard Time":20250917T100000
DTEND;TZID="GMT Standard Time":20250917T104000
DTSTAMP:20250912T200144Z
LOCATION;LANGUAGE=en-US:Kilbride Co-operative Society\\, Main Street\\, Kilbride\\, Co. Wicklow
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", tz=(WIN_GMT,)), "Kilbride Co-op", "Retail Operations Manager", "recruiter_screen", "ger.lyons@kilbridecoop.ie",
        "ms-bookings-initial-en"))

    d = esc("""Ciara,

Thank you for attending the initial interview. The second interview for Retail Operations Manager will be
with a panel of myself and Tadhg Horgan from our board of management. Ger Lyons will take notes.

Bernadette Foley
General Manager, Kilbride Co-operative Society Ltd""")
    out.append(pos("exchange-panel-board-en", cal(EXCHANGE, f"""
BEGIN:VEVENT
ORGANIZER;CN=Bernadette Foley:mailto:bernadette.foley@kilbridecoop.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Doyle:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tadhg Horgan:mailto:tadhghorgan@eircom.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ger Lyons:mailto:ger.lyons@kilbridecoop.ie
DESCRIPTION;LANGUAGE=en-US:{d}
UID:040000008200E00074C5B7101A82E0080000000077C3A0E58E2FDC0100000000000000001000000055D4C3B2A1F0E9D8
SUMMARY;LANGUAGE=en-US:Retail Operations Manager - 2nd interview (panel)
DTSTART;TZID=GMT Standard Time:20251001T180000
DTEND;TZID=GMT Standard Time:20251001T190000
DTSTAMP:20250923T111111Z
LOCATION;LANGUAGE=en-US:Kilbride Co-op - Boardroom (upstairs)
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "Kilbride Co-op", "Retail Operations Manager", "",
        "bernadette.foley@kilbridecoop.ie;tadhghorgan@eircom.net", "exchange-panel-board-member-freemail-en"))

    d = esc("""Hi Ciara,

A new event has been scheduled.

Event Type: Toyhaven - Talent chat (20 min)
Invitee: Ciara Doyle
Invitee Email: ciara.doyle.retail@gmail.com
Event Date/Time: 10:00am - Wednesday, November 5, 2025 (Dublin Time)
Location: Lisa will call you on +353 87 214 6690
Questions: Which role are you applying for? Store Operations Manager

Powered by Calendly.com""")
    out.append(pos("calendly-talent-chat-en", cal("-//Calendly//Calendly//EN", f"""
BEGIN:VEVENT
UID:c9d2e3f4-a5b6-47c8-9d0e-1f2a3b4c5d6e@calendly.com
DTSTAMP:20251030T173000Z
DTSTART:20251105T100000Z
DTEND:20251105T102000Z
SUMMARY:Toyhaven - Talent chat (20 min) between Lisa Kinsella and Ciara Doyle
ORGANIZER;CN=Lisa Kinsella:mailto:lisa.kinsella@toyhaven.ie
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:{d}
LOCATION:+353872146690
STATUS:CONFIRMED
END:VEVENT
"""), "Toyhaven", "Store Operations Manager", "recruiter_screen", "lisa.kinsella@toyhaven.ie",
        "calendly-talent-chat-en"))

    d = esc("""Harbour & Finch - Area Manager Assessment Centre

Dear Ciara,
Thank you for your time so far. We are delighted to invite you to our Area Manager Assessment Centre.
Schedule (please arrive by 8:45):
  - Welcome and introductions
  - Group exercise: trading review of a sample store
  - Role play: difficult conversation with a store manager
  - Competency interview with Jonathan Pryor (Regional Director) and Priya Raman
Assessors: Jonathan Pryor, Priya Raman, Lucy Barton (Head of Retail Operations)

Harbour & Finch Talent Team""")
    out.append(pos("allday-assessment-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251008
DTEND;VALUE=DATE:20251009
DTSTAMP:20250929T140000Z
ORGANIZER;CN=Tom Ellery:mailto:tom.ellery@harbourfinch.co.uk
UID:2hb5n0q9s4k7v1mcfe3d8pja6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonathan Pryor;\
X-NUM-GUESTS=0:mailto:jonathan.pryor@harbourfinch.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raman;\
X-NUM-GUESTS=0:mailto:priya.raman@harbourfinch.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucy Barton;\
X-NUM-GUESTS=0:mailto:lucy.barton@harbourfinch.co.uk
DESCRIPTION:{d}
LOCATION:Harbour & Finch Support Office\\, 40 Holborn Viaduct\\, London EC1N 2PB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Harbour & Finch - Area Manager Assessment Centre
TRANSP:TRANSPARENT
END:VEVENT
"""), "Harbour & Finch", "Area Manager", "onsite",
        "jonathan.pryor@harbourfinch.co.uk;priya.raman@harbourfinch.co.uk;lucy.barton@harbourfinch.co.uk",
        "allday-assessment-centre-en"))

    d = esc("""Hello Ciara,

we are happy to invite you to an interview for the position Area Manager at Brightwell Pharmacy.

Interviewer: Cormac Dunne (Retail Operations Director)
Location: Brightwell Pharmacy support office, Unit 9 Northwest Business Park, Blanchardstown, Dublin 15

Please confirm the appointment via the link in the email.
Your Brightwell Pharmacy Recruiting Team

Personio""")
    out.append(pos("personio-en", cal("-//Personio GmbH//Personio Recruiting//EN", f"""
BEGIN:VEVENT
UID:personio-event-5519023-7731
DTSTAMP:20250915T103000Z
DTSTART;TZID=Europe/Dublin:20250922T140000
DTEND;TZID=Europe/Dublin:20250922T150000
SUMMARY:Interview: Area Manager - Ciara Doyle
ORGANIZER;CN=Brightwell Pharmacy:mailto:recruiting@brightwellpharmacy.ie
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Cormac Dunne;ROLE=REQ-PARTICIPANT:mailto:cormac.dunne@brightwellpharmacy.ie
DESCRIPTION:{d}
LOCATION:Brightwell Pharmacy support office\\, Blanchardstown
END:VEVENT
""", tz=(DUBLIN,)), "Brightwell Pharmacy", "Area Manager", "hiring_manager", "cormac.dunne@brightwellpharmacy.ie",
        "personio-en-ie"))

    d = esc("""Hi Ciara, first interview for the Area Manager role - just you and me, 45 mins. Zoom details below.
Ben (Head of Retail, Tidewater Kids)

""" + zoom_en("Ben Carrick", "72104563381", "219045"))
    out.append(pos("google-zoom-hm-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251013T120000
DTEND;TZID=Europe/Dublin:20251013T124500
DTSTAMP:20251006T084401Z
ORGANIZER;CN=Ben Carrick:mailto:ben.carrick@tidewaterkids.com
UID:6jd1k4mq8t0eu5c2a9bhrsv7ln@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ben Carrick;\
X-NUM-GUESTS=0:mailto:ben.carrick@tidewaterkids.com
DESCRIPTION:{d}
LOCATION:https://us06web.zoom.us/j/72104563381?pwd=219045Xk2Lm9QaZ1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ciara Doyle <> Ben Carrick - Area Manager
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Tidewater Kids", "Area Manager", "hiring_manager", "ben.carrick@tidewaterkids.com",
        "google-zoom-first-interview-en"))

    d = esc("""Hi Ciara,
Thanks for applying to Pennant Sports! Kirsty Lamb from our Talent Acquisition team will call you for a
15-20 minute chat about the Area Manager (North West) role.
Phone number we will call: +353 87 214 6690
Pennant Sports Careers | SmartRecruiters""")
    out.append(pos("smartrecruiters-phone-en", cal("-//SmartRecruiters//Interview Scheduler//EN", f"""
BEGIN:VEVENT
UID:sr-int-1e84f0c2-9a7d-43b1-8c56-0f3d2e9a7b44
DTSTAMP:20250922T090000Z
DTSTART:20250926T083000Z
DTEND:20250926T085000Z
SUMMARY:Phone Interview with Pennant Sports
ORGANIZER;CN=Pennant Sports Careers:mailto:careers@pennantsports.com
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Kirsty Lamb;ROLE=REQ-PARTICIPANT:mailto:kirsty.lamb@pennantsports.com
DESCRIPTION:{d}
LOCATION:Phone
END:VEVENT
"""), "Pennant Sports", "Area Manager (North West)", "recruiter_screen", "kirsty.lamb@pennantsports.com",
        "smartrecruiters-phone-utc-en"))

    d = esc("""Hi Ciara,

Thanks for the call last week. We'd like you to come to our Area Manager Assessment Day at our Warrington
store support centre. You'll be assessed by Lisa Fenwick and Craig Oduya (Regional Trading Manager).
It runs 9:30 to 3:30 and includes a store visit at our Birchwood store, a group task and an interview.

Zainab - Beacon Recruitment (I'll sign you in on the day)""")
    out.append(pos("google-assessment-day-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251111T093000
DTEND;TZID=Europe/London:20251111T153000
DTSTAMP:20251103T141000Z
ORGANIZER;CN=Zainab Hussain:mailto:zainab.hussain@beaconstores.co.uk
UID:0c8k2r6vm4b9e1qph5sgdt3nuf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lisa Fenwick;\
X-NUM-GUESTS=0:mailto:lisa.fenwick@beaconstores.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Craig Oduya;\
X-NUM-GUESTS=0:mailto:craig.oduya@beaconstores.co.uk
DESCRIPTION:{d}
LOCATION:Beacon Store Support Centre\\, Warrington WA3 6WZ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Beacon Discount Stores - Area Manager Assessment Day
TRANSP:OPAQUE
END:VEVENT
""", tz=(LONDON,)), "Beacon Discount Stores", "Area Manager", "onsite",
        "lisa.fenwick@beaconstores.co.uk;craig.oduya@beaconstores.co.uk", "google-assessment-day-coordinator-en"))

    out.append(pos("ios-isp-mail-final-en", cal(IOS, f"""
BEGIN:VEVENT
CREATED:20251014T200512Z
UID:A1D0E7C3-44B2-4F9E-9B1A-6C0E2D7F8A35
DTEND;TZID=Europe/Dublin:20251017T123000
TRANSP:OPAQUE
SUMMARY:Murrow Pets - final interview with Declan
DTSTART;TZID=Europe/Dublin:20251017T113000
DTSTAMP:20251014T200512Z
LOCATION:Murrow Pets\\, Ballincollig\\, Co. Cork
SEQUENCE:0
DESCRIPTION:Ciara\\, final meet with myself re Area Manager Munster. Shane will send directions. Declan
ORGANIZER;CN="Declan Murrow":mailto:murrowpets@eircom.net
ATTENDEE;CN="Declan Murrow";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:murrowpets@eircom.net
ATTENDEE;CN="Ciara Doyle";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
END:VEVENT
""", tz=(DUBLIN,)), "Murrow Pets", "Area Manager Munster", "final", "murrowpets@eircom.net",
        "ios-owner-isp-mail-final-en"))

    d = esc("""Hi Ciara,

Thanks for your application for Store Operations Manager with Lough Home & Living. I'd like to set up a
short call to talk through your experience and the role. I'll ring you - it should take about 20 minutes.

Kate Mullins
Talent Acquisition Partner | Lough Home & Living""")
    out.append(pos("google-recruiter-call-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251021T171500
DTEND;TZID=Europe/Dublin:20251021T173500
DTSTAMP:20251017T101500Z
ORGANIZER;CN=Kate Mullins:mailto:kate.mullins@loughhome.com
UID:4nf8b1rk6t3qc0m9dj2eh5sluo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;\
CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kate Mullins;\
X-NUM-GUESTS=0:mailto:kate.mullins@loughhome.com
DESCRIPTION:{d}
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call: Ciara Doyle / Kate Mullins (Lough Home)
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Lough Home & Living", "Store Operations Manager", "recruiter_screen",
        "kate.mullins@loughhome.com", "google-recruiter-call-en"))

    d = esc("""Dear Ciara,

Thank you for your application for the position of Garden Centre Operations Manager. Please see below the
details of your telephone interview with Úna Brogan (HR Manager).

Regards,
Glenview Garden Centres HR""")
    out.append(pos("outlook-utc-zone-phone-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Brogan, Úna":mailto:una.brogan@glenview.ie
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E00800000000C7B8A9F0E1D2DC0100000000000000001000000066778899AABB0011
SUMMARY;LANGUAGE=en-IE:Telephone Interview - Garden Centre Operations Manager
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250924T110000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250924T113000
DTSTAMP:20250919T143000Z
LOCATION;LANGUAGE=en-IE:Telephone
SEQUENCE:0
END:VEVENT
""", tz=(WIN_UTC0,)), "Glenview Garden Centres", "Garden Centre Operations Manager", "recruiter_screen",
        "una.brogan@glenview.ie", "outlook-utc-zone-phone-en"))
    return out
