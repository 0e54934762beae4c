"""holdout14: Tobias Krüger's own interviews, more English-language events."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    ME_WORK,
    P_EXCHANGE,
    P_GOOGLE,
    P_MAC,
    P_OUTLOOK,
    P_ZOOM,
    Item,
    cal,
    google_footer,
    meet,
    olson,
    org,
    teams,
    vevent,
    who,
    windows,
    zoom,
)

WE = "W. Europe Standard Time"


def items() -> list[Item]:
    """Given nothing returns more English positive events."""
    out: list[Item] = []

    uid = "harborline-cand-tk-0309@harborline-talent.com"
    ev = vevent(uid, "Interview: Skagerrak Chemicals x Tobias Krüger (Harborline Talent)", "20261207T130000",
                "20261207T140000", "Europe/Copenhagen",
                desc=("Hi Tobias,\n\nConfirming your first interview with my client Skagerrak Chemicals A/S for the "
                      "Site Security & Emergency Preparedness Manager role at their Kalundborg plant. You will speak "
                      "with Lars Mørk (Plant Director) and Anja Friis (HR). I'll call you afterwards for a debrief.\n\n"
                      "Best,\nOwen Fletcher\nPrincipal Consultant, Harborline Talent\n\n"
                      + teams("en", "OTg3NjU0MzItMTBh", "300 665 448 901")),
                lines=[org("owen.fletcher@harborline-talent.com", "Owen Fletcher"), who(ME_PRIV, "Tobias Krüger"),
                       who("lars.mork@skagerrak-chem.dk", "Lars Mørk"), who("anja.friis@skagerrak-chem.dk",
                                                                           "Anja Friis"),
                       who("owen.fletcher@harborline-talent.com", "Owen Fletcher", role="OPT-PARTICIPANT",
                           partstat="ACCEPTED")])
    out.append(Item("agency-en", "en", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Copenhagen"),)), uid, True,
                    "Skagerrak Chemicals", "Site Security & Emergency Preparedness Manager", "",
                    ["lars.mork@skagerrak-chem.dk", "anja.friis@skagerrak-chem.dk"]))

    uid = "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6DDB01000000000000000010000000NK11"
    ev = vevent(uid, "Meet the hiring manager – Crisis Management Lead", "20261214T090000", "20261214T100000",
                "Romance Standard Time",
                desc=("Hi Tobias,\n\nI'm the hiring manager for the Crisis Management Lead role at Nordkraft Net. "
                      "Looking forward to discussing how you ran the utility's crisis team during the 2025 storm "
                      "outage.\n\nBest regards\nLouise Kragh\nVP Resilience, Nordkraft Net A/S\n\n"
                      + teams("en", "YWJjZGVmMDEtMjM0", "329 774 551 002")),
                lines=[org("louise.kragh@nordkraftnet.dk", "Louise Kragh"), who(ME_PRIV, "Tobias Krüger")],
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    out.append(Item("outlook-hm", "en", cal(P_EXCHANGE, [ev], zones=(windows("Romance Standard Time"),)), uid, True,
                    "Nordkraft Net", "Crisis Management Lead", "hiring_manager", ["louise.kragh@nordkraftnet.dk"]))

    uid = "3m5n7p9q1r3s5t7u9v1w3x5y7z@google.com"
    ev = vevent(uid, "Canceled event: Technical interview – Havenveld (Tobias)", "20261211T150000",
                "20261211T160000", "Europe/Amsterdam", seq=3, status="CANCELLED",
                desc=("This event has been canceled.\n\nTechnical deep-dive on port access control and CCTV "
                      "analytics with Femke Smit (Head of Engineering).\n\n" + google_footer("en", ME_PRIV)),
                lines=[org("femke@havenveld.io", "Femke Smit"), who(ME_PRIV, "Tobias Krüger"),
                       who("pieter.bakker.nl@gmail.com", "Pieter Bakker", role="OPT-PARTICIPANT")])
    out.append(Item("cancelled-google", "en", cal(P_GOOGLE, [ev], method="CANCEL", zones=(olson("Europe/Amsterdam"),)),
                    uid, True, "Havenveld", "", "technical", ["femke@havenveld.io", "pieter.bakker.nl@gmail.com"]))

    uid = "0p2q4r6s8t0u2v4w6x8y0z2a4b@google.com"
    ev = vevent(uid, "Tobias <> Freya (Skovlund Insurance)", "20261204T120000", "20261204T123000",
                "Europe/Copenhagen",
                desc=meet("en", "ajm-xbrt-zoe") + "\n\n" + google_footer("en", ME_PRIV),
                lines=[org("freya.nygaard@skovlund.dk", "Freya Nygaard"),
                       who("freya.nygaard@skovlund.dk", "Freya Nygaard", partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("title-only", "en", cal(P_GOOGLE, [ev], zones=(olson("Europe/Copenhagen"),)), uid, True,
                    "Skovlund Insurance", "", "", ["freya.nygaard@skovlund.dk"]))

    uid = "040000008200E00074C5B7101A82E008000000005F6E7D8C9B0DDB01000000000000000010000000MA02"
    ev = vevent(uid, "Panel interview – Airport Security Compliance Manager", "20261218T093000", "20261218T110000",
                WE,
                desc=("Dear Mr Krüger,\n\nWe are pleased to invite you to a panel interview at Maasport Airport for "
                      "the position of Airport Security Compliance Manager.\nPanel: Willem de Graaf (Director "
                      "Security), Yara El Idrissi (Quality & Compliance), Henk Bos (HR).\nPlease report to the "
                      "Airport Authority building, 2nd floor, reception. Bring your passport for the airside "
                      "background check.\n\nKind regards,\nMaasport Airport HR"),
                loc="Airport Authority Building, Room Runway 2; Maasport Airport, Rotterdam",
                lines=[org("hr@maasport-airport.nl", "HR Maasport Airport"), who(ME_PRIV, "Krüger, Tobias"),
                       who("w.degraaf@maasport-airport.nl", "de Graaf, Willem", quote=True),
                       who("y.elidrissi@maasport-airport.nl", "El Idrissi, Yara", quote=True),
                       who("h.bos@maasport-airport.nl", "Bos, Henk", quote=True),
                       who("runway2@maasport-airport.nl", "AAB Room Runway 2", cutype="ROOM", role="NON-PARTICIPANT",
                           rsvp=False)])
    out.append(Item("panel-onsite", "en", cal(P_OUTLOOK, [ev], zones=(windows(WE),)), uid, True, "Maasport Airport",
                    "Airport Security Compliance Manager", "onsite",
                    ["w.degraaf@maasport-airport.nl", "y.elidrissi@maasport-airport.nl", "h.bos@maasport-airport.nl"]))

    uid = "zoom-88341209917-alsterre@zoom.us"
    ev = vevent(uid, "Case presentation – Operational Resilience Manager (Alster Re)", "20261209T140000",
                "20261209T150000", "Europe/Berlin",
                desc=("Tobias, please prepare a 20-minute presentation: \"Designing an operational resilience "
                      "framework for a mid-size reinsurer under DORA\". Audience: Dr. Malte Quast (Head of "
                      "Operational Risk) and Wiebke Sander (Senior Resilience Analyst).\n\n"
                      + zoom("en", "883 4120 9917", "UVZ3eGhrWk", host="alster-re")),
                loc="https://alster-re.zoom.us/j/88341209917",
                lines=[org("wiebke.sander@alster-rueck.de", "Wiebke Sander"), who(ME_PRIV, "Tobias Krüger"),
                       who("malte.quast@alster-rueck.de", "Dr. Malte Quast")])
    out.append(Item("zoom-case-presentation", "en", cal(P_ZOOM, [ev], zones=(olson("Europe/Berlin"),)), uid, True,
                    "Alster Rück", "Operational Resilience Manager", "technical",
                    ["wiebke.sander@alster-rueck.de", "malte.quast@alster-rueck.de"]))

    uid = "B7A6C5D4-E3F2-41A0-9B8C-SKAGERRAKSITE"
    ev = vevent(uid, "Skagerrak onsite – Kalundborg plant (interviews + plant tour)", "20270119", "20270120", "DATE",
                desc="Ferry Kiel-Copenhagen evening before. Lars Mørk + safety team, HSE lead Kasper Holt. "
                     "Bring PPE boots.",
                loc="Kalundborg")
    out.append(Item("allday-onsite-note", "en", cal(P_MAC, [ev], method=""), uid, True, "Skagerrak Chemicals", "",
                    "onsite", ["Lars Mørk", "Kasper Holt"]))

    uid = "040000008200E00074C5B7101A82E00800000000AB12CD34EF5DDB01000000000000000010000000SK09"
    ev = vevent(uid, "Interview – Risk Manager (Business Continuity) – Skovlund Insurance", "20261215T110000",
                "20261215T120000", "Romance Standard Time",
                desc=("Hello Tobias,\n\nthanks for your application for Risk Manager (Business Continuity). As you "
                      "asked, I've sent this to your work address since you use that calendar during the day. "
                      "Interviewers: Freya Nygaard (Talent) and Christian Bjerre (Head of Enterprise Risk).\n\n"
                      + teams("en", "ZjE5MGEyYzMtNDg3", "394 420 117 668") + "\n\nSkovlund Forsikring A/S"),
                lines=[org("freya.nygaard@skovlund.dk", "Freya Nygaard"), who(ME_WORK, "Krüger, Tobias"),
                       who("christian.bjerre@skovlund.dk", "Christian Bjerre")])
    out.append(Item("to-work-address", "en", cal(P_OUTLOOK, [ev], zones=(windows("Romance Standard Time"),)), uid, True,
                    "Skovlund Insurance", "Risk Manager (Business Continuity)", "",
                    ["freya.nygaard@skovlund.dk", "christian.bjerre@skovlund.dk"]))

    uid = "zoom-92211874005@zoom.us"
    ev = vevent(uid, "Trygvik Forsikring | Second interview – Crisis Management Specialist", "20261210T090000",
                "20261210T100000", "Z",
                desc=("Mette Holm is inviting you to a scheduled Zoom meeting.\n\nSecond interview with Jakob "
                      "Winther (Head of Crisis Management) and Mette Holm.\n\n" + zoom("en", "922 1187 4005",
                                                                                      "TXJ0a2ZwcVo", "trygvik")),
                loc="https://trygvik.zoom.us/j/92211874005",
                lines=[org("mette.holm@trygvik.dk", "Mette Holm"), who(ME_PRIV, "Tobias Krüger"),
                       who("jakob.winther@trygvik.dk", "Jakob Winther")])
    out.append(Item("zoom-native-round2", "en", cal(P_ZOOM, [ev]), uid, True, "Trygvik Forsikring",
                    "Crisis Management Specialist", "", ["mette.holm@trygvik.dk", "jakob.winther@trygvik.dk"]))
    return out
