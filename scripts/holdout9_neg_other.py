"""holdout9 negatives that are not Noa interviewing: mocks, classes, press, personal, internal, chats, fairs."""

from __future__ import annotations

from holdout9_boiler import google_footer, meet, teams, webex, zoom
from holdout9_ics import Ev, me_private, me_work, org, p

EVENTS: list[Ev] = [
    # --- German
    Ev(
        kind="probeinterview-coach", lang="de", producer="google", tz="berlin",
        summary="Probeinterview mit Coach – Vorbereitung Lindqvist",
        start="20260316T180000", end="20260316T190000",
        organizer=org("birgit@karriere-kompass-coaching.de", "Birgit Ahrens"),
        attendees=[p("birgit@karriere-kompass-coaching.de", "Birgit Ahrens", partstat="ACCEPTED"), me_private()],
        description=(
            "Hallo Noa, wie vereinbart simulieren wir morgen Abend das Panelgespräch bei Lindqvist – ich spiele die "
            "Leiterin Produktionsplanung, danach Feedback. Rechnung kommt per Mail.\n\n" + meet("bcz-ywpe-nha", "de")
            + google_footer("birgit@karriere-kompass-coaching.de", "de")
        ),
        location="https://meet.google.com/bcz-ywpe-nha",
        trap="mock interview with coach",
    ),
    Ev(
        kind="webinar-gehalt", lang="de", producer="stepstone", tz="berlin",
        summary="Webinar: Gehaltsverhandlung im Vorstellungsgespräch – so klappt's",
        start="20260305T190000", end="20260305T200000",
        organizer=org("events@stepstone.de", "StepStone Events"),
        attendees=[me_private()],
        description=(
            "Vielen Dank für Ihre Anmeldung!\nIn 60 Minuten zeigen unsere Karriereexpertinnen, wie Sie im "
            "Vorstellungsgespräch Ihr Wunschgehalt begründen.\n\nZugang: https://stepstone.zoom.us/w/99012345\n"
        ),
        trap="webinar about interviewing",
    ),
    Ev(
        kind="kita-aufnahme", lang="de", producer="ios", tz="berlin",
        summary="Aufnahmegespräch Kita Sonnenblume (Mats)",
        start="20260309T150000", end="20260309T154500",
        location="Kita Sonnenblume, Hölderlinstr. 22, 70174 Stuttgart",
        description="Impfpass + U-Heft mitnehmen",
        calname="Familie",
        trap="personal admission talk",
    ),
    Ev(
        kind="jahresgespraech", lang="de", producer="outlook", tz="win-weu",
        summary="Jahresgespräch 2026 Noa / Ralf",
        start="20260302T150000", end="20260302T163000",
        organizer=org("ralf.eberle@tessaro-werke.de", "Eberle, Ralf"),
        attendees=[me_work("ACCEPTED")],
        description="Zielerreichung 2025, Ziele 2026, Entwicklung. Bitte Selbsteinschätzung vorab in SuccessFactors.",
        trap="internal performance review",
    ),
    Ev(
        kind="headhunter-intake", lang="de", producer="outlook", tz="win-utc1",
        summary="Kennenlernen – Kramer & Lenz Personalberatung",
        start="20260227T120000", end="20260227T123000",
        organizer=org("m.lenz@kramer-lenz.de", "Lenz, Markus"),
        attendees=[me_private()],
        description=(
            "Liebe Frau Bergmann,\nschön, dass wir uns über LinkedIn verbunden haben. Gern würde ich Sie und Ihre "
            "Wechselmotivation allgemein kennenlernen – konkrete Mandate besprechen wir dann im nächsten Schritt.\n"
            "Beste Grüße, Markus Lenz"
        ),
        location="Telefon",
        trap="headhunter intake no employer",
    ),
    Ev(
        kind="kaffee-exkollegin", lang="de", producer="google", tz="berlin",
        summary="Kaffee mit Jana",
        start="20260307T100000", end="20260307T110000",
        organizer=org("noa.bergmann@posteo.de", "Noa Bergmann"),
        attendees=[me_private("ACCEPTED"), p("jana.friedl@hallberg-logistik.de", "Jana Friedl")],
        location="Café Kaiserbau, Marienplatz 11, Stuttgart",
        description="Jana fragen, wie es bei Hallberg so läuft (Kultur, Schichtsystem). Rein informell.",
        trap="informational coffee chat",
    ),
    Ev(
        kind="karrieremesse", lang="de", producer="apple", tz="allday",
        summary="Karrieretag Logistik & Produktion (Messe Stuttgart)",
        start="20260321", end="20260322",
        location="Landesmesse Stuttgart, Halle 1",
        description="Lebenslauf 10x drucken. Stände: Oberland, Nordhafen, Rheintal",
        calname="Privat",
        trap="job fair",
    ),
    Ev(
        kind="referenz-de", lang="de", producer="outlook", tz="win-utc1",
        summary="Referenzauskunft zu Tim Albers",
        start="20260318T120000", end="20260318T121500",
        organizer=org("s.mertens@porta-moebel-logistik.de", "Mertens, Svenja"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Liebe Frau Bergmann,\nHerr Albers hat Sie als Referenz angegeben (gemeinsame Zeit bei Tessaro). "
            "Ich würde Ihnen gerne ein paar Fragen zu seiner Arbeitsweise stellen.\nS. Mertens, HR"
        ),
        trap="reference call user is reference",
    ),
    # --- English
    Ev(
        kind="mock-friend", lang="en", producer="google", tz="berlin",
        summary="Mock interview w/ Chris (practice for Halden panel)",
        start="20260310T193000", end="20260310T203000",
        organizer=org("noa.bergmann@posteo.de", "Noa Bergmann"),
        attendees=[me_private("ACCEPTED"), p("chris.obi@gmail.com", "Chris Obi")],
        description="Chris plays the VP Ops. STAR stories: Salzburg recall, SAP go-live.\n" + meet("yhk-pqaz-cxe"),
        location="https://meet.google.com/yhk-pqaz-cxe",
        trap="mock interview",
    ),
    Ev(
        kind="user-research", lang="en", producer="calendly", tz="berlin",
        summary="Pickwise user interview (30 min) - Noa Bergmann",
        start="20260312T120000", end="20260312T123000",
        organizer=org("research@pickwise.io", "Pickwise Research"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Event Name: User interview - warehouse managers\n\nThanks for helping us shape Pickwise! We'll ask "
            "about how your team plans picking waves. You'll receive a EUR 50 voucher afterwards.\n\n"
            "Powered by Calendly.com"
        ),
        location="Zoom (link follows)",
        trap="user research interview",
    ),
    Ev(
        kind="podcast", lang="en", producer="zoom", tz="berlin",
        summary="The Pallet Podcast - guest interview recording (Noa Bergmann, Tessaro Werke)",
        start="20260319T170000", end="20260319T180000",
        organizer=org("host@palletpodcast.fm", "Dev Anand"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Thanks for joining as a guest! We'll talk about nearshoring and running a plant through the chip "
            "shortage. Please use headphones.\n\n" + zoom("en", "823 7713 0095", "Pa11etPd")
        ),
        trap="podcast interview",
    ),
    Ev(
        kind="webinar-case", lang="en", producer="webex", tz="utc",
        summary="Webinar: Cracking the Operations Case Interview",
        start="20260311T170000", end="20260311T180000",
        organizer=org("events@opscareers.org", "OpsCareers Events"),
        attendees=[me_private()],
        description=(
            "You're registered! Learn a framework for plant-capacity and inventory case questions, with a live "
            "mock interview on stage.\n\n" + webex("en", "2514 330 8862")
        ),
        trap="class about case interviews",
    ),
    Ev(
        kind="sop-weekly", lang="en", producer="outlook", tz="win-weu",
        summary="S&OP pre-meeting (supply review)",
        start="20260303T090000", end="20260303T100000",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=10",
        organizer=org("noa.bergmann@tessaro-werke.de", "Bergmann, Noa"),
        attendees=[p("li.wen@tessaro-werke.de", "Wen, Li"), p("marc.weber@tessaro-werke.de", "Weber, Marc"),
                   p("uwe.kling@tessaro-werke.de", "Kling, Uwe")],
        description="Capacity vs. demand, constrained plan, escalations for the exec S&OP.\n\n"
        + teams("en", "301 558 664 219", "Sp9oPw"),
        trap="internal recurring meeting",
    ),
    Ev(
        kind="linkedin-recruiter", lang="en", producer="google", tz="london",
        summary="Quick call - Noa / Jess (Northstar Talent)",
        start="20260302T110000", end="20260302T111500",
        organizer=org("jess.conway@northstartalent.co.uk", "Jess Conway"),
        attendees=[p("jess.conway@northstartalent.co.uk", "Jess Conway", partstat="ACCEPTED"), me_private()],
        description=(
            "Hi Noa, great to connect on LinkedIn. Keen to hear what you're looking for - I work with a few "
            "manufacturing clients across DACH and will share roles once I know your priorities.\n"
            + meet("wqa-bbnt-ksz") + google_footer("jess.conway@northstartalent.co.uk")
        ),
        location="https://meet.google.com/wqa-bbnt-ksz",
        trap="recruiter call no employer yet",
    ),
    Ev(
        kind="dentist", lang="en", producer="ios", tz="berlin",
        summary="Dentist - Dr. Hallström",
        start="20260313T080000", end="20260313T084500",
        location="Zahnarztpraxis Hallström, Königstr. 40, Stuttgart",
        calname="Privat",
        trap="personal appointment",
    ),
    Ev(
        kind="coffee-informational", lang="en", producer="google", tz="zurich",
        summary="Virtual coffee: Noa <> Yusuf (Perigee) - informational",
        start="20260225T170000", end="20260225T173000",
        organizer=org("noa.bergmann@posteo.de", "Noa Bergmann"),
        attendees=[me_private("ACCEPTED"), p("yusuf.kaya@perigee-aero.ch", "Yusuf Kaya")],
        description=(
            "Thanks for agreeing to chat, Yusuf! I'd love to hear how supply chain is organised at Perigee "
            "before I decide whether to apply.\n" + meet("ome-dcxa-ttr")
        ),
        location="https://meet.google.com/ome-dcxa-ttr",
        trap="informational chat before applying",
    ),
    Ev(
        kind="reference-en", lang="en", producer="outlook", tz="london",
        summary="Reference check - Jana Friedl",
        start="20260324T090000", end="20260324T092000",
        organizer=org("george.lamb@corvidfreight.co.uk", "Lamb, George"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Hi Noa,\nJana Friedl has listed you as a referee for the Transport Planner role. The call will take "
            "15-20 minutes. Thanks for your time.\nGeorge Lamb, Talent Acquisition, Corvid Freight"
        ),
        trap="reference call user is referee",
    ),
    Ev(
        kind="career-fair-virtual", lang="en", producer="google", tz="utc",
        summary="Women in Supply Chain - Virtual Career Fair",
        start="20260415T120000", end="20260415T160000",
        organizer=org("fair@wiscnetwork.org", "WiSC Network"),
        attendees=[me_private()],
        description="Booths from 40 employers, drop-in chats, CV clinic. Join: https://fair.wiscnetwork.org/live",
        trap="virtual job fair",
    ),
    Ev(
        kind="prep-block", lang="en", producer="google-export", tz="floating", x_wr_tz="Europe/Berlin",
        summary="Prep: Perigee onsite (read annual report, STAR stories)",
        start="20260331T190000", end="20260331T210000",
        calname="noa.bergmann@posteo.de",
        trap="prep block",
    ),
    # --- French
    Ev(
        kind="simulation-entretien", lang="fr", producer="google", tz="paris",
        summary="Simulation d'entretien – préparation Maréchal",
        start="20260314T100000", end="20260314T110000",
        organizer=org("helene.vasseur@coaching-trajectoires.fr", "Hélène Vasseur"),
        attendees=[p("helene.vasseur@coaching-trajectoires.fr", "Hélène Vasseur", partstat="ACCEPTED"),
                   me_private()],
        description=(
            "Bonjour Noa, séance d'entraînement : je jouerai le directeur de site. Debrief à la fin.\n"
            + meet("vkr-hhqs-ppo", "fr")
        ),
        location="https://meet.google.com/vkr-hhqs-ppo",
        trap="mock interview fr",
    ),
    Ev(
        kind="atelier-entretien", lang="fr", producer="zoom", tz="paris",
        summary="Atelier : réussir son entretien d'embauche en anglais",
        start="20260317T183000", end="20260317T200000",
        organizer=org("ateliers@reseau-cadres-export.fr", "Réseau Cadres Export"),
        attendees=[me_private()],
        description="Atelier collectif (12 participants max). " + zoom("fr", "857 4410 2236", "At3lierF"),
        trap="class about interviewing fr",
    ),
    Ev(
        kind="presse-fr", lang="fr", producer="outlook", tz="win-romance",
        summary="Interview Supply Chain Mag – témoignage relocalisation",
        start="20260325T110000", end="20260325T114500",
        organizer=org("c.dupuis@supplychainmag.fr", "Dupuis, Camille"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Entretien journalistique pour le dossier « Relocaliser en Europe ». "
            "Relecture des citations prévue."
        ),
        trap="press interview fr",
    ),
    Ev(
        kind="admission-ecole", lang="fr", producer="apple", tz="paris",
        summary="Entretien d'admission – École franco-allemande (Mats)",
        start="20260408T140000", end="20260408T143000",
        location="Deutsch-Französische Grundschule, Stuttgart",
        calname="Familie",
        trap="school admission interview",
    ),
    # --- Spanish
    Ev(
        kind="simulacro", lang="es", producer="google", tz="madrid",
        summary="Simulacro de entrevista con mi mentora",
        start="20260309T190000", end="20260309T200000",
        organizer=org("noa.bergmann@posteo.de", "Noa Bergmann"),
        attendees=[me_private("ACCEPTED"), p("carmen.vidal.mentora@gmail.com", "Carmen Vidal")],
        description="Practicar la entrevista técnica de Grupo Almenara en español. " + meet("jxr-uuxp-kdw", "es"),
        location="https://meet.google.com/jxr-uuxp-kdw",
        trap="mock interview es",
    ),
    Ev(
        kind="podcast-es", lang="es", producer="zoom", tz="madrid",
        summary="Entrevista para el podcast «Logística en Voz Alta»",
        start="20260402T180000", end="20260402T190000",
        organizer=org("produccion@logisticaenvozalta.es", "Logística en Voz Alta"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Grabación del episodio 48: mujeres en la dirección de plantas. "
            + zoom("es", "884 1902 5537", "LvA48es")
        ),
        trap="podcast es",
    ),
    Ev(
        kind="feria-empleo", lang="es", producer="google", tz="allday",
        summary="Feria de Empleo Logística – online",
        start="20260422", end="20260423",
        organizer=org("info@ferialogisticaempleo.es", "Feria Logística Empleo"),
        attendees=[me_private()],
        description="Acceso con tu entrada digital. Más de 60 empresas del sector.",
        trap="job fair es",
    ),
    Ev(
        kind="referencia-es", lang="es", producer="outlook", tz="win-romance",
        summary="Llamada de referencias – candidata Marta Iglesias",
        start="20260320T163000", end="20260320T165000",
        organizer=org("rrhh@conservasmirador.es", "RR. HH. Conservas Mirador"),
        attendees=[me_work("ACCEPTED")],
        description=(
            "Hola Noa,\nMarta Iglesias le ha indicado como referencia profesional. Queremos hacerle unas "
            "preguntas breves sobre su trabajo en Tessaro.\nGracias,\nRR. HH."
        ),
        trap="reference call es",
    ),
]
