"""holdout96 interviews, part C: hand-typed entries, agencies, free-mail founders, odd time shapes."""

from __future__ import annotations

from holdout96ev_boiler import meet_en, teams_en
from holdout96ev_ics import (
    DUBLIN,
    GOOGLE,
    IOS,
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

    out.append(pos("handtyped-floating-en", cal(IOS, """
BEGIN:VEVENT
CREATED:20250927T213301Z
DTEND:20251003T113000
DTSTAMP:20250927T213301Z
DTSTART:20251003T103000
LAST-MODIFIED:20250927T213301Z
LOCATION:Glenview Garden Centre\\, Naas
SEQUENCE:0
SUMMARY:Interview Glenview Garden Centres
TRANSP:OPAQUE
UID:E7B21C44-90D3-4F1A-8C2E-3A6B0D9F1E72
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""", method=None), "Glenview Garden Centres", "", "", "", "handtyped-ios-floating-en"))

    out.append(pos("handtyped-xwr-en", cal(GOOGLE, """
BEGIN:VEVENT
DTSTART:20251009T150000
DTEND:20251009T160000
DTSTAMP:20251001T072855Z
UID:5kq1ne0b8r7lj2dg6v4mh3ctuo@google.com
CREATED:20251001T072810Z
DESCRIPTION:bring brag book + KPI sheet. ask re company car
LAST-MODIFIED:20251001T072855Z
LOCATION:Brightwell Pharmacy support office\\, Blanchardstown
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brightwell 2nd int - Cormac + HR
TRANSP:OPAQUE
END:VEVENT
""", method="PUBLISH", head=("X-WR-CALNAME:Ciara", "X-WR-TIMEZONE:Europe/Dublin")),
        "Brightwell Pharmacy", "", "", "cormac", "handtyped-google-xwr-floating-en"))

    out.append(pos("handtyped-phone-en", cal(GOOGLE, """
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250919T123000
DTEND;TZID=Europe/Dublin:20250919T130000
DTSTAMP:20250917T195002Z
UID:0d4hm9a7oq2vr1e6tkb3c8nfsj@google.com
CREATED:20250917T195002Z
DESCRIPTION:she'll ring me. lunch break - take it in the car
LAST-MODIFIED:20250917T195002Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call w/ Brannigans HR (Aoife) re Store Ops role
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,), method="PUBLISH"), "Brannigan's Foodstores", "Store Ops", "recruiter_screen", "aoife",
        "handtyped-phone-en"))

    d = esc("""Hi Ciara,

Great news - O'Hanlon Electrical would like to meet you for the Store Operations Manager role.

Client: O'Hanlon Electrical
Interviewer: Aidan O'Hanlon, Operations Director
Address: O'Hanlon Electrical, Unit 4, Naas Road Retail Park, Dublin 12
Format: competency based, approx. 1 hour

Give me a shout after and let me know how it went!

Seán McGrath
Senior Consultant | Retail Recruit Ireland
01 555 7788 | retailrecruit.ie""")
    out.append(pos("agency-names-employer-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Seán McGrath":mailto:sean.mcgrath@retailrecruit.ie
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E0080000000010A4C7E2F92ADC01000000000000000010000000D2C4E6F8A0B1C3D5
SUMMARY;LANGUAGE=en-IE:Interview: O'Hanlon Electrical - Store Operations Manager (Ciara Doyle)
DTSTART;TZID="GMT Standard Time":20251106T103000
DTEND;TZID="GMT Standard Time":20251106T113000
DTSTAMP:20251031T140500Z
LOCATION;LANGUAGE=en-IE:O'Hanlon Electrical\\, Naas Road Retail Park\\, Dublin 12
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", tz=(WIN_GMT,)), "O'Hanlon Electrical", "Store Operations Manager", "hiring_manager", "Aidan O'Hanlon",
        "agency-ie-names-client-en"))

    d = esc("""Hi Ciara,

Confirming your final interview with Mercer & Vale for the Area Manager (London South) position.

You will meet Victoria Ashdown (Retail Director) and Sam Tiernan (Head of People).
Please arrive 10 minutes early and ask for Victoria. I've added myself to the invite so I can follow up
with you afterwards - I won't be there on the day.

Best of luck!
Charlotte Greaves
Storefront Talent | Retail Recruitment Specialists""")
    out.append(pos("agency-uk-final-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251202T100000
DTEND;TZID=Europe/London:20251202T113000
DTSTAMP:20251125T110043Z
ORGANIZER;CN=Charlotte Greaves:mailto:charlotte@storefronttalent.co.uk
UID:6vt0r4ap9l2s8hb1mkeqc7d3ng@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Victoria Ashdown;\
X-NUM-GUESTS=0:mailto:victoria.ashdown@mercervale.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Tiernan;\
X-NUM-GUESTS=0:mailto:sam.tiernan@mercervale.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Charlotte Greaves;\
X-NUM-GUESTS=0:mailto:charlotte@storefronttalent.co.uk
DESCRIPTION:{d}
LOCATION:Mercer & Vale\\, 8 Borough High Street\\, London SE1 9QQ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mercer & Vale Final Interview - Ciara Doyle (Storefront Talent)
TRANSP:OPAQUE
END:VEVENT
""", tz=(LONDON,)), "Mercer & Vale", "Area Manager (London South)", "final",
        "victoria.ashdown@mercervale.co.uk;sam.tiernan@mercervale.co.uk", "agency-uk-optional-consultant-final-en"))

    d = esc("""Hi Ciara!

Lovely to hear from you. I'd love to chat about the Head of Retail Operations role - we're growing from
3 shops to 8 next year and I need someone who's run a proper multi-site operation. I'll send a Meet link.

Sinéad
Founder, Patchwork & Co.""")
    out.append(pos("freemail-founder-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250926T190000
DTEND;TZID=Europe/Dublin:20250926T194500
DTSTAMP:20250922T211500Z
ORGANIZER;CN=Sinéad Ní Bhriain:mailto:patchworkandco.sinead@gmail.com
UID:4ab9c0m3o7v1r5t2k8h6qe0dfs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sinéad Ní Bhriain;\
X-NUM-GUESTS=0:mailto:patchworkandco.sinead@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:{d}\\n\\n{esc(meet_en("fdk-tqzu-wbe"))}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ciara / Sinéad - Head of Retail Operations
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Patchwork & Co", "Head of Retail Operations", "", "patchworkandco.sinead@gmail.com",
        "freemail-founder-en"))

    d = esc("""Hi Ciara, thanks for applying for the Retail Operations Lead job at Wild Atlantic Wool. Could we do a
first interview over video? I'll be on from Clifden, the wifi is temperamental so I'll ring you if it drops.
Thanks, Máire

""" + meet_en("ohx-kwpy-ezn"))
    out.append(pos("hotmail-founder-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN=Máire Conneely:mailto:maireconneely@hotmail.com
ATTENDEE;CN=ciara.doyle.retail@gmail.com;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{d}
UID:040000008200E00074C5B7101A82E00800000000C4D8E2A91A3BDC010000000000000000100000004E5F60718293A4B5
SUMMARY:Wild Atlantic Wool - first interview (Retail Operations Lead)
DTSTART;TZID="GMT Standard Time":20251013T180000
DTEND;TZID="GMT Standard Time":20251013T184500
DTSTAMP:20251008T203311Z
LOCATION:Google Meet
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "Wild Atlantic Wool", "Retail Operations Lead", "", "maireconneely@hotmail.com",
        "hotmail-founder-first-interview-en"))

    d = esc("""Trial days for the Store Operations Manager role. Day 1: shadow the Swords store manager for opening,
deliveries and the 11am huddle, then a 1:1 with Gavin. Day 2: run the afternoon shift and present 3
improvement ideas to Gavin at 4pm. Paid at the daily rate we discussed.""")
    out.append(pos("recurring-override-trial-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251117T080000
DTEND;TZID=Europe/Dublin:20251117T140000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20251110T100000Z
ORGANIZER;CN=Gavin Tracey:mailto:gavin.tracey@toyhaven.ie
UID:3n5bq8ofk2ge1h9su0a7cr4mpl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gavin Tracey;\
X-NUM-GUESTS=0:mailto:gavin.tracey@toyhaven.ie
DESCRIPTION:{d}
LOCATION:Toyhaven Swords\\, Pavilions Shopping Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Toyhaven - trial days (Store Operations Manager)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251118T120000
DTEND;TZID=Europe/Dublin:20251118T170000
DTSTAMP:20251112T084500Z
ORGANIZER;CN=Gavin Tracey:mailto:gavin.tracey@toyhaven.ie
UID:3n5bq8ofk2ge1h9su0a7cr4mpl@google.com
RECURRENCE-ID;TZID=Europe/Dublin:20251118T080000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gavin Tracey;\
X-NUM-GUESTS=0:mailto:gavin.tracey@toyhaven.ie
DESCRIPTION:Day 2 moved to the afternoon shift - present your ideas to Gavin at 4pm.
LOCATION:Toyhaven Swords\\, Pavilions Shopping Centre
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Toyhaven - trial day 2 (Store Operations Manager)
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Toyhaven", "Store Operations Manager", "technical", "gavin.tracey@toyhaven.ie",
        "recurring-override-trial-days-en"))

    d = esc("""Hi Ciara, unfortunately Alex has to cancel tomorrow's interview for the Area Manager (Scotland & NI)
role due to a store emergency. We'll be in touch to rearrange. Apologies, Ferrier Recruitment""")
    out.append(pos("cancelled-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Ferrier Recruitment":mailto:recruitment@ferrier.co.uk
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Munro, Alex";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.munro@ferrier.co.uk
DESCRIPTION;LANGUAGE=en-GB:{d}
UID:040000008200E00074C5B7101A82E00800000000A1B9C8D7E6F5DC01000000000000000010000000FE0DCB1A29384756
SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Area Manager (Scotland & NI) - Ciara Doyle
DTSTART;TZID="GMT Standard Time":20251112T090000
DTEND;TZID="GMT Standard Time":20251112T100000
DTSTAMP:20251111T161544Z
STATUS:CANCELLED
PRIORITY:1
SEQUENCE:2
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
""", tz=(WIN_GMT,), method="CANCEL"), "Ferrier Menswear", "Area Manager (Scotland & NI)", "hiring_manager",
        "alex.munro@ferrier.co.uk", "cancelled-method-cancel-en"))

    d = esc("""Hi Ciara,

As discussed on the phone, we've moved your interview with Dervla Hughes (Head of Stores) from Tuesday 4th
to Thursday 6th November, same time. Everything else stays the same.

Interview: Store Operations Manager - Lough Home & Living
Where: Lough Home & Living, Airside Retail Park, Swords (ask for Dervla at customer service)

Thanks,
Kate""")
    out.append(pos("rescheduled-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251106T113000
DTEND;TZID=Europe/Dublin:20251106T123000
DTSTAMP:20251103T094411Z
ORGANIZER;CN=Kate Mullins:mailto:kate.mullins@loughhome.com
UID:7ps2d5g0ck9mv4e1bqj8h3rnat@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dervla Hughes;\
X-NUM-GUESTS=0:mailto:dervla.hughes@loughhome.com
CREATED:20251024T101000Z
DESCRIPTION:{d}
LAST-MODIFIED:20251103T094411Z
LOCATION:Lough Home & Living\\, Airside Retail Park\\, Swords
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Updated invitation: Interview - Store Operations Manager - Lough Home & Living
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Lough Home & Living", "Store Operations Manager", "hiring_manager",
        "dervla.hughes@loughhome.com", "rescheduled-sequence-en"))

    d = esc("""Hi Ciara,

Thank you for applying for Area Manager - Dublin. You are invited to a first interview with
Eimear Costigan, Retail Operations Manager at Vintry Wine Merchants, at our Ranelagh shop.

Kindly confirm your attendance using the candidate home page.""")
    out.append(pos("company-in-body-en", cal("-//Workday Inc//Workday Recruiting//EN", f"""
BEGIN:VEVENT
UID:wd-interview-0f2b7e41c9d3-18832
DTSTAMP:20251020T081500Z
DTSTART;TZID=Europe/Dublin:20251027T140000
DTEND;TZID=Europe/Dublin:20251027T150000
SUMMARY:Your interview - Area Manager - Dublin
ORGANIZER;CN=Recruiting:mailto:vintry@myworkday.com
ATTENDEE;CN=Ciara Doyle;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Eimear Costigan:mailto:eimear.costigan@vintry.ie
DESCRIPTION:{d}
LOCATION:Ranelagh
END:VEVENT
""", tz=(DUBLIN,)), "Vintry Wine Merchants", "Area Manager - Dublin", "hiring_manager",
        "eimear.costigan@vintry.ie", "workday-company-only-in-body-en"))

    d = esc("""Hi Ciara - great to meet you at stage 1. For stage 2 you'll meet myself and Trevor Ardmore (Retail
Director). We'll ask you to talk us through how you'd turn around a store with falling footfall.
Kieran Shiels, AVS""")
    out.append(pos("abbrev-stage2-en", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251120T100000
DTEND;TZID=Europe/Dublin:20251120T111500
DTSTAMP:20251113T153030Z
ORGANIZER;CN=Kieran Shiels:mailto:kieran.shiels@avs-retail.ie
UID:1gq7m3dt5jr0c9k2lbv8uh4aef@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Doyle;\
X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Trevor Ardmore;\
X-NUM-GUESTS=0:mailto:trevor.ardmore@avs-retail.ie
DESCRIPTION:{d}
LOCATION:AVS Head Office\\, Drogheda
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AVS - Area Manager Interview (Stage 2)
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "Ardmore Value Stores", "Area Manager", "",
        "kieran.shiels@avs-retail.ie;trevor.ardmore@avs-retail.ie", "abbreviation-stage2-en"))

    d = esc("""Hi Ciara,

Thank you for your application for Area Manager. We'd like to invite you to a short introductory call with
Roisin Devane from our Talent team on Teams.

""" + teams_en("YzQ1ZmE3MjEtOGRj", "pQ8w2Z") + """
Abbeyfield's Retail Talent""")
    out.append(pos("outlook-teams-screen-en", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Devane, Roisin":mailto:roisin.devane@abbeyfields.ie
ATTENDEE;CN="ciara.doyle.retail@gmail.com";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000A9B8C7D6E5F4A3B2
SUMMARY;LANGUAGE=en-IE:Abbeyfield's - Introductory call - Area Manager
DTSTART;TZID="GMT Standard Time":20251015T163000
DTEND;TZID="GMT Standard Time":20251015T170000
DTSTAMP:20251009T121900Z
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "Abbeyfield's", "Area Manager", "recruiter_screen", "roisin.devane@abbeyfields.ie",
        "outlook-teams-intro-call-en"))
    return out
