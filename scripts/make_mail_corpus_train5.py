#!/usr/bin/env python3
"""Given nothing, writes the `train5` training split of the mail corpus: t5-NNNN-<label>-<lang>.eml files in
tests/corpus/mail/ plus their rows in labels.csv and entities.csv, keeping every other split's rows.

Usage: .venv/bin/python scripts/make_mail_corpus_train5.py [--seed N] [--count N]  (deterministic for a seed)
The phrasings below were written for this split alone. Raises SystemExit when the corpus folder is missing.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import html
import os
import random
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"
SPLIT = "train5"
PREFIX = "t5-"
LABEL_COUNTS = {"rejection": 72, "offer": 50, "next_step": 52, "pending": 52, "acknowledgement": 52,
                "auto_reply": 50, "other": 72}
LANGS = ("en", "de", "fr", "es")

# ---------------------------------------------------------------------------------------------------------------
# Dates: names, formats, and the decision-date resolver (the product's definition, resolved against Date:).

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}
NUMBER_WORDS = {"en": {2: "two", 3: "three", 5: "five", 7: "seven", 10: "ten"},
                "de": {2: "zwei", 3: "drei", 5: "fünf", 7: "sieben", 10: "zehn"},
                "fr": {2: "deux", 3: "trois", 5: "cinq", 7: "sept", 10: "dix"},
                "es": {2: "dos", 3: "tres", 5: "cinco", 7: "siete", 10: "diez"}}

# Each kind maps to phrasings; {n} number, {wd} weekday, {month} month name, {d} explicit-date text.
WHEN = {
    "en": {
        "days": ("within {n} days", "in the next {n} days"),
        "bdays": ("within {n} business days", "within {n} working days", "in {n} business days"),
        "weekday": ("by {wd}", "by {wd} at the latest", "no later than {wd}"),
        "eow": ("by the end of this week", "by the end of the week", "before the week is out"),
        "eonw": ("by the end of next week", "by end of next week"),
        "eom": ("by the end of the month", "before the end of this month", "by month-end"),
        "month_end": ("by the end of {month}", "before the end of {month}"),
        "explicit": ("by {d}", "on or before {d}", "no later than {d}"),
        "tomorrow": ("tomorrow", "by tomorrow", "by tomorrow afternoon"),
        "weeks": ("within {n} weeks", "within the next {n} weeks"),
    },
    "de": {
        "days": ("innerhalb von {n} Tagen", "in den nächsten {n} Tagen", "binnen {n} Tagen"),
        "bdays": ("innerhalb von {n} Arbeitstagen", "binnen {n} Arbeitstagen", "in den nächsten {n} Geschäftstagen"),
        "weekday": ("bis {wd}", "bis spätestens {wd}", "spätestens am {wd}"),
        "eow": ("bis Ende dieser Woche", "bis Ende der Woche", "noch bis Ende dieser Woche"),
        "eonw": ("bis Ende nächster Woche", "bis Ende der kommenden Woche"),
        "eom": ("bis Ende des Monats", "bis Monatsende"),
        "month_end": ("bis Ende {month}", "spätestens Ende {month}"),
        "explicit": ("bis zum {d}", "bis spätestens {d}"),
        "tomorrow": ("morgen", "bis morgen"),
        "weeks": ("innerhalb von {n} Wochen", "in den nächsten {n} Wochen"),
    },
    "fr": {
        "days": ("sous {n} jours", "dans les {n} jours", "dans un délai de {n} jours"),
        "bdays": ("sous {n} jours ouvrés", "dans un délai de {n} jours ouvrés"),
        "weekday": ("d'ici {wd}", "au plus tard {wd}", "d'ici {wd} au plus tard"),
        "eow": ("d'ici la fin de la semaine", "avant la fin de cette semaine"),
        "eonw": ("d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"),
        "eom": ("d'ici la fin du mois", "avant la fin du mois"),
        "month_end": ("d'ici fin {month}", "au plus tard fin {month}"),
        "explicit": ("d'ici le {d}", "au plus tard le {d}"),
        "tomorrow": ("demain", "dès demain"),
        "weeks": ("sous {n} semaines", "dans les {n} semaines"),
    },
    "es": {
        "days": ("en un plazo de {n} días", "en los próximos {n} días"),
        "bdays": ("en un plazo de {n} días hábiles", "en {n} días laborables", "en los próximos {n} días hábiles"),
        "weekday": ("el {wd} como muy tarde", "para el {wd}", "como muy tarde el {wd}"),
        "eow": ("a finales de esta semana", "antes de que acabe la semana"),
        "eonw": ("a finales de la semana que viene", "antes de que termine la próxima semana"),
        "eom": ("antes de fin de mes", "a finales de este mes"),
        "month_end": ("antes de que acabe {month}", "a finales de {month}"),
        "explicit": ("antes del {d}", "como muy tarde el {d}"),
        "tomorrow": ("mañana", "mañana mismo"),
        "weeks": ("en un plazo de {n} semanas", "en las próximas {n} semanas"),
    },
}
VAGUE = {
    "en": ("soon", "as soon as we can", "in the coming weeks", "once the remaining interviews are done", "shortly",
           "as soon as there is news"),
    "de": ("zeitnah", "in Kürze", "in den nächsten Wochen", "sobald wir mehr wissen", "so bald wie möglich"),
    "fr": ("prochainement", "dans les meilleurs délais", "très rapidement", "dans les semaines à venir",
           "dès que possible"),
    "es": ("en breve", "próximamente", "en las próximas semanas", "lo antes posible", "cuando tengamos novedades"),
}


def weekday_name(lang: str, wd: int) -> str:
    """Given a language and a weekday number (Monday 0), returns its name."""
    return WEEKDAYS[lang][wd]


def last_day(year: int, month: int) -> date:
    """Given a year and month, returns that month's last day."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_business_days(start: date, n: int) -> date:
    """Given a date and N, returns the date N weekdays later (weekends skipped)."""
    day = start
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def fmt_date(rng: random.Random, lang: str, day: date) -> str:
    """Given a date, returns it written out in one of the language's usual formats (no year ambiguity)."""
    wd, month = WEEKDAYS[lang][day.weekday()], MONTHS[lang][day.month - 1]
    if lang == "en":
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        forms = [f"{month} {day.day}", f"{day.day} {month}", f"{wd}, {month} {day.day}", f"{month} {day.day}{suffix}",
                 f"{wd} {day.day} {month}", f"{month} {day.day}, {day.year}"]
    elif lang == "de":
        forms = [f"{day.day:02d}.{day.month:02d}.", f"{day.day}. {month}", f"{day.day:02d}.{day.month:02d}.{day.year}",
                 f"{wd}, {day.day}. {month}", f"{wd}, den {day.day:02d}.{day.month:02d}."]
    elif lang == "fr":
        num = "1er" if day.day == 1 else str(day.day)
        forms = [f"{num} {month}", f"{wd} {num} {month}", f"{day.day:02d}/{day.month:02d}/{day.year}",
                 f"{wd} {num} {month} {day.year}"]
    else:
        forms = [f"{day.day} de {month}", f"{wd} {day.day} de {month}", f"{day.day:02d}/{day.month:02d}/{day.year}",
                 f"{day.day} de {month} de {day.year}"]
    return rng.choice(forms)


def fmt_time(rng: random.Random, lang: str) -> str:
    """Given a language, returns an interview time of day in its usual style."""
    hour, minute = rng.randrange(9, 17), rng.choice((0, 0, 15, 30, 45))
    if lang == "en":
        return rng.choice((f"{hour % 12 or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}", f"{hour}:{minute:02d}"))
    if lang == "fr":
        return rng.choice((f"{hour} h {minute:02d}", f"{hour}h{minute:02d}" if minute else f"{hour}h"))
    return f"{hour}:{minute:02d}"


def resolve(kind: str, sent: date, arg: int) -> date:
    """Given a promise kind, the Date: header's day and the kind's argument, returns the promised decision day."""
    if kind == "days":
        return sent + timedelta(days=arg)
    if kind == "weeks":
        return sent + timedelta(days=7 * arg)
    if kind == "bdays":
        return add_business_days(sent, arg)
    if kind == "weekday":
        return sent + timedelta(days=(arg - sent.weekday()) % 7 or 7)
    if kind == "eow":
        return sent + timedelta(days=4 - sent.weekday())
    if kind == "eonw":
        return sent + timedelta(days=11 - sent.weekday())
    if kind == "eom":
        return last_day(sent.year, sent.month)
    if kind == "month_end":
        year = sent.year + (1 if arg < sent.month else 0)
        return last_day(year, arg)
    if kind == "explicit":
        return sent + timedelta(days=arg)
    return sent + timedelta(days=1)  # tomorrow


def pick_when(rng: random.Random, lang: str, sent: date, vague: float) -> tuple[str, date | None]:
    """Given the Date: day, returns a decision promise phrase and its resolved day (None for a vague promise)."""
    if rng.random() < vague:
        return rng.choice(VAGUE[lang]), None
    kinds = ["days", "bdays", "bdays", "weekday", "weekday", "explicit", "explicit", "tomorrow", "weeks"]
    if sent.weekday() < 4:
        kinds += ["eow", "eonw", "eonw"]
    if sent.weekday() == 4:
        kinds += ["eonw"]
    if last_day(sent.year, sent.month).day - sent.day >= 4:
        kinds += ["eom", "month_end"]
    kind = rng.choice(kinds)
    arg = 0
    text = rng.choice(WHEN[lang][kind])
    if kind in ("days", "bdays"):
        arg = rng.choice((2, 3, 5, 5, 7, 10, 14) if kind == "days" else (2, 3, 5, 5, 7, 10))
    elif kind == "weeks":
        arg = rng.choice((2, 2, 3))
    elif kind == "weekday":
        arg = rng.randrange(5)
    elif kind == "explicit":
        arg = rng.randint(2, 21)
    elif kind == "month_end":
        arg = sent.month if rng.random() < 0.5 or sent.month == 12 else sent.month + 1
    number = str(arg)
    if kind in ("days", "bdays", "weeks") and arg in NUMBER_WORDS[lang] and rng.random() < 0.4:
        number = NUMBER_WORDS[lang][arg]
    day = resolve(kind, sent, arg)
    explicit = fmt_date(rng, lang, day) if kind == "explicit" else ""
    month = MONTHS[lang][arg - 1] if kind == "month_end" else ""
    wd = WEEKDAYS[lang][arg] if kind == "weekday" else ""
    return text.format(n=number, wd=wd, month=month, d=explicit), day

# ---------------------------------------------------------------------------------------------------------------
# The bank: one core per writer x situation. "|" separates paragraphs; a leading "~" means the core greets (or
# deliberately does not) by itself. {when} is the decision promise; {date}/{date2}/{day}/{time} are never one.


@dataclass(frozen=True)
class Core:
    """One message core: label, trap name, writer kind, subject and body templates."""

    label: str
    trap: str
    writer: str
    subject: str
    body: str
    vague: float = 0.25


def _cores(lang: str, rows: list[tuple[str, str, str, str, str]]) -> list[Core]:
    return [Core(label, trap, writer, subject, body, 0.35 if label == "acknowledgement" else 0.2)
            for label, trap, writer, subject, body in rows]


REJ, OFF, NXT, PEN = "rejection", "offer", "next_step", "pending"
ACK, AUT, OTH = "acknowledgement", "auto_reply", "other"

