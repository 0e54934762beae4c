"""holdout126: Karim's own interviews from schedulers (Calendly, Cal.com, Bookings, GoodTime, ModernLoop, Ashby,
Zoho) and with unusual time shapes (UTC, floating, all-day, X-WR-TIMEZONE, a recurring trial with an override)."""

from __future__ import annotations

from holdout126ev_ics import ME_FREE, ME_NAME, THUNDERBIRD, Ev, att, esc, gatt, oatt, org


def events() -> list[Ev]:
    out: list[Ev] = []

    # 31 Calendly, EHPAD group, phone screen booked by Karim
    out.append(Ev(
        "calendly-phone", "b7e2c9a4-51d3-4f08-8e6a-2c7d90f1a3b5@calendly.com", "calendly-phone-screen-fr", [
            "DTSTART:20260112T153000Z",
            "DTEND:20260112T160000Z",
            "SUMMARY:" + esc("Entretien téléphonique – Responsable technique régional entre Karim Benhaddou et "
                             "Émilie Rostand"),
            "DESCRIPTION:" + esc(
                "Nom de l'événement : Entretien téléphonique – Responsable technique régional\n\n"
                "Émilie Rostand (Résidences Les Oliviers – recrutement) vous appellera au : +33 6 •• •• •• 41\n\n"
                "Besoin d'apporter des modifications à cet événement ?\nAnnuler : https://calendly.com/cancellations/"
                "b7e2c9a4\nReprogrammer : https://calendly.com/reschedulings/b7e2c9a4\n\n"
                "Propulsé par Calendly.com"),
            "LOCATION:+33 6 •• •• •• 41",
            org("emilie.rostand@residences-oliviers.fr", "Émilie Rostand"),
            att(ME_FREE, ME_NAME, part="ACCEPTED"),
            att("emilie.rostand@residences-oliviers.fr", "Émilie Rostand", part="ACCEPTED"),
        ], prodid="-//Calendly//Calendly//EN", tz="none", yes=True, company="Résidences Les Oliviers",
        role="Responsable technique régional", stage="recruiter_screen",
        who="emilie.rostand@residences-oliviers.fr"))

    # 32 Cal.com, solar O&M start-up, first call
    out.append(Ev(
        "calcom-intro", "calcom-8f1d2e3c4b5a-solarsud", "calcom-screen-fr", [
            "DTSTART:20260127T160000Z",
            "DTEND:20260127T163000Z",
            "SUMMARY:" + esc("Premier échange (30 min) entre Maxime Fabre et Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Quoi : Premier échange (30 min)\nQui : Maxime Fabre – Organisateur (SolarSud Exploitation, "
                "recrutement), Karim Benhaddou\nOù : Cal Video https://app.cal.com/video/8f1d2e3c\n"
                "Notes complémentaires : candidature Technicien O&M senior – centrales solaires Var/Bouches-du-"
                "Rhône"),
            "LOCATION:https://app.cal.com/video/8f1d2e3c",
            org("maxime.fabre@solarsud.fr", "Maxime Fabre"),
            att(ME_FREE, ME_NAME, part="ACCEPTED"),
        ], prodid="-//Cal.com Inc.//Cal.com Event//EN", tz="none", yes=True, company="SolarSud Exploitation",
        role="Technicien O&M senior", stage="recruiter_screen", who="maxime.fabre@solarsud.fr"))

    # 33 Microsoft Bookings, shopping-centre manager, no clear stage
    out.append(Ev(
        "bookings-interview", "bookings-3c9e7a10-55d2-4b8f-a61e-prado-sud-20260216", "ms-bookings-nostage-fr", [
            'DTSTART;TZID="Romance Standard Time":20260216T100000',
            'DTEND;TZID="Romance Standard Time":20260216T104500',
            "SUMMARY:" + esc("Entretien de recrutement – Technicien de maintenance multitechnique"),
            "DESCRIPTION:" + esc(
                "Votre rendez-vous avec Prado Sud Gestion est confirmé.\n\nService : Entretien de recrutement – "
                "Technicien de maintenance multitechnique\nMembre du personnel : Rémi Ortiz (responsable "
                "technique du centre commercial)\nAdresse : Centre Commercial Prado Sud, PC sécurité, "
                "porte 4\n\nGérer votre réservation : https://outlook.office365.com/owa/calendar/PradoSudGestion"
                "@pradosud.fr/bookings/"),
            "LOCATION:" + esc("Centre Commercial Prado Sud, PC sécurité, porte 4, 13008 Marseille"),
            org("PradoSudGestion@pradosud.fr", "Prado Sud Gestion"),
            oatt("r.ortiz@pradosud.fr", "Ortiz, Rémi"),
            oatt(ME_FREE, ME_NAME),
        ], prodid="-//Microsoft Corporation//Microsoft Bookings//EN", tz="romance", yes=True,
        company="Prado Sud Gestion", role="Technicien de maintenance multitechnique", who="r.ortiz@pradosud.fr"))

    # 34 GoodTime onsite with coordinator, data centre, English
    out.append(Ev(
        "goodtime-onsite", "goodtime-evt-4471c2a9e8d0-northwind", "goodtime-onsite-coordinator-en", [
            "DTSTART;TZID=Europe/Paris:20260225T090000",
            "DTEND;TZID=Europe/Paris:20260225T123000",
            "SUMMARY:" + esc("Onsite Interview – Karim Benhaddou – Critical Facilities Technician"),
            "DESCRIPTION:" + esc(
                "Agenda (Europe/Paris)\n09:00–09:15 Welcome & security induction – Amber Lewis (coordinator)\n"
                "09:15–10:30 Plant walk-down & fault-finding exercise – Ines Mercier\n"
                "10:30–11:30 Behavioural interview – Hélène Dufour (Regional Operations Director)\n"
                "11:30–12:30 Shift handover role-play – Karl Jensen (Shift Lead)\n\n"
                "Please bring photo ID; site access requires pre-registration.\nScheduled with GoodTime"),
            "LOCATION:" + esc("Northwind Data Centres MRS3, 12 chemin du Littoral, 13015 Marseille"),
            org("amber.lewis@northwind-dc.com", "Amber Lewis"),
            att(ME_FREE, ME_NAME),
            att("ines.mercier@northwind-dc.com", "Ines Mercier"),
            att("helene.dufour@northwind-dc.com", "Hélène Dufour"),
            att("karl.jensen@northwind-dc.com", "Karl Jensen"),
            "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=MRS3 Visitor Room 1:"
            "mailto:mrs3-visitor1@northwind-dc.com",
        ], prodid="-//GoodTime.io//GoodTime//EN", yes=True, company="Northwind Data Centres",
        role="Critical Facilities Technician", stage="onsite",
        who="ines.mercier@northwind-dc.com;helene.dufour@northwind-dc.com;karl.jensen@northwind-dc.com"))

    # 35 ModernLoop final, pharma
    out.append(Ev(
        "modernloop-final", "ml-2b6f0e8d-a3c1-4e9b-9f07-meridian-final", "modernloop-final-en", [
            "DTSTART:20260206T130000Z",
            "DTEND:20260206T143000Z",
            "SUMMARY:" + esc("Final Round: Utilities Maintenance Technician – Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Meridian Pharma Services – Rousset site\n\nInterviewers:\n- Laurent Chabert, Engineering Manager\n"
                "- Priya Raman, Site Director\n\nMicrosoft Teams\nMeeting ID: 299 004 118 552\nPasscode: 3Kd9Lp\n\n"
                "Scheduled via ModernLoop by Hannah Kowalski (Recruiter)."),
            "LOCATION:Microsoft Teams Meeting",
            org("hannah.kowalski@meridianpharma.com", "Hannah Kowalski"),
            att("laurent.chabert@meridianpharma.com", "Laurent Chabert"),
            att("priya.raman@meridianpharma.com", "Priya Raman"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//ModernLoop//ModernLoop Scheduling//EN", tz="none", yes=True,
        company="Meridian Pharma Services", role="Utilities Maintenance Technician", stage="final",
        who="laurent.chabert@meridianpharma.com;priya.raman@meridianpharma.com"))

    # 36 Ashby technical, English, cooling start-up
    out.append(Ev(
        "ashby-technical", "ashby-int-93a1f0c7-5e2d-kelvin", "ashby-technical-en", [
            "DTSTART;TZID=Europe/Paris:20260304T170000",
            "DTEND;TZID=Europe/Paris:20260304T180000",
            "SUMMARY:" + esc("Technical Interview – Field Service Lead, South of France (Kelvin Cooling)"),
            "DESCRIPTION:" + esc(
                "Hi Karim, this is a 60-minute technical conversation with Daniel Okafor (Head of Field "
                "Engineering). Topics: adiabatic coolers, heat-pump commissioning, F-gas compliance.\n\n"
                "Google Meet: https://meet.google.com/kel-vinc-ool\n\nSent by Ashby on behalf of Kelvin Cooling Ltd"),
            "LOCATION:https://meet.google.com/kel-vinc-ool",
            org("no-reply@ashbyhq.com", "Kelvin Cooling Recruiting"),
            att("daniel.okafor@kelvincooling.co.uk", "Daniel Okafor"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Ashby//Ashby Scheduling//EN", yes=True, company="Kelvin Cooling",
        role="Field Service Lead, South of France", stage="technical",
        who="daniel.okafor@kelvincooling.co.uk"))

    # 37 Zoho Recruit, airport services, hiring manager
    out.append(Ev(
        "zoho-hm", "zrecruit-interview-552010000004471233", "zoho-hiring-manager-fr", [
            "DTSTART;TZID=Europe/Paris:20260211T090000",
            "DTEND;TZID=Europe/Paris:20260211T100000",
            "SUMMARY:" + esc("Entretien - Superviseur maintenance aérogare - Karim Benhaddou"),
            "DESCRIPTION:" + esc(
                "Type d'entretien : Entretien avec le manager\nResponsable : Sébastien Faure (Responsable "
                "maintenance bâtiments, Provence Aéro Services)\nLieu : Aéroport de Marignane, bâtiment "
                "administratif PAS, 2e étage\n\nMerci de prévoir 20 minutes pour le contrôle d'accès."),
            "LOCATION:" + esc("Provence Aéro Services, Marignane"),
            org("recrutement@provence-aero.fr", "Provence Aéro Services - Recrutement"),
            att("s.faure@provence-aero.fr", "Sébastien Faure"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Zoho Corporation//Zoho Recruit//EN", yes=True, company="Provence Aéro Services",
        role="Superviseur maintenance aérogare", stage="hiring_manager", who="s.faure@provence-aero.fr"))

    # 38 recurring two-day practical trial with an override on day 2 (same UID)
    uid = "3a7c1e9f-0b2d-4f6a-8c5e-garlaban-mise-en-situation@garlaban-eaux.fr"
    base = [
        "DTSTART;TZID=Europe/Paris:20260309T080000",
        "DTEND;TZID=Europe/Paris:20260309T120000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:" + esc("Mise en situation professionnelle – Technicien électromécanicien CVC (candidat K. "
                         "Benhaddou)"),
        "DESCRIPTION:" + esc(
            "Épreuve pratique sur deux matinées à l'usine de traitement d'eau de La Penne : maintenance d'une "
            "CTA, consignation électrique, diagnostic pompe de relevage.\nÉvaluateurs : Gérard Santoni (chef "
            "d'exploitation), Malik Aït-Ouali (technicien référent).\nRégie des Eaux du Garlaban – Service RH"),
        "LOCATION:" + esc("Usine de La Penne-sur-Huveaune, chemin de la Station"),
        org("rh@garlaban-eaux.fr", "Service RH"),
        att("g.santoni@garlaban-eaux.fr", "Gérard Santoni"),
        att("m.aitouali@garlaban-eaux.fr", "Malik Aït-Ouali"),
        att(ME_FREE, ME_NAME),
        "SEQUENCE:0",
    ]
    override = [
        "RECURRENCE-ID;TZID=Europe/Paris:20260310T080000",
        "DTSTART;TZID=Europe/Paris:20260310T133000",
        "DTEND;TZID=Europe/Paris:20260310T173000",
        "SUMMARY:" + esc("Mise en situation professionnelle (2/2, après-midi) – Technicien électromécanicien CVC"),
        "LOCATION:" + esc("Station de relevage d'Aubagne, avenue de la Fauchone"),
        org("rh@garlaban-eaux.fr", "Service RH"),
        att("g.santoni@garlaban-eaux.fr", "Gérard Santoni"),
        att("m.aitouali@garlaban-eaux.fr", "Malik Aït-Ouali"),
        att(ME_FREE, ME_NAME),
        "SEQUENCE:1",
    ]
    out.append(Ev(
        "recurring-override", uid, "recurring-override-practical-fr", base, prodid=THUNDERBIRD, more=[override],
        yes=True, company="Régie des Eaux du Garlaban", role="Technicien électromécanicien CVC", stage="technical",
        who="g.santoni@garlaban-eaux.fr;m.aitouali@garlaban-eaux.fr"))

    # 39 UTC times, Cassis-style hotel, hiring manager
    out.append(Ev(
        "utc-hotel", "20260218T081500Z-41877@grandhotel-corniche.fr", "utc-hiring-manager-fr", [
            "DTSTART:20260220T140000Z",
            "DTEND:20260220T150000Z",
            "SUMMARY:" + esc("Entretien Responsable technique – Grand Hôtel de la Corniche"),
            "DESCRIPTION:" + esc(
                "Rendez-vous avec Mme Véronique Lanza, directrice de l'hôtel, au bar du lobby.\n"
                "Visite des locaux techniques (chaufferie, piscine, cuisines) après l'échange."),
            "LOCATION:" + esc("Grand Hôtel de la Corniche, 210 corniche Kennedy, 13007 Marseille"),
            org("direction@grandhotel-corniche.fr", "Véronique Lanza"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Apple Inc.//Mac OS X 10.15.7//EN", tz="none", yes=True,
        company="Grand Hôtel de la Corniche", role="Responsable technique", stage="hiring_manager",
        who="direction@grandhotel-corniche.fr"))

    # 40 all-day assessment day, FM group, onsite
    out.append(Ev(
        "allday-assessment", "C0RV4L1S-ASSESS-20260306-KB", "all-day-assessment-fr", [
            "DTSTART;VALUE=DATE:20260306",
            "DTEND;VALUE=DATE:20260307",
            "SUMMARY:" + esc("Journée d'évaluation Corvalis FM – Responsable de maintenance multi-sites"),
            "DESCRIPTION:" + esc(
                "Journée complète sur site (8h30–17h) : visite d'un site client (tour de bureaux Euroméditerranée), "
                "étude de cas GMAO/contrat multitechnique, entretien avec Olivier Castellan et Laure Vincenti "
                "(DRH Sud-Est). Déjeuner pris en charge."),
            "LOCATION:" + esc("Corvalis FM, 45 boulevard de Dunkerque, Marseille"),
            org("olivier.castellan@corvalis-fm.com", "Olivier Castellan"),
            att("olivier.castellan@corvalis-fm.com", "Olivier Castellan", part="ACCEPTED"),
            att("laure.vincenti@corvalis-fm.com", "Laure Vincenti"),
            att(ME_FREE, ME_NAME),
            "TRANSP:TRANSPARENT",
        ], prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz="none", yes=True,
        company="Corvalis FM", role="Responsable de maintenance multi-sites", stage="onsite",
        who="olivier.castellan@corvalis-fm.com;laure.vincenti@corvalis-fm.com"))

    # 41 X-WR-TIMEZONE export with UTC times, pharma lab in Aix
    out.append(Ev(
        "xwr-technical", "5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com", "x-wr-timezone-technical-fr", [
            "DTSTART:20260317T090000Z",
            "DTEND:20260317T103000Z",
            "SUMMARY:" + esc("Entretien technique – Technicien utilités (CDI) – Laboratoires Cézanne"),
            "DESCRIPTION:" + esc(
                "Bonjour Karim,\nVous rencontrerez Bertrand Giacometti (responsable utilités) et Amandine Roche "
                "(ingénieure qualification HVAC salles propres). Prévoir 1h30.\nAccueil : bâtiment C, site de "
                "la Duranne.\nLaboratoires Cézanne – Ressources humaines"),
            "LOCATION:" + esc("Laboratoires Cézanne, La Duranne, Aix-en-Provence"),
            org("rh.recrutement@labos-cezanne.fr", "RH Laboratoires Cézanne"),
            gatt("b.giacometti@labos-cezanne.fr", "Bertrand Giacometti"),
            gatt("a.roche@labos-cezanne.fr", "Amandine Roche"),
            gatt(ME_FREE),
        ], tz="none", cal_extra=["X-WR-CALNAME:Karim", "X-WR-TIMEZONE:Europe/Paris"], method="PUBLISH",
        yes=True, company="Laboratoires Cézanne", role="Technicien utilités",
        stage="technical", who="b.giacometti@labos-cezanne.fr;a.roche@labos-cezanne.fr"))

    # 42 public hospital Toulon, jury with RESOURCE room
    out.append(Ev(
        "resource-jury", "CHTL-JURY-2026-0032-BENHADDOU", "resource-room-jury-fr", [
            "DTSTART;TZID=Europe/Paris:20260323T140000",
            "DTEND;TZID=Europe/Paris:20260323T144500",
            "SUMMARY:" + esc("Jury de recrutement – Agent de maîtrise CVC – Candidat n°4 : M. BENHADDOU"),
            "DESCRIPTION:" + esc(
                "Membres du jury : M. Philippe Roussel (directeur des services techniques), Mme Claire Fabiani "
                "(ingénieure biomédical/fluides), M. Karim Zerrouki (représentant DRH).\nSecrétariat du jury : "
                "Mme Anaïs Pons (ne participe pas à l'évaluation).\nDurée : 15 min de présentation + 30 min "
                "d'échanges."),
            "LOCATION:" + esc("CH Toulon-Littoral, Direction des services techniques, salle B204"),
            org("anais.pons@ch-toulon-littoral.fr", "Anaïs Pons"),
            att("philippe.roussel@ch-toulon-littoral.fr", "Philippe Roussel"),
            att("claire.fabiani@ch-toulon-littoral.fr", "Claire Fabiani"),
            att("karim.zerrouki@ch-toulon-littoral.fr", "Karim Zerrouki"),
            att(ME_FREE, "Karim BENHADDOU"),
            "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Salle B204:mailto:salle.b204@ch-toulon-"
            "littoral.fr",
            "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Vidéoprojecteur DST:mailto:videoproj.dst@ch-toulon-"
            "littoral.fr",
        ], prodid=THUNDERBIRD, yes=True, company="Centre Hospitalier Toulon-Littoral",
        role="Agent de maîtrise CVC",
        who="philippe.roussel@ch-toulon-littoral.fr;claire.fabiani@ch-toulon-littoral.fr;"
            "karim.zerrouki@ch-toulon-littoral.fr"))

    # 43 German phone interview, refrigeration firm
    out.append(Ev(
        "phone-screen-de", "personio-7c3e9b10-brenner-telefoninterview", "phone-screen-de", [
            "DTSTART;TZID=Europe/Berlin:20260114T160000",
            "DTEND;TZID=Europe/Berlin:20260114T163000",
            "SUMMARY:" + esc("Telefoninterview: Servicetechniker Kälte/Klima (m/w/d) – Standort Marseille"),
            "DESCRIPTION:" + esc(
                "Hallo Herr Benhaddou,\n\nvielen Dank für Ihre Bewerbung. Frau Jana Hoffmann aus unserem "
                "Recruiting-Team ruft Sie zum vereinbarten Termin an (Gespräch auf Englisch oder Französisch "
                "möglich).\n\nViele Grüße\nBrenner Kältetechnik GmbH"),
            "LOCATION:Telefon",
            org("jana.hoffmann@brenner-kaelte.de", "Jana Hoffmann"),
            att("jana.hoffmann@brenner-kaelte.de", "Jana Hoffmann", part="ACCEPTED"),
            att(ME_FREE, ME_NAME),
        ], prodid="-//Personio GmbH//Personio Recruiting//DE", tz="none", yes=True,
        company="Brenner Kältetechnik", role="Servicetechniker Kälte/Klima (m/w/d)", stage="recruiter_screen",
        who="jana.hoffmann@brenner-kaelte.de"))

    return out

