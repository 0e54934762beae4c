"""holdout69 negatives: family and personal appointments, internal meetings, the user's own appraisal."""

from __future__ import annotations

from holdout69ev_boiler import teams_fr
from holdout69ev_ics import (
    ME_FREE,
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_IOS,
    PRODID_OUTLOOK,
    PRODID_THUNDERBIRD,
    Ev,
    att,
    calendar,
    esc,
    org,
    outlook_event,
    simple,
    tz_apple,
    tz_olson,
    tz_windows_eastern,
)

EST = "Eastern Standard Time"
NATHALIE = "nathalie.bergeron.ciusss@ssss.gouv.qc.ca"
GOOGLE_HEAD = ["X-WR-CALNAME:Famille Tremblay-Nadeau", "X-WR-TIMEZONE:America/Toronto"]


def _ios(uid: str, summary: str, start: str, end: str, stamp: str, location: str = "", desc: str = "") -> str:
    ev = [
        f"CREATED:{stamp}",
        f"DTEND;TZID=America/Toronto:{end}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=America/Toronto:{start}",
        f"LAST-MODIFIED:{stamp}",
        "SEQUENCE:0",
        "SUMMARY:" + esc(summary),
        "TRANSP:OPAQUE",
        "UID:" + uid,
    ]
    if location:
        ev.append("LOCATION:" + esc(location))
    if desc:
        ev.append("DESCRIPTION:" + esc(desc))
    return calendar(PRODID_IOS, [ev], method=None, tz=tz_apple(), head=["CALSCALE:GREGORIAN"])


def _ol(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str, stamp: str,
        location: str, prodid: str = PRODID_OUTLOOK, html: bool = True) -> str:
    ev = outlook_event(uid, organizer, attendees, summary, desc, EST, start, end, stamp, location, html=html)
    return calendar(prodid, [ev], tz=tz_windows_eastern())


def _gfloat(uid: str, summary: str, start: str, end: str, stamp: str, desc: str = "", location: str = "") -> str:
    ev = [
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        "UID:" + uid,
        f"CREATED:{stamp}",
        "DESCRIPTION:" + esc(desc),
        f"LAST-MODIFIED:{stamp}",
        "LOCATION:" + esc(location),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + esc(summary),
        "TRANSP:OPAQUE",
    ]
    return calendar(PRODID_GOOGLE, [ev], method="PUBLISH", head=GOOGLE_HEAD)


def vaccine() -> Ev:
    uid = "3C8A1F52-0B7E-4D19-A6C3-9E2F5D7B4A10"
    text = _ios(uid, "Vaccin Thomas (4 ans) – Clinique pédiatrique Les Petits Pas", "20251015T081500",
                "20251015T084500", "20250929T194410Z", "Clinique pédiatrique Les Petits Pas, Laval",
                "carnet de vaccination + carte RAMQ")
    return Ev("ios", uid, text, 0, trap="personal-pediatric-clinic-fr")