EN = _cores("en", [
    (REJ, "warm_rejection", "manager", "Your interview for {role}",
     "Thanks again for spending so much time with us last week; the whole panel enjoyed walking through your "
     "approach to the take-home. | I wish I had better news. We were genuinely impressed, but in the end we went "
     "with someone whose background lines up more closely with what the team needs right now. | If it helps, I'm "
     "happy to jump on a quick call and share the panel's feedback."),
    (REJ, "", "recruiter", "{role} - update",
     "Quick note: the team has decided not to move forward with your candidacy for {role}. Thanks for your time "
     "and good luck with the search."),
    (REJ, "talent_pool", "hr", "Your application to {company}",
     "Thank you for your interest in the {role} position. After careful review, we have decided to pursue other "
     "candidates whose experience more closely matches our current requirements. | With your permission we would "
     "like to keep your profile in our talent community for twelve months and reach out if a suitable opening "
     "comes up."),
    (REJ, "no_interview", "ats", "Update on your application: {role}",
     "Thank you for applying to {company}. We received a large number of applications and, after reviewing yours, "
     "we are unable to offer you an interview for this position. | We encourage you to keep an eye on our careers "
     "page for future openings."),
    (REJ, "rescinded", "recruiter", "Regarding your offer - {role}",
     "I'm writing with difficult news. Following the restructuring announced this morning, {company} is "
     "withdrawing the offer we extended to you for the {role} position. | I am truly sorry. This has nothing to do "
     "with you or how you did in the process, and I'll call you later today to talk it through."),
    (REJ, "", "founder", "hey {first}",
     "~Hey {first}, wanted to tell you myself rather than send a form email. We've decided to go a different "
     "direction for the {role} hire, someone who has already scaled a sales team past Series A. It was a close "
     "call and I really liked our conversation about pricing. Let's stay in touch."),
    (REJ, "", "agency", "{company} feedback",
     "I've just heard back from my client {company}. Sadly they won't be progressing your application for the "
     "{role} role; they felt other shortlisted candidates had more exposure to regulated environments. | Don't be "
     "disheartened, I have two other roles I think you'd suit and I'll send details over shortly."),
    (REJ, "filled", "hr", "The {role} position has been filled",
     "We wanted to let you know that the {role} role at {company} has now been filled. Thank you for the time and "
     "effort you put into the process; we will keep your details on file."),
    (REJ, "reapply", "ats", "Application status",
     "Thank you for your interest in {company}. We regret to inform you that your application for {role} was not "
     "selected for further consideration. | You are welcome to re-apply after {n} months. | This is an automated "
     "message; unfortunately we cannot respond to replies sent to this address."),
    (REJ, "warm_rejection", "manager", "Following your final round",
     "It was a pleasure getting to know you over the past few weeks, and you impressed every interviewer with "
     "your clarity of thought. | However, after a lot of discussion we have decided to offer the role to another "
     "candidate. This was one of the hardest calls we've had to make this year. | I'd love to keep in touch and "
     "I'll think of you first when the next senior role opens."),
    (REJ, "", "coordinator", "Your coding exercise",
     "Thanks for completing the coding exercise for {role}. Our reviewers have looked at your submission and it "
     "didn't quite meet the bar we set for this level, so we won't be moving to the onsite stage. | We appreciate "
     "the effort you put in and wish you well."),
    (REJ, "filled", "recruiter", "The {role} opening",
     "After revisiting our hiring plan, we've decided not to fill the {role} position this year and are closing "
     "all applications for it. I'm sorry we can't continue the process with you."),
    (OFF, "casual_offer", "manager", "Good news!",
     "~{first}! I'm thrilled: the team was unanimous and we'd love to have you join us as {role}. | {hm_first} from "
     "People Ops will send the paperwork over; in the meantime call me if anything comes to mind."),
    (OFF, "formal_offer", "hr", "Offer of employment - {role}",
     "We are pleased to offer you the position of {role} at {company}, starting on {date2}. Your offer letter with "
     "the full terms (salary, benefits, working hours) is attached. | Please sign and return it by {date} if you "
     "wish to accept. | We look forward to welcoming you."),
    (OFF, "verbal_offer", "recruiter", "Call recap",
     "Great speaking just now! As promised, a quick written recap of what I shared on the phone: we'd like to "
     "offer you the {role} role at a base salary of {salary}, plus equity. The formal contract will follow once "
     "legal has finalised it. | Let me know if anything I said doesn't match your notes."),
    (OFF, "offer_references", "recruiter", "Next steps - conditional offer",
     "I'm delighted to let you know that {company} would like to make you an offer for {role}, subject to "
     "satisfactory references and a background check. | Could you send me the contact details of two referees? "
     "Once those come back we'll issue the final contract."),
    (OFF, "casual_offer", "founder", "Want to build this with us?",
     "I spoke with my co-founder last night and we're both sold: we'd like you to be our {role}. I know the salary "
     "is a bit below what a bigger place would pay, so we've sweetened the equity; details are in the doc I'm "
     "sharing now. Take the weekend to think it over."),
    (OFF, "", "agency", "{company} want you!",
     "Fantastic news {first}: {company} have come back with an offer for the {role} position! They're proposing "
     "{salary} with a start in {month}. | Give me a ring when you're free and we'll go through it together."),
    (OFF, "", "ats", "Your offer from {company} is ready",
     "Congratulations! {company} has sent you an offer for {role}. | Review and sign your offer letter in the "
     "candidate portal before it expires on {date}."),
    (OFF, "offer_unfortunately", "hr", "Your offer - {role}",
     "We're happy to extend you an offer for the {role} position. Unfortunately, our onboarding calendar means the "
     "earliest start date we can offer is {date2}; please let us know if that works for you. | Your contract is "
     "attached."),
    (NXT, "reschedule", "coordinator", "Rescheduling your interview",
     "Unfortunately {hm} has been pulled into a client meeting and can't make tomorrow's interview. Could we move "
     "it to {day} at {time}? If that doesn't work, pick any slot from the scheduling link and I'll update the "
     "invite."),
    (NXT, "", "recruiter", "{role}: next round",
     "Good news: the team would like to move you forward to the technical round for {role}. It's 90 minutes with "
     "two engineers, pairing on a small problem. Please share your availability for next week."),
    (NXT, "assessment", "ats", "Your assessment for {role}",
     "As the next step in our hiring process, we invite you to complete an online assessment. It takes about 45 "
     "minutes. | Please complete it by {date}; the link stays active until then."),
    (NXT, "", "ats", "Schedule your interview with {company}",
     "{company} would like to schedule a video interview with you for the {role} position. Choose a time that "
     "suits you using the button below. | Invitations expire after 5 days."),
    (NXT, "", "manager", "Final round",
     "Thanks for a great conversation today. We'd like you to come in for a final round with our VP on {day}, "
     "{time}. We aim to make a final decision {when} after that."),
    (NXT, "", "founder", "case study",
     "~Loved chatting, {first}. Next step would be a short case study, nothing huge, two or three hours max. I'll "
     "send the brief over later today and you'd walk me and {hm_first} through it the week after."),
    (NXT, "", "agency", "Interview with {company}",
     "{company} liked your CV and want to meet you! They've proposed {day} at {time} at their office, first round "
     "with {hm}, their Head of Engineering. Can you confirm?"),
    (NXT, "reschedule", "recruiter", "Thursday's panel",
     "We're sorry, but we have to cancel the panel because two interviewers are out sick. The process is still "
     "very much on for you; I'll send new times within a day or two."),
    (PEN, "", "recruiter", "Update on {role}",
     "Just a quick update: we're still interviewing a couple more candidates, so the decision is taking longer "
     "than planned. I expect to have an answer for you {when}. Thanks for your patience!"),
    (PEN, "on_hold", "hr", "{role} position on hold",
     "I wanted to let you know that the {role} position has been put on hold while we revisit our budget for next "
     "quarter. Your application remains active and we will contact you as soon as we can resume the process."),
    (PEN, "waitlist", "manager", "Where things stand",
     "You were one of our two finalists and honestly it was very close. We've extended an offer to the other "
     "candidate, but we'd like to keep you as our first alternate in case it doesn't work out. I'll know more "
     "{when}."),
    (PEN, "", "ats", "An update on your application",
     "Thank you for your patience. Our hiring team is still reviewing candidates for {role} and has not yet made "
     "a decision. We'll update you {when}."),
    (PEN, "", "founder", "still on it",
     "~Sorry for the radio silence, {first}! Investor meetings ate my week. You're very much still in the running "
     "and we'll decide {when}."),
    (PEN, "", "agency", "Feedback chase",
     "Quick update: I chased {company} this morning. They're still finalising their shortlist and haven't made "
     "any decisions yet. They've promised me feedback {when} and I'll be straight on the phone to you."),
    (PEN, "on_hold", "recruiter", "Hiring pause",
     "{company} has paused hiring across several teams, including the one behind the {role} opening. Nothing has "
     "been decided about your application; we simply can't move forward until the freeze lifts."),
    (PEN, "pending_unfortunately", "coordinator", "A bit more time",
     "Unfortunately we need a little more time before we can give you an answer, as two members of the panel are "
     "travelling. We'll be in touch {when}."),
    (ACK, "", "ats", "Thank you for applying to {company}",
     "We've received your application for {role}. Our recruiting team will review it and, if your experience "
     "matches what we're looking for, we'll be in touch {when}. | In the meantime you can track your application "
     "in your candidate profile."),
    (ACK, "", "hr", "Application received - {role}",
     "Thank you for your application. This email confirms that it arrived safely. We aim to respond to every "
     "applicant {when}."),
    (ACK, "", "recruiter", "Re: Thank you",
     "Thanks {first}, appreciate the note! I've passed it on to {hm}. I'll circle back once the team has "
     "compared notes."),
    (ACK, "ack_unfortunately", "ats", "We received your application",
     "Thanks for your interest in joining {company}! Your application for {role} is now with our hiring team. | "
     "Unfortunately, because of the volume of applications we can't answer every question individually, but a "
     "person reads every application."),
    (ACK, "", "coordinator", "Documents received",
     "Just confirming we got the portfolio and references you sent over. All in order; nothing more needed from "
     "you for now."),
    (ACK, "", "agency", "Thanks for your CV",
     "Thanks for sending your CV through for the {role} position with my client. I've had a read and will submit "
     "it to them today; I'll let you know as soon as I hear anything."),
    (ACK, "ack_offer_word", "ats", "Application confirmation",
     "We have received your application for {role}. | Please note: we never ask candidates for payment, and any "
     "message offering a job in exchange for a fee is fraudulent."),
    (ACK, "", "recruiter", "got it",
     "~Got it, thanks. Will review with the team and come back to you {when}."),
    (ACK, "", "hr", "We've got your application",
     "Thanks for applying for {role} at {company}. Your application is complete and has been forwarded to the "
     "hiring manager. | You can expect to hear from us {when}; if you haven't, feel free to reply to this email."),
    (PEN, "", "manager", "Quick note from {company}",
     "~{first}, just so you're not left wondering: we're wrapping up the last interviews this week and I'll have "
     "a decision for you {when}. You're still very much in the mix."),
    (NXT, "", "recruiter", "Next steps",
     "Thanks for your time on the phone today! The team would like to invite you to a panel interview, and I'll "
     "send a calendar invite for {day}. Once the panel is done, we plan to let you know {when}."),
    (OTH, "newsletter_regret", "alert", "{role} and more jobs near you",
     "~New roles posted in the last 24 hours. | We regret that some jobs you viewed recently are no longer "
     "available."),
    (OTH, "interviewer", "internal", "Interview loop for {other}",
     "~Hi all, {other} is coming in on {day} for the {role} onsite. {first}, you have the system design slot at "
     "{time}. Please leave written feedback within 24 hours; we'll make the hire/no-hire call in the debrief."),
    (AUT, "out_of_office", "ooo", "Out of Office: {orig}",
     "~Thank you for your email. I am out of the office until {date} with limited access to email. For urgent "
     "recruiting matters please contact {colleague_email}."),
    (AUT, "out_of_office", "ooo", "Automatic reply: {orig}",
     "~I'm currently on parental leave and will return on {date}. Unfortunately I won't be able to read your "
     "message before then. If you're writing about an offer or a contract, please contact {colleague_email}."),
    (AUT, "auto_noreply", "noreply", "Do not reply to this message",
     "~This mailbox is not monitored. Your message has not been delivered to our recruiting team. | To contact us "
     "about your application, please log in to the candidate portal."),
    (AUT, "out_of_office", "ooo", "Auto: {orig}",
     "~Away at a conference this week, back {day}. Replies will be slow."),
    (AUT, "out_of_office", "ooo", "Automatic reply: {orig}",
     "~Please note that I have left {company}. This mailbox will be closed soon. For questions about open "
     "positions write to {colleague_email}."),
    (AUT, "auto_noreply", "noreply", "Undeliverable reply",
     "~Replies to this address are not read. We regret any inconvenience. | If you have a question about the "
     "{role} process, use the message function in your applicant account."),
    (OTH, "job_alert", "alert", "New jobs matching \"{role}\"",
     "~Here are this week's openings that match your alert. | Great offers close fast, so apply early!"),
    (OTH, "newsletter_regret", "hr", "{company} careers newsletter",
     "We regret to say our summer hiring meetup is cancelled this year. | The good news: we're hiring across "
     "engineering, design and sales. Browse the open roles on our careers site, including {role}."),
    (OTH, "newsletter_offer", "alert", "Your weekly job digest",
     "~The best offers of the week, picked for you. | Not interested any more? Change your alert settings."),
    (OTH, "withdrawal", "recruiter", "Re: Withdrawing my application",
     "Thanks for letting us know, {first}. I've withdrawn your application for {role} as requested and cancelled "
     "the remaining interviews. Best of luck in the new role!"),
    (OTH, "withdrawal", "ats", "Your application has been withdrawn",
     "You have successfully withdrawn your application for {role} at {company}. | If this was a mistake, you can "
     "apply again from our careers page."),
    (OTH, "interviewer", "internal", "Scorecard reminder: {other}",
     "You interviewed {other} for {role} yesterday. Please submit your scorecard by end of day so the debrief can "
     "go ahead."),
    (OTH, "interviewer", "internal", "Debrief: {other} - {role}",
     "~Team, the hiring committee decided to extend an offer to {other}. Thanks all for the quick turnaround on "
     "feedback, and sorry to those whose favourite didn't make it."),
    (OTH, "interviewer", "ats", "You've been added to an interview panel",
     "{hm} added you as an interviewer for {other} ({role}) on {day} at {time}. Please review the candidate's CV "
     "before the session and submit feedback within 24 hours."),
    (OTH, "", "hr", "Join us at the {company} open house",
     "We're opening our doors on {date} for an evening of talks and demos with our product and engineering teams. "
     "Drinks and snacks provided; bring a friend."),
    (OTH, "", "ats", "Verify your email address",
     "Please confirm your email address to finish creating your {company} candidate account. The link is valid "
     "for 48 hours."),
    (OTH, "survey", "ats", "How was your interview experience?",
     "We'd love your feedback on your candidate experience with {company}. The survey takes three minutes and "
     "your answers are anonymous."),
])

