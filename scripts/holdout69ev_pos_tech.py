"""holdout69: the user's own interviews with health-tech start-ups and vendors (ATS and founder invites)."""

from __future__ import annotations

from holdout69ev_boiler import meet_en, zoom_en
from holdout69ev_ics import ME_FREE, PRODID_APPLE, PRODID_GOOGLE, Ev, att, calendar, esc, simple, tz_apple

MEDICLIC = "Médiclic"


def mediclic_screen() -> Ev:
    uid = "gt-evt-3b91c6e0-5f27-4a8d-9b1e-0c2d7f4a6e18@goodtime.io"
    desc = (
        "Hi Sophie,\n\nYou're confirmed for a 30-minute recruiter call with Olivia Chartrand (Talent Partner, "
        "Médiclic) about the Clinical Operations Lead (Nursing) role.\n\nOlivia will call you at +1 514-555-0183.\n\n"
        "Need to reschedule? https://app.goodtime.io/candidate/r/3b91c6e0\n\nThe Médiclic Talent team"
    )
    text = simple("-//GoodTime.io//GoodTime Hire//EN", uid, "20250918T141502Z", "DTSTART:20250923T140000Z",
                  "DTEND:20250923T143000Z", "Médiclic | Recruiter Call – Clinical Operations Lead (Nursing)", desc,
                  "ORGANIZER;CN=Médiclic Recruiting:mailto:recruiting@mediclic.ca",
                  [att(ME_FREE, "Sophie Tremblay"), att("olivia.chartrand@mediclic.ca", "Olivia Chartrand")],
                  location="Phone call")
    return Ev("goodtime", uid, text, 1, MEDICLIC, "Clinical Operations Lead (Nursing)",
              "recruiter_screen", "olivia.chartrand@mediclic.ca", "goodtime-phone-screen-en")


def mediclic_case() -> Ev:
    uid = "greenhouse-interview-48211907-sophie-tremblay@greenhouse.io"
    desc = (
        "Hi Sophie,\n\nYour interview for Clinical Operations Lead (Nursing) at Médiclic has been scheduled.\n\n"
        "Tuesday, October 7, 2025 (Eastern Time)\n"
        "1:00 PM – 1:45 PM  Case study: virtual triage protocol review – Catherine Boivin, Director of Clinical "
        "Operations\n"
        "1:45 PM – 2:15 PM  Conversation – Dr. Samuel Ng, Chief Medical Officer\n\n"
        "We'll share the case (a de-identified triage protocol) on screen; no preparation is required.\n\n"
        "Your coordinator for this interview is Olivia Chartrand. Reply to this email with any questions.\n\n"
        + meet_en("kte-rwdv-bno")
    )
    text = simple("-//Greenhouse Software//Greenhouse Scheduler//EN", uid, "20251001T192230Z",
                  "DTSTART:20251007T170000Z", "DTEND:20251007T181500Z",
                  "Interview: Sophie Tremblay – Clinical Operations Lead (Nursing) – Médiclic", desc,
                  "ORGANIZER;CN=Olivia Chartrand:mailto:olivia.chartrand@mediclic.ca",
                  [att(ME_FREE, "Sophie Tremblay"), att("catherine.boivin@mediclic.ca", "Catherine Boivin"),
                   att("samuel.ng@mediclic.ca", "Samuel Ng")],
                  location="https://meet.google.com/kte-rwdv-bno")
    return Ev("greenhouse", uid, text, 1, MEDICLIC, "Clinical Operations Lead (Nursing)", "technical",
              "catherine.boivin@mediclic.ca;samuel.ng@mediclic.ca", "greenhouse-case-coordinator-en")


