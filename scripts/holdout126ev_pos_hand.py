"""holdout126: Karim's own interviews typed by hand (iOS, Thunderbird, Google) and more direct invites."""

from __future__ import annotations

from holdout126ev_ics import (
    APPLE,
    MACOS,
    ME_FREE,
    ME_NAME,
    OUTLOOK,
    ROMANCE,
    THUNDERBIRD,
    UTC01A,
    Ev,
    att,
    esc,
    gatt,
    oatt,
    org,
)
from holdout126ev_pos_ats import teams_fr


def events() -> list[Ev]:
    out: list[Ev] = []

    # 44 iOS, hand-typed, floating time, second round
    out.append(Ev(
        "ios-hand-2e-tour", "A1F5C0D2-7B3E-4C9A-8D6F-2E1B0A9C8D7E", "ios-hand-typed-fr", [
            "DTSTART:20260224T140000",
            "DTEND:20260224T150000",
            "SUMMARY:" + esc("Entretien Habitat Phocéen 2e tour"),
            "LOCATION:" + esc("Siège Habitat Phocéen, rue d'Aix"),
            "DESCRIPTION:" + esc("Revoir M. Lopez + directrice générale. Amener planning astreintes actuel"),
            "CREATED:20260218T192233Z",
            "LAST-MODIFIED:20260218T192301Z",
            "TRANSP:OPAQUE",
        ], prodid=APPLE, method=None, tz="none", yes=True, company="Habitat Phocéen",
        who="M. Lopez"))

    # 45 Thunderbird, hand-typed practical test
    out.append(Ev(
        "thunderbird-test-pratique", "5c1f7a2e-9d3b-4e08-b6a1-0f4e2d8c7b19", "thunderbird-hand-practical-fr", [
            "CREATED:20260121T204512Z",
            "LAST-MODIFIED:20260121T204600Z",
            "SUMMARY:" + esc("Test pratique Clim'Azur (apporter EPI + manifold)"),
            "DTSTART;TZID=Europe/Paris:20260130T080000",
            "DTEND;TZID=Europe/Paris:20260130T110000",
            "LOCATION:" + esc("chantier résidence Les Pins, La Ciotat – rdv avec Fred Albertini"),
            "DESCRIPTION:" + esc("Mise en service PAC air/eau sur chantier, il veut voir comment je bosse."),
            "X-MOZ-GENERATION:1",
        ], prodid=THUNDERBIRD, method=None, yes=True, company="Clim'Azur Services", stage="technical",
        who="Fred Albertini"))

    # 46 Google hand-typed terse recruiter call
    out.append(Ev(
        "google-hand-rh", "0r9t8y7u6i5o4p3a2s1d0f9g8h@google.com", "google-hand-terse-fr", [
            "DTSTART;TZID=Europe/Paris:20260203T123000",
            "DTEND;TZID=Europe/Paris:20260203T130000",
            "SUMMARY:" + esc("entretien RH Ménestrel (tel) – chef de site CHU"),
            "CREATED:20260129T081500Z",
            "LAST-MODIFIED:20260129T081500Z",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
        ], method="PUBLISH", cal_extra=["X-WR-CALNAME:karim.benhaddou13@laposte.net",
                                        "X-WR-TIMEZONE:Europe/Paris"],
        yes=True, company="Ménestrel Services", role="chef de site CHU", stage="recruiter_screen"))

    # 47 Outlook, shipyard site head, interview + visit
    out.append(Ev(
        "outlook-chef-de-site", "040000008200E00074C5B7101A82E00800000000E6F708192A3B4C010000000000000000100000"
        "00ABCDEF0123456789ABCDEF01234567", "outlook-chef-de-site-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260210T140000',
            f'DTEND;TZID="{ROMANCE}":20260210T160000',
            "SUMMARY:" + esc("Entretien avec le chef de site + visite Forme 10 – K. Benhaddou"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\n\nSandrine m'a transmis votre dossier et le retour du test technique. Je vous "
                "propose un entretien suivi d'une visite des ateliers et d'un navire en arrêt technique.\n\n"
                "Cordialement,\nBernard Ricci\nChef de site – Chantiers Navals Phocéens"),
            "LOCATION:" + esc("CNP – bureau du chef de site, Forme 10"),
            org("bernard.ricci@cnphoceens.fr", "Ricci, Bernard"),
            oatt(ME_FREE, "Karim Benhaddou"),
            oatt("sandrine.giordano@cnphoceens.fr", "Giordano, Sandrine", role="OPT-PARTICIPANT"),
        ], prodid=OUTLOOK, tz="romance", yes=True, company="Chantiers Navals Phocéens",
        stage="hiring_manager", who="bernard.ricci@cnphoceens.fr"))

    # 48 English Teams, floating wind O&M
    out.append(Ev(
        "teams-en-hm", "040000008200E00074C5B7101A82E00800000000F708192A3B4C5D010000000000000000100000"
        "002468ACE02468ACE02468ACE02468ACE0", "teams-hiring-manager-en", [
            f'DTSTART;TZID="{UTC01A}":20260309T150000',
            f'DTEND;TZID="{UTC01A}":20260309T160000',
            "SUMMARY:" + esc("Interview – O&M Site Supervisor (Port-Saint-Louis) – Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Hi Karim,\n\nAs discussed with Léa from our HR team, please find below the Teams link for your "
                "interview with me.\n\nBest,\nErik Lindahl\nO&M Manager, EFG – Éoliennes Flottantes du Golfe\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
                "the meeting\nMeeting ID: 355 781 004 219\nPasscode: 9bTr4X\nDownload Teams | Join on the web\n"
                "________________________________________________________________________________"),
            "LOCATION:Microsoft Teams Meeting",
            org("erik.lindahl@efg-offshore.com", "Lindahl, Erik"),
            oatt(ME_FREE, "karim.benhaddou13@laposte.net"),
        ], prodid=OUTLOOK, tz="utc01a", yes=True, company="Éoliennes Flottantes du Golfe",
        role="O&M Site Supervisor", stage="hiring_manager", who="erik.lindahl@efg-offshore.com"))

    # 49 temp agency, employer named in title
    out.append(Ev(
        "agency-musee", "8u7y6t5r4e3w2q1a0s9d8f7g6h@google.com", "agency-employer-in-title-fr", [
            "DTSTART;TZID=Europe/Paris:20260218T140000",
            "DTEND;TZID=Europe/Paris:20260218T150000",
            "SUMMARY:" + esc("RDV client : Musée des Docks – technicien CVC (mission longue) – Karim B."),
            "DESCRIPTION:" + esc(
                "Karim,\nEntretien avec Mme Isabelle Moreau, cheffe du service technique du musée. Rendez-vous "
                "devant l'entrée du personnel, esplanade J4. Je ne serai pas présent, appelle-moi après.\n"
                "Kevin – Proxi Intérim Marseille Joliette"),
            "LOCATION:" + esc("Musée des Docks, esplanade J4, Marseille"),
            org("kevin.lambert@proxi-interim.fr", "Kevin Lambert"),
            gatt("isabelle.moreau@museedesdocks.fr", "Isabelle Moreau"),
            gatt(ME_FREE),
        ], yes=True, company="Musée des Docks", role="technicien CVC (mission longue)",
        who="isabelle.moreau@museedesdocks.fr"))

    # 50 online technical test, no interviewer
    out.append(Ev(
        "online-test", "flatchr-test-7781-thermalis-qcm", "online-technical-test-fr", [
            "DTSTART;TZID=Europe/Paris:20260118T100000",
            "DTEND;TZID=Europe/Paris:20260118T104500",
            "SUMMARY:" + esc("Test technique en ligne – Chef d'équipe CVC – Thermalis"),
            "DESCRIPTION:" + esc(
                "Questionnaire en ligne de 45 minutes (froid, climatisation, régulation, sécurité). Lien "
                "personnel valable jusqu'au 18/01 23h59 : https://thermalis.flatchr.io/test/7781\n"
                "Thermalis Génie Climatique via Flatchr"),
            "LOCATION:En ligne",
            org("recrutement@thermalis-gc.fr", "Thermalis Recrutement"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Flatchr//Agenda//FR", yes=True, company="Thermalis Génie Climatique",
        role="Chef d'équipe CVC", stage="technical"))

    # 51 Google Meet, English recruiter intro call
    out.append(Ev(
        "meet-intro-en", "2w4e6r8t0y1u3i5o7p9a2s4d6f@google.com", "google-meet-screen-en", [
            "DTSTART;TZID=Europe/Paris:20260122T100000",
            "DTEND;TZID=Europe/Paris:20260122T103000",
            "SUMMARY:" + esc("Northwind Data Centres <> Karim Benhaddou – intro call"),
            "DESCRIPTION:" + esc(
                "Hi Karim – looking forward to our chat about the Critical Facilities Technician opening at MRS3. "
                "Olivia (Talent Partner, EMEA)\n\nJoin with Google Meet: https://meet.google.com/nwd-intr-oka\n"
                "Join by phone: (FR) +33 1 87 40 50 13 PIN: 550 220 871#"),
            "LOCATION:",
            org("olivia.brooks@northwind-dc.com", "Olivia Brooks"),
            gatt("olivia.brooks@northwind-dc.com", "Olivia Brooks", part="ACCEPTED"),
            gatt(ME_FREE, "Karim Benhaddou"),
        ], yes=True, company="Northwind Data Centres", role="Critical Facilities Technician",
        stage="recruiter_screen", who="olivia.brooks@northwind-dc.com"))

    # 52 iOS hand-typed, floating, Monaco hotel, video
    out.append(Ev(
        "ios-hand-visio", "E4B8D1C2-0A3F-4B6E-9C7D-5A2E8F1B3C6D", "ios-hand-video-fr", [
            "DTSTART:20260305T181500",
            "DTEND:20260305T190000",
            "SUMMARY:" + esc("visio Riviera Palace 2ème entretien (DRH)"),
            "DESCRIPTION:" + esc("lien teams dans le mail de Mme Brun. Tenue correcte, fond neutre"),
            "CREATED:20260301T091102Z",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:Rappel",
            "TRIGGER:-PT30M",
            "END:VALARM",
        ], prodid=APPLE, method=None, tz="none", yes=True, company="Riviera Palace", who="Mme Brun"))

    # 53 macOS Calendar invite from a clinic director on iCloud
    out.append(Ev(
        "icloud-clinic", "F7C2A9E1-3B5D-4A80-9E6C-1D2F3A4B5C6D", "apple-icloud-hiring-manager-fr", [
            "DTSTART;TZID=Europe/Paris:20260312T123000",
            "DTEND;TZID=Europe/Paris:20260312T133000",
            "SUMMARY:" + esc("Rencontre – poste responsable technique Clinique de la Rose"),
            "DESCRIPTION:" + esc(
                "Bonjour Monsieur Benhaddou, je vous propose ce créneau pour parler du poste de responsable "
                "technique (bâtiment, CVC, fluides médicaux). Dr Paul Sauveur, directeur médical et gérant."),
            "LOCATION:" + esc("Clinique de la Rose, 33 avenue de la Rose, 13013 Marseille"),
            org("paul.sauveur@icloud.com", "Paul Sauveur"),
            att("paul.sauveur@icloud.com", "Paul Sauveur", part="ACCEPTED"),
            att(ME_FREE, ME_NAME),
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        ], prodid=MACOS, tz="paris", yes=True, company="Clinique de la Rose", role="responsable technique",
        stage="hiring_manager", who="paul.sauveur@icloud.com"))

    # 54 Outlook technical, FM group
    out.append(Ev(
        "outlook-technical-fm", "040000008200E00074C5B7101A82E00800000000192A3B4C5D6E7F010000000000000000100000"
        "00135799BDF135799BDF135799BDF13579", "outlook-technical-fm-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260217T083000',
            f'DTEND;TZID="{ROMANCE}":20260217T100000',
            "SUMMARY:" + esc("Entretien technique – Chef de site (contrat CHU Nord) – Ménestrel Services"),
            "DESCRIPTION:" + esc(
                "Bonjour Monsieur Benhaddou,\n\nSuite à votre échange avec notre RH, je vous propose un entretien "
                "technique avec Fanny Garnier (responsable technique du site CHU Nord) et moi : cas pratique sur "
                "un plan de maintenance préventive (CTA, groupes froids, "
                "traitement d'air des blocs), gestion d'astreinte et pilotage de sous-traitants.\n\n"
                "Cordialement,\nYannick Bouvier, Directeur de contrats Santé\nMénestrel Services\n\n"
                + teams_fr("MTk4MmQ0", "301 226 774 553", "pQ2z8R")),
            "LOCATION:" + esc("Réunion Microsoft Teams"),
            org("yannick.bouvier@menestrel-services.fr", "Bouvier, Yannick"),
            oatt(ME_FREE, "Benhaddou, Karim"),
            oatt("fanny.garnier@menestrel-services.fr", "Garnier, Fanny"),
        ], prodid=OUTLOOK, tz="romance", yes=True, company="Ménestrel Services",
        role="Chef de site (contrat CHU Nord)", stage="technical",
        who="yannick.bouvier@menestrel-services.fr;fanny.garnier@menestrel-services.fr"))

    # 55 Monaco district cooling, Outlook, recruiter screen
    out.append(Ev(
        "outlook-monaco-rh", "040000008200E00074C5B7101A82E008000000002A3B4C5D6E7F80010000000000000000100000"
        "00FEDCBA9876543210FEDCBA98765432", "outlook-monaco-screen-fr", [
            f'DTSTART;TZID="{UTC01A}":20260128T143000',
            f'DTEND;TZID="{UTC01A}":20260128T150000',
            "SUMMARY:" + esc("Entretien téléphonique – Technicien réseau thalassothermie – MEU"),
            "DESCRIPTION:" + esc(
                "Monsieur,\n\nMonaco Énergies Urbaines vous remercie pour votre candidature. Je vous appellerai "
                "pour un premier entretien (20–30 min).\nÀ noter : poste soumis à l'obtention d'un permis de "
                "travail monégasque.\n\nSincères salutations,\nClaudine Rey\nRessources Humaines"),
            "LOCATION:" + esc("Téléphone (+33 6 •• •• •• 41)"),
            org("c.rey@meu.mc", "Rey, Claudine"),
            oatt(ME_FREE, "Karim Benhaddou"),
        ], prodid=OUTLOOK, tz="utc01a", yes=True, company="Monaco Énergies Urbaines",
        role="Technicien réseau thalassothermie", stage="recruiter_screen", who="c.rey@meu.mc"))

    # 56 Beetween, EHPAD group, final with regional director
    out.append(Ev(
        "beetween-final", "beetween-rdv-44120-oliviers-final", "beetween-final-fr", [
            "DTSTART;TZID=Europe/Paris:20260204T100000",
            "DTEND;TZID=Europe/Paris:20260204T110000",
            "SUMMARY:" + esc("Entretien final – Responsable technique régional – Résidences Les Oliviers"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\nDernière étape de votre candidature : rencontre avec Xavier Delmas, directeur "
                "régional PACA, au siège d'Aix-en-Provence. Émilie Rostand vous accueillera.\n\n"
                "Beetween – message envoyé pour le compte de Résidences Les Oliviers"),
            "LOCATION:" + esc("Résidences Les Oliviers – Siège, 8 cours Mirabeau, Aix-en-Provence"),
            org("notification@beetween.com", "Résidences Les Oliviers"),
            att("x.delmas@residences-oliviers.fr", "Xavier Delmas"),
            att("emilie.rostand@residences-oliviers.fr", "Émilie Rostand", role="OPT-PARTICIPANT"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Beetween//Beetween ATS//FR", yes=True, company="Résidences Les Oliviers",
        role="Responsable technique régional", stage="final", who="x.delmas@residences-oliviers.fr"))

    # 57 Outlook, data-centre site head, hiring manager
    out.append(Ev(
        "outlook-dc-chef-de-site", "040000008200E00074C5B7101A82E008000000003B4C5D6E7F8091010000000000000000100000"
        "00A5A5A5A5B6B6B6B6C7C7C7C7D8D8D8D8", "outlook-chef-de-site-dc-fr", [
            f'DTSTART;TZID="{ROMANCE}":20260129T100000',
            f'DTEND;TZID="{ROMANCE}":20260129T110000',
            "SUMMARY:" + esc("Entretien chef de site MRS2 / candidat technicien CVC"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\nSuite à votre échange avec Julie, je vous propose un entretien sur site. Prévoir une "
                "pièce d'identité pour l'enregistrement à l'accueil sécurité.\nArnaud Lefèvre\nChef de site MRS2 – "
                "Massilia Datacenters"),
            "LOCATION:" + esc("Massilia Datacenters MRS2, 60 chemin des Aygalades, 13015 Marseille"),
            org("arnaud.lefevre@massilia-dc.com", "Lefèvre, Arnaud"),
            oatt(ME_FREE, "Karim Benhaddou"),
            oatt("julie.ferrand@massilia-dc.com", "Ferrand, Julie", role="OPT-PARTICIPANT"),
        ], prodid=OUTLOOK, tz="romance", yes=True, company="Massilia Datacenters",
        role="technicien CVC", stage="hiring_manager", who="arnaud.lefevre@massilia-dc.com"))

    return out

