"""holdout51: the user's own interviews, part B (ES/DE/FR, health-tech, more tools and time shapes)."""

from __future__ import annotations

from holdout51ev_ics import (
    ME_Y,
    P_APPLE,
    P_EXCH,
    P_GOOGLE,
    P_IOS,
    P_OUTLOOK,
    att,
    gcal_footer,
    meet,
    one,
    org,
    room,
    teams,
    zoom,
)

CHI = "America/Chicago"
BER = "Europe/Berlin"
PAR = "Europe/Paris"


def events() -> list[dict[str, object]]:
    o = []
    o.append(one(
        "teams-es", "040000008200E00074C5B7101A82E00800000000ALIANZA0317ES", "Entrevista: Director(a) de Enfermería "
        "- Marcus Webb", "20250317T140000", "20250317T150000", "Central Standard Time",
        (1, "Alianza Latina Health Centers", "Director(a) de Enfermería", "hiring_manager",
         "rfuentes@alianzalatina.org", "outlook-teams-es"),
        organizer=org("rfuentes@alianzalatina.org", "Fuentes, Rosa"),
        attendees=[att(ME_Y, "Marcus Webb"), att("rfuentes@alianzalatina.org", "Fuentes, Rosa", ps="ACCEPTED")],
        desc="Hola Marcus:\n\nGracias por su interés en el puesto de Director(a) de Enfermería en Centros de Salud "
             "Alianza Latina. La entrevista será con Rosa Fuentes, Directora Médica y gerente de contratación.\n\n"
             + teams("4470021983", "es"), prodid=P_EXCH))
    o.append(one(
        "meet-phone-es", "6tq1b0c8kd2buenasalud@google.com", "Entrevista telefónica con Recursos Humanos",
        "20250312T110000", "20250312T113000", None,
        (1, "Clínica Buena Salud", "Gerente de Operaciones Clínicas", "recruiter_screen",
         "yolanda.ibarra@clinicabuenasalud.org", "phone-screen-es"),
        organizer=org("yolanda.ibarra@clinicabuenasalud.org", "Yolanda Ibarra"),
        attendees=[att(ME_Y, "Marcus Webb")],
        desc="Marcus, le llamaré al (773) 555-0188 para una primera conversación sobre el puesto de Gerente de "
             "Operaciones Clínicas en Clínica Buena Salud (Milwaukee). Duración aproximada: 30 minutos.\n\n"
             "Yolanda Ibarra, Recursos Humanos" + gcal_footer("es"), prodid=P_GOOGLE, xwr=CHI))
    o.append(one(
        "final-es", "scv-final-0409@saludcomunitariadelvalle.org", "Entrevista final con la directora ejecutiva",
        "20250409T090000", "20250409T103000", CHI,
        (1, "Salud Comunitaria del Valle", "Director de Enfermería", "final",
         "mgarza@saludcomunitariadelvalle.org", "final-es"),
        organizer=org("mgarza@saludcomunitariadelvalle.org", "Marisol Garza"),
        attendees=[att(ME_Y, "Marcus Webb"), room("sala.juntas@saludcomunitariadelvalle.org", "Sala de Juntas")],
        desc="Estimado Marcus:\n\nLe confirmamos la última entrevista para el puesto de Director de Enfermería. "
             "Se reunirá con Marisol Garza, Directora Ejecutiva de Salud Comunitaria del Valle. Traiga una "
             "identificación con foto.\n\nSaludos,\nEquipo de Talento Humano",
        loc="Sala de Juntas, 412 N. Lake St, Aurora, IL"))
    o.append(one(
        "personio-de", "personio-interview-88123-klinikwerk@personio.de",
        "Interview: Clinical Operations Lead (USA, remote) - Marcus Webb", "20250320T170000", "20250320T180000", BER,
        (1, "Klinikwerk Digital GmbH", "Clinical Operations Lead (USA, remote)", "technical",
         "j.hartmann@klinikwerk.de;s.yilmaz@klinikwerk.de", "personio-fachgespraech-de"),
        organizer=org("jobs@klinikwerk.de", "Klinikwerk Digital GmbH"),
        attendees=[att(ME_Y, "Marcus Webb"), att("j.hartmann@klinikwerk.de", "Julia Hartmann"),
                   att("s.yilmaz@klinikwerk.de", "Selin Yilmaz")],
        desc="Hallo Marcus,\n\nwir freuen uns auf das Fachgespräch mit Julia Hartmann (Head of Clinical) und Selin "
             "Yilmaz (Product). Wir sprechen über die Einführung unserer Pflegedokumentation in US-Kliniken - "
             "bitte bring ein Beispiel aus deinem Alltag mit. The conversation will be in English.\n\n"
             "Mit Google Meet teilnehmen: https://meet.google.com/kwd-fach-ges\n\nGesendet über Personio",
        prodid="-//Personio GmbH//Personio Recruiting//DE"))
    o.append(one(
        "softgarden-de", "sg-ivw-558201@softgarden.io", "Einladung zum Kennenlerngespräch - Pflegecloud GmbH",
        "20250313T160000", "20250313T163000", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        (1, "Pflegecloud GmbH", "Customer Success Manager Clinical (US Market)", "recruiter_screen",
         "lena.brandt@pflegecloud.de", "softgarden-windows-zone-de"),
        organizer=org("lena.brandt@pflegecloud.de", "Brandt, Lena"),
        attendees=[att(ME_Y, "Marcus Webb")],
        desc="Hallo Herr Webb,\n\nvielen Dank für Ihre Bewerbung als Customer Success Manager Clinical (US Market). "
             "Gerne lade ich Sie zu einem ersten Kennenlerngespräch per Microsoft Teams ein.\n\n" +
             teams("6620917734", "de") + "\n\nViele Grüße\nLena Brandt, Talent Acquisition",
        prodid=P_OUTLOOK))
    o.append(one(
        "teamtailor-fr", "tt-7731-soigneo-entretien@teamtailor.com",
        "Entretien - Responsable des opérations cliniques (Amérique du Nord)", "20250318T170000", "20250318T174500",
        PAR,
        (1, "Soigneo", "Responsable des opérations cliniques (Amérique du Nord)", "hiring_manager",
         "claire.dumas@soigneo.fr", "teamtailor-fr"),
        organizer=org("claire.dumas@soigneo.fr", "Claire Dumas"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Bonjour Marcus,\n\nJe vous confirme notre entretien pour le poste de Responsable des opérations "
             "cliniques (Amérique du Nord). Je suis la manager du poste ; nous échangerons en anglais si vous "
             "préférez.\n\n" + meet("snq-entr-tien", "fr") + "\n\nClaire Dumas, COO - Soigneo SAS\nEnvoyé via "
             "Teamtailor", prodid="-//Teamtailor//Teamtailor Calendar//FR"))
    o.append(one(
        "workable-fr", "workable-medilink-case-20250402@workable.com",
        "Étude de cas - Directeur des soins (Toronto) - Marcus Webb", "20250402T140000", "20250402T153000",
        "America/Toronto",
        (1, "Médilink Santé", "Directeur des soins (Toronto)", "technical",
         "p.gagnon@medilinksante.ca;a.roy@medilinksante.ca", "workable-case-fr"),
        organizer=org("recrutement@medilinksante.ca", "Médilink Santé - Recrutement"),
        attendees=[att(ME_Y, "Marcus Webb"), att("p.gagnon@medilinksante.ca", "Pierre Gagnon"),
                   att("a.roy@medilinksante.ca", "Amélie Roy")],
        desc="Bonjour Marcus,\n\nVoici les détails de l'étape « étude de cas » : vous présenterez un plan de "
             "dotation pour notre clinique de Toronto (20 min) puis échange avec Pierre Gagnon et Amélie Roy.\n\n" +
             zoom("821 6630 4471", "TWVkaWxpbms") + "\n\nEnvoyé par Workable", prodid="-//Workable//EN"))
    o.append(one(
        "workable-en", "workable-shiftnest-ivw-5529@workable.com",
        "Interview with ShiftNest for Clinical Operations Director", "20250327T200000", "20250327T204500", "Z",
        (1, "ShiftNest", "Clinical Operations Director", "", "noah@shiftnest.com;aisha.k@shiftnest.com",
         "workable-nostage-en"),
        organizer=org("noah@shiftnest.com", "Noah Feldman"),
        attendees=[att(ME_Y, "Marcus Webb"), att("aisha.k@shiftnest.com", "Aisha Kareem")],
        desc="Hi Marcus, looking forward to chatting about the Clinical Operations Director role at ShiftNest. "
             "Aisha (our Chief Nursing Advisor) will join me.\n\n" + meet("sfn-cod-xyz") + "\n\nSent via Workable",
        prodid="-//Workable//EN"))
    o.append(one(
        "outlook-altdesc-en", "040000008200E00074C5B7101A82E00800000000HEARTLANDSL0311",
        "Phone Interview - Regional Director of Nursing - Marcus Webb", "20250311T140000", "20250311T143000",
        "Central Standard Time",
        (1, "Heartland Senior Living", "Regional Director of Nursing", "recruiter_screen",
         "sfoley@heartlandsl.com", "outlook-altdesc-phone-en"),
        organizer=org("sfoley@heartlandsl.com", "Foley, Shannon"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Marcus,\n\nThank you for applying to Heartland Senior Living. I will call you at 773-555-0188 for a "
             "30-minute phone interview.\n\nShannon Foley | Talent Acquisition Specialist",
        alt="<html><body><p>Marcus,</p><p>Thank you for applying to <b>Heartland Senior Living</b>. I will call you "
            "at 773-555-0188 for a 30-minute phone interview.</p><p>Shannon Foley</p></body></html>",
        prodid=P_OUTLOOK))
    o.append(one(
        "zoom-final-en", "cbh-final-dco-0416@cornerstonebh.org", "Final Interview: Director of Clinical Operations",
        "20250416T110000", "20250416T123000", CHI,
        (1, "Cornerstone Behavioral Health", "Director of Clinical Operations", "final",
         "kmorrow@cornerstonebh.org;dpeters@cornerstonebh.org", "zoom-final-en"),
        organizer=org("hr@cornerstonebh.org", "Cornerstone HR"),
        attendees=[att(ME_Y, "Marcus Webb"), att("kmorrow@cornerstonebh.org", "Keith Morrow, CEO"),
                   att("dpeters@cornerstonebh.org", "Dana Peters, Board Chair"),
                   att("hr@cornerstonebh.org", "Cornerstone HR", role="NON-PARTICIPANT")],
        desc="Final conversation with Keith Morrow (CEO) and Dana Peters (Board Chair).\n\n" +
             zoom("640 118 2290", "Q0JIZmluYWw"), prodid=P_GOOGLE))
    o.append(one(
        "gov-panel-en", "fvphd-oral-board-2025-07@foxvalleyhealth.gov", "Oral Board Interview - Nursing Services "
        "Director", "20250408T090000", "20250408T100000", CHI,
        (1, "Fox Valley Public Health District", "Nursing Services Director", "onsite",
         "Gail Norquist;Samuel Otieno;Pat Lindqvist", "gov-oral-board-en"),
        organizer=org("hr@foxvalleyhealth.gov", "FVPHD Human Resources"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="You are scheduled for an oral board interview for Nursing Services Director (Exam #2025-07). Board: "
             "Gail Norquist (Health Administrator), Dr. Samuel Otieno (Medical Director), Pat Lindqvist (Board of "
             "Health). Report 15 minutes early to Room 210 with photo ID.",
        loc="Fox Valley Public Health District, 601 Lincolnway, Geneva IL, Room 210", prodid=P_OUTLOOK))
    o.append(one(
        "ios-hand-en", "7C1E9A22-0B44-4C61-A7F3-PULSEWISE-SCREEN", "Pulsewise screen", "20250305T100000",
        "20250305T103000", None,
        (1, "Pulsewise", "", "recruiter_screen", "Hannah", "ios-terse-hand-en"),
        desc="Hannah from Pulsewise recruiting. video link in email", prodid=P_IOS, method=None, status=None))
    o.append(one(
        "google-direct-en", "2m5t9x1b4careloophm@google.com", "CareLoop - conversation with Tomás (VP Ops)",
        "20250319T150000", "20250319T154500", CHI,
        (1, "CareLoop", "Director of Nurse Operations", "hiring_manager", "tomas@careloop.io", "google-direct-en"),
        organizer=org("tomas@careloop.io", "Tomás Varela"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Hiring manager round for Director of Nurse Operations. I'd love to hear how you run staffing "
             "huddles.\n\n" + meet("clp-vpo-tms") + gcal_footer()))
    o.append(one(
        "technical-sim-en", "grmc-simlab-0423@gatewayrmc.org", "Leadership simulation - ACNO candidate M. Webb",
        "20250423T080000", "20250423T120000", CHI,
        (1, "Gateway Regional Medical Center", "Associate Chief Nursing Officer", "technical",
         "amonroe@gatewayrmc.org;kbishop@gatewayrmc.org", "in-basket-simulation-en"),
        organizer=org("amonroe@gatewayrmc.org", "Monroe, Alicia", sent_by="jnguyen@gatewayrmc.org"),
        attendees=[att(ME_Y, "Marcus Webb"), att("kbishop@gatewayrmc.org", "Bishop, Kevin"),
                   room("simlab-b@gatewayrmc.org", "Simulation Lab B")],
        desc="In-basket exercise and staffing crisis simulation, followed by debrief with Dr. Monroe and Kevin "
             "Bishop (CHRO). Jenny Nguyen will meet you at the lobby.", prodid=P_EXCH))
    o.append(one(
        "toronto-screen-en", "dvhp-screen-0403@dvhp.ca", "Phone screen: Director, Clinical Operations (DVHP)",
        "20250403T120000", "20250403T123000", "Eastern Standard Time",
        (1, "Don Valley Health Partners", "Director, Clinical Operations", "recruiter_screen", "ochen@dvhp.ca",
         "windows-eastern-toronto-en"),
        organizer=org("ochen@dvhp.ca", "Chen, Olivia"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Hi Marcus, quick screening call before we set up the panel. Work permit questions welcome. - Olivia",
        prodid=P_OUTLOOK))
    o.append(one(
        "workday-en-2", "WD-INT-000191877@glrmc.myworkday.com",
        "Interview: R-20418 Director of Nursing - Surgical Services - Hiring Manager", "20250326T130000",
        "20250326T140000", CHI,
        (1, "Great Lakes Regional Medical Center", "Director of Nursing - Surgical Services", "hiring_manager",
         "mcarlson@glrmc.org", "workday-hm-en"),
        organizer=org("glrmc@myworkday.com", "Great Lakes Regional Medical Center"),
        attendees=[att(ME_Y, "Marcus Webb"), att("mcarlson@glrmc.org", "Megan Carlson")],
        desc="Interview Type: Video - Hiring Manager\nInterviewer: Megan Carlson, VP Perioperative Services\n\n" +
             teams("7712093384"), prodid="-//Workday Inc//Workday Recruiting//EN"))
    o.append(one(
        "apple-allday-en", "F1B7D0C2-5E6A-4C11-9A8F-NSSP-ONSITE", "North Star Surgical - onsite (MSP)",
        "20250429", "20250430", "DATE",
        (1, "North Star Surgical Partners", "Clinical Operations Manager", "onsite", "",
         "apple-allday-hand-en"),
        desc="fly ORD-MSP 6:10am. interviews 9-2 at Edina center. Erik sending agenda", prodid=P_APPLE,
        method=None, status=None))
    o.append(one(
        "google-es-zoom", "8ah2k5q9lat-zoom-es@google.com", "Entrevista - Coordinador de Enfermería Bilingüe "
        "(Vida Sana Clinics)", "20250415T160000", "20250415T164500", "Z",
        (1, "Vida Sana Clinics", "Coordinador de Enfermería Bilingüe", "hiring_manager",
         "ecastro@vidasanaclinics.com", "zoom-es"),
        organizer=org("ecastro@vidasanaclinics.com", "Elena Castro"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Hola Marcus, te comparto el enlace para nuestra entrevista. Soy la directora de operaciones y "
             "gerente del puesto.\n\nUnirse a la reunión Zoom\nhttps://us02web.zoom.us/j/83300114422\nID de "
             "reunión: 833 0011 4422\nCódigo de acceso: 551902", xwr=CHI))
    o.append(one(
        "greenhouse-final-en", "9a0e1f2c-gh-pulsewise-final@greenhouse.io",
        "Marcus Webb - Final Interview (Executive) - Pulsewise", "20250402T160000", "20250402T170000", "Z",
        (1, "Pulsewise", "Clinical Operations Manager", "final", "jon.pike@pulsewise.com;ayo.bello@pulsewise.com",
         "greenhouse-final-en"),
        organizer=org("hannah.ruiz@pulsewise.com", "Hannah Ruiz"),
        attendees=[att(ME_Y, "Marcus Webb"), att("jon.pike@pulsewise.com", "Jon Pike"),
                   att("ayo.bello@pulsewise.com", "Ayo Bello"),
                   att("interviews@pulsewise.com", "Pulsewise Interviews", role="NON-PARTICIPANT", cutype="RESOURCE")],
        desc="Final round with Jon Pike (CEO) and Ayo Bello (CMO).\n\n" + zoom("842 7720 1180", "UHVsc2Vf") +
             "\n\nScheduled via Greenhouse"))
    o.append(one(
        "lever-screen-en", "lever-9c3d-nurseflow-screen@hire.lever.co",
        "Nurseflow: Phone screen w/ Marcus Webb", "20250310T180000", "20250310T183000", "Z",
        (1, "Nurseflow", "Director, Clinical Partnerships", "recruiter_screen", "kim@nurseflow.com",
         "lever-phone-en"),
        organizer=org("kim@nurseflow.com", "Kim Albright"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Director, Clinical Partnerships - recruiter phone screen. Kim will call you.\n\nSent by Lever"))
    o.append(one(
        "mercy-onsite-outlook", "040000008200E00074C5B7101A82E00800000000MERCYVALLEYONSITE0430",
        "Onsite - Clinical Operations Director - Webb", "20250430T080000", "20250430T120000", "Central Standard Time",
        (1, "Mercy Valley Health System", "Clinical Operations Director", "onsite",
         "glind@mercyvalley.org;tharper@mercyvalley.org;amensah@mercyvalley.org", "outlook-onsite-rooms-en"),
        organizer=org("glind@mercyvalley.org", "Lind, Gregory", sent_by="kstroud@mercyvalley.org"),
        attendees=[att(ME_Y, "Marcus Webb"), att("tharper@mercyvalley.org", "Harper, Tina"),
                   att("amensah@mercyvalley.org", "Mensah, Anita"),
                   att("kstroud@mercyvalley.org", "Stroud, Kayla", role="OPT-PARTICIPANT"),
                   room("mv-boardroom@mercyvalley.org", "MV Boardroom 3rd Fl")],
        desc="Agenda: 8:00 Gregory Lind; 9:00 Tina Harper (CNO); 10:00 Anita Mensah; 11:00 lunch with unit "
             "directors. Kayla Stroud (Recruiting) will escort you.", prodid=P_EXCH))
    o.append(one(
        "ical-floating-es", "B3E8C7A1-ESPERANZA-IOS", "Entrevista La Esperanza - 2a ronda", "20250411T100000",
        "20250411T113000", None,
        (1, "Centro Médico La Esperanza", "", "", "", "ios-hand-es"),
        desc="con la directora médica y el jefe de enfermería. llevar licencia RN y títulos",
        loc="Centro Médico La Esperanza, 1801 S Ashland Ave, Chicago", prodid=P_IOS, method=None, status=None))
    o.append(one(
        "meet-de-founder", "3r7w0p2kj5ku-founder@google.com", "Kennenlernen Marcus / Florian (Vitalora)",
        "20250407T150000", "20250407T153000", "Z",
        (1, "Vitalora", "Head of Clinical Operations North America", "hiring_manager", "florian.beck.mail@gmx.de",
         "freemail-founder-de"),
        organizer=org("florian.beck.mail@gmx.de", "Florian Beck"), attendees=[att(ME_Y, "Marcus Webb")],
        desc="Hi Marcus, wie besprochen: kurzes Gespräch zur Rolle Head of Clinical Operations North America bei "
             "Vitalora (wir sind noch zu dritt, daher meine private Adresse). Gerne auf Englisch.\n\n" +
             meet("vtl-kenn-lrn", "de")))
    o.append(one(
        "smartrecruiters-final-en", "sr-9c0d2e3f@smartrecruiters.com",
        "Final interview - Director of Nursing - Buckeye Rehabilitation Institute", "20250417T100000",
        "20250417T120000", "America/New_York",
        (1, "Buckeye Rehabilitation Institute", "Director of Nursing", "final",
         "dkirkland@buckeyerehab.org;wgrant@buckeyerehab.org", "smartrecruiters-final-en"),
        organizer=org("talent@buckeyerehab.org", "BRI Talent"),
        attendees=[att(ME_Y, "Marcus Webb"), att("dkirkland@buckeyerehab.org", "Denise Kirkland"),
                   att("wgrant@buckeyerehab.org", "Walter Grant")],
        desc="Final onsite with Denise Kirkland (CCO) and Walter Grant (CEO). 1800 Zollinger Rd, Columbus, OH.\n\n"
             "This invitation was sent via SmartRecruiters.", prodid="-//SmartRecruiters//Interview Scheduler//EN"))
    o.append(one(
        "no-stage-en", "hsl-followup-0320@heartlandsl.com", "Heartland Senior Living - follow-up conversation",
        "20250320T150000", "20250320T154500", CHI,
        (1, "Heartland Senior Living", "Regional Director of Nursing", "", "vpruitt@heartlandsl.com",
         "no-stage-en"),
        organizer=org("sfoley@heartlandsl.com", "Shannon Foley"),
        attendees=[att(ME_Y, "Marcus Webb"), att("vpruitt@heartlandsl.com", "Vernon Pruitt")],
        desc="Next step in the Regional Director of Nursing process: conversation with Vernon Pruitt, VP of "
             "Operations.\n\n" + zoom("912 440 7733", "SFNMZm9s"), prodid=P_GOOGLE))
    return o