DE = _cores("de", [
    (REJ, "warm_rejection", "manager", "Ihre Bewerbung als {role}",
     "vielen Dank für die angenehmen Gespräche in den letzten Wochen. Ihr Fachwissen hat uns wirklich "
     "beeindruckt. | Nach reiflicher Überlegung haben wir uns dennoch für eine andere Kandidatin entschieden, deren "
     "Profil noch etwas näher an den aktuellen Anforderungen liegt. | Für Ihre weitere Suche wünschen wir Ihnen "
     "alles Gute."),
    (REJ, "talent_pool", "hr", "Rückmeldung zu Ihrer Bewerbung",
     "wir bedanken uns für Ihr Interesse an {company}. Leider können wir Ihre Bewerbung für die Position {role} "
     "nicht weiter berücksichtigen. | Gerne würden wir Ihre Unterlagen in unseren Talentpool aufnehmen, um bei "
     "passenden Vakanzen auf Sie zuzukommen. Falls Sie das nicht möchten, genügt eine kurze Antwort."),
    (REJ, "no_interview", "ats", "Ihre Bewerbung bei {company}",
     "nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass wir Sie nicht zu einem "
     "Vorstellungsgespräch einladen können. | Diese Entscheidung ist uns bei so vielen qualifizierten Bewerbungen "
     "nicht leichtgefallen."),
    (REJ, "rescinded", "recruiter", "Zurückziehung unseres Angebots",
     "es tut mir sehr leid, Ihnen mitteilen zu müssen, dass wir unser Angebot für die Stelle als {role} "
     "zurückziehen. Wegen eines kurzfristigen Einstellungsstopps im gesamten Konzern dürfen wir derzeit keine "
     "neuen Verträge abschließen. | Ich rufe Sie heute Nachmittag an, um alles in Ruhe zu besprechen."),
    (REJ, "", "founder", "Kurzes Update",
     "~Hi {first}, leider hat es diesmal nicht geklappt: Das Team hat sich für jemanden mit mehr Erfahrung im "
     "B2B-Vertrieb entschieden. Danke dir für deine Zeit und viel Erfolg weiterhin!"),
    (REJ, "", "agency", "Feedback von {company}",
     "ich habe gerade Rückmeldung von meinem Kunden {company} bekommen. Man hat sich leider gegen eine Fortsetzung "
     "des Prozesses entschieden; ausschlaggebend waren wohl fehlende SAP-Kenntnisse. | Ich melde mich, sobald ich "
     "etwas Passendes für Sie habe."),
    (REJ, "reapply", "ats", "Stelle besetzt",
     "die ausgeschriebene Stelle {role} konnte inzwischen besetzt werden. Wir danken Ihnen herzlich für Ihre "
     "Bewerbung. | Eine erneute Bewerbung ist frühestens in {n} Monaten möglich."),
    (OFF, "casual_offer", "founder", "Gute Nachrichten!",
     "~Hallo {first}, ich mach's kurz: Wir wollen dich! Das ganze Team war begeistert und wir würden dich sehr "
     "gern als {role} an Bord holen. Den Vertrag schickt dir {hm_first} in den nächsten Tagen."),
    (OFF, "formal_offer", "hr", "Vertragsangebot {role}",
     "wir freuen uns, Ihnen die Position als {role} bei {company} anbieten zu können. Im Anhang finden Sie den "
     "Arbeitsvertrag mit allen Konditionen; als Eintrittsdatum schlagen wir den {date2} vor. | Bitte senden Sie "
     "uns den unterschriebenen Vertrag bis zum {date} zurück."),
    (OFF, "verbal_offer", "recruiter", "Unser Telefonat",
     "wie heute Vormittag am Telefon besprochen, möchten wir Ihnen die Stelle als {role} anbieten: Jahresgehalt "
     "{salary}, 30 Urlaubstage. Das schriftliche Angebot erhalten Sie, sobald die Personalabteilung es "
     "freigegeben hat."),
    (OFF, "offer_references", "manager", "Zusage unter Vorbehalt",
     "ich freue mich, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als {role} anbieten möchten, "
     "vorbehaltlich positiver Referenzen. Könnten Sie mir bitte zwei Ansprechpartner nennen?"),
    (OFF, "", "ats", "Ihr Angebot von {company}",
     "herzlichen Glückwunsch! {company} hat Ihnen ein Angebot für die Position {role} erstellt. | Sie können es "
     "bis zum {date} im Bewerberportal annehmen."),
    (NXT, "reschedule", "coordinator", "Terminverschiebung",
     "leider ist {hm} am {day} kurzfristig verhindert. Könnten wir das Gespräch auf {day2} um {time} Uhr "
     "verschieben? Ansonsten schicke ich Ihnen gern weitere Termine."),
    (NXT, "", "recruiter", "Einladung zur zweiten Runde",
     "vielen Dank für das gute Erstgespräch! Wir möchten Sie gern zu einem zweiten Gespräch mit unserem "
     "Fachbereich einladen. Bitte nennen Sie mir zwei bis drei Termine in der kommenden Woche."),
    (NXT, "assessment", "ats", "Online-Test für {role}",
     "als nächsten Schritt bitten wir Sie, unseren Online-Test zu absolvieren (ca. 40 Minuten). | Der Link ist "
     "bis zum {date} gültig."),
    (NXT, "", "manager", "Probetag",
     "wir würden Sie gern zu einem Probetag in unser Büro einladen, damit Sie das Team kennenlernen. Passt Ihnen "
     "der {date}? Nach dem Probetag entscheiden wir {when}."),
    (NXT, "", "ats", "Terminauswahl für Ihr Interview",
     "{company} möchte ein Videointerview mit Ihnen für die Stelle {role} vereinbaren. | Bitte wählen Sie über den "
     "folgenden Link einen passenden Termin aus."),
    (PEN, "", "recruiter", "Zwischenstand",
     "ich wollte Ihnen kurz einen Zwischenstand geben: Wir führen noch Gespräche mit weiteren Kandidaten und haben "
     "noch keine Entscheidung getroffen. Eine Rückmeldung erhalten Sie {when}."),
    (PEN, "on_hold", "hr", "Stelle vorübergehend pausiert",
     "die Besetzung der Position {role} liegt aus budgetären Gründen vorerst auf Eis. Ihre Bewerbung bleibt "
     "selbstverständlich im Prozess; wir melden uns, sobald es weitergeht."),
    (PEN, "waitlist", "manager", "Ihre Bewerbung - aktueller Stand",
     "Sie waren in der engsten Auswahl. Wir haben uns zunächst für eine andere Person entschieden, würden Sie aber "
     "gern als Nachrücker vormerken, falls sich daran etwas ändert. Ich melde mich {when}."),
    (PEN, "pending_unfortunately", "coordinator", "Verzögerung",
     "leider verzögert sich unsere Entscheidung, da zwei Mitglieder des Auswahlgremiums im Urlaub sind. Wir "
     "melden uns {when} bei Ihnen."),
    (PEN, "", "founder", "kurzes Update",
     "~Hey {first}, sorry, dass es so lange dauert! Du bist definitiv noch im Rennen, wir entscheiden {when}."),
    (ACK, "", "ats", "Eingangsbestätigung Ihrer Bewerbung",
     "vielen Dank für Ihre Bewerbung als {role}. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. | Wir "
     "prüfen Ihre Bewerbung sorgfältig und melden uns {when}."),
    (ACK, "ack_unfortunately", "ats", "Ihre Bewerbung ist bei uns eingegangen",
     "wir haben Ihre Bewerbung erhalten. Leider können wir wegen der hohen Zahl an Bewerbungen keine "
     "individuellen Rückfragen zum Bearbeitungsstand beantworten. | Sie hören von uns, sobald wir Ihre Unterlagen "
     "geprüft haben."),
    (ACK, "", "recruiter", "AW: Danke für das Gespräch",
     "vielen Dank für Ihre nette Nachricht, die ich gern an {hm} weitergeleitet habe. Wir melden uns, sobald das "
     "Team alle Gespräche ausgewertet hat."),
    (ACK, "", "coordinator", "Unterlagen erhalten",
     "kurze Bestätigung: Ihre Zeugnisse und das Portfolio sind vollständig bei uns angekommen. Von Ihrer Seite "
     "ist im Moment nichts weiter zu tun."),
    (ACK, "", "hr", "Ihre Bewerbung: {role}",
     "herzlichen Dank für Ihr Interesse an {company}. Ihre Unterlagen sind vollständig bei uns eingegangen und "
     "liegen nun der Fachabteilung vor. Mit einer Rückmeldung können Sie {when} rechnen."),
    (PEN, "", "agency", "Stand bei {company}",
     "kurzer Zwischenstand von meiner Seite: {company} führt noch zwei weitere Gespräche und legt sich erst "
     "danach fest. Man hat mir eine Entscheidung {when} zugesagt."),
    (AUT, "out_of_office", "ooo", "Abwesenheitsnotiz: {orig}",
     "~Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und habe keinen Zugriff "
     "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {colleague_email}. Ihre E-Mail wird nicht "
     "weitergeleitet."),
    (AUT, "out_of_office", "ooo", "Automatische Antwort: {orig}",
     "~Ich befinde mich in Elternzeit. Leider kann ich Ihre Nachricht erst nach meiner Rückkehr am {date} "
     "bearbeiten. Bei Fragen zu Angeboten oder Verträgen wenden Sie sich bitte an {colleague_email}."),
    (AUT, "auto_noreply", "noreply", "Automatische Benachrichtigung",
     "~Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse können nicht bearbeitet werden. | "
     "Bitte nutzen Sie für Rückfragen das Bewerberportal."),
    (AUT, "out_of_office", "ooo", "Nicht mehr im Unternehmen: {orig}",
     "~Ich bin nicht mehr bei {company} tätig. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an "
     "{colleague_email}."),
    (OTH, "job_alert", "alert", "Neue Jobs für dich: {role}",
     "~Diese Woche haben wir neue Stellenangebote für deinen Suchauftrag gefunden. | Top-Angebote sind schnell "
     "weg, also bewirb dich frühzeitig!"),
    (OTH, "withdrawal", "recruiter", "AW: Rückzug meiner Bewerbung",
     "vielen Dank für Ihre Rückmeldung, schade, dass Sie sich anders entschieden haben. Wir haben Ihre Bewerbung "
     "wie gewünscht zurückgezogen und die geplanten Termine storniert. Alles Gute für die neue Stelle!"),
    (OTH, "interviewer", "internal", "Bitte Feedback zu {other}",
     "~Hallo {first}, danke, dass du gestern das Interview mit {other} für die Stelle {role} geführt hast. Trag "
     "bitte bis morgen Mittag dein Feedback im System ein, damit wir entscheiden können."),
    (OTH, "newsletter_regret", "hr", "Karriere-Newsletter von {company}",
     "leider müssen wir unseren Karrieretag im Herbst absagen, das bedauern wir sehr. | Dafür gibt es jetzt neue "
     "Stellenangebote, unter anderem als {role}."),
    (OTH, "interviewer", "internal", "Entscheidung {role}",
     "~Hallo zusammen, wir haben {other} heute das Angebot für die Stelle {role} gemacht und es wurde angenommen. "
     "Danke euch allen für die Interviews!"),
    (OTH, "withdrawal", "ats", "Bewerbung zurückgezogen",
     "Sie haben Ihre Bewerbung für {role} erfolgreich zurückgezogen. | Falls das ein Versehen war, können Sie sich "
     "jederzeit erneut bewerben."),
])

