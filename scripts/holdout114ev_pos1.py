"""holdout114 interviews, part 1: ATS and scheduler invitations (Greenhouse, Lever, Ashby, Workday ...)."""

from __future__ import annotations

from holdout114ev_common import ME, cal, d, ev, g_att

V = "Europe/Vienna"
B = "Europe/Berlin"


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    desc = (
        "Hi Tobias,\n\nThank you for your interest in Alpenrose Hotels & Resorts! We're excited to confirm your "
        "interview for the Director Resort Operations (Tyrol Cluster) position.\n\nSchedule (CET):\n"
        "10:00 - 10:30  Katrin Obermoser, Senior Talent Acquisition Partner\n\n"
        "Join with Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE\n\n"
        "If you need to reschedule, please reply to this email.\n\nBest,\nNina Wallner\nRecruiting Coordinator"
    )
    out.append(ev("greenhouse-en", cal([[
        "DTSTAMP:20250303T091544Z",
        "UID:7f1c2a9e-4b51-4f0e-9d0c-1b2e3f4a5c6d@greenhouse.io",
        "DTSTART;TZID=Europe/Vienna:20250311T100000",
        "DTEND;TZID=Europe/Vienna:20250311T103000",
        "SUMMARY:Interview: Tobias Gruber for Director Resort Operations (Tyrol Cluster)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=Nina Wallner:mailto:nina.wallner@alpenrose-hotels.com",
        g_att("katrin.obermoser@alpenrose-hotels.com", "Katrin Obermoser"),
        g_att(ME, "Tobias Gruber"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]], "-//Greenhouse Software//Interview Scheduler//EN", tzids=(V,)),
        1, "Alpenrose Hotels & Resorts", "Director Resort Operations (Tyrol Cluster)", "recruiter_screen",
        "katrin.obermoser@alpenrose-hotels.com"))

    desc = (
        "Hi Tobias,\n\nas discussed, here is the invite for your case study presentation for the Head of Partner "
        "Resorts role at Snowcation.\n\nFormat: 20 min presentation of your go-to-market plan for 15 new partner "
        "resorts in Tyrol and Salzburg, 25 min Q&A.\n\nPanel:\n- Jonas Reindl (VP Supply)\n"
        "- Mia Castellanos (Partner Success Lead)\n\nGoogle Meet: https://meet.google.com/snw-qpxe-hto\n\n"
        "Scheduled via Lever on behalf of Snowcation GmbH."
    )
    out.append(ev("lever-case-en", cal([[
        "DTSTART:20250318T130000Z",
        "DTEND:20250318T141500Z",
        "DTSTAMP:20250310T160212Z",
        "ORGANIZER;CN=Hanna Vogt:mailto:hanna.vogt@snowcation.de",
        "UID:lever-interview-2f6e0d71c3a84e2b9b7a@hire.lever.co",
        g_att("jonas.reindl@snowcation.de", "Jonas Reindl"),
        g_att("mia.castellanos@snowcation.de", "Mia Castellanos"),
        g_att(ME, "Tobias Gruber"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:https://meet.google.com/snw-qpxe-hto",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Snowcation | Case Study Presentation – Tobias Gruber",
        "TRANSP:OPAQUE",
    ]], "-//Lever//Lever Hire//EN"),
        1, "Snowcation", "Head of Partner Resorts", "technical",
        "jonas.reindl@snowcation.de;mia.castellanos@snowcation.de"))

    desc = (
        "Interview details\n\nCandidate: Tobias Gruber\nPosition: Customer Success Lead – Ski Resorts (DACH)\n"
        "Stage: Hiring Manager Interview\nInterviewer: Veronika Platzer (Head of Customer Success)\n\n"
        "Zoom: https://us06web.zoom.us/j/83920417765?pwd=cHlzdGVu\nMeeting ID: 839 2041 7765\n\n"
        "Powered by Ashby"
    )
    out.append(ev("ashby-hm-en", cal([[
        "UID:ashby-5c0f8e92-7d11-4c5a-a3f8-b76b0e91a2d4",
        "DTSTAMP:20250314T080011Z",
        "DTSTART;TZID=Europe/Vienna:20250320T150000",
        "DTEND;TZID=Europe/Vienna:20250320T154500",
        "SUMMARY:Pistenwerk Analytics – Hiring Manager Interview with Tobias Gruber",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Zoom",
        "ORGANIZER;CN=Pistenwerk Recruiting:mailto:recruiting@pistenwerk.io",
        g_att("veronika.platzer@pistenwerk.io", "Veronika Platzer"),
        g_att(ME, "Tobias Gruber"),
    ]], "-//Ashby//Ashby Scheduling//EN", tzids=(V,)),
        1, "Pistenwerk Analytics", "Customer Success Lead – Ski Resorts (DACH)", "hiring_manager",
        "veronika.platzer@pistenwerk.io"))

    desc = (
        "Dear Tobias Gruber,\n\nYour interview has been scheduled.\n\nJob Requisition: JR-2025-0417 Resort "
        "Operations Manager – Sonnwend Resort Obergurgl\nInterview Type: Hiring Manager\nInterviewer(s): "
        "Gabriele Santer, General Manager\nLocation: Microsoft Teams (link below)\n\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ALG0417\n\n"
        "Alpine Leisure Group Talent Acquisition\nThis is an automated message from Workday. Please do not reply."
    )
    out.append(ev("workday-hm-en", cal([[
        "UID:WD-INTERVIEW-8812d9a1f3c74b6e@alpineleisure.myworkday.com",
        "DTSTAMP:20250321T121900Z",
        "SEQUENCE:0",
        "DTSTART:20250327T080000Z",
        "DTEND:20250327T090000Z",
        "SUMMARY:Interview: Resort Operations Manager – Sonnwend Resort Obergurgl (JR-2025-0417)",
        "DESCRIPTION:" + d(desc),
        "ORGANIZER;CN=Alpine Leisure Group:mailto:alpineleisure@myworkday.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Gabriele Santer:mailto:gabriele.santer@alpineleisure.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tobias Gruber:mailto:" + ME,
        "STATUS:CONFIRMED",
    ]], "-//Workday//Recruiting Calendar//EN"),
        1, "Sonnwend Resort Obergurgl", "Resort Operations Manager", "hiring_manager",
        "gabriele.santer@alpineleisure.com", "workday-subsidiary-en"))

    desc = (
        "Hola Tobias:\n\nGracias por tu interés en Hoteles Montaña Blanca. Te confirmamos la entrevista para el "
        "puesto de Director/a de Operaciones – Hotel Montaña Blanca Sölden (Austria).\n\n"
        "Primera entrevista con Lucía Ferrer (Talent Acquisition) por videollamada.\nDuración: 30 minutos\n"
        "Enlace: https://meet.google.com/hmb-ueaw-sol\n\nUn saludo,\nEquipo de Selección"
    )
    out.append(ev("smartrecruiters-es", cal([[
        "UID:SR-IV-6a3b1f20-9e4d-41b8-bc2e-0f55a7d8c913",
        "DTSTAMP:20250304T101010Z",
        "DTSTART;TZID=Europe/Madrid:20250307T110000",
        "DTEND;TZID=Europe/Madrid:20250307T113000",
        "SUMMARY:Entrevista con Hoteles Montaña Blanca – Director/a de Operaciones Sölden",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Videollamada (Google Meet)",
        "ORGANIZER;CN=Hoteles Montaña Blanca:mailto:no-reply@smartrecruiters.com",
        "ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT:mailto:lucia.ferrer@montanablanca.es",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
    ]], "-//SmartRecruiters//Interview Scheduling//EN", tzids=("Europe/Madrid",)),
        1, "Hoteles Montaña Blanca", "Director/a de Operaciones", "recruiter_screen",
        "lucia.ferrer@montanablanca.es"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihre Bewerbung als Geschäftsführer/in (m/w/d) des "
        "Tourismusverbandes Wipptal-Brenner. Gerne laden wir Sie zu einem persönlichen Gespräch ein.\n\n"
        "Ort: Büro TVB, Rathausplatz 3, 6150 Steinach am Brenner, 1. Stock\nGesprächspartner: Obmann Josef Mair "
        "und Obmann-Stv. Andrea Hörtnagl\n\nBitte bringen Sie Ihre Zeugnisse im Original mit.\n\n"
        "Mit freundlichen Grüßen\nDaniela Kerschbaumer\nAssistenz der Geschäftsführung"
    )
    out.append(ev("personio-de", cal([[
        "UID:personio-appointment-2417793@personio.de",
        "DTSTAMP:20250312T073000Z",
        "DTSTART;TZID=Europe/Vienna:20250319T170000",
        "DTEND;TZID=Europe/Vienna:20250319T180000",
        "SUMMARY:Vorstellungsgespräch | Geschäftsführer/in (m/w/d) | Tobias Gruber",
        "DESCRIPTION:" + d(desc),
        "LOCATION:" + d("TVB Wipptal-Brenner, Rathausplatz 3, 6150 Steinach am Brenner"),
        "ORGANIZER;CN=Daniela Kerschbaumer:mailto:bewerbung@wipptal-brenner.at",
        "ATTENDEE;CN=Josef Mair;ROLE=REQ-PARTICIPANT:mailto:obmann@wipptal-brenner.at",
        "ATTENDEE;CN=Andrea Hörtnagl;ROLE=REQ-PARTICIPANT:mailto:a.hoertnagl@wipptal-brenner.at",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
    ]], "-//Personio GmbH//Personio//DE", tzids=(V,)),
        1, "Tourismusverband Wipptal-Brenner", "Geschäftsführer/in (m/w/d)", "",
        "obmann@wipptal-brenner.at;a.hoertnagl@wipptal-brenner.at"))

    desc = (
        "Hej Tobias!\n\nThanks for booking a time with us. You'll meet Raphael Neuner (Co-Founder & CEO) for a "
        "first chat about the Head of Guest Experience role.\n\nVideo call: https://meet.google.com/gpw-kezt-mrn\n"
        "\nNeed to change the time? Use this link: https://gipfelwerk.teamtailor.com/interviews/reschedule/d83k"
        "\n\nBest regards,\nGipfelwerk Events GmbH"
    )
    out.append(ev("teamtailor-en", cal([[
        "UID:teamtailor-meeting-49c2d77e-5a0b-4a5c-9b24-2c1c6e6f1a03",
        "DTSTAMP:20250305T145501Z",
        "DTSTART:20250310T083000Z",
        "DTEND:20250310T090000Z",
        "SUMMARY:Interview: Head of Guest Experience @ Gipfelwerk",
        "DESCRIPTION:" + d(desc),
        "LOCATION:https://meet.google.com/gpw-kezt-mrn",
        "ORGANIZER;CN=Gipfelwerk Events:mailto:no-reply@teamtailor.com",
        "ATTENDEE;CN=Raphael Neuner:mailto:raphael@gipfelwerk.events",
        "ATTENDEE;CN=Tobias Gruber:mailto:" + ME,
    ]], "-//Teamtailor//Teamtailor Calendar//EN", method="PUBLISH"),
        1, "Gipfelwerk Events", "Head of Guest Experience", "recruiter_screen", "raphael@gipfelwerk.events"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Position "
        "Leitung Tourist-Information (m/w/d) bei uns vor Ort einzuladen.\n\nIhre Gesprächspartner:\n"
        "Dr. Andreas Kögel, Geschäftsführer\nMelanie Reiter, Personalreferentin\n\n"
        "Adresse: Werdenfelser Ferienland GmbH, Bahnhofstraße 14, 82467 Garmisch-Partenkirchen\n"
        "Parkplätze im Hof.\n\nDiese Einladung wurde über softgarden versendet."
    )
    out.append(ev("softgarden-onsite-de", cal([[
        "UID:sg-7712093-int-1@softgarden.io",
        "DTSTAMP:20250402T081500Z",
        "DTSTART;TZID=Europe/Berlin:20250409T093000",
        "DTEND;TZID=Europe/Berlin:20250409T110000",
        "SUMMARY:Vorstellungsgespräch vor Ort: Leitung Tourist-Information (m/w/d)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:" + d("Bahnhofstraße 14, 82467 Garmisch-Partenkirchen"),
        "ORGANIZER;CN=Werdenfelser Ferienland GmbH:mailto:noreply@softgarden.io",
        "ATTENDEE;CN=Dr. Andreas Kögel;ROLE=REQ-PARTICIPANT:mailto:a.koegel@werdenfelser-ferienland.de",
        "ATTENDEE;CN=Melanie Reiter;ROLE=REQ-PARTICIPANT:mailto:m.reiter@werdenfelser-ferienland.de",
        "ATTENDEE;CN=Tobias Gruber;RSVP=TRUE:mailto:" + ME,
    ]], "-//softgarden e-recruiting GmbH//softgarden//DE", tzids=(B,)),
        1, "Werdenfelser Ferienland", "Leitung Tourist-Information (m/w/d)", "onsite",
        "a.koegel@werdenfelser-ferienland.de;m.reiter@werdenfelser-ferienland.de"))

    desc = (
        "Bonjour Tobias,\n\nMerci pour votre candidature au poste de Directeur·rice des opérations – Résidence "
        "Tyrol (Autriche). Vous échangerez avec Claire Dubois, Directrice Exploitation Alpes, votre future "
        "responsable.\n\nLien visio : https://meet.google.com/mnr-fxqa-tyr\n\nCordialement,\n"
        "L'équipe recrutement Montagne & Neige Resorts"
    )
    out.append(ev("workable-fr", cal([[
        "UID:workable-event-1c9e4f2b8a@workablemail.com",
        "DTSTAMP:20250317T090000Z",
        "DTSTART;TZID=Europe/Paris:20250324T140000",
        "DTEND;TZID=Europe/Paris:20250324T150000",
        "SUMMARY:Entretien : Directeur·rice des opérations – Résidence Tyrol",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Visio (Google Meet)",
        "ORGANIZER;CN=Montagne & Neige Resorts:mailto:montagne-neige@workablemail.com",
        "ATTENDEE;CN=Claire Dubois;ROLE=REQ-PARTICIPANT:mailto:claire.dubois@montagne-neige.fr",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT:mailto:" + ME,
    ]], "-//Workable//Workable Calendar//EN", tzids=("Europe/Paris",)),
        1, "Montagne & Neige Resorts", "Directeur·rice des opérations – Résidence Tyrol", "hiring_manager",
        "claire.dubois@montagne-neige.fr"))

    desc = (
        "Interview Confirmation\n\nCandidate: Tobias Gruber\nRequisition: 4471 – Director of Mountain "
        "Operations, Summit Crest Sölden\nRound: Final Panel Interview (60 min)\n\nPanel:\n"
        "Bradley Hoch, SVP European Operations\nEmma Lindqvist, VP People\nDaniel Strobl, GM Summit Crest Sölden"
        "\n\nWebex: https://summitcrest.webex.com/meet/final-panel-4471\n\nCoordinator: Ashley Moreno "
        "(not on the panel)"
    )
    out.append(ev("icims-final-en", cal([[
        "UID:iCIMS-4471-TG-20250408T1600",
        "DTSTAMP:20250401T220055Z",
        "DTSTART:20250408T140000Z",
        "DTEND:20250408T150000Z",
        "SUMMARY:Interview Confirmation: Director of Mountain Operations – Summit Crest Sölden (Req 4471)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Webex",
        "ORGANIZER;CN=Ashley Moreno:mailto:ashley.moreno@summitcrestresorts.com",
        "ATTENDEE;CN=Bradley Hoch:mailto:bradley.hoch@summitcrestresorts.com",
        "ATTENDEE;CN=Emma Lindqvist:mailto:emma.lindqvist@summitcrestresorts.com",
        "ATTENDEE;CN=Daniel Strobl:mailto:daniel.strobl@summitcrestresorts.com",
        "ATTENDEE;CN=Tobias Gruber;RSVP=TRUE:mailto:" + ME,
    ]], "-//iCIMS//iCIMS Talent Platform//EN"),
        1, "Summit Crest Resorts", "Director of Mountain Operations", "final",
        "bradley.hoch@summitcrestresorts.com;emma.lindqvist@summitcrestresorts.com;"
        "daniel.strobl@summitcrestresorts.com"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nhiermit bestätigen wir Ihren Interviewtermin.\n\nStelle: Bankett- & "
        "Eventleitung (m/w/d), Seehotel Rottach\nGesprächsart: Fachgespräch inkl. Fallbeispiel "
        "Hochzeitssaison\nGesprächspartner: Stefan Brandl (Direktor F&B), Julia Maier (Eventmanagerin)\n\n"
        "Treffpunkt: Rezeption Seehotel Rottach, Seestraße 21, 83700 Rottach-Egern\n\n"
        "Ihr Recruiting-Team der Tegernseer Hofhotels"
    )
    out.append(ev("successfactors-technical-de", cal([[
        "UID:SF_INTERVIEW_88120_3309_TG",
        "DTSTAMP:20250404T120000Z",
        "DTSTART;TZID=Europe/Berlin:20250414T110000",
        "DTEND;TZID=Europe/Berlin:20250414T123000",
        "SUMMARY:Interviewtermin: Fachgespräch Bankett- & Eventleitung (m/w/d)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:" + d("Seehotel Rottach, Seestraße 21, 83700 Rottach-Egern"),
        "ORGANIZER;CN=Tegernseer Hofhotels Recruiting:mailto:recruiting@tegernseer-hofhotels.de",
        "ATTENDEE;CN=Stefan Brandl;ROLE=REQ-PARTICIPANT:mailto:s.brandl@tegernseer-hofhotels.de",
        "ATTENDEE;CN=Julia Maier;ROLE=REQ-PARTICIPANT:mailto:j.maier@tegernseer-hofhotels.de",
        "ATTENDEE;CN=Tobias Gruber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + ME,
    ]], "-//SAP SuccessFactors//Recruiting Management//EN", tzids=(B,)),
        1, "Tegernseer Hofhotels", "Bankett- & Eventleitung (m/w/d)", "technical",
        "s.brandl@tegernseer-hofhotels.de;j.maier@tegernseer-hofhotels.de"))

    desc = (
        "Hi Tobias,\n\nHere is your onsite interview schedule for the Country Manager Austria role at Peakline "
        "Mountain Holidays. All times Vienna time.\n\n09:30 Welcome & office tour – Sophie Carter (Recruiting "
        "Coordinator)\n10:00 Operations deep-dive – Oliver Grant, Director Operations\n"
        "10:45 Commercial case – Priya Nair, Head of Commercial\n11:30 Culture & values – Markus Pichler, "
        "Country Manager Switzerland\n\nAddress: Peakline Mountain Holidays, Maria-Theresien-Straße 18, "
        "6020 Innsbruck (3rd floor)\n\nScheduled with GoodTime"
    )
    out.append(ev("goodtime-onsite-en", cal([[
        "UID:goodtime-2d1e7b3c-0f4a-4e8b-8a61-7a3c9f0e5b12",
        "DTSTAMP:20250409T101500Z",
        "DTSTART;TZID=Europe/Vienna:20250416T093000",
        "DTEND;TZID=Europe/Vienna:20250416T121500",
        "SUMMARY:Onsite Interview – Tobias Gruber – Country Manager Austria",
        "DESCRIPTION:" + d(desc),
        "LOCATION:" + d("Maria-Theresien-Straße 18, 6020 Innsbruck"),
        "ORGANIZER;CN=Sophie Carter:mailto:sophie.carter@peakline-holidays.co.uk",
        g_att("oliver.grant@peakline-holidays.co.uk", "Oliver Grant"),
        g_att("priya.nair@peakline-holidays.co.uk", "Priya Nair"),
        g_att("markus.pichler@peakline-holidays.co.uk", "Markus Pichler"),
        g_att(ME, "Tobias Gruber"),
    ]], "-//GoodTime.io//GoodTime Hire//EN", tzids=(V,)),
        1, "Peakline Mountain Holidays", "Country Manager Austria", "onsite",
        "oliver.grant@peakline-holidays.co.uk;priya.nair@peakline-holidays.co.uk;"
        "markus.pichler@peakline-holidays.co.uk"))

    desc = (
        "Hi Tobias,\n\nYou're confirmed for your Hiring Manager Interview for Head of Destination Partnerships.\n"
        "\nInterviewer: Felix Brunnhuber (Chief Commercial Officer)\nDuration: 45 min\n"
        "Join: https://alpstay.zoom.us/j/96610033871\n\nScheduled by Lena Scholz via ModernLoop"
    )
    out.append(ev("modernloop-hm-en", cal([[
        "UID:ml-evt-0b7f9a3e41d2c5@modernloop.io",
        "DTSTAMP:20250325T174400Z",
        "DTSTART;TZID=Europe/Berlin:20250401T100000",
        "DTEND;TZID=Europe/Berlin:20250401T104500",
        "SUMMARY:Tobias Gruber <> Alpstay | Hiring Manager Interview (Head of Destination Partnerships)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:https://alpstay.zoom.us/j/96610033871",
        "ORGANIZER;CN=Lena Scholz:mailto:lena.scholz@alpstay.com",
        "ATTENDEE;CN=Felix Brunnhuber;PARTSTAT=ACCEPTED:mailto:felix.brunnhuber@alpstay.com",
        "ATTENDEE;CN=Tobias Gruber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
    ]], "-//ModernLoop//Scheduling//EN", tzids=(B,)),
        1, "Alpstay", "Head of Destination Partnerships", "hiring_manager", "felix.brunnhuber@alpstay.com"))

    desc = (
        "Eventname: Erstgespräch Bewerbung (30 Min.)\n\nNeues Ereignis zwischen Claudia Pfister und Tobias "
        "Gruber.\n\nOrt: Telefonanruf – Claudia ruft Sie unter +43 664 2210 871 an.\n\n"
        "Bitte teilen Sie alles mit, was zur Vorbereitung auf unser Treffen beitragen kann:\n"
        "Bewerbung Leitung Sport & Wellness\n\nBenötigen Sie Änderungen an diesem Ereignis?\n"
        "Absagen: https://calendly.com/cancellations/5e0a1f2b\nNeu planen: https://calendly.com/reschedulings/5e0a"
        "\n\nUnterstützt von Calendly.com"
    )
    out.append(ev("calendly-phone-de", cal([[
        "DTSTART:20250306T150000Z",
        "DTEND:20250306T153000Z",
        "DTSTAMP:20250303T201544Z",
        "ORGANIZER;CN=Claudia Pfister:mailto:c.pfister@tannhof-seefeld.at",
        "UID:2c93a0d0-3f0e-4d77-9a15-calendly-8811",
        g_att(ME, "Tobias Gruber", ps="ACCEPTED"),
        g_att("c.pfister@tannhof-seefeld.at", "Claudia Pfister", ps="ACCEPTED"),
        "DESCRIPTION:" + d(desc),
        "LOCATION:Telefonanruf",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Erstgespräch Bewerbung zwischen Claudia Pfister und Tobias Gruber",
    ]], "-//Calendly//Calendly//EN"),
        1, "Hotel Tannhof Seefeld", "Leitung Sport & Wellness", "recruiter_screen", "c.pfister@tannhof-seefeld.at",
        "calendly-phone-de"))

    desc = (
        "Was: Kennenlernen – Leitung Marketing & Vertrieb\nWer:\nLisa Egger – Organisator\nlisa.egger@"
        "kaisergebirge-bahnen.at\nTobias Gruber\n" + ME + "\nWo: Cal Video\nhttps://app.cal.com/video/kgb7Qx1"
        "\n\nZusätzliche Notizen: Erstes Gespräch mit HR, ca. 30 Minuten.\n\nPowered by Cal.com"
    )
    out.append(ev("calcom-de", cal([[
        "UID:calcom-b1e4c6a8d2f0@cal.com",
        "DTSTAMP:20250407T073312Z",
        "DTSTART:20250410T070000Z",
        "DTEND:20250410T073000Z",
        "SUMMARY:Kennenlernen – Leitung Marketing & Vertrieb zwischen Lisa Egger und Tobias Gruber",
        "DESCRIPTION:" + d(desc),
        "LOCATION:https://app.cal.com/video/kgb7Qx1",
        "ORGANIZER;CN=Lisa Egger:mailto:lisa.egger@kaisergebirge-bahnen.at",
        "ATTENDEE;CN=Tobias Gruber;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:" + ME,
        "STATUS:CONFIRMED",
    ]], "-//Cal.com Inc.//Cal.com Event//EN"),
        1, "Kaisergebirge Bergbahnen", "Leitung Marketing & Vertrieb", "recruiter_screen",
        "lisa.egger@kaisergebirge-bahnen.at"))

    desc = (
        "Ihr Termin wurde gebucht.\n\nDienst: Bewerbungsgespräch Regionalleitung West\nMitarbeiter: "
        "Mag. Peter Wolf (Geschäftsführer, künftige Führungskraft)\n\nOrt: ASÖ Zentrale, Olympiastraße 10, "
        "6020 Innsbruck\n\nUm den Termin zu ändern oder abzusagen, verwenden Sie den Link in der "
        "Bestätigungs-E-Mail.\n\nAlpine Sportschulen Österreich GmbH"
    )
    out.append(ev("bookings-hm-de", cal([[
        "UID:040000008200E00074C5B7101A82E00800000000B0A7D3F4A19ADB01000000000000000010000000B3C2",
        "SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Regionalleitung West",
        "DTSTART;TZID=W. Europe Standard Time:20250423T140000",
        "DTEND;TZID=W. Europe Standard Time:20250423T150000",
        "DTSTAMP:20250414T091205Z",
        "DESCRIPTION;LANGUAGE=de-AT:" + d(desc),
        "LOCATION;LANGUAGE=de-AT:" + d("ASÖ Zentrale, Olympiastraße 10, 6020 Innsbruck"),
        "ORGANIZER;CN=ASÖ Bewerbung:mailto:ASOeBewerbung@alpinesportschulen.at",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wolf, Peter":mailto:peter.wolf@alpinesportschulen.at',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Gruber:mailto:" + ME,
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], "Microsoft Exchange Server 2010", tzids=("W. Europe Standard Time",)),
        1, "Alpine Sportschulen Österreich", "Regionalleitung West", "hiring_manager",
        "peter.wolf@alpinesportschulen.at", "ms-bookings-de"))

    desc = (
        "Sehr geehrter Herr Gruber,\n\nherzlichen Dank für Ihr Interesse an der Position Betriebsleiter-"
        "Stellvertretung (m/w/d). Wir laden Sie gerne zu einem Gespräch ein.\n\nTeilnehmer: DI Christoph Fiegl "
        "(Vorstand Technik), Ing. Martin Schöpf (Betriebsleiter)\nOrt: Talstation Hochstein, Verwaltung 2. OG\n"
        "\nFreundliche Grüße\nBergbahnen Hochstein-Wildkar AG\n\n-- versendet mit prescreen"
    )
    out.append(ev("prescreen-de", cal([[
        "UID:prescreen-interview-a7f30c99e1@prescreenapp.io",
        "DTSTAMP:20250328T110000Z",
        "DTSTART;TZID=Europe/Vienna:20250403T090000",
        "DTEND;TZID=Europe/Vienna:20250403T100000",
        "SUMMARY:Einladung: Vorstellungsgespräch Betriebsleiter-Stellvertretung (m/w/d)",
        "DESCRIPTION:" + d(desc),
        "LOCATION:Talstation Hochstein – Verwaltung",
        "ORGANIZER;CN=Bergbahnen Hochstein-Wildkar AG:mailto:jobs@hochstein-wildkar.at",
        "ATTENDEE;CN=DI Christoph Fiegl:mailto:c.fiegl@hochstein-wildkar.at",
        "ATTENDEE;CN=Ing. Martin Schöpf:mailto:m.schoepf@hochstein-wildkar.at",
        "ATTENDEE;CN=Tobias Gruber;RSVP=TRUE:mailto:" + ME,
    ]], "-//prescreen//Prescreen Interview//DE", tzids=(V,)),
        1, "Bergbahnen Hochstein-Wildkar", "Betriebsleiter-Stellvertretung (m/w/d)", "",
        "c.fiegl@hochstein-wildkar.at;m.schoepf@hochstein-wildkar.at"))

    return out
