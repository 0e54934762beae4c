"""holdout70: the user's own interviews for US/remote roles, in English (part B)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def events() -> list[dict[str, str]]:
    out = []

    uid = "lever-interview-3e9a0f4c-7b21-46d8-a0c5-92e1f7d3b468"
    out.append(item("lever-takehome-en", cal("-//Lever//Lever Hire//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250225T205511Z
        DTSTART;TZID=America/Los_Angeles:20250303T100000
        DTEND;TZID=America/Los_Angeles:20250303T110000
        SUMMARY:Tidepool Snacks: Take-home review with Mariana Gutiérrez Salas
        ORGANIZER;CN=Sam Whitaker:mailto:sam@tidepoolsnacks.com
        ATTENDEE;CN=Sam Whitaker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam@tidepoolsnacks.com
        ATTENDEE;CN=Olivia Chen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia@tidepoolsnacks.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:https://meet.google.com/ftu-ncqr-xow
        DESCRIPTION:Hey Mariana\,\n\nThanks for sending the take-home (the seaweed chips launch brief). In this ho
        |ur Olivia and I will walk through it with you and dig into your assumptions. Role: Brand Manager (remote\,
        | LatAm time zones ok).\n\nSam Whitaker\, VP Marketing\n\nInterview scheduled via Lever
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tzs=("la",)), uid, True, "Tidepool Snacks", "Brand Manager", "technical",
        "sam@tidepoolsnacks.com;olivia@tidepoolsnacks.com", "lever-takehome-en"))

    uid = "WD-CAL-R20331-0407-ORCHARDLANE-a3f9e1@myworkday.com"
    out.append(item("workday-final-chicago-en", cal("-//Workday Inc.//Workday Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250401T150704Z
        DTSTART;TZID=America/Chicago:20250407T090000
        DTEND;TZID=America/Chicago:20250407T120000
        SUMMARY:Final Round Interview - Brand Manager\, Multicultural Marketing (R-20331)
        ORGANIZER;CN=Orchard Lane Brands Recruiting:mailto:recruiting@orchardlanebrands.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Kevin Marsh;ROLE=REQ-PARTICIPANT:mailto:kevin.marsh@orchardlanebrands.com
        ATTENDEE;CN=Laura Jiménez;ROLE=REQ-PARTICIPANT:mailto:laura.jimenez@orchardlanebrands.com
        ATTENDEE;CN=Brian O'Neill;ROLE=REQ-PARTICIPANT:mailto:brian.oneill@orchardlanebrands.com
        LOCATION:Microsoft Teams
        DESCRIPTION:Dear Mariana\,\n\nCongratulations on advancing to the final round for Brand Manager\, Multicul
        |tural Marketing at Orchard Lane Brands. You will meet with:\n\n9:00 AM CT - Kevin Marsh\, VP Marketing\n1
        |0:00 AM CT - Laura Jiménez\, Director\, Multicultural Marketing\n11:00 AM CT - Brian O'Neill\, Customer Ma
        |rketing Lead\n\n@@TEAMS_EN:266 108 374 920|Jd2Qm9|M2FhOTEw@@\n\nThis invitation was sent from Workday.
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("chicago",)), uid, True, "Orchard Lane Brands", "Brand Manager, Multicultural Marketing", "final",
        "kevin.marsh@orchardlanebrands.com;laura.jimenez@orchardlanebrands.com;brian.oneill@orchardlanebrands.com",
        "workday-final-chicago-en"))

    uid = ("040000008200E00074C5B7101A82E00800000000B3E82C5D3F86DB01000000000000000010000000"
           "AE71F4C2096D3B4E9C5F1A08B7E42D65")
    out.append(item("bookings-screen-en", cal(EXCHANGE, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN=Harbor & Pine Talent:mailto:HarborPineTalent@harborandpine.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gt
        |z.salas@hotmail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Jess Moreno:mailto:jess.moreno@harborandpine.
        |com
        DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Recruiter Screen (30 min) - Senior Brand
        | Manager\, Home Decor\nStaff: Jess Moreno\nCustomer: Mariana Gutiérrez Salas\n\n@@TEAMS_EN:254 910 371 806|
        |Ub8wKe|ZTE3YjIy@@\n\nNeed to make changes? Manage your booking: https://outlook.office365.com/owa/calendar
        |/HarborPineTalent@harborandpine.com/bookings/
        SUMMARY;LANGUAGE=en-US:Recruiter Screen (30 min) - Senior Brand Manager\, Home Decor
        DTSTART;TZID=Pacific Standard Time:20250306T080000
        DTEND;TZID=Pacific Standard Time:20250306T083000
        UID:{uid}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20250303T213318Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """, tzs=("pacific_win",)), uid, True, "Harbor & Pine", "Senior Brand Manager, Home Decor", "recruiter_screen",
        "jess.moreno@harborandpine.com", "ms-bookings-pacific-en"))

    uid = "d41e7a0b-95c3-4f28-b6e1-70a2c8f3d519"
    out.append(item("calendly-recruiter-en", cal("-//Calendly//Calendly//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250226T173012Z
        DTSTART:20250303T200000Z
        DTEND:20250303T203000Z
        SUMMARY:30 Minute Recruiter Call between Megan Ruiz and Mariana Gutiérrez Salas
        ORGANIZER;CN=Megan Ruiz:mailto:megan.ruiz@aurorapetcare.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mariana.gtz.salas@hotmail
        |.com
        ATTENDEE;CN=Megan Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:megan.ruiz@aurorapetcare.com
        LOCATION:Megan will call the invitee at +52 55 4182 9033
        DESCRIPTION:Event Name: 30 Minute Recruiter Call\n\nLocation: Megan will call the invitee at +52 55 4182 90
        |33\n\nPlease share anything that will help prepare for our meeting.: Applied to Senior Brand Manager\, La
        |tin America (Aurora Pet Care) - based in CDMX\, open to remote.\n\nNeed to make changes to this event?\nCa
        |ncel: https://calendly.com/cancellations/d41e7a0b\nReschedule: https://calendly.com/reschedulings/d41e7a0b
        |\n\nPowered by Calendly.com
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Aurora Pet Care", "Senior Brand Manager, Latin America", "recruiter_screen",
        "megan.ruiz@aurorapetcare.com", "calendly-phone-company-in-notes-en"))

    uid = "4tvb2o1h8k6m0sqpd7gjc3rnae@google.com"
    out.append(item("greenhouse-portfolio-en", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250318T153000Z
        DTEND:20250318T163000Z
        DTSTAMP:20250313T204512Z
        ORGANIZER;CN=Everbloom Recruiting:mailto:recruiting@everbloomgoods.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nicole Park;X-NUM-GUESTS=0:ma
        |ilto:nicole.park@everbloomgoods.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ethan Cole;X-NUM-GUESTS=0:ma
        |ilto:ethan.cole@everbloomgoods.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250313T204510Z
        DESCRIPTION:Hi Mariana - your portfolio review for the Brand Manager\, Personal Care (Remote) role at Ever
        |bloom Goods is confirmed. Please prepare 2-3 campaigns you led end to end; Nicole (Group Brand Director)
        | and Ethan (Creative Director) will ask about results and trade-offs.\n\n@@ZOOM_EN:837 9021 5568|662047@@\n
        |\nScheduled via Greenhouse
        LAST-MODIFIED:20250313T204512Z
        LOCATION:https://us02web.zoom.us/j/83790215568
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Everbloom Goods | Portfolio Review - Mariana Gutiérrez Salas
        TRANSP:OPAQUE
        END:VEVENT
        """), uid, True, "Everbloom Goods", "Brand Manager, Personal Care (Remote)", "technical",
        "nicole.park@everbloomgoods.com;ethan.cole@everbloomgoods.com", "greenhouse-portfolio-en"))

    uid = "6gq1d9m4vt0lhn2c8eksbrp37o@google.com"
    out.append(item("founder-gmail-intro-en", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20250227T160000
        DTEND;TZID=America/Chicago:20250227T163000
        DTSTAMP:20250222T032106Z
        ORGANIZER;CN=Mateo Alvarado:mailto:mateo.alvarado.qb@gmail.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mateo Alvarado;X-NUM-GUESTS
        |=0:mailto:mateo.alvarado.qb@gmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250222T032104Z
        DESCRIPTION:Hey Mariana! Loved your note on LinkedIn. We're a small team in Austin making horchata and ta
        |marindo cold brews (Quetzal Bev) and we're hiring our first Head of Marketing. Let's do a quick intro ca
        |ll and I'll tell you where we are. - Mateo (co-founder)\n\n@@MEET_EN:cnx-hdwa-vqe|307 556 981@@
        LAST-MODIFIED:20250222T032106Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Intro call - Quetzal Bev / Mariana
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("chicago",)), uid, True, "Quetzal Beverage Co.", "Head of Marketing", "",
        "mateo.alvarado.qb@gmail.com", "founder-freemail-intro-en"))

    uid = "webex-9f3d2c41e87b4a06-sunridge-hm@sunridgepantry.webex.com"
    out.append(item("webex-hm-en", cal("-//Cisco//Webex//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250317T132055Z
        DTSTART;TZID=America/New_York:20250320T113000
        DTEND;TZID=America/New_York:20250320T121500
        SUMMARY:Sunridge Pantry | Hiring Manager Interview - Senior Brand Manager
        ORGANIZER;CN=Dana Kowalski:mailto:dkowalski@sunridgepantry.com
        ATTENDEE;CN=Gregory Hale;ROLE=REQ-PARTICIPANT:mailto:ghale@sunridgepantry.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Dana Kowalski;ROLE=OPT-PARTICIPANT:mailto:dkowalski@sunridgepantry.com
        LOCATION:Webex
        DESCRIPTION:Hi Mariana\, as discussed\, here is your interview with Gregory Hale\, Marketing Director and h
        |iring manager for the Senior Brand Manager (pantry staples\, Hispanic shopper) role. I set it up but wil
        |l not join.\n\nDana Kowalski\, Talent Acquisition\n\n@@WEBEX_EN:sunridgepantry|2634 118 9052|Brand25!@@
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("ny",)), uid, True, "Sunridge Pantry", "Senior Brand Manager", "hiring_manager",
        "ghale@sunridgepantry.com", "webex-recruiter-sets-up-en"))

    uid = "3kqd0e7m1b5s8oa9nlc2ht4vfr@google.com"
    out.append(item("user-typed-call-en", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250311T093000
        DTEND;TZID=America/Mexico_City:20250311T100000
        DTSTAMP:20250310T020833Z
        UID:{uid}
        CREATED:20250307T224412Z
        DESCRIPTION:Dana K. (TA) - she calls me. sr brand mgr\, pantry. ask about visa/remote + salary band in USD
        LAST-MODIFIED:20250307T224412Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Sunridge Pantry recruiter call 📞
        TRANSP:OPAQUE
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",), head=("X-WR-CALNAME:Mariana", "X-WR-TIMEZONE:America/Mexico_City")),
        uid, True, "Sunridge Pantry", "sr brand mgr", "recruiter_screen", "Dana K.", "user-typed-phone-en"))

    uid = ("040000008200E00074C5B7101A82E00800000000E0C5A3B1C79ADB01000000000000000010000000"
           "5F2B8D0E1A6C4743B9E2D0F7A1C56B84")
    out.append(item("agency-outlook-hm-en", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Mariana\,\n\nAs promised\, here is the hiring manager interview with our client\, Cascade Ora
        |l Care. You will be speaking with Patricia Wells\, VP Marketing Latin America\, for the Sr. Brand Manager
        |\, Latin America role (Miami or Mexico City). I will not be on the call\; please call me right after.\n\n
        |Best\,\nRyan Fitzgerald\nPrincipal | Consumer Practice\nHollister Search Partners\n\n@@TEAMS_EN:233 874 1
        |05 449|Lk9sVb|OGQ1ZTAx@@
        DTEND;TZID="Eastern Standard Time":20250314T110000
        DTSTAMP:20250311T150922Z
        DTSTART;TZID="Eastern Standard Time":20250314T100000
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN="Fitzgerald, Ryan":mailto:rfitzgerald@hollistersearch.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.com:mailto:mari
        |ana.gtz.salas@hotmail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wells, Patricia":mailto:patricia.wells@c
        |ascadeoralcare.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=en-US:Cascade Oral Care | Sr. Brand Manager\, LatAm - M. Gutiérrez Salas / P. Wells
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("eastern_win",)), uid, True, "Cascade Oral Care", "Sr. Brand Manager, Latin America",
        "hiring_manager", "patricia.wells@cascadeoralcare.com", "agency-names-employer-en"))

    return out
