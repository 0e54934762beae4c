"""SOAP Autodiscover (GetUserSettings) for the EWS fake, shaped like Exchange 2016/2019's answer at
/autodiscover/autodiscover.svc: the mailbox's EWS URL and supported schemas, InvalidUser for others.
"""

from __future__ import annotations

from typing import Any

from fakes.ews_store import SOAP
from lxml import etree

AD = "http://schemas.microsoft.com/exchange/2010/Autodiscover"
WSA = "http://www.w3.org/2005/08/addressing"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMAS = ("Exchange2007, Exchange2007_SP1, Exchange2010, Exchange2010_SP1, Exchange2010_SP2, Exchange2013, "
           "Exchange2013_SP1, Exchange2015, Exchange2016")


def _el(parent: etree._Element, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    child = etree.SubElement(parent, f"{{{AD}}}{name}", attrs)
    if text is not None:
        child.text = text
    return child


def answer(fake: Any, data: bytes) -> bytes:
    """Given the EWS fake and a GetUserSettings request, returns the SOAP response body."""
    request = etree.fromstring(data)
    users = [str(e.text or "").strip().lower() for e in request.iter(f"{{{AD}}}Mailbox")]
    wanted = [str(e.text) for e in request.iter(f"{{{AD}}}Setting")]
    fake.calls["GetUserSettings"] += 1
    envelope = etree.Element(f"{{{SOAP}}}Envelope", nsmap={"s": SOAP, "a": WSA, "i": XSI})
    header = etree.SubElement(envelope, f"{{{SOAP}}}Header")
    action = etree.SubElement(header, f"{{{WSA}}}Action", {f"{{{SOAP}}}mustUnderstand": "1"})
    action.text = f"{AD}/Autodiscover/GetUserSettingsResponse"
    version = etree.SubElement(header, f"{{{AD}}}ServerVersionInfo", nsmap={"h": AD})
    for name, value in (("MajorVersion", "15"), ("MinorVersion", "1"), ("MajorBuildNumber", "2507"),
                        ("MinorBuildNumber", "6"), ("Version", "Exchange2015")):
        _el(version, name, value)
    body = etree.SubElement(envelope, f"{{{SOAP}}}Body")
    message = etree.SubElement(body, f"{{{AD}}}GetUserSettingsResponseMessage", nsmap={None: AD})
    response = _el(message, "Response")
    _el(response, "ErrorCode", "NoError")
    _el(response, "ErrorMessage", "")
    responses = _el(response, "UserResponses")
    for user in users:
        one = _el(responses, "UserResponse")
        if user != fake.store.owner.lower():
            _el(one, "ErrorCode", "InvalidUser")
            _el(one, "ErrorMessage", "The SMTP address has no mailbox associated with it.")
            continue
        _el(one, "ErrorCode", "NoError")
        _el(one, "ErrorMessage", "No error.")
        _el(one, "RedirectTarget", **{f"{{{XSI}}}nil": "true"})
        errors = _el(one, "UserSettingErrors")
        settings = _el(one, "UserSettings")
        known = {"ExternalEwsUrl": fake.url, "InternalEwsUrl": fake.url, "EwsSupportedSchemas": SCHEMAS,
                 "AutoDiscoverSMTPAddress": fake.store.owner, "UserDisplayName": "Jordan Lee"}
        for name in wanted:
            if name in known:
                setting = _el(settings, "UserSetting", **{f"{{{XSI}}}type": "StringSetting"})
                _el(setting, "Name", name)
                _el(setting, "Value", known[name])
            else:
                error = _el(errors, "UserSettingError")
                _el(error, "ErrorCode", "SettingIsNotAvailable")
                _el(error, "ErrorMessage", f"User setting '{name}' is not available.")
                _el(error, "SettingName", name)
    return etree.tostring(envelope, xml_declaration=True, encoding="utf-8")