def mediclic_team_apple() -> Ev:
    uid = "A71E4C09-3D2B-4F86-8B5A-E6C0D19F2734"
    desc = (
        "Salut Sophie! Dernière étape du processus pour le poste de Clinical Operations Lead : une heure avec "
        "deux infirmières de l'équipe de triage virtuel (Jade et Kevin). C'est surtout pour que tu voies le "
        "quotidien et qu'elles te posent leurs questions. Bureau au 3e, sonne à Médiclic.\n\nCatherine"
    )
    ev = [
        "ATTENDEE;CN=Sophie Tremblay;CUTYPE=INDIVIDUAL;EMAIL=sophie.tremblay88@videotron.ca;PARTSTAT=NEEDS-ACTION;"
        "ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sophie.tremblay88@videotron.ca",
        "ATTENDEE;CN=Jade Fournier;CUTYPE=INDIVIDUAL;EMAIL=jade.fournier@mediclic.ca;PARTSTAT=ACCEPTED;"
        "ROLE=REQ-PARTICIPANT:mailto:jade.fournier@mediclic.ca",
        "ATTENDEE;CN=Kevin Bui;CUTYPE=INDIVIDUAL;EMAIL=kevin.bui@mediclic.ca;PARTSTAT=NEEDS-ACTION;"
        "ROLE=REQ-PARTICIPANT:mailto:kevin.bui@mediclic.ca",
        "ATTENDEE;CN=Catherine Boivin;CUTYPE=INDIVIDUAL;EMAIL=catherine.boivin@mediclic.ca;PARTSTAT=ACCEPTED;"
        "ROLE=CHAIR:mailto:catherine.boivin@mediclic.ca",
        "CREATED:20251016T204410Z",
        "DESCRIPTION:" + esc(desc),
        "DTEND;TZID=America/Toronto:20251023T160000",
        "DTSTAMP:20251016T204455Z",
        "DTSTART;TZID=America/Toronto:20251023T150000",
        "LAST-MODIFIED:20251016T204455Z",
        "LOCATION:" + esc("Médiclic, 1100 av. des Canadiens-de-Montréal, 3e étage"),
        "ORGANIZER;CN=Catherine Boivin;EMAIL=catherine.boivin@mediclic.ca:mailto:catherine.boivin@mediclic.ca",
        "SEQUENCE:0",
        "SUMMARY:Rencontre avec l'équipe clinique – Sophie",
        "TRANSP:OPAQUE",
        "UID:" + uid,
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    text = calendar(PRODID_APPLE, [ev], tz=tz_apple(), head=["CALSCALE:GREGORIAN"])
    return Ev("apple", uid, text, 1, MEDICLIC, "Clinical Operations Lead", "final",
              "catherine.boivin@mediclic.ca;jade.fournier@mediclic.ca;kevin.bui@mediclic.ca",
              "apple-last-step-team-fr")


def kineo_manager() -> Ev:
    uid = "lever-interview-6e0b2d4f-91a7-4c3e-b8d5-2f7a1c9e0b36@hire.lever.co"
    desc = (
        "Bonjour Sophie,\n\nVotre entrevue pour le poste de Spécialiste produit clinique chez Kinéo Santé est "
        "confirmée.\n\nAvec : Philippe Arsenault, directeur produit\nDurée : 45 minutes\n"
        "Lien vidéo : https://meet.google.com/ycj-pwos-atf\n\n"
        "Nous avons hâte d'en apprendre davantage sur votre expérience terrain!\n\nL'équipe Kinéo Santé"
    )
    text = simple("-//Lever//Lever Hire Scheduler//EN", uid, "20251009T155502Z", "DTSTART:20251015T193000Z",
                  "DTEND:20251015T201500Z", "Entrevue avec Kinéo Santé – Spécialiste produit clinique", desc,
                  "ORGANIZER;CN=Kinéo Santé:mailto:no-reply@hire.lever.co",
                  [att(ME_FREE, "Sophie Tremblay"), att("philippe@kineosante.com", "Philippe Arsenault")],
                  location="https://meet.google.com/ycj-pwos-atf")
    return Ev("lever", uid, text, 1, "Kinéo Santé", "Spécialiste produit clinique", "hiring_manager",
              "philippe@kineosante.com", "lever-hiring-manager-fr")


def kineo_final() -> Ev:
    uid = "lever-interview-a93c5e17-0d4b-4f28-8e61-7b2c0f5d9a41@hire.lever.co"
    desc = (
        "Bonjour Sophie,\n\nDernière étape! Vous rencontrerez Émilie Rioux (PDG et cofondatrice) et Philippe "
        "Arsenault à nos bureaux pour une rencontre finale d'une heure.\n\n"
        "Adresse : Kinéo Santé, 5445 av. de Gaspé, bureau 610, Montréal\nDemandez Philippe à l'accueil.\n\n"
        "L'équipe Kinéo Santé"
    )
    text = simple("-//Lever//Lever Hire Scheduler//EN", uid, "20251028T130917Z", "DTSTART:20251103T140000Z",
                  "DTEND:20251103T150000Z", "Rencontre finale – Kinéo Santé", desc,
                  "ORGANIZER;CN=Kinéo Santé:mailto:no-reply@hire.lever.co",
                  [att(ME_FREE, "Sophie Tremblay"), att("emilie@kineosante.com", "Émilie Rioux"),
                   att("philippe@kineosante.com", "Philippe Arsenault")],
                  location="5445 av. de Gaspé, bureau 610, Montréal")
    return Ev("lever", uid, text, 1, "Kinéo Santé", "", "final",
              "emilie@kineosante.com;philippe@kineosante.com", "lever-final-onsite-fr")


def nuvia_screen() -> Ev:
    uid = "ashby-7c1e0f92-4b6d-48a3-a2e5-9d0b3c6f1e84"
    desc = (
        "Hi Sophie,\n\nLooking forward to our intro call about the Nurse Informaticist role at Nuvia Health. "
        "We'll cover your background, what you're looking for, and logistics (remote from Montréal is fine).\n\n"
        "Hannah Greene, Talent Acquisition\n\nJoin: https://meet.google.com/ozm-fhqe-wuy\n\n"
        "Scheduled with Ashby"
    )
    text = simple("-//Ashby//Ashby Scheduling//EN", uid, "20251014T174033Z", "DTSTART:20251020T200000Z",
                  "DTEND:20251020T203000Z", "Intro call with Nuvia Health (Nurse Informaticist)", desc,
                  "ORGANIZER;CN=Hannah Greene:mailto:hannah.greene@nuviahealth.com",
                  [att(ME_FREE, "Sophie Tremblay")], location="https://meet.google.com/ozm-fhqe-wuy")
    return Ev("ashby", uid, text, 1, "Nuvia Health", "Nurse Informaticist", "recruiter_screen",
              "hannah.greene@nuviahealth.com", "ashby-intro-call-en")


def nuvia_final() -> Ev:
    uid = "ashby-e2a4c6f8-1b3d-4e5f-8a9c-0d1e2f3a4b5c"
    desc = (
        "Hi Sophie,\n\nHere is your final round schedule (all times ET):\n\n"
        "12:00 – 12:45  Clinical panel — Aisha Mensah (VP Clinical) & Daniel Cho (Sr. Nurse Informaticist)\n"
        "12:45 – 1:30  Product — Ben Adler (Head of Product)\n\n"
        "One Zoom link for the whole block. I'll be on at the start to introduce everyone, then drop off.\n\n"
        "Maya Thompson, Recruiting Coordinator\n\n" + zoom_en("896 2214 5507", "Nv5kDp0Qa", who="Maya Thompson")
    )
    text = simple("-//Ashby//Ashby Scheduling//EN", uid, "20251106T213540Z", "DTSTART:20251113T170000Z",
                  "DTEND:20251113T183000Z", "Final round: Sophie Tremblay x Nuvia Health", desc,
                  "ORGANIZER;CN=Maya Thompson:mailto:maya.thompson@nuviahealth.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("aisha.mensah@nuviahealth.com", "Aisha Mensah"),
                   att("daniel.cho@nuviahealth.com", "Daniel Cho"), att("ben.adler@nuviahealth.com", "Ben Adler")],
                  location="Zoom")
    return Ev("ashby", uid, text, 1, "Nuvia Health", "", "final",
              "aisha.mensah@nuviahealth.com;daniel.cho@nuviahealth.com;ben.adler@nuviahealth.com",
              "ashby-final-coordinator-en")


