"""holdout54: the user's own interviews from Outlook, Google, Apple, Thunderbird, agencies and by hand."""

from __future__ import annotations

import holdout54ev_ics as ic
from holdout54ev_ics import FREE, att, calendar, lab, org, vevent

ME = "Inès Haddad"
Ev = tuple[str, str, dict[str, str]]


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, ics: str, label: dict[str, str]) -> None:
        out.append((kind, ics, label))

    uid = "040000008200E00074C5B7101A82E0080000000090B1C6D3A18BDB01000000000000000010000000C4E2"
    add("outlook-sentby-fr", calendar("outlook", [vevent(
        uid, "Entretien Inès Haddad / Éric Lambert – Lead UX Designer", "20250326T083000", "20250326T093000",
        tz=ic.ROMANCE, organizer=org("eric.lambert@cartesia-banque.fr", "Lambert, Éric",
                                     sent_by="nadia.cherif@cartesia-banque.fr"),
        attendees=[att(FREE, "ines.haddad@laposte.net"), att("eric.lambert@cartesia-banque.fr", "Lambert, Éric",
                                                             ps="ACCEPTED", rsvp=False)],
        desc="Bonjour Madame Haddad,\n\nÀ la demande d'Éric Lambert, Directeur Expérience Client, je vous "
             "transmets cette invitation pour un entretien concernant le poste de Lead UX Designer.\n\nBien à "
             "vous,\nNadia Chérif\nAssistante de direction – Cartésia\n\n" + ic.TEAMS_FR.format(code="Y2FydGVz"),
        alt="<html><body><p>Bonjour Madame Haddad,</p><p>À la demande d'Éric Lambert\\, Directeur Expérience "
            "Client\\, je vous transmets cette invitation pour un entretien (Lead UX Designer).</p></body></html>",
        loc="Réunion Microsoft Teams",
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "CLASS:PUBLIC", "PRIORITY:5"))],
        tzids=(ic.ROMANCE,)),
        lab("outlook-sentby-fr", uid, 1, "Cartésia", "Lead UX Designer", "hiring_manager",
            "eric.lambert@cartesia-banque.fr"))

    uid = "040000008200E00074C5B7101A82E00800000000A0F5E1D7B28BDB01000000000000000010000000SOL1"
    add("outlook-utc-zone-fr", calendar("outlook", [vevent(
        uid, "Entretien SOL - UX designer (2e tour)", "20250404T140000", "20250404T153000", tz=ic.UTC1,
        organizer=org("m.castaing@sol-logiciels.fr", "CASTAING Mathieu"),
        attendees=[att(FREE, "Ines HADDAD"), att("a.fabre@sol-logiciels.fr", "FABRE Agnès"),
                   att("m.castaing@sol-logiciels.fr", "CASTAING Mathieu", ps="ACCEPTED")],
        desc="Madame,\n\nSuite à notre premier échange, nous vous proposons un second entretien avec Agnès Fabre, "
             "Directrice R&D, et moi-même, au siège de la Société Occitane de Logiciels.\nUn exercice de "
             "conception (45 min) vous sera proposé sur place.\n\nCordialement,\nMathieu Castaing\nResponsable "
             "Produit",
        alt="<html><body>Madame,<br>Suite à notre premier échange\\, second entretien avec Agnès Fabre et moi-"
            "même.</body></html>",
        loc="SOL – 45 rue du Professeur Pierre Vellas, Toulouse")], tzids=(ic.UTC1,)),
        lab("outlook-utc-zone-fr", uid, 1, "Société Occitane de Logiciels", "UX designer", "technical",
            "m.castaing@sol-logiciels.fr;a.fabre@sol-logiciels.fr"))

    uid = "e3c1bd27-0c8a-4fd5-9b54-garance-talentis"
    add("agency-client-fr", calendar("outlook", [vevent(
        uid, "Entretien client Garance Énergies – Product Designer (via Talentis)", "20250402T090000",
        "20250402T100000", tz=ic.ROMANCE, organizer=org("b.rigal@talentis-conseil.fr", "Rigal, Benoît"),
        attendees=[att(FREE, "Haddad, Inès"), att("isabelle.nogues@garance-energies.fr", "Noguès, Isabelle"),
                   att("b.rigal@talentis-conseil.fr", "Rigal, Benoît", role="OPT-PARTICIPANT", ps="ACCEPTED")],
        desc="Bonjour Inès,\n\nComme convenu, voici l'invitation pour votre entretien avec Isabelle Noguès, "
             "Responsable Digital chez notre client Garance Énergies (Toulouse). Je ne participerai pas à "
             "l'entretien ; appelez-moi juste après pour le débrief !\n\nBenoît Rigal\nConsultant senior – "
             "Talentis Conseil\n06 12 44 90 31",
        loc="Garance Énergies, 3 place Occitane, Toulouse")], tzids=(ic.ROMANCE,)),
        lab("agency-client-fr", uid, 1, "Garance Énergies", "Product Designer", "",
            "isabelle.nogues@garance-energies.fr"))

    uid = "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A-huntpixel-orchard"
    add("agency-en-london", calendar("exchange", [vevent(
        uid, "Interview with Orchard – Senior Product Designer (Hunt & Pixel)", "20250409T100000",
        "20250409T110000", tz=ic.GMT_STD, organizer=org("ella@huntandpixel.co.uk", "Ella Morgan"),
        attendees=[att(FREE, "Ines Haddad"), att("rhys.palmer@orchardbank.co.uk", "Palmer, Rhys")],
        desc="Hi Ines,\n\nGreat news – Orchard would like to meet you! You'll be speaking with Rhys Palmer "
             "(Principal Designer, Savings). It's a portfolio conversation, so have 2 case studies ready.\n\n"
             "Good luck!\nElla – Hunt & Pixel Recruitment\n\n" + ic.TEAMS_EN.format(code="b3JjaGFy"),
        loc="Microsoft Teams Meeting")], tzids=(ic.GMT_STD,)),
        lab("agency-en-london", uid, 1, "Orchard Bank", "Senior Product Designer", "technical",
            "rhys.palmer@orchardbank.co.uk"))

    uid = "3kq9lt2f0v8n6pagaloo1s7e4b@google.com"
    add("phone-screen-es", calendar("google", [vevent(
        uid, "Llamada telefónica – Diseñador/a de Producto (Pagaloo)", "20250318T100000", "20250318T103000",
        tz="Z", organizer=org("marta.vidal@pagaloo.es", "Marta Vidal"),
        attendees=[att(FREE, ME), att("marta.vidal@pagaloo.es", "Marta Vidal", ps="ACCEPTED")],
        desc="Hola Inès,\n\nTe llamaré al +33 6 58 21 77 40 para una primera conversación de 30 minutos sobre el "
             "puesto de Diseñador/a de Producto y tu experiencia.\n\nUn saludo,\nMarta Vidal\nTalent Acquisition – "
             "Pagaloo",
        loc="Teléfono")], xwr="Europe/Madrid"),
        lab("phone-screen-es", uid, 1, "Pagaloo", "Diseñador/a de Producto", "recruiter_screen",
            "marta.vidal@pagaloo.es"))

    uid = "5ab7c1d9e2f34sargantana0b@google.com"
    add("onsite-es", calendar("google", [vevent(
        uid, "Entrevista presencial Sargantana – Product Designer", "20250428T110000", "20250428T133000",
        tz="Europe/Madrid", organizer=org("jordi@sargantana.studio", "Jordi Casals"),
        attendees=[att(FREE, ME), att("jordi@sargantana.studio", "Jordi Casals", ps="ACCEPTED"),
                   att("aina@sargantana.studio", "Aina Roig"), att("pau@sargantana.studio", "Pau Ferrer")],
        desc="¡Hola Inès!\n\nTe esperamos en el estudio para la última fase: conocerás al equipo, presentarás tu "
             "caso práctico a Aina (Directora de Diseño) y a Pau (CTO), y comeremos juntos.\n\nJordi",
        loc="Sargantana Studio, Carrer de Sardenya 229, Barcelona")], tzids=("Europe/Madrid",)),
        lab("onsite-es", uid, 1, "Sargantana Studio", "Product Designer", "final",
            "jordi@sargantana.studio;aina@sargantana.studio;pau@sargantana.studio"))

    uid = "0f6e9d21-7c44-4c7e-b1b8-boreal-entrevue"
    add("montreal-fr-entrevue", calendar("outlook", [vevent(
        uid, "Entrevue – Designer de produit principal·e – Boréal", "20250320T100000", "20250320T104500",
        tz="America/Toronto", organizer=org("recrutement@boreal-logiciels.ca", "Recrutement Boréal"),
        attendees=[att(FREE, ME), att("genevieve.tremblay@boreal-logiciels.ca", "Tremblay, Geneviève")],
        desc="Bonjour Inès,\n\nMerci de l'intérêt porté à Boréal Logiciels. Geneviève Tremblay, conseillère en "
             "acquisition de talents, aimerait discuter avec vous du poste (entrevue téléphonique ou Teams, 45 min, "
             "heure de Montréal).\n\n" + ic.TEAMS_FR.format(code="Ym9yZWFs"),
        loc="Microsoft Teams")], tzids=("America/Toronto",)),
        lab("montreal-fr-entrevue", uid, 1, "Boréal Logiciels", "Designer de produit principal·e",
            "recruiter_screen", "genevieve.tremblay@boreal-logiciels.ca"))

    uid = "lumino-zoom-84022197331@lumino.studio"
    add("montreal-en-zoom", calendar("zoho", [vevent(
        uid, "Design exercise debrief – Lumino", "20250417T140000", "20250417T150000", tz="America/Toronto",
        organizer=org("chloe.gagnon@lumino.studio", "Chloé Gagnon"),
        attendees=[att(FREE, ME), att("marc-andre.roy@lumino.studio", "Marc-André Roy")],
        desc="Hi Inès, Marc-André (Art Director) and I will go through your take-home for the UX Designer, Games "
             "role. 1 hour.\n" + ic.ZOOM_EN.format(code="84022197331") + "\nChloé Gagnon – Lumino Studios, Montréal",
        loc="Zoom")], tzids=("America/Toronto",)),
        lab("montreal-en-zoom", uid, 1, "Lumino Studios", "UX Designer, Games", "technical",
            "chloe.gagnon@lumino.studio;marc-andre.roy@lumino.studio"))

    uid = "D1B2E0A7-44F1-4C1B-9C0E-COLZA00001"
    add("terse-apple-fr", calendar("apple", [vevent(
        uid, "Entretien Colza Robotics", "20250314T140000", "20250314T150000", tz=None, organizer=None,
        loc="Visio", status=None)], method=None),
        lab("terse-apple-fr", uid, 1, "Colza Robotics", "", "", "", "terse-floating-fr"))

    uid = "8E5C9A11-2F3B-4D7E-A0C4-NIMBLDAY"
    add("allday-user-fr", calendar("mac", [vevent(
        uid, "Nimbl – journée onsite Paris (final) 🚄", "20250430", "20250501", tz="DATE",
        desc="TGV 6h12 Matabiau → Montparnasse. Entretiens avec Jade, Oscar + CEO (Léa Sorel). Retour 19h52.",
        loc="Nimbl, 28 rue du Faubourg Poissonnière, Paris", status=None, transp="TRANSPARENT")], method=None),
        lab("allday-user-fr", uid, 1, "Nimbl", "", "final", "jade;oscar;léa sorel"))

    uid = "F3A8C1B7-KOBALT-0C44-9E21-7A6D1E0B55C2"
    add("apple-invite-fr", calendar("apple", [vevent(
        uid, "Kobalt – présentation étude de cas (Inès)", "20250407T100000", "20250407T110000",
        organizer=org("tristan@kobalt.studio", "Tristan Lacoste"),
        attendees=[att(FREE, "Inès"), att("tristan@kobalt.studio", "Tristan Lacoste", ps="ACCEPTED"),
                   att("emma@kobalt.studio", "Emma Viguier")],
        desc="Comme convenu au téléphone : tu nous présentes l'étude de cas (refonte de l'appli de réservation), "
             "30 min + questions. On sera deux, Emma et moi.\nÀ lundi,\nTristan\n\nEnvoyé de mon iPhone",
        loc="Kobalt Studio\n22 cours de l'Intendance\n33000 Bordeaux")], tzids=("Europe/Paris",)),
        lab("apple-invite-fr", uid, 1, "Kobalt Studio", "", "technical", "tristan@kobalt.studio;emma@kobalt.studio"))

    uid = "b6d0c7e4-91a2-4f3e-8d15-2c8a6f0e3b71"
    add("thunderbird-fr", calendar("thunderbird", [vevent(
        uid, "Entretien Atelier Mistral – UX Designer", "20250311T163000", "20250311T173000",
        organizer=org("gilles@ateliermistral.fr", "Gilles Moreau"),
        attendees=[att(FREE, "Inès Haddad"), att("gilles@ateliermistral.fr", "Gilles Moreau", ps="ACCEPTED",
                                                 role="CHAIR")],
        desc="Bonjour Inès,\nJe vous propose un échange d'une heure à l'atelier (ou en visio si vous préférez) pour "
             "parler du poste d'UX Designer et de vos projets.\nGilles Moreau, fondateur",
        loc="Atelier Mistral, 5 rue Notre-Dame, Bordeaux", status=None,
        extra=("X-MOZ-GENERATION:1", "X-MOZ-LASTACK:20250302T101500Z"))], tzids=("Europe/Paris",)),
        lab("thunderbird-fr", uid, 1, "Atelier Mistral", "UX Designer", "hiring_manager", "gilles@ateliermistral.fr"))

    uid = "cigale-worktrial-2025-0505@cigale-energie.fr"
    series = vevent(
        uid, "Cigale Énergie – journée d'immersion / mise en situation", "20250505T093000", "20250505T170000",
        organizer=org("anne-sophie.royer@cigale-energie.fr", "Anne-Sophie Royer"),
        attendees=[att(FREE, ME), att("anne-sophie.royer@cigale-energie.fr", "Anne-Sophie Royer", ps="ACCEPTED"),
                   att("thibault.mercier@cigale-energie.fr", "Thibault Mercier")],
        desc="Deux jours de mise en situation (rémunérés) pour le poste de Product Designer : atelier avec "
             "l'équipe, restitution le 2e jour devant Anne-Sophie Royer (CPO) et Thibault Mercier (Lead Dev).",
        loc="Cigale Énergie, 40 rue Bayard, Toulouse", extra=("RRULE:FREQ=DAILY;COUNT=2",))
    override = vevent(
        uid, "Cigale Énergie – mise en situation J2 (restitution à 14h)", "20250506T100000", "20250506T160000",
        organizer=org("anne-sophie.royer@cigale-energie.fr", "Anne-Sophie Royer"),
        attendees=[att(FREE, ME), att("anne-sophie.royer@cigale-energie.fr", "Anne-Sophie Royer", ps="ACCEPTED"),
                   att("thibault.mercier@cigale-energie.fr", "Thibault Mercier")],
        desc="Jour 2 décalé : arrivée 10h, restitution 14h.", loc="Cigale Énergie, 40 rue Bayard, Toulouse", seq=1,
        extra=("RECURRENCE-ID;TZID=Europe/Paris:20250506T093000",))
    add("recurring-override-fr", calendar("google", [series, override], tzids=("Europe/Paris",)),
        lab("recurring-override-fr", uid, 1, "Cigale Énergie", "Product Designer", "technical",
            "anne-sophie.royer@cigale-energie.fr;thibault.mercier@cigale-energie.fr"))

    uid = "1rv3q0s9m7fenouil2k4h8j6@google.com"
    add("rescheduled-fr", calendar("google", [vevent(
        uid, "Nouvel horaire : Entretien Fenouil x Inès – Product Designer", "20250414T160000", "20250414T164500",
        organizer=org("camille@fenouil.co", "Camille Aubert"),
        attendees=[att(FREE, ME, ps="ACCEPTED"), att("camille@fenouil.co", "Camille Aubert", ps="ACCEPTED")],
        desc="Désolée pour le changement ! Entretien décalé de jeudi à lundi 16h. Camille Aubert, Head of "
             "Design @ Fenouil\n\n" + ic.MEET_FR.format(code="fen-owqa-pzl"),
        loc="https://meet.google.com/fen-owqa-pzl", seq=2)], tzids=("Europe/Paris",)),
        lab("rescheduled-fr", uid, 1, "Fenouil", "Product Designer", "hiring_manager", "camille@fenouil.co"))

    uid = "2b8f4e6a0c1d3brucke9a7e5@google.com"
    add("direct-de", calendar("google", [vevent(
        uid, "Vorstellungsgespräch Senior Product Designer (remote) – Brücke Health", "20250423T110000",
        "20250423T120000", tz="Europe/Berlin", organizer=org("jonas.keller@bruecke-health.de", "Jonas Keller"),
        attendees=[att(FREE, ME), att("jonas.keller@bruecke-health.de", "Jonas Keller", ps="ACCEPTED"),
                   att("svenja.hartmann@bruecke-health.de", "Svenja Hartmann")],
        desc="Liebe Inès,\n\nwie telefonisch besprochen: zweite Runde mit Svenja Hartmann (Head of Product) und "
             "mir. Wir sprechen Englisch oder Deutsch, wie dir lieber ist.\n\nBeste Grüße\nJonas Keller, Design "
             "Lead\n\n" + ic.MEET_EN.format(code="brk-hhtz-lop"),
        loc="Google Meet")], tzids=("Europe/Berlin",)),
        lab("direct-de", uid, 1, "Brücke Health", "Senior Product Designer", "hiring_manager",
            "jonas.keller@bruecke-health.de;svenja.hartmann@bruecke-health.de"))

    uid = "6c0a2e4f8b1d3loomstack5e7@google.com"
    add("google-xwr-en", calendar("google", [vevent(
        uid, "Loomstack <> Inès | chat with our Design Manager", "20250408T123000", "20250408T131500", tz="Z",
        organizer=org("nadia.hussain@loomstack.com", "Nadia Hussain"),
        attendees=[att(FREE, ME), att("nadia.hussain@loomstack.com", "Nadia Hussain", ps="ACCEPTED"),
                   att("felix.strand@loomstack.com", "Felix Strand")],
        desc="Hi Inès, next step after your call with me: a conversation with Felix Strand, Design Manager, who "
             "would be your manager in the Product Designer (Remote, EU) role. I'll drop off after intros.\n"
             "Nadia (Recruiter)\n\n" + ic.MEET_EN.format(code="lms-tyre-qwa"),
        loc="Google Meet")], xwr="Europe/Paris"),
        lab("google-xwr-en", uid, 1, "Loomstack", "Product Designer (Remote, EU)", "hiring_manager",
            "felix.strand@loomstack.com"))

    uid = "WD-INT-HALYARD-000998123@myworkday.com"
    add("workday-en-london", calendar("workday", [vevent(
        uid, "Interview: UX Designer, Claims (JR-11842) – Round 1", "20250324T140000", "20250324T143000",
        tz="Europe/London", organizer=org("halyard@myworkday.com", "Halyard Talent Acquisition"),
        attendees=[att(FREE, ME)],
        desc="Dear Inès,\n\nYour phone screen for UX Designer, Claims (JR-11842) has been scheduled. A member of "
             "our Talent Acquisition team, Oliver Grant, will call you on +33 6 58 21 77 40.\n\nHalyard Insurance "
             "Services Ltd",
        loc="Phone")], tzids=("Europe/London",)),
        lab("workday-en-london", uid, 1, "Halyard Insurance", "UX Designer, Claims", "recruiter_screen",
            "oliver grant", "workday-phone-en"))
    return out
