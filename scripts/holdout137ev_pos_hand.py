"""holdout137: the user's own interviews typed by hand (Apple, Thunderbird) and a few odd invites (written blind)."""

from __future__ import annotations

from holdout137ev_ics import APPLE, FREE, GOOGLE, MACOS, THUNDERBIRD, Ev, att, meet_fr, org, vcal, zoom_fr

FORMS = {
    "Collège des Hauts-Bois": "Hauts-Bois",
    "Éditions Boréalis": "Boréalis",
    "Société du patrimoine de Charlesbourg": "",
    "Maison de la mémoire de Lévis": "",
    "Deutsch-Kanadisches Kulturzentrum Montreal": "DKKM",
    "Lexio Éducation": "Lexio",
    "Cégep de la Côte-de-Beaupré": "Cégep Côte-de-Beaupré",
    "École secondaire Le Sommet": "Le Sommet",
    "Juvénat Saint-Étienne": "",
    "Village d'antan de Portneuf": "",
    "Maison de l'histoire de Montréal": "",
    "Westmount Hill Academy": "Westmount Hill",
}


def _apple(uid: str, summary: str, start: str, end: str, *, loc: str = "", notes: str = "",
           created: str = "20260405T011204Z", extra: tuple[str, ...] = ()) -> list[str | tuple[str, str]]:
    ev: list[str | tuple[str, str]] = [
        "BEGIN:VEVENT",
        f"CREATED:{created}",
        f"UID:{uid}",
        start,
        end,
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        ("SUMMARY", summary),
        f"LAST-MODIFIED:{created}",
        f"DTSTAMP:{created}",
    ]
    if loc:
        ev.append(("LOCATION", loc))
    if notes:
        ev.append(("DESCRIPTION", notes))
    ev.extend(extra)
    ev.append("SEQUENCE:0")
    ev.extend(["BEGIN:VALARM", "X-WR-ALARMUID:5B1D0E2C-77A1-4F3E-9C0B-1A2B3C4D5E6F",
               f"UID:ALARM-{uid[:8]}", "TRIGGER:-PT1H", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "END:VALARM",
               "END:VEVENT"])
    return ev


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "A3F1C9E2-5B7D-4E8A-9C1F-2D3E4F5A6B7C"
    ev = _apple(uid, "Entrevue Hauts-Bois 2e tour (dir. adj.)", "DTSTART:20260430T080000",
                "DTEND:20260430T093000", loc="Collège des Hauts-Bois\n1200 ch. Sainte-Foy, Québec",
                notes="Comité : DG + dir. services pédagogiques + 1 parent du CA. Apporter portfolio projet "
                "Mémoires du quartier.")
    out.append(Ev("apple-floating-fr", vcal(ev, prodid=APPLE, method=None, head=("CALSCALE:GREGORIAN",)), uid, 1,
                  "Collège des Hauts-Bois", "dir. adj.", "", "", "apple-floating-hand-fr"))

    uid = "0B8E6D4C-2A19-4F7E-8D6C-5B4A39281706"
    ev = _apple(uid, "Entrevue tél. – Éditions Boréalis (CP histoire)",
                "DTSTART;TZID=America/Montreal:20260417T121500", "DTEND;TZID=America/Montreal:20260417T124500",
                notes="Geneviève Lapierre (RH) appelle sur cell. Poste conseiller pédagogique histoire – "
                "collection secondaire.")
    out.append(Ev("apple-phone-fr", vcal(ev, prodid=APPLE, method=None, tzs=("montreal",)), uid, 1,
                  "Éditions Boréalis", "conseiller pédagogique histoire", "recruiter_screen", "Geneviève Lapierre",
                  "apple-phone-screen-hand-fr"))

    uid = "c5d3e1f9-8a7b-4c6d-b5e4-f3a2b1c0d9e8"
    ev = [
        "BEGIN:VEVENT",
        "CREATED:20260406T194455Z",
        "LAST-MODIFIED:20260406T194701Z",
        "DTSTAMP:20260406T194701Z",
        f"UID:{uid}",
        ("SUMMARY", "Entrevue – Société du patrimoine de Charlesbourg (coordonnateur éducation)"),
        "DTSTART;TZID=America/Toronto:20260421T183000",
        "DTEND;TZID=America/Toronto:20260421T193000",
        ("LOCATION", "Maison Ephraïm-Bédard, 7655 ch. Samuel, Charlesbourg"),
        ("DESCRIPTION", "Copié du courriel :\n« Bonjour M. Gagnon, le comité d'embauche (Denis Paradis, "
         "président, et Lucie Verreault, trésorière) aimerait vous rencontrer mardi 21 avril à 18 h 30 pour le "
         "poste de coordonnateur à l'éducation (temps partiel, contrat d'été). »"),
        "X-MOZ-GENERATION:2",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT30M",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
        "END:VEVENT",
    ]
    out.append(Ev("thunderbird-fr", vcal(ev, prodid=THUNDERBIRD, method=None, tzs=("toronto",)), uid, 1,
                  "Société du patrimoine de Charlesbourg", "coordonnateur à l'éducation", "",
                  "Denis Paradis;Lucie Verreault", "thunderbird-pasted-email-fr"))

    uid = "E7A2B9C4-13D8-4F60-A5B1-C2D3E4F50617"
    ev = [
        "BEGIN:VEVENT",
        "CREATED:20260408T150200Z",
        f"UID:{uid}",
        "DTSTART;TZID=America/Montreal:20260424T100000",
        "DTEND;TZID=America/Montreal:20260424T110000",
        "DTSTAMP:20260408T150200Z",
        org("sylvie.gauvreau@icloud.com", "Sylvie Gauvreau"),
        att(FREE, "Mathieu Gagnon", extra='EMAIL="mathieu.gagnon.histoire@videotron.ca"'),
        att("sylvie.gauvreau@icloud.com", "Sylvie Gauvreau", ps="ACCEPTED", rsvp="",
            extra='EMAIL="sylvie.gauvreau@icloud.com"'),
        ("SUMMARY", "Rencontre – poste de coordination éducative"),
        ("LOCATION", "Maison de la mémoire de Lévis\n45 rue Wolfe, Lévis QC G6V 3Z1, Canada"),
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=45 rue Wolfe\\, Lévis QC G6V 3Z1;X-APPLE-RADIUS=70;"
        "X-TITLE=Maison de la mémoire de Lévis:geo:46.812300,-71.181200",
        ("DESCRIPTION", "Bonjour Mathieu, comme discuté au téléphone, je vous propose une rencontre au musée "
         "pour parler du poste de coordonnateur(trice) à l'éducation et de votre expérience. Je serai seule à "
         "vous rencontrer; le CA prendra la décision finale.\nSylvie Gauvreau, directrice"),
        "SEQUENCE:0",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    out.append(Ev("apple-icloud-fr", vcal(ev, prodid=MACOS, tzs=("montreal",)), uid, 1,
                  "Maison de la mémoire de Lévis", "coordonnateur(trice) à l'éducation", "hiring_manager",
                  "sylvie.gauvreau@icloud.com", "apple-icloud-director-fr"))

    uid = "2m5p8s1v4y7b0e3h6k9n2q5t8w@google.com"
    ev = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20260416T120000",
        "DTEND;TZID=America/Toronto:20260416T123000",
        "DTSTAMP:20260409T101010Z",
        org("personal@dkkm.ca", "DKKM Personal"),
        f"UID:{uid}",
        att("personal@dkkm.ca", "DKKM Personal", ps="ACCEPTED", rsvp=""),
        att("b.hoffmann@dkkm.ca", "Birgit Hoffmann"),
        att(FREE, "Mathieu Gagnon"),
        ("DESCRIPTION", "Lieber Herr Gagnon,\n\nwie besprochen ruft Sie Frau Birgit Hoffmann (Personal) für ein "
         "kurzes telefonisches Erstgespräch zur Stelle „Bildungsreferent/in – Geschichte und "
         "Erinnerungskultur“ an.\n\nBeste Grüße\nDeutsch-Kanadisches Kulturzentrum Montreal"),
        ("LOCATION", "Telefon: +1 418 555 0164"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        ("SUMMARY", "Telefoninterview Bildungsreferent/in – M. Gagnon"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    out.append(Ev("google-phone-de", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Deutsch-Kanadisches Kulturzentrum Montreal", "Bildungsreferent/in – Geschichte und "
                  "Erinnerungskultur", "recruiter_screen", "b.hoffmann@dkkm.ca", "phone-screen-de"))

    uid = "9C8B7A69-5847-4362-9150-ABCDEF012345"
    ev = _apple(uid, "Lexio – mise en situation à remettre (avant 17h)", "DTSTART;VALUE=DATE:20260424",
                "DTEND;VALUE=DATE:20260425",
                notes="Concevoir une activité interactive (3e sec., Conquête 1760) + justifier les choix. Envoyer "
                "à Éloïse.", created="20260421T022030Z")
    out.append(Ev("apple-allday-takehome-fr", vcal(ev, prodid=APPLE, method=None), uid, 1, "Lexio Éducation", "",
                  "technical", "", "apple-allday-take-home-fr"))

    uid = "7e2f9a41-3b6c-4d85-a0e7-1c9b8d7f6e54"
    ev = [
        "BEGIN:VEVENT",
        "CREATED:20260420T001530Z",
        "LAST-MODIFIED:20260420T001804Z",
        "DTSTAMP:20260420T001804Z",
        f"UID:{uid}",
        ("SUMMARY", "Cégep CdB – 2e étape : présentation pédagogique + entrevue"),
        "DTSTART:20260505T170000Z",
        "DTEND:20260505T183000Z",
        ("LOCATION", "Teams (lien dans le courriel d'Isabelle Fortin)"),
        ("DESCRIPTION", "Présentation 20 min : « Accompagner une équipe d'enseignants dans l'évaluation des "
         "compétences en histoire ». Comité : I. Fortin, L. Bergeron + une enseignante du département "
         "d'histoire."),
        "X-MOZ-GENERATION:1",
        "END:VEVENT",
    ]
    out.append(Ev("thunderbird-utc-fr", vcal(ev, prodid=THUNDERBIRD, method=None), uid, 1,
                  "Cégep de la Côte-de-Beaupré", "", "technical", "I. Fortin;L. Bergeron",
                  "thunderbird-utc-hand-fr"))

    uid = "F0E1D2C3-B4A5-4968-8776-655443322110"
    ev = _apple(uid, "Entrevue Le Sommet – dir. adj.", "DTSTART;TZID=America/Montreal:20260509T153000",
                "DTEND;TZID=America/Montreal:20260509T163000", loc="École secondaire Le Sommet",
                notes="apporter portfolio + lettre de recommandation de Mme Côté")
    out.append(Ev("apple-terse-fr", vcal(ev, prodid=APPLE, method=None, tzs=("montreal",)), uid, 1,
                  "École secondaire Le Sommet", "dir. adj.", "", "", "apple-terse-hand-fr"))

    uid = "3c6f9i2l5o8r1u4x7a0d3g6j9m@google.com"
    ev = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20260413T160000",
        "DTEND;TZID=America/Toronto:20260413T163000",
        "DTSTAMP:20260410T141500Z",
        org("s.pelchat@capdiamantrecrutement.ca", "Stéphane Pelchat"),
        f"UID:{uid}",
        att("s.pelchat@capdiamantrecrutement.ca", "Stéphane Pelchat", ps="ACCEPTED", rsvp=""),
        att(FREE, "Mathieu Gagnon"),
        ("DESCRIPTION", "Bonjour Mathieu,\n\nComme convenu, je vous appelle pour la préqualification "
         "téléphonique pour le poste de direction adjointe au Juvénat Saint-Étienne (notre client, "
         "Saint-Augustin-de-Desmaures). Je présenterai ensuite votre candidature à la direction générale.\n\n"
         "Stéphane Pelchat, CRHA\nGroupe Recrutement Cap-Diamant"),
        ("LOCATION", "Téléphone – 418 555-0183"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        ("SUMMARY", "Préqualification téléphonique – Direction adjointe (Juvénat Saint-Étienne)"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    out.append(Ev("agency-phone-screen-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Juvénat Saint-Étienne", "direction adjointe", "recruiter_screen",
                  "s.pelchat@capdiamantrecrutement.ca", "agency-phone-screen-fr"))

    uid = "5n8q1t4w7z0c3f6i9l2o5r8u1x@google.com"
    ev = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20260427T100000",
        "DTEND;TZID=America/Toronto:20260427T104500",
        "DTSTAMP:20260411T091200Z",
        org("villagedantan.portneuf@gmail.com", "Village d'antan de Portneuf"),
        f"UID:{uid}",
        att("villagedantan.portneuf@gmail.com", "Village d'antan de Portneuf", ps="ACCEPTED", rsvp=""),
        att(FREE, "Mathieu Gagnon"),
        ("DESCRIPTION", "Réservé par Mathieu Gagnon\n\nEntrevue – Coordonnateur·trice éducation et animation "
         "(saison 2026)\nAvec : Réjean Langlois, directeur\n\n" + meet_fr("vmp-qrsz-kdu", "558 201 446") +
         "\n\nRéservé avec les agendas de réservation de Google Agenda"),
        ("LOCATION", "https://meet.google.com/vmp-qrsz-kdu"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        ("SUMMARY", "Entrevue – Coordonnateur·trice éducation et animation (Mathieu Gagnon)"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    out.append(Ev("google-appointment-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Village d'antan de Portneuf", "Coordonnateur·trice éducation et animation", "",
                  "villagedantan.portneuf@gmail.com", "google-appointment-schedule-fr"))

    uid = "MHM-rh-20260414-visio-4471@maisonhistoiremtl.org"
    ev = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260409T170000Z",
        "DTSTART;TZID=America/Toronto:20260414T130000",
        "DTEND;TZID=America/Toronto:20260414T133000",
        org("rh@maisonhistoiremtl.org", "Fatima Benali"),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY", "Premier appel vidéo RH – Chargé·e des programmes scolaires"),
        ("LOCATION", "Zoom"),
        ("DESCRIPTION", "Bonjour Mathieu,\n\nPremier échange de 30 minutes avec moi (ressources humaines) pour "
         "le poste de chargé·e des programmes scolaires à la Maison de l'histoire de Montréal.\n\n"
         + zoom_fr("873 4410 2298", "aGk4cHBvdnRm") + "\nFatima Benali, conseillère RH"),
        "END:VEVENT",
    ]
    out.append(Ev("zoom-hr-screen-fr", vcal(ev, prodid="-//Zoom Video Communications//Zoom//FR",
                                            tzs=("toronto",)), uid, 1,
                  "Maison de l'histoire de Montréal", "Chargé·e des programmes scolaires", "recruiter_screen",
                  "rh@maisonhistoiremtl.org", "zoom-recruiter-screen-fr"))

    uid = "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E"
    ev = _apple(uid, "Westmount Hill – 2nd round (panel + lunch w/ dept heads)",
                "DTSTART;TZID=America/Montreal:20260508T113000", "DTEND;TZID=America/Montreal:20260508T140000",
                loc="Westmount Hill Academy", notes="Caroline A. + Board education cttee. Train 7h10 Gare du Palais.")
    out.append(Ev("apple-terse-en", vcal(ev, prodid=APPLE, method=None, tzs=("montreal",)), uid, 1,
                  "Westmount Hill Academy", "", "onsite", "Caroline A.", "apple-terse-hand-en"))
    return out
