"""Holdout22 positives in English (part 2): Claire Dubois's own interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME,
    Att,
    Case,
    calendar,
    eu_zone,
    iana_zone,
    me,
    meet,
    teams,
    vevent,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"


def cases() -> list[Case]:
    """Given nothing returns the EN/DE interview cases."""
    out: list[Case] = []

    uid = "goodtime-8812-aa71-claire@goodtime.io"
    ints = (
        Att("Laura Pemberton", "laura.pemberton@atlasreaders.com"),
        Att("Kofi Mensah", "kofi.mensah@atlasreaders.com"),
    )
    body = vevent(
        uid,
        "Onsite Interview - Atlas Readers - Instructional Designer, Literacy",
        "20261214T093000",
        "20261214T123000",
        tzid="Europe/Brussels",
        organizer=Att("Atlas Readers Recruiting Coordinator", "interviews@atlasreaders.com"),
        attendees=(
            *ints,
            me(),
            Att("BXL-2 Atelier", "atelier.bxl2@atlasreaders.com", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
        ),
        desc=(
            "Welcome to your onsite at Atlas Readers, Rue du Marché aux Herbes 61, 1000 Bruxelles.\n"
            "09:30 Laura Pemberton (Director of Learning Design) - design exercise\n10:30 Kofi Mensah "
            "(Curriculum Lead) - collaboration and feedback\n11:30 Lunch with the team (optional)\n\n"
            "Please bring ID for reception.\nScheduled with GoodTime"
        ),
        location="Atlas Readers, Rue du Marché aux Herbes 61, 1000 Bruxelles",
    )
    out.append(
        Case(
            "goodtime-onsite",
            uid,
            calendar("-//GoodTime.io//GoodTime Hire//EN", body, zones=eu_zone("Europe/Brussels")),
            True,
            "Atlas Readers",
            "Instructional Designer, Literacy",
            "onsite",
            tuple(i.email for i in ints),
            "room",
        )
    )

    uid = "modernloop-c3d9e1-claire@modernloop.io"
    i1 = Att("Sebastian Hale", "sebastian.hale@trellis-learning.com")
    body = vevent(
        uid,
        "Trellis Learning: Content Design Exercise (Claire Dubois)",
        "20261211T140000Z",
        "20261211T153000Z",
        organizer=Att("Trellis Learning Interviews", "interviews@trellis-learning.com"),
        attendees=(i1, me("ACCEPTED")),
        desc=(
            "Role: Customer Education Content Designer\nFormat: 90-minute live exercise. You'll turn a "
            "product release note into a 5-minute microlearning outline with Sebastian Hale (Customer "
            "Education Manager).\n\n" + zoom("833 4471 0092", "TrL9x0aa12") + "\n\nSent via ModernLoop"
        ),
    )
    out.append(
        Case(
            "modernloop-tech",
            uid,
            calendar("-//ModernLoop//Scheduler//EN", body),
            True,
            "Trellis Learning",
            "Customer Education Content Designer",
            "technical",
            (i1.email,),
        )
    )

    uid = "calcom-88a0-claire-screen@cal.com"
    h = Att("Noor Haddad", "noor@scaffoldhq.com")
    body = vevent(
        uid,
        "30 min screening call between Noor Haddad and Claire Dubois",
        "20261202T083000Z",
        "20261202T090000Z",
        organizer=h,
        attendees=(me("ACCEPTED"),),
        desc=(
            "What: Screening call - Education Content Manager at Scaffold\nInvitee Time Zone: Europe/"
            "Paris\nWho:\nNoor Haddad - Organizer\nnoor@scaffoldhq.com\nClaire Dubois\nclaire.dubois@"
            "laposte.net\nWhere: https://app.cal.com/video/k2Jf81\nAdditional notes: looking forward to "
            "hearing about your classroom experience"
        ),
        location="https://app.cal.com/video/k2Jf81",
    )
    out.append(
        Case(
            "calcom-screen",
            uid,
            calendar("-//Cal.com Inc.//Cal.com Event//EN", body),
            True,
            "Scaffold",
            "Education Content Manager",
            "recruiter_screen",
            (h.email,),
            "organizer_only",
        )
    )

    uid = "h22-terse-work-addr-01@lycee-montaigne.fr"
    body = vevent(
        uid,
        "tel. Cursivia Paris - recruiter call re Partner Content role",
        "20261203T123000",
        "20261203T130000",
        desc="call from Aurélie Brun (TA) on my mobile",
        status="",
        stamp="20261121T071000Z",
    )
    out.append(
        Case(
            "terse-floating-phone",
            uid,
            calendar("Zimbra-Calendar-Provider", body, method=None),
            True,
            "Cursivia",
            "Partner Content",
            "recruiter_screen",
            (),
            "floating",
        )
    )

    uid = "teamtailor-int-55102@teamtailor.com"
    r = Att("Mathilde Aurich", "mathilde.aurich@lernpfad.de")
    body = vevent(
        uid,
        "Final interview: Lernpfad x Claire Dubois",
        "20261216T100000",
        "20261216T110000",
        tzid="Europe/Berlin",
        organizer=Att("Lernpfad Careers", "notifications@teamtailor.com"),
        attendees=(r, Att("Jonas Brecht", "jonas.brecht@lernpfad.de"), me()),
        desc=(
            "Hi Claire,\nlast step for the Senior Instructional Designer (English-speaking team) "
            "position: a conversation with our CEO Jonas Brecht and Mathilde (Head of People).\n"
            + meet("mxk-wwvt-oqa")
            + "\n\nSent with Teamtailor"
        ),
    )
    out.append(
        Case(
            "teamtailor-final-en",
            uid,
            calendar("-//Teamtailor//Interviews//EN", body, zones=iana_zone("Europe/Berlin")),
            True,
            "Lernpfad",
            "Senior Instructional Designer",
            "final",
            (r.email, "jonas.brecht@lernpfad.de"),
        )
    )

    uid = "h22-cancel-en-ashby-2@ashbyhq.com"
    i = Att("Callum Reid", "callum.reid@open-lantern.org")
    body = vevent(
        uid,
        "[Cancelled] Technical interview - Open Lantern - Learning Designer",
        "20261206T100000Z",
        "20261206T110000Z",
        organizer=Att("Open Lantern Recruiting", "recruiting@open-lantern.org"),
        attendees=(i, me()),
        status="CANCELLED",
        seq=2,
        desc="This interview has been cancelled. Our team will reach out to reschedule.\n\nAshby",
    )
    out.append(
        Case(
            "ashby-cancelled",
            uid,
            calendar("-//Ashby//Ashby Scheduling//EN", body, method="CANCEL"),
            True,
            "Open Lantern",
            "Learning Designer",
            "technical",
            (i.email,),
            "cancelled",
        )
    )

    uid = "h22-uni-geneva-panel@hel-geneve.ch"
    org = Att("Secrétariat RH - Haute École Léman", "rh.recrutement@hel-geneve.ch")
    pan = (
        Att("Prof. Daniel Rochat", "daniel.rochat@hel-geneve.ch"),
        Att("Eleanor Price", "eleanor.price@hel-geneve.ch"),
    )
    body = vevent(
        uid,
        "Selection interview - Educational Technologist (80%) - C. Dubois",
        "20261215T140000",
        "20261215T150000",
        tzid="Europe/Zurich",
        organizer=org,
        attendees=(*pan, me()),
        desc=(
            "Dear Ms Dubois,\nThe selection committee for the post of Educational Technologist (80%) "
            "at the Centre for Digital Teaching invites you to an interview, held in English and "
            "French. Committee: Prof. Daniel Rochat (chair), Eleanor Price (Digital Learning Unit). "
            "A 10-minute presentation on a course you redesigned is expected.\nBâtiment Uni-Arve, "
            "salle 214.\nKind regards, HR secretariat"
        ),
        location="Haute École Léman, Bâtiment Uni-Arve, salle 214, Genève",
    )
    out.append(
        Case(
            "university-panel",
            uid,
            calendar("Zimbra-Calendar-Provider", body, zones=eu_zone("Europe/Zurich")),
            True,
            "Haute École Léman",
            "Educational Technologist",
            "onsite",
            tuple(p.email for p in pan),
        )
    )

    uid = "h22-bookings-en-7@bookings.microsoft.com"
    staff = Att("Ravi Sethi", "ravi.sethi@brightbridge-academy.com")
    body = vevent(
        uid,
        "Brightbridge Academy - First interview (Customer Education Specialist)",
        "20261209T150000Z",
        "20261209T153000Z",
        organizer=Att("Brightbridge Academy Hiring", "Hiring@brightbridge-academy.com"),
        attendees=(staff, me()),
        desc=(
            "Your booking is confirmed.\nService: First interview - Customer Education Specialist\nStaff:"
            " Ravi Sethi\n\n" + teams() + "\n\nManage booking: https://outlook.office365.com/book/"
            "BrightbridgeHiring@brightbridge-academy.com/"
        ),
    )
    out.append(
        Case(
            "bookings-screen",
            uid,
            calendar("-//Microsoft Corporation//Bookings//EN", body),
            True,
            "Brightbridge Academy",
            "Customer Education Specialist",
            "recruiter_screen",
            (staff.email,),
        )
    )

    uid = "h22-allday-assessment@google.com"
    body = vevent(
        uid,
        "Assessment day @ Pearmont Learning (London) - Digital Learning Designer",
        "20261217",
        "20261218",
        organizer=Att("Claire Dubois", ME),
        desc=("Train 07:01 Eurostar. Ask for Imogen Hart at reception. Group task + 1:1 with hiring manager."),
        status="",
        extra=("TRANSP:TRANSPARENT",),
    )
    out.append(
        Case(
            "allday-own-note",
            uid,
            calendar(GOOGLE, body, method=None, head=("X-WR-CALNAME:Claire perso", "X-WR-TIMEZONE:Europe/Paris")),
            True,
            "Pearmont Learning",
            "Digital Learning Designer",
            "onsite",
            (),
            "all_day",
        )
    )

    return out
