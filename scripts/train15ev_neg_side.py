"""train15: Aoife Brennan on the hiring side at Riverside Veterinary Hospital (never her own interview)."""

from __future__ import annotations

from train15ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    OUTLOOK,
    OUTLOOK16,
    WORK,
    Ev,
    cal,
    g_att,
    google_footer,
    meet,
    o_att,
    outlook_tail,
    room,
    teams,
    tx,
)

UAI = "user_as_interviewer"
GST = "GMT Standard Time"
DUB = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def _neg(kind: str, lang: str, uid: str, text: str) -> Ev:
    return Ev(kind, lang, uid, 0, "", "", "", "", UAI, text)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "040000008200E00074C5B7101A82E00800000000RVHPANEL0101"
    out.append(_neg("panel-rvn-candidate", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie",
        o_att(WORK, "Aoife Brennan"), o_att("kate.morrissey94@gmail.com", "Kate Morrissey"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Hi Kate,\n\nThanks for applying for the Registered Veterinary Nurse "
           "post at Riverside Veterinary Hospital. You'll meet me (Practice Manager) and Aoife Brennan, Senior "
           "RVN. Please bring your VCI registration number.\n\nDermot"),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Interview - Registered Veterinary Nurse - Kate Morrissey"),
        f"DTSTART;TZID={GST}:20261008T140000", f"DTEND;TZID={GST}:20261008T144500", "DTSTAMP:20261001T090000Z",
        tx("LOCATION;LANGUAGE=en-IE", "Riverside Vets - Meeting Room, Ballincollig"), *outlook_tail()]],
        tzs=(GST,))))

    uid = "A7F3E0C1-STUDENT-JACK-UCD"
    out.append(_neg("handtyped-own-note", "en", uid, cal(APPLE, [[
        "CREATED:20261004T210000Z", "DTSTAMP:20261004T210000Z", f"UID:{uid}",
        "DTSTART:20261009T101500", "DTEND:20261009T104500",
        tx("SUMMARY", "Interviewing student nurse for placement - Jack (UCD)"),
        tx("DESCRIPTION", "me + Dermot. ask about large animal exp, night rota. use the placement scoring sheet"),
        tx("LOCATION", "work"), "SEQUENCE:0"]], method=None)))

    uid = "040000008200E00074C5B7101A82E00800000000RVHFWDSHAUNA"
    out.append(_neg("forwarded-invite", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Aoife Brennan:mailto:" + WORK, o_att(ME, "aoife.brennan@outlook.ie"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "-----Original Appointment-----\nFrom: Dermot Hurley\nSent: 12 "
           "October 2026 09:14\nTo: Aoife Brennan; shauna.dwyer@hotmail.com\nSubject: Interview - RVN vacancy - "
           "candidate: Shauna Dwyer\nWhen: 15 October 2026 11:00-11:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, "
           "London.\nWhere: Riverside Vets Meeting Room\n\nAoife - you're second on the panel, I'll print the CV."
           "\n\n(fwd to my own calendar so I see it on the phone)"),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "FW: Interview - RVN vacancy - candidate: Shauna Dwyer"),
        f"DTSTART;TZID={DUB}:20261015T110000", f"DTEND;TZID={DUB}:20261015T114500", "DTSTAMP:20261012T091900Z",
        tx("LOCATION;LANGUAGE=en-IE", "Riverside Vets Meeting Room"), *outlook_tail()]], tzs=(DUB,))))

    uid = "rvh-panel-copy-2026-10-21@google.com"
    out.append(_neg("private-copy", "en", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261021T140000", "DTEND;TZID=Europe/Dublin:20261021T163000",
        "DTSTAMP:20261019T180000Z", f"UID:{uid}", "CREATED:20261019T180000Z",
        tx("DESCRIPTION", "Copied from work cal. Riverside hiring panel - 2 nurse interviews (Niamh O'S 2pm, "
           "Paudie Lane 3:15). I'm asking the clinical scenario questions."),
        "LAST-MODIFIED:20261019T180000Z", "LOCATION:Riverside", "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Riverside panel - 2 nurse interviews"), "TRANSP:OPAQUE"]], method="PUBLISH",
        tzs=("Europe/Dublin",),
        head=("X-WR-CALNAME:Aoife personal", "X-WR-TIMEZONE:Europe/Dublin"))))

    uid = "rvh-weekly-interview-slot@riverside-vets.ie"
    base = ["ORGANIZER;CN=Aoife Brennan:mailto:" + WORK]
    out.append(Ev("recurring-slot", "en", uid, 0, "", "", "", "", UAI, cal(OUTLOOK16, [
        [*base, f"UID:{uid}", tx("SUMMARY", "Applicant interviews slot (nurse recruitment) - hold"),
         tx("DESCRIPTION", "Blocked for interviewing applicants for the 2 RVN and 1 nursing assistant vacancies. "
            "Dermot books candidates into this slot."),
         f"DTSTART;TZID={GST}:20261013T150000", f"DTEND;TZID={GST}:20261013T160000",
         "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8", "DTSTAMP:20261005T080000Z", "SEQUENCE:0", *outlook_tail("BUSY")],
        [*base, f"UID:{uid}", tx("SUMMARY", "Applicant interviews slot (nurse recruitment) - moved to Thu"),
         f"RECURRENCE-ID;TZID={GST}:20261103T150000",
         f"DTSTART;TZID={GST}:20261105T090000", f"DTEND;TZID={GST}:20261105T100000",
         "DTSTAMP:20261029T080000Z", "SEQUENCE:1", *outlook_tail("BUSY")]], method="PUBLISH", tzs=(GST,))))

    uid = "040000008200E00074C5B7101A82E00800000000RVHCANCEL77"
    out.append(_neg("cancelled-candidate", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie",
        o_att(WORK, "Aoife Brennan"), o_att("r.kavanagh@live.ie", "Rachel Kavanagh"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Candidate has accepted another post - interview cancelled."),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Canceled: Nursing Assistant interview - Rachel Kavanagh"),
        f"DTSTART;TZID={GST}:20261022T100000", f"DTEND;TZID={GST}:20261022T104500", "DTSTAMP:20261020T090000Z",
        "STATUS:CANCELLED", "SEQUENCE:1", *outlook_tail("FREE")]], method="CANCEL", tzs=(GST,))))

    uid = "b2c9f1aa-riverside-placement@calendly.com"
    out.append(_neg("calendly-host", "en", uid, cal("-//Calendly//EN", [[
        f"UID:{uid}", "DTSTAMP:20261013T120000Z", "DTSTART:20261016T130000Z", "DTEND:20261016T132000Z",
        tx("SUMMARY", "Zoe Kelleher and Aoife Brennan"),
        "ORGANIZER;CN=Aoife Brennan:mailto:" + WORK,
        "ATTENDEE;CN=Zoe Kelleher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:122456789@umail.ucc.ie",
        tx("DESCRIPTION", "Event Name: Student placement intro call - Riverside Veterinary Hospital\n\n"
           "Invitee: Zoe Kelleher\nInvitee Email: 122456789@umail.ucc.ie\n\nQuestions:\nWhich placement block? "
           "Spring 2027\n\nYou are the host of this event.\n\nPowered by Calendly.com"),
        "LOCATION:Phone call (Aoife calls the invitee)"]], method="PUBLISH")))

    uid = "AAMkAGRiversideBookings-NA-3@riverside-vets.ie"
    out.append(_neg("bookings-staff", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Riverside Veterinary Hospital:mailto:RiversideRecruitment@riverside-vets.ie",
        o_att(WORK, "Aoife Brennan"), o_att("ben.whelan@eircom.net", "Ben Whelan"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "New booking\n\nService: Nursing Assistant interview (30 min)\n"
           "Customer: Ben Whelan (ben.whelan@eircom.net, 086 *** 2201)\nStaff: Aoife Brennan\n\n"
           "Booked through Microsoft Bookings"),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Nursing Assistant interview for Ben Whelan"),
        f"DTSTART;TZID={GST}:20261027T120000", f"DTEND;TZID={GST}:20261027T123000", "DTSTAMP:20261021T170000Z",
        "LOCATION;LANGUAGE=en-IE:Riverside Veterinary Hospital", *outlook_tail()]], tzs=(GST,))))

    uid = "vetstaff-cand-lbarry-91@vetstaff.ie"
    out.append(_neg("agency-sends-candidate", "en", uid, cal(GOOGLE, [[
        "DTSTART:20261029T110000Z", "DTEND:20261029T114500Z", "DTSTAMP:20261023T100000Z",
        "ORGANIZER;CN=Eimear Foley - VetStaff:mailto:eimear@vetstaff.ie", f"UID:{uid}",
        g_att("eimear@vetstaff.ie", "Eimear Foley - VetStaff", "ACCEPTED"),
        g_att(WORK, "Aoife Brennan"), g_att("dhurley@riverside-vets.ie", "Dermot Hurley"),
        tx("DESCRIPTION", "Hi Dermot and Aoife,\n\nConfirming our candidate Lisa Barry RVN for interview for "
           "your Registered Veterinary Nurse vacancy at Riverside. CV attached to the email. Lisa will attend "
           "in person.\n\nEimear Foley, VetStaff Recruitment"),
        "LOCATION:Riverside Veterinary Hospital, Ballincollig", "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Candidate interview: Lisa Barry (VetStaff) - RVN role at Riverside"), "TRANSP:OPAQUE"]])))

    uid = "rvh-working-interview-megan@riverside-vets.ie"
    out.append(_neg("working-interview-observer", "en", uid, cal(OUTLOOK16, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie", o_att(WORK, "Aoife Brennan"),
        tx("DESCRIPTION", "Megan Cotter (RVN applicant) will do a half-day working interview in theatre prep "
           "and kennels. Aoife to supervise and fill in the observation form for the panel."),
        f"UID:{uid}", tx("SUMMARY", "Working interview - RVN applicant Megan Cotter shadowing Aoife"),
        f"DTSTART;TZID={GST}:20261103T083000", f"DTEND;TZID={GST}:20261103T123000", "DTSTAMP:20261027T100000Z",
        *outlook_tail("BUSY")]], tzs=(GST,))))

    uid = "040000008200E00074C5B7101A82E00800000000RVHDEBRIEF2"
    out.append(_neg("panel-debrief", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie",
        o_att(WORK, "Aoife Brennan"), o_att("mcorcoran@riverside-vets.ie", "Mark Corcoran MVB"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Scoring and decision on the three RVN candidates interviewed this week. "
           "Bring your score sheets.\n\n" + teams("en", uid)),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Panel debrief & scoring - RVN interviews"),
        f"DTSTART;TZID={GST}:20261023T170000", f"DTEND;TZID={GST}:20261023T173000", "DTSTAMP:20261020T110000Z",
        "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting", *outlook_tail()]], tzs=(GST,))))

    uid = "recruitee-riverside-scorecard-5521@recruitee.com"
    out.append(_neg("ats-scorecard", "en", uid, cal("-//Recruitee//Recruitee Calendar//EN", [[
        f"UID:{uid}", "DTSTAMP:20261102T090000Z", "DTSTART:20261105T140000Z", "DTEND:20261105T144500Z",
        tx("SUMMARY", "Interview with Ciarán Hayes | Head Nurse | Riverside Veterinary Hospital"),
        "ORGANIZER;CN=Riverside Veterinary Hospital:mailto:jobs@riverside-vets.recruitee.com",
        g_att(WORK, "Aoife Brennan"), g_att("dhurley@riverside-vets.ie", "Dermot Hurley"),
        g_att("ciaran.hayes@yahoo.co.uk", "Ciarán Hayes"),
        tx("DESCRIPTION", "You are on the interview panel for candidate Ciarán Hayes (Head Nurse).\n"
           "Interview kit and scorecard: https://app.recruitee.com/#/candidates/5521/scorecard\nPlease submit "
           "your evaluation within 24 hours.\n\n" + meet("en", uid)),
        "LOCATION:Google Meet"]])))

    uid = "vetagro-stage-lea-dumont@vetagro-sup.fr"
    out.append(_neg("placement-school-fr", "fr", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261110T110000", "DTEND;TZID=Europe/Paris:20261110T113000",
        "DTSTAMP:20261103T100000Z", "ORGANIZER;CN=Service des stages VetAgro Sup:mailto:stages@vetagro-sup.fr",
        f"UID:{uid}", g_att(WORK, "Aoife Brennan"), g_att("lea.dumont@etu.vetagro-sup.fr", "Léa Dumont"),
        tx("DESCRIPTION", "Bonjour Madame Brennan,\n\nVoici le créneau pour l'entretien de Léa Dumont, "
           "étudiante en 4e année, candidate au stage Erasmus de 8 semaines dans votre clinique (Riverside "
           "Veterinary Hospital). Merci de nous transmettre votre avis après l'entretien.\n\n" + meet("fr", uid)
           + "\n\n" + google_footer("fr", WORK)),
        "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Entretien stage Erasmus - Léa Dumont / Riverside Veterinary Hospital"),
        "TRANSP:OPAQUE"]], tzs=("Europe/Paris",))))

    uid = "camille-rey-asv-riverside@gmail.com"
    out.append(_neg("candidate-invites-fr", "fr", uid, cal(GOOGLE, [[
        "DTSTART:20261112T100000Z", "DTEND:20261112T103000Z", "DTSTAMP:20261106T183000Z",
        "ORGANIZER;CN=Camille Rey:mailto:camille.rey.asv@gmail.com", f"UID:{uid}",
        g_att("camille.rey.asv@gmail.com", "Camille Rey", "ACCEPTED"), g_att(WORK, "Aoife Brennan"),
        tx("DESCRIPTION", "Bonjour Madame Brennan,\nMerci beaucoup de me recevoir pour le poste d'auxiliaire "
           "vétérinaire chez Riverside. Comme convenu je crée l'invitation visio depuis Lyon.\nCamille Rey\n\n"
           + meet("fr", uid)),
        "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Entretien - poste d'auxiliaire vétérinaire - Riverside Veterinary Hospital"),
        "TRANSP:OPAQUE"]])))

    uid = "tiho-praktikum-jwerner@tiho-hannover.de"
    out.append(_neg("placement-student-de", "de", uid, cal(OUTLOOK16, [[
        "ORGANIZER;CN=Johanna Werner:mailto:johanna.werner@stud.tiho-hannover.de",
        o_att(WORK, "Aoife Brennan"),
        tx("DESCRIPTION", "Liebe Frau Brennan, vielen Dank, dass Sie sich Zeit für ein Gespräch über mein "
           "Praktikum in Ihrer Klinik nehmen. Ich bin Studentin im 7. Semester an der TiHo Hannover und "
           "würde gern im Frühjahr 8 Wochen in Cork mitarbeiten.\nJohanna Werner\n\n" + teams("de", uid)),
        f"UID:{uid}", tx("SUMMARY", "Praktikumsgespräch Riverside Veterinary Hospital - Johanna Werner"),
        "DTSTART;TZID=W. Europe Standard Time:20261117T160000",
        "DTEND;TZID=W. Europe Standard Time:20261117T163000", "DTSTAMP:20261110T080000Z",
        *outlook_tail()]], tzs=("W. Europe Standard Time",))))

    uid = "entrevista-atv-riverside-lserrano@riverside-vets.ie"
    out.append(_neg("candidate-es", "es", uid, cal(OUTLOOK16, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie", o_att(WORK, "Aoife Brennan"),
        o_att("lucia.serrano.atv@hotmail.es", "Lucía Serrano"),
        tx("DESCRIPTION;LANGUAGE=es-ES", "Hola Lucía, te confirmamos la entrevista para el puesto de auxiliar "
           "técnico veterinario (ATV) en Riverside Veterinary Hospital, Cork. Te entrevistará Aoife Brennan, "
           "enfermera veterinaria jefa de turno, que habla algo de español.\n\n" + teams("es", uid)),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=es-ES", "Entrevista ATV - Lucía Serrano con Aoife Brennan"),
        f"DTSTART;TZID={GST}:20261119T093000", f"DTEND;TZID={GST}:20261119T100000", "DTSTAMP:20261112T120000Z",
        *outlook_tail()]], tzs=(GST,))))

    uid = "rvh-headnurse-shortlist@riverside-vets.ie"
    out.append(_neg("hiring-panel-shortlist", "en", uid, cal(GOOGLE, [[
        "DTSTART:20261030T123000Z", "DTEND:20261030T131500Z", "DTSTAMP:20261026T120000Z",
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie", f"UID:{uid}",
        g_att("dhurley@riverside-vets.ie", "Dermot Hurley", "ACCEPTED"), g_att(WORK, "Aoife Brennan"),
        g_att("mcorcoran@riverside-vets.ie", "Mark Corcoran"),
        room("riverside-vets.ie_staffroom@resource.calendar.google.com", "Staff room", "RESOURCE"),
        tx("DESCRIPTION", "Hiring panel: agree the shortlist for Head Nurse (7 applications) and who we invite "
           "for interview."),
        "SEQUENCE:0", "STATUS:CONFIRMED", tx("SUMMARY", "Hiring panel: Head Nurse shortlist"),
        "TRANSP:OPAQUE"]])))

    uid = "040000008200E00074C5B7101A82E00800000000RVHTRAIN44"
    out.append(_neg("interviewer-training", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Riverside HR:mailto:hr@riverside-vets.ie", o_att(WORK, "Aoife Brennan"),
        o_att("dhurley@riverside-vets.ie", "Dermot Hurley"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Short refresher for everyone on the practice hiring panel: fair "
           "questioning, what not to ask candidates, scoring consistently.\n\n" + teams("en", uid)),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Interviewer training - practice hiring panel"),
        f"DTSTART;TZID={GST}:20261006T130000", f"DTEND;TZID={GST}:20261006T134500", "DTSTAMP:20261001T100000Z",
        "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting", *outlook_tail()]], tzs=(GST,))))

    uid = "040000008200E00074C5B7101A82E00800000000RVHRECEP3"
    out.append(_neg("teams-receptionist-room", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie", o_att(WORK, "Brennan, Aoife"),
        o_att("tomas.ryan88@icloud.com", "Tomás Ryan"),
        room("training.room@riverside-vets.ie", "Riverside Training Room"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Veterinary Receptionist - candidate 3 of 4 (Tomás Ryan). Aoife leads "
           "the client-care role play."),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Interview - Veterinary Receptionist - candidate 3 of 4"),
        f"DTSTART;TZID={GST}:20261126T110000", f"DTEND;TZID={GST}:20261126T114500", "DTSTAMP:20261119T090000Z",
        tx("LOCATION;LANGUAGE=en-IE", "Riverside Training Room"), *outlook_tail()]], tzs=(GST,))))

    uid = "0aoifenote-rvns-work@google.com"
    out.append(_neg("handtyped-google", "en", uid, cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261204T140000", "DTEND;TZID=Europe/Dublin:20261204T160000",
        "DTSTAMP:20261201T220000Z", f"UID:{uid}", "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "interviewing 2 new RVNs @ work (panel w/ Dermot)"), "TRANSP:OPAQUE"]], method="PUBLISH",
        tzs=("Europe/Dublin",), head=("X-WR-CALNAME:aoife.brennan@outlook.ie", "X-WR-TIMEZONE:Europe/Dublin"))))

    uid = "040000008200E00074C5B7101A82E00800000000RVHSJCC1"
    out.append(_neg("placement-college", "en", uid, cal(OUTLOOK, [[
        "ORGANIZER;CN=Brennan, Aoife:mailto:" + WORK,
        o_att("ethan.odriscoll@student.sjcc.ie", "Ethan O'Driscoll"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Hi Ethan,\n\nThanks for your interest in a clinical placement with us. "
           "This is a short interview so we can match you with the right block - nothing to prepare.\n\n"
           "Aoife Brennan RVN\nSenior Nurse, Riverside Veterinary Hospital\n\n" + teams("en", uid)),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Placement interview: 2nd-year veterinary nursing student "
                         "(St. John's Central College)"),
        f"DTSTART;TZID={GST}:20261201T160000", f"DTEND;TZID={GST}:20261201T162000", "DTSTAMP:20261124T100000Z",
        "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting", *outlook_tail()]], tzs=(GST,))))

    return out
