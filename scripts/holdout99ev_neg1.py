"""holdout99 negatives, part 1: the user on the hiring side at the police (juries for cadets, reservists ...)."""

from __future__ import annotations

from holdout99ev_common import (
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    PARIS,
    ROMANCE,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_video import teams_en, teams_fr

ME_CN = '"MOREAU, Sébastien (BC)"'


def mk(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", organizer: str = "",
       attendees: tuple[str, ...] = (), prodid: str = OUTLOOK, method: str | None = "REQUEST",
       tzid: str = "Romance Standard Time", lang: str = "fr") -> str:
    """A plain invitation in the shape of the producer (Outlook by default)."""
    props = ["CLASS:PUBLIC"]
    if desc:
        props.append(f"DESCRIPTION:{esc(desc)}")
    if tzid:
        props += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        props += [f"DTSTART:{start}", f"DTEND:{end}"]
    props += ["DTSTAMP:20251001T080000Z", f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{summary}", "SEQUENCE:0"]
    if loc:
        props.append(f"LOCATION:{esc(loc)}")
    if organizer:
        props.append(organizer)
    props.extend(attendees)
    tz = ROMANCE if tzid == "Romance Standard Time" else PARIS if tzid == "Europe/Paris" else None
    return cal(prodid, [props], method=method, tz=tz)


def ev(kind: str, uid: str, text: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    p = "interieur-police-tls.fr"
    out: list[Ev] = []

    uid = "040000008200E00074C5B7101A82E00800000000A0A1A2A3A4A5DC01000000000000000010000000B0B1B2B3B4"
    out.append(ev("outlook-jury-ads-fr", uid, mk(
        uid, "Jury oral recrutement ADS – session 2 (6 candidats)", "20251009T083000", "20251009T123000",
        "Jury : Cne Laffont (président), BC Moreau, Mme Gasc (psychologue).\n08h30 BOUZID Karim\n09h10 "
        "PEYRE Laura\n09h50 N'DIAYE Moussa\n10h30 pause\n10h45 SARDA Julie\n11h25 TOMAS Enzo\n12h05 LE GALL Inès\n"
        "Grilles d'évaluation à rendre au bureau formation/recrutement en fin de session.",
        "DDSP 31 - salle de jury (2e étage)", org(f"recrutement.ddsp31@{p}", '"RECRUTEMENT DDSP31"'),
        (att(f"sebastien.moreau@{p}", ME_CN), att(f"l.laffont@{p}", '"LAFFONT, Ludovic (CNE)"'),
         att(f"c.gasc@{p}", '"GASC, Claire"'))), "user-as-interviewer-jury-ads-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000A6A7A8A9AAABDC01000000000000000010000000B5B6B7B8B9"
    out.append(ev("outlook-candidate-freemail-fr", uid, mk(
        uid, "Entretien candidat ADS – M. Karim BOUZID", "20251002T140000", "20251002T143000",
        "M. Bouzid,\n\nVous êtes convoqué à un entretien préalable avec le brigadier-chef Moreau dans le cadre de "
        "votre candidature au poste d'adjoint de sécurité. Se présenter à l'accueil du commissariat central "
        "avec la convocation et une pièce d'identité.\n\nBC S. MOREAU",
        "Commissariat central - Bd de l'Embouchure", org(ME_WORK, ME_CN),
        (att("karim.bouzid31@gmail.com", "karim.bouzid31@gmail.com"),)), "user-as-interviewer-candidate-gmail-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000ACADAEAFB0B1DC01000000000000000010000000BABBBCBDBE"
    out.append(ev("outlook-scorecards-fr", uid, mk(
        uid, "Saisie grilles d'évaluation jury ADS + avis motivés", "20251009T140000", "20251009T153000",
        "Reporter les notes (motivation, savoir-être, mise en situation) dans le tableau partagé avant 16h.", "",
        "", (), method=None), "user-as-interviewer-scorecard-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B2B3B4B5B6B7DC01000000000000000010000000BFC0C1C2C3"
    out.append(ev("outlook-deliberation-fr", uid, mk(
        uid, "Délibération jury ADS – promotion janvier 2026", "20251016T100000", "20251016T113000",
        "Classement des candidats auditionnés lors des sessions 1 à 3. Présence obligatoire des membres de jury.",
        "Salle de réunion DDSP - 3e", org(f"l.laffont@{p}", '"LAFFONT, Ludovic (CNE)"'),
        (att(ME_WORK, ME_CN), att(f"c.gasc@{p}", '"GASC, Claire"'), att(f"j.ortiz@{p}", '"ORTIZ, Jessica (BRI)"'))),
        "user-as-interviewer-debrief-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B8B9BABBBCBDDC01000000000000000010000000C4C5C6C7C8"
    out.append(ev("outlook-shadowing-fr", uid, mk(
        uid, "Jury ADS – observation (BC Moreau accompagne Brig. Ortiz, 1er jury)", "20251023T083000",
        "20251023T120000", "Jessica Ortiz siège pour la première fois : elle observe les 3 premiers entretiens "
        "puis conduit les suivants avec Sébastien en appui.", "Salle de jury",
        org(f"recrutement.ddsp31@{p}", '"RECRUTEMENT DDSP31"'),
        (att(ME_WORK, ME_CN), att(f"j.ortiz@{p}", '"ORTIZ, Jessica (BRI)"'))), "user-as-interviewer-shadowing-fr"))

    uid = "7cad3ts2rep4ubl1qu3k9x0v5m@google.com"
    out.append(ev("google-panel-cadets-fr", uid, mk(
        uid, "Jury entretiens de motivation – Cadets de la République (prépa concours GPX)", "20251113T090000",
        "20251113T170000", "Convocation des membres du jury. 14 candidats, 25 min chacun. Fiches candidats "
        "dans le dossier partagé.", "ENP Toulouse - Salle B12", org(f"cadets.enp@{p}", "Cellule Cadets ENP"),
        (att(ME_WORK, "Sébastien Moreau"), att(f"a.roumagnac@{p}", "Aurélie Roumagnac")), prodid=GOOGLE,
        tzid="Europe/Paris"), "user-as-interviewer-panel-cadets-fr"))

    uid = "b1c2d3e4-calendly-host-reserve-f5a6"
    desc = (
        "Un nouvel événement a été planifié.\n\nType d'événement : Entretien candidat – Réserve opérationnelle "
        "(20 min)\nInvité : Thomas Fabre\nAdresse e-mail de l'invité : thomas.fabre82@hotmail.fr\n"
        "Date et heure : 18:00 - jeudi 16 octobre 2025\nLieu : appel téléphonique (vous appelez l'invité)\n\n"
        "Afficher l'événement dans Calendly : https://calendly.com/scheduled_events"
    )
    out.append(ev("calendly-user-host-fr", uid, cal("-//Calendly//Calendly//EN", [[
        f"UID:{uid}", "DTSTAMP:20251011T090000Z", "DTSTART:20251016T160000Z", "DTEND:20251016T162000Z",
        "SUMMARY:Thomas Fabre et Sébastien Moreau", f"DESCRIPTION:{esc(desc)}",
        f"ORGANIZER;CN=Sébastien Moreau:mailto:{ME_FREE}",
        att("thomas.fabre82@hotmail.fr", "Thomas Fabre", partstat="ACCEPTED"),
    ]]), "user-as-interviewer-calendly-host-fr"))

    uid = "ise-presentation-candidat-20251021@interimsudemploi.fr"
    out.append(ev("agency-sends-candidate-fr", uid, mk(
        uid, "Présentation candidate – agent administratif (mission 6 mois) – Mme Lina Ferhat",
        "20251021T110000", "20251021T113000",
        "Bonjour Brigadier-chef,\n\nComme convenu, je vous présente Mme Lina Ferhat pour la mission d'agent "
        "administratif au service des plaintes. CV joint. Elle se présentera à l'accueil.\n\nCoralie Faur – "
        "Interim Sud Emploi Muret", "Commissariat - service des plaintes",
        org("muret@interimsudemploi.fr", '"Faur, Coralie"'),
        (att(ME_WORK, ME_CN), att("lina.ferhat@laposte.net", "Lina Ferhat"))),
        "user-as-interviewer-agency-candidate-fr"))

    uid = "2a9c7e1b-oral-ads-notes-h99"
    out.append(ev("handtyped-oral-fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251030T090000", "DTEND;TZID=Europe/Paris:20251030T120000",
        "DTSTAMP:20251027T210000Z", f"UID:{uid}", "SUMMARY:Oral ADS 9h-12h salle jury / 5 candidats",
        "DESCRIPTION:je pose les questions mises en situation (violences conj.\\, refus d'obtempérer). grilles !",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH", tz=PARIS), "user-as-interviewer-handtyped-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000BEBFC0C1C2C3DC01000000000000000010000000C9CACBCCCD"
    out.append(ev("outlook-kit-fr", uid, mk(
        uid, "Préparation kit d'entretien jury ADS (banque de questions + grille)", "20251006T140000",
        "20251006T160000", "Mettre à jour les questions de mise en situation et la grille de notation avant la "
        "session 2.", "Bureau formation", org(f"l.laffont@{p}", '"LAFFONT, Ludovic (CNE)"'), (att(ME_WORK, ME_CN),)),
        "user-as-interviewer-kit-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000C4C5C6C7C8C9DC01000000000000000010000000CECFD0D1D2"
    out.append(ev("outlook-eval-trainee-fr", uid, mk(
        uid, "Entretien d'évaluation stagiaire GPX Léa Marchand (tuteur : BC Moreau)", "20251017T153000",
        "20251017T163000", "Bilan de mi-stage : rapport de tutorat à compléter avec l'élève.", "Bureau BC",
        org(ME_WORK, ME_CN), (att(f"lea.marchand@{p}", '"MARCHAND, Léa (ELEVE GPX)"'),)),
        "user-as-interviewer-trainee-evaluation-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000CACBCCCDCECFDC01000000000000000010000000D3D4D5D6D7"
    out.append(ev("exchange-panel-exchange-en", uid, mk(
        uid, "Interview panel – police exchange programme applicants (Toulouse / Bristol)", "20251119T140000",
        "20251119T163000", "Dear panel members,\n\nPlease find below the schedule for the applicant interviews "
        "(15 min each, in English). Scoring sheet attached; please send your marks to Sgt Helen Moore.\n\n"
        + teams_en("266 199 044 381", "XcH7ab"), "Microsoft Teams", org("helen.moore@avonandsomerset.police.uk",
                                                                      '"Moore, Helen"'),
        (att(ME_WORK, ME_CN), att(f"l.laffont@{p}", '"LAFFONT, Ludovic (CNE)"')), prodid=EXCHANGE, lang="en-GB"),
        "user-as-interviewer-panel-en"))

    uid = "ccpd-leperthus-entrevistas-20251126"
    out.append(ev("outlook-jury-ccpd-es", uid, mk(
        uid, "Entrevistas candidatos – agentes de enlace CCPD Le Perthus", "20251126T100000", "20251126T133000",
        "Buenos días:\n\nOs confirmo el tribunal para las entrevistas de los candidatos al puesto de agente de "
        "enlace en el Centro de Cooperación Policial y Aduanera de Le Perthus. Miembros: Inspectora Carmen Ruiz "
        "(Policía Nacional), BC Sébastien Moreau (Police nationale).\n\nUn saludo", "CCPD Le Perthus",
        org("carmen.ruiz@policia.es", '"Ruiz, Carmen"'), (att(ME_WORK, ME_CN),), lang="es-ES"),
        "user-as-interviewer-jury-es"))

    uid = "040000008200E00074C5B7101A82E00800000000D0D1D2D3D4D5DC01000000000000000010000000D8D9DADBDC"
    out.append(ev("outlook-service-civique-fr", uid, mk(
        uid, "RE: Entretien service civique – Maëlle (prévention routière collèges)", "20251008T100000",
        "20251008T103000", "Bonjour,\nJe serai bien présente, merci.\nMaëlle Durand",
        "Commissariat - bureau prévention",
        org(ME_WORK, ME_CN), (att("maelle.durand2004@gmail.com", "maelle.durand2004@gmail.com",
                                  partstat="ACCEPTED"),), method="REPLY"),
        "user-as-interviewer-service-civique-reply-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000D6D7D8D9DADBDC01000000000000000010000000DDDEDFE0E1"
    out.append(ev("outlook-concours-admission-fr", uid, mk(
        uid, "Concours ADS – épreuve d'admission (entretien avec le jury) – membres du jury", "20251204T080000",
        "20251204T180000", "Convocation des examinateurs. Émargement à 7h45. Sujets de mise en situation remis "
        "sous pli.", "SGAMI Sud - Centre d'examens", org(f"concours.sgami-sud@{p}", '"CONCOURS SGAMI SUD"'),
        (att(ME_WORK, ME_CN),)), "user-as-interviewer-concours-examiner-fr"))

    uid = "5ph0n3c4ll-r3s3rv1st3-q8m2@google.com"
    out.append(ev("google-phone-candidate-fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251020T180000", "DTEND;TZID=Europe/Paris:20251020T181500",
        "DTSTAMP:20251019T100000Z", f"UID:{uid}", "SUMMARY:Appeler candidat réserviste (Hugo Rigal) – vérif motivation",
        "DESCRIPTION:06 45 19 22 80 – hugo.rigal@orange.fr – dossier transmis par le délégué réserve",
        "TRANSP:OPAQUE",
    ]], method="PUBLISH", tz=PARIS), "user-as-interviewer-phone-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000DCDDDEDFE0E1DC01000000000000000010000000E2E3E4E5E6"
    out.append(ev("outlook-debrief-rh-fr", uid, mk(
        uid, "Débrief recrutement ADS avec bureau RH DDSP", "20251106T150000", "20251106T160000",
        "Retour sur les sessions d'octobre, taux de désistement, candidats à reconvoquer.\n\n"
        + teams_fr("388 006 114 237", "Dr5Yt2"), "Teams", org(f"rh.ddsp31@{p}", '"RH DDSP31"'),
        (att(ME_WORK, ME_CN), att(f"l.laffont@{p}", '"LAFFONT, Ludovic (CNE)"'))),
        "user-as-interviewer-debrief-teams-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000E2E3E4E5E6E7DC01000000000000000010000000E7E8E9EAEB"
    out.append(ev("outlook-vacataire-fr", uid, mk(
        uid, "Entretien de recrutement vacataire accueil – Mme Sonia Lopes", "20251015T093000", "20251015T100000",
        "Candidate adressée par la mairie de quartier. Poste : agent d'accueil vacataire (samedi).", "Bureau BC",
        org(ME_WORK, ME_CN), (att("sonia.lopes@yahoo.fr", "sonia.lopes@yahoo.fr"),)),
        "user-as-interviewer-candidate-yahoo-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000E8E9EAEBECEDDC01000000000000000010000000ECEDEEEFF0"
    out.append(ev("outlook-calibration-fr", uid, mk(
        uid, "Harmonisation des notes entre jurys ADS (sessions 1–3)", "20251014T140000", "20251014T153000",
        "Écarts de notation constatés entre jury A et jury B : relecture des grilles et calibrage.", "Salle 3.12",
        org(f"l.laffont@{p}", '"LAFFONT, Ludovic (CNE)"'), (att(ME_WORK, ME_CN), att(f"c.gasc@{p}", '"GASC, Claire"'))),
        "user-as-interviewer-calibration-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000EEEFF0F1F2F3DC01000000000000000010000000F1F2F3F4F5"
    out.append(ev("outlook-teams-jury-remote-fr", uid, mk(
        uid, "Jury visio – candidats ADS hors département (3)", "20251028T140000", "20251028T153000",
        "Candidats en visio depuis Tarbes, Albi et Montauban.\n\n" + teams_fr("301 557 820 446", "Jv9Wq3"),
        "Microsoft Teams", org(f"recrutement.ddsp31@{p}", '"RECRUTEMENT DDSP31"'),
        (att(ME_WORK, ME_CN), att("yanis.benamar@outlook.fr", "yanis.benamar@outlook.fr"))),
        "user-as-interviewer-teams-candidates-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000F4F5F6F7F8F9DC01000000000000000010000000F6F7F8F9FA"
    out.append(ev("outlook-exchange-jury-de", uid, mk(
        uid, "Auswahlgespräche Austauschbeamte (deutsch-französisch) – Jury", "20251203T100000", "20251203T120000",
        "Sehr geehrte Jurymitglieder,\nanbei der Ablauf der Auswahlgespräche mit den Bewerberinnen und Bewerbern "
        "für das Austauschprogramm 2026 (je 20 Min.).\nMit freundlichen Grüßen\nPHK Stefan Huber",
        "Videokonferenz", org("stefan.huber@polizei.bwl.de", '"Huber, Stefan"'), (att(ME_WORK, ME_CN),),
        lang="de-DE"), "user-as-interviewer-jury-de"))

    return out
