"""holdout50: other negatives (mock, webinars, press, personal, internal, coffees, fairs, referee, prep)."""

from __future__ import annotations

from holdout50ev_ics import ME, WORK, att, cal, desc, lbl, meet, org, teams, tz, zoom

BXL = "Europe/Brussels"


def _ev(kind: str, uid: str, props: list[str], prodid: str = "google", method: str | None = None,
        zone: str | None = BXL, outlook: bool = False) -> tuple[str, str, list[dict[str, str]]]:
    zones = [tz(zone, outlook=outlook)] if zone else []
    return (kind, cal([[f"UID:{uid}", "DTSTAMP:20251002T090000Z", *props]], prodid, method=method, zones=zones),
            [lbl(uid, 0, trap=kind)])


def _t(d: str, a: str, b: str, z: str = BXL) -> list[str]:
    return [f"DTSTART;TZID={z}:{d}T{a}", f"DTEND;TZID={z}:{d}T{b}"]


def build() -> list[tuple[str, str, list[dict[str, str]]]]:
    out = [
        _ev("mock-coach-fr", "mock-outplacement-5521@google.com", [
            *_t("20251004", "100000", "113000"), "SUMMARY:Simulation d'entretien (coach) – poste Head of Brand",
            org("isabelle@cap-carriere.be", "Isabelle Renard"), att(ME, "Amélie Dufour"),
            desc("Jeu de rôle : je joue la DRH de Nutrivia, on filme et on débriefe.\n\n" +
                 meet("fr", "cap-mock-ipz")),
        ], method="REQUEST"),
        _ev("mock-friend-en", "2mk8f0x1q7p3@google.com", [
            *_t("20251012", "200000", "210000"), "SUMMARY:Mock interview w/ Sophie - brand case role-play",
            org(ME, "Amélie Dufour"), att("sophie.leclercq@gmail.com", "Sophie Leclercq"),
            desc("Sophie plays the Oria CEO. Practice the 'why leave Delvaux' answer."),
        ], method="REQUEST"),
        _ev("webinar-fr", "webinar-8812-reussir-entretien@livestorm.co", [
            "DTSTART:20251009T100000Z", "DTEND:20251009T110000Z",
            "SUMMARY:Webinar : Réussir son entretien d'embauche en marketing",
            org("events@livestorm.co", "Marketing Club Belgique"), att(ME, "Amélie Dufour"),
            desc("Merci pour votre inscription ! Lien d'accès : https://app.livestorm.co/mcb/reussir-entretien"),
        ], prodid="-//Livestorm//Livestorm//EN", method="REQUEST", zone=None),
        _ev("training-interviewing-fr", "formation-recrutement-0412@delvaux-biscuits.be", [
            *_t("20251118", "090000", "170000"), "SUMMARY:Formation managers : techniques d'entretien de recrutement",
            org("academy@delvaux-biscuits.be", "Delvaux Academy"), att(WORK, "Amélie Dufour"),
            desc("Formation interne d'une journée (biais, questions comportementales, STAR)."),
            "LOCATION:Delvaux – Auditorium",
        ], method="REQUEST"),
        _ev("user-research-fr", "ux-biscuit-concept-22@delvaux-biscuits.be", [
            *_t("20251015", "140000", "170000"),
            "SUMMARY:Interviews consommateurs – test concept biscuit protéiné (5 entretiens)",
            org("insights@delvaux-biscuits.be", "Consumer Insights Delvaux"), att(WORK, "Amélie Dufour"),
            desc("Entretiens individuels menés par l'institut Ipsilon ; Amélie observe derrière la vitre."),
        ], method="REQUEST"),
        _ev("press-interview-fr", "presse-gondola-1107@delvaux-biscuits.be", [
            *_t("20251107", "110000", "113000"), "SUMMARY:Interview presse – Gondola (lancement Spéculoos Bio)",
            org("com@delvaux-biscuits.be", "Communication Delvaux"), att(WORK, "Amélie Dufour"),
            att("redaction@gondola.be", "Rédaction Gondola"),
            desc("Interview de 30 min par téléphone avec le journaliste de Gondola sur le lancement."),
        ], method="REQUEST"),
        _ev("podcast-interview-en", "riverside-ep42-marketing-unwrapped", [
            "DTSTART:20251113T160000Z", "DTEND:20251113T170000Z",
            "SUMMARY:Podcast recording: Marketing Unwrapped ep. 42 - interview with Amélie Dufour",
            org("host@marketingunwrapped.fm", "Ben Carter"), att(ME, "Amélie Dufour"),
            desc("Studio link: https://riverside.fm/studio/marketing-unwrapped\nTopic: heritage brands on TikTok."),
        ], prodid="-//Riverside//EN", method="REQUEST", zone=None),
        _ev("press-interview-de", "lz-interview-delvaux-1120@google.com", [
            *_t("20251120", "100000", "103000"),
            "SUMMARY:Interview Lebensmittel Zeitung – Markenstrategie Delvaux",
            org(WORK, "Amélie Dufour"), att("k.schubert@lz-redaktion.de", "Katrin Schubert"),
            desc("Telefoninterview zur Expansion von Delvaux in Deutschland. Freigabe durch Kommunikation."),
        ], method="REQUEST"),
        _ev("doctor-fr", "A0B1C2D3-E4F5-4061-8273-94A5B6C7D8E9", [
            *_t("20251008", "181500", "184500"), "SUMMARY:Dentiste – Dr Lambert", "LOCATION:Av. Louise 231",
        ], prodid="apple"),
        _ev("bank-fr", "B1C2D3E4-F506-4172-8394-A5B6C7D8E9F0", [
            *_t("20251011", "100000", "110000"), "SUMMARY:RDV banque – conseiller prêt hypothécaire",
            desc("Agence Flagey. Prendre fiches de paie + avertissement-extrait de rôle."),
        ], prodid="apple"),
        _ev("passport-fr", "passeport-ixelles-88@google.com", [
            *_t("20251016", "083000", "084500"), "SUMMARY:Passeport – Maison communale d'Ixelles (guichet 4)",
        ]),
        _ev("school-fr", "C2D3E4F5-0617-4283-94A5-B6C7D8E9F0A1", [
            *_t("20251021", "181500", "190000"),
            "SUMMARY:Réunion parents-professeurs – école Sainte-Marie (Léa\\, 3e primaire)",
        ], prodid="apple"),
        _ev("visa-ch-fr", "permis-b-geneve-info@google.com", [
            "DTSTART:20251103T120000Z", "DTEND:20251103T123000Z",
            "SUMMARY:Appel OCPM Genève – infos permis B / frontalier",
            desc("Question : délais permis B si offre Kellwood ou Helvalp."),
        ], zone=None),
        _ev("internal-brand-review-fr", "revue-marque-q4@delvaux-biscuits.be", [
            *_t("20251014", "090000", "103000"), "SUMMARY:Revue de marque Q4 – Spéculoos & Gaufrettes",
            org("p.janssens@delvaux-biscuits.be", "Pierre Janssens"), att(WORK, "Amélie Dufour"),
            desc(teams("fr")),
        ], method="REQUEST"),
        _ev("appraisal-fr", "040000008200E00074C5B7101A82E00800000000AABBCCDDEEFF0011DC01000000000000000010000000"
            "0010A2B3C4D5E6F708192A3B4C5D6E7F", [
            "DTSTART;TZID=Romance Standard Time:20251202T100000", "DTEND;TZID=Romance Standard Time:20251202T113000",
            "SUMMARY;LANGUAGE=fr-BE:Entretien annuel d'évaluation – Amélie Dufour / Pierre Janssens",
            org("p.janssens@delvaux-biscuits.be", "Janssens, Pierre"), att(WORK, "Dufour, Amélie"),
            desc("Bilan 2025, objectifs 2026, plan de développement. Merci de compléter ton auto-évaluation."),
        ], prodid="outlook", method="REQUEST", zone="Romance Standard Time", outlook=True),
        _ev("exit-interview-fr", "exit-adufour-2025@delvaux-biscuits.be", [
            *_t("20251216", "150000", "153000"), "SUMMARY:Entretien de sortie – A. Dufour",
            org("n.wouters@delvaux-biscuits.be", "Nathalie Wouters"), att(WORK, "Amélie Dufour"),
            desc("Entretien de départ avec les RH (retour d'expérience, remise du matériel)."),
        ], method="REQUEST"),
        _ev("coffee-chat-fr", "0cf3e9d2a1b7@google.com", [
            *_t("20251007", "080000", "084500"), "SUMMARY:Café avec Nadia (ex-Colmart) – échange marché retail",
            org(ME, "Amélie Dufour"), att("nadia.brahimi@gmail.com", "Nadia Brahimi"),
            desc("Juste pour avoir son avis sur la culture chez Colmart. Pas un entretien."),
            "LOCATION:Café Belga\\, Flagey",
        ], method="REQUEST"),
        _ev("coffee-chat-en", "1df4e0a3b2c8@google.com", [
            *_t("20251019", "110000", "120000", "Europe/Paris"),
            "SUMMARY:Informational chat with Hugo (ex-L'Oréal) about brand roles in Paris",
            org(ME, "Amélie Dufour"), att("hugo.marchetti@protonmail.com", "Hugo Marchetti"),
            desc("Networking, he's not hiring. Ask about headhunters for FMCG in Paris."),
        ], method="REQUEST", zone="Europe/Paris"),
        _ev("jobfair-fr", "salon-marketing-jobs-2025@google.com", [
            "DTSTART;VALUE=DATE:20251025", "DTEND;VALUE=DATE:20251026",
            "SUMMARY:Salon Marketing & Communication Jobs – Tour & Taxis",
            desc("Apporter 10 CV. Stands : Colmart, Alvéa, Kindly."),
        ], zone=None),
        _ev("reference-call-referee-fr", "ref-call-maes-1104@google.com", [
            *_t("20251104", "124500", "130000"), "SUMMARY:Appel de référence pour Julie Maes (ex-stagiaire)",
            org("a.verbist@brasserie-sennette.be", "An Verbist"), att(ME, "Amélie Dufour"),
            desc("Bonjour Mme Dufour, Julie Maes vous a indiquée comme référence pour notre poste de "
                 "Marketing Coordinator. 15 minutes suffiront. Merci !"),
        ], method="REQUEST"),
        _ev("reference-call-referee-en", "ref-check-lenoir-2211@google.com", [
            "DTSTART:20251111T090000Z", "DTEND:20251111T091500Z",
            "SUMMARY:Reference check - Thomas Lenoir (you as referee)",
            org("refs@checkpoint-hr.com", "Checkpoint HR"), att(WORK, "Amélie Dufour"),
            desc("You have been listed as a referee for Thomas Lenoir. We will call you at the scheduled time."),
        ], method="REQUEST", zone=None),
        _ev("recruiter-no-employer-fr", "altamira-intro-1002@google.com", [
            *_t("20251002", "173000", "180000"), "SUMMARY:Échange avec Camille – opportunité confidentielle",
            org("c.dumas@page-exec.be", "Camille Dumas"), att(ME, "Amélie Dufour"),
            desc("Bonjour Amélie, comme évoqué sur LinkedIn, je souhaite vous présenter une opportunité "
                 "confidentielle de Head of Brand dans le secteur alimentaire. Le nom du client sera "
                 "communiqué ultérieurement.\nCamille Dumas – Executive Search"),
        ], method="REQUEST"),
        _ev("recruiter-no-employer-en", "hr-connect-intro-77@google.com", [
            "DTSTART:20251009T150000Z", "DTEND:20251009T152000Z",
            "SUMMARY:Intro call - Senior Marketing roles (FMCG\\, Benelux)",
            org("tom@fmcg-talent.eu", "Tom Aerts"), att(ME, "Amélie Dufour"),
            desc("Quick call to understand what you're looking for - I have several FMCG clients hiring in "
                 "Brussels and Luxembourg.\n\n" + zoom("en", "712 004 2291")),
        ], method="REQUEST", zone=None),
        _ev("recruiter-no-employer-de", "hr-zh-erstkontakt-31@google.com", [
            *_t("20251017", "120000", "123000", "Europe/Zurich"),
            "SUMMARY:Kennenlerngespräch – Personalberatung Alpina (Marketing-Mandate CH)",
            org("m.huber@alpina-personal.ch", "Martina Huber"), att(ME, "Amélie Dufour"),
            desc("Unverbindliches Gespräch über Ihre Wechselmotivation und mögliche Mandate in der Schweiz."),
        ], method="REQUEST", zone="Europe/Zurich"),
        _ev("prep-block-fr", "D3E4F5A6-0718-4394-A5B6-C7D8E9F0A1B2", [
            *_t("20251015", "070000", "080000"), "SUMMARY:Préparer entretien Castelain (chiffres fromages + cas)",
        ], prodid="apple"),
        _ev("prep-block-en", "3eh5f1b4c3d9@google.com", [
            *_t("20251026", "140000", "170000"), "SUMMARY:Prep: Oria onsite - build brand deck",
            org(ME, "Amélie Dufour"), "TRANSP:OPAQUE",
        ]),
        _ev("partner-interview-fr", "E4F5A6B7-0819-44A5-B6C7-D8E9F0A1B2C3", [
            *_t("20251021", "140000", "160000"), "SUMMARY:Entretien de Marc (Thales) – récupérer les enfants à 16h",
        ], prodid="apple"),
        _ev("supplier-meeting-fr", "fournisseur-emballages-12@delvaux-biscuits.be", [
            *_t("20251016", "100000", "113000"), "SUMMARY:Réunion fournisseur emballages – Cartonnerie Mosane",
            org(WORK, "Amélie Dufour"), att("commercial@cartonnerie-mosane.be", "Cartonnerie Mosane"),
        ], method="REQUEST"),
        _ev("career-coaching-es", "coaching-carrera-03@google.com", [
            *_t("20251028", "190000", "200000"), "SUMMARY:Sesión de coaching de carrera con Elena",
            org("elena@coachingelena.es", "Elena Ruiz"), att(ME, "Amélie Dufour"),
            desc("Sesión 3/5: negociación salarial y preparación de entrevistas.\n\n" + zoom("es", "951 7720 113")),
        ], method="REQUEST"),
        _ev("webinar-es", "webinar-entrevistas-lg-55@google.com", [
            "DTSTART:20251112T170000Z", "DTEND:20251112T180000Z",
            "SUMMARY:Webinar: Cómo superar la entrevista por competencias",
            org("eventos@escuela-marketing.es", "Escuela de Marketing"), att(ME, "Amélie Dufour"),
        ], method="REQUEST", zone=None),
        _ev("agency-meeting-fr", "point-agence-noel-08@delvaux-biscuits.be", [
            *_t("20251023", "100000", "110000"), "SUMMARY:Point agence créa – campagne Noël (Hopper & Finch)",
            org(WORK, "Amélie Dufour"), att("margaux@hopperfinch.com", "Margaux Leroy"),
            desc("Revue des visuels Noël. (NB : ne pas parler de ma candidature !)"),
        ], method="REQUEST"),
    ]
    return out
