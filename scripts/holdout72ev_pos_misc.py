"""holdout72: more of the user's own interviews: hand-typed entries, a reschedule, a cancellation, a headhunter."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_FREE,
    P_APPLE_MAC,
    P_GOOGLE,
    P_OUTLOOK,
    P_OUTLOOK16,
    ROMANCE,
    UTC_PARIS_FR,
    Ev,
    alarm,
    att,
    cal,
    ev,
    meet,
    olson_tz,
    org,
    outlook_extra,
    outlook_tz,
    outlook_uid,
    zoom,
)


def granville_workday() -> Ev:
    uid = "WD-INTV-R-24-0871-44120@granvilleashcroft.myworkday.com"
    desc = (
        "Interview Details\n\nCandidate: Élodie Martin\nJob Requisition: R-24-0871 Corporate Associate (Paris)\n"
        "Interview Type: Phone Screen\nInterviewer(s): Victoria Hale, Lateral Recruitment Manager\n\n"
        "Victoria will call you on the number provided in your application.\n\n"
        "Granville Ashcroft LLP – Careers"
    )
    e = ev(
        uid, "DTSTART:20251016T150000Z", "DTEND:20251016T153000Z",
        "Interview: Corporate Associate (Paris) - R-24-0871",
        stamp="20251010T120533Z",
        organizer=org("granvilleashcroft@myworkday.com", "Granville Ashcroft Recruiting"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("v.hale@granvilleashcroft.com", "Victoria Hale")],
        desc=desc, loc="Phone", seq=0,
    )
    return Ev("workday-phone-screen-en", "en", cal([e], "-//Workday//Workday Calendar//EN"), uid, 1,
              "Granville Ashcroft LLP", "Corporate Associate (Paris)", "recruiter_screen",
              "v.hale@granvilleashcroft.com")


def granville_cancel() -> Ev:
    uid = outlook_uid("granville-round2")
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251112T100000", f"DTEND;TZID={ROMANCE}:20251112T120000",
        "Annulé : Entretiens associés – Corporate Associate (Paris) – Round 2",
        stamp="20251107T164020Z", sum_lang="fr-FR",
        organizer=org("v.hale@granvilleashcroft.com", "Hale, Victoria"),
        attendees=[att(ME_FREE, ME_CN), att("richard.osei@granvilleashcroft.com", "Osei, Richard"),
                   att("marion.leclerc@granvilleashcroft.com", "Leclerc, Marion")],
        desc="Chère Élodie,\n\nNous devons malheureusement reporter vos entretiens avec Richard Osei et Marion "
             "Leclerc (associés Corporate). Je reviens vers vous très vite avec de nouvelles dates.\n\nVictoria",
        loc="Granville Ashcroft – 24 rue de Marignan, 75008 Paris", seq=2, status="CANCELLED",
        extra=["PRIORITY:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"],
    )
    return Ev("outlook-method-cancel-fr", "fr", cal([e], P_OUTLOOK, method="CANCEL", tz=outlook_tz(ROMANCE)), uid, 1,
              "Granville Ashcroft LLP", "Corporate Associate (Paris)", "hiring_manager",
              "richard.osei@granvilleashcroft.com;marion.leclerc@granvilleashcroft.com")


def rhone_handtyped() -> Ev:
    uid = "6te2bq9sk1m4ld0vj7nh3rc8fa@google.com"
    e = ev(
        uid, "DTSTART:20251022T073000Z", "DTEND:20251022T080000Z",
        "Tel RH Rhône Commo – juriste corporate",
        stamp="20251020T184402Z",
        organizer=org(ME_FREE, ME_CN),
        desc="Amandine (TA) appelle sur portable. Poste Genève, permis G ok ? fourchette CHF",
        extra=["SEQUENCE:0", "TRANSP:OPAQUE", *alarm(15, "This is an event reminder")],
    )
    head = ["X-WR-CALNAME:Élodie perso", "X-WR-TIMEZONE:Europe/Paris"]
    return Ev("hand-typed-phone-utc-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH", head=head), uid, 1,
              "Rhône Commodities", "juriste corporate", "recruiter_screen", "Amandine")


def rhone_teamtailor() -> Ev:
    uid = "teamtailor-interview-2318845@teamtailor.com"
    desc = (
        "Hi Élodie,\n\nWe are pleased to invite you to the final interview for the position Legal Counsel – "
        "Corporate & Trade Finance (Geneva). You will meet Stefan Brunner (CEO) and Alessia Conti (General "
        "Counsel) at our offices, Rue du Mont-Blanc 14, 1201 Geneva.\n\nBest regards,\nAmandine Roux\n"
        "Talent Acquisition – Rhône Commodities SA"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Zurich:20251211T100000", "DTEND;TZID=Europe/Zurich:20251211T113000",
        "Interview: Legal Counsel – Corporate & Trade Finance (Geneva)",
        stamp="20251203T131310Z",
        organizer=org("amandine.roux@rhonecommodities.ch", "Amandine Roux"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("s.brunner@rhonecommodities.ch", "Stefan Brunner"),
                   att("a.conti@rhonecommodities.ch", "Alessia Conti")],
        desc=desc, loc="Rhône Commodities SA, Rue du Mont-Blanc 14, 1201 Genève", seq=0,
    )
    return Ev("teamtailor-final-en", "en", cal([e], "-//Teamtailor//Teamtailor Calendar//EN",
              tz=olson_tz("Europe/Zurich")), uid, 1, "Rhône Commodities",
              "Legal Counsel – Corporate & Trade Finance (Geneva)", "final",
              "s.brunner@rhonecommodities.ch;a.conti@rhonecommodities.ch")


def cobalt_rescheduled() -> Ev:
    uid = outlook_uid("cobalt-aero")
    desc = (
        "Bonjour Élodie,\n\nSuite à un empêchement de Frédéric, nous décalons notre entretien au jeudi 20 novembre "
        "à 11h. Le reste est inchangé : entretien avec Frédéric Lemoine, Directeur juridique, et moi-même, au "
        "siège de Vélizy.\n\nBien cordialement,\nClaire Moulin\nResponsable RH – Fonctions support\nCobalt Aéro"
    )
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251120T110000", f"DTEND;TZID={ROMANCE}:20251120T120000",
        "Cobalt Aéro – Entretien Juriste Corporate (nouvel horaire)",
        stamp="20251114T084512Z", sum_lang="fr-FR",
        organizer=org("claire.moulin@cobalt-aero.com", "MOULIN Claire"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("frederic.lemoine@cobalt-aero.com", "LEMOINE Frédéric")],
        desc=desc, loc="Cobalt Aéro – 8 avenue de l'Europe, 78140 Vélizy-Villacoublay", seq=2,
        extra=outlook_extra(),
    )
    return Ev("outlook-rescheduled-sequence-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(ROMANCE)), uid, 1,
              "Cobalt Aéro", "Juriste Corporate", "hiring_manager",
              "frederic.lemoine@cobalt-aero.com;claire.moulin@cobalt-aero.com")


def ardent_handtyped() -> Ev:
    uid = "0ao5kj8r3c1mx7tg2bq6ne9vil@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251210T083000", "DTEND;TZID=Europe/Paris:20251210T093000",
        "Entretien Ardent Santé – DJ adjoint(e)",
        stamp="20251203T211108Z",
        organizer=org(ME_FREE, ME_CN),
        desc="avec Nathalie Brun (DJ groupe). Lien Teams dans le mail du 3/12. Relire rapport annuel + "
             "opérations de croissance externe 2024. Partir du cabinet à 8h15 max (salle Marbeuf libre ?)",
        loc="Teams", extra=["SEQUENCE:0", "TRANSP:OPAQUE"],
    )
    return Ev("hand-typed-teams-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH", tz=olson_tz("Europe/Paris")), uid, 1,
              "Ardent Santé", "DJ adjoint(e)", "hiring_manager", "Nathalie Brun")


def dunant_apple() -> Ev:
    uid = "A41F6C2E-9B3D-4E70-8D15-7C0E2B9F4A61"
    e = ev(
        uid, "DTSTART;TZID=Europe/Zurich:20251218T103000", "DTEND;TZID=Europe/Zurich:20251218T113000",
        "Rencontre – poste de juriste (family office)",
        stamp="20251211T165500Z",
        organizer="ORGANIZER;CN=Charles Dunant;EMAIL=c.dunant@dunant-fo.ch:mailto:c.dunant@dunant-fo.ch",
        attendees=[
            "ATTENDEE;CN=Béatrice Dunant;CUTYPE=INDIVIDUAL;EMAIL=b.dunant@dunant-fo.ch;PARTSTAT=ACCEPTED;"
            "ROLE=REQ-PARTICIPANT:mailto:b.dunant@dunant-fo.ch",
            f"ATTENDEE;CN={ME_CN};CUTYPE=INDIVIDUAL;EMAIL={ME_FREE};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;"
            f"RSVP=TRUE:mailto:{ME_FREE}",
        ],
        desc="Chère Élodie,\nRavi de poursuivre notre conversation, cette fois avec Béatrice, sur le poste de "
             "juriste que nous créons. À jeudi.\nCharles",
        loc="Maison Dunant\nRue de la Corraterie 11, 1204 Genève", status=None,
        extra=["CREATED:20251211T165437Z", "SEQUENCE:0", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"],
    )
    return Ev("apple-mac-family-office-fr", "fr", cal([e], P_APPLE_MAC, tz=olson_tz("Europe/Zurich")), uid, 1,
              "Maison Dunant", "juriste", "", "c.dunant@dunant-fo.ch;b.dunant@dunant-fo.ch")


def ophira_zoom() -> Ev:
    uid = "ZOOM87730041218@zoom.us"
    desc = (
        "Entretien avec Stéphanie Hamel, Secrétaire générale d'Ophira Group, pour le poste de Juriste M&A.\n\n"
        + zoom("fr", "877 3004 1218", "Stéphanie Hamel")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251208T173000", "DTEND;TZID=Europe/Paris:20251208T181500",
        "Entretien Zoom – Juriste M&A",
        stamp="20251202T092000Z",
        organizer=org("s.hamel@ophira-group.com", "Stéphanie Hamel"),
        attendees=[att(ME_FREE, "Élodie Martin")],
        desc=desc, loc="https://us02web.zoom.us/j/87730041218?pwd=cVd0QmRvN2x1", status=None,
    )
    return Ev("zoom-app-hiring-manager-fr", "fr", cal([e], "-//zoom.us//iCalendar Event//EN",
              tz=olson_tz("Europe/Paris")), uid, 1, "Ophira Group", "Juriste M&A", "hiring_manager",
              "s.hamel@ophira-group.com")


def aldren_headhunter() -> Ev:
    uid = outlook_uid("aldren-carrington")
    desc = (
        "Elodie,\n\nFurther to our call, our client Aldren Logistics would like to meet you for the Head of Legal "
        "France role. You will meet Catherine Vidal, Group General Counsel, at their Paris office (15 quai de "
        "Grenelle, 75015). I have attached the job description and the group's latest annual report.\n\n"
        "Best,\nJames Porter\nPartner – Carrington Search"
    )
    e = ev(
        uid, f'DTSTART;TZID="{UTC_PARIS_FR}":20251203T160000', f'DTEND;TZID="{UTC_PARIS_FR}":20251203T170000',
        "Elodie Martin – interview – Head of Legal France",
        stamp="20251126T183000Z", sum_lang="en-GB",
        organizer=org("j.porter@carringtonsearch.com", "Porter, James"),
        attendees=[att(ME_FREE, "Elodie Martin"), att("c.vidal@aldren.com", "Vidal, Catherine")],
        desc=desc, loc="15 quai de Grenelle, 75015 Paris", seq=0, extra=outlook_extra(),
    )
    return Ev("headhunter-client-in-body-en", "en", cal([e], P_OUTLOOK16, tz=outlook_tz(UTC_PARIS_FR)), uid, 1,
              "Aldren Logistics", "Head of Legal France", "hiring_manager", "c.vidal@aldren.com")


def bazin_terse() -> Ev:
    uid = outlook_uid("bazin-mercier")
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251215T190000", f"DTEND;TZID={ROMANCE}:20251215T200000",
        "Élodie Martin / Me Bazin",
        stamp="20251210T101045Z", sum_lang="fr-FR",
        organizer=org("f.bazin@bazin-mercier.fr", "Bazin, François"),
        attendees=[att(ME_FREE, "elodie.martin.avocat@orange.fr")],
        desc="Comme convenu avec Juris Talents, rendez-vous au cabinet pour faire connaissance.\n",
        loc="Cabinet", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-terse-domain-only-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(ROMANCE)), uid, 1,
              "Bazin Mercier Avocats", "", "", "f.bazin@bazin-mercier.fr")


def novalis_google() -> Ev:
    uid = "3nq7dv0ke5ra8gm1ts4bl9cu2h@google.com"
    desc = (
        "Madame,\n\nÀ la demande de M. Olivier Dray, Secrétaire général, je vous adresse cette invitation pour "
        "votre entretien relatif au poste de Juriste Corporate Immobilier.\n\nCordialement,\nLouise Perrin\n"
        "Assistante de direction – Novalis Immobilier\n\n" + meet("fr", "bzn-hxqp-jto")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251217T150000", "DTEND;TZID=Europe/Paris:20251217T160000",
        "Entretien – Juriste Corporate Immobilier – Mme Martin",
        stamp="20251211T094000Z",
        organizer=org("l.perrin@novalis-immo.fr", "Louise Perrin"),
        attendees=[att("l.perrin@novalis-immo.fr", "Louise Perrin", stat="ACCEPTED"),
                   att("o.dray@novalis-immo.fr", "Olivier Dray"), att(ME_FREE)],
        desc=desc, extra=["SEQUENCE:0"],
    )
    return Ev("google-assistant-organizer-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")), uid, 1,
              "Novalis Immobilier", "Juriste Corporate Immobilier", "hiring_manager", "o.dray@novalis-immo.fr")


def events() -> list[Ev]:
    return [
        granville_workday(), granville_cancel(), rhone_handtyped(), rhone_teamtailor(), cobalt_rescheduled(),
        ardent_handtyped(), dunant_apple(), ophira_zoom(), aldren_headhunter(), bazin_terse(), novalis_google(),
    ]
