"""holdout70: the user's own interviews for US/remote roles, in English (part A)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[dict[str, str]]:
    out = []

    uid = "5r2nf8c0u1mq7b4kdoe9l3taj6@google.com"
    out.append(item("greenhouse-screen-en", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250212T160000Z
        DTEND:20250212T163000Z
        DTSTAMP:20250207T215510Z
        ORGANIZER;CN=Alyssa Brooks:mailto:alyssa.brooks@brillanzabeauty.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alyssa Brooks;X-NUM-GUESTS=
        |0:mailto:alyssa.brooks@brillanzabeauty.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250207T215508Z
        DESCRIPTION:Hi Mariana\,\n\nThanks for applying to Brillanza Beauty! This is a 30-minute introductory call
        | with me to talk through the Brand Manager\, LatAm Growth role (remote - Mexico or US)\, your background
        | and what you are looking for next.\n\nTalk soon\,\nAlyssa Brooks\nTalent Acquisition\, Brillanza Beauty\n
        |\n@@MEET_EN:vbk-tqzd-fhm|851 204 337@@
        LAST-MODIFIED:20250207T215510Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Brillanza Beauty - Recruiter Screen (Mariana Gutiérrez Salas)
        TRANSP:OPAQUE
        END:VEVENT
        """, head=("X-WR-TIMEZONE:America/New_York",)), uid, True, "Brillanza Beauty", "Brand Manager, LatAm Growth",
        "recruiter_screen", "alyssa.brooks@brillanzabeauty.com", "greenhouse-google-en"))

    uid = "0d6kq9fs3b8mv1eprl2t5o7hcu@google.com"
    out.append(item("greenhouse-virtual-onsite-en", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20250304T110000
        DTEND;TZID=America/New_York:20250304T133000
        DTSTAMP:20250226T191244Z
        ORGANIZER;CN=Chris Nakamura:mailto:chris.nakamura@brillanzabeauty.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jordan Blake;X-NUM-GUESTS=0:
        |mailto:jordan.blake@brillanzabeauty.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Raman;X-NUM-GUESTS=0:m
        |ailto:priya.raman@brillanzabeauty.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucas Ferreira;X-NUM-GUESTS=
        |0:mailto:lucas.ferreira@brillanzabeauty.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Chris Nakamura;X-NUM-GUESTS=
        |0:mailto:chris.nakamura@brillanzabeauty.com
        CREATED:20250226T191240Z
        DESCRIPTION:Hi Mariana\,\n\nHere is your virtual onsite for Brand Manager\, LatAm Growth. All sessions use
        | the same Zoom link.\n\n11:00-11:45 ET  Jordan Blake\, Director of Brand Marketing (hiring manager)\n11:45-
        |12:30 ET  Priya Raman\, Senior Manager\, Consumer Insights\n12:30-12:45 ET  Break\n12:45-13:30 ET  Lucas Fe
        |rreira\, VP Marketing Americas\n\nI'm your Recruiting Coordinator - ping me on this thread if anything co
        |mes up.\nChris Nakamura\n\n@@ZOOM_EN:815 3370 9926|204418@@
        LAST-MODIFIED:20250226T191244Z
        LOCATION:https://us02web.zoom.us/j/81533709926
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Virtual Onsite: Mariana Gutiérrez Salas - Brand Manager\, LatAm Growth
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("ny",), head=("X-WR-TIMEZONE:America/New_York",)), uid, True, "Brillanza Beauty",
        "Brand Manager, LatAm Growth", "onsite",
        "jordan.blake@brillanzabeauty.com;priya.raman@brillanzabeauty.com;lucas.ferreira@brillanzabeauty.com",
        "greenhouse-virtual-onsite-coordinator-en"))

    uid = "ashby-interview-schedule-9b7e1c34-2a5d-4f60-8e21-d4c0b93fa715"
    out.append(item("ashby-hm-en", cal("-//Ashby//Ashby Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250213T224016Z
        DTSTART:20250219T190000Z
        DTEND:20250219T194500Z
        SUMMARY:Interview with Luma Beverages: Mariana Gutiérrez Salas <> Dana Whitfield
        ORGANIZER;CN=Luma Beverages Recruiting:mailto:recruiting@lumabev.com
        ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dana@lumabev.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz.s
        |alas@hotmail.com
        LOCATION:https://meet.google.com/qxe-moaj-kbd
        DESCRIPTION:Hi Mariana\,\n\nYou're confirmed for a 45-minute conversation with Dana Whitfield (Head of Bran
        |d) for the Brand Marketing Manager\, LATAM & US Hispanic role. Dana leads the team this role sits on.\n\nJ
        |oin: https://meet.google.com/qxe-moaj-kbd\n\nNeed to reschedule? Reply to this email.\n\nScheduled with Ash
        |by
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """), uid, True, "Luma Beverages", "Brand Marketing Manager, LATAM & US Hispanic", "hiring_manager",
        "dana@lumabev.com", "ashby-en"))

    uid = "ashby-interview-schedule-41c0e8d7-6f93-4b2a-a5e4-7d18c2b60f39"
    out.append(item("ashby-case-panel-en", cal("-//Ashby//Ashby Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250303T170509Z
        DTSTART;TZID=America/Los_Angeles:20250311T090000
        DTEND;TZID=America/Los_Angeles:20250311T103000
        SUMMARY:Luma Beverages - Case Presentation (Brand Marketing Manager\, LATAM & US Hispanic)
        ORGANIZER;CN=Noah Bennett:mailto:noah.bennett@lumabev.com
        ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:dana@lumabev.com
        ATTENDEE;CN=Marco Díaz;ROLE=REQ-PARTICIPANT:mailto:marco.diaz@lumabev.com
        ATTENDEE;CN=Hannah Lee;ROLE=REQ-PARTICIPANT:mailto:hannah.lee@lumabev.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Noah Bennett;ROLE=NON-PARTICIPANT:mailto:noah.bennett@lumabev.com
        LOCATION:Zoom
        DESCRIPTION:Hi Mariana\, excited for your case presentation! You'll present your go-to-market plan for Lum
        |a Sparkling Agua Fresca in Texas (30 min) followed by Q&A with the panel:\n- Dana Whitfield\, Head of Bra
        |nd\n- Marco Díaz\, Sales Director\, Southwest\n- Hannah Lee\, Growth Marketing Manager\n\nI'll be on the c
        |all at the start to handle logistics. Times are Pacific.\n\nNoah Bennett\, Recruiting Coordinator\n\n@@ZO
        |OM_EN:862 4419 0573|735512@@\n\nScheduled with Ashby
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tzs=("la",)), uid, True, "Luma Beverages", "Brand Marketing Manager, LATAM & US Hispanic", "technical",
        "dana@lumabev.com;marco.diaz@lumabev.com;hannah.lee@lumabev.com", "ashby-case-panel-en"))

    uid = "gt-evt-5b8f2d71c0a94e3b9d16@goodtime.io"
    out.append(item("goodtime-phone-en", cal("-//GoodTime.io//Interview Scheduler//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250210T143322Z
        DTSTART:20250214T170000Z
        DTEND:20250214T173000Z
        SUMMARY:Phone Screen: Mariana Gutierrez Salas | Brand Manager - Hispanic Marketing | Northbeam Foods
        ORGANIZER;CN=Northbeam Foods Talent:mailto:talent-scheduling@northbeamfoods.com
        ATTENDEE;CN=Kelsey Tran;ROLE=REQ-PARTICIPANT:mailto:kelsey.tran@northbeamfoods.com
        ATTENDEE;CN=Mariana Gutierrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Phone - Kelsey will call you at +52 55 4182 9033
        DESCRIPTION:Hi Mariana\,\n\nYour phone screen is confirmed.\n\nInterviewer: Kelsey Tran\, Senior Technical
        | Recruiter\nWhen: Friday\, February 14\, 11:00 AM - 11:30 AM (CST - Mexico City)\nFormat: Phone call. Kel
        |sey will call the number on your application.\n\nNeed to make a change? Use the link in your confirmatio
        |n email.\n\nPowered by GoodTime
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Northbeam Foods", "Brand Manager - Hispanic Marketing", "recruiter_screen",
        "kelsey.tran@northbeamfoods.com", "goodtime-phone-screen-en"))

    uid = ("040000008200E00074C5B7101A82E008000000001D46B9F2A89DDB01000000000000000010000000"
           "93A1E6D05C7B2F4B8D0E4A1C6F39B7D2")
    out.append(item("goodtime-outlook-final-en", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Final Round - Northbeam Foods\n\nCandidate: Mariana Gutierrez Salas\nPosition: Brand Manager -
        | Hispanic Marketing\n\nSchedule (Eastern Time):\n1:00 PM Rachel Okafor\, Senior Director\, Brand Marketin
        |g\n1:45 PM Tom Lindqvist\, VP Marketing\n2:30 PM Gabriela Soto\, Director\, Multicultural Insights\n\nYou
        |r coordinator for the day is Evan Price (not interviewing).\n\n@@TEAMS_EN:291 440 836 157|Yt7RwQ|NGE4ZmM5@@
        |\n\nScheduled with GoodTime
        DTEND;TZID="Eastern Standard Time":20250326T151500
        DTSTAMP:20250319T160244Z
        DTSTART;TZID="Eastern Standard Time":20250326T130000
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN="Price, Evan";SENT-BY="mailto:talent-scheduling@northbeamfoods.com":mailto:evan.price@northbe
        |amfoods.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okafor, Rachel":mailto:rachel.okafor@nort
        |hbeamfoods.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Tom":mailto:tom.lindqvist@nort
        |hbeamfoods.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Soto, Gabriela":mailto:gabriela.soto@nort
        |hbeamfoods.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutierrez Salas:mailto:mariana.gtz
        |.salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=en-US:Final Round - Northbeam Foods - Mariana Gutierrez Salas
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("eastern_win",)), uid, True, "Northbeam Foods", "Brand Manager - Hispanic Marketing", "final",
        "rachel.okafor@northbeamfoods.com;tom.lindqvist@northbeamfoods.com;gabriela.soto@northbeamfoods.com",
        "goodtime-outlook-sent-by-final-en"))

    uid = "2f1a9c7e-48d3-4b06-9e5a-c3b17d02f4e6@Cal.com"
    out.append(item("calcom-founder-proton-en", cal("-//Cal.com Inc.//Cal.com Event//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        SUMMARY:Marketing Lead chat between Tess Harlow and Mariana Gutiérrez Salas
        DTSTAMP:20250221T011930Z
        DTSTART:20250224T220000Z
        DTEND:20250224T224500Z
        DESCRIPTION:What: Marketing Lead chat\nInvitee Time Zone: America/Mexico_City\nWho:\n- Tess Harlow - Organi
        |zer\n  tess.harlow@proton.me\n- Mariana Gutiérrez Salas\n  mariana.gtz.salas@hotmail.com\nWhere: Cal Video
        |\nAdditional notes: Hi Tess! Excited to talk about Fable & Fig and the marketing lead role for the Mexi
        |co launch.\n\nNeed to make a change? Reschedule or cancel: https://cal.com/booking/7Hq2vXn
        ORGANIZER;CN=Tess Harlow:mailto:tess.harlow@proton.me
        ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz.sal
        |as@hotmail.com
        LOCATION:https://app.cal.com/video/7Hq2vXnPz
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Fable & Fig", "Marketing Lead", "", "tess.harlow@proton.me", "calcom-founder-freemail-en"))

    uid = "ml-5e0c91a7-3b2d-4f86-b1d4-8a7e6c2f09b3@modernloop.io"
    out.append(item("modernloop-hm-en", cal("-//ModernLoop//Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250305T182210Z
        DTSTART;TZID=America/New_York:20250312T140000
        DTEND;TZID=America/New_York:20250312T150000
        SUMMARY:Interview: Mariana Gutierrez Salas - Associate Director\, Brand Marketing (Hispanic Consumer)
        ORGANIZER;CN=Brightwell Recruiting:mailto:recruiting-scheduling@brightwellhealth.com
        ATTENDEE;CN=Melissa Grant;ROLE=REQ-PARTICIPANT:mailto:melissa.grant@brightwellhealth.com
        ATTENDEE;CN=Daniel Ortiz;ROLE=REQ-PARTICIPANT:mailto:daniel.ortiz@brightwellhealth.com
        ATTENDEE;CN=Mariana Gutierrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Zoom
        DESCRIPTION:Brightwell Consumer Health - Interview Itinerary\n\n2:00 PM - 2:30 PM EDT  Melissa Grant (Senior
        | Director\, Brand Marketing - Hiring Manager)\n2:30 PM - 3:00 PM EDT  Daniel Ortiz (Brand Manager\, Digest
        |ive Health)\n\n@@ZOOM_EN:874 2210 3396|119870@@\n\nThis interview was scheduled with ModernLoop.
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("ny",)), uid, True, "Brightwell Consumer Health",
        "Associate Director, Brand Marketing (Hispanic Consumer)", "hiring_manager",
        "melissa.grant@brightwellhealth.com;daniel.ortiz@brightwellhealth.com", "modernloop-itinerary-en"))

    return out
