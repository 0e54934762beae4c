"""Train12 positives, part A: Amélie's own interviews sent by ATS, schedulers and employers' own calendars."""

from __future__ import annotations

from train12ev_ics import CHAIR, COORD, ME, ME_NAME, ME_PRIVATE, ME_WORK, RESOURCE, ROOM, Ev, Person
from train12ev_world import COS, GOOGLE_FOOTER, Co, video

ME_P = Person(ME_NAME, ME_PRIVATE, ME)
ME_W = Person(ME_NAME, ME_WORK, ME)


def staff(co: Co, i: int, kind: str = "req") -> Person:
    """Given an employer and an index, returns that staff member as a Person."""
    name, local, _title = co.staff[i % len(co.staff)]
    return Person(name, f"{local}@{co.domain}", kind)


def title_of(co: Co, i: int) -> str:
    """Given an employer and an index, returns that staff member's job title."""
    return co.staff[i % len(co.staff)][2]


def first(co: Co, i: int) -> str:
    """Given an employer and an index, returns that staff member's first name."""
    name = co.staff[i % len(co.staff)][0].replace("Dr. ", "").replace("Dr ", "")
    return name.split()[0]


def co(name: str) -> Co:
    """Given an employer name, returns its record."""
    return next(c for c in COS if c.name == name)


