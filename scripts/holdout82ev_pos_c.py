"""holdout82 interviews, part C: free-mail chair of trustees, Thunderbird, a cancellation, a reschedule, French
and Spanish invitations, SENT-BY, phone screen, an all-day assessment centre, an X-WR-TIMEZONE export, Zoom and
an agency naming the employer only in the text."""

from __future__ import annotations

from holdout82ev_ics import (
    USER_FREE,
    UTC_BERLIN,
    att_g,
    att_ol,
    google,
    google_uid,
    guid,
    meet_code,
    meet_es,
    outlook,
    outlook_uid,
    p,
    pos,
    teams_en,
    teams_fr,
    tok,
    tz_olson_london,
    tz_windows,
    zoom_en,
)

ME_OL = att_ol("Rebecca Thompson", USER_FREE)


def events() -> list[dict]:
    out: list[dict] = []

    # C1 chair of a small charity invites from Hotmail, treasurer on Outlook.com
    uid = outlook_uid("c1-an")
    desc = ("Hi Rebecca,\n\nPaula (our Treasurer) and I are looking forward to meeting you on Tuesday evening for "
            "the Finance Director role. We'll use my Zoom – details below. Expect about an hour; we'll ask about "
            "your experience with restricted grants and getting a small finance team onto a proper month-end.\n\n"
            "Best wishes\nDerek\n\nDerek Wilson\nChair, Access North – a disabled people's organisation, Preston\n\n"
            + zoom_en("c1", "Derek Wilson", "us04web"))
    out.append(pos("freemail-chair-zoom", uid, outlook(
        uid, org="ORGANIZER;CN=Derek Wilson:mailto:derek.wilson1954@hotmail.co.uk",
        atts=[ME_OL, att_ol("paulagrant@outlook.com", "paulagrant@outlook.com")],
        summary="Access North – Finance Director interview (Rebecca)", start="20251014T180000",
        end="20251014T190000", stamp="20251008T210405Z", desc=desc, location="Zoom",
        prodid="Microsoft Exchange Server 2010", alt=False),
        company="Access North", role="Finance Director",
        interviewers="derek.wilson1954@hotmail.co.uk;paulagrant@outlook.com", trap="freemail-chair-zoom-en"))

    # C2 Thunderbird invitation from the chief executive
    uid = guid("c2-calder")
    desc = ("Dear Rebecca,\n\nThank you for applying for the post of Finance & Resources Director at The Calder "
            "Foundation. Hugh Barraclough (Chair of our Finance, Audit and Investment Committee) and I would like "
            "to invite you to interview at our offices: Dean Clough, Mill 4, Halifax HX3 5AX.\n\nWe will ask you "
            "to talk for ten minutes about how you would report investment performance and grant commitments to "
            "a board of volunteers.\n\nYours sincerely\nAlison Firth\nChief Executive")
    out.append(pos("thunderbird", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
        "METHOD:REQUEST", *tz_olson_london(), "BEGIN:VEVENT", "CREATED:20250915T152255Z",
        "LAST-MODIFIED:20250915T152834Z", "DTSTAMP:20250915T152834Z", f"UID:{uid}",
        p("SUMMARY", "The Calder Foundation - interview: Finance & Resources Director"),
        "ORGANIZER;RSVP=FALSE;CN=Alison Firth;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ceo@calderfoundation.org.uk",
        f"ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{USER_FREE}",
        "ATTENDEE;RSVP=TRUE;CN=Hugh Barraclough;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:hugh.barraclough@"
        "calderfoundation.org.uk", "X-MOZ-SEND-INVITATIONS:TRUE",
        "DTSTART;TZID=Europe/London:20250926T100000", "DTEND;TZID=Europe/London:20250926T111500",
        p("DESCRIPTION", desc), p("LOCATION", "Dean Clough, Mill 4, Halifax HX3 5AX"), "SEQUENCE:0",
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:2", "END:VEVENT", "END:VCALENDAR"],
        company="The Calder Foundation", role="Finance & Resources Director",
        interviewers="ceo@calderfoundation.org.uk;hugh.barraclough@calderfoundation.org.uk", trap="thunderbird-en"))

    # C3 cancellation (METHOD:CANCEL, STATUS:CANCELLED)
    uid = outlook_uid("c3-nrt")
    out.append(pos("outlook-cancel", uid, outlook(
        uid, org='ORGANIZER;CN="Marsh, Owen":mailto:owen.marsh@northernrivers.org.uk', atts=[ME_OL],
        summary="Canceled: Interview – Finance Director (Northern Rivers Trust)", start="20251104T140000",
        end="20251104T150000", stamp="20251030T081900Z", seq=1, method="CANCEL", busy="FREE",
        desc="Rebecca – apologies for the short notice. The board has decided to pause this appointment while it "
             "reviews the senior structure, so I need to cancel Tuesday's interview. I'll be in touch as soon as "
             "we know more.\n\nOwen Marsh\nChief Executive, Northern Rivers Trust",
        location="Northern Rivers Trust, Low Mill, Hexham", extra=("STATUS:CANCELLED",)),
        company="Northern Rivers Trust", role="Finance Director", interviewers="owen.marsh@northernrivers.org.uk",
        trap="cancelled-en"))

    # C4 rescheduled Google invitation (SEQUENCE 2), coordinator organises, CEO interviews
    uid = google_uid("c4-plp")
    desc = ("UPDATED: moved from Tuesday 11 November to Thursday 13 November at Andrew's request – same venue.\n\n"
            "Dear Rebecca,\n\nThis is your interview for Chief Financial Officer with Andrew Cole, CEO of Pendle "
            "Learning Partnership (14 academies across Pendle and Burnley). Please report to reception at PLP "
            "Central Office, Carr Road, Nelson BB9 7JS.\n\nBethany Nuttall\nHR Officer, PLP")
    out.append(pos("google-rescheduled", uid, google(
        uid, org="Bethany Nuttall|b.nuttall@plp.org.uk",
        atts=[att_g("Andrew Cole", "andrew.cole@plp.org.uk", "ACCEPTED"), att_g("Rebecca Thompson", USER_FREE)],
        summary="CFO interview – Rebecca Thompson / Andrew Cole (CEO)", start="20251113T153000",
        end="20251113T163000", stamp="20251106T112033Z", desc=desc, seq=2,
        location="PLP Central Office, Carr Road, Nelson BB9 7JS"),
        company="Pendle Learning Partnership", role="Chief Financial Officer", stage="hiring_manager",
        interviewers="andrew.cole@plp.org.uk", trap="rescheduled-en"))

    # C5 French HR screen from a Paris headquarters, Windows zone "Romance Standard Time"
    uid = outlook_uid("c5-asi")
    desc = ("Bonjour Rebecca,\n\nSuite à votre candidature au poste de Directeur·rice Administratif·ve et "
            "Financier·ère – bureau Royaume-Uni (Manchester), je vous propose un premier entretien RH de 45 "
            "minutes. Comme indiqué dans l'annonce, l'entretien se déroulera en partie en anglais et en partie en "
            "français.\n\nBien cordialement,\nClaire Dubois\nChargée de recrutement\nAide et Solidarité "
            "Internationale (ASI)\n14 rue de la Roquette, 75011 Paris\n\n" + teams_fr("c5"))
    out.append(pos("teams-fr-hr-screen", uid, outlook(
        uid, org="ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@asi-solidarite.org", atts=[ME_OL],
        summary="Entretien RH – DAF Royaume-Uni – Rebecca Thompson", start="20250917T110000",
        end="20250917T114500", stamp="20250910T133000Z", desc=desc, tzid="Romance Standard Time",
        tz=tz_windows("Romance Standard Time", "+0100", "+0200"), lang="fr-FR",
        location="Réunion Microsoft Teams"),
        company="Aide et Solidarité Internationale", role="Directeur·rice Administratif·ve et Financier·ère",
        stage="recruiter_screen", interviewers="claire.dubois@asi-solidarite.org", trap="teams-hr-screen-fr"))

    # C6 French case study from a Geneva foundation, "(UTC+01:00) Amsterdam, Berlin, ..." zone
    uid = outlook_uid("c6-fhp")
    desc = ("Madame,\n\nNous vous remercions de votre intérêt pour le poste de Chief Financial Officer basé à "
            "Manchester. Nous avons le plaisir de vous convier à la deuxième étape : une étude de cas financière "
            "(budget consolidé Suisse / Royaume-Uni, couverture de change GBP/CHF), que vous présenterez à Mme Laure "
            "Bonvin, Directrice générale, et à M. Marc Favre, Trésorier du Conseil de fondation.\n\nVous recevrez "
            "le dossier 24 heures à l'avance. L'échange pourra se faire en anglais.\n\nVeuillez agréer, Madame, "
            "nos salutations distinguées.\n\nSecrétariat RH\nFondation Horizons Partagés, Genève\n\n" +
            teams_fr("c6"))
    out.append(pos("outlook-fr-case-utcplus1", uid, outlook(
        uid, org="ORGANIZER;CN=Secrétariat RH:mailto:rh@horizons-partages.ch",
        atts=[ME_OL, att_ol("Bonvin Laure", "l.bonvin@horizons-partages.ch"),
              att_ol("Favre Marc", "m.favre@horizons-partages.ch")],
        summary="Étude de cas – poste de Chief Financial Officer (bureau de Manchester)", start="20260122T150000",
        end="20260122T163000", stamp="20260112T100509Z", desc=desc, tzid=UTC_BERLIN,
        tz=tz_windows(UTC_BERLIN, "+0100", "+0200"), lang="fr-CH", location="Réunion Microsoft Teams"),
        company="Fondation Horizons Partagés", role="Chief Financial Officer", stage="technical",
        interviewers="l.bonvin@horizons-partages.ch;m.favre@horizons-partages.ch", trap="case-study-fr"))

    # C7 Spanish Google Meet invitation from Madrid; HR only convenes
    uid = google_uid("c7-fhs")
    desc = ("Hola Rebecca:\n\nTe confirmo la entrevista con Javier Ortega Ruiz, director general de la Fundación "
            "Horizonte Solidario, para el puesto de Directora Financiera de nuestra oficina en el Reino Unido "
            "(Liverpool). La entrevista será en inglés. Yo me encargo solo de la convocatoria y no estaré en la "
            "llamada.\n\nUn saludo,\nLucía Méndez\nRecursos Humanos\n\n" + meet_es("c7"))
    out.append(pos("google-meet-es", uid, google(
        uid, org="Lucía Méndez|lucia.mendez@horizontesolidario.org",
        atts=[att_g("Javier Ortega Ruiz", "javier.ortega@horizontesolidario.org", "ACCEPTED"),
              att_g("Rebecca Thompson", USER_FREE)],
        summary="Entrevista – Directora Financiera Reino Unido (Rebecca Thompson)", start="20251021T120000",
        end="20251021T130000", stamp="20251014T101010Z", desc=desc, tzid="Europe/Madrid", meet=meet_code("c7")),
        company="Fundación Horizonte Solidario", role="Directora Financiera", stage="hiring_manager",
        interviewers="javier.ortega@horizontesolidario.org", trap="google-meet-hm-es"))

    # C8 SENT-BY: chief executive's PA, hiring manager interview
    uid = outlook_uid("c8-irk")
    desc = ("Dear Rebecca\n\nSimon would like to meet you as part of the recruitment process for the Director of "
            "Finance at Irkside Homes. This will be a one-to-one interview with Simon as the post's line manager; "
            "the board panel will follow for shortlisted candidates.\n\nMany thanks\nTracey Hindle\nPA to the "
            "Chief Executive\n\n" + teams_en("c8"))
    out.append(pos("outlook-sentby-hm", uid, outlook(
        uid, org='ORGANIZER;CN="Hargreaves, Simon";SENT-BY="mailto:tracey.hindle@irksidehomes.org.uk":mailto:'
                 'simon.hargreaves@irksidehomes.org.uk', atts=[ME_OL],
        summary="Meeting with Chief Executive – Director of Finance appointment", start="20260112T110000",
        end="20260112T120000", stamp="20251219T141400Z", desc=desc, location="Microsoft Teams Meeting"),
        company="Irkside Homes", role="Director of Finance", stage="hiring_manager",
        interviewers="simon.hargreaves@irksidehomes.org.uk", trap="outlook-sentby-hm-en"))

    # C9 HR manager's telephone interview
    uid = outlook_uid("c9-twht")
    desc = ("Dear Rebecca\n\nThank you for your application. This is an initial telephone interview of about 30 "
            "minutes with me. I'll call you on 07700 900418. We will talk through your experience, your reasons "
            "for applying and practicalities; shortlisted candidates will be invited to a panel interview at the "
            "Discovery Museum.\n\nKind regards\nJoanna Bell\nHR Manager\nTyne & Wear Heritage Trust")
    out.append(pos("outlook-phone-screen", uid, outlook(
        uid, org='ORGANIZER;CN="Bell, Joanna":mailto:joanna.bell@twht.org.uk', atts=[ME_OL],
        summary="Telephone interview – Finance Director – Rebecca Thompson", start="20250910T160000",
        end="20250910T163000", stamp="20250903T101500Z", desc=desc, location="Telephone"),
        company="Tyne & Wear Heritage Trust", role="Finance Director", stage="recruiter_screen",
        interviewers="joanna.bell@twht.org.uk", trap="phone-screen-en"))

    # C10 all-day assessment centre
    uid = google_uid("c10-awhg")
    desc = ("Assessment Centre – Group Chief Financial Officer\n\nPlease arrive at 08:45 at Wharfe House, Otley "
            "Road, Shipley BD18 3SA. The day finishes at about 16:30.\n\nProgramme: in-tray exercise; critique of "
            "a board paper on the 30-year business plan; tenant scrutiny panel; final interview with Shabana "
            "Hussain (Group Chief Executive) and Neil Armitage (Group Chair).\n\nAWHG Talent Team")
    out.append(pos("google-allday-assessment", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251106", "DTEND;VALUE=DATE:20251107",
        "DTSTAMP:20251027T160000Z", "ORGANIZER;CN=AWHG Talent:mailto:talent@awhg.org.uk", f"UID:{uid}",
        att_g("Rebecca Thompson", USER_FREE), "CREATED:20251027T155901Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20251027T160000Z", p("LOCATION", "Wharfe House, Otley Road, Shipley BD18 3SA"),
        "SEQUENCE:0", "STATUS:CONFIRMED", p("SUMMARY", "Assessment Centre – Group CFO – Aire & Wharfe Housing Group"),
        "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"],
        company="Aire & Wharfe Housing Group", role="Group Chief Financial Officer", stage="onsite",
        interviewers="Shabana Hussain;Neil Armitage", trap="allday-assessment-centre-en"))

    # C11 the user's own Google calendar export: X-WR-TIMEZONE, UTC times, no VTIMEZONE
    uid = google_uid("c11-pct")
    out.append(pos("x-wr-timezone-export", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "X-WR-CALNAME:Rebecca Thompson", "X-WR-TIMEZONE:Europe/London", "BEGIN:VEVENT",
        "DTSTART:20251118T100000Z", "DTEND:20251118T113000Z", "DTSTAMP:20251201T090000Z", f"UID:{uid}",
        "CREATED:20251103T184410Z",
        p("DESCRIPTION", "Panel: Joanne Whitaker (CEO) + Mike Dobson (Chair of Trustees). Bring passport + ACA "
                         "cert. 10 min pres: 'Reserves & the cost of our residential homes'."),
        "LAST-MODIFIED:20251103T184410Z", p("LOCATION", "Pennine Children's Trust, Drake Street, Rochdale"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:PCT panel interview – Rochdale", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"],
        company="Pennine Children's Trust", stage="onsite", interviewers="Joanne Whitaker;Mike Dobson",
        trap="x-wr-timezone-own-en"))

    # C12 Zoom's own calendar file; HR officer hosts the waiting room only
    mid = tok("c12", 11, "0123456789")
    uid = f"ZOOM{mid}"
    desc = ("Hi Rebecca,\n\nI'll admit you from the waiting room but I'm not on the panel. Your panel: Catherine "
            "Holt (Director) and Will Sutcliffe (Treasurer).\n\nZoe Clegg\nHR Officer, Brontë Landscapes Trust\n\n"
            + zoom_en("c12", "Zoe Clegg", "us02web"))
    out.append(pos("zoom-ics", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "CLASS:PUBLIC", "BEGIN:VTIMEZONE", "TZID:Europe/London", "LAST-MODIFIED:20230407T050750Z",
        "TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZNAME:BST", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZNAME:GMT",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
        "DTSTAMP:20251030T120003Z", "DTSTART;TZID=Europe/London:20251107T100000",
        "DTEND;TZID=Europe/London:20251107T110000", p("SUMMARY", "Brontë Landscapes Trust – Head of Finance interview"),
        f"UID:{uid}", "TZID:Europe/London", p("DESCRIPTION", desc),
        f"LOCATION:https://us02web.zoom.us/j/{mid}", "ORGANIZER;CN=Zoe Clegg:mailto:hr@brontelandscapes.org.uk",
        "ATTENDEE;CN=Catherine Holt;RSVP=TRUE:mailto:catherine.holt@brontelandscapes.org.uk",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_FREE}", "BEGIN:VALARM", "TRIGGER:-PT10M",
        "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"],
        company="Brontë Landscapes Trust", role="Head of Finance",
        interviewers="catherine.holt@brontelandscapes.org.uk;Will Sutcliffe", trap="zoom-hr-host-en"))

    # C13 agency invitation; the employer appears only in the text
    uid = outlook_uid("c13-wca")
    desc = ("Dear Rebecca\n\nI'm pleased to confirm your interview with our client, Wirral Carers Alliance, for the "
            "Director of Finance & Resources position.\n\nPanel: Angela Moss (Chief Executive) and Raj Patel (Chair "
            "of Trustees)\nVenue: 41 Hamilton Square, Birkenhead CH41 5AR – ring the bell for the first floor\n"
            "Format: 15-minute presentation on full cost recovery in local-authority contracts, then questions.\n\n"
            "Do call me afterwards to debrief.\n\nLucy Fenn\nSenior Consultant – Not for Profit\nCharity Talent "
            "Partners Ltd")
    out.append(pos("agency-employer-in-body", uid, outlook(
        uid, org="ORGANIZER;CN=Lucy Fenn:mailto:lucy.fenn@charitytalentpartners.co.uk", atts=[ME_OL],
        summary="Interview confirmation – Director of Finance & Resources – Rebecca Thompson",
        start="20251204T133000", end="20251204T144500", stamp="20251126T170707Z", desc=desc,
        location="41 Hamilton Square, Birkenhead"),
        company="Wirral Carers Alliance", role="Director of Finance & Resources",
        interviewers="Angela Moss;Raj Patel", trap="agency-employer-in-body-en"))

    # C14 chief executive's own Teams invite (new Teams footer)
    uid = outlook_uid("c14-irw")
    desc = ("Hi Rebecca\n\nLooking forward to talking on Tuesday about the Finance Director role. Irwell Leisure (the "
            "trading name of Irwell Community Leisure Trust) runs eleven leisure centres and three libraries across "
            "Bury and Salford, so I'm keen to hear how you'd handle energy costs, VAT on leisure and a capital "
            "programme.\n\nPaul\n\n" + teams_en("c14", new_style=True))
    out.append(pos("teams-new-hm", uid, outlook(
        uid, org='ORGANIZER;CN="Deane, Paul":mailto:paul.deane@irwellleisure.org.uk', atts=[ME_OL],
        summary="Finance Director – interview with Paul Deane (CEO)", start="20251202T150000",
        end="20251202T160000", stamp="20251124T090000Z", desc=desc, location="Microsoft Teams Meeting"),
        company="Irwell Leisure", role="Finance Director", stage="hiring_manager",
        interviewers="paul.deane@irwellleisure.org.uk", trap="teams-new-hm-en"))

    return out
