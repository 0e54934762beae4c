"""holdout54: more of the user's own interviews (second rounds, terse entries, mixed tools)."""

from __future__ import annotations

import holdout54ev_ics as ic
from holdout54ev_ics import FREE, WORK, att, calendar, lab, org, vevent

ME = "Inès Haddad"
Ev = tuple[str, str, dict[str, str]]


def _inv(kind: str, tool: str, uid: str, summary: str, start: str, end: str, organizer: tuple[str, str],
         people: list[tuple[str, str]], desc: str, loc: str, label: tuple[str, str, str, str], *,
         tz: str | None = "Europe/Paris", me: str = FREE, trap: str = "", xwr: str | None = None) -> Ev:
    attendees = [att(me, ME)] + [att(e, n) for e, n in people]
    tzids = (tz,) if tz in ic.TZ_BLOCKS else ()
    ics = calendar(tool, [vevent(uid, summary, start, end, tz=tz, organizer=org(*organizer), attendees=attendees,
                                 desc=desc, loc=loc)], tzids=tzids, xwr=xwr)
    company, role, stage, interviewers = label
    return kind, ics, lab(kind, uid, 1, company, role, stage, interviewers, trap)


def events() -> list[Ev]:
    out: list[Ev] = [
        _inv("lever-fr", "lever", "lever-int-91b0e7d2c5a84f3e8d1c0b9a7e6f5d4c",
             "Entretien avec Nuage Rose – Designer produit (Jeux)", "20250312T100000", "20250312T104500",
             ("talent@nuagerose.games", "Nuage Rose Talent"), [("lou.garnier@nuagerose.games", "Lou Garnier")],
             "Bonjour Inès,\nPremier entretien avec Lou Garnier, chargée de recrutement chez Nuage Rose.\n"
             + ic.ZOOM_FR.format(code="87719023345") + "\nPlanifié avec Lever", "Zoom",
             ("Nuage Rose", "Designer produit (Jeux)", "recruiter_screen", "lou.garnier@nuagerose.games")),
        _inv("ashby-en-utc", "ashby", "ashby-0e7c3b2a-d41f-49a6-8c55-1f2e3d4c5b6a",
             "Mellifera – Product Design Interview: Systems Thinking", "20250402T080000", "20250402T090000",
             ("no-reply@ashbyhq.com", "Mellifera"), [("astrid.lund@mellifera.bio", "Astrid Lund"),
                                                     ("yusuf.demir@mellifera.bio", "Yusuf Demir")],
             "You're confirmed for Systems Thinking (60 min) for the Product Designer role at Mellifera.\n"
             "Interviewers: Astrid Lund, Yusuf Demir\nhttps://meet.google.com/mlf-xxpa-ore", "Google Meet",
             ("Mellifera", "Product Designer", "technical", "astrid.lund@mellifera.bio;yusuf.demir@mellifera.bio"),
             tz="Z"),
        _inv("direct-fr-helio-round2", "google", "4d9a0c2e7b1f6helio3e5a8b@google.com",
             "Helio – Entretien avec le Head of Design (Inès Haddad)", "20250328T153000", "20250328T163000",
             ("pauline.martineau@heliosante.com", "Pauline Martineau"),
             [("baptiste.roussel@heliosante.com", "Baptiste Roussel")],
             "Bonjour Inès, comme annoncé, voici le 2e entretien avec Baptiste Roussel, Head of Design, qui "
             "serait votre manager. Je ne serai pas présente.\nPauline\n\n" + ic.MEET_FR.format(code="hls-ppoe-kdz"),
             "Google Meet",
             ("Helio Santé", "Product Designer Senior", "hiring_manager", "baptiste.roussel@heliosante.com")),
        _inv("teams-work-address-fr", "outlook", "040000008200E00074C5B7101A82E008000000004E1A7F2CPAPYRUS",
             "Papyrus RH | Entretien Product Designer – étude de cas", "20250410T123000", "20250410T133000",
             ("thomas.vernet@papyrus-rh.com", "Vernet, Thomas"),
             [("thomas.vernet@papyrus-rh.com", "Vernet, Thomas"), ("julie.ha@papyrus-rh.com", "Ha, Julie")],
             "Bonjour Inès,\nOn se retrouve pour la restitution de l'étude de cas (parcours d'onboarding salarié). "
             "20 min de présentation, 40 min d'échange avec Julie (PM) et moi.\nThomas – Design Lead\n\n"
             + ic.TEAMS_FR.format(code="cGFweXJ1"), "Réunion Microsoft Teams",
             ("Papyrus RH", "Product Designer", "technical", "thomas.vernet@papyrus-rh.com;julie.ha@papyrus-rh.com"),
             tz=ic.ROMANCE, me=WORK, trap="work-address-lunch-slot-fr"),
        _inv("webex-fr", "outlook", "WEBEX-7291-3344-stellis-0417@webex.com",
             "Entretien final – Designer UX/UI confirmé – Stellis", "20250417T103000", "20250417T113000",
             ("sandrine.coste@stellis-aero.com", "COSTE Sandrine"),
             [("laurent.bories@stellis-aero.com", "BORIES Laurent"),
              ("sandrine.coste@stellis-aero.com", "COSTE Sandrine")],
             "Madame Haddad,\nPour ce dernier entretien vous échangerez avec Laurent Bories, Directeur de "
             "l'Ingénierie Cabine, en présence de Sandrine Coste (RH).\n\n" + ic.WEBEX_FR.format(code="stellis.rh"),
             "Webex",
             ("Stellis Aerospace", "Designer UX/UI confirmé", "final",
              "laurent.bories@stellis-aero.com;sandrine.coste@stellis-aero.com"), tz=ic.UTC1),
        _inv("founder-proton-en", "proton", "kf83Jd0q-Vs2mQ@proton.me",
             "Coffee + portfolio chat – Inès / Aurélien (Trouvaille)", "20250321T090000", "20250321T100000",
             ("aurelien.trouvaille@proton.me", "Aurélien Mas"), [],
             "Hi Inès! As discussed: we're looking for our first designer at Trouvaille (second-hand furniture "
             "marketplace). Let's meet at Café Cerise, I'll walk you through the product and we can look at your "
             "portfolio together. Aurélien, co-founder & CEO", "Café Cerise, 17 rue des Filatiers, Toulouse",
             ("Trouvaille", "first designer", "hiring_manager", "aurelien.trouvaille@proton.me"),
             trap="founder-coffee-interview-en"),
        _inv("smartrecruiters-en-bcn", "smartrecruiters", "sr-interview-1203-9be2-pagaloo",
             "Pagaloo – Case Study Interview (Product Designer)", "20250401T150000", "20250401T163000",
             ("marta.vidal@pagaloo.es", "Marta Vidal"), [("xavi.bosch@pagaloo.es", "Xavi Bosch"),
                                                         ("lucia.serrano@pagaloo.es", "Lucía Serrano")],
             "Hi Inès,\nYou'll work on a short case live with Xavi Bosch (Design Lead) and Lucía Serrano (PM). "
             "Marta (Talent) scheduled it and won't join.\n" + ic.MEET_EN.format(code="pgl-case-zzt"), "Google Meet",
             ("Pagaloo", "Product Designer", "technical", "xavi.bosch@pagaloo.es;lucia.serrano@pagaloo.es"),
             tz="Europe/Madrid"),
        _inv("kestrel-final-en", "ashby", "ashby-9a8b7c6d-5e4f-4321-a0b9-kestrel-final",
             "Kestrel Mobility – Final Interview (Design Panel)", "20250422T130000", "20250422T143000",
             ("no-reply@ashbyhq.com", "Kestrel Mobility Recruiting"),
             [("aisha.mensah@kestrelmobility.co.uk", "Aisha Mensah"),
              ("tom.ashworth@kestrelmobility.co.uk", "Tom Ashworth"),
              ("dan.pryce@kestrelmobility.co.uk", "Dan Pryce")],
             "Final interview for Product Designer, Rider Experience.\nPanel: Aisha Mensah (Chief Product Officer), "
             "Tom Ashworth (Design Manager), Dan Pryce (Senior Researcher)\n" + ic.MEET_EN.format(code="kst-fnl-wwq"),
             "Google Meet",
             ("Kestrel Mobility", "Product Designer, Rider Experience", "final",
              "aisha.mensah@kestrelmobility.co.uk;tom.ashworth@kestrelmobility.co.uk;dan.pryce@kestrelmobility.co.uk"),
             tz="Europe/London"),
        _inv("personio-en-remote", "personio", "personio-interview-2301144-feldwerk",
             "Interview: Product Designer (m/w/d) – Portfolio Review", "20250403T150000", "20250403T160000",
             ("lena.vogt@feldwerk.de", "Lena Vogt"), [("tobias.wendt@feldwerk.de", "Tobias Wendt"),
                                                      ("karla.jung@feldwerk.de", "Karla Jung")],
             "Hi Inès,\nnext step: a portfolio review with Tobias Wendt (Head of Product) and Karla Jung (Senior "
             "Designer). The call will be in English.\nBest, Lena (Feldwerk GmbH)\nhttps://meet.google.com/fwd-prt-"
             "ghj", "Google Meet",
             ("Feldwerk", "Product Designer (m/w/d)", "technical", "tobias.wendt@feldwerk.de;karla.jung@feldwerk.de"),
             tz="Europe/Berlin"),
        _inv("tandem-hm-fr", "google", "9e1c3a5b7d0f2tandem4c6e8@google.com",
             "2e entretien – UX/UI Designer – avec Mathilde (CPO)", "20250404T100000", "20250404T110000",
             ("sofia.benali@tandem-learning.fr", "Sofia Benali"),
             [("mathilde.girard@tandem-learning.fr", "Mathilde Girard")],
             "Bonjour Inès,\nSuite à notre échange, Mathilde Girard, CPO de Tandem, souhaite vous rencontrer.\n"
             "Adresse : 8 rue Saint-Denis, Paris 1er, ou en visio https://meet.google.com/tnd-hmxx-qaz\nSofia",
             "Tandem Learning – 8 rue Saint-Denis, Paris",
             ("Tandem Learning", "UX/UI Designer", "hiring_manager", "mathilde.girard@tandem-learning.fr")),
        _inv("thunderbird-en-orbis", "thunderbird", "a7c2e9f0-3b14-4d8e-9f61-orbis-screen",
             "Orbis – intro call (Product Designer, Maps)", "20250313T143000", "20250313T150000",
             ("recruiting@orbis.earth", "Orbis Recruiting"), [("kai.lindqvist@orbis.earth", "Kai Lindqvist")],
             "Hi Inès, Kai from Orbis' talent team here. 30 minutes to get to know each other and discuss the "
             "Product Designer, Maps role (remote, EU).\nhttps://orbis.whereby.com/kai-lindqvist", "Whereby",
             ("Orbis", "Product Designer, Maps", "recruiter_screen", "kai.lindqvist@orbis.earth"), tz=None,
             trap="thunderbird-floating-en"),
        _inv("ondine-case-en", "teamtailor", "tt-meeting-1190477-ondine@teamtailor.com",
             "Ondine Labs – Case study presentation", "20250408T140000", "20250408T153000",
             ("no-reply@teamtailor.com", "Ondine Labs"), [("margaux@ondinelabs.co", "Margaux Berthier"),
                                                          ("lise@ondinelabs.co", "Lise Dufau")],
             "Hi Inès! Present your case study (30 min) to Margaux Berthier and Lise Dufau (Senior Designer), then "
             "Q&A. On site: 60 quai de Bacalan, Bordeaux.", "Ondine Labs, 60 quai de Bacalan, Bordeaux",
             ("Ondine Labs", "Lead Product Designer", "technical", "margaux@ondinelabs.co;lise@ondinelabs.co")),
        _inv("google-no-stage-en", "google", "0c2e4a6b8d1f3quarry5b7d9@google.com",
             "Quarry – Meet the team", "20250325T170000", "20250325T174500",
             ("leah.kim@quarry.so", "Leah Kim"), [("raj.patel@quarry.so", "Raj Patel")],
             "Informal conversation with Raj (Product Engineer) so you can hear how we work. Part of your interview "
             "process for Senior Product Designer, not evaluated separately.\n" + ic.MEET_EN.format(code="qry-mtt-abc"),
             "Google Meet", ("Quarry", "Senior Product Designer", "", "raj.patel@quarry.so"), tz="Z"),
        _inv("smartrecruiters-de", "smartrecruiters", "sr-interview-4477-0c1d-brucke",
             "Telefoninterview – Senior Product Designer (remote) – Brücke Health", "20250410T090000",
             "20250410T093000", ("talent@bruecke-health.de", "Brücke Health Talent"),
             [("miriam.scholz@bruecke-health.de", "Miriam Scholz")],
             "Hallo Inès,\nMiriam Scholz aus dem Recruiting ruft dich unter der angegebenen Nummer an.\nViele "
             "Grüße, Brücke Health", "Telefon",
             ("Brücke Health", "Senior Product Designer", "recruiter_screen", "miriam.scholz@bruecke-health.de"),
             tz="Europe/Berlin", trap="phone-screen-de"),
        _inv("lumino-screen-fr", "google", "3f5b7d9a1c0e2lumino4a6c8@google.com",
             "Lumino – appel avec Chloé (recrutement)", "20250311T140000", "20250311T143000",
             ("chloe.gagnon@lumino.studio", "Chloé Gagnon"), [],
             "Salut Inès! Tel que discuté sur LinkedIn, un premier appel pour le poste de designer UX (jeux). Je "
             "t'appelle sur Teams. Chloé – Lumino Studios", "Teams",
             ("Lumino Studios", "designer UX (jeux)", "recruiter_screen", "chloe.gagnon@lumino.studio"),
             tz="America/Toronto"),
    ]
    uid = "C29F10E4-7B3A-4E55-8D1E-ORCHARD0002"
    out.append(("terse-apple-en", calendar("apple", [vevent(
        uid, "Orchard final round – 4 interviews (London office)", "20250429T090000", "20250429T140000",
        tz="Europe/London", desc="Eurostar 6:30?? / hotel booked. Bring laptop. Rhys + Head of Design + PM + "
                                 "values. Ella says dress casual.",
        loc="Orchard, 1 Finsbury Ave, London", status=None)], method=None, tzids=("Europe/London",)),
        lab("terse-apple-en", uid, 1, "Orchard Bank", "", "final", "rhys", "terse-user-en")))
    uid = "5E0D1C2B-ZURB-4A7F-9C33-VIGNERON2"
    out.append(("terse-utc-fr", calendar("google", [vevent(
        uid, "Vigneron 2e entretien (Vincent + Clémence CTO)", "20250402T150000", "20250402T160000", tz="Z",
        organizer=org(FREE, ME), loc="Bureau Vigneron, Bordeaux")], method=None, xwr="Europe/Paris"),
        lab("terse-utc-fr", uid, 1, "Vigneron", "", "", "vincent;clémence", "terse-utc-fr")))
    return out