def careloop_calendly() -> Ev:
    uid = "f0c83a1e-57d2-4b9e-a6c4-3e1b0d9f7a25@calendly.com"
    desc = (
        "Event Name: 30 Minute Meeting\n\n"
        "Location: This is a Google Meet web conference.\nhttps://meet.google.com/xsb-kqnm-fdo\n\n"
        "Questions:\nWhat would you like to discuss?\nThe Clinical Lead role at CareLoop (saw your LinkedIn post) – "
        "I'm an RN in Montréal with 9 years in medicine units.\n\n"
        "Need to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/f0c83a1e-57d2-4b9e-a6c4-3e1b0d9f7a25\n"
        "Reschedule: https://calendly.com/reschedulings/f0c83a1e-57d2-4b9e-a6c4-3e1b0d9f7a25\n\n"
        "Powered by Calendly.com"
    )
    text = simple("-//Calendly//Calendly Scheduler//EN", uid, "20250926T003012Z", "DTSTART:20251002T213000Z",
                  "DTEND:20251002T220000Z", "30 Minute Meeting between Priya Raman and Sophie Tremblay", desc,
                  "ORGANIZER;CN=Priya Raman:mailto:priya.raman.careloop@gmail.com",
                  [att(ME_FREE, "Sophie Tremblay", partstat="ACCEPTED", rsvp=False),
                   att("priya.raman.careloop@gmail.com", "Priya Raman", partstat="ACCEPTED", rsvp=False)],
                  location="https://meet.google.com/xsb-kqnm-fdo")
    return Ev("calendly", uid, text, 1, "CareLoop", "Clinical Lead", "",
              "priya.raman.careloop@gmail.com", "calendly-founder-freemail-company-in-answer-en")


