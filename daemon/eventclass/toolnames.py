"""The tools around hiring: applicant tracking systems, schedulers, video and calendar platforms. Their names and
domains are never the company (is_tool_brand, which folds names first, lives in signals.py)."""

from __future__ import annotations

from afterview.daemon.eventclass.reserved import without_reserved

TOOL_DOMAINS = frozenset({
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "ashbyhq.com", "ashby.io", "workday.com", "myworkday.com",
    "myworkdayjobs.com", "goodtime.io", "modernloop.io", "calendly.com", "zoom.us", "zoom.com", "zoomgov.com",
    "teams.microsoft.com", "microsoft.com", "office365.com", "google.com", "webex.com", "smartrecruiters.com",
    "workable.com", "workablemail.com", "jobvite.com", "icims.com", "bamboohr.com", "recruitee.com", "personio.de",
    "personio.com", "teamtailor.com", "teamtailor-mail.com", "taleo.net", "successfactors.com", "successfactors.eu",
    "gem.com", "paradox.ai", "hirevue.com", "codesignal.com", "hackerrank.com", "coderpad.io", "karat.com", "karat.io",
    "cal.com", "doodle.com", "hubspot.com", "chilipiper.com", "prelude.co", "rippling.com", "join.com", "softgarden.io",
    "softgarden.de", "breezy.hr", "jazzhr.com", "pinpointhq.com", "welcomekit.co", "welcometothejungle.com",
    "jobylon.com", "homerun.co", "taleez.com", "flatchr.io", "jobaffinity.fr", "talentsoft.com", "zohorecruit.com",
    "recruiterbox.com", "hireology.com", "resource.calendar.google.com", "group.calendar.google.com",
    "calendar.google.com",
    # more applicant tracking, assessment and interview-recording tools, and other video platforms
    "dover.com", "dover.io", "comeet.co", "comeet.com", "freshteam.com", "manatal.com", "recruitcrm.io", "hibob.com",
    "factorialhr.com", "kenjo.io", "onlyfy.io", "prescreen.io", "dvinci.de", "dvinci-easy.com", "concludis.de",
    "rexx-systems.com", "umantis.com", "avature.net", "phenom.com", "beamery.com", "eightfold.ai", "oraclecloud.com",
    "csod.com", "cornerstoneondemand.com", "bullhorn.com", "vidcruiter.com", "sparkhire.com", "willo.video",
    "hireflix.com", "myinterview.com", "codility.com", "testgorilla.com", "brighthire.ai", "metaview.ai",
    "sesamehr.com", "whereby.com", "goto.com", "gotomeeting.com", "bluejeans.com", "skype.com", "jit.si",
    "livestorm.co", "lu.ma", "infojobs.net", "infojobs.com", "stepstone.de", "stepstone.com", "welcometothejungle.co",
    "apec.fr", "jobteaser.com", "breezy-mail.com", "njoyn.com",
    # public-sector, academic and UK recruiting systems (UK civil service, NHS, universities, schools; Norway)
    "civilservicejobs.service.gov.uk", "oleeo.com", "jobtrain.co.uk", "jobs.ac.uk", "webcruiter.no", "webcruiter.com",
    "tribepad.com", "eploy.co.uk", "eploy.net", "beapplied.com", "earcu.com", "talos360.co.uk",
    "neogov.com", "governmentjobs.com", "pageuppeople.com", "pageup.com", "livehire.com", "jobadder.com",  # US, AU
    "jobs.nhs.uk", "trac.jobs", "healthjobsuk.com",  # the NHS's recruitment systems
    "refline.ch", "buk.cl", "buk.mx", "buk.co", "buk.pe", "tes.com", "schrole.com",  # Swiss, Latin American, schools
    # job boards and HR suites that send interview invitations for their customers (Spain, India, Latin America,
    # Switzerland, Ireland)
    "indeed.com", "indeedemail.com", "bizneohr.com", "bizneo.com", "darwinbox.in", "darwinbox.com", "bumeran.com",
    "bumeran.com.pe", "bumeran.com.ar", "trabajando.com", "trabajando.cl", "laborum.cl", "computrabajo.com",
    "empleospublicos.cl", "coveto.ch", "rezoomo.com",
    "magneto365.com", "hiringroom.com", "pandape.com", "beetween.com",  # Colombia, Argentina, Spain, France
    "sapsf.eu", "sapsf.com", "hireline.io",  # SuccessFactors' mail domains; a Mexican tech-hiring marketplace
    "thalamusgme.com", "interviewbroker.com", "carms.ca",  # residency interview scheduling, the Canadian match
})
TOOL_BRANDS = (
    "greenhouse", "lever", "ashby", "workday", "goodtime", "modernloop", "modern loop", "calendly", "zoom",
    "microsoft teams", "teams", "google meet", "google calendar", "google", "microsoft", "webex", "smartrecruiters",
    "workable", "jobvite", "icims", "bamboohr", "recruitee", "personio", "teamtailor", "taleo", "successfactors", "gem",
    "paradox", "hirevue", "codesignal", "hackerrank", "coderpad", "karat", "cal.com", "doodle", "hubspot",
    "chili piper", "prelude", "rippling", "join", "softgarden", "breezy", "jazzhr", "pinpoint", "linkedin", "indeed",
    "xing", "stepstone", "welcome to the jungle", "welcomekit", "jobylon", "homerun", "taleez", "flatchr",
    "microsoft bookings", "bookings", "dover", "comeet", "freshteam", "manatal", "recruit crm", "hibob", "factorial",
    "kenjo", "onlyfy", "d.vinci", "dvinci", "concludis", "rexx", "avature", "phenom", "beamery", "eightfold",
    "cornerstone", "bullhorn", "vidcruiter", "spark hire", "willo", "hireflix", "myinterview", "codility",
    "testgorilla", "brighthire", "metaview", "whereby", "gotomeeting", "goto meeting", "bluejeans", "skype", "jitsi",
    "infojobs", "infojobs empresas", "apec", "jobteaser", "breezy hr", "njoyn", "civil service jobs", "oleeo",
    "jobtrain", "jobs.ac.uk", "webcruiter", "tribepad", "eploy", "earcu", "talos360", "neogov", "pageup", "livehire",
    "jobadder", "nhs jobs", "trac", "health jobs uk", "refline", "buk", "tes", "bizneo", "bizneohr", "darwinbox",
    "bumeran", "trabajando.com", "laborum", "computrabajo", "empleos publicos", "coveto", "rezoomo", "magneto365",
    "magneto", "hiringroom", "pandape", "beetween", "hireline", "applied", "thalamus", "thalamusgme",
    "interview broker", "interviewbroker", "carms",
)


