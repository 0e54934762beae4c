"""train20 negatives: coffee chats, job fairs, reference calls, recruiter calls, coaching and prep."""

from __future__ import annotations

from train20ev_ics import APPLE, GOOGLE, IOS, ME, OUTLOOK, WORK, Item, cal, esc


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, lang: str, trap: str, text: str) -> None:
        out.append(Item(kind, lang, text, 0, trap=trap))

    add("coffee-excolleague", "en", "coffee_chat", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20261126T083000",
        "DTEND;TZID=Europe/London:20261126T091500",
        "DTSTAMP:20261120T180000Z",
        "ORGANIZER;CN=Ana Ribeiro:mailto:ana.ribeiro@fernbank.com",
        "UID:7t9e1r3t5y7u9i1o3p5a7s9d1f@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "SUMMARY:Coffee - Ana / Dan",
        r"LOCATION:Department of Coffee\, Leather Lane",
        "DESCRIPTION:" + esc("Happy to tell you what CS leadership looks like at Fernbank - no role open right "
                             "now, just a catch-up and some advice."),
    ]], tzids=("Europe/London",)))

    add("coffee-informational", "en", "coffee_chat", cal("-//Calendly//Calendly//EN", [[
        "UID:calendly-3e9f1d22-infochat",
        "DTSTAMP:20261123T120000Z",
        "DTSTART:20261204T123000Z",
        "DTEND:20261204T130000Z",
        "SUMMARY:Informational chat: Daniel Kim and Rachel Ng",
        "DESCRIPTION:" + esc("Event Name: 20 min virtual coffee\n\nPlease share anything that will help prepare "
                             "for our meeting.: Moving from sales engineering into CS leadership - would love "
                             "your perspective (not applying for anything at Vantage).\n\nPowered by Calendly.com"),
        "ORGANIZER;CN=Rachel Ng:mailto:rachel.ng@vantagehq.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Rachel Ng:mailto:rachel.ng@vantagehq.com",
    ]]))

    add("fr-cafe-reseau", "fr", "coffee_chat", cal(IOS, [[
        "UID:5F6A7B8C-9D0E-4F1A-2B3C-cafe-julie",
        "DTSTAMP:20261124T190000Z",
        "DTSTART;TZID=Europe/Paris:20261215T090000",
        "DTEND;TZID=Europe/Paris:20261215T094500",
        r"SUMMARY:Café avec Julie (réseau\, marché CS à Paris)",
        r"LOCATION:Café Kitsuné\, Palais Royal",
        "DESCRIPTION:Juste pour échanger sur le marché - pas d'entretien.",
    ]], tzids=("Europe/Paris",)))

    add("jobfair-excel", "en", "job_fair", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20261205",
        "DTEND;VALUE=DATE:20261206",
        "DTSTAMP:20261118T090000Z",
        "UID:8u0r2t4y6u8i0o2p4a6s8d0f2g@google.com",
        "SUMMARY:London Tech Jobs Fair (ExCeL) - bring CVs",
        "DESCRIPTION:Free ticket #LTJF-55120. Stands: fintech hall B.",
        "TRANSP:TRANSPARENT",
    ]], header=("X-WR-TIMEZONE:Europe/London",)))

    add("es-feria-empleo", "es", "job_fair", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261210T100000",
        "DTEND;TZID=Europe/Madrid:20261210T140000",
        "DTSTAMP:20261125T090000Z",
        "UID:9v1t3y5u7i9o1p3a5s7d9f1g3h@google.com",
        "SUMMARY:Feria de empleo tech Madrid - IFEMA",
        "DESCRIPTION:Acreditación online. Llevar CV en español e inglés. Charlas de empresas a las 12:00.",
        r"LOCATION:IFEMA Pabellón 9\, Madrid",
    ]], tzids=("Europe/Madrid",)))

    add("reference-for-colleague", "en", "reference_call", cal(GOOGLE, [[
        "DTSTART:20261201T173000Z",
        "DTEND:20261201T174500Z",
        "DTSTAMP:20261126T120000Z",
        "ORGANIZER;CN=Ivy Chandler:mailto:ivy.chandler@crestline.io",
        "UID:0w2y4u6i8o0p2a4s6d8f0g2h4j@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "SUMMARY:Reference call - Tom Baker (Crestline)",
        "DESCRIPTION:" + esc("Hi Daniel, Tom has listed you as a referee for our Solutions Engineer role. 15 "
                             "minutes to hear about working with him at Ledgerly. Thank you!\nIvy, Talent @ Crestline"),
    ]]))

    add("reference-check", "en", "reference_call", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-refcheck-sara",
        "DTSTAMP:20261127T090000Z",
        "DTSTART;TZID=GMT Standard Time:20261203T123000",
        "DTEND;TZID=GMT Standard Time:20261203T130000",
        "SUMMARY;LANGUAGE=en-GB:Reference check: Sara Lind",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Daniel - thanks for agreeing to be Sara's referee. I'll call you on "
                                            "the number she gave us.\nVaultline People Team"),
        "ORGANIZER;CN=Vaultline People:mailto:people@vaultline.co.uk",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]], tzids=("GMT Standard Time",)))

    add("recruiter-market-chat", "en", "recruiter_call", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-meridian-intro",
        "DTSTAMP:20261118T110000Z",
        "DTSTART;TZID=GMT Standard Time:20261125T171500",
        "DTEND;TZID=GMT Standard Time:20261125T174500",
        "SUMMARY;LANGUAGE=en-GB:Intro call - Meridian Search / Daniel Kim",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Hi Daniel,\n\nGreat to connect. I'd like to understand what you're looking for and talk through the "
            "CS leadership market - I'll share a few confidential briefs if relevant.\n\nOliver Penn\nPrincipal "
            "Consultant, Meridian Search"),
        "ORGANIZER;CN=Oliver Penn:mailto:oliver.penn@meridiansearch.co.uk",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]], tzids=("GMT Standard Time",)))

    add("recruiter-catchup", "en", "recruiter_call", cal(GOOGLE, [[
        "DTSTART:20261208T120000Z",
        "DTEND:20261208T121500Z",
        "DTSTAMP:20261204T100000Z",
        "UID:1x3u5i7o9p1a3s5d7f9g1h3j5k@google.com",
        "SUMMARY:Sophie (Talentpath recruiter) - roles update",
        "DESCRIPTION:she's sending a shortlist of CS roles; no client named yet",
    ]]))

    add("es-headhunter", "es", "recruiter_call", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261130T130000",
        "DTEND;TZID=Europe/Madrid:20261130T133000",
        "DTSTAMP:20261124T150000Z",
        "ORGANIZER;CN=Raúl Domínguez:mailto:raul@cumbreexecutive.es",
        "UID:2y4i6o8p0a2s4d6f8g0h2j4k6l@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "SUMMARY:Llamada con Raúl (Cumbre Executive) - mercado CS Madrid",
        "DESCRIPTION:" + esc("Primera toma de contacto: conocer tu perfil y contarte cómo está el mercado de "
                             "Customer Success en Madrid. Todavía no hay cliente concreto."),
    ]], tzids=("Europe/Madrid",)))

    add("coaching-session", "en", "coaching", cal("-//Calendly//Calendly//EN", [[
        "UID:calendly-coach-0c4d91e2",
        "DTSTAMP:20261119T130000Z",
        "DTSTART:20261127T180000Z",
        "DTEND:20261127T185000Z",
        "SUMMARY:Career coaching session 3 of 6 - Daniel Kim",
        "DESCRIPTION:" + esc("Event Name: Coaching session (50 min)\nTopic: salary negotiation and your "
                             "leadership story\n\nPowered by Calendly.com"),
        "ORGANIZER;CN=Marcus Hale:mailto:marcus@halecoaching.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]]))

    add("prep-block", "en", "prep", cal(APPLE, [[
        "UID:6A7B8C9D-0E1F-4A2B-3C4D-prep-mosaic",
        "DTSTAMP:20261209T210000Z",
        "DTSTART;TZID=Europe/London:20261210T190000",
        "DTEND;TZID=Europe/London:20261210T210000",
        r"SUMMARY:Prep for Mosaic final - reread notes\, practise 30/60/90",
    ]], tzids=("Europe/London",)))

    add("personal-visa", "en", "personal", cal(GOOGLE, [[
        "DTSTART:20261216T083000Z",
        "DTEND:20261216T100000Z",
        "DTSTAMP:20261201T200000Z",
        "UID:3z5o7p9a1s3d5f7g9h1j3k5l7z@google.com",
        "SUMMARY:US visa interview (B1) - embassy Nine Elms",
        "DESCRIPTION:" + esc("For the Ledgerly customer summit in Austin. Bring passport, DS-160 confirmation "
                             "and the appointment letter. No phones/bags."),
        r"LOCATION:US Embassy\, 33 Nine Elms Lane\, London SW11 7US",
    ]], header=("X-WR-TIMEZONE:Europe/London",)))

    add("internal-stay-interview", "en", "internal", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-stay-int-dk",
        "DTSTAMP:20261124T100000Z",
        "DTSTART;TZID=GMT Standard Time:20261207T113000",
        "DTEND;TZID=GMT Standard Time:20261207T120000",
        "SUMMARY;LANGUAGE=en-GB:Stay interview - Daniel",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Hi Daniel, People team asked managers to run a short stay interview "
                                            "with everyone this quarter: what keeps you at Ledgerly, what would "
                                            "make you leave. Nothing formal. Harriet"),
        "ORGANIZER;CN=\"Quinn, Harriet\":mailto:harriet.quinn@ledgerly.io",
        f"ATTENDEE;CN=\"Kim, Daniel\":mailto:{WORK}",
    ]], tzids=("GMT Standard Time",)))

    add("casestudy-customer-interview", "en", "press_interview", cal(GOOGLE, [[
        "DTSTART:20261209T100000Z",
        "DTEND:20261209T104500Z",
        "DTSTAMP:20261202T090000Z",
        "ORGANIZER;CN=Elif Yilmaz:mailto:elif.yilmaz@ledgerly.io",
        "UID:4a6p8a0s2d4f6g8h0j2k4l6z8x@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Hannah Birch:mailto:hannah.birch@oakridgeretail.co.uk",
        "SUMMARY:Case study interview - Oakridge Retail x Ledgerly",
        "DESCRIPTION:Marketing is writing a customer story. Daniel (their SE during rollout) helps interview "
        "Hannah about the implementation.",
    ]]))
    return out
