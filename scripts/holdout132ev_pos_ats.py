"""holdout132: the user's own interviews sent by ATS tools (Greenhouse, Lever, Ashby, Workday, ...)."""

from __future__ import annotations

from holdout132ev_ics import TZ_BERLIN, TZ_UTC1_DE, cal, ev


def events() -> list[dict[str, str]]:
    out = []
    out.append(ev("greenhouse-en", cal("-//Greenhouse Software//Greenhouse Calendar//EN", r"""
        BEGIN:VEVENT
        DTSTAMP:20260211T091544Z
        DTSTART:20260224T130000Z
        DTEND:20260224T141500Z
        UID:interview-8841207-4411093@greenhouse.io
        SEQUENCE:0
        ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@orbiscale.nl
        ATTENDEE;CN=Dennis Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.ne
         t
        SUMMARY:Orbiscale - Technical Interview - Dennis Kowalczyk
        LOCATION:https://orbiscale.zoom.us/j/86120447731?pwd=Qm9yYmlz
        DESCRIPTION:Hi Dennis\,\n\nThank you for your interest in the Senior Cloud Engineer (Remote\, EU) role at Orbisc
         ale! This invite confirms your technical interview.\n\nYou will meet:\n- Maarten Visser\, Staff Platform Engine
         er\n- Priya Raman\, Engineering Manager\, Platform\n\nFormat: 75 minutes. We will walk through a Kubernetes/Ter
         raform scenario together and talk about incidents you have handled. No preparation needed beyond a working micr
         ophone.\n\nJoin Zoom Meeting\nhttps://orbiscale.zoom.us/j/86120447731?pwd=Qm9yYmlz\nMeeting ID: 861 2044 7731\n
         \nIf you need to reschedule\, just reply to this email.\n\nBest\,\nFemke Jansen\nTalent Acquisition Coordinator
         \, Orbiscale B.V.
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        END:VEVENT
        """), 1, "Orbiscale", "Senior Cloud Engineer", "technical",
        "maarten.visser@orbiscale.nl;priya.raman@orbiscale.nl", "greenhouse-en-coordinator"))

    out.append(ev("greenhouse-final-en", cal("-//Greenhouse Software//Greenhouse Calendar//EN", r"""
        BEGIN:VEVENT
        DTSTAMP:20260303T160210Z
        DTSTART:20260310T150000Z
        DTEND:20260310T154500Z
        UID:interview-8841207-4490518@greenhouse.io
        ORGANIZER;CN=Femke Jansen:mailto:femke.jansen@orbiscale.nl
        ATTENDEE;CN=Dennis Kowalczyk;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        SUMMARY:Final Interview: Dennis Kowalczyk <> Joost Hendriks (CTO)
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Hi Dennis\,\n\ncongrats on making it to the last step for Senior Cloud Engineer! Your final conversa
         tion is with Joost Hendriks\, our CTO and co-founder. Expect a relaxed talk about how you work\, what you want
          from your next role and any questions you have about Orbiscale.\n\n___________________________________________
         _____________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devi
         ce\nClick here to join the meeting\nMeeting ID: 318 552 904 117\nPasscode: t7XqPa\n____________________________
         ____________________________________________________\n\nFemke
        STATUS:CONFIRMED
        END:VEVENT
        """), 1, "Orbiscale", "Senior Cloud Engineer", "final", "joost.hendriks@orbiscale.nl",
        "greenhouse-final-cto-name-only-en"))

    out.append(ev("lever-phone-en", cal("-//Lever//Lever Hire Interview//EN", r"""
        BEGIN:VEVENT
        UID:lever-itv-3c1e0a7e-5b2d-4cf1-8e52-90ab6d1f44c2
        DTSTAMP:20260205T113012Z
        DTSTART:20260212T100000Z
        DTEND:20260212T103000Z
        SUMMARY:Phone Screen - Tallbridge Infrastructure (Dennis Kowalczyk)
        ORGANIZER;CN="Hollis, Grace":mailto:grace.hollis@tallbridge.co.uk
        ATTENDEE;CN="Dennis Kowalczyk";RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Grace Hollis";PARTSTAT=ACCEPTED:mailto:grace.hollis@tallbridge.co.uk
        LOCATION:Phone call - Grace will call you on +49 172 5530871
        DESCRIPTION:Interview for: Infrastructure Lead (Remote - Germany)\nInterviewer: Grace Hollis (Talent Partner)\n
         \nGrace will give you a call at the number above. The call is an introductory conversation about your backgroun
         d\, your notice period and salary expectations\, and what the team is building.\n\nPowered by Lever
        END:VEVENT
        """), 1, "Tallbridge Infrastructure", "Infrastructure Lead", "recruiter_screen",
        "grace.hollis@tallbridge.co.uk", "lever-phone-screen-en-utc"))

    out.append(ev("ashby-es", cal("-//Ashby//Interview Schedule//EN", r"""
        BEGIN:VEVENT
        UID:ashby-5f0e91c2-77aa-4d1e-b3a1-2c9dd04e8c51
        DTSTAMP:20260218T084500Z
        DTSTART;TZID=Europe/Berlin:20260226T160000
        DTEND;TZID=Europe/Berlin:20260226T164500
        SUMMARY:Entrevista con Nubaria: Hiring Manager (Dennis Kowalczyk)
        ORGANIZER;CN=Nubaria Cloud:mailto:no-reply@ashbyhq.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Laura Bermejo Ruiz;PARTSTAT=ACCEPTED:mailto:laura.bermejo@nubaria.es
        ATTENDEE;CN=Álvaro Peña;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:alvaro.pena@nubaria.es
        LOCATION:Google Meet
        DESCRIPTION:Hola Dennis\,\n\nte confirmamos la entrevista para el puesto de Cloud Engineer (SRE\, remoto UE).\n
         \nEntrevistadora: Laura Bermejo Ruiz\, Head of Infrastructure\nCoordinación: Álvaro Peña (Talent) - se conecta
          solo los primeros minutos para presentaros.\n\nLa conversación será en inglés.\n\nUnirse con Google Meet: http
         s://meet.google.com/nqb-ruxe-ahk\nUnirse por teléfono: (ES) +34 932 15 10 88 PIN: 503 118 442#\n\nSaludos\,\nEq
         uipo de Talento de Nubaria Cloud
        END:VEVENT
        """, tz=TZ_BERLIN), 1, "Nubaria Cloud", "Cloud Engineer (SRE)", "hiring_manager",
        "laura.bermejo@nubaria.es", "ashby-es-coordinator-optional"))

    out.append(ev("workday-de", cal("-//Workday Inc.//Workday Recruiting//DE", r"""
        BEGIN:VEVENT
        UID:WD-INTERVIEW-EVT-2026-000418734
        DTSTAMP:20260220T130211Z
        DTSTART:20260304T090000Z
        DTEND:20260304T100000Z
        SUMMARY:Interview: Senior Systemadministrator Windows/Citrix (m/w/d) - R-2026-0117
        ORGANIZER;CN=Rheinruhr Versicherung Recruiting:mailto:rheinruhr@myworkday.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Holger Wiesmann:mailto:holger.wiesmann@rheinruhr-versicherung.de
        ATTENDEE;CN=Tatjana Okonkwo:mailto:tatjana.okonkwo@rheinruhr-versicherung.de
        LOCATION:Rheinruhr Versicherung AG\, Königswall 40\, 44137 Dortmund\, Empfang Haus B
        DESCRIPTION:Sehr geehrter Herr Kowalczyk\,\n\nwir freuen uns\, Sie zu einem Zweitgespräch einzuladen.\n\nGespräc
         hspartner:\nHolger Wiesmann - Bereichsleiter IT-Betrieb\nTatjana Okonkwo - Teamleiterin Client & Server\n\nBitt
         e melden Sie sich 10 Minuten vorher am Empfang Haus B. Parkplätze stehen in der Tiefgarage zur Verfügung.\n\nMi
         t freundlichen Grüßen\nIhr Recruiting-Team der Rheinruhr Versicherung AG
        END:VEVENT
        """), 1, "Rheinruhr Versicherung", "Senior Systemadministrator Windows/Citrix (m/w/d)", "hiring_manager",
        "holger.wiesmann@rheinruhr-versicherung.de;tatjana.okonkwo@rheinruhr-versicherung.de",
        "workday-de-zweitgespraech"))

    out.append(ev("smartrecruiters-en", cal("-//SmartRecruiters//Interview Scheduler//EN", r"""
        BEGIN:VEVENT
        UID:sr-7461f0a2c9e14be38d1c35a0f2b7e6aa@smartrecruiters.com
        DTSTAMP:20260127T140000Z
        DTSTART:20260203T083000Z
        DTEND:20260203T090000Z
        SUMMARY:Interview | Meridian Re Services | Senior Systems Engineer Linux
        ORGANIZER;CN=Nadine Korte:mailto:nadine.korte@meridian-re.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:dennis.kowalczyk@gmx.net
        LOCATION:Webex
        DESCRIPTION:Dear Dennis\,\n\nthank you for applying to Meridian Re Services GmbH in Düsseldorf. I would like to
          invite you to a first 30-minute call with me to get to know each other and go through the role.\n\nJoin Webex
          meeting: https://meridianre.webex.com/meet/nadine.korte\nMeeting number (access code): 2734 118 9054\n\nKind r
         egards\,\nNadine Korte | Talent Acquisition Partner
        END:VEVENT
        """), 1, "Meridian Re Services", "Senior Systems Engineer Linux", "recruiter_screen",
        "nadine.korte@meridian-re.com", "smartrecruiters-en-webex"))

    out.append(ev("personio-de", cal("-//Personio GmbH//Personio Recruiting//DE", r"""
        BEGIN:VEVENT
        UID:personio-event-99170542@datenwerk-rr.personio.de
        DTSTAMP:20260115T101500Z
        DTSTART;TZID=Europe/Berlin:20260122T141500
        DTEND;TZID=Europe/Berlin:20260122T144500
        SUMMARY:Kennenlerngespräch (telefonisch) | IT-Infrastruktur Lead (m/w/d)
        ORGANIZER;CN=Jana Pütz:mailto:recruiting@datenwerk-rr.de
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Jana Pütz:mailto:jana.puetz@datenwerk-rr.de
        LOCATION:Telefon
        DESCRIPTION:Hallo Dennis\,\n\nvielen Dank für deine Bewerbung bei der Datenwerk Rhein-Ruhr GmbH! Wie besprochen
          rufe ich dich zum vereinbarten Termin an - ein lockeres Kennenlernen von ca. 30 Minuten.\n\nViele Grüße\nJana
          Pütz\nPeople & Culture
        END:VEVENT
        """, tz=TZ_BERLIN), 1, "Datenwerk Rhein-Ruhr", "IT-Infrastruktur Lead (m/w/d)", "recruiter_screen",
        "jana.puetz@datenwerk-rr.de", "personio-phone-screen-de"))

    out.append(ev("teamtailor-de", cal("-//Teamtailor//Teamtailor Interview//EN", r"""
        BEGIN:VEVENT
        UID:tt-meeting-2c7a4e51b0@teamtailor.com
        DTSTAMP:20260209T083322Z
        DTSTART:20260216T120000Z
        DTEND:20260216T133000Z
        SUMMARY:Interview: Cloud Engineer (m/w/d) - Zechenturm Systems
        ORGANIZER;CN=Zechenturm Systems:mailto:jobs@zechenturm.io
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Kemal Arslan:mailto:kemal.arslan@zechenturm.io
        ATTENDEE;CN=Sophie Drechsler:mailto:sophie.drechsler@zechenturm.io
        LOCATION:Zechenturm Systems\, Shamrockring 1\, 44623 Herne
        DESCRIPTION:Hi Dennis\,\n\nwir freuen uns auf dich! In diesem Termin machen wir den technischen Teil: eine klein
         e Live-Aufgabe zu Azure-Netzwerken und Terraform sowie ein Gespräch über Monitoring und Backup-Konzepte. Bring
          gern deinen Laptop mit.\n\nDabei sind Kemal (Lead Cloud Engineer) und Sophie (DevOps).\n\nBis bald\,\ndein Zec
         henturm-Team
        END:VEVENT
        """), 1, "Zechenturm Systems", "Cloud Engineer (m/w/d)", "technical",
        "kemal.arslan@zechenturm.io;sophie.drechsler@zechenturm.io", "teamtailor-de-live-task"))

    out.append(ev("softgarden-room-de", cal("-//softgarden e-recruiting GmbH//Interview//DE", r"""
        BEGIN:VEVENT
        UID:sg-appointment-7718320-k1@softgarden.io
        DTSTAMP:20260113T154402Z
        DTSTART;TZID=Europe/Berlin:20260127T100000
        DTEND;TZID=Europe/Berlin:20260127T113000
        SUMMARY:Vorstellungsgespräch Systemadministrator (m/w/d) Klinik-IT - Klinikum Lindenhorst
        ORGANIZER;CN=Personalabteilung Klinikum Lindenhorst:mailto:bewerbung@klinikum-lindenhorst.de
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Dr. Frank Heitkamp;ROLE=REQ-PARTICIPANT:mailto:frank.heitkamp@klinikum-lindenhorst.de
        ATTENDEE;CN=Melanie Stratmann;ROLE=REQ-PARTICIPANT:mailto:melanie.stratmann@klinikum-lindenhorst.de
        ATTENDEE;CN=Besprechungsraum Verwaltung 2.14;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:raum-v214@klinikum-lindenho
         rst.de
        ATTENDEE;CN=Beamer mobil 3;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:beamer3@klinikum-lindenhorst.de
        LOCATION:Klinikum Lindenhorst\, Verwaltungsgebäude\, Raum 2.14
        DESCRIPTION:Sehr geehrter Herr Kowalczyk\,\n\nwir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch
          ein. Ihre Gesprächspartner sind Dr. Frank Heitkamp (Leiter IT & Medizintechnik) und Melanie Stratmann (Persona
         lreferentin).\n\nBitte bringen Sie einen Lichtbildausweis mit.\n\nMit freundlichen Grüßen\nKlinikum Lindenhorst
          gGmbH - Personalabteilung
        END:VEVENT
        """, tz=TZ_BERLIN), 1, "Klinikum Lindenhorst", "Systemadministrator (m/w/d) Klinik-IT", "onsite",
        "frank.heitkamp@klinikum-lindenhorst.de;melanie.stratmann@klinikum-lindenhorst.de",
        "softgarden-room-resource-de"))

    out.append(ev("workable-phone-de", cal("-//Workable//Workable Calendar//EN", r"""
        BEGIN:VEVENT
        UID:workable-evt-1e44b9c0d3f2@workable.com
        DTSTAMP:20260119T071100Z
        DTSTART:20260121T153000Z
        DTEND:20260121T155000Z
        SUMMARY:Telefoninterview mit Benrath Systemhaus
        ORGANIZER;CN=Carsten Lüdtke via Workable:mailto:notifications@workablemail.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Carsten Lüdtke:mailto:c.luedtke@benrath-systemhaus.de
        LOCATION:Telefon (Sie werden angerufen)
        DESCRIPTION:Position: Senior Systemadministrator Managed Services (m/w/d)\nInterviewer: Carsten Lüdtke\n\nHallo
          Herr Kowalczyk\, ich rufe Sie zur vereinbarten Zeit auf Ihrem Handy an. Dauer ca. 20 Minuten.\n\n--\nBenrath S
         ystemhaus GmbH · Paulistraße 12 · 40597 Düsseldorf
        END:VEVENT
        """), 1, "Benrath Systemhaus", "Senior Systemadministrator Managed Services (m/w/d)", "recruiter_screen",
        "c.luedtke@benrath-systemhaus.de", "workable-phone-screen-de"))

    out.append(ev("icims-en", cal("-//iCIMS//iCIMS Talent Platform//EN", r"""
        BEGIN:VEVENT
        UID:icims-ITV-1402233-20260205@keystone-dcs.icims.com
        DTSTAMP:20260130T183000Z
        DTSTART:20260205T100000Z
        DTEND:20260205T103000Z
        SUMMARY:Interview Confirmation: Cloud Infrastructure Engineer (Req 26-0091)
        ORGANIZER;CN=Keystone Datacenter Services Talent:mailto:talent@keystone-dcs.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Brandon Whitfield:mailto:brandon.whitfield@keystone-dcs.com
        LOCATION:Phone
        DESCRIPTION:Dear Dennis\,\n\nThis confirms your phone interview with Brandon Whitfield\, Senior Recruiter\, for
          the Cloud Infrastructure Engineer position at our Düsseldorf campus. Brandon will call you at the number provi
         ded in your application.\n\nKeystone Datacenter Services GmbH\, Am Seestern 8\, 40547 Düsseldorf\n\nThis is an
          automated message from iCIMS. Please do not reply.
        END:VEVENT
        """), 1, "Keystone Datacenter Services", "Cloud Infrastructure Engineer", "recruiter_screen",
        "brandon.whitfield@keystone-dcs.com", "icims-phone-en"))

    out.append(ev("goodtime-panel-en", cal("-//GoodTime.io//GoodTime Hire//EN", r"""
        BEGIN:VEVENT
        UID:gt-1c98e7a2-0f55-4a7e-9be0-3b1177dc2a09@goodtime.io
        DTSTAMP:20260217T090000Z
        DTSTART:20260225T080000Z
        DTEND:20260225T113000Z
        SUMMARY:Virtual Onsite - Keystone Datacenter Services - Dennis Kowalczyk
        ORGANIZER;CN=Keystone Recruiting Coordination:mailto:scheduling@keystone-dcs.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Aileen Farrow:mailto:aileen.farrow@keystone-dcs.com
        ATTENDEE;CN=Ralf Kemper:mailto:ralf.kemper@keystone-dcs.com
        ATTENDEE;CN=Tomasz Wrona:mailto:tomasz.wrona@keystone-dcs.com
        LOCATION:Microsoft Teams
        DESCRIPTION:Your virtual onsite for Cloud Infrastructure Engineer\n\n09:00-10:00 CET  Infrastructure deep dive -
          Ralf Kemper (Principal Engineer)\n10:00-11:00 CET  Troubleshooting exercise (Linux\, networking) - Tomasz Wron
         a (SRE)\n11:00-11:30 CET  Hiring manager - Aileen Farrow (Director Cloud Operations)\n\nA 5-minute break is bui
         lt in between sessions. Your coordinator\, Mia Schultz\, is available on scheduling@keystone-dcs.com if anythin
         g comes up.\n\nJoin Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_KeYst0nE\n
         \nScheduled with GoodTime
        END:VEVENT
        """), 1, "Keystone Datacenter Services", "Cloud Infrastructure Engineer", "onsite",
        "aileen.farrow@keystone-dcs.com;ralf.kemper@keystone-dcs.com;tomasz.wrona@keystone-dcs.com",
        "goodtime-virtual-onsite-en"))

    out.append(ev("successfactors-de", cal("-//SAP SuccessFactors//Recruiting Management//DE", r"""
        BEGIN:VEVENT
        UID:SF-IS-20260311-00004471-rsds
        DTSTAMP:20260302T121500Z
        DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260311T130000
        DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20260311T143000
        SUMMARY:Einladung zum Interview - Fachgespräch Linux/Virtualisierung (Job-ID 30518)
        ORGANIZER;CN=Recruiting Ruhrstahl Group:mailto:recruiting@ruhrstahl.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN="Krämer, Benedikt":mailto:benedikt.kraemer@ruhrstahl-ds.com
        ATTENDEE;CN="Yıldız, Ece":mailto:ece.yildiz@ruhrstahl-ds.com
        LOCATION:Ruhrstahl Digital Services GmbH\, Hafenstraße 5\, 47119 Duisburg\, Gebäude C
        DESCRIPTION:Sehr geehrter Herr Kowalczyk\,\n\nvielen Dank für Ihr Interesse an der Position Senior Systemadminis
         trator Linux (w/m/d) bei der Ruhrstahl Digital Services GmbH\, dem IT-Dienstleister der Ruhrstahl Group. Gerne
          laden wir Sie zu einem Fachgespräch mit technischem Test ein (ca. 90 Min.).\n\nIhre Gesprächspartner: Benedikt
          Krämer (Teamleiter Server & Storage)\, Ece Yıldız (Senior Engineer Virtualisierung)\n\nMit freundlichen Grüßen
         \nTalent Acquisition Ruhrstahl Group
        END:VEVENT
        """, tz=TZ_UTC1_DE), 1, "Ruhrstahl Digital Services", "Senior Systemadministrator Linux (w/m/d)", "technical",
        "benedikt.kraemer@ruhrstahl-ds.com;ece.yildiz@ruhrstahl-ds.com", "successfactors-subsidiary-de"))

    out.append(ev("modernloop-en", cal("-//ModernLoop//Scheduling//EN", r"""
        BEGIN:VEVENT
        UID:ml-evt-b7d4f0d8e3a14f55@modernloop.io
        DTSTAMP:20260206T164500Z
        DTSTART;TZID=Europe/Berlin:20260213T110000
        DTEND;TZID=Europe/Berlin:20260213T120000
        SUMMARY:Helio Ops | System Design Interview | Dennis Kowalczyk
        ORGANIZER;CN=Helio Ops Recruiting:mailto:recruiting@helio-ops.com
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        ATTENDEE;CN=Ines Vogt:mailto:ines.vogt@helio-ops.com
        ATTENDEE;CN=Rob Adeyemi (shadow);ROLE=OPT-PARTICIPANT:mailto:rob.adeyemi@helio-ops.com
        LOCATION:https://meet.google.com/hlo-opsx-dkz
        DESCRIPTION:Role: Platform Engineer (Infrastructure)\, remote Germany\n\nInterviewer: Ines Vogt\, Staff SRE\nSha
         dow: Rob Adeyemi (observing only\, in interviewer training)\n\nWe'll design a small multi-region setup together
          on a shared whiteboard. Think out loud - there is no single right answer.\n\nScheduled via ModernLoop
        END:VEVENT
        """, tz=TZ_BERLIN), 1, "Helio Ops", "Platform Engineer (Infrastructure)", "technical",
        "ines.vogt@helio-ops.com", "modernloop-shadow-not-interviewer-en"))

    out.append(ev("umantis-de", cal("-//Haufe-umantis AG//umantis Talent Management//DE", r"""
        BEGIN:VEVENT
        UID:umantis-TERMIN-558130-rwe-2026
        DTSTAMP:20260108T093000Z
        DTSTART;TZID=Europe/Berlin:20260119T150000
        DTEND;TZID=Europe/Berlin:20260119T160000
        SUMMARY:Erstgespräch Teamleitung IT-Infrastruktur (m/w/d)
        ORGANIZER;CN=Bewerbermanagement Ruhrwerk Energie:mailto:karriere@ruhrwerk-energie.de
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=TRUE:mailto:dennis.kowalczyk@gmx.net
        LOCATION:Microsoft Teams (Link folgt separat)
        DESCRIPTION:Guten Tag Herr Kowalczyk\,\n\nhiermit bestätigen wir Ihren Termin für ein Erstgespräch per Video. Te
         ilnehmen werden Frau Anke Rosenthal (HR Business Partnerin) und Herr Stefan Albrecht (Leiter IT-Services).\n\nD
         er Einwahllink wird Ihnen separat zugesandt.\n\nFreundliche Grüße\nRuhrwerk Energie GmbH\nBewerbermanagement
        END:VEVENT
        """, tz=TZ_BERLIN), 1, "Ruhrwerk Energie", "Teamleitung IT-Infrastruktur (m/w/d)", "",
        "Anke Rosenthal;Stefan Albrecht", "umantis-names-in-body-de"))

    out.append(ev("dvinci-de", cal("-//d.vinci HR-Systems GmbH//d.vinci Termin//DE", r"""
        BEGIN:VEVENT
        UID:dvinci-7f3e22d0-ski-20260218
        DTSTAMP:20260206T080000Z
        DTSTART;TZID=Europe/Berlin:20260218T133000
        DTEND;TZID=Europe/Berlin:20260218T143000
        SUMMARY:Einladung zum Vorstellungsgespräch
        ORGANIZER;CN=St. Vinzenz Kliniken Ruhr - Personalmanagement:mailto:noreply@dvinci-mail.de
        ATTENDEE;CN=Dennis Kowalczyk;RSVP=FALSE:mailto:dennis.kowalczyk@gmx.net
        LOCATION:St. Vinzenz-Hospital Bochum\, Verwaltung\, 3. OG\, Konferenzraum Elisabeth
        DESCRIPTION:Sehr geehrter Herr Kowalczyk\,\n\nvielen Dank für Ihre Bewerbung als Systemadministrator Netzwerk &
          Security (m/w/d) im Geschäftsbereich IT der St. Vinzenz Kliniken Ruhr. Wir möchten Sie gern persönlich kennenl
         ernen.\n\nAn dem Gespräch nehmen teil:\n- Herr Oliver Brandt\, Leiter IT\n- Frau Gabriele Nolte\, Mitarbeiterve
         rtretung (MAV)\n- Frau Simone Kurz\, Personalmanagement\n\nBitte bestätigen Sie den Termin über Ihr Bewerberpor
         tal.\n\nMit freundlichen Grüßen\nIhr Personalmanagement
        END:VEVENT
        """, tz=TZ_BERLIN), 1, "St. Vinzenz Kliniken Ruhr", "Systemadministrator Netzwerk & Security (m/w/d)", "",
        "Oliver Brandt;Gabriele Nolte;Simone Kurz", "dvinci-generic-title-de"))
    return out