FR = _cores("fr", [
    (REJ, "warm_rejection", "manager", "Votre candidature - {role}",
     "Merci encore pour le temps que vous nous avez consacré lors des entretiens. Nous avons sincèrement apprécié "
     "votre parcours et la qualité de nos échanges. | Toutefois, après mûre réflexion, nous avons choisi de "
     "poursuivre avec un autre profil, plus proche de nos besoins immédiats. | Nous vous souhaitons plein succès "
     "dans vos recherches."),
    (REJ, "talent_pool", "hr", "Suite à votre candidature",
     "Nous vous remercions de l'intérêt porté à {company}. Nous ne sommes malheureusement pas en mesure de donner "
     "une suite favorable à votre candidature pour le poste de {role}. | Avec votre accord, nous conserverons "
     "votre CV dans notre vivier de talents afin de vous recontacter si une opportunité se présente."),
    (REJ, "no_interview", "ats", "Votre candidature chez {company}",
     "Après examen attentif de votre dossier, nous avons le regret de vous informer que nous ne pouvons pas vous "
     "proposer d'entretien pour ce poste. | Nous vous remercions de votre intérêt."),
    (REJ, "rescinded", "recruiter", "Concernant notre proposition",
     "C'est avec beaucoup de regret que je dois vous annoncer que nous retirons la proposition d'embauche qui vous "
     "avait été faite pour le poste de {role}, le poste étant supprimé dans le cadre d'une réorganisation. | Je "
     "reste disponible pour en parler par téléphone."),
    (REJ, "", "founder", "Petit retour",
     "~Salut {first}, je préfère te le dire directement : on ne va pas aller plus loin pour le poste de {role}. "
     "On a retenu quelqu'un avec plus d'expérience en management. Merci pour ton temps et bonne continuation !"),
    (REJ, "", "agency", "Retour de {company}",
     "Je reviens vers vous suite à votre entretien chez mon client {company}. Malgré un bon feeling, ils ont "
     "décidé de ne pas retenir votre candidature : ils cherchent finalement un profil plus senior. | Je garde "
     "votre dossier sous le coude pour d'autres missions."),
    (REJ, "reapply", "ats", "Poste pourvu",
     "Nous vous informons que le poste de {role} a été pourvu. Nous vous remercions pour votre candidature. | "
     "Vous pourrez postuler à nouveau dans {n} mois."),
    (OFF, "casual_offer", "manager", "Bonne nouvelle !",
     "Toute l'équipe a adoré vous rencontrer et nous serions ravis que vous nous rejoigniez en tant que {role} ! "
     "Notre RH vous envoie la promesse d'embauche très vite."),
    (OFF, "formal_offer", "hr", "Proposition d'embauche - {role}",
     "Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}, en CDI, avec une prise de "
     "poste le {date2}. Vous trouverez ci-joint votre promesse d'embauche. | Merci de nous la retourner signée "
     "avant le {date}."),
    (OFF, "verbal_offer", "recruiter", "Suite à notre appel",
     "Comme évoqué au téléphone ce matin, nous souhaitons vous faire une offre pour le poste de {role}, avec une "
     "rémunération de {salary} brut annuel. Le contrat écrit suivra dès validation par la direction."),
    (OFF, "offer_references", "recruiter", "Offre sous réserve",
     "J'ai le plaisir de vous annoncer que nous souhaitons vous recruter comme {role}, sous réserve de la "
     "vérification de vos références. Pourriez-vous m'indiquer les coordonnées de deux anciens managers ?"),
    (OFF, "", "ats", "Votre offre de {company}",
     "Félicitations ! {company} vous a adressé une offre pour le poste de {role}. | Consultez-la et signez-la dans "
     "votre espace candidat avant le {date}."),
    (NXT, "reschedule", "coordinator", "Report de votre entretien",
     "Malheureusement, {hm} a un empêchement et ne pourra pas assurer l'entretien prévu. Serait-il possible de le "
     "décaler à {day2} à {time} ? Sinon, je vous propose d'autres créneaux."),
    (NXT, "", "recruiter", "Deuxième entretien",
     "Merci pour notre échange ! Nous aimerions vous rencontrer à nouveau pour un entretien avec l'équipe "
     "technique. Pourriez-vous m'indiquer vos disponibilités la semaine prochaine ?"),
    (NXT, "assessment", "manager", "Étude de cas - {role}",
     "Pour la prochaine étape, nous vous proposons une étude de cas que vous présenterez devant le jury. Merci de "
     "nous renvoyer votre support au plus tard le {date}."),
    (NXT, "", "hr", "Dernier entretien",
     "Nous avons le plaisir de vous inviter à un dernier entretien avec notre directrice générale le {date}. Nous "
     "prendrons notre décision finale {when}."),
    (NXT, "", "ats", "Planifiez votre entretien",
     "{company} souhaite organiser un entretien vidéo avec vous pour le poste de {role}. | Choisissez le créneau "
     "qui vous convient via le lien ci-dessous."),
    (PEN, "", "recruiter", "Point d'étape",
     "Je tenais à vous faire un point : nous rencontrons encore quelques candidats et aucune décision n'a été "
     "prise. Je reviens vers vous {when}."),
    (PEN, "on_hold", "hr", "Recrutement suspendu",
     "Le recrutement pour le poste de {role} est suspendu pour le moment, le temps de valider le budget de l'an "
     "prochain. Votre candidature reste active et nous reviendrons vers vous dès que possible."),
    (PEN, "waitlist", "manager", "Votre candidature",
     "Vous faisiez partie de nos deux finalistes. Nous avons fait une proposition à l'autre candidat, mais nous "
     "aimerions vous garder sur liste d'attente au cas où. Je vous tiens informé {when}."),
    (PEN, "pending_unfortunately", "coordinator", "Délai supplémentaire",
     "Nous avons malheureusement besoin d'un peu plus de temps pour finaliser notre choix. Vous aurez une réponse "
     "{when}."),
    (PEN, "", "founder", "Toujours en lice",
     "~Hello {first}, désolé pour le silence ! Tu es toujours dans la course, on doit juste caler un dernier point "
     "avec les associés. On te dit ça {when}."),
    (ACK, "", "ats", "Confirmation de votre candidature",
     "Nous avons bien reçu votre candidature pour le poste de {role} et vous en remercions. | Notre équipe "
     "l'étudie avec attention et reviendra vers vous {when}."),
    (ACK, "ack_unfortunately", "ats", "Candidature reçue",
     "Votre candidature nous est bien parvenue. Malheureusement, en raison du nombre important de dossiers, nous "
     "ne pouvons pas répondre individuellement aux demandes de suivi. | Chaque candidature est néanmoins lue par "
     "un recruteur."),
    (ACK, "", "recruiter", "RE: Merci pour l'entretien",
     "Merci beaucoup pour votre message, je l'ai transmis à {hm}. Je reviens vers vous dès que l'équipe aura fait "
     "le point."),
    (ACK, "", "coordinator", "Documents reçus",
     "Je vous confirme la bonne réception de vos diplômes et de vos références. Le dossier est complet, vous "
     "n'avez rien d'autre à nous envoyer."),
    (ACK, "", "hr", "Votre candidature a bien été reçue",
     "Nous accusons réception de votre candidature au poste de {role}. Elle a été transmise au responsable du "
     "recrutement, qui vous répondra {when}."),
    (PEN, "", "agency", "Des nouvelles de {company}",
     "Petit point sur votre candidature chez {company} : ils terminent les derniers entretiens et n'ont encore "
     "rien arrêté. Ils m'ont promis une réponse {when}, je vous appelle dès que j'ai du nouveau."),
    (AUT, "out_of_office", "ooo", "Réponse automatique : {orig}",
     "~Bonjour, je suis absente du bureau jusqu'au {date} inclus. Pour toute demande urgente, merci de contacter "
     "{colleague_email}. Je répondrai à votre message à mon retour."),
    (AUT, "out_of_office", "ooo", "Absence : {orig}",
     "~Je suis actuellement en congé et n'ai malheureusement pas accès à ma messagerie. Pour toute question "
     "concernant une offre ou un contrat, écrivez à {colleague_email}. Retour prévu le {date}."),
    (AUT, "auto_noreply", "noreply", "Message automatique",
     "~Ce message a été envoyé automatiquement, merci de ne pas y répondre. Cette adresse n'est pas consultée. | "
     "Pour toute question, utilisez la messagerie de votre espace candidat."),
    (AUT, "out_of_office", "ooo", "Réponse automatique : {orig}",
     "~Je ne fais plus partie de {company}. Votre message ne sera pas transféré ; merci d'écrire à "
     "{colleague_email}."),
    (OTH, "job_alert", "alert", "Nouvelles offres d'emploi : {role}",
     "~Voici les nouvelles offres qui correspondent à votre alerte. | Ne tardez pas, les meilleures offres partent "
     "vite !"),
    (OTH, "withdrawal", "recruiter", "RE: Retrait de ma candidature",
     "Merci de nous avoir prévenus. Nous avons bien retiré votre candidature au poste de {role} et annulé "
     "l'entretien prévu. Belle réussite dans votre nouveau poste !"),
    (OTH, "interviewer", "internal", "Ton retour sur {other}",
     "~Salut {first}, merci d'avoir fait passer l'entretien de {other} pour le poste de {role}. Peux-tu remplir la "
     "grille d'évaluation d'ici demain midi ?"),
    (OTH, "newsletter_regret", "hr", "La lettre carrières de {company}",
     "Nous regrettons de devoir annuler notre afterwork recrutement de juin. | Découvrez quand même nos offres du "
     "moment, dont un poste de {role}."),
    (OTH, "interviewer", "internal", "Recrutement {role} - décision",
     "~Bonjour à tous, {other} a accepté notre offre pour le poste de {role} ! Merci à tous pour vos entretiens."),
    (OTH, "withdrawal", "ats", "Candidature retirée",
     "Votre candidature pour le poste de {role} a bien été retirée. | Vous pouvez repostuler à tout moment depuis "
     "notre page carrières."),
])