def ats_events() -> list[Ev]:
    """Returns interviews scheduled through ATS and scheduling tools, one or two per tool and language."""
    out: list[Ev] = []
    v, th, cl, pl = co("Laboratoires Veyrier"), co("Théralis"), co("Clinexis"), co("Pharmalogis")
    hx, rk, nv, qv = co("Helvexa"), co("Rheinknie Biologics"), co("Nuvacta Therapeutics"), co("Quantiva")
    ip, hd, gi, lb = co("Isarpharm"), co("Hexamed Diagnostics"), co("Galenia Ibérica"), co("Laboratorios Brisa")
    out.append(Ev(
        "greenhouse-screen", "en", f"Interview: Amélie Duval <> {hx.name} - {hx.roles[0]}",
        f"Hi Amélie,\n\nYou're confirmed for a 30-minute phone screen with {staff(hx, 1).name} ({title_of(hx, 1)}) "
        f"for the {hx.roles[0]} position at {hx.name}.\n\n{video('zoom', 'en', 1)}\n\nNeed to reschedule? Reply to "
        "this email.\n\nPowered by Greenhouse", Person("Helvexa Recruiting", "no-reply@us.greenhouse-mail.io", COORD),
        [staff(hx, 1), ME_P], style="ats", tz=hx.tz, minutes=30, is_interview=True, company=hx.name, role=hx.roles[0],
        stage="recruiter_screen", trap="ats_greenhouse"))
    out.append(Ev(
        "lever-hm", "en", f"{rk.name}: {rk.roles[0]} - Hiring Manager Interview",
        f"Hello Amélie,\n\nThanks for making time to speak with {staff(rk, 0).name}, {title_of(rk, 0)}, about the "
        f"{rk.roles[0]} opening. The conversation will focus on your experience with variations, CTD modules and "
        f"hospital formularies.\n\n{video('teams', 'en', 2)}\n\nScheduled via Lever on behalf of {staff(rk, 1).name}",
        Person(staff(rk, 1).name, "olivier.berset@hire.lever.co", COORD), [staff(rk, 0), ME_P], style="ats",
        tz=rk.tz, minutes=60, is_interview=True, company=rk.name, role=rk.roles[0], stage="hiring_manager",
        trap="ats_lever"))
    out.append(Ev(
        "workday-fr", "fr", f"Entretien – {v.roles[1]} (R-0{4417}) – {v.name}",
        f"Bonjour Amélie,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste de {v.roles[1]} "
        f"(réf. R-04417).\nVous rencontrerez {staff(v, 0).name}, {title_of(v, 0)}.\nAdresse : 12 rue de Gerland, "
        "69007 Lyon – accueil bâtiment B.\n\nCordialement,\nL'équipe Recrutement Veyrier\n(message envoyé via "
        "Workday)", Person("Veyrier Recrutement", "veyrier@myworkday.com", COORD),
        [staff(v, 0), ME_P, Person("Salle Galien (B2-04)", "salle.galien@veyrier-pharma.fr", ROOM)],
        loc="12 rue de Gerland, 69007 Lyon", style="outlook_notz", minutes=60, is_interview=True,
        company=v.name, role=v.roles[1], stage="onsite", trap="ats_workday_room"))
    out.append(Ev(
        "welcometothejungle", "fr", f"Premier échange avec {th.name} – {th.roles[0]}",
        f"Bonjour Amélie,\n\n{staff(th, 1).name} vous propose un premier échange téléphonique de 30 minutes au "
        f"sujet de votre candidature au poste de {th.roles[0]} (région Auvergne-Rhône-Alpes).\nIl vous appellera "
        "au numéro indiqué dans votre profil.\n\nÀ bientôt,\nWelcome to the Jungle",
        Person("Welcome to the Jungle", "notifications@welcometothejungle.com", COORD), [staff(th, 1), ME_P],
        style="ats", minutes=30, is_interview=True, company=th.name, role=th.roles[0], stage="recruiter_screen",
        trap="ats_wttj"))
    out.append(Ev(
        "teamtailor-fr", "fr", f"{cl.name} | Entretien technique – {cl.roles[1]}",
        f"Bonjour Amélie,\n\nSuite à votre échange avec {staff(cl, 1).name}, nous vous invitons à un entretien "
        f"technique avec {staff(cl, 2).name} ({title_of(cl, 2)}) et {staff(cl, 0).name}.\nAu programme : étude de "
        "cas sur un plan de monitoring et questions sur les BPC.\n\n" + video("teams", "fr", 3) +
        "\n\nEnvoyé avec Teamtailor", Person("Clinexis", "noreply@teamtailor.com", COORD),
        [staff(cl, 2), staff(cl, 0), ME_P], style="ats", minutes=75, is_interview=True, company=cl.name,
        role=cl.roles[1], stage="technical", trap="ats_teamtailor"))
    out.append(Ev(
        "calendly-booked", "en", f"Amélie Duval and {staff(nv, 1).name}",
        f"Event Name: Intro call – {nv.roles[0]}\n\nNeed to make changes to this event?\nCancel: https://calendly.com/"
        f"cancellations/7f1a\nReschedule: https://calendly.com/reschedulings/7f1a\n\nPlease share anything that "
        f"will help prepare for our meeting.: Hospital pharmacist, 8 yrs, oncology PUI\n\n{video('zoom', 'en', 4)}",
        Person(staff(nv, 1).name, "freya.dunn@nuvacta.com", CHAIR), [ME_P], style="ats", tz=nv.tz, minutes=30,
        prodid="-//Calendly//Calendly//EN", is_interview=True, company=nv.name, role=nv.roles[0],
        stage="recruiter_screen", trap="calendly_invitee"))
    out.append(Ev(
        "goodtime-panel", "en", f"Onsite interview – {hx.roles[1]} – Amélie Duval",
        f"Your onsite interview at {hx.name}, Klybeckstrasse 141, 4057 Basel\n\n09:00 {staff(hx, 0).name} – "
        f"{title_of(hx, 0)}\n09:45 {staff(hx, 2).name} – {title_of(hx, 2)}\n10:30 Site tour (sterile "
        f"manufacturing)\n11:15 {staff(hx, 1).name} – wrap-up\n\nPlease bring a photo ID for site security.\n\n"
        "Scheduled with GoodTime", Person("Helvexa Interview Scheduling", "scheduling@helvexa.goodtime.io", COORD),
        [staff(hx, 0), staff(hx, 2), staff(hx, 1), ME_P, Person("Visitor badge desk", "badges@helvexa.ch", RESOURCE)],
        loc="Klybeckstrasse 141, 4057 Basel", style="ats", tz=hx.tz, minutes=165, is_interview=True,
        company=hx.name, role=hx.roles[1], stage="onsite", trap="ats_goodtime_site_tour"))
    out.append(Ev(
        "ashby-final", "en", f"Final round: {nv.name} × Amélie",
        f"Final conversation with {staff(nv, 0).name} ({title_of(nv, 0)}) for the {nv.roles[1]} role.\n"
        f"{video('meet', 'en', 5)}\n\nSent from Ashby", Person("Nuvacta Therapeutics", "no-reply@ashbyhq.com", COORD),
        [staff(nv, 0), ME_P], style="ats", tz=nv.tz, minutes=45, is_interview=True, company=nv.name,
        role=nv.roles[1], stage="final", trap="ats_ashby"))
    out.append(Ev(
        "smartrecruiters", "en", f"Video interview - {qv.roles[0]} - {qv.name}",
        f"Dear Amélie,\n\nThank you for your interest in {qv.name}. This is a confirmation of your interview with "
        f"{staff(qv, 2).name} and {staff(qv, 0).name}.\nPosition: {qv.roles[0]} (home-based, France)\n\n"
        f"{video('webex', 'en', 6, 'quantiva')}\n\nSmartRecruiters on behalf of {qv.name}",
        Person("Quantiva Talent", "no-reply@smartrecruiters.com", COORD), [staff(qv, 2), staff(qv, 0), ME_P],
        style="ats", tz=qv.tz, minutes=60, is_interview=True, company=qv.name, role=qv.roles[0], stage="technical",
        trap="ats_smartrecruiters_webex"))
    out.append(Ev(
        "personio-de", "de", f"Vorstellungsgespräch {ip.roles[0]} – {ip.name}",
        f"Hallo Frau Duval,\n\nvielen Dank für Ihre Bewerbung als {ip.roles[0]}. Wir freuen uns auf das Gespräch "
        f"mit {staff(ip, 0).name} ({title_of(ip, 0)}) und {staff(ip, 1).name} ({title_of(ip, 1)}).\n\n"
        f"{video('teams', 'de', 7)}\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n(gesendet über Personio)",
        Person("Isarpharm Recruiting", "recruiting@isarpharm.jobs.personio.de", COORD), [staff(ip, 0), staff(ip, 1),
                                                                                          ME_P],
        style="ats", tz=ip.tz, minutes=60, is_interview=True, company=ip.name, role=ip.roles[0],
        stage="hiring_manager", trap="ats_personio"))
    out.append(Ev(
        "softgarden-de", "de", f"Einladung: Fachgespräch {hd.roles[1]}",
        f"Sehr geehrte Frau Duval,\n\nhiermit bestätigen wir Ihr Fachgespräch bei {hd.name} GmbH, "
        f"Lilienthalallee 7, 80807 München.\nGesprächspartner: {staff(hd, 0).name}, {title_of(hd, 0)}\nBitte melden "
        "Sie sich am Empfang.\n\nsoftgarden e-recruiting im Auftrag von Hexamed",
        Person("Hexamed Diagnostics", "bewerbung@hexamed.softgarden.io", COORD), [staff(hd, 0), ME_P],
        loc="Lilienthalallee 7, 80807 München", style="ats", tz=hd.tz, minutes=90, is_interview=True,
        company=hd.name, role=hd.roles[1], stage="technical", trap="ats_softgarden"))
    out.append(Ev(
        "factorial-es", "es", f"Entrevista {gi.roles[0]} - {gi.name}",
        f"Hola Amélie,\n\nTe confirmamos la entrevista para la posición de {gi.roles[0]} con {staff(gi, 0).name} "
        f"({title_of(gi, 0)}).\nDirección: Carrer de la Marina 206, 08013 Barcelona, planta 4.\n\nUn saludo,\n"
        "Equipo de Personas – enviado con Factorial", Person("Galenia Ibérica", "noreply@factorialhr.com", COORD),
        [staff(gi, 0), ME_P], loc="Carrer de la Marina 206, 08013 Barcelona", style="ats", tz=gi.tz, minutes=60,
        is_interview=True, company=gi.name, role=gi.roles[0], stage="hiring_manager", trap="ats_factorial"))
    out.append(Ev(
        "google-es-screen", "es", f"Llamada inicial – {lb.roles[0]} ({lb.name})",
        f"Hola Amélie, te llamo para una primera conversación sobre la vacante de {lb.roles[0]} en Cataluña.\n\n"
        f"{video('meet', 'es', 8)}\n\n{GOOGLE_FOOTER['es']}", staff(lb, 1, CHAIR), [staff(lb, 1), ME_P],
        tz=lb.tz, minutes=30, is_interview=True, company=lb.name, role=lb.roles[0], stage="recruiter_screen",
        trap="direct_google"))
    out.append(Ev(
        "outlook-fr-final", "fr", f"Entretien final – {pl.roles[0]}",
        f"Bonjour Madame Duval,\n\nJe vous confirme notre dernier entretien avec M. {staff(pl, 0).name.split()[-1]}, "
        f"Directeur Général, et moi-même, dans nos locaux de Saint-Priest.\n\nBien cordialement,\n"
        f"{staff(pl, 1).name}, {title_of(pl, 1)}", staff(pl, 1, CHAIR),
        [staff(pl, 0), staff(pl, 1), ME_P, Person("Salle Confluence", "salle.confluence@pharmalogis.fr", ROOM)],
        loc="Salle Confluence; 4 allée des Cèdres, 69800 Saint-Priest", style="outlook", minutes=60,
        is_interview=True, company=pl.name, role=pl.roles[0], stage="final", trap="direct_outlook_room"))
    return out