def is_tool_domain(domain: str | None) -> bool:
    """Given a mail domain, returns whether it belongs to an ATS, scheduler or meeting platform."""
    if not domain:
        return False
    domain, sample = without_reserved(domain.lower())
    # The domain or one of its parent domains is a tool's: one set lookup per label, not one test per tool.
    labels = domain.split(".")
    if any(".".join(labels[i:]) in TOOL_DOMAINS for i in range(len(labels))):
        return True
    # An ATS hosts each customer under its own branded domain: "acme.rexx-recruitment.com", "acme.dvinci-hr.com"
    # (and a sample's tool may be the brand alone: "indeed-mail.example.com", "ashby.example")
    return (len(labels) >= 3 or sample) and any(part in ATS_WORDS for part in labels[-2].split("-"))


# Applicant-tracking brands distinctive enough to mark a domain that spells them as one part of its name.
ATS_WORDS = frozenset({"dvinci", "rexx", "personio", "softgarden", "successfactors", "greenhouse", "smartrecruiters",
                       "workday", "myworkday", "teamtailor", "recruitee", "bamboohr", "concludis", "umantis",
                       "avature", "jobvite", "icims", "taleo", "workable", "onlyfy", "prescreen", "comeet", "lever",
                       "njoyn", "pageup", "pageuppeople", "neogov", "livehire", "jobadder", "refline", "paradox",
                       "fountain", "indeed", "ashby", "hirevue"})
