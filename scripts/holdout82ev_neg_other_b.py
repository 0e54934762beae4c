"""holdout82 other negatives, part B: hospice board, internal meetings, the user's own appraisal and exit
interview, an informational coffee, a careers day, a reference call as referee, a recruiter call naming no
employer, an audit "interview", a newsletter interview, German/French/Spanish items, a mentee's mock interview,
career coaching and an away day."""

from __future__ import annotations

from holdout82ev_ics import (
    USER_FREE,
    USER_WORK,
    apple_uid,
    att_g,
    att_ol,
    google,
    google_uid,
    guid,
    meet_code,
    meet_es,
    neg,
    outlook,
    outlook_uid,
    p,
    teams_en,
    tok,
    tz_apple_london,
    tz_olson_cet,
    zoom_en,
)

ME_F = att_ol("Rebecca Thompson", USER_FREE)
ME_W = att_ol("Thompson, Rebecca", USER_WORK)
CEO = att_ol("Kerr, Siobhan (Dr)", "siobhan.kerr@northernhearts.org.uk")


def events() -> list[dict]:
    out: list[dict] = []

    uid = outlook_uid("o18")
    out.append(neg("hospice-board", uid, outlook(
        uid, org="ORGANIZER;CN=St Aidan's Governance:mailto:governance@staidans.org.uk",
        atts=[ME_F, att_ol("Ormerod, David", "david.ormerod@staidans.org.uk")],
        summary="St Aidan's Hospice – Board of Trustees (quarterly)", start="20251215T173000", end="20251215T193000",
        stamp="20250901T090000Z", location="Board Room, Ashfield House",
        desc="Agenda and papers will follow via the board portal. Items include the CEO recruitment update, the "
             "Q2 finance report and the CQC action plan."), trap="board-trustee-en"))

    uid = outlook_uid("o19")
    out.append(neg("budget-review", uid, outlook(
        uid, org='ORGANIZER;CN="Thompson, Rebecca":mailto:' + USER_WORK, atts=[CEO],
        summary="FY26/27 budget – first draft review", start="20260113T140000", end="20260113T153000",
        stamp="20260105T083000Z", location="Siobhan's office",
        desc="Walk through first-draft budget: income assumptions, salary uplift scenarios, reserves target.",
        alt=False), trap="internal-meeting-en"))

    uid = outlook_uid("o20")
    out.append(neg("own-appraisal", uid, outlook(
        uid, org='ORGANIZER;CN="Kerr, Siobhan (Dr)":mailto:siobhan.kerr@northernhearts.org.uk', atts=[ME_W],
        summary="Annual appraisal (PDR) – Rebecca Thompson", start="20251205T100000", end="20251205T113000",
        stamp="20251114T120000Z", location="Siobhan's office",
        desc="Rebecca – your annual performance and development review. Please complete the self-assessment form "
             "on BreatheHR by 1 December.\nSiobhan"), trap="own-appraisal-en"))

    uid = google_uid("o21")
    out.append(neg("own-exit-interview", uid, google(
        uid, org="Gary Lomax|manager@chorltoncu.co.uk",
        atts=[att_g("Gary Lomax", "manager@chorltoncu.co.uk", "ACCEPTED"), att_g("Rebecca Thompson", USER_FREE)],
        summary="Exit interview – stepping down as Treasurer", start="20260119T180000", end="20260119T184500",
        stamp="20260108T101500Z", location="Chorlton Credit Union, Barlow Moor Road",
        desc="Hi Rebecca, thank you for six years as our volunteer Treasurer. The board asks every departing "
             "director for a short exit interview – what worked, what didn't, and any handover points for your "
             "successor.\nGary Lomax, General Manager, Chorlton Credit Union"), trap="own-exit-interview-en"))

    uid = apple_uid("o22")
    out.append(neg("informational-coffee", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN", "CALSCALE:GREGORIAN",
        *tz_apple_london(), "BEGIN:VEVENT", "CREATED:20251110T210000Z", "DTSTAMP:20251110T210000Z",
        "DTSTART;TZID=Europe/London:20251117T123000", "DTEND;TZID=Europe/London:20251117T131500",
        p("SUMMARY", "Coffee – Claire Hughes (outgoing FD, Ribble Living)"),
        p("DESCRIPTION", "informal – she offered to give background on the board + the finance team. Not part of "
                         "the process."), p("LOCATION", "Grindsmith, Deansgate"), f"UID:{uid}", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"], trap="informational-coffee-en"))

    uid = f"{tok('o23', 12, '0123456789')}@eventbrite.com"
    out.append(neg("careers-day", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventbrite//Eventbrite Calendar//EN", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20250915T100000Z", "DTSTART:20251001T120000Z", "DTEND:20251001T160000Z",
        p("SUMMARY", "NHS Finance Leadership Careers Day – Leeds"),
        p("DESCRIPTION", "Meet finance directors and recruiters from trusts across the North East and Yorkshire, "
                         "hear about board-level finance careers and get your CV reviewed.\n\nOrder #" +
                         tok("o23o", 10, "0123456789") + " – 1 x General admission"),
        p("LOCATION", "Royal Armouries, Armouries Drive, Leeds LS10 1LT"), "END:VEVENT", "END:VCALENDAR"],
        trap="job-fair-en"))

    uid = outlook_uid("o24")
    out.append(neg("reference-referee", uid, outlook(
        uid, org='ORGANIZER;CN="Walsh, Amy":mailto:amy.walsh@bridgewaterhousing.org.uk', atts=[ME_W],
        summary="Reference call – Hannah Price", start="20251118T150000", end="20251118T152000",
        stamp="20251113T110000Z", location="Telephone",
        desc="Dear Rebecca\n\nThank you for agreeing to act as a referee for Hannah Price, who has been offered the "
             "post of Head of Financial Planning with us, subject to references. I'll ring you to ask a few "
             "questions about her time in your team.\n\nAmy Walsh\nPeople Partner, Bridgewater Community Housing"),
        trap="reference-referee-en"))

    uid = outlook_uid("o25")
    out.append(neg("recruiter-no-employer", uid, outlook(
        uid, org="ORGANIZER;CN=Tom Ferris:mailto:tom.ferris@marlowesearch.co.uk", atts=[ME_F],
        summary="Call – Rebecca Thompson / Tom Ferris (Marlowe Search)", start="20260106T123000",
        end="20260106T130000", stamp="20251219T101000Z", location="Tom to call Rebecca's mobile",
        desc="Rebecca – a quick call about a confidential Director of Finance search for a large housing "
             "association in the North West. I can't name the client yet as the incumbent hasn't announced their "
             "departure; I'll share what I can on the call.\n\nTom"), trap="recruiter-no-employer-en"))

    uid = outlook_uid("o26")
    out.append(neg("audit-fd-interview", uid, outlook(
        uid, org="ORGANIZER;CN=Ruth Akhtar:mailto:ruth.akhtar@grantmoss.co.uk", atts=[ME_W],
        summary="Audit planning – FD interview (fraud risk and ISA 240 / 315 inquiries)", start="20260121T100000",
        end="20260121T110000", stamp="20260108T090000Z", location="Microsoft Teams Meeting",
        desc="Hi Rebecca\n\nAs part of our planning for the year-end audit of Northern Hearts we are required to "
             "interview those charged with governance and management about fraud risk, laws and regulations and "
             "related parties. Questions attached.\n\nRuth Akhtar\nAudit Senior Manager, Grant & Moss LLP\n\n" +
             teams_en("o26")), trap="audit-interview-en"))

    uid = outlook_uid("o27")
    out.append(neg("newsletter-interview", uid, outlook(
        uid, org="ORGANIZER;CN=Megan Fox-Hall:mailto:megan.foxhall@northernhearts.org.uk", atts=[ME_W],
        summary="Interview for 'Heartbeat' staff newsletter – Meet the Finance Team", start="20251017T110000",
        end="20251017T113000", stamp="20251010T143000Z", location="Microsoft Teams Meeting",
        desc="Hi Rebecca! For the next Heartbeat I'd love to interview you about the finance team – who does what, "
             "the new expenses app, and a fun fact or two. 20–30 mins max.\nMegan, Internal Comms\n\n" +
             teams_en("o27", dial=False, new_style=True)), trap="internal-comms-en"))

    uid = f"{guid('o28')}"
    out.append(neg("german-class", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sprachschule Spreeblick//Kursplan//DE", "METHOD:PUBLISH",
        *tz_olson_cet("Europe/Berlin"), "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251120T080000Z",
        "DTSTART;TZID=Europe/Berlin:20251202T190000", "DTEND;TZID=Europe/Berlin:20251202T203000",
        p("SUMMARY", "Deutschkurs B1 online – Konversation: Das Vorstellungsgespräch"),
        p("DESCRIPTION", "Liebe Kursteilnehmende,\n\nheute üben wir Redemittel für ein Vorstellungsgespräch: sich "
                         "vorstellen, über Stärken und Schwächen sprechen, Fragen an den Arbeitgeber stellen. Bitte "
                         "bereiten Sie eine kurze Selbstvorstellung (2 Minuten) vor.\n\nBis Dienstag!\nIhre "
                         "Kursleiterin Anja Brandt\n\n" + zoom_en("o28", "Anja Brandt", "us05web")),
        "LOCATION:Zoom", "END:VEVENT", "END:VCALENDAR"], trap="class-de"))

    uid = google_uid("o29")
    out.append(neg("choir-exchange-fr", uid, google(
        uid, org="Chœur Saint-Jean de Lyon|contact@choeur-saintjean-lyon.fr",
        atts=[att_g("Chœur Saint-Jean de Lyon", "contact@choeur-saintjean-lyon.fr", "ACCEPTED"),
              att_g("Rebecca Thompson", USER_FREE)],
        summary="Répétition commune – Didsbury Choral Society & Chœur Saint-Jean", start="20260314T140000",
        end="20260314T173000", stamp="20260201T180000Z", tzid="Europe/Paris",
        location="Église Saint-Georges, 6 avenue Adolphe Max, 69005 Lyon",
        desc="Bonjour à tous,\n\nVoici le programme de la répétition commune avant le concert du dimanche : Requiem "
             "de Fauré puis les pièces anglaises. Un goûter sera offert à la pause.\n\nÀ samedi !\nLe bureau du "
             "Chœur Saint-Jean"), trap="choir-fr"))

    uid = google_uid("o30")
    out.append(neg("webinar-es", uid, google(
        uid, org="Fundación Horizonte Solidario|eventos@horizontesolidario.org",
        atts=[att_g("Rebecca Thompson", USER_FREE)],
        summary="Webinar: Transparencia financiera en las ONG", start="20251211T160000", end="20251211T171500",
        stamp="20251125T120000Z", tzid="Europe/Madrid", meet=meet_code("o30"),
        desc="Gracias por inscribirte en nuestro webinar sobre transparencia financiera y rendición de cuentas en "
             "las ONG. Intervienen nuestra directora de auditoría interna y dos patronos.\n\n" + meet_es("o30")),
        trap="webinar-es"))

    uid = outlook_uid("o31")
    out.append(neg("mentee-mock", uid, outlook(
        uid, org='ORGANIZER;CN="Thompson, Rebecca":mailto:' + USER_WORK,
        atts=[att_ol("Zainab Akhtar", "zainab.akhtar@student.manchester.ac.uk")],
        summary="Mentoring – Zainab: mock interview practice (ACCA trainee applications)",
        start="20251201T173000", end="20251201T183000", stamp="20251124T090000Z", location="Microsoft Teams Meeting",
        desc="Zainab – as promised, I'll play the interviewer for a 30-minute practice run of a trainee accountant "
             "interview, then we'll go through feedback.\n\n" + teams_en("o31", dial=False)),
        trap="mock-mentor-en"))

    uid = outlook_uid("o32")
    out.append(neg("career-coaching", uid, outlook(
        uid, org="ORGANIZER;CN=Gill Marston:mailto:gill@freshchaptercoaching.co.uk", atts=[ME_F],
        summary="Career coaching – session 3: CV and LinkedIn", start="20250904T173000", end="20250904T183000",
        stamp="20250828T100000Z", location="Zoom", prodid="Microsoft Exchange Server 2010",
        desc="Session 3 of 6. Please send me your current CV and the two job descriptions you're most excited "
             "about.\n\n" + zoom_en("o32", "Gill Marston"), alt=False), trap="career-coaching-en"))

    uid = outlook_uid("o33")
    lines = outlook(uid, org='ORGANIZER;CN="Thompson, Rebecca":mailto:' + USER_WORK,
                    atts=[att_ol("NH Finance Team", "finance.team@northernhearts.org.uk")],
                    summary="Finance team away day", start="X", end="X", stamp="20251205T090000Z",
                    location="The Lowry, Salford Quays", busy="OOF", alt=False,
                    desc="Year-end planning, systems wish-list, team lunch. No laptops!",
                    extra=("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",))
    lines = [("DTSTART;VALUE=DATE:20260123" if x.startswith("DTSTART;") else
              "DTEND;VALUE=DATE:20260124" if x.startswith("DTEND;") else x) for x in lines]
    out.append(neg("team-away-day", uid, lines, trap="internal-away-day-en"))

    return out