def careloop_case() -> Ev:
    uid = "6t2m8q0c4v1k9r3n7x5b0j2h8p@google.com"
    desc = (
        "Hi Sophie, as discussed – 60 min with me and Tom (our CTO). We'll walk through a discharge follow-up "
        "workflow and ask how you'd redesign it for the CareLoop nurse app. No prep needed beyond thinking about "
        "how discharges really go on your unit.\n\nPriya\n\n" + meet_en("gdr-yvxa-pme", pin="552 018 773")
    )
    ev = [
        "DTSTART:20251014T230000Z",
        "DTEND:20251015T000000Z",
        "DTSTAMP:20251008T021744Z",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman.careloop@gmail.com",
        "UID:" + uid,
        att("tom@careloop.io", "Tom Haddad-Price", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        att("priya.raman.careloop@gmail.com", "Priya Raman", partstat="ACCEPTED", rsvp=False,
            extra="X-NUM-GUESTS=0"),
        "CREATED:20251008T021702Z",
        "DESCRIPTION:" + esc(desc),
        "LAST-MODIFIED:20251008T021744Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:CareLoop – workflow case w/ Priya + Tom",
        "TRANSP:OPAQUE",
    ]
    return Ev("google-meet", uid, calendar(PRODID_GOOGLE, [ev]), 1, "CareLoop", "",
              "technical", "priya.raman.careloop@gmail.com;tom@careloop.io", "google-freemail-founder-case-en")


def petrichor_screen() -> Ev:
    uid = "WD-INTERVIEW-JR-10482-C7741903-1@myworkday.com"
    desc = (
        "Dear Sophie,\n\nThank you for your interest in Petrichor Medical. Your phone screen for Clinical "
        "Education Specialist – Eastern Canada (JR-10482) is confirmed.\n\n"
        "Interviewer: Natalie Pereira, Talent Acquisition Partner\nFormat: phone – Natalie will call you\n"
        "Duration: 30 minutes\n\nThis is a system-generated message from Workday."
    )
    text = simple("-//Workday//Workday Recruiting//EN", uid, "20250911T152213Z", "DTSTART:20250916T180000Z",
                  "DTEND:20250916T183000Z", "Phone Screen: Clinical Education Specialist – Eastern Canada (JR-10482)",
                  desc, "ORGANIZER;CN=Petrichor Medical Talent Acquisition:mailto:petrichormed@myworkday.com",
                  [att(ME_FREE, "Sophie Tremblay")], location="Phone")
    return Ev("workday", uid, text, 1, "Petrichor Medical",
              "Clinical Education Specialist – Eastern Canada", "recruiter_screen", "Natalie Pereira",
              "workday-phone-screen-en")


def petrichor_final() -> Ev:
    uid = "WD-INTERVIEW-JR-10482-C7741903-3@myworkday.com"
    desc = (
        "Dear Sophie,\n\nCongratulations on moving forward! Your final interview for Clinical Education Specialist "
        "– Eastern Canada (JR-10482) is confirmed at our Montréal office.\n\n"
        "Interviewers:\nGreg Whitfield – Regional Sales Director, East\n"
        "Anne-Marie Leduc – Manager, Clinical Education\n\n"
        "Please bring a 10-minute in-service you would give to ICU nurses on a device of your choice.\n\n"
        "This is a system-generated message from Workday."
    )
    text = simple("-//Workday//Workday Recruiting//EN", uid, "20251022T124005Z", "DTSTART:20251030T170000Z",
                  "DTEND:20251030T190000Z", "Final Interview: Clinical Education Specialist – Eastern Canada", desc,
                  "ORGANIZER;CN=Petrichor Medical Talent Acquisition:mailto:petrichormed@myworkday.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("greg.whitfield@petrichormed.com", "Greg Whitfield"),
                   att("annemarie.leduc@petrichormed.com", "Anne-Marie Leduc")],
                  location="Petrichor Medical Canada, 2000 rue Peel, suite 900, Montréal")
    return Ev("workday", uid, text, 1, "Petrichor Medical", "Clinical Education Specialist – Eastern Canada",
              "final", "greg.whitfield@petrichormed.com;annemarie.leduc@petrichormed.com", "workday-final-onsite-en")


