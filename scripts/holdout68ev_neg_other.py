"""holdout68 negatives that are not the user's own job interview: practice, webinars, media and research
'interviews', the user's own reviews at Tripwise, networking, fairs, references, agencies naming no employer,
prep blocks and internal meetings."""

from __future__ import annotations

from holdout68ev_ics import USER, WORK, att, item, meet, teams, zoom
from holdout68ev_tools import apple, ats, g_att, google, thunderbird


def _mocks() -> list[dict]:
    out = []
    uid = "3fb7m1x5c9v2q6k0t4r8n2p6da@google.com"
    desc = ("As promised – a full mock before your Kestrel final! I'll play their CPO: 10 min intro, a roadmap "
            "exercise, then hard follow-ups. Brutal feedback at the end :)\n\nAnouk\n\n"
            + meet("en", "mck-anok-rhl", "210 443 981"))
    ics = google(uid=uid, summary="Mock PM interview with Anouk (Kestrel final practice)", start="20260203T200000",
                 end="20260203T211500", organizer=("anouk.devries@gmail.com", "Anouk de Vries"),
                 guests=[g_att("anouk.devries@gmail.com", "Anouk de Vries", "ACCEPTED"), g_att(USER)],
                 desc=desc, conference="https://meet.google.com/mck-anok-rhl", stamp="20260201T190000Z")
    out.append(item("mock-friend-names-company", ics, uid, False, trap="mock-interview-names-company"))

    uid = "ppm-session-77120-rm@practicepm.com"
    desc = ("You're matched with Tomasz W. (Group PM, Warsaw) for a 60-minute peer mock interview on Product "
            "Strategy. You'll interview each other for 25 minutes each and swap feedback.\n\nJoin: "
            "https://practicepm.com/room/77120\n\nHappy practising!\nThe PracticePM team")
    ics = ats(prodid="-//PracticePM//Sessions//EN", uid=uid,
              summary="Peer mock interview: Product Strategy (PracticePM)",
              start="20260207T100000", end="20260207T110000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=PracticePM:mailto:sessions@practicepm.com",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="https://practicepm.com/room/77120")
    out.append(item("mock-peer-platform", ics, uid, False, trap="mock-peer-platform"))
    return out


