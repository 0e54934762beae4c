"""holdout69: the user's own interviews with Québec and Ontario public employers (mostly Québec French)."""

from __future__ import annotations

from holdout69ev_boiler import alt_desc, teams_fr, zoom_fr
from holdout69ev_ics import (
    ME_FREE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    PRODID_THUNDERBIRD,
    Ev,
    alarm,
    att,
    calendar,
    esc,
    org,
    outlook_tail,
    room,
    tz_olson,
    tz_windows_eastern,
)

CISSSLB = "CISSS des Basses-Laurentides"
CSUD = "CIUSSS de la Capitale-Sud"
CHUSA = "CHU Sainte-Aurélie"


def cisss_bl_panel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000B0C2E6A41F3ADC01000000000000000010000000A7C1D3E55F2B4C49A1E0"
    desc = (
        "Bonjour Madame Tremblay,\n\n"
        "À la suite de l'entrevue téléphonique de présélection, nous avons le plaisir de vous convoquer à une "
        "entrevue devant le comité de sélection pour le poste de cheffe de service – unité de médecine "
        "(affichage 2025-DSI-0412), Hôpital de Mirabel-Nord.\n\n"
        "Composition du comité :\n"
        "- Mme Geneviève Ouimet, directrice adjointe des soins infirmiers – volet hospitalier\n"
        "- M. Martin Charbonneau, chef de service, chirurgie\n"
        "- Mme Chantal Lavoie, conseillère en acquisition de talents\n\n"
        "Veuillez vous présenter 15 minutes à l'avance à l'accueil principal (entrée A). Une mise en situation "
        "écrite de 30 minutes précédera l'entrevue. Apportez une pièce d'identité avec photo et votre numéro de "
        "permis d'exercice.\n\nStationnement : P2 visiteurs (5 $ / jour).\n\nAu plaisir,\n\n"
        "Nancy Pilon\nAgente administrative – Direction des soins infirmiers\nCISSS des Basses-Laurentides\n"
        "450 432-2777, poste 22418"
    )
    ev = [
        org("genevieve.ouimet.cissslb@ssss.gouv.qc.ca", "Ouimet, Geneviève",
            sent_by="nancy.pilon.cissslb@ssss.gouv.qc.ca"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca"),
        att("martin.charbonneau.cissslb@ssss.gouv.qc.ca", "Charbonneau, Martin", quote=True),
        att("chantal.lavoie.cissslb@ssss.gouv.qc.ca", "Lavoie, Chantal", quote=True),
        room("salle.b210.hmn.cissslb@ssss.gouv.qc.ca", "HMN - Salle B-210 (conseil d'administration)"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Entrevue – Cheffe de service\\, unité de médecine (2025-DSI-0412)",
        "DTSTART;TZID=Eastern Standard Time:20251022T133000",
        "DTEND;TZID=Eastern Standard Time:20251022T150000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251010T173205Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:HMN - Salle B-210 (conseil d'administration)\\, 1200 boul. des Érables\\, Mirabel",
        *outlook_tail(),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
        *alarm(15, "Rappel"),
    ]
    return Ev("outlook-sentby-room", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1, CISSSLB,
              "Cheffe de service, unité de médecine", "onsite",
              "genevieve.ouimet.cissslb@ssss.gouv.qc.ca;martin.charbonneau.cissslb@ssss.gouv.qc.ca;"
              "chantal.lavoie.cissslb@ssss.gouv.qc.ca", "outlook-sentby-panel-room-fr")


def cisss_bl_screen() -> Ev:
    uid = "3k8v0qj2m1hd7c4u9s6rbt5aoe@google.com"
    ev = [
        "DTSTART:20251009T121500",
        "DTEND:20251009T124500",
        "DTSTAMP:20251006T231804Z",
        "UID:" + uid,
        "CREATED:20251006T231731Z",
        "DESCRIPTION:" + esc("elle m'appelle sur mon cell (514 555-0183) pendant ma pause\n"
                             "avoir le CV + l'affichage devant moi\nsalaire classe 2 ? demander"),
        "LAST-MODIFIED:20251006T231804Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Appel CISSS BL – présélection cheffe de service (Chantal Lavoie)",
        "TRANSP:OPAQUE",
    ]
    head = ["X-WR-CALNAME:Sophie", "X-WR-TIMEZONE:America/Toronto"]
    return Ev("google-floating", uid, calendar(PRODID_GOOGLE, [ev], method="PUBLISH", head=head), 1,
              CISSSLB, "Cheffe de service", "recruiter_screen", "Chantal Lavoie",
              "handtyped-floating-abbrev-fr")


def csud_manager() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000D04F7B2C8E38DC01000000000000000010000000C3E9A8F2B77E4F41"
    tzid = "(UTC-05:00) Heure de l'Est (États-Unis et Canada)"
    desc = (
        "Bonjour Sophie,\n\nComme convenu avec Mme Bouchard des ressources humaines, voici l'invitation pour notre "
        "entrevue concernant le poste de conseillère en soins infirmiers – développement des compétences.\n\n"
        "Nous discuterons de votre parcours en formation et en préceptorat, ainsi que de la vision de la "
        "Direction des soins infirmiers pour l'accueil et l'orientation des nouvelles infirmières.\n\n"
        "Au plaisir de vous rencontrer,\n\nIsabelle Paradis\nDirectrice adjointe des soins infirmiers – "
        "pratiques professionnelles\nCIUSSS de la Capitale-Sud\n\n" + teams_fr("254 881 903 417", "Xq7Ra2")
    )
    ev = [
        org("isabelle.paradis.ciussscs@ssss.gouv.qc.ca", "Paradis, Isabelle"),
        att(ME_FREE, "Sophie Tremblay"),
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-FR:Rencontre – poste de conseillère en soins infirmiers (S. Tremblay)",
        f'DTSTART;TZID="{tzid}":20251014T090000',
        f'DTEND;TZID="{tzid}":20251014T094500',
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251007T142210Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        *outlook_tail(),
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_xq7ra2",
        "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
    ]
    text = calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern(tzid))
    return Ev("outlook-teams", uid, text, 1, CSUD,
              "Conseillère en soins infirmiers – développement des compétences", "hiring_manager",
              "isabelle.paradis.ciussscs@ssss.gouv.qc.ca", "outlook-utc-offset-zone-teams-fr")


def csud_case() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000F1A27C9E3C3DDC0100000000000000001000000058B0E2D7A4C94B11"
    desc = (
        "Madame,\n\nNous vous confirmons votre convocation à l'étape de mise en situation pour le poste de "
        "conseillère en soins infirmiers – développement des compétences (CSI-2025-118).\n\n"
        "Déroulement :\n"
        "8 h 30 – accueil par la soussignée (ressources humaines)\n"
        "8 h 45 à 9 h 45 – préparation d'une activité de formation à partir d'un scénario remis sur place\n"
        "10 h à 10 h 20 – présentation de l'activité devant les évaluatrices, Mme Isabelle Paradis et "
        "Mme Josée Gingras (conseillère cadre en soins infirmiers)\n"
        "10 h 20 à 11 h – période de questions\n\n"
        "Un ordinateur portable et un projecteur seront mis à votre disposition. Aucun document personnel ne "
        "sera permis pendant la préparation.\n\n"
        "Valérie Bouchard\nConseillère en acquisition de talents\nDirection des ressources humaines\n"
        "CIUSSS de la Capitale-Sud"
    )
    ev = [
        org("valerie.bouchard.ciussscs@ssss.gouv.qc.ca", "Bouchard, Valérie"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca"),
        att("isabelle.paradis.ciussscs@ssss.gouv.qc.ca", "Paradis, Isabelle", quote=True),
        att("josee.gingras.ciussscs@ssss.gouv.qc.ca", "Gingras, Josée", quote=True),
        room("salle.2114.hed.ciussscs@ssss.gouv.qc.ca", "HED - Pavillon Marguerite-Bourgeoys 2.114"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Mise en situation – Conseillère en soins infirmiers (CSI-2025-118)",
        "DTSTART;TZID=Eastern Standard Time:20251028T083000",
        "DTEND;TZID=Eastern Standard Time:20251028T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251017T190455Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Hôpital de l'Enfant-Dieu\\, pavillon Marguerite-Bourgeoys\\, local 2.114",
        *outlook_tail(),
    ]
    return Ev("exchange-room", uid, calendar(PRODID_EXCHANGE, [ev], tz=tz_windows_eastern()), 1, CSUD,
              "Conseillère en soins infirmiers – développement des compétences", "technical",
              "isabelle.paradis.ciussscs@ssss.gouv.qc.ca;josee.gingras.ciussscs@ssss.gouv.qc.ca",
              "exchange-case-coordinator-room-fr")


def chusa_taleo() -> Ev:
    uid = "TLO-INT-8812457-25-0917@chusa.taleo.net"
    desc = (
        "Bonjour Sophie Tremblay,\n\n"
        "Votre candidature au poste Infirmière-chef – Unité coronarienne (no de réquisition 25-0917) a retenu "
        "notre attention. Nous vous convions à une entrevue, qui se déroulera en mode virtuel (Microsoft Teams). "
        "Le lien vous sera transmis par courriel la veille de l'entrevue.\n\n"
        "Membres du comité : Julie Fortin, directrice adjointe des soins infirmiers; Alexandre Roy, chef de service "
        "en cardiologie.\n\n"
        "Pour toute question, communiquez avec le Service de la dotation au 514 890-8000, poste 14420.\n\n"
        "Ceci est un message automatisé, veuillez ne pas y répondre.\n\nCHU Sainte-Aurélie – Dotation"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20251103T150212Z",
        "DTSTART:20251112T183000Z",
        "DTEND:20251112T193000Z",
        "SUMMARY:" + esc("Convocation – Entrevue : Infirmière-chef – Unité coronarienne (25-0917)"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=CHU Sainte-Aurélie – Dotation:mailto:no-reply@chusa.taleo.net",
        att(ME_FREE, "Sophie Tremblay", rsvp=False),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]
    return Ev("taleo", uid, calendar("-//Oracle//Taleo Enterprise Edition 25.2//FR", [ev]), 1, CHUSA,
              "Infirmière-chef – Unité coronarienne", "", "Julie Fortin;Alexandre Roy", "taleo-utc-names-fr")


def chusa_final_moved() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000042D9C1F0B961DC010000000000000000100000009E5F3A07D28C4E7B"
    desc = (
        "Bonjour Sophie,\n\n"
        "NOUVELLE DATE – Veuillez noter que l'entrevue finale prévue le mercredi 26 novembre est déplacée au "
        "mardi 2 décembre à 10 h, à la demande de la Direction des soins infirmiers. Le lieu demeure le même.\n\n"
        "Vous rencontrerez Mme Hélène Vachon, directrice des soins infirmiers, et Mme Julie Fortin, directrice "
        "adjointe. Je vous accueillerai à la réception du 9e étage.\n\n"
        "Merci de confirmer votre présence.\n\nKarine Dufresne\nTechnicienne en administration – Dotation\n"
        "CHU Sainte-Aurélie"
    )
    ev = [
        org("karine.dufresne.chusa@ssss.gouv.qc.ca", "Dufresne, Karine"),
        att(ME_FREE, "Sophie Tremblay"),
        att("helene.vachon.chusa@ssss.gouv.qc.ca", "Vachon, Hélène", quote=True),
        att("julie.fortin.chusa@ssss.gouv.qc.ca", "Fortin, Julie", quote=True),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Entrevue finale – Infirmière-chef\\, unité coronarienne (nouvelle date)",
        "DTSTART;TZID=Eastern Standard Time:20251202T100000",
        "DTEND;TZID=Eastern Standard Time:20251202T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251121T135941Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=fr-CA:Pavillon Lachapelle\\, 9e étage\\, salle du comité de direction",
        *outlook_tail(),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1187320512",
    ]
    return Ev("outlook-update", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1, CHUSA,
              "Infirmière-chef, unité coronarienne", "final",
              "helene.vachon.chusa@ssss.gouv.qc.ca;julie.fortin.chusa@ssss.gouv.qc.ca",
              "outlook-rescheduled-final-fr")


def icc_zoom_screen() -> Ev:
    uid = "ZOOM86419027735-20250925T150000Z@zoom.us"
    desc = (
        "Bonjour Sophie,\n\nMerci pour votre intérêt envers l'Institut de cardiologie des Cantons. Voici le lien "
        "pour notre premier échange (30 minutes) au sujet du poste de conseillère en soins – formation et "
        "développement. Nous ferons un survol de votre parcours, de vos disponibilités et de vos attentes "
        "salariales.\n\nMélanie Gosselin, CRHA\nConseillère en dotation\n\n" + zoom_fr("864 1902 7735", "cW1KZ0tYV")
    )
    ev = [
        "DTSTAMP:20250919T181144Z",
        "UID:" + uid,
        "SUMMARY:Entrevue de présélection – Conseillère en soins (formation) – ICC",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:https://us06web.zoom.us/j/86419027735?pwd=cW1KZ0tYV",
        "DTSTART;TZID=America/Montreal:20250925T110000",
        "DTEND;TZID=America/Montreal:20250925T113000",
        "ORGANIZER;CN=Mélanie Gosselin:mailto:mgosselin@icc-cantons.ca",
        att(ME_FREE, "Sophie Tremblay"),
        "STATUS:CONFIRMED",
    ]
    text = calendar("-//zoom.us//iCalendar Event//EN", [ev], method="PUBLISH", tz=tz_olson("America/Montreal"))
    return Ev("zoom", uid, text, 1, "Institut de cardiologie des Cantons",
              "Conseillère en soins – formation et développement", "recruiter_screen", "mgosselin@icc-cantons.ca",
              "zoom-screen-acronym-fr")


def icc_thunderbird() -> Ev:
    uid = "8c2f4a6e-1b3d-4e59-9a7c-0d2e6f8b1a35"
    ev = [
        "CREATED:20250930T012244Z",
        "LAST-MODIFIED:20250930T012611Z",
        "DTSTAMP:20250930T012611Z",
        "UID:" + uid,
        "SUMMARY:Entrevue ICC – 2e tour avec Annie Girard (cheffe de service\\, enseignement)",
        "DTSTART;TZID=America/Toronto:20251016T140000",
        "DTEND;TZID=America/Toronto:20251016T151500",
        "LOCATION:ICC pavillon B\\, 4100 rue des Cantons\\, Sherbrooke",
        "DESCRIPTION:" + esc("partir à 11h30 (2h de route)\ndemander horaire 4 jours/sem.\n"
                             "apporter portfolio des formations données au 4e Nord"),
        "X-MOZ-GENERATION:2",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT3H",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    ]
    text = calendar(PRODID_THUNDERBIRD, [ev], method=None, tz=tz_olson())
    return Ev("thunderbird", uid, text, 1, "Institut de cardiologie des Cantons", "", "hiring_manager",
              "Annie Girard", "thunderbird-handtyped-2nd-round-fr")


def cisss_on_cancel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000E3B0C44298FCDC0100000000000000001000000071A3B9C6E2D54F08"
    desc = (
        "Bonjour Madame Tremblay,\n\nJe dois malheureusement annuler notre entrevue téléphonique de lundi pour le "
        "poste de gestionnaire de soins – GMF-U de Maniwaki-Nord : l'affichage est suspendu le temps de revoir la "
        "structure d'encadrement. Je communiquerai avec vous si le poste est affiché de nouveau.\n\n"
        "Merci de votre compréhension,\nPatrick Lévesque\nConseiller en dotation – CISSS de l'Outaouais-Nord"
    )
    ev = [
        org("patrick.levesque.cisssoun@ssss.gouv.qc.ca", "Lévesque, Patrick"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Annulé : Entrevue téléphonique – Gestionnaire de soins\\, GMF-U",
        "DTSTART;TZID=Eastern Standard Time:20251117T150000",
        "DTEND;TZID=Eastern Standard Time:20251117T153000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:20251113T210718Z",
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=fr-CA:Téléphone – je vous appelle au 514 555-0183",
        *outlook_tail(busy="FREE"),
    ]
    text = calendar(PRODID_OUTLOOK, [ev], method="CANCEL", tz=tz_windows_eastern())
    return Ev("outlook-cancel", uid, text, 1, "CISSS de l'Outaouais-Nord", "Gestionnaire de soins, GMF-U",
              "recruiter_screen", "patrick.levesque.cisssoun@ssss.gouv.qc.ca", "outlook-method-cancel-phone-fr")


def cisss_ms_assessment() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000090E1D7A5C265DC0100000000000000001000000013F8E0A6B9D7442C"
    tz = "Eastern Standard Time"
    desc = (
        "Bonjour Madame Tremblay,\n\n"
        "Vous êtes convoquée au centre d'évaluation pour le poste de cheffe d'unité de soins – médecine "
        "(Hôpital du Haut-Richelieu-Sud), qui se tient en deux demi-journées :\n"
        "Volet 1 : exercice de gestion (corbeille) et jeu de rôle avec un employé\n"
        "Volet 2 : entrevue structurée et présentation de votre plan des 90 premiers jours\n\n"
        "Évaluatrices : Dominique Hébert, psychologue organisationnelle (Groupe Alto) et Lucie Marchand, "
        "directrice adjointe des soins infirmiers.\n\n"
        "Sylvie Allard\nAgente de gestion du personnel – CISSS de la Montérégie-Sud"
    )
    common = [
        org("sylvie.allard.cisssms@ssss.gouv.qc.ca", "Allard, Sylvie"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca"),
        att("dhebert@groupealto.ca", "Dominique Hébert"),
        att("lucie.marchand.cisssms@ssss.gouv.qc.ca", "Marchand, Lucie", quote=True),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251114T162030Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "LOCATION;LANGUAGE=fr-CA:Centre administratif\\, 920 boul. du Séminaire Nord\\, salle 1.05",
        *outlook_tail(),
    ]
    master = [
        *common,
        "SUMMARY;LANGUAGE=fr-CA:Centre d'évaluation – Cheffe d'unité de soins (volets 1 et 2)",
        f"DTSTART;TZID={tz}:20251124T083000",
        f"DTEND;TZID={tz}:20251124T120000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SEQUENCE:1",
    ]
    override = [
        *common,
        "SUMMARY;LANGUAGE=fr-CA:Centre d'évaluation – Cheffe d'unité de soins (volet 2 – déplacé)",
        f"RECURRENCE-ID;TZID={tz}:20251125T083000",
        f"DTSTART;TZID={tz}:20251127T130000",
        f"DTEND;TZID={tz}:20251127T163000",
        "SEQUENCE:1",
    ]
    text = calendar(PRODID_EXCHANGE, [master, override], tz=tz_windows_eastern())
    return Ev("exchange-recurring", uid, text, 1, "CISSS de la Montérégie-Sud",
              "Cheffe d'unité de soins – médecine", "technical",
              "dhebert@groupealto.ca;lucie.marchand.cisssms@ssss.gouv.qc.ca", "recurring-override-assessment-fr")


def events() -> list[Ev]:
    return [
        cisss_bl_panel(), cisss_bl_screen(), csud_manager(), csud_case(), chusa_taleo(), chusa_final_moved(),
        icc_zoom_screen(), icc_thunderbird(), cisss_on_cancel(), cisss_ms_assessment(),
    ]
