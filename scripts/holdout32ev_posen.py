"""holdout32: the user's own interviews, English, French and Spanish events."""

from __future__ import annotations

from holdout32ev_ical import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    Entry,
    alarm,
    att,
    cal,
    ev,
    meet,
    meet_props,
    ms_extra,
    org,
    pos,
    room,
    teams,
    webex,
    zoom,
)

R = "Romance Standard Time"


def entries() -> list[Entry]:
    out: list[Entry] = []
    a = out.append

    a(pos("greenhouse-screen", "en", cal([ev(
        "gh-4418203-1@greenhouse.io", "Recruiter Screen: Mehmet Yilmaz <> Teknor Lab", "20261201T150000Z",
        "20261201T153000Z", tz=None,
        desc="Hi Mehmet,\n\nThanks for applying for the Technical Product Manager, Mobile Robots (Remote, EU) role. "
             "This is a 30-minute call with Priya Raman from our talent team.\n\nPhone: we'll call +49 171 "
             "on file.\n\nTeknor Lab Recruiting",
        people=[org("no-reply@us.greenhouse-mail.io", "Teknor Lab"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("priya.raman@teknorlab.io", "Priya Raman")])],
        "-//Greenhouse Software//Greenhouse Recruiting//EN", tzs=()),
        "Teknor Lab", "Technical Product Manager, Mobile Robots", "recruiter_screen", "priya.raman@teknorlab.io"))

    a(pos("lever-technical", "en", cal([ev(
        "lever-2b6e8fd0-91c4-4a3e-8d27-5a1c@hire.lever.co", "Interview: Systems Engineer (Exoskeletons) – Helix Exo",
        "20261207T100000", "20261207T110000", tz="Europe/Zurich",
        desc="Your interview with Helix Exoskeletons AG\n\nRole: Systems Engineer (Exoskeletons), Zurich\n"
             "Format: technical deep dive – requirements, FMEA, V-model\nInterviewers: Lukas Baumann (Principal "
             "Systems Engineer), Elena Rossi (Head of Hardware)\n\n" + meet("hlx-tqrb-uoz"),
        people=[org("helixexo@hire.lever.co", "Helix Exoskeletons"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("lukas.baumann@helixexo.com", "Lukas Baumann"), att("elena.rossi@helixexo.com", "Elena Rossi")],
        extra=meet_props("hlx-tqrb-uoz"))], "-//Lever//Lever Hire//EN", tzs=("Europe/Zurich",)),
        "Helix Exoskeletons", "Systems Engineer (Exoskeletons)", "technical",
        "lukas.baumann@helixexo.com;elena.rossi@helixexo.com"))

    a(pos("onsite-loop", "en", cal([ev(
        "modernloop-ev-93b71@modernloop.io",
        "Onsite Interview Loop – Medivance (Product Manager, Diagnostics Robotics)",
        "20261210T083000Z", "20261210T130000Z", tz=None,
        desc="Agenda (Zurich HQ, Hardturmstrasse 161):\n09:30 Welcome – Nora Weber (Recruiting Coordinator)\n"
             "09:45 Product sense – Daniel Frey, Director of Product\n10:45 Systems & requirements – Aylin Demir, "
             "Lead Systems Engineer\n11:45 Cross-functional – Matteo Bianchi, Quality & Regulatory\n12:30 Lunch "
             "with the team\n\nScheduled with ModernLoop on behalf of Medivance AG.",
        loc="Medivance AG, Hardturmstrasse 161, 8005 Zürich – Reception",
        people=[org("nora.weber@medivance.ch", "Nora Weber"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("daniel.frey@medivance.ch", "Daniel Frey"), att("aylin.demir@medivance.ch", "Aylin Demir"),
                att("matteo.bianchi@medivance.ch", "Matteo Bianchi"),
                room("zrh-hq-3-matterhorn@medivance.ch", "ZRH HQ 3.04 Matterhorn")])],
        "-//ModernLoop//ModernLoop Scheduling//EN", tzs=()),
        "Medivance", "Product Manager, Diagnostics Robotics", "onsite",
        "daniel.frey@medivance.ch;aylin.demir@medivance.ch;matteo.bianchi@medivance.ch"))

    a(pos("direct-outlook-en", "en", cal([ev(
        "040000008200E00074C5B7101A82E00800000000C9D1E2F3FA5DDB0100000000000000001000000091AA",
        "Interview – Brightline Systems / Mehmet Yilmaz (Product Manager Image-Guided Therapy)",
        "20261202T140000", "20261202T150000", lang="en-US",
        desc="Dear Mehmet,\n\nAs discussed, please find the invitation for your first interview with me and "
             "Joost Hendriks (Product Line Manager). We'd like to hear about your move from mechanical design "
             "towards product management.\n\nKind regards,\nAnouk Bakker\nTalent Acquisition, Brightline Systems\n\n"
             + teams("en", "NjM4MjkxNzQ1MDIz", "Tq6vYe"),
        people=[org("anouk.bakker@brightline-systems.nl", "Bakker, Anouk"), att(ME_PRIV, "mehmet.yilmaz@t-online.de"),
                att("joost.hendriks@brightline-systems.nl", "Hendriks, Joost")],
        extra=ms_extra())], OUTLOOK, tzs=("W. Europe Standard Time",)),
        "Brightline Systems", "Product Manager Image-Guided Therapy", "recruiter_screen",
        "anouk.bakker@brightline-systems.nl;joost.hendriks@brightline-systems.nl"))

    a(pos("founder-proton", "en", cal([ev(
        "4A1E6B0C-9D2F-4E77-B3A5-60C8E1F2D9AB", "Chat w/ Mehmet – Kobalt Robotics founding PM",
        "20261203T170000Z", "20261203T174500Z", tz=None,
        desc="Hey Mehmet – Sven here, co-founder at Kobalt Robotics (kobalt.bot). Keen to interview you for our "
             "founding product role. I'll ask about a system you've taken from concept to SOP.\n"
             "Zoom: https://zoom.us/j/71190023345",
        people=[org("sven.k@proton.me", "Sven Kowalczyk"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("sven.k@proton.me", "Sven Kowalczyk", partstat="ACCEPTED")])], APPLE, tzs=()),
        "Kobalt Robotics", "founding PM", "hiring_manager", "sven.k@proton.me"))

    a(pos("agency-en", "en", cal([ev(
        "tb-eng-20261208-ldr@talentbridge-eng.com",
        "Interview: Lumen Surgical – Systems Engineering Lead (arranged by TalentBridge)",
        "20261208T150000", "20261208T160000", tz="Europe/Amsterdam",
        desc="Hi Mehmet,\n\nConfirming your interview with our client Lumen Surgical B.V. (Eindhoven) for the "
             "Systems Engineering Lead position. You'll speak with Bram Willems, VP Engineering. I won't join the "
             "call.\n\nGood luck!\nOlivia Hart, Senior Consultant, TalentBridge Engineering\n\n"
             + zoom("Olivia Hart", "81145529901", "THVtZW4y"),
        people=[org("olivia.hart@talentbridge-eng.com", "Olivia Hart"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("bram.willems@lumensurgical.nl", "Bram Willems")])], OUTLOOK, tzs=("Europe/Amsterdam",)),
        "Lumen Surgical", "Systems Engineering Lead", "hiring_manager", "bram.willems@lumensurgical.nl"))

    a(pos("ashby-final", "en", cal([ev(
        "ashby-int-0f7c9a21@ashbyhq.com", "Final round – Voltara × Mehmet Yilmaz", "20261217T120000Z",
        "20261217T140000Z", tz=None,
        desc="Final round for Senior Product Manager, Fleet Charging\n\n1. Founders conversation – Jakob Ernst (CEO)\n"
             "2. Bar-raiser – Mira Köhler (VP Engineering)\n\nLocation: Voltara office, Landsberger Str. 110, Munich\n"
             "Questions? reply to Tim Oswald (Recruiting Coordinator)",
        loc="Voltara Munich office",
        people=[org("no-reply@ashbyhq.com", "Voltara"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("jakob.ernst@voltara.eu", "Jakob Ernst"), att("mira.koehler@voltara.eu", "Mira Köhler")])],
        "-//Ashby//Ashby Scheduling//EN", tzs=()),
        "Voltara", "Senior Product Manager, Fleet Charging", "final",
        "jakob.ernst@voltara.eu;mira.koehler@voltara.eu"))

    a(pos("work-address-en", "en", cal([ev(
        "7rq0c4ndl2s9m1fbk6e3v8h5ta@google.com", "Mehmet / Stryva Medical – hiring manager interview",
        "20261209T113000Z", "20261209T122000Z", tz=None,
        desc="Hi Mehmet, sending this to the address you wrote from. I lead the product team for our "
             "surgical navigation platform and I'm the hiring manager for the Product Manager role.\n"
             "– Rachel\n\n" + meet("stv-bxqe-nmo"),
        people=[org("rachel.okafor@stryvamedical.com", "Rachel Okafor"),
                att("rachel.okafor@stryvamedical.com", "Rachel Okafor", partstat="ACCEPTED"),
                att(ME_WORK, "Mehmet Yilmaz")],
        extra=meet_props("stv-bxqe-nmo"))], GOOGLE, xwr="Europe/Berlin", tzs=()),
        "Stryva Medical", "Product Manager", "hiring_manager", "rachel.okafor@stryvamedical.com"))

    a(pos("terse-en", "en", cal([ev(
        "6C0B8F3A-21D7-4E5E-A9B2-4F1D7E6A0C93", "Kobalt tech interview w/ CTO", "20261210T160000",
        "20261210T170000", tz="Europe/Berlin", desc="bring the gearbox case study", people=[])],
        IOS, method=None, tzs=("Europe/Berlin",)),
        "Kobalt Robotics", "", "technical", ""))

    a(pos("cancelled-en", "en", cal([ev(
        "gh-4418203-3@greenhouse.io", "Canceled: Hiring Manager Interview – Teknor Lab", "20261208T160000Z",
        "20261208T164500Z", tz=None, status="CANCELLED", seq=1,
        desc="This interview has been canceled. Your recruiter will follow up with a new time.\n"
             "Interviewer: Marcus Lindgren (Director of Product)",
        people=[org("no-reply@us.greenhouse-mail.io", "Teknor Lab"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("marcus.lindgren@teknorlab.io", "Marcus Lindgren")])],
        "-//Greenhouse Software//Greenhouse Recruiting//EN", method="CANCEL", tzs=()),
        "Teknor Lab", "Technical Product Manager, Mobile Robots", "hiring_manager", "marcus.lindgren@teknorlab.io"))

    a(pos("webex-technical", "en", cal([ev(
        "040000008200E00074C5B7101A82E0080000000012AB34CDFB5DDB01000000000000000010000000AE02",
        "Technical interview – Systems Engineer, Drive Units", "20261211T090000", "20261211T100000",
        lang="en-GB",
        desc="Hello Mehmet,\n\nThank you for your time so far. This session with Graham Whitfield and Ana Lopes "
             "(both Drive Unit Systems) covers requirements decomposition and verification planning.\n\n"
             "Best regards,\nHR Team, Meridian Powertrain GmbH\n\n" + webex("meridian-pt", "27419983301", "Mpt9x2"),
        people=[org("careers@meridian-pt.com", "Meridian Powertrain Careers"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("graham.whitfield@meridian-pt.com", "Whitfield, Graham"),
                att("ana.lopes@meridian-pt.com", "Lopes, Ana")],
        extra=ms_extra())], OUTLOOK),
        "Meridian Powertrain", "Systems Engineer, Drive Units", "technical",
        "graham.whitfield@meridian-pt.com;ana.lopes@meridian-pt.com"))

    a(pos("calendly-en", "en", cal([ev(
        "a7e3b9c2-4d10-4f5e-b8a1-3c92d7f0e614", "Intro call: Mehmet Yilmaz and Hugo Lambert (Axion Surgical)",
        "20261202T103000Z", "20261202T110000Z", tz=None,
        desc="Event Name: Axion Surgical – 30 min recruiter intro\n\nThis is a first conversation about the "
             "Senior Product Manager – Surgical Robotics opening.\n\nLocation: Google Meet\n\nNeed to make changes "
             "to this event? https://calendly.com/reschedulings/a7e3b9c2\n\nPowered by Calendly.com",
        loc="https://meet.google.com/axs-ppwr-kfe",
        people=[org("hugo.lambert@axionsurgical.com", "Hugo Lambert"),
                att("hugo.lambert@axionsurgical.com", "Hugo Lambert", partstat="ACCEPTED"),
                att(ME_PRIV, "Mehmet Yilmaz")])], "-//Calendly//Calendly//EN", tzs=()),
        "Axion Surgical", "Senior Product Manager – Surgical Robotics", "recruiter_screen",
        "hugo.lambert@axionsurgical.com"))

    a(pos("allday-eindhoven", "en", cal([ev(
        "9h2k1s0d4v7m3q8r5b6n0c1te@google.com", "Lumen Surgical onsite day – Eindhoven", "20261218", "20261219",
        allday=True, tz=None,
        desc="Onsite day at Lumen Surgical (Systems Engineering Lead): panel with Bram Willems, Sanne Mulder, "
             "and Koen Dekker. Flight STR–EIN 07:10.", transp="TRANSPARENT")],
        GOOGLE, method="PUBLISH", xwr="Europe/Berlin", tzs=()),
        "Lumen Surgical", "Systems Engineering Lead", "onsite", ""))

    a(pos("smartrec-en", "en", cal([ev(
        "sr-int-1188472@smartrecruiters.com", "Interview invitation – Cirrus Medical Devices",
        "20261204T150000", "20261204T160000", tz=R,
        desc="Dear Mehmet Yılmaz,\n\nYou are invited to a video interview for the position Product Owner – "
             "Infusion Robotics (Barcelona).\nInterviewers: Laia Ferrer (Engineering Manager), David Moreno "
             "(Product Director)\n\n" + teams("en", "MzE5ODc2NTQzMjEw", "Cm8Q2r"),
        people=[org("cirrusmed@smartrecruiters.com", "Cirrus Medical Devices"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("laia.ferrer@cirrusmed.es", "Laia Ferrer"), att("david.moreno@cirrusmed.es", "David Moreno")])],
        "-//SmartRecruiters//Interview Scheduler//EN", tzs=(R,)),
        "Cirrus Medical Devices", "Product Owner – Infusion Robotics", "technical",
        "laia.ferrer@cirrusmed.es;david.moreno@cirrusmed.es"))

    a(pos("title-only", "en", cal([ev(
        "2E8F1A9B-7C3D-4B6E-905A-D1C2B3A4E5F6", "Teknor Lab – 2nd call w/ Priya (recruiter)", "20261204T130000Z",
        "20261204T131500Z", tz=None, desc="", people=[])], APPLE, method=None, tzs=()),
        "Teknor Lab", "", "recruiter_screen", ""))

    a(pos("forwarded-private-copy", "en", cal([ev(
        "040000008200E00074C5B7101A82E00800000000ABCD1234FC5DDB01000000000000000010000000C711",
        "FW: Panel interview – Senior Systems Engineer – Sentara Robotics", "20261215T130000", "20261215T143000",
        lang="en-GB",
        desc="-----Original Appointment-----\nFrom: Emily Carter <emily.carter@sentara-robotics.com>\n"
             "Sent: Friday, 20 November 2026 09:12\nTo: Mehmet Yilmaz\nSubject: Panel interview – Senior Systems "
             "Engineer\n\nHi Mehmet, the panel is James Ortiz (Head of Systems, "
             "james.ortiz@sentara-robotics.com) and Wen Li (Principal Engineer, wen.li@sentara-robotics.com). "
             "I'll introduce you and drop off.\n\nEmily\n\n" + teams("en", "NDU2Nzg5MDEyMzQ1", "Sr5tWp"),
        people=[org(ME_PRIV, "Mehmet Yilmaz"), att(ME_WORK, "Yilmaz, Mehmet")],
        extra=ms_extra())], OUTLOOK),
        "Sentara Robotics", "Senior Systems Engineer", "technical",
        "james.ortiz@sentara-robotics.com;wen.li@sentara-robotics.com"))

    a(pos("hm-zoom-remote", "en", cal([ev(
        "zoom-84992210034-20261214@zoom.us", "Orbis Care Robotics – conversation with the CPO", "20261207T170000Z",
        "20261207T174500Z", tz=None,
        desc="Hi Mehmet, before the trial days I'd like to get to know you myself – I'd be your manager as "
             "Chief Product Officer.\nBest, Clara\n\n" + zoom("Clara Nguyen", "84992210034", "T3JiaXM5"),
        people=[org("clara.nguyen@orbiscare.com", "Clara Nguyen"), att(ME_PRIV, "Mehmet Yilmaz")])],
        "-//zoom.us//iCalendar Event//EN", tzs=()),
        "Orbis Care Robotics", "", "hiring_manager", "clara.nguyen@orbiscare.com"))

    a(pos("lever-hm-prod", "en", cal([ev(
        "lever-77aa01c3-5d1b-4e8a-b002-8c3f@hire.lever.co", "Mehmet Yilmaz – Hiring Manager Interview",
        "20261214T140000", "20261214T144500", tz="Europe/Paris",
        desc="Company: Ampère Systèmes\nPosition: Product Manager – Battery Systems (Lyon)\nInterviewer: Julien "
             "Marchand, Head of Product\n\n" + meet("amp-hhkz-tre", "fr"),
        people=[org("amperesys@hire.lever.co", "Ampère Systèmes"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("julien.marchand@ampere-sys.fr", "Julien Marchand")])],
        "-//Lever//Lever Hire//EN", tzs=("Europe/Paris",)),
        "Ampère Systèmes", "Product Manager – Battery Systems", "hiring_manager", "julien.marchand@ampere-sys.fr"))

    # French
    a(pos("fr-recruteur", "fr", cal([ev(
        "040000008200E00074C5B7101A82E00800000000F1E2D3C4FD5DDB0100000000000000001000000057BE",
        "Entretien téléphonique – Ingénieur Systèmes Robotique (LDR)", "20261203T093000", "20261203T100000",
        lang="fr-FR",
        desc="Bonjour Monsieur Yılmaz,\n\nSuite à votre candidature au poste d'Ingénieur Systèmes Robotique, je "
             "vous propose un premier échange téléphonique. Je vous appellerai au numéro indiqué sur votre CV.\n\n"
             "Cordialement,\nCéline Perrin\nChargée de recrutement – Lyonnaise de Robotique",
        loc="Appel téléphonique",
        people=[org("celine.perrin@ldr-robotique.fr", "PERRIN Céline"), att(ME_PRIV, "Mehmet Yılmaz")],
        extra=ms_extra())], OUTLOOK, tzs=(R,)).replace("W. Europe Standard Time", R),
        "Lyonnaise de Robotique", "Ingénieur Systèmes Robotique", "recruiter_screen",
        "celine.perrin@ldr-robotique.fr"))

    a(pos("fr-technique", "fr", cal([ev(
        "wttj-3f0a81c2@welcometothejungle.com", "Entretien technique avec Ampère Systèmes", "20261210T100000",
        "20261210T113000", tz="Europe/Paris",
        desc="Bonjour Mehmet,\n\nVotre entretien technique pour le poste de Chef de produit Systèmes de batterie "
             "aura lieu avec Aurélie Dubois (Responsable architecture système) et Hugo Fontaine (Ingénieur "
             "validation).\n\nAdresse : 12 rue de la Villette, 69003 Lyon\n\nL'équipe recrutement",
        loc="Ampère Systèmes, 12 rue de la Villette, Lyon",
        people=[org("no-reply@welcometothejungle.com", "Ampère Systèmes"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("aurelie.dubois@ampere-sys.fr", "Aurélie Dubois"),
                att("hugo.fontaine@ampere-sys.fr", "Hugo Fontaine")])],
        "-//Welcome to the Jungle//Recruiter//FR", tzs=("Europe/Paris",)),
        "Ampère Systèmes", "Chef de produit Systèmes de batterie", "technical",
        "aurelie.dubois@ampere-sys.fr;hugo.fontaine@ampere-sys.fr"))

    a(pos("fr-terse", "fr", cal([ev(
        "5B7D2E90-1A3C-4F8E-B6D4-2C9E0A1F3B57", "Entretien final LDR Lyon (DG)", "20261218T140000",
        "20261218T153000", tz="Europe/Paris", desc="TGV 9h04 Stuttgart. M. Garnier + RH.",
        loc="Lyonnaise de Robotique, Villeurbanne", people=[])], IOS, method=None, tzs=("Europe/Paris",)),
        "Lyonnaise de Robotique", "", "final", ""))

    # Spanish
    a(pos("es-rrhh", "es", cal([ev(
        "040000008200E00074C5B7101A82E0080000000099AA88BBFE5DDB01000000000000000010000000E3F0",
        "Entrevista con RRHH – Product Manager Robótica Móvil", "20261202T090000", "20261202T093000",
        lang="es-ES",
        desc="Hola Mehmet:\n\nGracias por tu interés en Vireo Robotics. Te propongo una primera llamada conmigo "
             "para conocernos y hablar del puesto de Product Manager Robótica Móvil.\n\nUn saludo,\n"
             "Marta Villanueva\nTalent Acquisition – Vireo Robotics S.L.\n\n"
             + teams("es", "MTIzNDU2Nzg5MDk4", "Vr2kPs"),
        people=[org("marta.villanueva@vireo.es", "Villanueva, Marta"), att(ME_PRIV, "Mehmet Yılmaz")],
        extra=ms_extra())], OUTLOOK, tzs=(R,)).replace("W. Europe Standard Time", R),
        "Vireo Robotics", "Product Manager Robótica Móvil", "recruiter_screen", "marta.villanueva@vireo.es"))

    a(pos("es-tecnica", "es", cal([ev(
        "1p8v3k0m9q2d7s5n4b6r0h1cfa@google.com", "Entrevista técnica Vireo – Mehmet Yılmaz", "20261209T150000",
        "20261209T161500", tz="Europe/Madrid",
        desc="Hola Mehmet,\nEn esta entrevista técnica hablarás con Jordi Puig (CTO) y Nuria Sala (Ingeniera de "
             "sistemas). Prepara un caso de integración mecatrónica.\nSaludos, Marta\n\n" + meet("vir-dtgm-abx", "es"),
        people=[org("marta.villanueva@vireo.es", "Marta Villanueva"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("jordi.puig@vireo.es", "Jordi Puig"), att("nuria.sala@vireo.es", "Nuria Sala")],
        extra=meet_props("vir-dtgm-abx"))], GOOGLE, xwr="Europe/Madrid", tzs=("Europe/Madrid",)),
        "Vireo Robotics", "", "technical", "jordi.puig@vireo.es;nuria.sala@vireo.es"))

    a(pos("es-presencial", "es", cal([ev(
        "cm-20261216-entrevista@carrera-mobilitat.cat", "Entrevista presencial: Ingeniero de Sistemas e-Movilidad",
        "20261216T100000", "20261216T123000", tz="Europe/Madrid",
        desc="Estimado Sr. Yılmaz:\n\nLe confirmamos la entrevista presencial en nuestras oficinas del 22@. "
             "Se reunirá con Albert Casals (Director de Ingeniería), Montse Roca (Product Owner) y visitará el "
             "taller de prototipos.\n\nAtentamente,\nDepartamento de Personas\nCarrera Mobilitat S.L.",
        loc="Carrer de Pallars 193\\, 08005 Barcelona",
        people=[org("persones@carrera-mobilitat.cat", "Carrera Mobilitat – Persones"), att(ME_PRIV, "Mehmet Yılmaz"),
                att("albert.casals@carrera-mobilitat.cat", "Albert Casals"),
                att("montse.roca@carrera-mobilitat.cat", "Montse Roca"),
                room("sala-montjuic@carrera-mobilitat.cat", "Sala Montjuïc")])], OUTLOOK, tzs=("Europe/Madrid",)),
        "Carrera Mobilitat", "Ingeniero de Sistemas e-Movilidad", "onsite",
        "albert.casals@carrera-mobilitat.cat;montse.roca@carrera-mobilitat.cat"))

    a(pos("es-manager", "es", cal([ev(
        "sqa-entrevista-4471@sqa-medical.es", "Reunión con responsable de producto – SQA", "20261211T120000",
        "20261211T130000", tz="Europe/Madrid",
        desc="Hola Mehmet,\nsoy Ignacio Herrera, responsable de producto en Soluciones Quirúrgicas Avanzadas. "
             "Seré tu responsable directo si sigues adelante en el proceso para Product Manager Robótica "
             "Quirúrgica; me gustaría entrevistarte.\n\n" + zoom("Ignacio Herrera", "86622013344", "U1FBbWVk", "es"),
        people=[org("ignacio.herrera@sqa-medical.es", "Ignacio Herrera"), att(ME_PRIV, "Mehmet Yılmaz")])],
        "-//zoom.us//iCalendar Event//EN", tzs=("Europe/Madrid",)),
        "Soluciones Quirúrgicas Avanzadas", "Product Manager Robótica Quirúrgica", "hiring_manager",
        "ignacio.herrera@sqa-medical.es"))

    a(pos("es-terse", "es", cal([ev(
        "A9C3E5F7-0B2D-4E6A-8C1F-3D5B7A9E1C20", "Llamada Cirrus (final) – Sr. Moreno", "20261217T170000",
        "20261217T174500", tz=None, desc="Última ronda. Preguntar por reubicación a BCN.", people=[])],
        APPLE, method=None, tzs=()),
        "Cirrus Medical Devices", "", "final", ""))

    a(pos("es-cancelada", "es", cal([ev(
        "cm-20261216-ronda2@carrera-mobilitat.cat", "Cancelada: Entrevista técnica – Carrera Mobilitat",
        "20261210T090000", "20261210T100000", tz="Europe/Madrid", status="CANCELLED", seq=3,
        desc="Hola Mehmet, cancelamos esta entrevista porque la pasamos a la jornada presencial del día 16. "
             "Un saludo, Montse Roca", people=[org("montse.roca@carrera-mobilitat.cat", "Montse Roca"),
                                              att(ME_PRIV, "Mehmet Yılmaz")])],
        OUTLOOK, method="CANCEL", tzs=("Europe/Madrid",)),
        "Carrera Mobilitat", "", "technical", "montse.roca@carrera-mobilitat.cat"))

    a(pos("es-agencia", "es", cal([ev(
        "hunt-bcn-8812@talentiaselect.es", "Entrevista Cirrus Medical Devices (vía Talentia Select)",
        "20261203T160000", "20261203T170000", tz="Europe/Madrid",
        desc="Hola Mehmet,\nte confirmo la entrevista con nuestro cliente Cirrus Medical Devices para Product "
             "Owner – Infusion Robotics. Te entrevistará Laia Ferrer (Engineering Manager). Yo no estaré.\n"
             "Suerte,\nPablo Ibáñez – Talentia Select", people=[org("pablo.ibanez@talentiaselect.es", "Pablo Ibáñez"),
                                                              att(ME_PRIV, "Mehmet Yılmaz"),
                                                              att("laia.ferrer@cirrusmed.es", "Laia Ferrer")],
        extra=alarm(60))], GOOGLE, tzs=("Europe/Madrid",)),
        "Cirrus Medical Devices", "Product Owner – Infusion Robotics", "hiring_manager", "laia.ferrer@cirrusmed.es"))

    a(pos("workday-en", "en", cal([ev(
        "WD-INT-5f00e2a9c11b4d07@myworkday.com", "Interview Scheduled: Technical Interview – Stryva Medical",
        "20261215T150000Z", "20261215T160000Z", tz=None,
        desc="Candidate: Mehmet Yilmaz\nJob Requisition: JR-20931 Product Manager, Navigation Systems (Munich)\n"
             "Interviewers: Felix Graf (Principal Systems Engineer); Sun-Hee Park (Software Lead)\n"
             "Scheduled by: Tara Quinn (Recruiting Coordinator)\n\n" + teams("en", "MzM0NDU1NjY3Nzg4", "St9mWd"),
        people=[org("stryvamedical@myworkday.com", "Stryva Medical Talent"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("felix.graf@stryvamedical.com", "Felix Graf"), att("sunhee.park@stryvamedical.com", "Sun-Hee Park"),
                att("tara.quinn@stryvamedical.com", "Tara Quinn", role="OPT-PARTICIPANT")])],
        "-//Workday Inc.//Workday Recruiting//EN", tzs=()),
        "Stryva Medical", "Product Manager, Navigation Systems", "technical",
        "felix.graf@stryvamedical.com;sunhee.park@stryvamedical.com"))

    a(pos("case-presentation", "en", cal([ev(
        "a2f6c9e1-0b7d-4f3a-9e58-1d4c7b2a6e90@sensomotion.ch", "Sensomotion – case presentation to the product team",
        "20261214T130000", "20261214T143000", tz="Europe/Zurich",
        desc="Hi Mehmet,\nthanks for taking the case home. Present your system concept for the rehab robot arm "
             "(20 min) and discuss it with Reto Gisler and Yara Haddad (Product Lead). English is fine.\nCorinne",
        loc="Sensomotion AG, Pfingstweidstrasse 60, Zürich",
        people=[org("corinne.buehler@sensomotion.ch", "Corinne Bühler"), att(ME_PRIV, "Mehmet Yilmaz"),
                att("reto.gisler@sensomotion.ch", "Reto Gisler"), att("yara.haddad@sensomotion.ch", "Yara Haddad"),
                room("raum-limmat@sensomotion.ch", "Limmat (8 Pers.)")])], APPLE, tzs=("Europe/Zurich",)),
        "Sensomotion", "", "technical", "reto.gisler@sensomotion.ch;yara.haddad@sensomotion.ch"))

    return out