ES = _cores("es", [
    (REJ, "warm_rejection", "manager", "Tu candidatura para {role}",
     "gracias de nuevo por tu tiempo durante el proceso; a todo el equipo le encantó conocerte y nos impresionó "
     "tu experiencia. | Aun así, tras mucho debate, hemos decidido seguir adelante con otra persona cuyo perfil "
     "se ajusta más a lo que necesitamos ahora mismo. | Te deseamos mucha suerte en tu búsqueda."),
    (REJ, "talent_pool", "hr", "Actualización de tu candidatura",
     "te agradecemos el interés mostrado en {company}. Lamentablemente, en esta ocasión no vamos a continuar con "
     "tu candidatura para el puesto de {role}. | Si nos das tu consentimiento, guardaremos tu CV en nuestra bolsa "
     "de talento para futuras vacantes."),
    (REJ, "no_interview", "ats", "Tu candidatura en {company}",
     "tras revisar tu perfil con detenimiento, sentimos comunicarte que no podemos ofrecerte una entrevista para "
     "esta posición. | Gracias por tu interés."),
    (REJ, "rescinded", "recruiter", "Sobre nuestra oferta",
     "lamento muchísimo tener que decirte que retiramos la oferta de empleo que te hicimos para el puesto de "
     "{role}. La empresa ha congelado todas las contrataciones tras la reestructuración de esta semana. | Te llamo "
     "esta tarde para explicártelo con calma."),
    (REJ, "", "agency", "Respuesta de {company}",
     "acabo de hablar con mi cliente {company}: finalmente han decidido no avanzar con tu candidatura, buscan a "
     "alguien con más experiencia en retail. | Te aviso en cuanto tenga otra posición que encaje contigo."),
    (REJ, "", "recruiter", "Proceso {role}",
     "~Hola {first}, te escribo para decirte que no vamos a seguir adelante contigo en este proceso. Gracias por "
     "todo y mucha suerte."),
    (REJ, "reapply", "ats", "Vacante cubierta",
     "te informamos de que la vacante de {role} ya ha sido cubierta. | Podrás volver a presentar tu candidatura "
     "dentro de {n} meses."),
    (OFF, "casual_offer", "founder", "¡Buenas noticias!",
     "~¡Hola {first}! Al equipo le encantaste y nos haría muchísima ilusión que te unieras a nosotros como "
     "{role}. En breve te mandamos la propuesta por escrito."),
    (OFF, "formal_offer", "hr", "Oferta de empleo - {role}",
     "nos complace ofrecerte el puesto de {role} en {company}, con incorporación el {date2}. Adjuntamos la carta "
     "de oferta con las condiciones. | Te rogamos que nos la devuelvas firmada antes del {date}."),
    (OFF, "verbal_offer", "recruiter", "Lo que hablamos por teléfono",
     "como te comenté esta mañana por teléfono, queremos ofrecerte el puesto de {role} con un salario de {salary} "
     "brutos anuales. El contrato por escrito te llegará cuando lo apruebe RR. HH."),
    (OFF, "offer_references", "manager", "Oferta condicionada",
     "tengo el placer de comunicarte que queremos contar contigo como {role}, a falta de comprobar tus "
     "referencias. ¿Me puedes enviar el contacto de dos personas?"),
    (OFF, "", "ats", "Tu oferta de {company}",
     "¡enhorabuena! {company} te ha enviado una oferta para el puesto de {role}. | Puedes revisarla y aceptarla en "
     "el portal antes del {date}."),
    (NXT, "reschedule", "coordinator", "Cambio de fecha de la entrevista",
     "lamentablemente {hm} tiene un imprevisto y no podrá hacer la entrevista. ¿Te vendría bien moverla al {day2} "
     "a las {time}? Si no, te propongo otras horas."),
    (NXT, "", "recruiter", "Segunda entrevista",
     "¡gracias por la conversación! Nos gustaría que pasaras a la siguiente fase: una entrevista técnica con el "
     "equipo. ¿Qué disponibilidad tienes la semana que viene?"),
    (NXT, "assessment", "ats", "Prueba técnica - {role}",
     "el siguiente paso del proceso es una prueba técnica online de unos 60 minutos. | Tienes de plazo hasta el "
     "{date} para completarla."),
    (NXT, "", "hr", "Última entrevista",
     "nos gustaría invitarte a una última entrevista con nuestra CEO el {date}. Tomaremos la decisión final "
     "{when}."),
    (NXT, "", "ats", "Elige la hora de tu entrevista",
     "{company} quiere programar una videoentrevista contigo para el puesto de {role}. | Elige el horario que "
     "mejor te venga en el siguiente enlace."),
    (PEN, "", "recruiter", "Novedades sobre tu candidatura",
     "quería contarte cómo va el proceso: todavía estamos entrevistando a otros candidatos y no hemos tomado "
     "ninguna decisión. Te daré una respuesta {when}."),
    (PEN, "on_hold", "hr", "Proceso en pausa",
     "el proceso para el puesto de {role} se ha puesto en pausa mientras revisamos el presupuesto. Tu candidatura "
     "sigue activa y te escribiremos en cuanto se reanude."),
    (PEN, "waitlist", "manager", "Tu candidatura",
     "estuviste entre los dos finalistas. Le hemos hecho una oferta a la otra persona, pero nos gustaría "
     "mantenerte en lista de espera por si no sale adelante. Te cuento algo {when}."),
    (PEN, "pending_unfortunately", "coordinator", "Un poco más de tiempo",
     "lamentablemente necesitamos algo más de tiempo para decidir; parte del comité está de viaje. Te "
     "responderemos {when}."),
    (PEN, "", "founder", "Sigues en el proceso",
     "~¡Perdona el silencio, {first}! Sigues en el proceso, solo nos falta cerrar un tema con los socios. "
     "Decidimos {when}."),
    (ACK, "ack_offer_word", "ats", "Hemos recibido tu candidatura",
     "gracias por inscribirte en nuestra oferta de {role}. Hemos recibido tu candidatura correctamente y nuestro "
     "equipo la revisará. | Te contestaremos {when}."),
    (ACK, "ack_unfortunately", "ats", "Confirmación de candidatura",
     "hemos recibido tu candidatura. Lamentablemente, por el gran volumen de solicitudes, no podemos responder a "
     "consultas individuales sobre el estado del proceso, pero revisamos todos los perfiles."),
    (ACK, "", "recruiter", "RE: Gracias por la entrevista",
     "¡muchas gracias por tu mensaje! Se lo he pasado a {hm}. Te escribo cuando el equipo haya puesto en común "
     "sus impresiones."),
    (ACK, "", "coordinator", "Documentación recibida",
     "te confirmo que hemos recibido tus títulos y las referencias. La documentación está completa."),
    (ACK, "", "hr", "Candidatura recibida: {role}",
     "gracias por tu interés en {company}. Tu candidatura ha llegado correctamente y ya la tiene el equipo de "
     "selección. Te diremos algo {when}."),
    (PEN, "", "agency", "Novedades de {company}",
     "te cuento: {company} todavía está terminando las últimas entrevistas y no ha decidido nada. Me han "
     "prometido una respuesta {when} y te llamo en cuanto la tenga."),
    (AUT, "out_of_office", "ooo", "Respuesta automática: {orig}",
     "~Gracias por tu mensaje. Estoy fuera de la oficina hasta el {date} sin acceso al correo. Para asuntos "
     "urgentes, escribe a {colleague_email}."),
    (AUT, "out_of_office", "ooo", "Fuera de la oficina: {orig}",
     "~Estoy de vacaciones. Lamentablemente no podré leer tu correo hasta mi vuelta el {date}. Si tu consulta es "
     "sobre una oferta o un contrato, escribe a {colleague_email}."),
    (AUT, "auto_noreply", "noreply", "Mensaje automático",
     "~Este es un mensaje automático; por favor, no respondas a este correo. Esta dirección no se revisa."),
    (AUT, "out_of_office", "ooo", "Respuesta automática: {orig}",
     "~Ya no formo parte de {company}. Tu mensaje no se reenviará; por favor, escribe a {colleague_email}."),
    (OTH, "job_alert", "alert", "Nuevas ofertas de empleo: {role}",
     "~Estas son las nuevas ofertas que encajan con tu alerta. | ¡No dejes pasar las mejores ofertas!"),
    (OTH, "withdrawal", "recruiter", "RE: Retiro mi candidatura",
     "gracias por avisarnos. Hemos retirado tu candidatura al puesto de {role} y cancelado la entrevista prevista. "
     "¡Mucha suerte en tu nuevo trabajo!"),
    (OTH, "interviewer", "internal", "Feedback de {other}",
     "~Hola {first}, gracias por entrevistar a {other} para el puesto de {role}. ¿Puedes dejar tu valoración en "
     "la plataforma antes de mañana a mediodía?"),
    (OTH, "newsletter_regret", "hr", "Newsletter de empleo de {company}",
     "lamentamos tener que cancelar nuestra jornada de puertas abiertas de octubre. | Pero tenemos nuevas "
     "ofertas, entre ellas un puesto de {role}."),
    (OTH, "interviewer", "internal", "Decisión {role}",
     "~Hola equipo: {other} ha aceptado nuestra oferta para el puesto de {role}. ¡Gracias a todos por las "
     "entrevistas!"),
    (OTH, "withdrawal", "ats", "Candidatura retirada",
     "Has retirado correctamente tu candidatura al puesto de {role}. | Si ha sido un error, puedes volver a "
     "inscribirte desde nuestra web."),
])

BANK = {"en": EN, "de": DE, "fr": FR, "es": ES}

# ---------------------------------------------------------------------------------------------------------------
# People, companies, roles and the words around the core (greetings, signatures, platform chrome).