def daycare() -> Ev:
    uid = "5n1c8x3q0v6k2m9r4t7b1h5s8g@google.com"
    desc = (
        "Bonjour aux parents du groupe des Hiboux,\n\nLes rencontres individuelles pour le portfolio de fin "
        "d'automne ont lieu cette semaine. Votre plage : 20 minutes avec Marie-Pier, éducatrice.\n\n"
        "CPE Les Petits Hiboux"
    )
    ev = [
        "DTSTART:20251127T221500Z",
        "DTEND:20251127T223500Z",
        "DTSTAMP:20251117T153003Z",
        "ORGANIZER;CN=CPE Les Petits Hiboux:mailto:cpelespetitshiboux@gmail.com",
        "UID:" + uid,
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("CPE Les Petits Hiboux, local des Hiboux"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Rencontre parents – portfolio de Thomas (groupe des Hiboux)",
        "TRANSP:OPAQUE",
    ]
    return Ev("google", uid, calendar(PRODID_GOOGLE, [ev]), 0, trap="personal-daycare-fr")


def hockey() -> Ev:
    uid = "7q3m0x9c5v2k8n1r6t4b0h3s9j@google.com"
    common = [
        "DTSTAMP:20250902T012215Z",
        "UID:" + uid,
        "CREATED:20250902T011840Z",
        "DESCRIPTION:sac + bouteille d'eau\\, patins aiguisés",
        "LOCATION:Aréna Saint-Michel\\, glace 2",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ]
    master = [
        "DTSTART;TZID=America/Toronto:20250913T081500",
        "DTEND;TZID=America/Toronto:20250913T093000",
        "RRULE:FREQ=WEEKLY;UNTIL=20260314T045959Z;BYDAY=SA",
        *common,
        "LAST-MODIFIED:20250902T012215Z",
        "SEQUENCE:0",
        "SUMMARY:Pratique hockey Léa (U9)",
    ]
    override = [
        "DTSTART;TZID=America/Toronto:20251115T131500",
        "DTEND;TZID=America/Toronto:20251115T143000",
        "RECURRENCE-ID;TZID=America/Toronto:20251115T081500",
        *common,
        "LAST-MODIFIED:20251110T234401Z",
        "SEQUENCE:1",
        "SUMMARY:Pratique hockey Léa (U9) – déplacée l'après-midi (tournoi)",
    ]
    text = calendar(PRODID_GOOGLE, [master, override], method="PUBLISH", head=GOOGLE_HEAD, tz=tz_olson())
    return Ev("google-recurring", uid, text, 0, trap="personal-hockey-recurring-override-fr")


def bank_bookings() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC0100000000000000001000000012AB34CD56EF7890"
    desc = (
        "Bonjour Sophie Tremblay,\n\nVotre rendez-vous avec Caisse Val-Martin est confirmé.\n\n"
        "Service : Rencontre avec votre conseillère – Renouvellement hypothécaire\n"
        "Membre du personnel : Julie Brisson, conseillère en finances personnelles\n\n"
        "Apportez vos deux derniers talons de paie et votre avis de cotisation.\n\n"
        "Gérer la réservation : https://outlook.office365.com/owa/calendar/CaisseValMartin@caissevalmartin.ca/"
        "bookings/s/Qm2x7R"
    )
    ev = outlook_event(uid, org("CaisseValMartin@caissevalmartin.ca", "Caisse Val-Martin"),
                       [att(ME_FREE, "Sophie Tremblay")], "Rencontre avec votre conseillère – Renouvellement "
                       "hypothécaire", desc, EST, "20251024T163000", "20251024T173000", "20251016T120417Z",
                       "Centre de services Val-Martin, 1850 boul. Chomedey, Laval", html=False)
    ev.append("X-MICROSOFT-CDO-BOOKINGS:TRUE")
    text = calendar(PRODID_EXCHANGE, [ev], tz=tz_windows_eastern())
    return Ev("bookings", uid, text, 0, trap="personal-bank-bookings-fr")


def passport() -> Ev:
    uid = "8B2D6E41-5A9C-4F07-B3E8-1C4A7D0F92E6"
    text = _ios(uid, "Passeport Léa + Thomas – Service Canada", "20251229T093000", "20251229T103000",
                "20251211T021033Z", "Service Canada, 1435 boul. Saint-Martin O., Laval",
                "photos x2 chacun, certificats de naissance, formulaire PPTC 155 signé par le répondant, "
                "vieux passeports")
    return Ev("ios", uid, text, 0, trap="personal-passport-fr")


def school() -> Ev:
    uid = "9r4k1c7x3q0m6v2n8t5b1h4s7l@google.com"
    text = _gfloat(uid, "Rencontre bulletin Léa – Mme Gagné (2e année)", "20251120T183000", "20251120T184500",
                   "20251112T023344Z", "classe 207, école Saint-Noël-Chabanel", "École primaire")
    return Ev("google-floating", uid, text, 0, trap="personal-school-floating-fr")


def caucus() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000BC23DE45F067DC01000000000000000010000000AB34CD56EF789012"
    desc = "Ordre du jour : indicateurs de chutes, plan de congés des Fêtes, retour sur l'audit des PTI.\n\nNathalie"
    text = _ol(uid, org(NATHALIE, "Bergeron, Nathalie"), [att(ME_WORK, "Tremblay, Sophie", quote=True)],
               "Caucus AIC – 4e Nord", desc, "20251107T133000", "20251107T141500", "20251031T184522Z",
               "Poste des infirmières 4N")
    return Ev("outlook", uid, text, 0, trap="internal-meeting-fr")


def appraisal() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000CD34EF56A178DC01000000000000000010000000BC45DE67F0891234"
    desc = (
        "Bonjour Sophie,\n\nComme chaque année, prenons une heure pour ton appréciation de la contribution : bilan "
        "de tes objectifs 2025 (préceptorat, projet chutes), tes intérêts de carrière et ton plan de développement "
        "pour 2026. Merci de remplir l'autoévaluation avant la rencontre.\n\nNathalie"
    )
    text = _ol(uid, org(NATHALIE, "Bergeron, Nathalie"), [att(ME_WORK, "Tremblay, Sophie", quote=True)],
               "Appréciation de la contribution – Sophie Tremblay (rencontre annuelle)", desc, "20251211T100000",
               "20251211T110000", "20251127T150909Z", "Bureau de la cheffe d'unité – 4e Nord")
    return Ev("outlook", uid, text, 0, trap="own-appraisal-fr")


def own_exit() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000DE45F067B289DC01000000000000000010000000CD56EF7801923456"
    desc = (
        "Bonjour Sophie,\n\nNous avons bien reçu ton avis de fin de disponibilité pour les quarts occasionnels. "
        "Avant de fermer ton dossier, nous aimerions faire une courte entrevue de départ téléphonique (15 min) "
        "pour connaître ton expérience avec Soins Nova.\n\nMerci pour ces trois années!\n\nValérie – RH, Soins Nova"
    )
    text = _ol(uid, org("rh@soinsnova.ca", "RH Soins Nova"), [att(ME_FREE, "sophie.tremblay88@videotron.ca")],
               "Entrevue de départ – Sophie Tremblay (fin des quarts occasionnels)", desc, "20250918T123000",
               "20250918T124500", "20250912T143350Z", "Téléphone")
    return Ev("outlook-phone", uid, text, 0, trap="own-exit-interview-agency-fr")


def acls_allday() -> Ev:
    uid = "6f1e0d2c-3b4a-4958-a7c6-d5e4f3a2b1c0"
    ev = [
        "CREATED:20251002T003021Z",
        "LAST-MODIFIED:20251002T003021Z",
        "DTSTAMP:20251002T003021Z",
        "UID:" + uid,
        "SUMMARY:Recertification ACLS (jour 1 de 2)",
        "DTSTART;VALUE=DATE:20251029",
        "DTEND;VALUE=DATE:20251030",
        "LOCATION:Centre de formation en réanimation\\, 8e étage\\, Hôpital Saint-Anselme",
        "DESCRIPTION:libérée par Nathalie (formation payée)\\napporter carte BLS",
        "TRANSP:TRANSPARENT",
        "X-MOZ-GENERATION:1",
    ]
    return Ev("thunderbird-allday", uid, calendar(PRODID_THUNDERBIRD, [ev], method=None), 0,
              trap="training-allday-fr")


def car_service() -> Ev:
    uid = "rdv-entretien-552183@mazdalaval.rdvauto.ca"
    desc = (
        "Bonjour Sophie,\n\nVotre rendez-vous d'entretien est confirmé.\nVéhicule : Mazda CX-5 2021\n"
        "Travaux : changement de pneus (hiver), vidange d'huile, inspection multipoints\n"
        "Durée estimée : 2 h. Navette disponible sur demande.\n\nMazda Laval – Service"
    )
    text = simple("-//RDV Auto//Service Scheduler 3.1//FR", uid, "20251022T140211Z",
                  "DTSTART;TZID=America/Toronto:20251101T080000", "DTEND;TZID=America/Toronto:20251101T100000",
                  "Rendez-vous d'entretien – Mazda Laval", desc,
                  "ORGANIZER;CN=Mazda Laval Service:mailto:service@mazdalaval.ca", [att(ME_FREE, "Sophie Tremblay")],
                  location="Mazda Laval, 3500 autoroute Chomedey", method="PUBLISH", tz=tz_olson())
    return Ev("scheduler", uid, text, 0, trap="car-maintenance-entretien-fr")


def cii() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000EF56A178C39ADC01000000000000000010000000DE67F08912345678"
    desc = (
        "Réunion mensuelle du Comité exécutif du CII.\nPoints : avis sur la nouvelle règle de soins (contentions), "
        "relève infirmière, bilan de la semaine de l'infirmière.\n\n" + teams_fr("255 908 331 740", "Cii8Rx")
    )
    text = _ol(uid, org("cii.ciusss@ssss.gouv.qc.ca", "CII - Comité exécutif"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True)], "Comité exécutif du CII – réunion de janvier", desc,
               "20260120T163000", "20260120T180000", "20251215T201211Z", "Réunion Microsoft Teams",
               prodid=PRODID_EXCHANGE, html=False)
    return Ev("exchange-teams", uid, text, 0, trap="internal-committee-fr")


