"""holdout14: other negatives — mocks, classes, press, personal, internal, coffees, fairs, references, intakes."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    ME_WORK,
    P_APPLE,
    P_CALENDLY,
    P_EXCHANGE,
    P_GOOGLE,
    P_MAC,
    P_OUTLOOK,
    P_WEBEX,
    P_ZOOM,
    Item,
    cal,
    meet,
    olson,
    org,
    teams,
    vevent,
    webex,
    who,
    windows,
    zoom,
)

WE = "W. Europe Standard Time"


def neg(kind: str, lang: str, text: str, uid: str) -> Item:
    """Given a kind, language, text and UID returns a negative item."""
    return Item(kind, lang, text, uid, False)


def items() -> list[Item]:
    """Given nothing returns the German and English other negatives."""
    out: list[Item] = []

    uid = "040000008200E00074C5B7101A82E00800000000PRESSE0015DDB01000000000000000010000000PR01"
    ev = vevent(uid, "Interview Kieler Nachrichten – Blackout-Vorsorge der Stadtwerke", "20261203T110000",
                "20261203T114500", WE,
                desc=("Pressetermin: Redakteurin Svenja Claußen (Kieler Nachrichten) interviewt Tobias Krüger zur "
                      "Notstromversorgung und zum Krisenstab. Freigabe der Zitate über die Pressestelle. Foto vor "
                      "dem Umspannwerk."),
                loc="Pressestelle, Raum 1.08",
                lines=[org("presse@stadtwerke-kiel.de", "Pressestelle Stadtwerke Kiel"), who(ME_WORK, "Krüger, Tobias"),
                       who("s.claussen@kn-online.de", "Svenja Claußen")])
    out.append(neg("press-de", "de", cal(P_EXCHANGE, [ev], zones=(windows(WE),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000JAHRES015DDB01000000000000000010000000JG01"
    ev = vevent(uid, "Jahresgespräch 2026 Krüger / Petersen", "20261211T130000", "20261211T143000", WE,
                desc="Mitarbeiterjahresgespräch: Zielerreichung 2026, Weiterbildung (CISSP?), Ziele 2027.",
                loc="Büro S. Petersen",
                lines=[org("s.petersen@stadtwerke-kiel.de", "Petersen, Sönke"), who(ME_WORK, "Krüger, Tobias")])
    out.append(neg("internal-annual-review", "de", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "karrieremesse-hh-2027-tk"
    ev = vevent(uid, "Karrieremesse Sicherheit & Logistik Hamburg", "20270116", "20270117", "DATE",
                desc="Messehallen, Halle B4. Stände: Nordkai, HafenLog, Alster Rück, Deltahaven. Lebensläufe "
                     "ausdrucken (10x).",
                loc="Hamburg Messe, Halle B4", transp="TRANSPARENT")
    out.append(neg("job-fair-de", "de", cal(P_GOOGLE, [ev], method="PUBLISH",
                                              head=["X-WR-CALNAME:Tobias privat", "X-WR-TIMEZONE:Europe/Berlin"]),
                   uid))

    uid = "hs-kennenlernen-0442@brightstaff-executive.de"
    ev = vevent(uid, "Kennenlernen Brightstaff Executive – Security-Mandate allgemein", "20261201T173000",
                "20261201T180000", "Europe/Berlin",
                desc=("Hallo Herr Krüger,\nwie angekündigt ein erstes Kennenlernen: Ich möchte Ihren Hintergrund "
                      "und Ihre Wünsche verstehen, um Sie bei passenden Mandaten im Bereich Konzernsicherheit "
                      "vorzuschlagen. Eine konkrete Position habe ich aktuell noch nicht.\nBeste Grüße\nDaniela "
                      "Wohlers, Brightstaff Executive"),
                loc="Telefon",
                lines=[org("d.wohlers@brightstaff-executive.de", "Daniela Wohlers"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("headhunter-intake-de", "de", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "vhs-kiel-26H3304-3@vhs-kiel.de"
    ev = vevent(uid, "VHS-Kurs: Souverän im Vorstellungsgespräch (Abend 3/4)", "20261202T183000",
                "20261202T210000", "Europe/Berlin",
                desc="Kurs 26H3304 – Rollenspiele, Körpersprache, Gehaltsverhandlung. Kursleitung: Birgit Hamann.",
                loc="VHS Kiel, Raum 204",
                lines=["RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE"])
    out.append(neg("class-de", "de", cal(P_GOOGLE, [ev], method="PUBLISH", zones=(olson("Europe/Berlin"),)), uid))

    uid = "referenz-lpetersen-alsterrueck@alster-rueck.de"
    ev = vevent(uid, "Referenzgespräch zu Lars Petersen", "20261208T123000", "20261208T130000", "Europe/Berlin",
                desc=("Guten Tag Herr Krüger,\nHerr Lars Petersen hat Sie als Referenz angegeben (Bewerbung als "
                      "Security Analyst bei uns). Hätten Sie 20 Minuten für ein kurzes Telefonat über Ihre "
                      "Zusammenarbeit bei den Stadtwerken?\nFreundliche Grüße\nClaudia Reimers, Alster Rück AG"),
                loc="Telefon",
                lines=[org("claudia.reimers@alster-rueck.de", "Claudia Reimers"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("reference-de", "de", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Berlin"),)), uid))

    # English
    uid = "calendly-mock-5e6f7a8b-coach"
    ev = vevent(uid, "Mock interview (60 min) – Tobias Krüger", "20261214T170000", "20261214T180000", "Z",
                desc=("Event Name: Mock interview (60 min)\n\nPlease share anything that will help prepare for our "
                      "meeting.: Rehearsal for my real onsite at Maasvlakte Terminals on 16 Dec – Corporate "
                      "Security Manager. Please play the HSSE director.\n\nHost: Rachel Okafor, Career Coach\n\n"
                      "Powered by Calendly.com"),
                loc="Zoom",
                lines=[org("rachel@okafor-coaching.com", "Rachel Okafor"), who(ME_PRIV, "Tobias Krüger",
                                                                                partstat="ACCEPTED")])
    out.append(neg("mock-coach-en", "en", cal(P_CALENDLY, [ev]), uid))

    uid = "asis-webinar-20261205@zoom.us"
    ev = vevent(uid, "Webinar: Interviewing for Security Leadership Roles (ASIS Chapter Germany)", "20261205T160000",
                "20261205T170000", "Europe/Berlin",
                desc=("Thank you for registering. Panelists share how CSO hiring panels work and how to answer "
                      "scenario questions.\n\n" + zoom("en", "851 3300 2741", "YXNpc3dlYmk")),
                loc="Zoom webinar",
                lines=[org("events@asis-germany.example.org", "ASIS Chapter Germany"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("webinar-en", "en", cal(P_ZOOM, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "research-veridia-p14@veridia.io"
    ev = vevent(uid, "Research interview: how utilities manage site access (Veridia)", "20261209T150000",
                "20261209T154500", "Europe/Berlin",
                desc=("Hi Tobias, thanks for joining our user research. We'd like to learn how your team manages "
                      "visitor and contractor access. €75 voucher as a thank-you. — Grace Liu, UX Research, Veridia\n\n"
                      + meet("en", "vqa-xtnp-mds")),
                lines=[org("grace.liu@veridia.io", "Grace Liu"), who(ME_WORK, "Tobias Krüger")])
    out.append(neg("user-research-en", "en", cal(P_GOOGLE, [ev], zones=(olson("Europe/Berlin"),)), uid))

    uid = "podcast-resilient-utilities-42"
    ev = vevent(uid, "Podcast recording: Resilient Utilities ep. 42 (guest: Tobias Krüger)", "20261210T170000",
                "20261210T180000", "Europe/London",
                desc="Interview-style episode about storm outage response. Host: Callum Reid. Riverside link: "
                     "https://riverside.fm/studio/resilient-utilities. Headphones, quiet room.",
                lines=[org("callum@resilientutilities.fm", "Callum Reid"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("podcast-en", "en", cal(P_GOOGLE, [ev], zones=(olson("Europe/London"),)), uid))

    uid = "5b7d9f1h3j5l7n9p1r3t5v7x9z@google.com"
    ev = vevent(uid, "Coffee chat – Rasmus (Kattegat Airport security team)", "20261130T120000", "20261130T123000",
                "Europe/Copenhagen",
                desc=("Informal chat, no open position right now – Rasmus offered to tell me how their landside "
                      "security team is organised. Networking only.\n\n" + meet("en", "fop-wcha-tlk")),
                lines=[org(ME_PRIV, "Tobias Krüger"), who(ME_PRIV, "Tobias Krüger", partstat="ACCEPTED"),
                       who("rasmus.holm@kattegat-airport.dk", "Rasmus Holm")])
    out.append(neg("coffee-chat-en", "en", cal(P_GOOGLE, [ev], zones=(olson("Europe/Copenhagen"),)), uid))

    uid = "nsr-career-fair-cph-2027"
    ev = vevent(uid, "Nordic Security & Resilience Career Fair – Copenhagen", "20270122T090000", "20270122T170000",
                "", desc="Bella Center. Register at the door. Booths: Nordstrand Energy, Trygvik, Skovlund.",
                loc="Bella Center, København")
    out.append(neg("job-fair-en", "en", cal(P_MAC, [ev], method=""), uid))

    uid = "040000008200E00074C5B7101A82E00800000000REFDH0015DDB01000000000000000010000000RF02"
    ev = vevent(uid, "Reference call re: Marta Vidal", "20261214T113000", "20261214T120000", "Romance Standard Time",
                desc=("Dear Tobias,\n\nMarta Vidal has listed you as a referee for the Security Officer role at "
                      "Deltahaven Shipping. We'd appreciate 20 minutes to hear about your time working together at "
                      "Stadtwerke Kiel.\n\nKind regards,\nSofie Claes\n\n" + teams("en", "UmVmVmlkYWwyMDI2",
                                                                                   "399 284 110 527")),
                lines=[org("s.claes@deltahaven-shipping.nl", "Claes, Sofie"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("reference-en", "en", cal(P_OUTLOOK, [ev], zones=(windows("Romance Standard Time"),)), uid))

    uid = "kestrel-intro-tk-2026@kestrelsearch.co.uk"
    ev = vevent(uid, "Intro call with Oliver (Kestrel Search) – market update", "20261204T083000",
                "20261204T090000", "GMT Standard Time",
                desc=("Hi Tobias, good to connect on LinkedIn. A general catch-up on the European corporate security "
                      "market and what you're looking for – no specific role yet, I'll keep you in mind for upcoming "
                      "briefs.\nOliver Grant, Kestrel Search"),
                loc="Phone",
                lines=[org("oliver.grant@kestrelsearch.co.uk", "Grant, Oliver"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("recruiter-intake-en", "en", cal(P_OUTLOOK, [ev], zones=(windows("GMT Standard Time"),)), uid))

    uid = "040000008200E00074C5B7101A82E00800000000BCMEX0015DDB01000000000000000010000000BC01"
    ev = vevent(uid, "BCM tabletop exercise: city-wide blackout (with external facilitators)", "20261215T080000",
                "20261215T150000", WE,
                desc=("Annual crisis-staff exercise. Facilitators from Sentinel Risk Partners observe and debrief. "
                      "Tobias runs the exercise control cell."),
                loc="Krisenstabsraum",
                lines=[org(ME_WORK, "Krüger, Tobias"), who("s.petersen@stadtwerke-kiel.de", "Petersen, Sönke"),
                       who("t.peeters@sentinelrisk.be", "Thomas Peeters"),
                       who("krisenstab@stadtwerke-kiel.de", "Krisenstabsraum", cutype="ROOM", role="NON-PARTICIPANT",
                           rsvp=False)])
    out.append(neg("internal-exercise-en", "en", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid))

    uid = "A9B8C7D6-E5F4-4321-ABCD-DENTIST"
    ev = vevent(uid, "Dentist – Dr. Hansen (check-up)", "20261204T073000", "20261204T080000", "",
                loc="Holtenauer Str. 110, Kiel")
    out.append(neg("personal-dentist-en", "en", cal(P_APPLE, [ev], method=""), uid))

    uid = "B1C2D3E4-F5A6-4B7C-8D9E-PREPBLOCK"
    ev = vevent(uid, "Prep: Maasvlakte onsite tomorrow – STAR stories, ISPS facts, questions for Joost",
                "20261215T190000", "20261215T210000", "Europe/Berlin", transp="TRANSPARENT")
    out.append(neg("prep-block-en", "en", cal(P_MAC, [ev], method="", zones=(olson("Europe/Berlin"),)), uid))

    uid = "afterview-tickler-thanks-nordmark-1@afterview"
    ev = vevent(uid, "Send thank-you notes — Nordmark Bank, Senior Spezialist Operational Resilience",
                "20261215T163000", "20261215T164500", "Europe/Berlin",
                desc="Write down what you discussed and each interviewer's name; drafts are in your Drafts folder.",
                extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:nordmark-bank:r10482"])
    out.append(neg("afterview-tickler-en", "en", cal("-//afterview//afterview//EN", [ev], method="",
                                                       zones=(olson("Europe/Berlin"),)), uid))

    uid = "mentoring-asis-wis-2026-12@asis-germany.example.org"
    ev = vevent(uid, "Mentoring call with Ana (security leadership mentoring)", "20261209T180000",
                "20261209T184500", "Europe/Berlin",
                desc=("Monthly mentoring session. Topics: moving from utility to corporate security, how to "
                      "present BCM experience, salary ranges in insurance.\n\n" + webex("en", "2741 551 3380", "asis")),
                lines=[org("ana.ribeiro@mentoring.example.org", "Ana Ribeiro"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("mentoring-en", "en", cal(P_WEBEX, [ev], zones=(olson("Europe/Berlin"),)), uid))
    return out