NAMES = {
    "en": (("Avery", "Jordan", "Priya", "Marcus", "Hannah", "Tobias", "Leah", "Dev", "Imogen", "Callum", "Nadia",
            "Rory", "Sienna", "Theo", "Wen", "Ibrahim"),
           ("Whitlock", "Okafor", "Brennan", "Castellano", "Yates", "Lindqvist", "Abernathy", "Mehta", "Garvey",
            "Holloway", "Sutcliffe", "Tran")),
    "de": (("Jonas", "Lea", "Matthias", "Svenja", "Tobias", "Carolin", "Deniz", "Friederike", "Malte", "Annika",
            "Yusuf", "Katrin"),
           ("Brandstätter", "Köhler", "Reuter", "Wendling", "Achterberg", "Sommerfeld", "Yilmaz", "Lorenzen",
            "Pfeiffer", "Haberland")),
    "fr": (("Camille", "Antoine", "Élodie", "Mathis", "Noémie", "Yanis", "Clémence", "Bastien", "Inès", "Loïc",
            "Maëlle", "Karim"),
           ("Delacroix", "Bonnefoy", "Marchetti", "Lefèvre", "Roussel", "Benali", "Garnier", "Chevalier",
            "Texier", "Morvan")),
    "es": (("Lucía", "Álvaro", "Nerea", "Iker", "Carmen", "Sergio", "Ainhoa", "Javier", "Marta", "Rubén",
            "Itziar", "Pablo"),
           ("Ortega", "Beltrán", "Iglesias", "Casado", "Medina", "Zubiri", "Navarro", "Robles", "Peña",
            "Villalobos")),
}
COMPANIES = {
    "en": ("Copperleaf Systems", "Brambleway Health", "Oriel Freight", "Quillmate", "Stonebridge Mutual",
           "Lumen Orchard", "Vantor Labs", "Driftwood Media", "Peregrine Biotech", "Saltmarsh Energy", "Kitewing",
           "Hollis & Rowe", "Marigold Pay", "Tessellate AI", "Greyhaven Insurance", "Ridgeback Robotics"),
    "de": ("Lindenhof Logistik GmbH", "Brückner Medizintechnik", "Falkenstein Software AG", "Hafenkante Digital",
           "Weißdorn Energie", "Kranich Versicherung", "Mühlbach & Söhne", "Nordlicht Mobility", "Alpenblick Bau",
           "Sternquell Pharma"),
    "fr": ("Atelier Bréval", "Lumière Conseil", "Rivages Assurances", "Groupe Castelnau", "Ondine Santé",
           "Maison Verlaine", "Hélios Fret", "Pommeraie Tech", "Éditions du Quai", "Cèdre & Ardoise"),
    "es": ("Olivar Tecnología", "Grupo Marisma", "Cierzo Energía", "Azulejo Studio", "Brújula Seguros",
           "Farallón Logística", "Nogal Consultores", "Sierra Clara Salud", "Pimiento Digital", "Veleta Software"),
}
ROLES = {
    "en": ("Senior Backend Engineer", "Product Designer", "Data Scientist", "Customer Success Lead",
           "Financial Analyst", "Head of Marketing", "Mobile Engineer (iOS)", "Operations Manager",
           "Technical Writer", "Security Engineer", "Account Executive", "Staff Platform Engineer"),
    "de": ("Softwareentwickler (m/w/d)", "Projektleiterin Hochbau", "Controller (m/w/d)", "UX-Designer",
           "Vertriebsmitarbeiter Innendienst", "Teamleitung Kundenservice", "Data Engineer (m/w/d)",
           "Einkäufer (m/w/d)"),
    "fr": ("Chef de projet digital", "Développeuse full-stack", "Comptable fournisseurs", "Responsable marketing",
           "Ingénieur DevOps", "Chargée de recrutement", "Product Owner", "Analyste financier"),
    "es": ("Desarrolladora frontend", "Jefe de proyecto", "Analista de datos", "Responsable de compras",
           "Diseñador UX", "Técnico de soporte", "Ingeniera de calidad", "Comercial B2B"),
}
GREETINGS = {
    "en": ("Hi {first},", "Dear {first} {last},", "Hello {first},", "{first},", "Hi {first}!", "Dear {first},",
           "Morning {first},"),
    "de": ("Hallo {first},", "Guten Tag {first} {last},", "Hallo {first} {last},", "Hi {first},", "Guten Tag,",
           "Moin {first},"),
    "fr": ("Bonjour {first},", "Bonjour {first} {last},", "Bonjour,", "Hello {first},", "Madame, Monsieur,"),
    "es": ("Hola {first}:", "Hola, {first}:", "Buenos días, {first}:", "Hola {first},", "Estimado/a {first}:"),
}
CLOSINGS = {
    "en": ("Best,", "Thanks,", "Kind regards,", "Cheers,", "Warmly,", "All the best,", "Best wishes,"),
    "de": ("Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Herzliche Grüße", "LG", "Freundliche Grüße"),
    "fr": ("Bien cordialement,", "Cordialement,", "Belle journée,", "À bientôt,", "Bien à vous,"),
    "es": ("Un saludo,", "Saludos cordiales,", "Un abrazo,", "Atentamente,", "Saludos,"),
}
EXTRAS = {
    "en": ("Hope your week is going well.", "Hope you had a good weekend.", "Thanks again for your patience.",
           "Apologies for the slow reply, it's been a busy few days."),
    "de": ("ich hoffe, Sie hatten ein schönes Wochenende.", "entschuldigen Sie die etwas späte Antwort.",
           "ich hoffe, es geht Ihnen gut."),
    "fr": ("J'espère que vous allez bien.", "Désolée pour ce retour un peu tardif.",
           "J'espère que votre semaine se passe bien."),
    "es": ("espero que estés bien.", "perdona la tardanza en contestar.", "espero que hayas tenido buen fin de "
           "semana."),
}
TITLES = {
    "en": {"recruiter": ("Talent Acquisition Partner", "Senior Recruiter", "Technical Recruiter"),
           "manager": ("Engineering Manager", "Director of Product", "Head of Finance", "Team Lead"),
           "founder": ("Co-founder & CEO", "Founder", "CTO & Co-founder"),
           "coordinator": ("Recruiting Coordinator", "Interview Scheduler", "Talent Coordinator"),
           "hr": ("People Team", "HR Business Partner", "Talent Acquisition"),
           "agency": ("Senior Consultant, {agency}",)},
    "de": {"recruiter": ("Recruiterin", "Talent Acquisition Manager", "Personalreferent"),
           "manager": ("Teamleiter", "Abteilungsleiterin", "Head of Engineering"),
           "founder": ("Gründer & Geschäftsführer", "Mitgründerin", "Geschäftsführung"),
           "coordinator": ("HR-Assistenz", "Recruiting-Koordination"), "hr": ("Personalabteilung", "HR-Team"),
           "agency": ("Personalberater, {agency}",)},
    "fr": {"recruiter": ("Chargée de recrutement", "Talent Acquisition Manager", "Recruteur IT"),
           "manager": ("Directrice produit", "Responsable d'équipe", "Directeur financier"),
           "founder": ("Co-fondateur", "Fondatrice & CEO"), "coordinator": ("Assistante RH", "Coordinateur RH"),
           "hr": ("Service Ressources Humaines", "Équipe RH"), "agency": ("Consultante, {agency}",)},
    "es": {"recruiter": ("Técnica de selección", "Talent Acquisition", "Responsable de reclutamiento"),
           "manager": ("Responsable de equipo", "Directora de producto", "Jefe de ingeniería"),
           "founder": ("Cofundadora", "CEO y fundador"),
           "coordinator": ("Coordinadora de selección", "Asistente RR. HH."),
           "hr": ("Departamento de Personas", "Equipo de RR. HH."), "agency": ("Consultor, {agency}",)},
}
DISCLAIMERS = {
    "en": ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee. If you "
           "received it in error, please notify the sender and delete it. Unless expressly stated, nothing in this "
           "e-mail constitutes an offer or acceptance of any contract. We regret that we cannot accept liability "
           "for viruses.",
           "{company} Ltd is registered in England and Wales. This message may contain privileged information; "
           "unfortunately e-mail cannot be guaranteed secure or error-free."),
    "de": ("Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, "
           "informieren Sie bitte den Absender und löschen Sie diese Nachricht. Diese Nachricht stellt kein "
           "rechtsverbindliches Angebot dar.",
           "{company} | Sitz der Gesellschaft: {city} | Amtsgericht {city} HRB 48213 | Geschäftsführung: "
           "Dr. H. Albers"),
    "fr": ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Il ne "
           "constitue en aucun cas une offre contractuelle. Nous regrettons de ne pouvoir garantir l'absence de "
           "virus.",
           "{company} - SAS au capital de 150 000 € - RCS {city} 812 334 905"),
    "es": ("Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. No constituye una oferta "
           "vinculante. Lamentamos no poder garantizar la ausencia de virus.",
           "Protección de datos: {company} tratará sus datos conforme al RGPD. Puede ejercer sus derechos "
           "escribiendo a privacidad@{domain}."),
}
ATS = {
    "en": (("Greenhouse", "no-reply@us.greenhouse-mail.io"), ("Lever", "no-reply@hire.lever.co"),
           ("Workday", "{co}@myworkday.com"), ("Ashby", "no-reply@ashbyhq.com"),
           ("SmartRecruiters", "noreply@smartrecruiters.com"), ("iCIMS", "{co}@talent.icims.com"),
           ("Workable", "noreply@candidates.workablemail.com"), ("BambooHR", "notifications@app.bamboohr.com"),
           ("Jobvite", "{co}@jobvite.com"), ("Teamtailor", "no-reply@teamtailor-mail.com"),
           ("Recruitee", "{co}@recruitee.com")),
    "de": (("Personio", "jobs@{co}.jobs.personio.de"), ("softgarden", "noreply@softgarden.io"),
           ("JOIN", "noreply@join.com"), ("d.vinci", "bewerbung@{co}.dvinci-hr.com"),
           ("SmartRecruiters", "noreply@smartrecruiters.com"), ("Workday", "{co}@myworkday.com"),
           ("Recruitee", "{co}@recruitee.com")),
    "fr": (("Teamtailor", "no-reply@teamtailor-mail.com"), ("Welcome to the Jungle", "noreply@welcomekit.co"),
           ("Workable", "noreply@candidates.workablemail.com"), ("Flatchr", "noreply@flatchr.io"),
           ("Greenhouse", "no-reply@us.greenhouse-mail.io"), ("Lever", "no-reply@hire.lever.co")),
    "es": (("Factorial", "no-reply@factorialhr.com"), ("Personio", "jobs@{co}.jobs.personio.es"),
           ("Teamtailor", "no-reply@teamtailor-mail.com"), ("InfoJobs", "noreply@infojobs.net"),
           ("SmartRecruiters", "noreply@smartrecruiters.com"), ("Workable", "noreply@candidates.workablemail.com")),
}
ALERT_BOARDS = {
    "en": (("JobRadar Alerts", "alerts@jobradar.example"), ("Hireline Digest", "digest@hireline.example"),
           ("Careerpath Weekly", "weekly@careerpath.example")),
    "de": (("Stellenblitz", "suchauftrag@stellenblitz.example"), ("Jobkompass", "alert@jobkompass.example")),
    "fr": (("EmploiFlash", "alertes@emploiflash.example"), ("Carrefour des Talents", "news@carrefourtalents.example")),
    "es": (("TrabajoYa", "alertas@trabajoya.example"), ("Ofertia Empleo", "boletin@ofertiaempleo.example")),
}
LISTING = {
    "en": ("{role} at {company} ({city})", "{role} · {company} · {city} · hybrid",
           "{company} is hiring: {role}, {city}"),
    "de": ("{role} bei {company} in {city}", "{role} · {company} · {city} · Vollzeit"),
    "fr": ("{role} chez {company} ({city})", "{role} · {company} · {city} · CDI"),
    "es": ("{role} en {company} ({city})", "{role} · {company} · {city} · jornada completa"),
}
UI: dict[str, dict[str, Any]] = {
    "en": {"cities": ("Leeds", "Austin", "Bristol", "Toronto", "Dublin", "Denver"), "apply_by": "apply by {date}",
           "mailhosts": ("gmail.com", "outlook.com", "fastmail.com", "proton.me"),
           "salaries": ("$142,000", "£68,000", "€75,000", "$118,500"), "hr_display": "{company} Talent Team",
           "team": "The {company} Recruiting Team", "phone": "+44 20 7946 0321",
           "agencies": ("Northgate Search", "Brightwater Talent", "Keel & Compass Recruitment"),
           "unsubscribe": "You are receiving this because you created a job alert on {board}. Unsubscribe | "
                          "Manage alerts",
           "button": ("View application", "Open portal", "Go to my account"), "schedule": "Choose a time",
           "footer": "Sent with {platform} on behalf of {company}. Please do not reply to this email.",
           "months": MONTHS["en"]},
    "de": {"cities": ("Hamburg", "Leipzig", "München", "Köln", "Stuttgart"), "apply_by": "Bewerbungsschluss {date}",
           "mailhosts": ("gmx.de", "web.de", "posteo.de", "t-online.de"),
           "salaries": ("68.000 €", "54.500 €", "72.000 Euro"), "hr_display": "{company} Personalabteilung",
           "team": "Ihr Recruiting-Team von {company}", "phone": "Tel. +49 40 5551 2390",
           "agencies": ("Hanse Personal", "Kopfwerk Consulting"),
           "unsubscribe": "Du erhältst diese E-Mail, weil du einen Suchauftrag bei {board} angelegt hast. Abmelden",
           "button": ("Zur Bewerbung", "Zum Portal"), "schedule": "Termin wählen",
           "footer": "Versendet über {platform} im Auftrag von {company}. Bitte antworten Sie nicht auf diese E-Mail.",
           "months": MONTHS["de"]},
    "fr": {"cities": ("Lyon", "Nantes", "Bordeaux", "Lille", "Paris"), "apply_by": "candidature avant le {date}",
           "mailhosts": ("orange.fr", "free.fr", "laposte.net", "gmail.com"),
           "salaries": ("52 000 €", "45 000 euros", "61 000 €"), "hr_display": "Recrutement {company}",
           "team": "L'équipe recrutement de {company}", "phone": "Tél. : +33 4 72 55 01 88",
           "agencies": ("Talents & Cie", "Alcyone Recrutement"),
           "unsubscribe": "Vous recevez cet e-mail car vous avez créé une alerte sur {board}. Se désabonner",
           "button": ("Voir ma candidature", "Accéder à mon espace"), "schedule": "Choisir un créneau",
           "footer": "Envoyé via {platform} pour le compte de {company}. Merci de ne pas répondre à cet e-mail.",
           "months": MONTHS["fr"]},
    "es": {"cities": ("Madrid", "Valencia", "Bilbao", "Sevilla", "Zaragoza"), "apply_by": "inscríbete antes del {date}",
           "mailhosts": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es"),
           "salaries": ("38.000 €", "42.500 euros", "35.000 €"), "hr_display": "Selección {company}",
           "team": "El equipo de selección de {company}", "phone": "Tel. +34 912 55 04 17",
           "agencies": ("Puente Talento", "Áurea Selección"),
           "unsubscribe": "Recibes este correo porque creaste una alerta en {board}. Darse de baja",
           "button": ("Ver mi candidatura", "Ir al portal"), "schedule": "Elegir horario",
           "footer": "Enviado con {platform} en nombre de {company}. Por favor, no respondas a este correo.",
           "months": MONTHS["es"]},
}
ORIG_SUBJECTS = {
    "en": ("Following up: {role} interview", "Thank you", "Question about my application", "Re: {role} at {company}"),
    "de": ("Nachfrage zu meiner Bewerbung", "Danke für das Gespräch", "Bewerbung als {role}"),
    "fr": ("Relance candidature {role}", "Merci pour l'entretien", "Question sur ma candidature"),
    "es": ("Seguimiento de mi candidatura", "Gracias por la entrevista", "Candidatura {role}"),
}
CANDIDATE_QUOTES = {
    "en": ("Hi {sfirst},\n\nThank you for taking the time to speak with me about the {role} role. I enjoyed learning "
           "about the team's plans and I'm excited about the opportunity.\n\nBest,\n{me}",
           "Hi {sfirst},\n\nI hope you're well. I wanted to follow up on my application for {role}. Has the team "
           "reached a decision yet? I remain very interested.\n\nThanks,\n{me}"),
    "de": ("Hallo {sfirst},\n\nvielen Dank für das Gespräch zur Position {role}. Ich bin nach wie vor sehr "
           "interessiert und freue mich auf Ihre Rückmeldung.\n\nViele Grüße\n{me}",
           "Guten Tag {sfirst},\n\ngibt es schon eine Entscheidung zu meiner Bewerbung als {role}?\n\n"
           "Beste Grüße\n{me}"),
    "fr": ("Bonjour {sfirst},\n\nMerci pour notre échange au sujet du poste de {role}. Je reste très motivé(e) et "
           "j'attends votre retour.\n\nBien à vous,\n{me}",
           "Bonjour {sfirst},\n\nJe me permets de revenir vers vous au sujet de ma candidature chez {company}. Une "
           "décision a-t-elle été prise ?\n\nCordialement,\n{me}"),
    "es": ("Hola {sfirst}:\n\nMuchas gracias por la entrevista para el puesto de {role}. Sigo muy interesado/a y "
           "quedo a la espera de vuestra respuesta.\n\nUn saludo,\n{me}",
           "Hola {sfirst}:\n\n¿Hay alguna novedad sobre mi candidatura en {company}?\n\nGracias,\n{me}"),
}
WITHDRAW_QUOTES = {
    "en": ("Hi {sfirst},\n\nI've accepted another offer, so I'd like to withdraw my application for {role}. Thank you "
           "for your time.\n\nBest,\n{me}",),
    "de": ("Hallo {sfirst},\n\nich habe ein anderes Angebot angenommen und ziehe meine Bewerbung als {role} daher "
           "zurück. Vielen Dank für Ihre Zeit.\n\nViele Grüße\n{me}",),
    "fr": ("Bonjour {sfirst},\n\nJ'ai accepté une autre offre et je souhaite donc retirer ma candidature au poste de "
           "{role}. Merci pour votre temps.\n\nCordialement,\n{me}",),
    "es": ("Hola {sfirst}:\n\nHe aceptado otra oferta, así que retiro mi candidatura al puesto de {role}. Gracias por "
           "vuestro tiempo.\n\nUn saludo,\n{me}",),
}
QUOTE_HEADERS = {
    "en": {"wrote": "On {when}, {name} <{addr}> wrote:", "from": "From", "sent": "Sent", "to": "To",
           "subject": "Subject", "fwd": "---------- Forwarded message ---------", "date": "Date"},
    "de": {"wrote": "Am {when} schrieb {name} <{addr}>:", "from": "Von", "sent": "Gesendet", "to": "An",
           "subject": "Betreff", "fwd": "---------- Weitergeleitete Nachricht ----------", "date": "Datum"},
    "fr": {"wrote": "Le {when}, {name} <{addr}> a écrit :", "from": "De", "sent": "Envoyé", "to": "À",
           "subject": "Objet", "fwd": "---------- Message transféré ---------", "date": "Date"},
    "es": {"wrote": "El {when}, {name} <{addr}> escribió:", "from": "De", "sent": "Enviado", "to": "Para",
           "subject": "Asunto", "fwd": "---------- Mensaje reenviado ---------", "date": "Fecha"},
}
FORWARD_NOTES = {
    "en": ("Hi {first}, forwarding {hm_first}'s note below since it went to your old address.",
           "Passing this along from {hm_first}, see below.", "FYI, see below."),
    "de": ("Hallo {first}, ich leite Ihnen die Nachricht von {hm_first} weiter, sie ging an Ihre alte Adresse.",
           "zur Info, siehe unten."),
    "fr": ("Bonjour {first}, je vous transfère le message de {hm_first} ci-dessous.", "Pour info, voir ci-dessous."),
    "es": ("Hola {first}: te reenvío el mensaje de {hm_first}, que llegó a una dirección antigua.",
           "Para tu información, ver abajo."),
}
PREFIXES = {"en": ("Re: ", "Fwd: "), "de": ("AW: ", "WG: "), "fr": ("RE: ", "TR: "), "es": ("RE: ", "RV: ")}

