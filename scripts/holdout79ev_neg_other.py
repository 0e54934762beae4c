"""holdout79 negatives in French: practice, media, personal, internal, coffee chats, references, prep
(written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet, meet_footer, teams, zoom
from holdout79ev_ics import ME, ROMANCE, WORK, alarm, cal, esc, ev, label, outlook_x

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"
EXCH = "Microsoft Exchange Server 2010"


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, object]:
    return label(kind, ics, uid, 0, trap=trap)


def _apple(uid: str, summary: str, start: str, end: str, loc: str = "", desc: str = "",
           allday: bool = False) -> str:
    if allday:
        when = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
    else:
        when = [f"DTSTART;TZID=Europe/Brussels:{start}", f"DTEND;TZID=Europe/Brussels:{end}"]
    e = ev("CREATED:20260201T080000Z", *when, "DTSTAMP:20260201T080005Z", "LAST-MODIFIED:20260201T080005Z",
           f"LOCATION:{esc(loc)}" if loc else None, "SEQUENCE:0", f"SUMMARY:{esc(summary)}",
           f"DESCRIPTION:{esc(desc)}" if desc else None, f"UID:{uid}",
           "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", *alarm(30, "Rappel"))
    return cal(APPLE, e, method=None, calscale=True, tz=() if allday else ("apple:Europe/Brussels",))


def _google(uid: str, summary: str, start: str, end: str, org: tuple[str, str] | None, desc: str,
            loc: str = "", guests: tuple[tuple[str, str], ...] = (), me: str = ME) -> str:
    lines: list[str | None] = [f"DTSTART:{start}", f"DTEND:{end}", "DTSTAMP:20260215T100000Z"]
    if org:
        lines.append(f"ORGANIZER;CN={org[0]}:mailto:{org[1]}")
    lines.append(f"UID:{uid}")
    for cn, mail in ((me, me), *guests):
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={cn};"
                     f"X-NUM-GUESTS=0:mailto:{mail}")
    lines += ["CREATED:20260215T095900Z", f"DESCRIPTION:{esc(desc)}", "LAST-MODIFIED:20260215T100000Z",
              f"LOCATION:{esc(loc)}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    return cal(GOOGLE, ev(*lines), calscale=True)


def _outlook(uid: str, summary: str, body: str, start: str, end: str, org: str, loc: str,
             atts: tuple[str, ...] = ()) -> str:
    e = ev(org, f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Fontaine, Amélie\":mailto:{WORK}",
           *atts, f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=fr-BE:{summary}",
           f"DTSTART;TZID={ROMANCE}:{start}", f"DTEND;TZID={ROMANCE}:{end}", "CLASS:PUBLIC", "PRIORITY:5",
           "DTSTAMP:20260220T120000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
           f"LOCATION;LANGUAGE=fr-BE:{esc(loc)}", *outlook_x("BUSY"))
    return cal(EXCH, e, tz=(ROMANCE,))


def mock_fr() -> dict[str, object]:
    uid = "m0c1k2i3n4t5e6r7v8i9e0w1fr@google.com"
    desc = ("Simulation d'entretien en conditions réelles avant Helvepharm : questions comportementales (STAR), "
            "prétentions salariales en CHF, pourquoi quitter l'hôpital. Claire joue la recruteuse.\n\n"
            + meet("fr", "cbn-wqrt-ezu") + meet_footer("fr"))
    ics = _google(uid, "Simulation d'entretien avec Claire (coaching)", "20260224T190000Z", "20260224T200000Z",
                  ("Claire Dujardin", "claire.dujardin.coaching@gmail.com"), desc,
                  guests=(("Claire Dujardin", "claire.dujardin.coaching@gmail.com"),))
    return _neg("google-practice-fr", ics, uid, "mock-interview-names-employer-fr")


def webinar_fr() -> dict[str, object]:
    uid = "zoom-webinar-83311902245@abpr.be"
    body = ("Merci pour votre inscription au webinaire « Réussir son entretien d'embauche en affaires "
            "réglementaires : de l'hôpital à l'industrie ».\n\nIntervenants : Isabelle Gérard (Talent Acquisition, "
            "secteur pharma) et Pierre Lemmens (Regulatory Director).\n\n"
            + zoom("fr", "ABPR – Association Belge des Professionnels Réglementaires", "83311902245",
                   "WbN8kQz3Lp0xYr"))
    e = ev(f"UID:{uid}", "DTSTAMP:20260210T120000Z", "DTSTART:20260226T170000Z", "DTEND:20260226T183000Z",
           "SUMMARY:Webinaire ABPR : Réussir son entretien en affaires réglementaires", f"DESCRIPTION:{esc(body)}",
           "LOCATION:https://us06web.zoom.us/j/83311902245", "ORGANIZER;CN=ABPR:mailto:events@abpr.be",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=FALSE:mailto:{ME}")
    return _neg("zoom-webinar-fr", cal("-//Zoom Video Communications//Zoom Webinar//FR", e), uid, "webinar-fr")


def training_fr() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E00800000000A1A1A1A1C0C0DC01000000000000000010000000"
           "11112222333344445555666677778888")
    body = ("Formation interne « Techniques d'entretien de recrutement » (2 demi-journées) pour les cadres et membres "
            "de jury : préparer une grille, questions comportementales, biais, cadre légal belge.\nFormatrice : "
            "Mme Nathalie Stassart (service Formation).")
    ics = _outlook(uid, "Formation RH : techniques d'entretien de recrutement (jour 1)", body, "20260311T090000",
                   "20260311T123000", "ORGANIZER;CN=Service Formation:mailto:formation@chu-brugmann-pharma.be",
                   "Centre de formation – salle 3")
    return _neg("outlook-training-fr", ics, uid, "class-interview-techniques-fr")


def userresearch_fr() -> dict[str, object]:
    uid = "ur-pharmastock-0319@pharmastock.io"
    body = ("Bonjour Amélie,\n\nMerci d'avoir accepté cette interview utilisateur ! Nous développons PharmaStock, "
            "un outil de gestion des stocks et des ruptures pour les pharmacies hospitalières. Nous aimerions "
            "comprendre votre quotidien (30 min, pas de démo commerciale). Un bon d'achat de 50 € vous sera envoyé."
            "\n\nMerci,\nBaptiste Renard – Product Designer\n\n" + meet("fr", "vkp-umwa-hge"))
    e = ev(f"UID:{uid}", "DTSTAMP:20260312T100000Z", "DTSTART:20260319T110000Z", "DTEND:20260319T113000Z",
           "SUMMARY:Interview utilisateur PharmaStock (30 min)", f"DESCRIPTION:{esc(body)}",
           "LOCATION:https://meet.google.com/vkp-umwa-hge",
           "ORGANIZER;CN=Baptiste Renard:mailto:baptiste@pharmastock.io",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{WORK}")
    return _neg("user-research-fr", cal("-//Calendly//Calendly//EN", e), uid, "user-research-interview-fr")


def press_fr() -> dict[str, object]:
    uid = "6p5r4e3s2s1i0n9t8e7r6v5w4f@google.com"
    desc = ("Interview pour La Gazette Santé (article sur les pénuries de médicaments à l'hôpital). Journaliste : "
            "Céline Moreau. Accord de la direction communication obtenu. Relire les chiffres 2025.")
    ics = _google(uid, "Interview presse – pénuries de médicaments (La Gazette Santé)", "20260303T130000Z",
                  "20260303T134500Z", ("Céline Moreau", "c.moreau@gazettesante.be"), desc,
                  loc="Par téléphone", guests=(("Céline Moreau", "c.moreau@gazettesante.be"),), me=WORK)
    return _neg("press-interview-fr", ics, uid, "press-interview-fr")


def podcast_fr() -> dict[str, object]:
    uid = "riverside-rec-5b2e8a@riverside.fm"
    body = ("Enregistrement de l'épisode 42 du podcast « Officine & Hôpital » : interview d'Amélie Fontaine sur "
            "le rôle du pharmacien au comité médico-pharmaceutique.\nStudio : https://riverside.fm/studio/"
            "officine-hopital\nMerci d'utiliser un casque.")
    e = ev(f"UID:{uid}", "DTSTAMP:20260301T150000Z", "DTSTART;TZID=Europe/Brussels:20260408T193000",
           "DTEND;TZID=Europe/Brussels:20260408T203000", "SUMMARY:Enregistrement podcast – interview Amélie Fontaine",
           f"DESCRIPTION:{esc(body)}", "LOCATION:https://riverside.fm/studio/officine-hopital",
           "ORGANIZER;CN=Officine & Hôpital:mailto:podcast@officine-hopital.be",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}")
    return _neg("podcast-fr", cal("-//Riverside//Riverside.fm//EN", e, tz=("Europe/Brussels",)), uid,
                "podcast-interview-fr")


def personal() -> list[dict[str, object]]:
    out = []
    items = [
        ("apple-doctor-fr", "A1B2C3D4-0001-4000-8000-00000000A001", "Dr Vandenbroucke – médecin traitant",
         "20260306T173000", "20260306T180000", "Avenue Brugmann 231, Uccle", "prise de sang + certificat sport",
         "doctor-fr"),
        ("apple-dentist-fr", "A1B2C3D4-0002-4000-8000-00000000A002", "Dentiste – contrôle + détartrage",
         "20260413T083000", "20260413T090000", "Cabinet dentaire Flagey", "", "dentist-fr"),
        ("apple-mutuelle-fr", "A1B2C3D4-0003-4000-8000-00000000A003", "Mutuelle – dossier remboursement lunettes",
         "20260318T123000", "20260318T130000", "Agence mutualité, Chaussée d'Ixelles", "apporter attestation opticien",
         "mutuelle-fr"),
        ("apple-creche-fr", "A1B2C3D4-0004-4000-8000-00000000A004", "Réunion parents – crèche Les Petits Pas",
         "20260323T180000", "20260323T193000", "Crèche Les Petits Pas", "", "creche-fr"),
        ("apple-bank-fr", "A1B2C3D4-0005-4000-8000-00000000A005", "RDV conseiller banque – prêt hypothécaire",
         "20260327T120000", "20260327T130000", "Agence Louise", "fiches de paie x3, compromis", "bank-fr"),
        ("apple-commune-fr", "A1B2C3D4-0006-4000-8000-00000000A006",
         "Maison communale Ixelles – renouvellement carte eID", "20260402T081500", "20260402T083000",
         "Chaussée d'Ixelles 168", "code PIN/PUK reçu par courrier", "town-hall-fr"),
    ]
    for kind, uid, summary, start, end, loc, desc, trap in items:
        out.append(_neg(kind, _apple(uid, summary, start, end, loc, desc), uid, trap))
    return out


def internal() -> list[dict[str, object]]:
    cmp_uid = ("040000008200E00074C5B7101A82E00800000000B2B2B2B2C1C1DC01000000000000000010000000"
               "22223333444455556666777788889999")
    cmp_body = ("Ordre du jour : 1. Approbation PV  2. Demandes d'admission au formulaire (biosimilaires "
                "adalimumab)  3. Ruptures de stock T1  4. Divers.\n\n" + teams("fr", "902133457718", "Cm8Pq1"))
    team_uid = ("040000008200E00074C5B7101A82E00800000000C3C3C3C3D2D2DC01000000000000000010000000"
                "3333444455556666777788889999AAAA")
    appraisal_uid = ("040000008200E00074C5B7101A82E00800000000D4D4D4D4E3E3DC01000000000000000010000000"
                     "444455556666777788889999AAAABBBB")
    appraisal = ("Entretien annuel d'évaluation et de développement 2025-2026. Merci de compléter au préalable votre "
                 "auto-évaluation dans le portail RH (objectifs, formations souhaitées).")
    exit_uid = ("040000008200E00074C5B7101A82E00800000000E5E5E5E5F4F4DC01000000000000000010000000"
                "55556666777788889999AAAABBBBCCCC")
    exit_body = ("Suite à votre démission, le service RH vous propose un entretien de sortie (exit interview) "
                 "confidentiel : motifs de départ, remarques sur le service, restitution du matériel et du badge.")
    return [
        _neg("outlook-committee-fr", _outlook(cmp_uid, "Comité médico-pharmaceutique – séance d'avril", cmp_body,
                                              "20260416T123000", "20260416T140000",
                                              "ORGANIZER;CN=Secrétariat CMP:mailto:cmp@chu-brugmann-pharma.be",
                                              "Salle du conseil / Teams"), cmp_uid, "internal-committee-fr"),
        _neg("outlook-team-fr", _outlook(team_uid, "Réunion d'équipe pharmacie – planning des gardes",
                                         "Planning des gardes mai-juin et congés.", "20260407T081500",
                                         "20260407T090000", 'ORGANIZER;CN="Delcourt, Philippe":mailto:'
                                         "philippe.delcourt@chu-brugmann-pharma.be", "Bureau chef de service"),
             team_uid, "internal-team-meeting-fr"),
        _neg("outlook-appraisal-fr", _outlook(appraisal_uid, "Entretien annuel d'évaluation – A. Fontaine / "
                                              "Pr Delcourt", appraisal, "20260422T100000", "20260422T110000",
                                              'ORGANIZER;CN="Delcourt, Philippe":mailto:'
                                              "philippe.delcourt@chu-brugmann-pharma.be", "Bureau chef de service"),
             appraisal_uid, "own-appraisal-fr"),
        _neg("outlook-exit-fr", _outlook(exit_uid, "Entretien de sortie – Amélie Fontaine", exit_body,
                                         "20260612T140000", "20260612T143000",
                                         'ORGANIZER;CN="Leroy, Valérie":mailto:valerie.leroy@chu-brugmann-pharma.be',
                                         "RH – bureau 0.08"), exit_uid, "own-exit-interview-fr"),
    ]


def coffee_fr() -> dict[str, object]:
    uid = "c0f1f2e3e4c5h6a7t8f9r0a1b2@google.com"
    desc = ("Marie (ancienne collègue de stage, aujourd'hui RA Officer chez Genvalis) – lui demander comment elle a "
            "fait la transition hôpital → industrie, formations utiles (RAPS ?), ambiance. Pas une candidature.")
    ics = _google(uid, "Café avec Marie (Genvalis) – infos métier RA", "20260228T093000Z", "20260228T103000Z", None,
                  desc, loc="Café Belga, Place Flagey")
    return _neg("google-coffee-fr", ics, uid, "informational-coffee-names-company-fr")


def fair_fr() -> dict[str, object]:
    uid = "pbcd-2026-visitor-118842@pharmabiotech-careerday.be"
    body = ("Votre badge visiteur : Pharma & Biotech Career Day 2026\nBrussels Expo – Palais 11\n"
            "Plus de 60 exposants (laboratoires, CRO, biotech). Ateliers CV et speed-meetings avec recruteurs.\n"
            "Code badge : PBCD-118842")
    e = ev(f"UID:{uid}", "DTSTAMP:20260205T101000Z", "DTSTART;VALUE=DATE:20260328", "DTEND;VALUE=DATE:20260329",
           "SUMMARY:Pharma & Biotech Career Day 2026 – Brussels Expo", f"DESCRIPTION:{esc(body)}",
           "LOCATION:Brussels Expo\\, Place de Belgique 1\\, 1020 Bruxelles", "TRANSP:TRANSPARENT")
    return _neg("job-fair-fr", cal("-//Eventbrite//Eventbrite Calendar//FR", e, method="PUBLISH"), uid, "job-fair-fr")


def referee_fr() -> dict[str, object]:
    uid = "4r3f2e1r0e9e8c7a6l5l4f3r2b@google.com"
    desc = ("Lysandre Therapeutics (Chloé Lemaire, RH) m'appelle comme référence pour Laura Mertens, mon ancienne "
            "assistante en pharmacie, candidate chez eux (QA Associate). Points : rigueur, BPF, travail en équipe.")
    ics = _google(uid, "Appel de référence – Laura Mertens (Lysandre RH)", "20260317T074500Z", "20260317T080000Z",
                  ("Chloé Lemaire", "chloe.lemaire@lysandre-tx.com"), desc, loc="Téléphone",
                  guests=(("Chloé Lemaire", "chloe.lemaire@lysandre-tx.com"),))
    return _neg("google-referee-fr", ics, uid, "reference-call-user-as-referee-fr")


def recruiter_fr() -> dict[str, object]:
    uid = "PFR-CALL-20260216-0211@pharmaforce-recruitment.be"
    body = ("Bonjour Amélie,\n\nMerci pour votre message LinkedIn. Je vous propose un premier échange pour faire le "
            "point sur votre projet (affaires réglementaires / qualité), vos attentes et le marché actuel en "
            "Belgique. Je vous appellerai.\n\nGrégoire Hansen\nPharmaforce Recruitment")
    e = ev(f"UID:{uid}", "DTSTAMP:20260212T160000Z", "DTSTART;TZID=Europe/Brussels:20260216T123000",
           "DTEND;TZID=Europe/Brussels:20260216T130000", "SUMMARY:Échange téléphonique – Pharmaforce Recruitment",
           f"DESCRIPTION:{esc(body)}", "LOCATION:Téléphone",
           "ORGANIZER;CN=Grégoire Hansen:mailto:g.hansen@pharmaforce-recruitment.be",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{ME}")
    return _neg("agency-intro-fr", cal("-//Bullhorn//Bullhorn ATS//FR", e, tz=("Europe/Brussels",)), uid,
                "recruiter-call-no-employer-fr")


def prep_fr() -> dict[str, object]:
    uid = "9p8r7e6p5h4e3l2v1e0p9h8a7r@google.com"
    desc = ("Relire : guideline variations (classification Type IA/IB/II), module 3 CTD, site Helvepharm + "
            "rapport annuel. Préparer 3 questions pour Dr Baumgartner.")
    ics = _google(uid, "Préparer entretien Helvepharm (CMC, variations)", "20260317T170000Z",
                  "20260317T190000Z", None, desc)
    return _neg("google-prep-fr", ics, uid, "prep-block-names-employer-fr")


def thesis_fr() -> dict[str, object]:
    uid = "jury-tfe-2026-0612-lenoir@pharma.uclv.be"
    body = ("Défense publique du mémoire de Julie Lenoir (master en sciences pharmaceutiques) : « Conciliation "
            "médicamenteuse à l'admission en gériatrie ». Jury : Pr Hermans (promoteur), A. Fontaine (lectrice), "
            "Dr Collin.")
    e = ev(f"UID:{uid}", "DTSTAMP:20260520T090000Z", "DTSTART;TZID=Europe/Brussels:20260612T100000",
           "DTEND;TZID=Europe/Brussels:20260612T110000", "SUMMARY:Jury mémoire – défense de Julie Lenoir",
           f"DESCRIPTION:{esc(body)}", "LOCATION:Campus UCLV – salle P.1.12",
           "ORGANIZER;CN=Secrétariat Pharmacie:mailto:secretariat@pharma.uclv.be",
           f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{WORK}")
    return _neg("thesis-jury-fr", cal("-//UCLV//Agenda Facultaire//FR", e, tz=("Europe/Brussels",)), uid,
                "thesis-jury-fr")


def clinical_fr() -> dict[str, object]:
    uid = "F0E1D2C3-0007-4000-8000-00000000A007"
    ics = _apple(uid, "Entretien pharmaceutique – anamnèse médicamenteuse (patiente ch. 412)", "20260310T103000",
                 "20260310T110000", "Gériatrie – 4e étage",
                 "Mme D., 84 ans, admission chute. Liste domicile via pharmacien d'officine.")
    return _neg("clinical-interview-fr", ics, uid, "patient-medication-interview-fr")


def events() -> list[dict[str, object]]:
    return [mock_fr(), webinar_fr(), training_fr(), userresearch_fr(), press_fr(), podcast_fr(), *personal(),
            *internal(), coffee_fr(), fair_fr(), referee_fr(), recruiter_fr(), prep_fr(), thesis_fr(),
            clinical_fr()]
