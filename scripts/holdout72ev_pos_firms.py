"""holdout72: the user's own interviews with law firms (Paris, Luxembourg, Brussels, Geneva, a German firm)."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_FREE,
    P_APPLE,
    P_GOOGLE,
    P_OUTLOOK,
    P_OUTLOOK16,
    P_TB,
    ROMANCE,
    UTC_AMS_FR,
    UTC_BRU_EN,
    UTC_PARIS_FR,
    WEUROPE,
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
    resource,
    room,
    teams,
    webex,
)


def _g_att(email: str, cn: str | None = None, stat: str = "NEEDS-ACTION") -> str:
    """Google Calendar style attendee (CN is the address when Google knows no name)."""
    return (
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={stat};RSVP=TRUE;"
        f"CN={cn or email};X-NUM-GUESTS=0:mailto:{email}"
    )


def delorme_first() -> Ev:
    uid = "3k9v0s7hq1e2m5ub4r8d6t0c1a@google.com"
    desc = (
        "Bonjour Élodie,\n\nComme convenu par téléphone, je vous propose un premier échange avec Claire Delorme "
        "et moi-même autour du poste de collaborateur(trice) en corporate M&A (3 à 5 ans d'expérience).\n\n"
        "Nous vous recevrons au cabinet, 3e étage. Si vous préférez la visio, le lien ci-dessous fonctionne "
        "aussi.\n\nBien à vous,\nArnaud Lambert\n\n" + meet("fr", "xgh-tpqa-wko")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251015T183000", "DTEND;TZID=Europe/Paris:20251015T193000",
        "Entretien Élodie Martin / Delorme Lambert & Associés",
        stamp="20251009T161204Z",
        organizer=org("a.lambert@delorme-lambert.com", "Arnaud Lambert"),
        attendees=[
            _g_att("a.lambert@delorme-lambert.com", "Arnaud Lambert", "ACCEPTED"),
            _g_att("c.delorme@delorme-lambert.com", "Claire Delorme", "ACCEPTED"),
            _g_att(ME_FREE),
        ],
        desc=desc, loc="Delorme Lambert & Associés, 8 rue d'Anjou, 75008 Paris",
        extra=["SEQUENCE:0", "TRANSP:OPAQUE", "X-GOOGLE-CONFERENCE:https://meet.google.com/xgh-tpqa-wko"],
    )
    return Ev("google-direct-partners-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")), uid, 1,
              "Delorme Lambert & Associés", "collaborateur(trice) en corporate M&A", "hiring_manager",
              "a.lambert@delorme-lambert.com;c.delorme@delorme-lambert.com")


def delorme_final() -> Ev:
    uid = "9E1F4C77-2B0A-4D1E-8C43-6A55D0F2B913"
    e = ev(
        uid, "DTSTART:20251028T123000", "DTEND:20251028T140000",
        "DL&A – dernier tour avec Bertrand Pons (associé gérant)",
        stamp="20251017T203311Z",
        desc="au cabinet, pas au resto finalement. Apporter CV + liste deals. Question rému 4e année + télétravail",
        loc="8 rue d'Anjou, Paris 8e", status=None,
        extra=["CREATED:20251017T203305Z", "LAST-MODIFIED:20251017T203311Z", "SEQUENCE:0",
               "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *alarm(60, "Rappel")],
    )
    return Ev("hand-typed-floating-fr", "fr", cal([e], P_APPLE, method=None), uid, 1,
              "Delorme Lambert & Associés", "", "final", "Bertrand Pons")


def kessler_screen() -> Ev:
    uid = outlook_uid("kessler-screen")
    desc = (
        "Chère Maître,\n\nSuite à votre candidature au poste de collaborateur(trice) Corporate / Private Equity "
        "(3-5 ans), Sophie Morel, Legal Recruitment Manager, vous propose un premier entretien d'environ "
        "30 minutes par Teams.\n\nBien cordialement,\nCamille Henry\nAssistante Ressources Humaines\n"
        "Kessler Brandt LLP – Paris\n\n" + teams("fr", "NzQ1ZGIyOTEtYjE0", "362 118 904 557")
    )
    html = "<html><body><p>Chère Maître,</p><p>Suite à votre candidature, Sophie Morel vous propose un premier " \
           "entretien d'environ 30 minutes par Teams.</p></body></html>"
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251020T090000", f"DTEND;TZID={ROMANCE}:20251020T093000",
        "Entretien – Collaborateur(trice) Corporate / Private Equity (3-5 ans) – Kessler Brandt Paris",
        stamp="20251013T144502Z", sum_lang="fr-FR",
        organizer=org("sophie.morel@kesslerbrandt.com", "Morel, Sophie", sent_by="camille.henry@kesslerbrandt.com"),
        attendees=[att(ME_FREE, "elodie.martin.avocat@orange.fr")],
        desc=desc, loc="Réunion Microsoft Teams", seq=0,
        extra=outlook_extra(html=html),
    )
    return Ev("outlook-sentby-screen-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(ROMANCE)), uid, 1,
              "Kessler Brandt", "Collaborateur(trice) Corporate / Private Equity (3-5 ans)", "recruiter_screen",
              "sophie.morel@kesslerbrandt.com")


def kessler_onsite() -> Ev:
    uid = outlook_uid("kessler-onsite")
    tz = UTC_PARIS_FR
    desc = (
        "Chère Maître,\n\nNous avons le plaisir de vous convier à un second tour d'entretiens à notre bureau "
        "de Paris :\n\n14h00 – 14h45 : James Whitfield (Associé, Private Equity)\n"
        "14h45 – 15h30 : Hélène Lacombe (Associée, M&A) et Laura Ng (Counsel)\n\n"
        "Je vous accueillerai à la réception du 5e étage et vous raccompagnerai à l'issue des entretiens.\n\n"
        "Bien cordialement,\nSophie Morel\nLegal Recruitment Manager"
    )
    e = ev(
        uid, f'DTSTART;TZID="{tz}":20251105T140000', f'DTEND;TZID="{tz}":20251105T153000',
        "Entretiens au cabinet – Kessler Brandt (2e tour) – Mme Élodie Martin",
        stamp="20251027T101933Z", sum_lang="fr-FR",
        organizer=org("sophie.morel@kesslerbrandt.com", "Morel, Sophie"),
        attendees=[
            att(ME_FREE, ME_CN),
            att("james.whitfield@kesslerbrandt.com", "Whitfield, James"),
            att("helene.lacombe@kesslerbrandt.com", "Lacombe, Hélène"),
            att("laura.ng@kesslerbrandt.com", "Ng, Laura", role="OPT-PARTICIPANT"),
            room("par-5-concorde@kesslerbrandt.com", "PAR 5e Salle Concorde (10)"),
        ],
        desc=desc, loc="PAR 5e Salle Concorde (10); 17 avenue Matignon, 75008 Paris", seq=1,
        extra=outlook_extra(),
    )
    return Ev("outlook-utc-label-panel-room-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(tz)), uid, 1,
              "Kessler Brandt", "", "onsite",
              "james.whitfield@kesslerbrandt.com;helene.lacombe@kesslerbrandt.com;laura.ng@kesslerbrandt.com")


def wengler_first() -> Ev:
    uid = outlook_uid("wengler-first")
    desc = (
        "Dear Ms Martin,\n\nFurther to your application, we are pleased to invite you to an interview with "
        "Marc Thill (Partner, Corporate/M&A) and Julie Reuter (Senior Associate) at our offices in Kirchberg.\n\n"
        "Please bring an ID document for reception. Visitor parking is available on level -2.\n\n"
        "Kind regards,\nAnne Weber\nHR Officer | Wengler & Hoss"
    )
    e = ev(
        uid, f"DTSTART;TZID={WEUROPE}:20251022T100000", f"DTEND;TZID={WEUROPE}:20251022T110000",
        "Interview – Associate, Corporate (Luxembourg) – Ms Élodie Martin",
        stamp="20251014T075510Z", sum_lang="en-GB",
        organizer=org("anne.weber@wenglerhoss.lu", "Weber, Anne"),
        attendees=[
            att(ME_FREE, "Elodie Martin"),
            att("marc.thill@wenglerhoss.lu", "Thill, Marc"),
            att("julie.reuter@wenglerhoss.lu", "Reuter, Julie"),
            room("lu-kir-3.12@wenglerhoss.lu", "LU-KIR-3.12 Meeting Room (8)"),
        ],
        desc=desc, loc="LU-KIR-3.12 Meeting Room (8)", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-coordinator-room-en", "en", cal([e], P_OUTLOOK, tz=outlook_tz(WEUROPE)), uid, 1,
              "Wengler & Hoss", "Associate, Corporate (Luxembourg)", "hiring_manager",
              "marc.thill@wenglerhoss.lu;julie.reuter@wenglerhoss.lu")


def wengler_exercise() -> Ev:
    uid = outlook_uid("wengler-exercise")
    desc = (
        "Dear Elodie,\n\nAs announced, the next step is a short written exercise followed by a discussion with "
        "Marc Thill. You will receive a fact pattern (share deal, Luxembourg S.à r.l.) by email at the start "
        "time; you will have 60 minutes to prepare a short memo, then 30 minutes to discuss it with Marc on "
        "Teams.\n\nBest regards,\nAnne\n\n" + teams("en", "MmE4ZjI0NzAtOTQ3", "318 447 209 661")
    )
    e = ev(
        uid, "DTSTART:20251110T130000Z", "DTEND:20251110T143000Z",
        "Written exercise + discussion – Corporate Associate (Luxembourg)",
        stamp="20251103T090112Z",
        organizer=org("anne.weber@wenglerhoss.lu", "Weber, Anne"),
        attendees=[att(ME_FREE, "Elodie Martin"), att("marc.thill@wenglerhoss.lu", "Thill, Marc")],
        desc=desc, loc="Microsoft Teams Meeting", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-utc-written-test-en", "en", cal([e], P_OUTLOOK16), uid, 1,
              "Wengler & Hoss", "Corporate Associate (Luxembourg)", "technical", "marc.thill@wenglerhoss.lu")


def vddw_brussels() -> Ev:
    uid = outlook_uid("vddw-brussels")
    desc = (
        "Chère Madame Martin,\n\nJe vous remercie pour votre candidature. Comme convenu avec notre office "
        "manager, je vous propose de nous rencontrer à nos bureaux de l'avenue Louise, avec ma consœur "
        "Sarah Vandenberghe.\n\nBien confraternellement,\n\nPieter De Wit\nVennoot – Associé\n"
        "VDDW | Van Damme De Wit Advocaten\nAvenue Louise 250, 1050 Bruxelles"
    )
    e = ev(
        uid, f'DTSTART;TZID="{UTC_BRU_EN}":20251023T160000', f'DTEND;TZID="{UTC_BRU_EN}":20251023T170000',
        "Entretien Élodie Martin – Avocate collaboratrice Corporate (Bruxelles)",
        stamp="20251016T132200Z", sum_lang="fr-BE",
        organizer=org("pieter.dewit@vddw.be", "De Wit, Pieter"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("sarah.vandenberghe@vddw.be", "Vandenberghe, Sarah")],
        desc=desc, loc="VDDW – Avenue Louise 250, 1050 Bruxelles", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-brussels-partner-fr", "fr", cal([e], P_OUTLOOK16, tz=outlook_tz(UTC_BRU_EN)), uid, 1,
              "Van Damme De Wit", "Avocate collaboratrice Corporate (Bruxelles)", "hiring_manager",
              "pieter.dewit@vddw.be;sarah.vandenberghe@vddw.be")


def perrenoud_tb() -> Ev:
    uid = "e6d1a2b0-77c4-4b1e-9f0a-3c5d8e21b7aa"
    e = ev(
        uid, "DTSTART;TZID=Europe/Zurich:20251113T150000", "DTEND;TZID=Europe/Zurich:20251113T160000",
        "Entretien – avocat(e) collaborateur(trice) droit des sociétés / M&A",
        stamp="20251104T081545Z",
        organizer=org("n.favre@pfavocats.ch", "Nicolas Favre"),
        attendees=[att(ME_FREE, ME_CN), att("i.perrenoud@pfavocats.ch", "Isabelle Perrenoud", stat="ACCEPTED")],
        desc="Chère Madame,\n\nNous nous réjouissons de vous rencontrer. L'entretien se tiendra en visioconférence "
             "(lien envoyé la veille) avec Isabelle Perrenoud et moi-même.\n\nMeilleures salutations\nNicolas Favre",
        loc="Visioconférence", status=None,
        extra=["CREATED:20251104T081530Z", "LAST-MODIFIED:20251104T081545Z", "X-MOZ-GENERATION:1",
               "X-MOZ-SEND-INVITATIONS:TRUE"],
    )
    return Ev("thunderbird-geneva-fr", "fr", cal([e], P_TB, tz=olson_tz("Europe/Zurich"), calscale=False), uid, 1,
              "Perrenoud Favre Avocats", "avocat(e) collaborateur(trice) droit des sociétés / M&A", "",
              "n.favre@pfavocats.ch;i.perrenoud@pfavocats.ch")


def perrenoud_allday() -> Ev:
    uid = "1v8ld2k5nq0rf3ab6hm4t7se9c@google.com"
    e = ev(
        uid, "DTSTART;VALUE=DATE:20251204", "DTEND;VALUE=DATE:20251205",
        "Genève – journée d'entretiens PF Avocats (associés + collaborateurs)",
        stamp="20251120T191845Z",
        organizer=org(ME_FREE, ME_CN),
        desc="TGV 6h11 Gare de Lyon → Genève 9h20. Entretiens 10h-16h au cabinet, rue du Rhône. Retour 18h29.",
        loc="Genève", extra=["TRANSP:TRANSPARENT", "SEQUENCE:0"],
    )
    head = ["X-WR-CALNAME:Élodie perso", "X-WR-TIMEZONE:Europe/Paris"]
    return Ev("all-day-onsite-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH", head=head), uid, 1,
              "Perrenoud Favre Avocats", "", "onsite", "")


def fontanel_agency() -> Ev:
    uid = outlook_uid("fontanel-agency")
    desc = (
        "Bonjour Élodie,\n\nJe vous confirme votre entretien avec Maître Grégoire Fontanel, associé fondateur "
        "de Fontanel Avocats, au cabinet (42 avenue de Friedland, 75008 Paris – code 4B17, 2e étage).\n\n"
        "Je ne serai pas présente mais je vous appelle juste après pour un débrief.\n\n"
        "Belle journée,\nMathilde Roussel\nConsultante senior – Juris Talents\n06 71 22 48 05"
    )
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251030T113000", f"DTEND;TZID={ROMANCE}:20251030T123000",
        "Entretien Fontanel Avocats – Collaborateur Corporate 2/4 ans (Juris Talents)",
        stamp="20251024T100210Z", sum_lang="fr-FR",
        organizer=org("mathilde.roussel@juristalents.fr", "Mathilde Roussel | Juris Talents"),
        attendees=[att(ME_FREE, "Elodie MARTIN"), att("g.fontanel@fontanel-avocats.fr", "Grégoire Fontanel")],
        desc=desc, loc="Fontanel Avocats, 42 avenue de Friedland, 75008 Paris", seq=0, extra=outlook_extra(),
    )
    return Ev("agency-names-employer-fr", "fr", cal([e], P_OUTLOOK16, tz=outlook_tz(ROMANCE)), uid, 1,
              "Fontanel Avocats", "Collaborateur Corporate 2/4 ans", "hiring_manager", "g.fontanel@fontanel-avocats.fr")


def garnier_calendly() -> Ev:
    uid = "c1f3e0a2-6b8d-4f57-a9e4-0d2c7b6a5f18@calendly.com"
    desc = (
        "Type d'événement : Entretien collaborateur·rice (45 min)\n\n"
        "Lieu : Garnier Avocats – 3 rue Scribe, 75009 Paris\n\n"
        "Merci de vous présenter à l'accueil du 4e étage.\n\n"
        "Besoin d'apporter des modifications à cet événement ?\n"
        "Annuler : https://calendly.com/cancellations/c1f3e0a2-6b8d-4f57-a9e4-0d2c7b6a5f18\n"
        "Reprogrammer : https://calendly.com/reschedulings/c1f3e0a2-6b8d-4f57-a9e4-0d2c7b6a5f18\n\n"
        "Optimisé par Calendly.com"
    )
    e = ev(
        uid, "DTSTART:20251106T083000Z", "DTEND:20251106T091500Z",
        "Élodie Martin et Sophie Garnier",
        stamp="20251029T213402Z",
        organizer=org("sophie.garnier@garnier-avocats.fr", "Sophie Garnier"),
        attendees=[att(ME_FREE, ME_CN, stat="ACCEPTED"),
                   att("sophie.garnier@garnier-avocats.fr", "Sophie Garnier", stat="ACCEPTED")],
        desc=desc, loc="Garnier Avocats – 3 rue Scribe, 75009 Paris",
    )
    return Ev("calendly-invitee-fr", "fr", cal([e], "-//Calendly//Calendly 1.0//EN"), uid, 1,
              "Garnier Avocats", "collaborateur·rice", "", "sophie.garnier@garnier-avocats.fr")


def moreau_apple() -> Ev:
    uid = "5C0A9E3B-11F2-4D6A-B7E8-2F4E91A0C6D3"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251118T173000", "DTEND;TZID=Europe/Paris:20251118T183000",
        "Entretien Élodie Martin",
        stamp="20251112T182040Z",
        organizer="ORGANIZER;CN=Julien Daviet;EMAIL=j.daviet@moreau-daviet.com:mailto:j.daviet@moreau-daviet.com",
        attendees=[
            "ATTENDEE;CN=Julien Daviet;CUTYPE=INDIVIDUAL;EMAIL=j.daviet@moreau-daviet.com;PARTSTAT=ACCEPTED;"
            "ROLE=CHAIR:mailto:j.daviet@moreau-daviet.com",
            f"ATTENDEE;CN={ME_CN};CUTYPE=INDIVIDUAL;EMAIL={ME_FREE};PARTSTAT=NEEDS-ACTION;"
            f"ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_FREE}",
        ],
        loc="Moreau Daviet\n12 rue de Miromesnil, 75008 Paris, France", status=None,
        extra=["CREATED:20251112T181955Z", "SEQUENCE:0", "TRANSP:OPAQUE",
               "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"],
    )
    text = cal([e], P_APPLE, tz=olson_tz("Europe/Paris"))
    return Ev("apple-ios-bare-fr", "fr", text, uid, 1, "Moreau Daviet Avocats", "", "",
              "j.daviet@moreau-daviet.com")


def schaus_xwr() -> Ev:
    uid = "0p4sq8ve1l6ko2c9b3rj5n7ght@google.com"
    e = ev(
        uid, "DTSTART:20251119T140000", "DTEND:20251119T143000",
        "Entretien Schaus Kremer – collaborateur corporate / banking & finance (Luxembourg)",
        stamp="20251113T072511Z",
        organizer=org("lydie.hoffmann@skavocats.lu", "Lydie Hoffmann"),
        attendees=[_g_att("lydie.hoffmann@skavocats.lu", "Lydie Hoffmann", "ACCEPTED"),
                   _g_att(ME_FREE, ME_CN, "ACCEPTED")],
        desc="Premier échange téléphonique avec Lydie Hoffmann, responsable RH, avant une rencontre avec les "
             "associés. Lydie vous appellera au 06 12 48 90 37.",
        loc="Téléphone", extra=["SEQUENCE:0", "TRANSP:OPAQUE"],
    )
    head = ["X-WR-CALNAME:elodie.martin.avocat@orange.fr", "X-WR-TIMEZONE:Europe/Luxembourg"]
    return Ev("x-wr-timezone-floating-phone-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH", head=head), uid, 1,
              "Schaus Kremer Avocats", "collaborateur corporate / banking & finance (Luxembourg)",
              "recruiter_screen", "lydie.hoffmann@skavocats.lu")


def hartung_softgarden() -> Ev:
    uid = "sg-interview-7731904-2025@softgarden.io"
    desc = (
        "Sehr geehrte Frau Martin,\n\nvielen Dank für Ihre Bewerbung als Rechtsanwältin / Rechtsanwalt (m/w/d) "
        "Corporate – French Desk Paris. Wir freuen uns, Sie zu einem Gespräch mit Dr. Friederike Hartung "
        "(Partnerin) und Maximilian Braun (Counsel, French Desk) einzuladen. Das Gespräch wird auf Deutsch und "
        "Französisch geführt.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nHartung Vogel Rechtsanwälte PartG mbB"
        "\n\n" + teams("de", "ZTg0NzFkOTItZjA0", "385 902 117 440")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Berlin:20251125T110000", "DTEND;TZID=Europe/Berlin:20251125T120000",
        "Vorstellungsgespräch: Rechtsanwältin / Rechtsanwalt (m/w/d) Corporate – French Desk Paris",
        stamp="20251117T093007Z",
        organizer=org("recruiting@hartung-vogel.de", "Hartung Vogel Recruiting"),
        attendees=[att(ME_FREE, "Elodie Martin"), att("f.hartung@hartung-vogel.de", "Dr. Friederike Hartung"),
                   att("m.braun@hartung-vogel.de", "Maximilian Braun")],
        desc=desc, loc="Microsoft Teams", seq=0,
    )
    return Ev("softgarden-teams-de", "de", cal([e], "-//softgarden e-recruiting GmbH//Interview//DE",
              tz=olson_tz("Europe/Berlin")), uid, 1, "Hartung Vogel Rechtsanwälte",
              "Rechtsanwältin / Rechtsanwalt (m/w/d) Corporate – French Desk Paris", "hiring_manager",
              "f.hartung@hartung-vogel.de;m.braun@hartung-vogel.de")


def lambrecht_final() -> Ev:
    uid = outlook_uid("lambrecht-final")
    desc = (
        "Dear Elodie,\n\nThank you for meeting Inge and Tom last week. As discussed, the final step is a "
        "conversation with me at our Brussels office (Boulevard de Waterloo 34, 7th floor). Nadia, our office "
        "manager, will welcome you at reception.\n\nKind regards,\nKoen Lambrecht\nManaging Partner"
    )
    e = ev(
        uid, f'DTSTART;TZID="{UTC_BRU_EN}":20251209T090000', f'DTEND;TZID="{UTC_BRU_EN}":20251209T100000',
        "Elodie Martin – final interview (Senior Associate Corporate/M&A)",
        stamp="20251201T170355Z", sum_lang="en-US",
        organizer=org("koen.lambrecht@lambrecht.law", "Lambrecht, Koen"),
        attendees=[att(ME_FREE, "Elodie Martin"),
                   att("nadia.elkaoui@lambrecht.law", "El Kaoui, Nadia", role="OPT-PARTICIPANT"),
                   resource("bru-7-boardroom@lambrecht.law", "BRU 7F Boardroom")],
        desc=desc, loc="BRU 7F Boardroom", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-final-office-manager-en", "en", cal([e], P_OUTLOOK, tz=outlook_tz(UTC_BRU_EN)), uid, 1,
              "Lambrecht & Partners", "Senior Associate Corporate/M&A", "final", "koen.lambrecht@lambrecht.law")


def lambrecht_lunch() -> Ev:
    uid = "7fj2qk0d4m1sv6bn8ahc3re5lo@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Brussels:20251201T123000", "DTEND;TZID=Europe/Brussels:20251201T140000",
        "Lunch with the Corporate team – interview process, Lambrecht & Partners",
        stamp="20251124T110045Z",
        organizer=org("inge.peeters@lambrecht.law", "Inge Peeters"),
        attendees=[_g_att("inge.peeters@lambrecht.law", "Inge Peeters", "ACCEPTED"),
                   _g_att("tom.maes@lambrecht.law", "Tom Maes", "ACCEPTED"), _g_att(ME_FREE)],
        desc="Hi Elodie, as part of your interview process Tom and I would love to take you to lunch near the "
             "office: an informal conversation about the team, the files and life at the firm. Nothing to "
             "prepare!\nInge",
        loc="Brasserie Ploegmans, Rue Haute 148, 1000 Bruxelles", extra=["SEQUENCE:0"],
    )
    return Ev("google-lunch-in-process-en", "en", cal([e], P_GOOGLE, tz=olson_tz("Europe/Brussels")), uid, 1,
              "Lambrecht & Partners", "", "", "inge.peeters@lambrecht.law;tom.maes@lambrecht.law")


def vuilleumier_webex() -> Ev:
    uid = outlook_uid("vuilleumier-webex")
    desc = (
        "Madame,\n\nÀ la demande de Me Laurent Vuilleumier, associé responsable du département droit des "
        "sociétés, nous vous transmettons ci-dessous le lien Webex pour votre entretien.\n\n"
        "Avec nos meilleures salutations,\nSecrétariat – Étude Vuilleumier\n\n" + webex("fr", "2745 118 0936",
                                                                                        "etudevuilleumier")
    )
    e = ev(
        uid, f"DTSTART;TZID={WEUROPE}:20251126T083000", f"DTEND;TZID={WEUROPE}:20251126T092000",
        "Entretien (Webex) – poste d'avocat(e) collaborateur(trice)\\, droit des sociétés",
        stamp="20251120T140001Z", sum_lang="fr-CH", raw_summary=True,
        organizer=org("secretariat@etude-vuilleumier.ch", "Secrétariat Étude Vuilleumier"),
        attendees=[att(ME_FREE, ME_CN), att("laurent.vuilleumier@etude-vuilleumier.ch", "Vuilleumier, Laurent")],
        desc=desc, loc="Webex", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-webex-secretariat-fr", "fr", cal([e], P_OUTLOOK16, tz=outlook_tz(WEUROPE)), uid, 1,
              "Étude Vuilleumier", "avocat(e) collaborateur(trice), droit des sociétés", "hiring_manager",
              "laurent.vuilleumier@etude-vuilleumier.ch")


def roux_bellamy() -> Ev:
    uid = outlook_uid("roux-bellamy")
    e = ev(
        uid, f'DTSTART;TZID="{UTC_AMS_FR}":20251202T181500', f'DTEND;TZID="{UTC_AMS_FR}":20251202T191500',
        "RDV Me Élodie Martin – recrutement collaborateur",
        stamp="20251126T095120Z", sum_lang="fr-FR",
        organizer=org("p.bellamy@rouxbellamy.fr", "BELLAMY Pierre", sent_by="v.caron@rouxbellamy.fr"),
        attendees=[att(ME_FREE, "Me Élodie Martin"), att("a.roux@rouxbellamy.fr", "ROUX Anne", role="OPT-PARTICIPANT")],
        desc="Rendez-vous au cabinet, 5 avenue Hoche (interphone Roux Bellamy). Me Roux se joindra à nous si "
             "son audience se termine à temps.\n\nVéronique Caron\nAssistante de Me Bellamy",
        loc="Cabinet – 5 avenue Hoche, 75008 Paris", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-utc-label-sentby-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(UTC_AMS_FR)), uid, 1,
              "Roux Bellamy Avocats", "collaborateur", "", "p.bellamy@rouxbellamy.fr;a.roux@rouxbellamy.fr")


def events() -> list[Ev]:
    return [
        delorme_first(), delorme_final(), kessler_screen(), kessler_onsite(), wengler_first(), wengler_exercise(),
        vddw_brussels(), perrenoud_tb(), perrenoud_allday(), fontanel_agency(), garnier_calendly(), moreau_apple(),
        schaus_xwr(), hartung_softgarden(), lambrecht_final(), lambrecht_lunch(), vuilleumier_webex(),
        roux_bellamy(),
    ]