def axonix_smartrecruiters() -> Ev:
    uid = "sr-interview-2f9d7b41c05e4a6b@smartrecruiters.com"
    desc = (
        "Bonjour Sophie,\n\nNous avons le plaisir de vous inviter à la deuxième étape du processus pour le poste "
        "de Spécialiste en formation clinique.\n\nFormat : présentation de 15 minutes d'un module de formation "
        "destiné aux infirmières sur l'utilisation sécuritaire d'une pompe à perfusion, suivie d'une discussion.\n\n"
        "Panel : Sandrine Péloquin (gestionnaire, formation clinique) et Louis-Philippe Martel (ingénieur "
        "d'application).\n\nLien Teams envoyé séparément.\n\nL'équipe Talent – Axonix Médical\n"
        "Propulsé par SmartRecruiters"
    )
    text = simple("-//SmartRecruiters//Interview Scheduler//EN", uid, "20251112T201144Z",
                  "DTSTART:20251119T150000Z", "DTEND:20251119T161500Z",
                  "Entrevue – Spécialiste en formation clinique | Axonix", desc,
                  "ORGANIZER;CN=Axonix Talent:mailto:talent@axonix.com",
                  [att(ME_FREE, "Sophie Tremblay"), att("speloquin@axonix.com", "Sandrine Péloquin"),
                   att("lpmartel@axonix.com", "Louis-Philippe Martel")], location="Microsoft Teams")
    return Ev("smartrecruiters", uid, text, 1, "Axonix Médical", "Spécialiste en formation clinique",
              "technical", "speloquin@axonix.com;lpmartel@axonix.com", "smartrecruiters-presentation-fr")


def orion_screen() -> Ev:
    uid = "teamtailor-meeting-81734-c4e2a9@teamtailor.com"
    desc = (
        "Bonjour Sophie,\n\nMerci d'avoir réservé une plage avec Audrey-Anne Fillion (Acquisition de talents). "
        "Ce premier appel vidéo de 30 minutes porte sur votre candidature au poste de Conseillère clinique en "
        "implantation DME.\n\nRejoindre : https://meet.teamtailor.com/orion/81734\n\n"
        "Orion Dossiers Santé – Propulsé par Teamtailor"
    )
    text = simple("-//Teamtailor//Teamtailor Meetings//EN", uid, "20251006T171209Z", "DTSTART:20251010T150000Z",
                  "DTEND:20251010T153000Z", "Entrevue : Conseillère clinique en implantation DME – Orion", desc,
                  "ORGANIZER;CN=Audrey-Anne Fillion:mailto:aafillion@orionds.ca",
                  [att(ME_FREE, "Sophie Tremblay")], location="https://meet.teamtailor.com/orion/81734")
    return Ev("teamtailor", uid, text, 1, "Orion Dossiers Santé", "Conseillère clinique en implantation DME",
              "recruiter_screen", "aafillion@orionds.ca", "teamtailor-screen-fr")


def orion_case() -> Ev:
    uid = "teamtailor-meeting-82210-f19b07@teamtailor.com"
    desc = (
        "Bonjour Sophie,\n\nÉtape 2 : étude de cas (90 minutes). Nous vous présenterons le circuit du médicament "
        "d'une unité de soins et vous demanderons de proposer un plan de déploiement du module eMAR auprès des "
        "infirmières.\n\nÉvaluateurs : Pierre-Luc Gagné (chef de projet clinique) et Marianne Veilleux "
        "(infirmière-conseil, produit).\n\nLieu : Orion Dossiers Santé, 2600 boul. Laurier, tour 3, Québec "
        "(ou Teams sur demande).\n\nPropulsé par Teamtailor"
    )
    text = simple("-//Teamtailor//Teamtailor Meetings//EN", uid, "20251015T134450Z", "DTSTART:20251023T140000Z",
                  "DTEND:20251023T153000Z", "Étude de cas – Workflow de médication (Orion Dossiers Santé)", desc,
                  "ORGANIZER;CN=Audrey-Anne Fillion:mailto:aafillion@orionds.ca",
                  [att(ME_FREE, "Sophie Tremblay"), att("plgagne@orionds.ca", "Pierre-Luc Gagné"),
                   att("mveilleux@orionds.ca", "Marianne Veilleux")],
                  location="2600 boul. Laurier, tour 3, Québec")
    return Ev("teamtailor", uid, text, 1, "Orion Dossiers Santé", "", "technical",
              "plgagne@orionds.ca;mveilleux@orionds.ca", "teamtailor-case-coordinator-fr")


def events() -> list[Ev]:
    return [
        mediclic_screen(), mediclic_case(), mediclic_team_apple(), kineo_manager(), kineo_final(), nuvia_screen(),
        nuvia_final(), careloop_calendly(), careloop_case(), petrichor_screen(), petrichor_final(),
        axonix_smartrecruiters(), orion_screen(), orion_case(),
    ]