# ---------------------------------------------------------------------------------------------------------------
# Assembly: fill a core, wrap it in a writer's greeting and signature, then lay it out as MIME.

LEGACY = {"de": ("iso-8859-1", "windows-1252", "iso-8859-15"), "fr": ("iso-8859-15", "windows-1252", "iso-8859-1"),
          "es": ("iso-8859-1", "windows-1252"), "en": ("us-ascii", "windows-1252")}
TZ = {"en": (-8, -5, -4, 0, 1), "de": (1, 2), "fr": (1, 2), "es": (1, 2)}
PERSON_WRITERS = ("recruiter", "manager", "founder", "agency", "coordinator", "hr")


@dataclass
class Parts:
    """Everything one message needs before it is laid out as MIME."""

    lang: str
    core: Core
    subject: str
    paragraphs: list[str]
    signature: list[str]
    sender: tuple[str, str]
    reply_to: str
    me: tuple[str, str]
    me_first: str
    sent: datetime
    company: str
    role: str
    domain: str
    decision: date | None
    quote: str
    platform: str


def slug(text: str) -> str:
    """Given a name, returns a lowercase ASCII label usable in an address or domain."""
    table = str.maketrans("äöüßéèêëàâçíóúñáÉÁÖÜÄïî", "aousee" + "eeaacioun" + "aeaouaii", "&'.,()")
    word = text.lower().translate(table)
    for noise in ("gmbh", " ag", " und ", " y ", " s ", " du "):
        word = word.replace(noise, " ")
    return "".join(ch for ch in word if ch.isascii() and ch.isalnum())[:22]


def capitalise(text: str) -> str:
    """Given a paragraph, returns it with its first letter upper-case (after opening punctuation)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


def sent_at(rng: random.Random, lang: str) -> datetime:
    """Given a language, returns a timezone-aware send time in 2025-2026, mostly on weekdays in office hours."""
    day = date(2025, 1, 6) + timedelta(days=rng.randrange(660))
    if day.weekday() >= 5 and rng.random() < 0.75:
        day -= timedelta(days=day.weekday() - 4)
    zone = timezone(timedelta(hours=rng.choice(TZ[lang])))
    return datetime(day.year, day.month, day.day, rng.randrange(7, 20), rng.randrange(60), rng.randrange(60),
                    tzinfo=zone)


def listing(rng: random.Random, lang: str, sent: date, role: str, company: str) -> str:
    """Given the entity role/company, returns job-alert lines (the first names them), some with deadlines."""
    lines = []
    for k in range(rng.randint(3, 5)):
        line = rng.choice(LISTING[lang]).format(role=role if k == 0 else rng.choice(ROLES[lang]),
                                                company=company if k == 0 else rng.choice(COMPANIES[lang]),
                                                city=rng.choice(UI[lang]["cities"]))
        if rng.random() < 0.5:
            line += " · " + UI[lang]["apply_by"].format(date=fmt_date(rng, lang, sent + timedelta(rng.randint(4, 30))))
        lines.append("• " + line)
    return "\n".join(lines)


def build(label: str, lang: str, core: Core, rng: random.Random) -> Parts:
    """Given a label, language and core, returns the filled message parts with the resolved decision date."""
    sent = sent_at(rng, lang)
    company, role = rng.choice(COMPANIES[lang]), rng.choice(ROLES[lang])
    names = NAMES[lang]
    me_first, me_last, s_first, s_last, hm_first, hm_last, o_first, o_last = (
        rng.choice(names[k % 2]) for k in range(8))
    tld = (".com", ".io", ".co", ".co.uk") if lang == "en" else (".com", "." + lang, ".eu")
    domain = slug(company) + rng.choice(tld)
    writer = core.writer
    # The user of an "internal" message works at the company and interviews someone else for it.
    me_host = domain if writer == "internal" else rng.choice(UI[lang]["mailhosts"])
    me = (f"{me_first} {me_last}", f"{slug(me_first)}.{slug(me_last)}@{me_host}")
    nondate = sent.date() + timedelta(days=rng.randint(3, 24))
    nondate += timedelta(days=max(0, 7 - nondate.weekday()) if nondate.weekday() >= 5 else 0)
    slots = {
        "first": me_first, "company": company, "role": role, "hm": f"{hm_first} {hm_last}", "hm_first": hm_first,
        "other": f"{o_first} {o_last}", "colleague_email": f"{slug(hm_first)}.{slug(hm_last)}@{domain}",
        "date": fmt_date(rng, lang, nondate), "date2": fmt_date(rng, lang, nondate + timedelta(rng.randint(14, 50))),
        "day": weekday_name(lang, rng.randrange(5)), "day2": weekday_name(lang, rng.randrange(5)),
        "time": fmt_time(rng, lang), "n": str(rng.choice((3, 6, 6, 12))), "salary": rng.choice(UI[lang]["salaries"]),
        "month": MONTHS[lang][sent.month % 12],
    }
    slots["orig"] = rng.choice(ORIG_SUBJECTS[lang]).format(**slots)
    decision = None
    if "{when}" in core.body:
        slots["when"], decision = pick_when(rng, lang, sent.date(), core.vague)
    paragraphs = [p.strip() for p in core.body.format(**slots).split("|")]
    own_greeting = paragraphs[0].startswith("~")
    paragraphs[0] = paragraphs[0].lstrip("~")
    sender = (f"{s_first} {s_last}", f"{slug(s_first)}.{slug(s_last)}@{domain}")
    reply_to, platform, signature = "", "", []
    if writer == "agency":
        agency = rng.choice(UI[lang]["agencies"])
        sender = (sender[0], f"{slug(s_first)}@{slug(agency)}.com")
        signature = [sender[0], rng.choice(TITLES[lang]["agency"]).format(agency=agency), UI[lang]["phone"]]
    elif writer == "hr" and rng.random() < 0.5:
        mailbox = rng.choice(("careers", "jobs", "talent"))
        sender = (UI[lang]["hr_display"].format(company=company), f"{mailbox}@{domain}")
        signature = [sender[0]]
    elif writer in PERSON_WRITERS or writer == "internal":
        title = rng.choice(TITLES[lang][writer if writer in TITLES[lang] else "manager"])
        signature = [sender[0], title, company] + ([UI[lang]["phone"]] if rng.random() < 0.5 else [])
    elif writer in ("ats", "noreply"):
        platform, pattern = rng.choice(ATS[lang])
        sender = (rng.choice((platform, f"{company} via {platform}", f"{company} Recruiting", company)),
                  pattern.format(co=slug(company)))
        if rng.random() < 0.7:
            reply_to = rng.choice(("careers", "jobs", "recruiting", "people")) + "@" + domain
        signature = [UI[lang]["team"].format(company=company)]
    elif writer == "alert":
        sender = rng.choice(ALERT_BOARDS[lang])
        paragraphs.insert(1, listing(rng, lang, sent.date(), role, company))
        paragraphs.append(UI[lang]["unsubscribe"].format(board=sender[0]))
    if writer in ("hr", "recruiter", "coordinator") and rng.random() < 0.4:
        disclaimer = rng.choice(DISCLAIMERS[lang])
        signature += ["", disclaimer.format(company=company, city=rng.choice(UI[lang]["cities"]), domain=domain)]
    if writer in PERSON_WRITERS and not own_greeting and rng.random() < 0.3:
        paragraphs[0] = capitalise(paragraphs[0])
        paragraphs.insert(0, rng.choice(EXTRAS[lang]))
    if not own_greeting and writer not in ("alert", "noreply", "ooo") and rng.random() < 0.85:
        greeting = rng.choice(GREETINGS[lang]).format(first=me_first, last=me_last)
        if lang in ("en", "fr") or greeting.endswith("!"):
            paragraphs[0] = capitalise(paragraphs[0])
        paragraphs.insert(0, greeting)
    else:
        paragraphs[0] = capitalise(paragraphs[0])
    if (writer in PERSON_WRITERS or writer in ("internal", "ooo")) and rng.random() < 0.9:
        signature = [rng.choice(CLOSINGS[lang]), *(signature or [s_first])]
    quote = ""
    if core.trap == "withdrawal" and writer != "ats":
        quote = rng.choice(WITHDRAW_QUOTES[lang])
    elif writer in PERSON_WRITERS and rng.random() < 0.6:
        quote = rng.choice(CANDIDATE_QUOTES[lang])
    quote = quote.format(sfirst=s_first, role=role, company=company, me=me[0])
    subject = core.subject.format(**slots)
    return Parts(lang, core, subject, paragraphs, signature, sender, reply_to, me, me_first, sent, company, role,
                 domain, decision, quote, platform)


def text_of(parts: Parts, rng: random.Random) -> str:
    """Given the parts, returns the employer's own text: paragraphs, then the signature (sometimes after '-- ')."""
    body = "\n\n".join(parts.paragraphs)
    signature = list(parts.signature)
    if signature and rng.random() < 0.2 and len(signature) > 2:
        # The "-- " delimiter goes after the sign-off, the way mail clients insert it.
        at = 1 if signature[0] in CLOSINGS[parts.lang] else 0
        signature.insert(at, "-- ")
    if signature:
        body += "\n\n" + "\n".join(signature)
    return body + "\n"