def precepting() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000F067B289D4ABDC01000000000000000010000000EF78091234567890"
    desc = (
        "Bonjour Sophie,\n\nJe te propose qu'on fasse l'évaluation de mi-stage de Rosalie Dupuis (stage de 5e "
        "session, Cégep de Bellerive) ensemble, avec Rosalie. Apporte ta grille d'observation.\n\n"
        "Mylène Tardif\nEnseignante clinique, département de Soins infirmiers\nCégep de Bellerive"
    )
    text = _ol(uid, org("mylene.tardif@cegepbellerive.qc.ca", "Tardif, Mylène"),
               [att(ME_WORK, "Tremblay, Sophie", quote=True),
                att("rosalie.dupuis@etu.cegepbellerive.qc.ca", "Dupuis, Rosalie", quote=True)],
               "Évaluation de mi-stage – Rosalie Dupuis (Soins infirmiers)", desc, "20251015T143000",
               "20251015T151500", "20251008T123344Z", "Salle 4N-12")
    return Ev("outlook", uid, text, 0, trap="precepting-evaluation-names-college-fr")


def inspection() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000A178C39AE5BCDC01000000000000000010000000F0891234567890AB"
    desc = (
        "Madame,\n\nDans le cadre du programme de surveillance générale de l'exercice, vous avez été sélectionnée "
        "pour une inspection professionnelle. L'inspectrice, Mme Caroline Ratté, inf., vous rencontrera en "
        "entrevue virtuelle (90 minutes) au sujet de votre pratique et de votre portfolio de formation continue.\n\n"
        "Direction de l'inspection professionnelle\n\n" + teams_fr("418 336 902 775", "Ip3Vq9", tollfree=False)
    )
    text = _ol(uid, org("inspection@ordre-infirmieres.qc.ca", "Direction de l'inspection professionnelle"),
               [att(ME_FREE, "Tremblay, Sophie", quote=True)],
               "Inspection professionnelle – entrevue avec l'inspectrice", desc, "20260127T090000",
               "20260127T103000", "20260108T141700Z", "Réunion Microsoft Teams")
    return Ev("outlook-teams", uid, text, 0, trap="professional-inspection-interview-fr")


def language_exchange_es() -> Ev:
    uid = "2w6k0c4x8q1m5v9n3r7t2b6h0a@google.com"
    desc = "¡Hola Sophie! Como siempre: 30 min en español y 30 min en francés. Hoy hablamos de viajes. Carolina"
    ev = [
        "DTSTART:20251203T003000Z",
        "DTEND:20251203T013000Z",
        "DTSTAMP:20251125T031511Z",
        "ORGANIZER;CN=Carolina Mejía:mailto:caro.mejia.mtl@gmail.com",
        "UID:" + uid,
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:https://meet.google.com/ntr-kqvw-afe",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Intercambio de idiomas – Sophie / Carolina",
        "TRANSP:OPAQUE",
    ]
    return Ev("google", uid, calendar(PRODID_GOOGLE, [ev]), 0, trap="personal-language-es")


def events() -> list[Ev]:
    return [
        vaccine(), daycare(), hockey(), bank_bookings(), passport(), school(), caucus(), appraisal(), own_exit(),
        acls_allday(), car_service(), cii(), precepting(), inspection(), language_exchange_es(),
    ]