def _webinars() -> list[dict]:
    out = []
    uid = "zoom-webinar-94410028817-rm@zoom.us"
    desc = ("Hi Rahul,\n\nThank you for registering for \"Cracking the Group PM interview\" by Product People NL.\n\n"
            "Please submit any questions to: events@productpeople.nl\n\nPlease click the link below to join the "
            "webinar:\nhttps://us06web.zoom.us/w/94410028817?tk=Xq9_rm\n\nOr One tap mobile :\n"
            "+31207941375,,94410028817# Netherlands\n\nWebinar ID: 944 1002 8817")
    ics = ats(prodid="-//zoom.us//iCalendar Event//EN", uid=uid, summary="Webinar: Cracking the Group PM interview",
              start="20260115T190000", end="20260115T200000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Product People NL:mailto:no-reply@zoom.us", attendees=[], desc=desc,
              location="https://us06web.zoom.us/w/94410028817?tk=Xq9_rm", method="PUBLISH")
    out.append(item("webinar-interview-tips-en", ics, uid, False, trap="webinar-about-interviews-en"))

    uid = "pw-akademie-webinar-2026-02-gehalt@produktwerkstatt.de"
    desc = ("Hallo Rahul,\n\nschön, dass du dabei bist! Im Webinar „Gehaltsverhandlung für Product Manager“ zeigen "
            "wir, wie du nach dem letzten Vorstellungsgespräch dein Angebot verhandelst.\n\n"
            + zoom("de", "817 0042 5531", "gehalt") + "\n\nDein Team der Produktwerkstatt Akademie")
    ics = ats(prodid="-//Produktwerkstatt Akademie//Events//DE", uid=uid,
              summary="Webinar: Gehaltsverhandlung für Product Manager", start="20260210T180000",
              end="20260210T193000", zone="Europe/Berlin",
              organizer="ORGANIZER;CN=Produktwerkstatt Akademie:mailto:events@produktwerkstatt.de",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Zoom")
    out.append(item("webinar-salary-de", ics, uid, False, trap="webinar-de"))

    uid = "lbh-workshop-star-20260131@loopbaanhuis.nl"
    desc = ("Beste Rahul,\n\nJe bent aangemeld voor de workshop Sollicitatietraining: de STAR-methode. We oefenen in "
            "tweetallen met echte sollicitatievragen en je krijgt feedback van een loopbaancoach.\n\nLocatie: "
            "Loopbaanhuis Amsterdam, Overtoom 301\n\nTot zaterdag!")
    ics = ats(prodid="-//Loopbaanhuis//Agenda//NL", uid=uid, summary="Workshop sollicitatietraining: de STAR-methode",
              start="20260131T100000", end="20260131T130000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Loopbaanhuis Amsterdam:mailto:workshops@loopbaanhuis.nl",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Overtoom 301, Amsterdam")
    out.append(item("class-star-method-nl", ics, uid, False, trap="class-about-interviewing-nl"))
    return out


def _media_research() -> list[dict]:
    out = []
    uid = "6kc0x4v8b2n5q9m3t7r1p5s9ub@google.com"
    desc = ("Research study: booking flow on mobile\nParticipant: P07 (traveller, booked 3+ trips last year)\n"
            "Moderator: Rahul Menon · Note taker: Anna Vos\n\nDiscussion guide: https://docs.google.com/document/d/"
            "1bookingFlowGuide\nIncentive: €50 voucher (sent by Research Ops)\n\n"
            + meet("en", "usr-rsch-p07", "662 909 104"))
    ics = google(uid=uid, summary="User interview – traveller P07 (booking flow)", start="20260121T130000",
                 end="20260121T134500", organizer=("anna.vos@tripwise.nl", "Anna Vos"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("p07.travels@gmail.com", "P07")],
                 desc=desc, conference="https://meet.google.com/usr-rsch-p07", stamp="20260116T101010Z")
    out.append(item("user-research-interview", ics, uid, False, trap="user-research-interview-participant-gmail"))

    uid = "RVM-2026-0211-interview-menon@reisvakmagazine.nl"
    desc = ("Hoi Rahul,\n\nZoals afgesproken bel ik je voor het interview over dynamische prijzen in de reisbranche "
            "voor ons maartnummer. Duurt ongeveer 40 minuten; ik stuur je de quotes vooraf ter controle.\n\n"
            "Groet,\nMark Smeets\nredacteur Reisvak Magazine")
    ics = ats(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", uid=uid,
              summary="Interview Reisvak Magazine – dynamische prijzen", start="20260211T100000",
              end="20260211T104000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Mark Smeets:mailto:m.smeets@reisvakmagazine.nl",
              attendees=[att(WORK, "Rahul Menon")], desc=desc, location="Telefonisch")
    out.append(item("press-interview-nl", ics, uid, False, trap="press-interview-nl"))

    uid = "riverside-rec-2f8a11c0@riverside.fm"
    desc = ("You're invited to record The Product Hour (episode 112: 'Pricing is a product').\n\nHost: Deepa Rao\n"
            "Guest: Rahul Menon (Tripwise)\n\nJoin the studio: https://riverside.fm/studio/the-product-hour?t=8812\n"
            "Use headphones and Chrome; arrive 10 minutes early for a sound check.")
    ics = ats(prodid="-//Riverside.fm//Studio//EN", uid=uid,
              summary="Podcast recording: The Product Hour – guest Rahul Menon", start="20260226T170000",
              end="20260226T180000", zone="Europe/London",
              organizer="ORGANIZER;CN=Deepa Rao:mailto:deepa@theproducthour.fm", attendees=[att(USER, "Rahul Menon")],
              desc=desc, location="https://riverside.fm/studio/the-product-hour")
    out.append(item("podcast-guest", ics, uid, False, trap="podcast-interview-guest"))
    return out


def _own_reviews() -> list[dict]:
    out = []
    uid = "2tg6x0c4v8b1n5q9m3r7k1p5vc@google.com"
    desc = ("Hoi Rahul,\n\nTijd voor ons jaargesprek over 2025: terugblik op je doelen, feedback uit de 360 en je "
            "ontwikkelplan voor dit jaar. Vul je zelfevaluatie vooraf in Lattice in.\n\nMaaike")
    ics = google(uid=uid, summary="Jaargesprek Rahul – 2025", start="20260122T140000", end="20260122T150000",
                 organizer=("maaike.jonker@tripwise.nl", "Maaike Jonker"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("maaike.jonker@tripwise.nl", "Maaike Jonker",
                                                                        "ACCEPTED")],
                 desc=desc, location="TW-AMS-4-Westerpark", stamp="20260112T080000Z")
    out.append(item("own-appraisal-nl", ics, uid, False, trap="own-appraisal-nl"))

    uid = "8rh2x6c0v4b9n3q7m1k5t9p3wd@google.com"
    desc = ("Hi Rahul,\n\nAs part of your offboarding we'd like to hear how your time at Tripwise was: what worked, "
            "what didn't and what would have made you stay. Everything is treated confidentially.\n\nNadia, People "
            "team")
    ics = google(uid=uid, summary="Exit interview – Rahul Menon", start="20260327T110000", end="20260327T114500",
                 organizer=("nadia.elidrissi@tripwise.nl", "Nadia El Idrissi"),
                 guests=[g_att(WORK, "Rahul Menon")], desc=desc, location="TW-AMS-1-Oost", stamp="20260320T090000Z")
    out.append(item("own-exit-interview", ics, uid, False, trap="own-exit-interview"))

    uid = "5wj9x3c7v1b4n8q2m6k0t4p8xe@google.com"
    desc = ("Informal stay interview with the People team: what keeps you at Tripwise, what might make you leave and "
            "what we could do better. Not linked to performance reviews.")
    ics = google(uid=uid, summary="Stay interview – Rahul (People team)", start="20260209T153000",
                 end="20260209T160000", organizer=("nadia.elidrissi@tripwise.nl", "Nadia El Idrissi"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED")], desc=desc, location="TW-AMS-1-Oost",
                 stamp="20260202T090000Z")
    out.append(item("stay-interview-hr", ics, uid, False, trap="stay-interview-internal"))
    return out


def _network() -> list[dict]:
    out = []
    uid = "0yk4x8c2v6b0n3q7m5k9t3p7ye@google.com"
    desc = ("Coffee! Not about a role – happy to tell you what it's like at Voyagr after two years, and what I'd do "
            "differently in a London job search. My treat.\n\nJoris")
    ics = google(uid=uid, summary="Coffee w/ Joris Lammers – career chat", start="20260117T103000",
                 end="20260117T113000", organizer=("joris.lammers@gmail.com", "Joris Lammers"),
                 guests=[g_att("joris.lammers@gmail.com", "Joris Lammers", "ACCEPTED"), g_att(USER, "Rahul Menon")],
                 desc=desc, location="Lot Sixty One, Kinkerstraat 112, Amsterdam", stamp="20260113T200000Z")
    out.append(item("coffee-chat-informational", ics, uid, False, trap="coffee-chat-names-company"))

    uid = "evb-1288710455-rm@eventbrite.com"
    desc = ("Tech Career Fair Amsterdam 2026\n\nYour ticket: General admission (free)\nOrder #88127455\n\nMeet 60+ "
            "tech employers hiring product, design and engineering talent. Bring printed CVs.\n\nVenue: RAI "
            "Amsterdam, Hall 4, Europaplein 24")
    ics = ats(prodid="-//Eventbrite Inc//Eventbrite//EN", uid=uid, summary="Tech Career Fair Amsterdam 2026",
              start="20260307T110000", end="20260307T170000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Tech Career Fair:mailto:noreply@eventbrite.com", attendees=[], desc=desc,
              location="RAI Amsterdam, Hall 4", method="PUBLISH")
    out.append(item("job-fair-en", ics, uid, False, trap="job-fair-en"))

    uid = "pcd-berlin-2026-ticket-4471@productcareerday.de"
    desc = ("Dein Ticket für den Product Career Day Berlin\n\nTalks, Lebenslauf-Check und Speed-Networking mit 40 "
            "Unternehmen, die Product Manager suchen.\n\nOrt: Kalkscheune, Johannisstraße 2, 10117 Berlin")
    ics = ats(prodid="-//Product Career Day//Tickets//DE", uid=uid, summary="Product Career Day Berlin",
              start="20260314T100000", end="20260314T160000", zone="Europe/Berlin",
              organizer="ORGANIZER;CN=Product Career Day:mailto:tickets@productcareerday.de",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Kalkscheune, Berlin", method="PUBLISH")
    out.append(item("job-fair-de", ics, uid, False, trap="job-fair-de"))

    desc = ("Beste Rahul,\n\nLotte Smit heeft jou opgegeven als referentie voor de functie Product Lead bij Hazelnoot "
            "Software. Ik wil je graag een paar vragen stellen over jullie samenwerking (ca. 20 minuten).\n\n"
            "Met vriendelijke groet,\nPetra Kok\nTalent Acquisition, Hazelnoot Software\n\n"
            + teams("nl", "355 019 228 744", "Rf8nLs"))
    uid = "hzn-ref-lotte-smit-20260219@hazelnoot.nl"
    ics = ats(prodid="Microsoft Exchange Server 2010", uid=uid, summary="Referentiegesprek Lotte Smit",
              start="20260219T123000", end="20260219T125000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=\"Kok, Petra\":mailto:petra.kok@hazelnoot.nl",
              attendees=[att(USER, "rahul.menon.pm@outlook.com")], desc=desc, location="Microsoft Teams-vergadering")
    out.append(item("reference-user-is-referee-nl", ics, uid, False, trap="reference-call-user-is-referee-nl"))

    uid = "1zl5x9c3v7b1n4q8m2k6t0p4zf@google.com"
    desc = ("Hi Rahul – good to reconnect. No specific role yet: I'd like to understand what you're after (Senior vs "
            "Group PM, London vs Amsterdam, comp) so I can flag the right opportunities as they come in.\n\nSophie "
            "Clarke\nHarbourline Recruitment")
    ics = google(uid=uid, summary="Catch-up: Sophie Clarke (Harbourline) – your search", start="20260112T170000",
                 end="20260112T173000", tz="Europe/London",
                 organizer=("sophie.clarke@harbourline-recruitment.co.uk", "Sophie Clarke"),
                 guests=[g_att(USER, "Rahul Menon")], desc=desc, location="Phone", stamp="20260108T111111Z")
    out.append(item("recruiter-call-no-employer-en", ics, uid, False, trap="agency-call-no-employer-en"))

    desc = ("Hoi Rahul,\n\nLeuk je te spreken! In dit kennismakingsgesprek wil ik graag horen waar je naar op zoek "
            "bent "
            "zodat ik gericht kan meekijken. Ik heb op dit moment nog geen concrete vacature voor je.\n\nGroet,\n"
            "Joost Hendriks\nNoordkaap Recruitment")
    uid = "NK-20260108-RM-01@noordkaaprecruitment.nl"
    ics = ats(prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", uid=uid,
              summary="Kennismaking Noordkaap Recruitment – Rahul Menon", start="20260108T124500",
              end="20260108T131500", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Joost Hendriks:mailto:joost@noordkaaprecruitment.nl",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Telefonisch")
    out.append(item("recruiter-kennismaking-no-employer-nl", ics, uid, False,
                    trap="agency-kennismaking-no-employer-nl"))
    return out


def _own_blocks() -> list[dict]:
    out = []
    uid = "D4C3B2A1-0F9E-48D7-A6C5-B4A3F2E1D0C9"
    ics = apple(uid=uid, summary="Prep: Voyagr HM interview – STAR stories", start="20260120T080000",
                end="20260120T090000", desc="supply story (hotel contracts), conflict w/ sales, metric I moved",
                stamp="20260118T210000Z")
    out.append(item("prep-block-names-company", ics, uid, False, trap="prep-block-names-company"))

    uid = "a7f3e1d9-0c2b-4a58-96e4-d1c0b9a8f7e6"
    ics = thunderbird(uid=uid, summary="Product review – Search & Booking", start="20260113T110000",
                      end="20260113T120000", tz="Europe/Amsterdam", location="TW-AMS-3-Zeeburg",
                      desc="Monthly product review ritual: each squad PM presents metrics, bets and asks.")
    ics = ics.replace("X-MOZ-GENERATION:1", "RRULE:FREQ=MONTHLY;BYDAY=2TU\r\nX-MOZ-GENERATION:1")
    out.append(item("internal-product-review", ics, uid, False, trap="internal-product-review-recurring"))

    uid = "9am3x7c1v5b8n2q6m0k4t8p2ag@google.com"
    ics = google(uid=uid, summary="Rahul / Maaike 1:1", start="20260112T090000", end="20260112T093000",
                 organizer=("maaike.jonker@tripwise.nl", "Maaike Jonker"),
                 guests=[g_att(WORK, "Rahul Menon", "ACCEPTED"), g_att("maaike.jonker@tripwise.nl", "Maaike Jonker",
                                                                        "ACCEPTED")],
                 desc="Weekly 1:1. Agenda in the shared doc.", rrule="FREQ=WEEKLY;BYDAY=MO", stamp="20251201T090000Z")
    out.append(item("internal-1on1", ics, uid, False, trap="internal-1on1-weekly"))
    return out


def events() -> list[dict]:
    return [*_mocks(), *_webinars(), *_media_research(), *_own_reviews(), *_network(), *_own_blocks()]