def html_of(parts: Parts, rng: random.Random, frame: str, quote_html: str = "") -> str:
    """Given the parts and a frame (mail, ats, alert), returns an HTML rendering with that frame's chrome."""
    paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in parts.paragraphs)
    sig = "<br>".join(html.escape(line) for line in parts.signature)
    if frame == "mail":
        return (f"<html><body><div dir=\"ltr\">{paras}<div style=\"color:#555\">{sig}</div></div>{quote_html}"
                "</body></html>\n")
    preheader = html.escape(parts.paragraphs[-1 if frame == "alert" else 0][:90])
    button = ""
    if frame == "ats":
        label = rng.choice(UI[parts.lang]["button"])
        if parts.core.label == "next_step" and "{time}" not in parts.core.body:
            label = UI[parts.lang]["schedule"]
        button = (f"<tr><td style=\"padding:16px 0\"><a href=\"https://{slug(parts.platform) or 'portal'}.example/c/"
                  f"{rng.randrange(10**6)}\" style=\"background:#2b59c3;color:#fff;padding:10px 18px;"
                  f"text-decoration:none;border-radius:4px\">{html.escape(label)}</a></td></tr>")
    footer = UI[parts.lang]["footer"].format(platform=parts.platform or parts.sender[0], company=parts.company)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>p{margin:0 0 12px}</style></head>"
            "<body style=\"font-family:Arial,sans-serif\">"
            f"<span style=\"display:none;max-height:0;overflow:hidden\">{preheader}</span>"
            f"<table role=\"presentation\" width=\"600\" align=\"center\"><tr><td>"
            f"<img alt=\"{html.escape(parts.company)}\" src=\"https://cdn.example/{slug(parts.company)}/logo.png\" "
            "height=\"32\"></td></tr>"
            f"<tr><td>{paras}<p>{sig}</p></td></tr>{button}"
            f"<tr><td style=\"font-size:11px;color:#888\">{html.escape(footer)}</td></tr></table></body></html>\n")


def quoted(parts: Parts, rng: random.Random, style: str) -> tuple[str, str]:
    """Given parts with a candidate quote, returns (plain quote block, HTML quote block) in a mail client's style."""
    heads = QUOTE_HEADERS[parts.lang]
    earlier = parts.sent - timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
    stamp = f"{fmt_date(rng, parts.lang, earlier.date())} {earlier:%H:%M}"
    name, addr = parts.me
    if style == "outlook":
        block = (f"\n________________________________\n{heads['from']}: {name} <{addr}>\n{heads['sent']}: {stamp}\n"
                 f"{heads['to']}: {parts.sender[0]}\n{heads['subject']}: {parts.subject}\n\n{parts.quote}\n")
    else:
        lines = "\n".join(("> " + line).rstrip() for line in parts.quote.splitlines())
        block = "\n" + heads["wrote"].format(when=stamp, name=name, addr=addr) + "\n" + lines + "\n"
    html_block = (f"<div class=\"gmail_quote\">{html.escape(heads['wrote'].format(when=stamp, name=name, addr=addr))}"
                  f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
                  f"{html.escape(parts.quote).replace(chr(10), '<br>')}</blockquote></div>")
    return block, html_block


def forwarded(parts: Parts, rng: random.Random) -> tuple[str, tuple[str, str]]:
    """Given parts, returns a recruiter's forward of them (plain text) and the forwarding recruiter's (name, addr)."""
    heads = QUOTE_HEADERS[parts.lang]
    first, last = rng.choice(NAMES[parts.lang][0]), rng.choice(NAMES[parts.lang][1])
    note = rng.choice(FORWARD_NOTES[parts.lang]).format(first=parts.me_first, hm_first=parts.sender[0].split()[0])
    stamp = f"{fmt_date(rng, parts.lang, parts.sent.date())} {parts.sent:%H:%M}"
    inner = (f"{heads['fwd']}\n{heads['from']}: {parts.sender[0]} <{parts.sender[1]}>\n{heads['date']}: {stamp}\n"
             f"{heads['subject']}: {parts.subject}\n{heads['to']}: {parts.me[0]} <{parts.me[1]}>\n\n")
    text = capitalise(note) + f"\n\n{first}\n\n" + inner + text_of(parts, rng)
    return text, (f"{first} {last}", f"{slug(first)}.{slug(last)}@{parts.domain}")


def encode_choice(rng: random.Random, lang: str, text: str, legacy: bool) -> str:
    """Given text, returns a charset that can encode it: a legacy one when asked and possible, else utf-8."""
    if legacy:
        for charset in rng.sample(LEGACY[lang], len(LEGACY[lang])):
            try:
                text.encode(charset)
            except UnicodeEncodeError:
                continue
            return charset
    return "utf-8"


def choose_layout(parts: Parts, rng: random.Random) -> str:
    """Given the parts, returns a layout that fits the writer (ATS HTML, alerts, replies, forwards...)."""
    writer = parts.core.writer
    if writer in ("ats", "noreply"):
        return rng.choice(("ats-html", "ats-html", "ats-alternative", "ats-alternative", "plain-qp"))
    if writer == "alert":
        return rng.choice(("alert-html", "alert-alternative", "alert-alternative", "plain-8bit"))
    if writer == "ooo":
        return rng.choice(("plain-8bit", "plain-qp", "plain-legacy", "alternative"))
    options = ["plain-8bit", "plain-qp", "plain-b64", "plain-legacy", "html-only", "alternative", "alternative"]
    if parts.quote:
        options += ["reply-gmail", "reply-outlook", "reply-html"] * (3 if parts.core.trap == "withdrawal" else 1)
    if writer in ("manager", "founder", "hr"):
        options.append("forward")
    if parts.core.label in ("offer", "next_step") and writer != "internal":
        options.append("attachment")
    return rng.choice(options)


def headers(msg: EmailMessage, parts: Parts, rng: random.Random, index: int, layout: str,
            sender: tuple[str, str]) -> None:
    """Given a message and its parts, sets From, To, Subject, Date, Message-ID and the writer's extra headers."""
    subject = parts.subject
    already = subject.split(":")[0].lower() in ("re", "aw", "wg", "fwd", "tr", "rv")
    if layout.startswith("reply") and not already:
        subject = PREFIXES[parts.lang][0] + subject
    if layout == "forward":
        subject = PREFIXES[parts.lang][1] + subject
    msg["From"] = Address(sender[0], addr_spec=sender[1])
    msg["To"] = Address(*parts.me[:1], addr_spec=parts.me[1])
    msg["Subject"] = subject
    msg["Date"] = format_datetime(parts.sent)
    msg["Message-ID"] = f"<t5.{index}.{rng.randrange(10**8)}@{sender[1].split('@')[1]}>"
    if parts.reply_to:
        msg["Reply-To"] = parts.reply_to
    if layout.startswith("reply") or already:
        ref = f"<cand.{index}.{rng.randrange(10**6)}@{parts.me[1].split('@')[1]}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    writer = parts.core.writer
    if writer == "ooo" and rng.random() < 0.6:
        msg["Auto-Submitted"] = "auto-replied"
    if writer == "ooo" and rng.random() < 0.3:
        msg["X-Auto-Response-Suppress"] = "All"
    if writer == "noreply" and rng.random() < 0.5:
        msg["Auto-Submitted"] = "auto-generated"
    if writer == "alert":
        msg["List-Unsubscribe"] = f"<mailto:unsubscribe@{sender[1].split('@')[1]}>"
        msg["Precedence"] = "bulk"


def render(parts: Parts, index: int, rng: random.Random) -> tuple[bytes, str]:
    """Given the parts, returns the .eml bytes and the layout name recorded in entities.csv."""
    layout = choose_layout(parts, rng)
    msg = EmailMessage()
    sender = parts.sender
    text = text_of(parts, rng)
    legacy = layout in ("plain-legacy",) or (layout == "alternative" and rng.random() < 0.3)
    cte = {"plain-qp": "quoted-printable", "plain-b64": "base64"}.get(layout, rng.choice(("8bit", "quoted-printable")))
    if layout == "forward":
        text, sender = forwarded(parts, rng)
    quote_html = ""
    if layout.startswith("reply"):
        block, quote_html = quoted(parts, rng, "outlook" if layout == "reply-outlook" else "gmail")
        text += block
    charset = encode_choice(rng, parts.lang, text, legacy)
    if charset == "us-ascii":
        cte = "7bit"
    headers(msg, parts, rng, index, layout, sender)
    frame = "ats" if layout.startswith("ats") else "alert" if layout.startswith("alert") else "mail"
    if layout in ("html-only", "ats-html", "alert-html"):
        msg.set_content(html_of(parts, rng, frame, quote_html), subtype="html", charset="utf-8",
                        cte=rng.choice(("quoted-printable", "base64")))
        charset = "utf-8"
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if layout in ("alternative", "reply-html", "ats-alternative", "alert-alternative"):
            msg.add_alternative(html_of(parts, rng, frame, quote_html), subtype="html", charset="utf-8",
                                cte="quoted-printable")
        if layout == "attachment":
            name = {"en": "Offer_Letter.pdf", "de": "Vertragsangebot.pdf", "fr": "Proposition.pdf",
                    "es": "Carta_oferta.pdf"}[parts.lang]
            if parts.core.label == "next_step":
                name = {"en": "Interview_Guide.pdf", "de": "Ablauf.pdf", "fr": "Deroulement.pdf",
                        "es": "Guia_entrevista.pdf"}[parts.lang]
            msg.add_attachment(b"%PDF-1.4\n% synthetic placeholder\n%%EOF\n", maintype="application",
                               subtype="pdf", filename=name)
    # The email package draws MIME boundaries from the global random state; fix them so reruns are identical.
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_t5_{index}_{number}_{rng.randrange(10**9)}")
    return msg.as_bytes(), f"{layout}/{charset}"


def assignment(rng: random.Random) -> list[tuple[str, str]]:
    """Given the seeded generator, returns one (label, lang) per message: EN ~1/2, DE/FR/ES ~1/6 each."""
    pairs: list[tuple[str, str]] = []
    turn = 0
    for label, n in LABEL_COUNTS.items():
        english = round(n / 2)
        pairs += [(label, "en")] * english
        for _ in range(n - english):
            pairs.append((label, LANGS[1 + turn % 3]))
            turn += 1
    rng.shuffle(pairs)
    return pairs


def choose_cores(rng: random.Random, pairs: list[tuple[str, str]]) -> list[Core]:
    """Given the (label, lang) plan, returns a core per message, cycling through each pool in shuffled order."""
    queues: dict[tuple[str, str], list[Core]] = {}
    out = []
    for label, lang in pairs:
        queue = queues.get((label, lang))
        if not queue:
            queue = [c for c in BANK[lang] if c.label == label]
            rng.shuffle(queue)
            queues[(label, lang)] = queue
        out.append(queue.pop())
    return out


def rewrite_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    """Given a CSV path and this split's rows, re-reads the file, swaps in the rows and replaces it atomically."""
    with path.open(encoding="utf-8", newline="") as handle:
        old = list(csv.DictReader(handle))
    # Our rows go back where they were, so a rerun leaves the other splits' rows (and the diff) untouched.
    at = next((i for i, r in enumerate(old) if r["file"].startswith(PREFIX)), len(old))
    kept = [r for r in old[:at] if not r["file"].startswith(PREFIX)]
    rows = rows + [r for r in old[at:] if not r["file"].startswith(PREFIX)]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Given the command line, writes the train5 files and rows."""
    parser = argparse.ArgumentParser(description="Write the train5 split of the mail corpus.")
    parser.add_argument("--seed", type=int, default=5505)
    parser.add_argument("--count", type=int, default=sum(LABEL_COUNTS.values()), help="stop after N messages")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"missing corpus folder {CORPUS}")
    rng = random.Random(args.seed)
    pairs = assignment(rng)[: args.count]
    cores = choose_cores(rng, pairs)
    for old in CORPUS.glob(PREFIX + "*.eml"):
        old.unlink()
    labels, entities = [], []
    for index, ((label, lang), core) in enumerate(zip(pairs, cores, strict=True)):
        parts = build(label, lang, core, rng)
        name = f"{PREFIX}{index:04d}-{label}-{lang}.eml"
        data, layout = render(parts, index, rng)
        (CORPUS / name).write_bytes(data)
        decision = parts.decision.isoformat() if parts.decision else ""
        labels.append({"file": name, "label": label, "decision_date": decision, "split": SPLIT, "trap": core.trap})
        entities.append({"file": name, "lang": lang, "company": parts.company, "role": parts.role, "layout": layout})
    rewrite_csv(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    rewrite_csv(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)
    print(f"wrote {len(labels)} messages to {CORPUS} (split {SPLIT})")


if __name__ == "__main__":
    main()
