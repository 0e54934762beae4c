"""holdout96 interviews, part B: Outlook/Exchange, Apple, Thunderbird, Google direct invites (English)."""

from __future__ import annotations

from holdout96ev_boiler import meet_en, teams_en, webex_en, zoom_en
from holdout96ev_ics import (
    APPLE,
    DUBLIN,
    DUBLIN_APPLE,
    EXCHANGE,
    GOOGLE,
    LONDON,
    ME,
    OUTLOOK,
    TBIRD,
    WIN_GMT,
    WIN_UTC0,
    Ev,
    cal,
    esc,
    pos,
)

_U0 = '"(UTC+00:00) Dublin, Edinburgh, Lisbon, London"'


def events() -> list[Ev]:
    out: list[Ev] = []

    plain = """Hi Ciara,

Thank you for coming in last week. Paul and I would like to invite you back for a final conversation about
the Store Operations Manager position. We will meet in the boardroom at our support office in Ashbourne.
Please prepare a short overview (10 mins, no slides needed) of how you would approach our Christmas
trading plan across the 14 stores.

Gillian will meet you at reception.

Kind regards,
Niamh Kavanagh
Chief Operating Officer | Brannigan's Foodstores"""
    d = esc(plain)
    alt = esc("<html><body><p>Hi Ciara,</p><p>Thank you for coming in last week. Paul and I would like to invite "
              "you back for a <b>final conversation</b> about the Store Operations Manager position.</p>"
              "<p>Kind regards,<br>Niamh Kavanagh</p></body></html>")
    out.append(pos("outlook-utc-zone-final-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Kavanagh, Niamh";SENT-BY="mailto:gillian.rooney@brannigans.ie":mailto:niamh.kavanagh@brannigans.ie
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Brannigan, Paul";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:paul.brannigan@brannigans.ie
ATTENDEE;CN="Rooney, Gillian";ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gillian.rooney@brannigans.ie
ATTENDEE;CUTYPE=ROOM;CN="Ashbourne Boardroom";ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:boardroom.ashbourne@brannigans.ie
DESCRIPTION;LANGUAGE=en-US:{d}
UID:040000008200E00074C5B7101A82E008000000004075B1A0C357DC01000000000000000010000000F4B0B7E22A1CD9469A5C77D3E2B41F08
SUMMARY;LANGUAGE=en-US:Final conversation - Store Operations Manager - Ciara Doyle
DTSTART;TZID={_U0}:20251118T110000
DTEND;TZID={_U0}:20251118T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T163208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Brannigan's Support Office\\, Ashbourne - Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-ALT-DESC;FMTTYPE=text/html:{alt}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
""", tz=(WIN_UTC0,)), "Brannigan's Foodstores", "Store Operations Manager", "final",
        "niamh.kavanagh@brannigans.ie;paul.brannigan@brannigans.ie", "outlook-sentby-room-final-en"))

    d = esc("""Ciara,

Good to talk to you through Sean at Retail Recruit. Let's meet for a final chat about the Store Ops
Manager job - I'll show you round the Limerick store and then we can sit down for an hour.

Frank O'Hanlon
Managing Director, O'Hanlon Electrical""")
    out.append(pos("exchange-direct-final-en", cal(EXCHANGE, f"""
BEGIN:VEVENT
ORGANIZER;CN=Frank O'Hanlon:mailto:frank@ohanlons.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com:mailto:{ME}
DESCRIPTION;LANGUAGE=en-GB:{d}
UID:040000008200E00074C5B7101A82E00800000000E0D5F1A4B147DC0100000000000000001000000088A1C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:Ciara / Frank - final chat re Store Ops Manager
DTSTART;TZID=GMT Standard Time:20251125T140000
DTEND;TZID=GMT Standard Time:20251125T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T092210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:O'Hanlon Electrical\\, Childers Road Retail Park\\, Limerick
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
""", tz=(WIN_GMT,)), "O'Hanlon Electrical", "Store Ops Manager", "final", "frank@ohanlons.ie",
        "exchange-md-final-en"))

    d = esc("""Hi Ciara - confirming your final interview for the Area Manager role (Ireland). You'll meet me and
our CEO, Hazel Quinn, at the Dundrum store. Allow 90 minutes incl. a walk of the shop floor.
Ben""")
    out.append(pos("apple-final-en", cal(APPLE, f"""
BEGIN:VEVENT
CREATED:20251021T190455Z
UID:9C4E2F1B-7A3D-4E88-B0C6-51D2E8F7A934
DTEND;TZID=Europe/Dublin:20251029T113000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Tidewater Kids – Area Manager final interview (Ciara Doyle)
LAST-MODIFIED:20251021T190610Z
DTSTAMP:20251021T190610Z
DTSTART;TZID=Europe/Dublin:20251029T100000
LOCATION:Tidewater Kids\\nDundrum Town Centre\\, Level 2\\nDublin 16\\nIreland
SEQUENCE:1
DESCRIPTION:{d}
ORGANIZER;CN="Ben Carrick":mailto:ben.carrick@tidewaterkids.com
ATTENDEE;CN="Ben Carrick";CUTYPE=INDIVIDUAL;EMAIL="ben.carrick@tidewaterkids.com";PARTSTAT=ACCEPTED;\
ROLE=CHAIR:mailto:ben.carrick@tidewaterkids.com
ATTENDEE;CN="Hazel Quinn";CUTYPE=INDIVIDUAL;EMAIL="hazel@tidewaterkids.com";PARTSTAT=NEEDS-ACTION;\
RSVP=TRUE:mailto:hazel@tidewaterkids.com
ATTENDEE;CN="Ciara Doyle";CUTYPE=INDIVIDUAL;EMAIL="{ME}";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
END:VEVENT
""", tz=(DUBLIN_APPLE,)), "Tidewater Kids", "Area Manager", "final",
        "ben.carrick@tidewaterkids.com;hazel@tidewaterkids.com", "apple-macos-final-en"))

    d = esc("""Hi Ciara,

As promised - a working interview for the Operations Manager job. Come to the Ranelagh shop for the
morning rush (7am!), shadow Karen on the floor for a couple of hours and then we'll have a coffee and a
proper chat about opening the next three sites. Wear comfy shoes.

Rónán
Salt & Loaf""")
    out.append(pos("thunderbird-practical-en", cal(TBIRD, f"""
BEGIN:VEVENT
CREATED:20251016T201144Z
LAST-MODIFIED:20251016T201302Z
DTSTAMP:20251016T201302Z
UID:5a0e7d2c-3f19-4b6a-9c81-e2d4f0b7a615
SUMMARY:Working interview - Operations Manager (Salt & Loaf Ranelagh)
ORGANIZER;CN=Rónán Kiely:mailto:ronan@saltandloaf.ie
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}
ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Karen Doran:mailto:karen@saltandloaf.ie
DTSTART;TZID=Europe/Dublin:20251022T070000
DTEND;TZID=Europe/Dublin:20251022T103000
DESCRIPTION:{d}
LOCATION:Salt & Loaf\\, 14 Ranelagh Road\\, Dublin 6
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-GENERATION:2
SEQUENCE:1
END:VEVENT
""", tz=(DUBLIN,)), "Salt & Loaf", "Operations Manager", "technical",
        "ronan@saltandloaf.ie;karen@saltandloaf.ie", "thunderbird-working-interview-en"))

    d = esc("Hi Ciara, as discussed, Declan Hynes from our recruitment team will give you a call on the "
            "number on your CV for an initial chat about the Area Manager role. Thanks, Patricia")
    out.append(pos("outlook-gmt-phone-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Byrne, Patricia":mailto:patricia.byrne@quickpick.ie
ATTENDEE;CN="ciara.doyle.retail@gmail.com";RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Hynes, Declan";RSVP=TRUE:mailto:declan.hynes@quickpick.ie
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E00800000000B0C2EE1F7D3CDC010000000000000000100000001A2B3C4D5E6F
SUMMARY;LANGUAGE=en-IE:QuickPick - Area Manager - telephone interview
DTSTART;TZID="GMT Standard Time":20250930T093000
DTEND;TZID="GMT Standard Time":20250930T100000
DTSTAMP:20250925T103500Z
LOCATION;LANGUAGE=en-IE:Telephone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", tz=(WIN_GMT,)), "QuickPick", "Area Manager", "recruiter_screen", "declan.hynes@quickpick.ie",
        "outlook-windows-zone-phone-en"))

    d = esc("""Video interview with Maeve Lally (Head of Retail) for the Retail Area Manager role.

""" + meet_en("wzr-qmkp-hso", "611283094"))
    out.append(pos("google-export-xwr-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART:20251007T140000Z
DTEND:20251007T144500Z
DTSTAMP:20251003T111500Z
ORGANIZER;CN=Maeve Lally:mailto:maeve.lally@solascosmetics.ie
UID:0b7n3kq2lt8vd5ms4c1hp9a6eg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciara Doyle;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maeve Lally;\
X-NUM-GUESTS=0:mailto:maeve.lally@solascosmetics.ie
DESCRIPTION:{d}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Solas Cosmetics | Retail Area Manager | Ciara Doyle
TRANSP:OPAQUE
END:VEVENT
""", method="PUBLISH", head=("X-WR-CALNAME:ciara.doyle.retail@gmail.com", "X-WR-TIMEZONE:Europe/Dublin")),
        "Solas Cosmetics", "Retail Area Manager", "hiring_manager", "maeve.lally@solascosmetics.ie",
        "google-export-xwr-timezone-en"))

    d = esc("""Hi Ciara,

Final stage for Area Manager (Dublin South West): a store walk at Quaymart Tallaght with Bríd Maher
(Regional Director) followed by a 45 min interview with Bríd and Declan in the store training room.
Please walk the store as if it was in your area and share what you'd fix first.

Thanks,
Lorna - Quaymart Talent Acquisition (coordinating, not attending)""")
    out.append(pos("google-storewalk-final-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251015T093000
DTEND;TZID=Europe/Dublin:20251015T113000
DTSTAMP:20251008T150101Z
ORGANIZER;CN=Lorna Whelan:mailto:lorna.whelan@quaymart.ie
UID:3r6uebp5j1kd0v2fbl9n8c4qoe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bríd Maher;\
X-NUM-GUESTS=0:mailto:brid.maher@quaymart.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Declan Furlong;\
X-NUM-GUESTS=0:mailto:declan.furlong@quaymart.ie
DESCRIPTION:{d}
LOCATION:Quaymart Tallaght\\, The Square\\, Dublin 24
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quaymart - Final stage (store walk + interview) - Ciara Doyle
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Quaymart", "Area Manager (Dublin South West)", "final",
        "brid.maher@quaymart.ie;declan.furlong@quaymart.ie", "google-coordinator-storewalk-en"))

    d = esc("""Hi Ciara,

Thanks again for your time on the phone with Orla. Next step is an onsite interview at our head office
in Galway with me (Head of Retail) - we'll spend an hour together and then visit the Shop Street store.

Colm Fahy
Corrib Outdoor""")
    out.append(pos("google-onsite-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251002T110000
DTEND;TZID=Europe/Dublin:20251002T130000
DTSTAMP:20250924T092000Z
ORGANIZER;CN=Colm Fahy:mailto:colm.fahy@corriboutdoor.ie
UID:1fq8d0hnpv4b7gk2m3ca6e9tsl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Colm Fahy;\
X-NUM-GUESTS=0:mailto:colm.fahy@corriboutdoor.ie
DESCRIPTION:{d}
LOCATION:Corrib Outdoor Head Office\\, Galway Business Park\\, Dangan\\, Galway
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Corrib Outdoor - onsite interview (Galway) - Regional Store Operations Lead
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Corrib Outdoor", "Regional Store Operations Lead", "onsite", "colm.fahy@corriboutdoor.ie"))

    d = esc("""Ciara - final stage for Area Manager - South West. 45 mins with me and our CFO, Ruth Penhaligon.
Hannah will send over the pre-read.

""" + teams_en("NzE4YjQwZmUtMmI2", "Hk49vT", "a8e1b2c3-d4e5-4f60-9718-293a4b5c6d7e"))
    out.append(pos("outlook-teams-final-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Whitmore, James":mailto:james.whitmore@kestrelshoes.co.uk
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Penhaligon, Ruth";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruth.penhaligon@kestrelshoes.co.uk
ATTENDEE;CN="Coyle, Hannah";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:hannah.coyle@kestrelshoes.co.uk
DESCRIPTION;LANGUAGE=en-GB:{d}
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000AB12CD34EF56AB78CD90EF12
SUMMARY;LANGUAGE=en-GB:Final interview: Ciara Doyle - Area Manager SW
DTSTART;TZID={_U0}:20251106T150000
DTEND;TZID={_U0}:20251106T154500
DTSTAMP:20251030T081122Z
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
SEQUENCE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YjQwZmUtMmI2%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
END:VEVENT
""", tz=(WIN_UTC0,)), "Kestrel Footwear", "Area Manager SW", "final",
        "james.whitmore@kestrelshoes.co.uk;ruth.penhaligon@kestrelshoes.co.uk", "outlook-optional-coordinator-en"))

    d = esc("""Hi Ciara,

Thanks for your time on the phone. We'd like to invite you to an interview for the Area Manager role covering
our Yorkshire stores, with Graham Pickles (Regional Operations Manager).

""" + webex_en("2641 883 0175", "Veg2025!", "mgg"))
    out.append(pos("webex-abbrev-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="MGG Talent":mailto:talent@mgg.co.uk
ATTENDEE;CN="Ciara Doyle";RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Pickles, Graham";RSVP=TRUE:mailto:graham.pickles@mgg.co.uk
DESCRIPTION:{d}
UID:040000008200E00074C5B7101A82E00800000000F7A8B9C0D1E2DC010000000000000000100000009988776655443322
SUMMARY:MGG Area Manager interview - Ciara Doyle
DTSTART;TZID="GMT Standard Time":20251028T110000
DTEND;TZID="GMT Standard Time":20251028T120000
DTSTAMP:20251022T134000Z
LOCATION:Webex
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "Marlow Green Grocers", "Area Manager", "hiring_manager", "graham.pickles@mgg.co.uk",
        "webex-abbreviation-en"))

    d = esc("""Ciara Doyle - Case study presentation (Regional Retail Manager)

Interviewers: Owen Pryce (Director of Retail), Leah Stanton (Regional Retail Manager, Wales)
Format: 20 min presentation of the case study sent on Monday + 40 min Q&A

""" + zoom_en("Owen Pryce", "91277340558", "408812", "halcyon"))
    out.append(pos("ashby-case-en", cal("-//Ashby//Ashby Scheduling//EN", f"""
BEGIN:VEVENT
UID:ashby-interview-event-0c9f6a21-1b3e-4d8a-97e5-4c2f8b1d6e03
DTSTAMP:20251111T120000Z
DTSTART;TZID=Europe/London:20251119T100000
DTEND;TZID=Europe/London:20251119T110000
SUMMARY:Case Study - Regional Retail Manager - Halcyon Optical
ORGANIZER;CN=Halcyon Optical Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Owen Pryce;ROLE=REQ-PARTICIPANT:mailto:owen.pryce@halcyonoptical.co.uk
ATTENDEE;CN=Leah Stanton;ROLE=REQ-PARTICIPANT:mailto:leah.stanton@halcyonoptical.co.uk
DESCRIPTION:{d}
LOCATION:Zoom
END:VEVENT
""", tz=(LONDON,)), "Halcyon Optical", "Regional Retail Manager", "technical",
        "owen.pryce@halcyonoptical.co.uk;leah.stanton@halcyonoptical.co.uk", "ashby-case-study-en"))

    d = esc("""Recruiter screen for Regional Retail Manager.
Alfie Dunn will call you on +353 87 214 6690.

Scheduled via Ashby""")
    out.append(pos("ashby-phone-en", cal("-//Ashby//Ashby Scheduling//EN", f"""
BEGIN:VEVENT
UID:ashby-interview-event-7e2d14b0-88a1-4f5c-b3d2-1a9e0c6f4d57
DTSTAMP:20251029T164000Z
DTSTART:20251103T120000Z
DTEND:20251103T123000Z
SUMMARY:Ciara Doyle <> Alfie Dunn (Halcyon Optical)
ORGANIZER;CN=Halcyon Optical Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Alfie Dunn;ROLE=REQ-PARTICIPANT:mailto:alfie.dunn@halcyonoptical.co.uk
DESCRIPTION:{d}
LOCATION:Phone
END:VEVENT
"""), "Halcyon Optical", "Regional Retail Manager", "recruiter_screen", "alfie.dunn@halcyonoptical.co.uk",
        "ashby-phone-screen-en"))

    d = esc("""Hi Ciara,

Thanks for applying for Area Manager, London! This is a 30 minute Zoom call with Nadia Rahman from
our Talent team.

""" + zoom_en("Nadia Rahman", "83350216671", "730041") + """

Everly Talent | via Greenhouse""")
    out.append(pos("greenhouse-zoom-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART:20251023T100000Z
DTEND:20251023T103000Z
DTSTAMP:20251017T091212Z
ORGANIZER;CN=Nadia Rahman:mailto:nadia.rahman@everly.co.uk
UID:7hc2a9rk0ufm1q8bes5d3p4j6t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nadia Rahman;\
X-NUM-GUESTS=0:mailto:nadia.rahman@everly.co.uk
DESCRIPTION:{d}
LOCATION:https://us06web.zoom.us/j/83350216671?pwd=730041Xk2Lm9QaZ1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Everly - Ciara Doyle - Talent Screen
TRANSP:OPAQUE
END:VEVENT
"""), "Everly", "Area Manager, London", "recruiter_screen", "nadia.rahman@everly.co.uk"))

    d = esc("""Ciara - final step. Meet me at our Rathmines store; we'll walk it together and then go for a coffee
and talk about the Area Manager role and the three new stores opening in 2026.
Conall Reddy, Head of Retail""")
    out.append(pos("google-direct-final-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251024T140000
DTEND;TZID=Europe/Dublin:20251024T153000
DTSTAMP:20251017T180032Z
ORGANIZER;CN=Conall Reddy:mailto:conall@greenlanehealth.ie
UID:2s9pcf6gq0e4nb8mu1l7v3k5hd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ciara Doyle;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Conall Reddy;\
X-NUM-GUESTS=0:mailto:conall@greenlanehealth.ie
DESCRIPTION:{d}
LOCATION:Greenlane Health Stores\\, 212 Lower Rathmines Road\\, Dublin 6
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Greenlane final - Ciara Doyle / Conall
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Greenlane Health Stores", "Area Manager", "final", "conall@greenlanehealth.ie",
        "google-direct-short-final-en"))
    return out

